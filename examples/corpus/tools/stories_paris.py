"""Two Paris meetings of European leaders five weeks apart (and, in the seeds, a third one between them):
the emergency meeting at the Élysée on 17 February 2025 and the "coalition of the willing" summit on
27 March 2025.

Written by the dragoman project. Facts follow public record; sentences and
quoted wording are the project's own rendering, not verbatim statements.
"""

from corpuslib import add_article, story, Q, EV

F1 = story("paris-emergency-meeting-2025-02-17",
           "Emmanuel Macron hosts an informal emergency meeting of European leaders at the Élysée on 17 February "
           "2025, after the US signals talks with Russia without Europe; leaders disagree on sending troops to "
           "Ukraine after a ceasefire.")

add_article(
    key="pe-en-atom", fmt="atom", lang="en", outlet="The Harbour Ledger", story=F1, date="2025-02-17", time="21:40",
    tz="+00:00", evidence="Atom published",
    url="https://www.harbourledger.co.uk/world/2025/02/17/paris-emergency-meeting-europe-ukraine",
    title="European leaders split on troops for Ukraine at emergency Paris meeting",
    standfirst="Emmanuel Macron gathered a small group of leaders at the Élysée as Washington prepares talks with Moscow.",
    body="""European leaders met in Paris on Monday for hastily arranged talks on Ukraine and their own security, after the Trump administration made clear it intended to open negotiations with Russia without a seat at the table for Europe.

Emmanuel Macron invited the leaders of Germany, Britain, Italy, Poland, Spain, the Netherlands and Denmark to the Élysée, together with NATO Secretary General Mark Rutte, Ursula von der Leyen and António Costa.

The meeting ended without a joint statement, and exposed differences over whether European soldiers should be sent to Ukraine to help guarantee any ceasefire. Keir Starmer said Britain was ready to consider putting troops on the ground if there was a lasting peace agreement, but that an American "backstop" would be essential.

Olaf Scholz, three weeks before a general election in Germany, said he was irritated by the debate. "It is completely premature to talk about this now," the German chancellor told reporters as he left. Poland's Donald Tusk said his country did not plan to send soldiers to Ukraine.

All of the leaders agreed that Europe needed to spend more on defence. "Europe must take its share of the burden, and more," Rutte said after the talks.""",
    extra=[("Olaf Scholz", "PER", "the German chancellor"), ("Mark Rutte", "PER", "NATO Secretary General Mark Rutte"),
           ("Élysée Palace", "ORG", "Élysée")],
    quotes=[Q("Keir Starmer", "backstop", fragment=True),
            Q("Olaf Scholz", "It is completely premature to talk about this now"),
            Q("Mark Rutte", "Europe must take its share of the burden")],
    events=[EV("Emmanuel Macron invited the leaders of Germany", "Emmanuel Macron", "043", None, "2025-02-17", place="Paris"),
            EV("Keir Starmer said Britain was ready to consider putting troops", "United Kingdom", "074", "Ukraine", None, mood="hypothetical"),
            EV("Poland's Donald Tusk said his country did not plan to send soldiers", "Poland", "074", "Ukraine", None, mood="negated")],
)

add_article(
    key="pe-fr-txt", fmt="txt", lang="fr", outlet="La Tribune du Rhône", story=F1, date="2025-02-17",
    evidence="dateline 'PARIS, 17 févr. (ACP) -' and the 'Publié le 17/02/2025' line",
    title="Réunion d'urgence à l'Élysée : les Européens divisés sur l'envoi de troupes en Ukraine",
    pre="""Accueil  International  Europe
Réunion d'urgence à l'Élysée : les Européens divisés sur l'envoi de troupes en Ukraine
La Tribune du Rhône
Publié le 17/02/2025 à 21:12
Temps de lecture : 3 min

""",
    body="""PARIS, 17 févr. (ACP) - Emmanuel Macron a réuni lundi après-midi à l'Élysée une dizaine de dirigeants européens pour une réunion informelle sur l'Ukraine, au moment où l'administration Trump s'apprête à discuter directement avec Moscou.

Autour de la table figuraient notamment le chancelier allemand Olaf Scholz, le Premier ministre britannique Keir Starmer, la présidente du Conseil italien Giorgia Meloni, le Polonais Donald Tusk et l'Espagnol Pedro Sánchez, ainsi que le secrétaire général de l'OTAN Mark Rutte.

La question d'une éventuelle force européenne en Ukraine, après un cessez-le-feu, a divisé les participants. Si Londres se dit prêt à y contribuer, Berlin juge ce débat « prématuré » et Varsovie n'envisage pas d'envoyer de soldats.

« Nous voulons une paix solide et durable en Ukraine », a écrit Emmanuel Macron sur les réseaux sociaux après la réunion, précisant s'être entretenu au téléphone avec Donald Trump avant de recevoir ses homologues.

Les dirigeants se sont en revanche accordés sur la nécessité d'augmenter fortement les dépenses de défense en Europe. Aucune déclaration commune n'a été publiée.""",
    post="""

Lire aussi : Munich : le discours de JD Vance a sidéré les Européens
Lire aussi : Lyon : le périphérique nord fermé deux nuits pour travaux
Vous avez aimé cet article ? Partagez-le !
4 commentaires
""",
    extra=[("Olaf Scholz", "PER", "le chancelier allemand Olaf Scholz"), ("Keir Starmer", "PER", "le Premier ministre britannique Keir Starmer"),
           ("Giorgia Meloni", "PER", "la présidente du Conseil italien Giorgia Meloni"), ("Mark Rutte", "PER", "le secrétaire général de l'OTAN Mark Rutte"),
           ("United Kingdom", "LOC", "Londres"), ("Germany", "LOC", "Berlin"), ("Poland", "LOC", "Varsovie")],
    quotes=[Q("Germany", "prématuré", fragment=True),
            Q("Emmanuel Macron", "Nous voulons une paix solide et durable en Ukraine")],
    events=[EV("PARIS, 17 févr. (ACP) - Emmanuel Macron a réuni", "Emmanuel Macron", "043", None, "2025-02-17", place="Paris"),
            EV("Si Londres se dit prêt à y contribuer", "United Kingdom", "074", "Ukraine", None, mood="hypothetical"),
            EV("Si Londres se dit prêt à y contribuer", "Poland", "074", "Ukraine", None, mood="negated"),
            EV("« Nous voulons une paix solide et durable en Ukraine »", "Emmanuel Macron", "041", "Donald Trump", "2025-02-17")],
)

add_article(
    key="pe-de-rss", fmt="rss", lang="de", outlet="Weltblick", story=F1, date="2025-02-17", time="22:05",
    tz="+01:00", evidence="RSS pubDate", url="https://www.weltblick-online.de/ausland/paris-krisentreffen-ukraine-a-20250217",
    section="Ausland", author="Paula Lenz",
    title="Krisentreffen in Paris: Scholz verärgert über Debatte um Friedenstruppen",
    standfirst="Macron lädt europäische Regierungschefs ein. Einig sind sie sich nur bei höheren Verteidigungsausgaben.",
    body="""PARIS, 17. Februar (dpa) – Bei einem kurzfristig einberufenen Treffen europäischer Staats- und Regierungschefs in Paris hat Bundeskanzler Olaf Scholz eine Debatte über die Entsendung von Soldaten in die Ukraine zurückgewiesen. „Das ist völlig verfrüht, und es ist höchst unangebracht, jetzt darüber zu reden“, sagte der SPD-Politiker nach den Gesprächen im Élysée-Palast.

Frankreichs Präsident Emmanuel Macron hatte die Runde eingeladen, nachdem die neue US-Regierung Gespräche mit Russland über ein Ende des Krieges angekündigt hatte, ohne die Europäer einzubeziehen. Teilnehmer waren unter anderem der britische Premier Keir Starmer, Italiens Ministerpräsidentin Giorgia Meloni und Polens Regierungschef Donald Tusk.

Starmer hatte sich bereits vor dem Treffen offen dafür gezeigt, britische Truppen zur Absicherung eines Friedensabkommens zu schicken. Tusk erklärte dagegen, Polen plane keine Entsendung von Soldaten.

Einig waren sich die Teilnehmer, dass Europa mehr für seine Verteidigung ausgeben müsse. Eine gemeinsame Abschlusserklärung gab es nicht. Für Scholz war es eines seiner letzten Gipfeltreffen vor der Bundestagswahl am 23. Februar.""",
    extra=[("Olaf Scholz", "PER", "Bundeskanzler Olaf Scholz"), ("Keir Starmer", "PER", "der britische Premier Keir Starmer"),
           ("Élysée Palace", "ORG", "Élysée-Palast"), ("United States", "LOC", "US-Regierung")],
    quotes=[Q("Olaf Scholz", "Das ist völlig verfrüht")],
    events=[EV("Frankreichs Präsident Emmanuel Macron hatte die Runde eingeladen", "Emmanuel Macron", "043", None, "2025-02-17", place="Paris"),
            EV("Starmer hatte sich bereits vor dem Treffen offen dafür gezeigt", "Keir Starmer", "074", "Ukraine", None, mood="hypothetical"),
            EV("Tusk erklärte dagegen, Polen plane keine Entsendung", "Poland", "074", "Ukraine", None, mood="negated")],
)

# ---------------------------------------------------------------------------
F2 = story("paris-coalition-summit-2025-03-27",
           "At a Paris summit of the 'coalition of the willing' on 27 March 2025, with Volodymyr Zelensky present, "
           "Emmanuel Macron announces that several countries will prepare a 'reassurance force' for Ukraine after "
           "a peace deal, and leaders agree that sanctions on Russia should not be lifted.")

add_article(
    key="pc-fr-veilleur", fmt="html", site="leveilleur", slug="coalition-volontaires-force-reassurance", lang="fr",
    outlet="Le Veilleur", story=F2, meta="jsonld", date="2025-03-27", time="19:50",
    evidence="JSON-LD datePublished and <time datetime>",
    url="https://www.leveilleur.fr/international/2025/03/27/coalition-volontaires-force-reassurance_11204",
    section="International", section_slug="international", author="Marc-Antoine Vidal",
    title="Sommet de Paris : Macron annonce une « force de réassurance » pour l'Ukraine, sans unanimité",
    standfirst="Une trentaine de pays de la « coalition des volontaires » se sont réunis jeudi à l'Élysée, en présence de Volodymyr Zelensky.",
    caption="Volodymyr Zelensky et Emmanuel Macron dans la cour de l'Élysée, jeudi 27 mars.",
    tags=["Ukraine", "Défense", "Emmanuel Macron"],
    related=["Chefs d'état-major à Paris : ce qui s'est dit à huis clos le 11 mars", "Budget des armées : la loi de programmation révisée ?",
             "Grève à la SNCF : le trafic perturbé ce week-end"],
    comments=[("Hervé_L", "Encore un sommet, et toujours pas de garanties américaines."), ("C. Martin", "Enfin une initiative européenne.")],
    body="""Réunis jeudi 27 mars à l'Élysée, les dirigeants d'une trentaine de pays de la « coalition des volontaires » ont discuté des garanties de sécurité à apporter à l'Ukraine en cas d'accord de paix avec la Russie. Volodymyr Zelensky participait à la réunion.

À l'issue du sommet, Emmanuel Macron a annoncé que plusieurs pays, emmenés par la France et le Royaume-Uni, prépareraient une « force de réassurance » qui pourrait être déployée dans des lieux stratégiques en Ukraine, loin de la ligne de front, une fois un cessez-le-feu conclu. « Ce n'est pas une force de maintien de la paix, ni une force qui se substituerait à l'armée ukrainienne », a précisé le président français.

Le chef de l'État a reconnu que cette proposition ne faisait « pas l'unanimité » parmi les participants. Une mission franco-britannique doit se rendre prochainement en Ukraine pour travailler avec l'état-major ukrainien.

Les dirigeants ont également jugé qu'il n'était pas question de lever les sanctions contre la Russie à ce stade. « Ce serait une erreur », a insisté Keir Starmer, selon qui Moscou « joue la montre ».

Ce sommet intervenait deux semaines après la réunion à huis clos, à Paris, des chefs d'état-major de plusieurs dizaines de pays sur le même sujet.""",
    extra=[("Emmanuel Macron", "PER", "le président français"), ("Emmanuel Macron", "PER", "Le chef de l'État"),
           ("Élysée Palace", "ORG", "Élysée")],
    quotes=[Q("Emmanuel Macron", "Ce n'est pas une force de maintien de la paix"),
            Q("Emmanuel Macron", "pas l'unanimité", fragment=True),
            Q("Keir Starmer", "Ce serait une erreur"),
            Q("Emmanuel Macron", "force de réassurance", field="title", fragment=True)],
    events=[EV("À l'issue du sommet, Emmanuel Macron a annoncé", "France", "074", "Ukraine", None, mood="hypothetical"),
            EV("Les dirigeants ont également jugé qu'il n'était pas question de lever les sanctions", "European Union", "085", "Russia", "2025-03-27", mood="negated"),
            EV("Réunis jeudi 27 mars à l'Élysée", "Emmanuel Macron", "043", "Volodymyr Zelensky", "2025-03-27", place="Paris")],
)

add_article(
    key="pc-en-txt", fmt="txt", lang="en", outlet="Eastern Europe Brief", story=F2, date="2025-03-28",
    evidence="leading 'date 2025-03-28 (EEBRIEF)' and the trailing id EEBRIEF28032025...",
    title=None,
    pre=" date 2025-03-28 (EEBRIEF) ",
    body="""France and Britain will lead a "reassurance force" that could be sent to Ukraine once a peace deal is reached, French President Emmanuel Macron announced after a summit of around 30 countries in Paris on Thursday, although he acknowledged that not every member of the so-called coalition of the willing supported the idea.

The force would not be deployed along the front line and would not be a peacekeeping mission, Macron said, but would be stationed at strategic sites to deter a new Russian attack. A joint French-British military team is to travel to Ukraine to prepare the plans with the Ukrainian armed forces.

Ukrainian President Vladimir Zelensky, who attended the meeting, welcomed the initiative but warned that Russia was using talks with Washington to buy time. "Russia does not want peace, it wants to drag out the war," he said.

British Prime Minister Keir Starmer said the participants had agreed that sanctions against Moscow should stay in place and could even be tightened. Several countries, including Italy and Poland, made clear they would not send troops to Ukraine.

The Paris summit followed a closed-door meeting of army chiefs in the French capital earlier in March.""",
    post="""

EEBRIEF28032025000122099731ID1109418830
""",
    extra=[("United States", "LOC", "Washington"), ("Emmanuel Macron", "PER", "French President Emmanuel Macron")],
    quotes=[Q("Emmanuel Macron", "reassurance force", fragment=True),
            Q("Volodymyr Zelensky", "Russia does not want peace")],
    events=[EV("France and Britain will lead a \"reassurance force\"", "France", "074", "Ukraine", None, mood="hypothetical"),
            EV("Several countries, including Italy and Poland, made clear they would not send troops", "Italy", "074", "Ukraine", None, mood="negated"),
            EV("British Prime Minister Keir Starmer said the participants had agreed that sanctions", "Keir Starmer", "1312", "Russia", "2025-03-27")],
)

add_article(
    key="pc-it-gazzetta", fmt="html", site="gazzetta", slug="vertice-parigi-volenterosi", lang="it",
    outlet="La Gazzetta del Lago", story=F2, meta="jsonld", date="2025-03-27", time="21:30", tz="+01:00",
    evidence="JSON-LD datePublished and visible date",
    url="https://www.gazzettadellago.it/esteri/vertice-parigi-volenterosi",
    section="Esteri",
    title="Vertice dei volenterosi a Parigi, Meloni: \"Nessun soldato italiano in Ucraina\"",
    related=["Dazi americani, le imprese del lago temono per l'export", "Primavera in anticipo: fioriture record a Villa Carlotta"],
    body="""Si è svolto giovedì all'Eliseo il vertice della cosiddetta coalizione dei volenterosi, convocato da Emmanuel Macron con una trentina di Paesi e alla presenza del presidente ucraino Volodymyr Zelensky.

Il presidente francese ha annunciato che Francia e Regno Unito guideranno una "forza di rassicurazione" da schierare in Ucraina dopo un eventuale accordo di pace, riconoscendo però che non tutti i partecipanti sono d'accordo.

La presidente del Consiglio Giorgia Meloni ha ribadito che l'Italia non invierà truppe sul terreno. "Non è prevista alcuna partecipazione nazionale a una eventuale forza militare sul terreno", ha spiegato in una nota di Palazzo Chigi, sottolineando invece l'importanza di coinvolgere gli Stati Uniti nelle garanzie di sicurezza.

I leader hanno concordato che le sanzioni contro la Russia non devono essere revocate finché non ci sarà una pace giusta e duratura.

Una missione militare franco-britannica si recherà nei prossimi giorni in Ucraina per preparare i piani insieme allo stato maggiore di Kiev. Il vertice arriva due settimane dopo la riunione a porte chiuse dei capi di stato maggiore di decine di Paesi, sempre a Parigi, e mentre Washington porta avanti colloqui separati con Mosca su una tregua nel mar Nero.""",
    extra=[("Élysée Palace", "ORG", "Eliseo"), ("Emmanuel Macron", "PER", "Il presidente francese"),
           ("Volodymyr Zelensky", "PER", "presidente ucraino Volodymyr Zelensky"), ("Giorgia Meloni", "PER", "La presidente del Consiglio Giorgia Meloni"),
           ("Palazzo Chigi", "ORG", "Palazzo Chigi"), ("United States", "LOC", "Washington")],
    quotes=[Q("Giorgia Meloni", "Non è prevista alcuna partecipazione nazionale"),
            Q("Giorgia Meloni", "Nessun soldato italiano in Ucraina", field="title")],
    events=[EV("La presidente del Consiglio Giorgia Meloni ha ribadito", "Italy", "074", "Ukraine", None, mood="negated"),
            EV("Il presidente francese ha annunciato che Francia e Regno Unito guideranno", "France", "074", "Ukraine", None, mood="hypothetical")],
)

add_article(
    key="pc-es-txt", fmt="txt", lang="es", outlet="El Observador Ibérico", story=F2, date="2025-03-27",
    evidence="dateline 'París, 27 mar (EFE).-' and the '27/03/2025' line",
    title="Macron anuncia una \"fuerza de disuasión\" europea para Ucrania tras la cumbre de París",
    pre="""Portada > Internacional > Guerra en Ucrania
Macron anuncia una "fuerza de disuasión" europea para Ucrania tras la cumbre de París
El Observador Ibérico | 27/03/2025
Escuchar noticia

""",
    body="""París, 27 mar (EFE).- El presidente francés, Emmanuel Macron, anunció este jueves que Francia y el Reino Unido encabezarán una fuerza europea que podría desplegarse en Ucrania una vez se firme un acuerdo de paz, con el objetivo de disuadir a Rusia de una nueva agresión.

Macron hizo el anuncio al término de una cumbre en el Palacio del Elíseo con representantes de una treintena de países, entre ellos el presidente ucraniano, Volodímir Zelenski.

"No será una fuerza de paz ni estará en la línea del frente", precisó el mandatario francés, que admitió que la propuesta no cuenta con el apoyo de todos los participantes.

Fuentes del Gobierno español recordaron que España no se ha comprometido a enviar tropas y que cualquier misión debería contar con un mandato internacional claro.

Los líderes coincidieron en que no es momento de levantar las sanciones contra Rusia. Zelenski, por su parte, advirtió de que Moscú intenta ganar tiempo con las conversaciones que mantiene en paralelo con Washington.""",
    post="""

Noticias relacionadas
Bruselas presenta su plan para rearmar Europa
El Gobierno aprueba el techo de gasto para 2026
© EFE 2025
Comentarios (2)
""",
    extra=[("Emmanuel Macron", "PER", "El presidente francés, Emmanuel Macron"), ("Emmanuel Macron", "PER", "el mandatario francés"),
           ("Volodymyr Zelensky", "PER", "el presidente ucraniano, Volodímir Zelenski"),
           ("Élysée Palace", "ORG", "Palacio del Elíseo"), ("United States", "LOC", "Washington")],
    quotes=[Q("Emmanuel Macron", "No será una fuerza de paz ni estará en la línea del frente")],
    events=[EV("Fuentes del Gobierno español recordaron", "Spain", "074", "Ukraine", None, mood="negated"),
            EV("Los líderes coincidieron en que no es momento de levantar las sanciones", "European Union", "085", "Russia", "2025-03-27", mood="negated")],
)

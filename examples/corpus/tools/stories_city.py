"""Stories from the same cities that have nothing to do with the war: Notre-Dame's reopening, a PSG match,
an ECB rate cut in Frankfurt, the rain-soaked Paris Olympics opening ceremony.

Written by the dragoman project. Facts follow public record; sentences and
quoted wording are the project's own rendering, not verbatim statements.
"""

from corpuslib import add_article, story, Q, EV

# ---------------------------------------------------------------------------
N = story("notre-dame-reopening-2024-12-07",
          "Notre-Dame de Paris reopens on 7 December 2024, five years after the 2019 fire, in a ceremony with "
          "Emmanuel Macron and foreign guests including Donald Trump and Volodymyr Zelensky, who meet Macron at "
          "the Élysée beforehand.")

add_article(
    key="nd-fr-txt", fmt="txt", lang="fr", outlet="Paris Quartiers", story=N, date="2024-12-07",
    evidence="'Mis en ligne le 07/12/2024' line",
    title="Notre-Dame rouvre ses portes, cinq ans après l'incendie",
    pre="""Paris Quartiers  ›  Culture  ›  Patrimoine
Notre-Dame rouvre ses portes, cinq ans après l'incendie
Mis en ligne le 07/12/2024 à 23:10
Par la rédaction
Partager  Tweeter  Envoyer

""",
    body="""Trois coups frappés avec la crosse de l'archevêque, et les grandes portes se sont ouvertes. Samedi soir, Mgr Laurent Ulrich, archevêque de Paris, a symboliquement rouvert la cathédrale Notre-Dame, plus de cinq ans après l'incendie qui avait détruit sa flèche et sa charpente le 15 avril 2019.

En raison du vent et de la pluie, la cérémonie prévue sur le parvis a été en partie déplacée à l'intérieur. C'est donc sous les voûtes restaurées qu'Emmanuel Macron a pris la parole devant environ 1 500 invités, dont une quarantaine de chefs d'État et de gouvernement.

« Nous avons retrouvé ce que nous avions failli perdre », a dit le président de la République, qui avait promis en 2019 une reconstruction en cinq ans. Il a rendu hommage aux pompiers, aux compagnons et aux artisans qui ont travaillé sur le chantier.

Parmi les invités figuraient le président américain élu Donald Trump, pour son premier voyage à l'étranger depuis sa victoire, le président ukrainien Volodymyr Zelensky, le prince William et Jill Biden. Avant la cérémonie, Emmanuel Macron avait réuni MM. Trump et Zelensky à l'Élysée.

Sur l'île de la Cité, des centaines de curieux ont bravé le froid. « J'ai pleuré quand elle a brûlé, ce soir je pleure de joie », confiait une habitante du quartier venue avec sa fille.

La restauration a été financée par plus de 800 millions d'euros de dons. La première messe publique est célébrée dimanche.""",
    post="""

À lire aussi
Marché de Noël : les chalets s'installent sur le parvis de l'Hôtel de Ville
Circulation : fermetures de voies autour de l'île de la Cité ce week-end
12 commentaires
""",
    extra=[("Laurent Ulrich", "PER", "archevêque de Paris"), ("Emmanuel Macron", "PER", "le président de la République"),
           ("Donald Trump", "PER", "le président américain élu Donald Trump"), ("Volodymyr Zelensky", "PER", "le président ukrainien Volodymyr Zelensky"),
           ("Donald Trump", "PER", "MM. Trump")],
    quotes=[Q("Emmanuel Macron", "Nous avons retrouvé ce que nous avions failli perdre"),
            Q("resident of the neighbourhood (anonymous)", "J'ai pleuré quand elle a brûlé")],
    events=[EV("Avant la cérémonie, Emmanuel Macron avait réuni", "Emmanuel Macron", "043", "Donald Trump", "2024-12-07", place="Paris")],
)

add_article(
    key="nd-en-ledger", fmt="html", site="harbourledger", slug="notre-dame-reopens", lang="en",
    outlet="The Harbour Ledger", story=N, meta="jsonld", date="2024-12-08", time="08:00", tz="+00:00",
    evidence="JSON-LD datePublished and visible date",
    url="https://www.harbourledger.co.uk/culture/2024/12/08/notre-dame-reopens",
    section="Culture", author="Helen Marsh",
    title="'A miracle': Notre-Dame reopens in Paris with Trump and Zelensky among guests",
    caption="The restored nave of Notre-Dame de Paris.",
    related=["Storm brings gales and heavy rain to the south coast", "Christmas lights switch-on draws record crowd",
             "The craftspeople who rebuilt a cathedral"],
    most_read=["Storm brings gales and heavy rain to the south coast", "Ferry cancellations: full list", "Harbour market returns for Christmas"],
    body="""PARIS — The bells of Notre-Dame rang out over Paris on Saturday evening as the cathedral reopened for the first time since a fire tore through its roof in April 2019.

The Archbishop of Paris, Laurent Ulrich, struck the great west doors three times with his crozier before they swung open, and a choir inside answered him. Strong winds forced organisers to move much of the ceremony, first planned on the square in front of the cathedral, indoors.

President Emmanuel Macron thanked the firefighters who saved the building and the roughly 2,000 craftspeople who rebuilt it, calling the restoration a lesson in what a nation can do together. He had promised in 2019 that the cathedral would be rebuilt within five years.

Among the foreign guests were Donald Trump, making his first trip abroad since winning the US election, Prince William and Jill Biden. Before the ceremony Mr Macron hosted Trump and Ukraine's President Volodymyr Zelensky at the Élysée Palace for talks on the war, their first meeting since the American vote.

Outside, crowds stood in the cold along the Seine. "C'est un miracle, je ne pensais pas la revoir de mon vivant," said one woman in her seventies, who said she had watched the spire fall on television.

Public masses resume on Sunday. The reconstruction was paid for by donations from around the world.""",
    extra=[("Laurent Ulrich", "PER", "The Archbishop of Paris, Laurent Ulrich"), ("Élysée Palace", "ORG", "Élysée Palace")],
    quotes=[Q("Parisian woman in her seventies (anonymous)", "C'est un miracle, je ne pensais pas"),
            Q("Parisian woman in her seventies (anonymous)", "A miracle", field="title", fragment=True)],
    events=[EV("Before the ceremony Mr Macron hosted Trump", "Emmanuel Macron", "043", "Donald Trump", "2024-12-07", place="Paris"),
            EV("Before the ceremony Mr Macron hosted Trump", "Emmanuel Macron", "043", "Volodymyr Zelensky", "2024-12-07", place="Paris")],
)

add_article(
    key="nd-es-jsonl", fmt="jsonl", lang="es", outlet="Diario del Sur", story=N, date="2024-12-07", time="22:45",
    tz="+01:00", evidence="JSONL field 'published'", jsonl_mode="html", site="diariodelsur", slug="notre-dame-reabre",
    meta="visible", dateline_city="París", section="Cultura", author="Corresponsal en París",
    url="https://www.diariodelsur.es/cultura/notre-dame-reabre",
    title="Notre Dame vuelve a abrir sus puertas cinco años después del incendio",
    standfirst="Macron preside la ceremonia ante decenas de jefes de Estado, entre ellos Trump y Zelenski.",
    related=["El Prado presenta su gran exposición de invierno", "Temporal: aviso amarillo por viento en el Cantábrico"],
    body="""La catedral de Notre Dame de París reabrió este sábado sus puertas en una ceremonia solemne, cinco años y medio después del incendio que destruyó su aguja y buena parte de su tejado en abril de 2019.

El arzobispo de París, Laurent Ulrich, golpeó tres veces el portal con su báculo antes de entrar en el templo. El mal tiempo obligó a trasladar al interior el discurso del presidente francés, Emmanuel Macron, previsto inicialmente en la explanada.

Macron agradeció el trabajo de bomberos, arquitectos y artesanos y recordó que la reconstrucción se ha financiado con donaciones de todo el mundo.

Entre los invitados se encontraban el presidente electo de Estados Unidos, Donald Trump, y el presidente de Ucrania, Volodímir Zelenski, que se reunieron con Macron en el Elíseo poco antes de la ceremonia. Fue su primer encuentro desde las elecciones estadounidenses de noviembre.

"Ha sido un momento de unidad y de esperanza", dijo a este diario un sacerdote español que asistió a la misa. La catedral recibirá a sus primeros visitantes el domingo.""",
    extra=[("Laurent Ulrich", "PER", "El arzobispo de París, Laurent Ulrich"), ("Emmanuel Macron", "PER", "presidente francés, Emmanuel Macron"),
           ("Donald Trump", "PER", "el presidente electo de Estados Unidos, Donald Trump")],
    quotes=[Q("Spanish priest (anonymous)", "Ha sido un momento de unidad y de esperanza")],
    events=[EV("Entre los invitados se encontraban el presidente electo", "Emmanuel Macron", "043", "Donald Trump", "2024-12-07", place="Paris")],
)

add_article(
    key="nd-de-abendpost", fmt="html", site="abendpost", slug="notre-dame-wiedereroeffnung", lang="de",
    outlet="Berliner Abendpost", story=N, meta="url", date="2024-12-07", precision="day",
    evidence="no meta date and no visible date; the date is only in the URL (/2024-12-07/)",
    url="https://www.abendpost-berlin.de/kultur/2024-12-07/notre-dame-wiedereroeffnung-id58400.html",
    section="Kultur", kicker="Paris", author="Anne Dorn",
    title="Notre-Dame ist zurück: Feierliche Wiedereröffnung mit Gästen aus aller Welt",
    standfirst="Fünf Jahre nach dem Brand öffnet die Pariser Kathedrale wieder. Auch Trump und Selenskyj sind dabei.",
    related=["Berliner Dom: Sanierung der Kuppel beginnt im Frühjahr", "Sturm über Norddeutschland: Bahn stellt Fernverkehr ein"],
    body="""Mit drei Schlägen des Bischofsstabs gegen das Hauptportal hat der Pariser Erzbischof Laurent Ulrich am Samstagabend die Kathedrale Notre-Dame wiedereröffnet. Fünf Jahre und acht Monate nach dem verheerenden Brand erstrahlt das gotische Bauwerk in neuem Glanz.

Wegen Sturmböen wurde ein Teil der Zeremonie vom Vorplatz ins Innere verlegt. Dort sprach Präsident Emmanuel Macron vor rund 1500 Gästen. „Der Brand von Notre-Dame war eine nationale Wunde, ihr Wiederaufbau ist ein Zeichen der Hoffnung“, sagte Macron.

Unter den Gästen waren der designierte US-Präsident Donald Trump, der ukrainische Präsident Wolodymyr Selenskyj und der britische Thronfolger Prinz William. Vor der Feier hatte Macron Trump und Selenskyj im Élysée-Palast zu einem Dreiergespräch empfangen.

Für den Wiederaufbau waren Spenden von mehr als 800 Millionen Euro zusammengekommen. Am Sonntag wurde die erste Messe für die Öffentlichkeit gefeiert. Die Kathedrale soll künftig wieder mehr als zehn Millionen Besucher im Jahr empfangen. Der Eintritt bleibt frei, Besucher müssen aber in den ersten Monaten mit langen Warteschlangen rechnen.""",
    extra=[("Laurent Ulrich", "PER", "der Pariser Erzbischof Laurent Ulrich"), ("Donald Trump", "PER", "der designierte US-Präsident Donald Trump"),
           ("Prince William", "PER", "Prinz William"), ("Élysée Palace", "ORG", "Élysée-Palast")],
    quotes=[Q("Emmanuel Macron", "Der Brand von Notre-Dame war eine nationale Wunde")],
    events=[EV("Vor der Feier hatte Macron Trump und Selenskyj", "Emmanuel Macron", "043", "Donald Trump", "2024-12-07", place="Paris")],
)

# ---------------------------------------------------------------------------
P = story("psg-arsenal-semi-final-2025-05-07",
          "Paris Saint-Germain beat Arsenal 2-1 at the Parc des Princes on 7 May 2025 (3-1 on aggregate) to reach "
          "the Champions League final against Inter Milan in Munich.")

add_article(
    key="ps-fr-veilleur", fmt="html", site="leveilleur", slug="psg-arsenal-finale", lang="fr", outlet="Le Veilleur",
    story=P, meta="jsonld", date="2025-05-07", time="23:25", evidence="JSON-LD datePublished and <time datetime>",
    url="https://www.leveilleur.fr/sport/2025/05/07/psg-arsenal-finale_11620",
    section="Sport", section_slug="sport", author="Julien Faure",
    title="Ligue des champions : le PSG bat Arsenal et file en finale à Munich",
    standfirst="Vainqueurs 2-1 au Parc des Princes, les Parisiens affronteront l'Inter Milan le 31 mai.",
    caption="La joie des joueurs parisiens au coup de sifflet final.",
    tags=["PSG", "Ligue des champions", "Football"],
    related=["Luis Enrique, l'architecte du nouveau PSG", "Roland-Garros : le tirage au sort dévoilé jeudi",
             "Météo : orages attendus sur l'Île-de-France"],
    comments=[("titi_parisien", "Enfin ! Quelle équipe."), ("Gunner75", "Donnarumma a tout arrêté ce soir...")],
    body="""Le Paris Saint-Germain disputera la finale de la Ligue des champions. Mercredi soir, au Parc des Princes, les hommes de Luis Enrique ont battu Arsenal 2-1, une semaine après leur victoire 1-0 à Londres.

Fabián Ruiz a ouvert le score d'une frappe puissante en première période, avant qu'Achraf Hakimi ne double la mise à un quart d'heure de la fin. Bukayo Saka a réduit l'écart pour les Gunners, trop tard pour inverser la tendance.

Gianluigi Donnarumma, auteur de plusieurs arrêts décisifs, a été l'un des grands artisans de la qualification. « On a souffert, mais ce groupe ne lâche jamais rien », a savouré l'entraîneur espagnol au micro d'une télévision.

Côté londonien, Mikel Arteta a estimé que son équipe « méritait mieux » sur l'ensemble des deux matchs.

Le PSG retrouvera l'Inter Milan le 31 mai à Munich, pour tenter de remporter la première Ligue des champions de son histoire. Des milliers de supporters ont célébré la qualification jusque tard dans la nuit sur les Champs-Élysées.""",
    extra=[("Luis Enrique", "PER", "l'entraîneur espagnol"), ("Arsenal", "ORG", "Gunners"), ("Champs-Élysées", "LOC", "Champs-Élysées")],
    quotes=[Q("Luis Enrique", "On a souffert, mais ce groupe ne lâche jamais rien"),
            Q("Mikel Arteta", "méritait mieux", fragment=True)],
)

add_article(
    key="ps-en-jsonl", fmt="jsonl", lang="en", outlet="Midland Daily Monitor", story=P, date="2025-05-07", time="22:55",
    tz="+01:00", evidence="JSONL field 'published'",
    url="https://www.midlanddailymonitor.co.uk/sport/football/psg-arsenal-champions-league-semi-final",
    title="Arsenal's Champions League dream ends in Paris as PSG reach final",
    pre="Sport | Football | ",
    post="\n\nRelated Articles\nArteta: 'We will come back stronger'\nWomen's FA Cup final: ticket details\nComments (31)",
    related=["Arteta: 'We will come back stronger'"],
    body="""Arsenal's hopes of a first Champions League title are over after Paris Saint-Germain beat them 2-1 at the Parc des Princes on Wednesday night to win the semi-final 3-1 on aggregate.

Fabian Ruiz put the French champions ahead in the first half and Achraf Hakimi added a second with around a quarter of an hour left. Bukayo Saka pulled one back for the visitors, but they could not find the goals they needed.

Mikel Arteta said his players had given everything. "I'm so proud of them; we were the better side for long spells in both games and we did not get what we deserved," the Arsenal manager said.

PSG goalkeeper Gianluigi Donnarumma made a string of saves to keep the English side at bay, as he had done in the first leg in London last week.

Luis Enrique's team will meet Inter Milan in the final in Munich on May 31. Arsenal, who finish the season without a trophy, must now turn their attention to securing a top-five Premier League finish.""",
    extra=[("Mikel Arteta", "PER", "the Arsenal manager"), ("Premier League", "ORG", "Premier League")],
    quotes=[Q("Mikel Arteta", "I'm so proud of them")],
)

add_article(
    key="ps-es-txt", fmt="txt", lang="es", outlet="Deportes Mediterráneo", story=P, date="2025-05-07",
    evidence="'Actualizado 07/05/2025 23:41' line",
    title="Luis Enrique lleva al PSG a la final de la Champions tras eliminar al Arsenal",
    pre="""Inicio / Fútbol / Champions League
Luis Enrique lleva al PSG a la final de la Champions tras eliminar al Arsenal
Deportes Mediterráneo
Actualizado 07/05/2025 23:41

""",
    body="""El técnico asturiano Luis Enrique ha metido al París Saint-Germain en la final de la Liga de Campeones. El conjunto parisino derrotó este miércoles 2-1 al Arsenal en el Parque de los Príncipes y, tras el 0-1 de la ida en Londres, sella su billete para Múnich con un global de 3-1.

El español Fabián Ruiz abrió el marcador en la primera mitad con un zurdazo desde la frontal, y el marroquí Achraf Hakimi firmó el segundo en la recta final. Bukayo Saka recortó distancias, pero el gol llegó demasiado tarde.

"Es un orgullo enorme para mí llevar a este club a otra final; los jugadores se lo merecen", declaró Luis Enrique tras el encuentro.

El PSG, que busca la primera Champions de su historia, se medirá al Inter de Milán el 31 de mayo en el Allianz Arena. Para el exseleccionador español será su segunda final de la competición como entrenador, después de la que ganó con el Barcelona en 2015.""",
    post="""

Noticias relacionadas
El Valencia confirma la renovación de su capitán
La Vuelta presenta el recorrido de la etapa de montaña
Comentarios (7)
""",
    extra=[("Paris Saint-Germain", "ORG", "París Saint-Germain"), ("Parc des Princes", "LOC", "Parque de los Príncipes"),
           ("Inter Milan", "ORG", "Inter de Milán"), ("Luis Enrique", "PER", "El técnico asturiano Luis Enrique"),
           ("Allianz Arena", "LOC", "Allianz Arena"), ("FC Barcelona", "ORG", "Barcelona")],
    quotes=[Q("Luis Enrique", "Es un orgullo enorme para mí")],
)

add_article(
    key="ps-fr-copy", fmt="txt", lang="fr", outlet="Paris Quartiers", story=P, dup="ps-fr-veilleur",
    original_outlet="Le Veilleur", date="2025-05-07", evidence="'Mis en ligne le 07/05/2025' line",
    title="Le PSG bat Arsenal et file en finale à Munich",
    pre="""Paris Quartiers  ›  Sport
Le PSG bat Arsenal et file en finale à Munich
Mis en ligne le 07/05/2025 à 23:58
Partager  Tweeter  Envoyer

""",
    body="""Le Paris Saint-Germain disputera la finale de la Ligue des champions. Mercredi soir, au Parc des Princes, les hommes de Luis Enrique ont battu Arsenal 2-1, une semaine après leur victoire 1-0 à Londres.

Fabián Ruiz a ouvert le score d'une frappe puissante en première période, avant qu'Achraf Hakimi ne double la mise à un quart d'heure de la fin. Bukayo Saka a réduit l'écart pour les Gunners, trop tard pour inverser la tendance.

Gianluigi Donnarumma, auteur de plusieurs arrêts décisifs, a été l'un des grands artisans de la qualification. « On a souffert, mais ce groupe ne lâche jamais rien », a savouré l'entraîneur espagnol.

Le PSG retrouvera l'Inter Milan le 31 mai à Munich, pour tenter de remporter la première Ligue des champions de son histoire. Des milliers de supporters ont célébré la qualification jusque tard dans la nuit sur les Champs-Élysées, où la circulation a été coupée.""",
    post="""

Cet article est paru initialement sur leveilleur.fr
À lire aussi
Vélib' : de nouvelles stations dans le 13e arrondissement
3 commentaires
""",
    extra=[("Luis Enrique", "PER", "l'entraîneur espagnol"), ("Arsenal", "ORG", "Gunners"), ("Champs-Élysées", "LOC", "Champs-Élysées")],
    quotes=[Q("Luis Enrique", "On a souffert, mais ce groupe ne lâche jamais rien")],
)

# ---------------------------------------------------------------------------
E = story("ecb-rate-cut-2024-06-06",
          "The European Central Bank cuts its key interest rates by a quarter point on 6 June 2024 in Frankfurt, "
          "its first cut since 2019, taking the deposit rate to 3.75%.")

add_article(
    key="ez-de-txt", fmt="txt", lang="de", outlet="Nordsee-Kurier", story=E, date="2024-06-06",
    evidence="dateline 'FRANKFURT, 6. Juni (dpa) –'",
    title="EZB senkt erstmals seit fast fünf Jahren die Zinsen",
    pre="""Startseite › Wirtschaft › Finanzen
EZB senkt erstmals seit fast fünf Jahren die Zinsen
Nordsee-Kurier
06.06.2024, 14:31 Uhr
Lesezeit: 2 Min.

""",
    body="""FRANKFURT, 6. Juni (dpa) – Die Europäische Zentralbank (EZB) hat die Leitzinsen im Euroraum erstmals seit 2019 gesenkt. Der Einlagensatz, den Banken für geparkte Gelder bei der Notenbank erhalten, sinkt um 0,25 Prozentpunkte auf 3,75 Prozent, wie die EZB am Donnerstag in Frankfurt mitteilte.

Die Notenbank begründete den Schritt mit dem deutlichen Rückgang der Inflation seit dem Herbst 2022. Zugleich hob sie ihre Inflationsprognose für dieses und das kommende Jahr leicht an.

„Wir legen uns nicht im Voraus auf einen bestimmten Zinspfad fest“, sagte EZB-Präsidentin Christine Lagarde bei der Pressekonferenz. Weitere Entscheidungen würden von den Daten abhängen. Ob die Zinsen schon im Juli erneut sinken, ließ sie offen.

Bundesbank-Präsident Joachim Nagel hatte sich bereits vorab für eine Senkung ausgesprochen. Sparer müssen sich nun auf sinkende Zinsen für Tages- und Festgeld einstellen, Kreditnehmer können auf etwas günstigere Konditionen hoffen.

Die US-Notenbank Fed hält ihre Zinsen dagegen bislang unverändert hoch. Ökonomen erwarten, dass der Abstand zwischen den Zinsen in den USA und im Euroraum den Euro etwas schwächen könnte.""",
    post="""

Mehr zum Thema
Baufinanzierung: Was die Zinswende für Käufer bedeutet
DAX schließt leicht im Plus
© dpa-infocom, dpa:240606-99-302811/4
""",
    extra=[("Christine Lagarde", "PER", "EZB-Präsidentin Christine Lagarde"), ("Joachim Nagel", "PER", "Bundesbank-Präsident Joachim Nagel")],
    quotes=[Q("Christine Lagarde", "Wir legen uns nicht im Voraus auf einen bestimmten Zinspfad fest")],
)

add_article(
    key="ez-en-ledger", fmt="html", site="harbourledger", slug="ecb-cuts-rates", lang="en", outlet="The Harbour Ledger",
    story=E, meta="og", date="2024-06-06", time="15:40", tz="+01:00",
    evidence="meta article:published_time and visible date",
    url="https://www.harbourledger.co.uk/business/2024/06/06/ecb-cuts-rates",
    section="Business", author="Priya Raman",
    title="ECB cuts interest rates for the first time since 2019 but signals no rush",
    related=["Bank of England expected to hold rates this month", "Mortgage deals: lenders trim fixed rates",
             "House prices edge up in coastal towns"],
    body="""The European Central Bank lowered its key interest rates on Thursday for the first time in almost five years, moving ahead of the US Federal Reserve, but gave little away about how quickly further cuts might follow.

The bank's governing council reduced its deposit rate by a quarter of a percentage point to 3.75%, after inflation in the eurozone fell from a peak above 10% in late 2022 to around 2.5%.

At the same time the ECB raised its inflation forecasts for this year and next, and said price pressures would remain strong. "We are not pre-committing to a particular rate path," ECB President Christine Lagarde told a news conference in Frankfurt.

Asked whether the council had been unanimous, Lagarde said that all but one of its members had backed the cut. Economists said a second reduction was unlikely before September.

For households, the decision could ease the cost of new mortgages in countries such as Spain and Italy, where most loans carry variable rates. Savers can expect lower returns on deposits.""",
    extra=[("Christine Lagarde", "PER", "ECB President Christine Lagarde")],
    quotes=[Q("Christine Lagarde", "We are not pre-committing to a particular rate path")],
)

add_article(
    key="ez-fr-txt", fmt="txt", lang="fr", outlet="La Tribune du Rhône", story=E, date="2024-06-06",
    evidence="dateline 'FRANCFORT, 6 juin (ACP) -'",
    title="La BCE baisse ses taux pour la première fois depuis 2019",
    pre="""Accueil  Économie
La BCE baisse ses taux pour la première fois depuis 2019
La Tribune du Rhône
Publié le 06/06/2024 à 15:02
Temps de lecture : 2 min

""",
    body="""FRANCFORT, 6 juin (ACP) - La Banque centrale européenne a abaissé jeudi ses taux directeurs d'un quart de point, une première depuis septembre 2019, après le net reflux de l'inflation en zone euro.

Le taux de dépôt, qui sert de référence, passe de 4 % à 3,75 %. L'institution de Francfort reste toutefois prudente : elle a relevé ses prévisions d'inflation pour 2024 et 2025.

« L'inflation a baissé de plus de 2,5 points depuis septembre dernier », a souligné Christine Lagarde, la présidente de la BCE, tout en refusant de s'engager sur de nouvelles baisses. « Nous ne nous engageons pas à l'avance », a-t-elle répété.

Le gouverneur de la Banque de France, François Villeroy de Galhau, avait plaidé publiquement pour cette première baisse. Pour les ménages français, l'effet devrait surtout se faire sentir sur les crédits immobiliers, dont les taux ont commencé à refluer.

La Réserve fédérale américaine, elle, n'a pas encore commencé à baisser ses taux.""",
    post="""

Lire aussi : Immobilier : les prix reculent à Lyon pour le sixième trimestre
Lire aussi : Crédit : ce que change la baisse des taux pour les emprunteurs
0 commentaire
""",
    extra=[("Christine Lagarde", "PER", "Christine Lagarde, la présidente de la BCE"), ("US Federal Reserve", "ORG", "La Réserve fédérale américaine"),
           ("Francois Villeroy de Galhau", "PER", "Le gouverneur de la Banque de France, François Villeroy de Galhau")],
    quotes=[Q("Christine Lagarde", "L'inflation a baissé de plus de 2,5 points"),
            Q("Christine Lagarde", "Nous ne nous engageons pas à l'avance")],
)

add_article(
    key="ez-es-txt", fmt="txt", lang="es", outlet="El Observador Ibérico", story=E, date="2024-06-06",
    evidence="dateline 'Fráncfort, 6 jun (EFE).-' and the '06/06/2024' line",
    pre="""Portada > Economía > Finanzas
El BCE baja los tipos de interés por primera vez desde 2019
El Observador Ibérico | 06/06/2024
Escuchar noticia

""",
    post="""

Noticias relacionadas
El euríbor cierra mayo en su nivel más bajo en un año
Cómo afecta la bajada de tipos a tu hipoteca variable
© EFE 2024
""",
    title="El BCE baja los tipos de interés por primera vez desde 2019",
    body="""Fráncfort, 6 jun (EFE).- El Banco Central Europeo (BCE) bajó este jueves sus tipos de interés en un cuarto de punto, la primera rebaja desde 2019, después de que la inflación en la zona del euro se haya moderado de forma notable.

La facilidad de depósito queda en el 3,75 %, mientras que el tipo de las operaciones principales de financiación baja al 4,25 %.

La presidenta del BCE, Christine Lagarde, explicó en rueda de prensa que la entidad no se compromete de antemano con ninguna senda concreta de tipos. "Vamos a seguir decidiendo reunión a reunión, en función de los datos", dijo.

La decisión es una buena noticia para las familias españolas con hipotecas a tipo variable referenciadas al euríbor, que ya había empezado a bajar en los últimos meses anticipando el movimiento del BCE.

El banco central también elevó ligeramente sus previsiones de inflación y de crecimiento para este año.""",
    extra=[("Christine Lagarde", "PER", "La presidenta del BCE, Christine Lagarde")],
    quotes=[Q("Christine Lagarde", "Vamos a seguir decidiendo reunión a reunión")],
)

# ---------------------------------------------------------------------------
O = story("paris-olympics-opening-2024-07-26",
          "The Paris 2024 Olympic Games open on 26 July 2024 with a ceremony on the Seine in heavy rain, hours after "
          "arson attacks disrupt France's high-speed rail network.")

add_article(
    key="op-en-txt", fmt="txt", lang="en", outlet="Midland Daily Monitor", story=O, date="2024-07-26",
    evidence="'Posted: 26 Jul 2024' line",
    title="Paris opens rain-soaked Olympics with a ceremony along the Seine",
    pre="""Home  >  Sport  >  Olympics
Paris opens rain-soaked Olympics with a ceremony along the Seine
Midland Daily Monitor
Posted: 26 Jul 2024, 23:48
Share  Tweet  Email

""",
    body="""PARIS - The Paris Olympics opened on Friday with a ceremony unlike any before it: instead of marching into a stadium, athletes sailed down the Seine on boats while spectators lined the river banks, many of them huddled under umbrellas as heavy rain fell for most of the evening.

The parade ran for about six kilometres, from the Austerlitz bridge to the Trocadero, opposite the Eiffel Tower. Lady Gaga performed on the river bank, and Celine Dion closed the show from the tower itself, her first public performance in years after a long illness.

Football great Zinedine Zidane was among those who carried the Olympic flame, and judo champion Teddy Riner and former sprinter Marie-Jose Perec lit the cauldron, a ring of fire suspended beneath a balloon in the Tuileries garden.

"Ce soir, la France a montré qu'elle savait rêver en grand," Tony Estanguet, the head of the organising committee, told the crowd. Some spectators were less impressed. "We saw the boats for ten seconds and the rain for four hours," said a visitor from Manchester.

The day had started badly. Before dawn, arson attacks on signal cables paralysed parts of the SNCF high-speed network, disrupting journeys for hundreds of thousands of travellers on the busiest weekend of the summer.""",
    post="""

More from Olympics
Team GB medal hopes: who to watch on day one
Comments (22)
""",
    extra=[("Tony Estanguet", "PER", "the head of the organising committee"), ("Jardin des Tuileries", "LOC", "Tuileries garden")],
    quotes=[Q("Tony Estanguet", "Ce soir, la France a montré"),
            Q("visitor from Manchester (anonymous)", "We saw the boats for ten seconds")],
)

add_article(
    key="op-fr-escaut", fmt="html", site="escaut", slug="jo-paris-ceremonie-seine", lang="fr",
    outlet="Le Courrier de l'Escaut", story=O, meta="visible", charset="iso-8859-1", meta_http_equiv=True,
    date="2024-07-27", time="00:35",
    evidence="visible date 'Publié le 27/07/2024 à 00h35' only; page in ISO-8859-1 (characters outside Latin-1 as numeric references)",
    section="Sports",
    title="JO de Paris : une cérémonie d'ouverture sur la Seine, sous une pluie battante",
    standfirst="Les délégations ont défilé en bateau. Les Belges étaient de la partie, trempés mais ravis.",
    related=["Vélo : Remco Evenepoel vise l'or dans le contre-la-montre", "Météo : fin de semaine orageuse sur le Hainaut",
             "SNCF : le trafic Eurostar perturbé après les actes de sabotage"],
    body="""Jamais des Jeux n'avaient commencé ainsi. Vendredi soir, les athlètes de plus de deux cents délégations ont descendu la Seine à bord de bateaux, du pont d'Austerlitz jusqu'au Trocadéro, sous une pluie qui n'a presque pas cessé de la soirée.

La délégation belge a été accueillie par les applaudissements de nombreux supporters massés sur les quais. « On est trempés, mais c'est un souvenir pour la vie », résumait une athlète à son arrivée au pied de la tour Eiffel.

Le spectacle, conçu par le metteur en scène Thomas Jolly, a mêlé histoire de France, mode et musique. La chanteuse Céline Dion a clôturé la soirée depuis le premier étage de la tour Eiffel, tandis que Teddy Riner et Marie-José Pérec ont allumé la vasque, installée dans le jardin des Tuileries et suspendue à un ballon.

Quelques couacs ont émaillé la cérémonie : la Corée du Sud a notamment été présentée comme la Corée du Nord, une erreur pour laquelle le Comité international olympique a présenté ses excuses.

Dans la matinée, des actes de malveillance contre le réseau de la SNCF avaient fortement perturbé le trafic des TGV, y compris vers la Belgique. Le ministre français des Transports a dénoncé des actes « criminels ».""",
    extra=[("International Olympic Committee", "ORG", "Comité international olympique"), ("South Korea", "LOC", "Corée du Sud"),
           ("Thomas Jolly", "PER", "Thomas Jolly"), ("Jardin des Tuileries", "LOC", "jardin des Tuileries")],
    quotes=[Q("Belgian athlete (anonymous)", "On est trempés, mais c'est un souvenir pour la vie"),
            Q("French transport minister (anonymous)", "criminels", fragment=True)],
    events=[EV("Quelques couacs ont émaillé la cérémonie", "International Olympic Committee", "055", "South Korea", "2024-07-27")],
)

add_article(
    key="op-it-gazzetta", fmt="html", site="gazzetta", slug="olimpiadi-parigi-cerimonia", lang="it",
    outlet="La Gazzetta del Lago", story=O, meta="og", date="2024-07-26", time="23:55",
    evidence="meta article:published_time and visible date",
    url="https://www.gazzettadellago.it/sport/olimpiadi-parigi-cerimonia-senna",
    section="Sport",
    title="Parigi 2024, la cerimonia sulla Senna sotto la pioggia: Tamberi e Errigo portabandiera",
    related=["Canottaggio, gli azzurri in gara domani sul bacino di Vaires", "Como, il lungolago chiuso per la festa di sabato"],
    body="""La pioggia non ha fermato la festa. Venerdì sera Parigi ha inaugurato i Giochi olimpici con una cerimonia senza precedenti: le delegazioni hanno sfilato sulla Senna a bordo di battelli, per circa sei chilometri, fino al Trocadéro.

Per l'Italia i portabandiera erano Gianmarco Tamberi e Arianna Errigo. Il saltatore in alto, durante la sfilata, ha perso la fede nuziale nel fiume, un episodio che ha poi raccontato sui social scusandosi con la moglie.

Lo spettacolo si è chiuso con Céline Dion che ha cantato dalla torre Eiffel. A Teddy Riner e Marie-José Pérec è toccato l'onore di accendere il braciere, sospeso a una mongolfiera nel giardino delle Tuileries.

In mattinata una serie di sabotaggi contro la rete ferroviaria ad alta velocità francese aveva provocato ritardi e cancellazioni per centinaia di migliaia di viaggiatori. Il ministro dell'Interno ha parlato di un attacco coordinato.

"È stata una cerimonia bellissima anche sotto l'acqua", ha detto un tifoso italiano arrivato da Milano.""",
    extra=[("Gianmarco Tamberi", "PER", "Gianmarco Tamberi"), ("Arianna Errigo", "PER", "Arianna Errigo"), ("Eiffel Tower", "LOC", "torre Eiffel"),
           ("Jardin des Tuileries", "LOC", "giardino delle Tuileries"), ("Milan", "LOC", "Milano")],
    quotes=[Q("Italian fan from Milan (anonymous)", "È stata una cerimonia bellissima anche sotto l'acqua")],
)

add_article(
    key="op-de-jsonl", fmt="jsonl", lang="de", outlet="Weltblick", story=O, date="2024-07-26", time="23:59",
    tz="+02:00", evidence="JSONL field 'published'", jsonl_language=False,
    url="https://www.weltblick-online.de/sport/olympia-eroeffnung-seine-regen-a-20240726",
    title="Olympia-Eröffnung auf der Seine: Spektakel im Dauerregen",
    pre="Sport | Olympia 2024 | ",
    post="\n\nLesen Sie auch: Sabotage bei der französischen Bahn: Was bisher bekannt ist",
    related=["Sabotage bei der französischen Bahn: Was bisher bekannt ist"],
    body="""Zum ersten Mal in der Geschichte der Olympischen Spiele hat eine Eröffnungsfeier nicht in einem Stadion stattgefunden. In Paris fuhren die Athletinnen und Athleten am Freitagabend auf Booten über die Seine – bei strömendem Regen.

Die deutsche Mannschaft wurde von Basketball-Weltmeister Dennis Schröder und Judoka Anna-Maria Wagner als Fahnenträgern angeführt. Tausende Zuschauer verfolgten die Parade von den Ufern und Brücken aus, viele unter Regenschirmen oder in durchsichtigen Ponchos.

Höhepunkt war der Auftritt von Céline Dion auf dem Eiffelturm. Das olympische Feuer entzündeten Judo-Star Teddy Riner und die frühere Sprinterin Marie-José Pérec. Die Flamme schwebt nun an einem Ballon über dem Tuileriengarten.

Überschattet wurde der Tag von Brandanschlägen auf das Netz der französischen Staatsbahn SNCF. Hunderttausende Reisende saßen fest oder mussten umplanen. Frankreichs Regierung sprach von gezielter Sabotage. Betroffen waren Strecken in Richtung Norden, Osten und Westen des Landes, auch Verbindungen nach Deutschland fielen aus.

Organisationschef Tony Estanguet zeigte sich dennoch zufrieden: „Wir wollten Spiele mitten in der Stadt, und genau das haben wir heute gezeigt.“""",
    extra=[("Tony Estanguet", "PER", "Organisationschef Tony Estanguet"), ("Jardin des Tuileries", "LOC", "Tuileriengarten"),
           ("Dennis Schröder", "PER", "Dennis Schröder"), ("Anna-Maria Wagner", "PER", "Anna-Maria Wagner")],
    quotes=[Q("Tony Estanguet", "Wir wollten Spiele mitten in der Stadt")],
)

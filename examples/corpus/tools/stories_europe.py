"""Alliance and EU stories: the NATO summits in Vilnius (2023) and Washington (2024), the EU's 12th and 14th
sanctions packages against Russia.

Written by the dragoman project. Facts follow public record; sentences and
quoted wording are the project's own rendering, not verbatim statements.
"""

from corpuslib import add_article, story, Q, EV

# ---------------------------------------------------------------------------
V = story("nato-summit-vilnius-2023-07-11",
          "NATO leaders meet in Vilnius on 11-12 July 2023: Ukraine is told it will be invited to join when allies "
          "agree and conditions are met, without a timetable, which Volodymyr Zelensky calls absurd; Turkey "
          "agrees to move Sweden's accession forward.")

add_article(
    key="vn-en-txt", fmt="txt", lang="en", outlet="Eastern Europe Brief", story=V, date="2023-07-11",
    evidence="leading 'date 2023-07-11 (EEBRIEF)' and the trailing id EEBRIEF11072023...",
    title=None,
    pre=" date 2023-07-11 (EEBRIEF) ",
    body="""NATO leaders gathered in the Lithuanian capital Vilnius on Tuesday for a two-day summit dominated by the question of Ukraine's future membership, and agreed a formula that stopped short of the timeline Kiev had demanded.

In their joint statement the allies said they would be in a position to extend an invitation to Ukraine once all members agree and the necessary conditions are fulfilled. They also dropped the requirement for a Membership Action Plan, shortening the path Ukraine would have to follow.

President Volodymyr Zelensky reacted angrily before arriving in the city. He wrote on social media that it was "unprecedented and absurd" that no time frame had been set for either the invitation or membership, and said uncertainty was a sign of weakness.

Secretary General Jens Stoltenberg defended the decision. "This is a strong and positive message, and a clear path forward for Ukraine," he told reporters, adding that the most urgent task was to ensure that Ukraine prevails in the war.

The summit opened on a positive note for the alliance after Turkish President Recep Tayyip Erdogan agreed on Monday evening to send Sweden's accession protocol to the Turkish parliament, lifting a blockade that had lasted more than a year. Sweden's Prime Minister Ulf Kristersson called it a good day.

The host, Lithuanian President Gitanas Nauseda, said the summit should leave no doubt that Russia's aggression would not be rewarded.""",
    post="""

EEBRIEF11072023000140555201ID1107018812
""",
    extra=[("Jens Stoltenberg", "PER", "Secretary General Jens Stoltenberg"), ("Gitanas Nausėda", "PER", "The host, Lithuanian President Gitanas Nauseda")],
    quotes=[Q("Volodymyr Zelensky", "unprecedented and absurd", fragment=True),
            Q("Jens Stoltenberg", "This is a strong and positive message")],
    events=[EV("NATO leaders gathered in the Lithuanian capital Vilnius on Tuesday", "NATO", "040", None, "2023-07-11", place="Vilnius"),
            EV("President Volodymyr Zelensky reacted angrily before arriving", "Volodymyr Zelensky", "111", "NATO", "2023-07-11"),
            EV("The summit opened on a positive note", "Recep Tayyip Erdoğan", "081", "Sweden", "2023-07-10"),
            EV("The host, Lithuanian President Gitanas Nauseda, said the summit should leave no doubt", "Gitanas Nausėda", "010", "Russia", "2023-07-11")],
)

add_article(
    key="vn-fr-veilleur", fmt="html", site="leveilleur", slug="sommet-otan-vilnius-ukraine", lang="fr",
    outlet="Le Veilleur", story=V, meta="jsonld", date="2023-07-11", time="21:15",
    evidence="JSON-LD datePublished and <time datetime>",
    url="https://www.leveilleur.fr/international/2023/07/11/sommet-otan-vilnius-ukraine_7321",
    section="International", section_slug="international", author="Claire Dumesnil",
    title="Sommet de l'OTAN à Vilnius : pas de calendrier d'adhésion pour l'Ukraine, Zelensky fulmine",
    standfirst="Les alliés promettent une invitation « lorsque les conditions seront réunies ». Le président ukrainien dénonce une décision « absurde ».",
    caption="Les drapeaux des pays membres devant le centre de conférences de Vilnius.",
    tags=["OTAN", "Ukraine", "Lituanie"],
    related=["Adhésion de la Suède : comment Erdogan a fini par céder", "Canicule : la vigilance orange étendue à douze départements",
             "Tour de France : Pogacar reprend du temps dans les Pyrénées", "Réforme des retraites : les syndicats préparent la rentrée"],
    comments=[("Aurélien B.", "Toujours le même flou, on laisse Kiev dans l'antichambre."), ("M. Keller", "C'était prévisible.")],
    body="""Les trente et un dirigeants de l'OTAN, réunis mardi 11 juillet à Vilnius, en Lituanie, ont fermé la porte à un calendrier précis pour l'entrée de l'Ukraine dans l'Alliance atlantique. Le communiqué final indique que Kiev sera invitée à rejoindre l'organisation lorsque les alliés seront d'accord et que les conditions seront remplies.

Les alliés ont toutefois supprimé l'obligation pour l'Ukraine de passer par un plan d'action pour l'adhésion, une étape qui avait ralenti d'autres candidats. Un Conseil OTAN-Ukraine, où Kiev siégera d'égal à égal avec les alliés, tiendra sa première réunion mercredi.

Volodymyr Zelensky n'a pas caché sa colère. « Il est sans précédent et absurde qu'aucun calendrier ne soit fixé », a écrit le président ukrainien sur les réseaux sociaux, avant même son arrivée dans la capitale lituanienne.

Emmanuel Macron a annoncé que la France livrerait à l'Ukraine des missiles de croisière à longue portée SCALP. « Il s'agit de permettre à l'Ukraine de se défendre », a expliqué le chef de l'État.

La veille, le président turc Recep Tayyip Erdogan avait accepté de transmettre au Parlement turc le protocole d'adhésion de la Suède, levant un blocage de plus d'un an.

Le secrétaire général de l'OTAN, Jens Stoltenberg, a jugé le message des alliés « fort et clair ». Les pays du G7 doivent présenter mercredi une déclaration commune sur des garanties de sécurité à long terme pour Kiev.""",
    extra=[("Volodymyr Zelensky", "PER", "le président ukrainien"), ("Emmanuel Macron", "PER", "le chef de l'État"),
           ("Recep Tayyip Erdoğan", "PER", "le président turc Recep Tayyip Erdogan"),
           ("Jens Stoltenberg", "PER", "Le secrétaire général de l'OTAN, Jens Stoltenberg")],
    quotes=[Q("Volodymyr Zelensky", "Il est sans précédent et absurde"),
            Q("Emmanuel Macron", "Il s'agit de permettre à l'Ukraine de se défendre"),
            Q("Jens Stoltenberg", "fort et clair", fragment=True)],
    events=[EV("Emmanuel Macron a annoncé que la France livrerait", "France", "0332", "Ukraine", "2023-07-11", place="Vilnius"),
            EV("Les trente et un dirigeants de l'OTAN, réunis mardi 11 juillet", "NATO", "120", "Ukraine", "2023-07-11", place="Vilnius"),
            EV("La veille, le président turc Recep Tayyip Erdogan avait accepté", "Recep Tayyip Erdoğan", "081", "Sweden", "2023-07-10")],
)

add_article(
    key="vn-de-abendpost", fmt="html", site="abendpost", slug="nato-gipfel-vilnius", lang="de",
    outlet="Berliner Abendpost", story=V, meta="og", charset="iso-8859-1", date="2023-07-12", time="06:30",
    evidence="meta article:published_time; page in ISO-8859-1",
    url="https://www.abendpost-berlin.de/politik/ausland/nato-gipfel-vilnius-id39120.html",
    section="Politik", kicker="Nato-Gipfel", author="Henrik Sommer",
    title="Nato-Gipfel in Vilnius: Kein Zeitplan für die Ukraine, Scholz verteidigt Kurs",
    standfirst="Die Allianz verspricht Kiew eine Einladung, aber erst wenn die Bedingungen erfüllt sind. Selenskyj ist enttäuscht.",
    related=["Schwedens Nato-Beitritt: Erdogan gibt Widerstand auf", "Hitzewelle: Berlin öffnet Kühlräume",
             "Hertha startet mit neuem Trainer in die Vorbereitung"],
    comments=[("Pankower", "Richtige Entscheidung, kein Beitritt mitten im Krieg."), ("Lisa_K", "Die Ukraine verdient mehr als warme Worte.")],
    body="""Die Nato hat der Ukraine beim Gipfel in der litauischen Hauptstadt Vilnius eine Mitgliedschaft in Aussicht gestellt, aber keinen Zeitplan genannt. Eine Einladung werde ausgesprochen, wenn die Verbündeten zustimmen und die Bedingungen erfüllt sind, heißt es in der Abschlusserklärung vom Dienstag.

Bundeskanzler Olaf Scholz verteidigte die Formulierung. Ein Beitritt während eines laufenden Krieges komme nicht infrage, sagte er am Rande des Treffens. „Jetzt geht es darum, die Ukraine so zu unterstützen, dass sie sich verteidigen kann“, sagte Scholz.

Deutschland kündigte in Vilnius ein weiteres Paket an Militärhilfe im Wert von rund 700 Millionen Euro an, darunter zusätzliche Patriot-Abschussgeräte und Schützenpanzer.

Präsident Wolodymyr Selenskyj hatte den Entwurf der Erklärung schon vorab als „absurd“ kritisiert. Am Mittwoch kam er erstmals im neuen Nato-Ukraine-Rat mit den Staats- und Regierungschefs zusammen.

Erleichterung herrschte dagegen beim Thema Schweden: Der türkische Präsident Recep Tayyip Erdogan hatte am Montagabend eingelenkt und will das Beitrittsprotokoll dem Parlament in Ankara vorlegen.""",
    extra=[("Olaf Scholz", "PER", "Bundeskanzler Olaf Scholz"), ("Recep Tayyip Erdoğan", "PER", "Der türkische Präsident Recep Tayyip Erdogan")],
    quotes=[Q("Olaf Scholz", "Jetzt geht es darum, die Ukraine so zu unterstützen"),
            Q("Volodymyr Zelensky", "absurd", fragment=True)],
    events=[EV("Deutschland kündigte in Vilnius ein weiteres Paket", "Germany", "0332", "Ukraine", "2023-07-11", place="Vilnius"),
            EV("Bundeskanzler Olaf Scholz verteidigte die Formulierung", "Olaf Scholz", "052", "NATO", "2023-07-11"),
            EV("Am Mittwoch kam er erstmals im neuen Nato-Ukraine-Rat", "Volodymyr Zelensky", "040", "NATO", "2023-07-12", place="Vilnius")],
)

add_article(
    key="vn-it-gazzetta", fmt="html", site="gazzetta", slug="vertice-nato-vilnius", lang="it",
    outlet="La Gazzetta del Lago", story=V, meta="jsonld", date="2023-07-12", time="19:00",
    evidence="JSON-LD datePublished and visible date",
    url="https://www.gazzettadellago.it/esteri/vertice-nato-vilnius-ucraina",
    section="Esteri",
    title="Vertice Nato a Vilnius, Meloni: 'L'Ucraina nella Nato quando le condizioni lo permetteranno'",
    related=["Caldo record sul lago, boom di presenze nelle spiagge", "Calciomercato: il Como punta un difensore spagnolo"],
    body="""Si è chiuso mercoledì a Vilnius il vertice della Nato dedicato in gran parte all'Ucraina. Gli alleati hanno promesso a Kiev un invito ad aderire all'Alleanza "quando gli alleati saranno d'accordo e le condizioni saranno soddisfatte", senza fissare alcuna data.

La presidente del Consiglio Giorgia Meloni ha difeso la scelta: "La porta della Nato resta aperta per l'Ucraina, ma non si entra nell'Alleanza durante una guerra", ha detto ai giornalisti italiani al termine dei lavori.

Il presidente ucraino Volodymyr Zelensky, che alla vigilia aveva definito assurda la mancanza di un calendario, ha partecipato alla prima riunione del Consiglio Nato-Ucraina. Alla fine si è detto soddisfatto delle garanzie di sicurezza offerte dai Paesi del G7.

Nella dichiarazione comune, i sette grandi si sono impegnati a sostenere Kiev nel lungo periodo con armi, addestramento e scambio di informazioni, per scoraggiare future aggressioni russe.

Il segretario generale Jens Stoltenberg ha parlato di un vertice storico, anche per il via libera della Turchia all'ingresso della Svezia.""",
    extra=[("Giorgia Meloni", "PER", "La presidente del Consiglio Giorgia Meloni"), ("Volodymyr Zelensky", "PER", "Il presidente ucraino Volodymyr Zelensky"),
           ("Jens Stoltenberg", "PER", "Il segretario generale Jens Stoltenberg")],
    quotes=[Q("Giorgia Meloni", "La porta della Nato resta aperta"),
            Q("NATO", "quando gli alleati saranno d'accordo", fragment=True)],
    events=[EV("Nella dichiarazione comune, i sette grandi si sono impegnati", "G7", "0332", "Ukraine", "2023-07-12", place="Vilnius"),
            EV("Il presidente ucraino Volodymyr Zelensky, che alla vigilia", "Volodymyr Zelensky", "040", "NATO", "2023-07-12", place="Vilnius")],
)

add_article(
    key="vn-es-warc", fmt="warc", site="diariodelsur", slug="cumbre-otan-vilna", lang="es", outlet="Diario del Sur",
    story=V, meta="visible", dateline_city="Vilna", charset="windows-1252", http_charset="windows-1252",
    no_meta_charset=True, date="2023-07-11", time="20:35", crawl_date="2023-07-12T02:14:55Z",
    evidence="visible date only; charset only in the HTTP header (windows-1252)",
    section="Internacional", author="Lucía Beltrán",
    url="https://www.diariodelsur.es/internacional/cumbre-otan-vilna",
    title="La OTAN abre la puerta a Ucrania pero sin fecha: \"Cuando se cumplan las condiciones\"",
    standfirst="Zelenski critica la falta de calendario; Sánchez destaca el apoyo de España a Kiev.",
    related=["Erdogan da luz verde a la entrada de Suecia en la OTAN", "Campaña electoral: último debate antes del 23J"],
    body="""Los líderes de la OTAN acordaron este martes en Vilna, la capital de Lituania, que Ucrania será invitada a entrar en la Alianza cuando todos los aliados estén de acuerdo y se cumplan las condiciones, pero sin poner fecha a ese momento.

El presidente ucraniano, Volodímir Zelenski, calificó de "absurdo" que no exista un calendario. "La incertidumbre es una debilidad", escribió en las redes sociales antes de llegar a la cumbre.

El secretario general, Jens Stoltenberg, defendió el texto y recordó que los aliados han eliminado el requisito de un Plan de Acción para la Adhesión, lo que acorta el camino de Kiev.

El presidente del Gobierno, Pedro Sánchez, que acudió a Vilna en plena campaña electoral, subrayó que España seguirá apoyando a Ucrania "política, militar y económicamente". España mantiene además su contribución a las misiones aliadas en el flanco oriental, especialmente en Letonia y en Eslovaquia.

La cumbre arrancó con una buena noticia para la Alianza: el presidente turco, Recep Tayyip Erdogan, levantó su veto a la adhesión de Suecia tras meses de negociaciones.""",
    extra=[("Volodymyr Zelensky", "PER", "El presidente ucraniano"), ("Pedro Sánchez", "PER", "El presidente del Gobierno"),
           ("Jens Stoltenberg", "PER", "El secretario general"), ("Recep Tayyip Erdoğan", "PER", "el presidente turco")],
    quotes=[Q("Volodymyr Zelensky", "absurdo", fragment=True),
            Q("Volodymyr Zelensky", "La incertidumbre es una debilidad"),
            Q("Pedro Sánchez", "política, militar y económicamente", fragment=True)],
    events=[EV("Los líderes de la OTAN acordaron este martes en Vilna", "NATO", "030", "Ukraine", "2023-07-11", place="Vilnius"),
            EV("La cumbre arrancó con una buena noticia", "Recep Tayyip Erdoğan", "081", "Sweden", "2023-07-10")],
)

# ---------------------------------------------------------------------------
W = story("nato-summit-washington-2024-07-10",
          "NATO's 75th-anniversary summit in Washington on 9-11 July 2024 calls Ukraine's path to membership "
          "irreversible, announces new air defence systems for Kyiv and pledges at least 40 billion euros of "
          "military aid within a year.")

add_article(
    key="wa-en-wire", fmt="txt", lang="en", outlet="Atlantic Wire Service", story=W, date="2024-07-10",
    evidence="dateline 'WASHINGTON, July 10 (ATW)' and id ATW-20240710-...",
    title="NATO calls Ukraine's path to membership 'irreversible' at Washington summit",
    pre="""World | Americas | NATO SUMMIT
NATO calls Ukraine's path to membership 'irreversible' at Washington summit
By ATW staff
4 min read

""",
    body="""WASHINGTON, July 10 (ATW) - NATO leaders declared on Wednesday that Ukraine was on an "irreversible" path to membership of the alliance and promised to keep up military aid at a level of at least 40 billion euros over the next year, at a summit marking the 75th anniversary of the pact.

The declaration, agreed by all 32 allies, stopped short of an invitation to join, which several members, including the United States and Germany, oppose while the war continues.

On Tuesday, President Joe Biden announced that the United States, Germany, the Netherlands, Romania and Italy would provide Ukraine with five additional strategic air defence systems. "Ukraine can and will stop Putin," Biden told the leaders in a speech at the opening of the summit.

Outgoing Secretary General Jens Stoltenberg, attending his last summit before Mark Rutte takes over in October, said allies were building "a bridge to membership" for Kyiv.

Secretary of State Antony Blinken said the first F-16 fighter jets were on their way from Denmark and the Netherlands and would be flying over Ukraine by the summer.

Russia denounced the summit's conclusions. Kremlin spokesman Dmitry Peskov said NATO was becoming ever more involved in the conflict and that Moscow would respond to what he called a threat to its security.""",
    post="""

(Reporting by ATW Washington bureau; Editing by Sam Whitfield)
ATW-20240710-1811-WAS
""",
    extra=[("Washington", "LOC", "Washington"), ("Washington", "LOC", "WASHINGTON"), ("Jens Stoltenberg", "PER", "Outgoing Secretary General Jens Stoltenberg")],
    quotes=[Q("NATO", "irreversible", fragment=True),
            Q("NATO", "irreversible", field="title", fragment=True),
            Q("Joe Biden", "Ukraine can and will stop Putin"),
            Q("Jens Stoltenberg", "a bridge to membership", fragment=True)],
    events=[EV("On Tuesday, President Joe Biden announced", "Joe Biden", "0332", "Ukraine", "2024-07-09", place="Washington"),
            EV("WASHINGTON, July 10 (ATW) - NATO leaders declared", "NATO", "0332", "Ukraine", "2024-07-10", place="Washington"),
            EV("Russia denounced the summit's conclusions", "Russia", "111", "NATO", "2024-07-10"),
            EV("Kremlin spokesman Dmitry Peskov said NATO was becoming", "Dmitry Peskov", "130", "NATO", "2024-07-10")],
)

add_article(
    key="wa-en-copy", fmt="warc", site="atlanticwire", slug="nato-irreversible-washington", lang="en",
    outlet="Atlantic Wire Service", story=W, dup="wa-en-wire", meta="none", charset="utf-8",
    date="2024-07-10", time="18:11", tz="-04:00", crawl_date="2024-07-11T06:02:31Z",
    evidence="dateline 'WASHINGTON, July 10 (ATW)' (no meta date); the year from the wire id ATW-20240710-... at the foot of the page",
    url="https://www.atlanticwire.net/wire/world/nato-irreversible-washington",
    section="World", wire_slug="NATO-SUMMIT/UKRAINE", wire_id="ATW-20240710-1811-WAS",
    title="UPDATE 2-NATO calls Ukraine's path to membership 'irreversible' at Washington summit",
    related=["Biden vows to stay in race after NATO news conference", "Oil steadies as U.S. inventories fall"],
    body="""WASHINGTON, July 10 (ATW) - NATO leaders declared on Wednesday that Ukraine was on an "irreversible" path to membership of the alliance and promised to keep up military aid at a level of at least 40 billion euros over the next year, at a summit marking the 75th anniversary of the pact.

The declaration, agreed by all 32 allies, stopped short of an invitation to join, which several members, including the United States and Germany, oppose while the war continues.

On Tuesday, President Joe Biden announced that the United States, Germany, the Netherlands, Romania and Italy would provide Ukraine with five additional strategic air defence systems. "Ukraine can and will stop Putin," Biden told the leaders in a speech at the opening of the summit.

Outgoing Secretary General Jens Stoltenberg, attending his last summit before Mark Rutte takes over in October, said allies were building "a bridge to membership" for Kyiv.

Secretary of State Anthony Blinken said the first F-16 fighter jets were on their way from Denmark and the Netherlands and would be flying over Ukraine by the summer.

Russia denounced the summit's conclusions, with the Kremlin saying Moscow would respond to what it called a threat to its security. (Adds Kremlin reaction in final paragraph)""",
    extra=[("Washington", "LOC", "Washington"), ("Washington", "LOC", "WASHINGTON"), ("Jens Stoltenberg", "PER", "Outgoing Secretary General Jens Stoltenberg")],
    quotes=[Q("NATO", "irreversible", fragment=True),
            Q("Joe Biden", "Ukraine can and will stop Putin"),
            Q("Jens Stoltenberg", "a bridge to membership", fragment=True)],
)

add_article(
    key="wa-fr-escaut", fmt="html", site="escaut", slug="otan-washington-sommet", lang="fr", outlet="Le Courrier de l'Escaut",
    story=W, meta="visible", charset="windows-1252", date="2024-07-11", time="07:45",
    evidence="visible date 'Publié le 11/07/2024 à 07h45' only; page in windows-1252",
    section="Monde",
    title="À Washington, l'OTAN promet à l'Ukraine un chemin « irréversible » vers l'adhésion",
    standfirst="Les alliés s'engagent sur au moins 40 milliards d'euros d'aide militaire l'an prochain.",
    related=["Législatives en France : le casse-tête de la formation d'un gouvernement", "Tour de France : étape de plaine vers Mâcon",
             "Canicule : les conseils pour les personnes âgées"],
    body="""Réunis à Washington pour le 75e anniversaire de l'Alliance atlantique, les dirigeants des trente-deux pays de l'OTAN ont affirmé mercredi que l'Ukraine se trouvait sur un chemin « irréversible » vers l'adhésion, sans pour autant lui adresser d'invitation formelle.

Les alliés se sont engagés à fournir à Kiev un soutien militaire d'au moins 40 milliards d'euros au cours de l'année à venir. Ils ont aussi décidé de créer un commandement chargé de coordonner les livraisons d'armes et la formation des soldats ukrainiens, installé en Allemagne.

Joe Biden, qui accueillait le sommet, avait annoncé la veille la livraison de cinq systèmes supplémentaires de défense antiaérienne, dont des batteries Patriot. Les premiers avions de combat F-16 fournis par le Danemark et les Pays-Bas doivent être livrés dans l'été.

« Nous devons faire plus et plus vite », a réagi Volodymyr Zelensky, qui a participé au sommet et demandé aux alliés de lever les restrictions sur l'usage des armes occidentales contre des cibles militaires en Russie.

Pour Jens Stoltenberg, qui cède la place à Mark Rutte le 1er octobre, il s'agit de son dernier sommet à la tête de l'organisation.""",
    extra=[("Washington", "LOC", "Washington"), ("Joe Biden", "PER", "Joe Biden, qui accueillait le sommet")],
    quotes=[Q("NATO", "irréversible", fragment=True),
            Q("Volodymyr Zelensky", "Nous devons faire plus et plus vite")],
    events=[EV("Les alliés se sont engagés à fournir à Kiev", "NATO", "0332", "Ukraine", "2024-07-10", place="Washington"),
            EV("« Nous devons faire plus et plus vite »", "Volodymyr Zelensky", "0232", "NATO", "2024-07-10"),
            EV("Joe Biden, qui accueillait le sommet", "Joe Biden", "043", "NATO", "2024-07-09", place="Washington")],
)

add_article(
    key="wa-de-txt", fmt="txt", lang="de", outlet="Rheinische Morgenzeitung", story=W, date="2024-07-11",
    evidence="dateline 'WASHINGTON, 11. Juli (dpa) –'",
    title="Nato-Gipfel: Scholz bekräftigt Nein zu schneller Mitgliedschaft der Ukraine",
    pre="""Politik | Ausland
Nato-Gipfel: Scholz bekräftigt Nein zu schneller Mitgliedschaft der Ukraine
Rheinische Morgenzeitung | 11. Juli 2024
Teilen: Facebook · X · E-Mail

""",
    body="""WASHINGTON, 11. Juli (dpa) – Bundeskanzler Olaf Scholz hat beim Nato-Gipfel in Washington bekräftigt, dass eine Aufnahme der Ukraine in das Bündnis erst nach dem Ende des Krieges infrage kommt. „Die Mitgliedschaft kommt, aber nicht jetzt“, sagte Scholz am Rande des Treffens.

Die 32 Verbündeten hatten in ihrer Gipfelerklärung den Weg der Ukraine in die Nato als „unumkehrbar“ bezeichnet. Deutschland liefert der Ukraine ein weiteres Patriot-System und beteiligt sich an einem neuen Nato-Kommando in Wiesbaden, das die Waffenlieferungen koordinieren soll.

Am Rande des Gipfels gaben die USA und Deutschland bekannt, dass ab 2026 amerikanische Langstreckenwaffen zeitweise in Deutschland stationiert werden sollen. Moskau warnte umgehend vor einer Eskalation.

Die Teilnahme von Präsident Wolodymyr Selenskyj stand im Zeichen neuer russischer Luftangriffe: Am Montag hatte eine Rakete das Kinderkrankenhaus Ochmatdyt in Kiew getroffen. Selenskyj forderte mehr Luftverteidigung und die Erlaubnis, westliche Waffen gegen Ziele in Russland einzusetzen.

Jens Stoltenberg leitete seinen letzten Gipfel als Generalsekretär. Sein Nachfolger Mark Rutte übernimmt das Amt im Oktober.""",
    post="""

Quelle: dpa
Auch interessant: Rhein-Pegel steigt nach Starkregen
Newsletter abonnieren
""",
    extra=[("Washington", "LOC", "Washington"), ("Washington", "LOC", "WASHINGTON"), ("Olaf Scholz", "PER", "Bundeskanzler Olaf Scholz")],
    quotes=[Q("Olaf Scholz", "Die Mitgliedschaft kommt, aber nicht jetzt"),
            Q("NATO", "unumkehrbar", fragment=True)],
    events=[EV("WASHINGTON, 11. Juli (dpa) – Bundeskanzler Olaf Scholz hat", "Olaf Scholz", "120", "Ukraine", "2024-07-11", place="Washington"),
            EV("Am Rande des Gipfels gaben die USA und Deutschland bekannt", "United States", "062", "Germany", "2024-07-10"),
            EV("Moskau warnte umgehend vor einer Eskalation", "Russia", "130", "United States", "2024-07-10"),
            EV("Die Teilnahme von Präsident Wolodymyr Selenskyj stand im Zeichen", "Russia", "195", "Ukraine", "2024-07-08", place="Kyiv")],
)

add_article(
    key="wa-es-jsonl", fmt="jsonl", lang="es", outlet="El Observador Ibérico", story=W, date="2024-07-10",
    time="23:50", tz="+02:00", evidence="JSONL field 'published'", jsonl_language=False,
    url="https://www.observadoriberico.es/internacional/20240710/otan-washington-ucrania-irreversible",
    title="La OTAN declara \"irreversible\" el camino de Ucrania hacia la Alianza",
    pre="Internacional | ",
    body="""Washington, 10 jul (EFE).- Los líderes de los 32 países de la OTAN declararon este miércoles en Washington que el camino de Ucrania hacia la plena integración en la Alianza es "irreversible", en una cumbre que conmemora el 75 aniversario de la organización.

Los aliados se comprometieron a aportar a Kiev al menos 40.000 millones de euros en ayuda militar durante el próximo año y anunciaron el envío de nuevos sistemas de defensa antiaérea.

El presidente del Gobierno español, Pedro Sánchez, confirmó que España mantendrá su compromiso de 1.000 millones de euros en ayuda militar para este año y defendió que la OTAN debe "mirar también al flanco sur".

El ministro de Asuntos Exteriores, José Manuel Albares, señaló a la prensa que la cumbre envía "un mensaje claro a Putin: no ganará esta guerra por agotamiento".

El secretario general saliente, Jens Stoltenberg, será sustituido en octubre por el ex primer ministro neerlandés Mark Rutte.""",
    post="\n\n© EFE 2024",
    extra=[("Pedro Sánchez", "PER", "El presidente del Gobierno español, Pedro Sánchez"), ("José Manuel Albares", "PER", "El ministro de Asuntos Exteriores, José Manuel Albares"),
           ("Jens Stoltenberg", "PER", "El secretario general saliente, Jens Stoltenberg"), ("United States", "LOC", "Washington")],
    exclude=[],
    quotes=[Q("NATO", "irreversible", fragment=True),
            Q("Pedro Sánchez", "mirar también al flanco sur", fragment=True),
            Q("José Manuel Albares", "un mensaje claro a Putin")],
    events=[EV("Los aliados se comprometieron a aportar a Kiev", "NATO", "0332", "Ukraine", "2024-07-10", place="Washington")],
)

# ---------------------------------------------------------------------------
S12 = story("eu-sanctions-12th-package-2023-12-18",
            "The EU adopts its 12th package of sanctions against Russia on 18 December 2023, banning imports of "
            "Russian diamonds and tightening enforcement of the oil price cap.")

add_article(
    key="s12-en-txt", fmt="txt", lang="en", outlet="Midland Daily Monitor", story=S12, date="2023-12-18",
    evidence="'Posted: 18 Dec 2023' line and dateline 'BRUSSELS, Dec 18'",
    title="EU bans Russian diamonds in 12th round of sanctions",
    pre="""Home  >  News  >  Business
EU bans Russian diamonds in 12th round of sanctions
Midland Daily Monitor
Posted: 18 Dec 2023, 16:05
Share  Tweet  Email

""",
    body="""BRUSSELS, Dec 18 - European Union governments formally adopted a 12th package of sanctions against Russia on Monday, including a ban on Russian diamonds and tougher measures to stop the bloc's oil price cap from being dodged.

The ban covers diamonds mined, processed or produced in Russia and will be phased in from January 1, with indirect imports through third countries covered later in 2024. Russia is one of the world's largest producers of rough diamonds, and the trade earns Moscow several billion dollars a year.

The package also adds more than 140 individuals and entities to the EU's blacklist and requires exporters to ban re-exports of certain sensitive goods to Russia in their contracts, a so-called "no Russia" clause.

"We are further tightening the screws on the Kremlin's war machine," European Commission President Ursula von der Leyen said after the package was approved. Josep Borrell, the EU's foreign policy chief, said enforcement of existing sanctions was now the priority.

The decision came days after EU leaders agreed at a summit in Brussels to open accession negotiations with Ukraine and Moldova, while Hungary's Viktor Orban stepped out of the room.""",
    post="""

More from Business
Energy bills to fall slightly in January, regulator says
High street footfall rises in run-up to Christmas
Comments (5)
""",
    extra=[("Josep Borrell", "PER", "the EU's foreign policy chief"), ("Ursula von der Leyen", "PER", "European Commission President Ursula von der Leyen")],
    quotes=[Q("Ursula von der Leyen", "We are further tightening the screws")],
    events=[EV("BRUSSELS, Dec 18 - European Union governments formally adopted", "European Union", "163", "Russia", "2023-12-18", place="Brussels"),
            EV("The decision came days after EU leaders agreed", "European Union", "036", "Ukraine", "2023-12-14", place="Brussels")],
)

add_article(
    key="s12-fr-veilleur", fmt="html", site="leveilleur", slug="sanctions-russie-diamants", lang="fr",
    outlet="Le Veilleur", story=S12, meta="og", date="2023-12-18", time="17:40",
    evidence="visible <time datetime> only (Open Graph tags without a date)",
    url="https://www.leveilleur.fr/economie/2023/12/18/sanctions-russie-diamants_7988",
    section="Économie", section_slug="economie", author="Sophie Garnier",
    title="Diamants russes : l'Union européenne adopte son douzième paquet de sanctions",
    standfirst="Les Vingt-Sept interdisent l'importation de diamants russes et renforcent le contrôle du plafonnement du prix du pétrole.",
    tags=["Union européenne", "Russie", "Sanctions"],
    related=["Anvers, capitale du diamant, s'inquiète des nouvelles règles de traçabilité", "Noël : les ventes de jouets en léger recul",
             "Immobilier : les taux de crédit amorcent une baisse"],
    body="""Les États membres de l'Union européenne ont adopté lundi 18 décembre un douzième paquet de sanctions contre la Russie, près de deux ans après le début de l'invasion de l'Ukraine. Mesure phare : l'interdiction progressive des importations de diamants russes à partir du 1er janvier.

Le texte vise aussi à mieux faire respecter le plafonnement du prix du pétrole russe fixé par le G7 et renforce les obligations des exportateurs européens, qui devront interdire contractuellement la revente de certains biens sensibles à la Russie.

« Chaque paquet réduit un peu plus les moyens dont dispose Moscou pour financer sa guerre », a souligné un diplomate européen cité par l'AFP à Bruxelles.

La Belgique, dont le port d'Anvers est la plaque tournante mondiale du diamant brut, a soutenu l'interdiction après avoir obtenu un système de traçabilité commun avec les pays du G7.

Le douzième paquet intervient quelques jours après la décision du Conseil européen d'ouvrir des négociations d'adhésion avec l'Ukraine. Le Premier ministre hongrois Viktor Orban, opposé à cette décision, avait quitté la salle au moment du vote.""",
    extra=[("Viktor Orbán", "PER", "Le Premier ministre hongrois Viktor Orban"), ("Russia", "LOC", "Moscou")],
    exclude=["Moscow"],
    quotes=[Q("European diplomat (anonymous)", "Chaque paquet réduit un peu plus les moyens", via="Agence France-Presse")],
    events=[EV("Les États membres de l'Union européenne ont adopté lundi 18 décembre", "European Union", "163", "Russia", "2023-12-18", place="Brussels"),
            EV("Le douzième paquet intervient quelques jours après la décision du Conseil européen", "European Council", "036", "Ukraine", "2023-12-14")],
)

add_article(
    key="s12-de-rss", fmt="rss", lang="de", outlet="Weltblick", story=S12, date="2023-12-18", time="15:10",
    tz="+01:00", evidence="RSS pubDate",
    url="https://www.weltblick-online.de/wirtschaft/eu-sanktionen-diamanten-a-20231218",
    section="Wirtschaft", author="Jonas Reimers",
    title="Zwölftes Sanktionspaket: EU verbietet Einfuhr russischer Diamanten",
    standfirst="Brüssel will auch die Umgehung des Ölpreisdeckels erschweren.",
    related=["Was die Sanktionen gegen Russland bisher bewirkt haben"],
    body="""BRÜSSEL, 18. Dezember (dpa) – Die EU hat ein zwölftes Paket mit Sanktionen gegen Russland beschlossen. Kern ist ein Einfuhrverbot für russische Diamanten, das ab dem 1. Januar schrittweise greifen soll. Später sollen auch Diamanten erfasst werden, die in Drittstaaten verarbeitet wurden.

Zudem sollen Schlupflöcher beim Preisdeckel für russisches Öl geschlossen werden, den die G7-Staaten eingeführt hatten. Europäische Exporteure müssen künftig vertraglich ausschließen, dass bestimmte Güter nach Russland weiterverkauft werden.

Kommissionspräsidentin Ursula von der Leyen begrüßte die Einigung. Außenministerin Annalena Baerbock sagte, die EU werde den Druck auf Moskau aufrechterhalten, „so lange Russland diesen brutalen Krieg führt“.

Wenige Tage zuvor hatten die Staats- und Regierungschefs bei ihrem Gipfel in Brüssel beschlossen, Beitrittsverhandlungen mit der Ukraine aufzunehmen. Ungarns Ministerpräsident Viktor Orbán hatte die Entscheidung nicht blockiert, sondern den Raum verlassen.

Ein Hilfspaket über 50 Milliarden Euro für die Ukraine scheiterte dagegen zunächst am Veto aus Budapest. Die EU will im Januar einen neuen Anlauf nehmen. Diplomaten rechnen damit, dass die Verhandlungen schwierig werden, weil Ungarn seine Zustimmung an die Freigabe eingefrorener EU-Gelder knüpft.""",
    extra=[("Ursula von der Leyen", "PER", "Kommissionspräsidentin Ursula von der Leyen"), ("Annalena Baerbock", "PER", "Außenministerin Annalena Baerbock"),
           ("Hungary", "LOC", "Budapest")],
    quotes=[Q("Annalena Baerbock", "so lange Russland diesen brutalen Krieg führt", fragment=True)],
    events=[EV("BRÜSSEL, 18. Dezember (dpa) – Die EU hat ein zwölftes Paket", "European Union", "163", "Russia", "2023-12-18", place="Brussels"),
            EV("Ein Hilfspaket über 50 Milliarden Euro für die Ukraine scheiterte", "Hungary", "129", "European Union", "2023-12-14")],
)

add_article(
    key="s12-es-txt", fmt="txt", lang="es", outlet="El Observador Ibérico", story=S12, date="2023-12-18",
    evidence="dateline 'Bruselas, 18 dic (EFE).-'",
    title="La UE aprueba el duodécimo paquete de sanciones contra Rusia, con veto a los diamantes",
    pre="""Portada > Economía
La UE aprueba el duodécimo paquete de sanciones contra Rusia, con veto a los diamantes
El Observador Ibérico | 18/12/2023
Escuchar noticia

""",
    body="""Bruselas, 18 dic (EFE).- Los Veintisiete aprobaron este lunes el duodécimo paquete de sanciones contra Rusia por la guerra en Ucrania, que prohíbe la importación de diamantes rusos y endurece el control del tope al precio del petróleo ruso.

La prohibición afectará a partir del 1 de enero a los diamantes extraídos o tallados en Rusia, y más adelante a los que se procesen en terceros países. El paquete también añade más de un centenar de personas y entidades a la lista de sancionados.

El ministro de Asuntos Exteriores, José Manuel Albares, celebró el acuerdo y aseguró que España "seguirá apoyando todas las medidas que debiliten la maquinaria de guerra de Putin".

Según fuentes diplomáticas, el texto incluye además una cláusula que obliga a los exportadores europeos a prohibir por contrato la reexportación a Rusia de productos sensibles.

La aprobación llega pocos días después de que el Consejo Europeo decidiera abrir negociaciones de adhesión con Ucrania.""",
    post="""

Noticias relacionadas
El Ibex cierra el año con una subida del 22 %
© EFE 2023
Comentarios (0)
""",
    extra=[("European Union", "ORG", "Los Veintisiete"), ("José Manuel Albares", "PER", "El ministro de Asuntos Exteriores, José Manuel Albares")],
    quotes=[Q("José Manuel Albares", "seguirá apoyando todas las medidas", fragment=True)],
    events=[EV("Bruselas, 18 dic (EFE).- Los Veintisiete aprobaron", "European Union", "163", "Russia", "2023-12-18", place="Brussels")],
)

# ---------------------------------------------------------------------------
S14 = story("eu-sanctions-14th-package-2024-06-24",
            "EU foreign ministers adopt the 14th sanctions package against Russia on 24 June 2024, the first to hit "
            "Russian liquefied natural gas by banning its transshipment through EU ports.")

add_article(
    key="s14-en-atom", fmt="atom", lang="en", outlet="The Harbour Ledger", story=S14, date="2024-06-24", time="14:30",
    tz="+00:00", evidence="Atom published",
    url="https://www.harbourledger.co.uk/business/2024/06/24/eu-russia-lng-sanctions",
    title="EU targets Russian LNG for the first time in 14th sanctions package",
    standfirst="The ban on reloading Russian gas in EU ports is meant to cut Moscow's revenue from sales to Asia.",
    body="""The European Union adopted its 14th package of sanctions against Russia on Monday, including the first measures aimed at Russian liquefied natural gas.

Under the package, EU ports will no longer be allowed to be used to transfer Russian LNG from one ship to another for onward shipment to third countries. Gas imports into the EU itself are not banned, and several member states still buy Russian LNG.

The package was approved by foreign ministers meeting in Luxembourg after Germany dropped its reservations over rules that would make EU parent companies responsible for the behaviour of their subsidiaries abroad.

"These sanctions hit Russia's energy revenues and the shadow fleet that carries its oil," said the bloc's foreign policy chief Josep Borrell. The list also includes dozens of vessels accused of helping Moscow get around the oil price cap.

Hungary, which has often delayed previous packages, did not block the decision this time. Diplomats said the next step would be harder, as a full ban on Russian gas would require the support of countries that still depend on it.""",
    extra=[("Josep Borrell", "PER", "the bloc's foreign policy chief Josep Borrell")],
    quotes=[Q("Josep Borrell", "These sanctions hit Russia's energy revenues")],
    events=[EV("The European Union adopted its 14th package of sanctions", "European Union", "163", "Russia", "2024-06-24"),
            EV("Hungary, which has often delayed previous packages, did not block", "Hungary", "129", "European Union", "2024-06-24", mood="negated"),
            EV("Diplomats said the next step would be harder", "European Union", "163", "Russia", None, mood="hypothetical")],
)

add_article(
    key="s14-de-abendpost", fmt="html", site="abendpost", slug="eu-sanktionen-lng", lang="de",
    outlet="Berliner Abendpost", story=S14, meta="jsonld", date="2024-06-24", time="16:55",
    evidence="JSON-LD datePublished",
    url="https://www.abendpost-berlin.de/wirtschaft/eu-sanktionen-lng-id50211.html",
    section="Wirtschaft", kicker="Russland-Sanktionen", author="Martin Fehr",
    title="Erstmals Sanktionen gegen russisches Flüssiggas: EU beschließt 14. Paket",
    standfirst="Nach wochenlangem Ringen gibt auch Berlin seinen Widerstand auf.",
    related=["Gaspreise: Was Verbraucher im Winter erwartet", "Fußball-EM: Public Viewing am Brandenburger Tor ausgebucht",
             "Wohnungsbau in Berlin bricht ein"],
    body="""Die Europäische Union hat ihr 14. Sanktionspaket gegen Russland verabschiedet. Erstmals ist auch russisches Flüssiggas betroffen: Künftig darf LNG aus Russland nicht mehr in Häfen der EU umgeladen werden, um es in Drittstaaten weiterzuverkaufen.

Die Außenminister der 27 Mitgliedstaaten gaben am Montag bei einem Treffen in Luxemburg grünes Licht. Zuvor hatte die Bundesregierung Bedenken gegen eine Regel geäußert, nach der Mutterkonzerne in der EU für Verstöße ihrer Tochterfirmen in Drittstaaten haften sollten. Die Vorschrift wurde abgeschwächt.

„Wir treffen Russland dort, wo es wehtut: bei den Einnahmen aus Energie“, sagte Außenministerin Annalena Baerbock. Ein vollständiges Importverbot für russisches LNG enthält das Paket allerdings nicht.

Neu auf der Sanktionsliste stehen zudem zahlreiche Tanker der sogenannten Schattenflotte, mit der Russland den Ölpreisdeckel umgeht. Die Schiffe fahren oft unter fremder Flagge, sind schlecht versichert und schalten ihre Ortungssysteme ab.

Kritiker bemängeln, dass die Sanktionen nur langsam wirken. Russlands Einnahmen aus dem Export von Flüssiggas sind seit Kriegsbeginn sogar gestiegen, vor allem durch Lieferungen nach Asien. Die Umladung in europäischen Häfen, etwa in Belgien, Frankreich und Spanien, spielte dabei eine wichtige Rolle. Diese Route soll nun nach einer Übergangszeit von neun Monaten geschlossen werden.""",
    extra=[("Annalena Baerbock", "PER", "Außenministerin Annalena Baerbock"), ("Germany", "LOC", "Bundesregierung")],
    quotes=[Q("Annalena Baerbock", "Wir treffen Russland dort, wo es wehtut")],
    events=[EV("Die Europäische Union hat ihr 14. Sanktionspaket", "European Union", "163", "Russia", "2024-06-24"),
            EV("Ein vollständiges Importverbot für russisches LNG enthält das Paket allerdings nicht", "European Union", "163", "Russia", "2024-06-24", mood="negated")],
)

add_article(
    key="s14-it-txt", fmt="txt", lang="it", outlet="Corriere delle Valli", story=S14, date="2024-06-24",
    evidence="dateline 'BRUXELLES, 24 GIU (ANSA) -'",
    title="Ue, via libera al 14esimo pacchetto di sanzioni: stop al trasbordo del gas russo",
    pre="""Home > Economia
Ue, via libera al 14esimo pacchetto di sanzioni: stop al trasbordo del gas russo
Corriere delle Valli
24 giugno 2024 | 15:12

""",
    body="""BRUXELLES, 24 GIU (ANSA) - I ministri degli Esteri dell'Unione europea hanno approvato oggi il quattordicesimo pacchetto di sanzioni contro la Russia, il primo che colpisce il gas naturale liquefatto russo.

Il provvedimento vieta il trasbordo del Gnl russo nei porti europei verso Paesi terzi, ma non blocca le importazioni dirette nell'Ue. Nella lista nera entrano anche decine di navi della cosiddetta flotta ombra.

"È un passo importante per ridurre le entrate che finanziano la guerra di Putin", ha commentato il ministro degli Esteri Antonio Tajani a margine della riunione in Lussemburgo.

Il via libera è arrivato dopo settimane di trattative, soprattutto con la Germania, preoccupata per le nuove responsabilità delle imprese europee sulle attività delle loro filiali all'estero.

L'Alto rappresentante Josep Borrell ha detto che l'Unione continuerà a lavorare per chiudere le scappatoie che permettono a Mosca di aggirare le sanzioni. Il divieto di trasbordo entrerà in vigore dopo un periodo di transizione di nove mesi, per dare tempo agli operatori di adeguare i contratti.""",
    post="""

RIPRODUZIONE RISERVATA © Copyright ANSA
LEGGI ANCHE: Europei, l'Italia si gioca la qualificazione contro la Croazia
""",
    extra=[("Antonio Tajani", "PER", "il ministro degli Esteri Antonio Tajani"), ("Josep Borrell", "PER", "L'Alto rappresentante Josep Borrell"),
           ("European Union", "ORG", "Ue"), ("European Union", "ORG", "Unione europea")],
    quotes=[Q("Antonio Tajani", "È un passo importante per ridurre le entrate")],
    events=[EV("BRUXELLES, 24 GIU (ANSA) - I ministri degli Esteri", "European Union", "163", "Russia", "2024-06-24")],
)

add_article(
    key="s14-es-warc", fmt="warc", site="diariodelsur", slug="sanciones-gnl-rusia", lang="es", outlet="Diario del Sur",
    story=S14, meta="jsonld", dateline_city="Bruselas", charset="utf-8", date="2024-06-24", time="17:05",
    crawl_date="2024-06-25T03:30:12Z", evidence="JSON-LD datePublished and visible date",
    url="https://www.diariodelsur.es/economia/sanciones-gnl-rusia",
    section="Economía", author="Redacción Economía",
    title="La UE golpea por primera vez el gas natural licuado ruso en su 14º paquete de sanciones",
    standfirst="Los puertos europeos no podrán usarse para reexportar GNL ruso a terceros países.",
    related=["El precio del gas sube un 3 % tras el anuncio", "Vuelta ciclista: la salida será en Lisboa"],
    body="""Los ministros de Asuntos Exteriores de la Unión Europea aprobaron este lunes el decimocuarto paquete de sanciones contra Rusia, que por primera vez afecta al gas natural licuado (GNL) ruso.

La medida principal prohíbe el transbordo de GNL ruso en puertos comunitarios con destino a terceros países, aunque no impide que los Estados miembros sigan importándolo para su propio consumo. España es uno de los países que todavía recibe cargamentos de gas ruso.

El jefe de la diplomacia europea, Josep Borrell, destacó que el paquete también sanciona a buques de la llamada flota fantasma que Rusia utiliza para esquivar el tope al precio del petróleo. "Cada paquete reduce la capacidad de Moscú para pagar esta guerra", dijo.

La aprobación se retrasó varias semanas por las reservas de Alemania sobre la responsabilidad de las empresas matrices por las actividades de sus filiales en el extranjero. La prohibición del transbordo entrará en vigor tras un periodo de transición de nueve meses.""",
    extra=[("Josep Borrell", "PER", "El jefe de la diplomacia europea, Josep Borrell")],
    quotes=[Q("Josep Borrell", "Cada paquete reduce la capacidad de Moscú")],
    events=[EV("Los ministros de Asuntos Exteriores de la Unión Europea aprobaron", "European Union", "163", "Russia", "2024-06-24")],
)

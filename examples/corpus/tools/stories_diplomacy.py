"""Diplomacy stories: two Blinken visits to Kyiv, Riyadh talks, the Oval Office clash, Kallas and Costa in Kyiv.

Written by the dragoman project. Facts (names, offices, dates, places, figures)
follow public record; sentences and quoted wording are the project's own
rendering, not verbatim statements.
"""

from corpuslib import add_article, story, Q, EV

# ---------------------------------------------------------------------------
S1 = story("blinken-kyiv-2023-09-06",
           "US Secretary of State Antony Blinken makes an unannounced visit to Kyiv on 6 September 2023 and "
           "announces more than $1 billion in new US aid, on the day a Russian strike on a market in "
           "Kostiantynivka kills at least 16 people.")

add_article(
    key="bk23-en-wire", fmt="txt", lang="en", outlet="Atlantic Wire Service", story=S1,
    date="2023-09-06", evidence="dateline 'KYIV, Sept 6 (ATW)' and the trailing id ATW-20230906-...",
    title="Blinken arrives in Kyiv with more than $1 billion in new US aid",
    pre="""World | Europe
Blinken arrives in Kyiv with more than $1 billion in new US aid
By ATW staff
3 min read

""",
    body="""KYIV, Sept 6 (ATW) - U.S. Secretary of State Antony Blinken arrived in Kyiv by overnight train on Wednesday on a visit that had not been announced, and said Washington would provide more than $1 billion in fresh assistance to Ukraine.

It is Blinken's third trip to the Ukrainian capital since Russia launched its full-scale invasion in February 2022. He was due to meet President Volodymyr Zelensky, Foreign Minister Dmytro Kuleba and Prime Minister Denys Shmyhal.

The package, a U.S. official told reporters travelling with him, combines military and civilian security assistance with money for humanitarian needs and for the repair of the energy grid before winter.

"We want to make sure that Ukraine has what it needs not only to succeed in the counteroffensive but to sustain a strong defence over the long term," Blinken said at a news conference with Kuleba.

Kuleba thanked the United States and said the talks had focused on air defence. "Air defence remains our number one priority," he said.

Hours before the two men spoke, a Russian missile struck a crowded market in Kostiantynivka, in the Donetsk region, killing at least 16 people, according to Ukrainian officials. Zelensky called the attack deliberate and said those who committed it would be held to account.

The visit comes as Kyiv's counteroffensive in the south and east advances slowly, and as some Republican lawmakers in Washington question the scale of U.S. support.""",
    post="""

(Reporting by the ATW Kyiv bureau; Editing by Laura Pennington)
ATW-20230906-0917-KYV
© Atlantic Wire Service. All rights reserved.
""",
    extra=[("United States", "LOC", "Washington")],
    quotes=[Q("Antony Blinken", "We want to make sure that Ukraine has what it needs"),
            Q("Dmytro Kuleba", "Air defence remains our number one priority")],
    events=[EV("KYIV, Sept 6 (ATW) - U.S. Secretary of State Antony Blinken arrived in Kyiv", "Antony Blinken", "042", "Ukraine", "2023-09-06", place="Kyiv"),
            EV("Hours before the two men spoke, a Russian missile", "Russia", "195", "Ukraine", "2023-09-06", place="Kostiantynivka"),
            EV("The package, a U.S. official told reporters", "United States", "0332", "Ukraine", "2023-09-06")],
)

add_article(
    key="bk23-en-copy1", fmt="txt", lang="en", outlet="Midland Daily Monitor", story=S1, dup="bk23-en-wire",
    original_outlet="Atlantic Wire Service",
    date="2023-09-06", evidence="dateline 'KYIV, Sept 6 (ATW)'",
    title="Blinken arrives in Kyiv with more than $1 billion in new US aid",
    pre="""Home  >  News  >  World
Blinken arrives in Kyiv with more than $1 billion in new US aid
Midland Daily Monitor
Posted: 06 Sep 2023, 11:42
Share  Tweet  Email

""",
    body="""KYIV, Sept 6 (ATW) - U.S. Secretary of State Antony Blinken arrived in Kyiv by overnight train on Wednesday on a visit that had not been announced, and said Washington would provide more than $1 billion in fresh assistance to Ukraine.

It is Blinken's third trip to the Ukrainian capital since Russia launched its full-scale invasion in February 2022. He was due to meet President Volodymyr Zelensky, Foreign Minister Dmytro Kuleba and Prime Minister Denys Shmyhal.

The package, a U.S. official told reporters travelling with him, combines military and civilian security assistance with money for humanitarian needs and for the repair of the energy grid before winter.

"We want to make sure that Ukraine has what it needs not only to succeed in the counteroffensive but to sustain a strong defence over the long term," Blinken said at a news conference with Kuleba.

Kuleba thanked the United States and said the talks had focused on air defence. "Air defence remains our number one priority," he said.

Hours before the two men spoke, a Russian missile struck a crowded market in Kostiantynivka, in the Donetsk region, killing at least 16 people, according to Ukrainian officials. Zelensky called the attack deliberate and said those who committed it would be held to account.""",
    post="""

Copyright Atlantic Wire Service. This story was distributed by a news agency and has not been edited by Midland Daily Monitor staff.

More from World
Flood warnings stay in place across three counties
Ministers promise decision on rail link "within weeks"
Comments (2)
""",
    extra=[("United States", "LOC", "Washington")],
    quotes=[Q("Antony Blinken", "We want to make sure that Ukraine has what it needs"),
            Q("Dmytro Kuleba", "Air defence remains our number one priority")],
    related=["Flood warnings stay in place across three counties"],
)

add_article(
    key="bk23-fr-veilleur", fmt="html", site="leveilleur", slug="blinken-kiev-visite-surprise", lang="fr",
    outlet="Le Veilleur", story=S1, meta="jsonld", date="2023-09-06", time="18:05",
    evidence="JSON-LD datePublished and <time datetime>",
    url="https://www.leveilleur.fr/international/2023/09/06/blinken-kiev-visite-surprise_8812",
    section="International", section_slug="international", author="Claire Dumesnil",
    title="À Kiev, Antony Blinken annonce plus d'un milliard de dollars d'aide et salue « des progrès »",
    standfirst="Le secrétaire d'État américain est arrivé mercredi par le train, le jour où une frappe russe a tué au moins seize personnes dans l'est du pays.",
    caption="Antony Blinken à la gare de Kiev, mercredi 6 septembre 2023. (Photo d'illustration)",
    tags=["Ukraine", "États-Unis", "Diplomatie"],
    related=["Contre-offensive ukrainienne : ce que l'on sait des combats près de Robotyne",
             "Rentrée scolaire : les enseignants face à la pénurie de remplaçants",
             "Céréales : la Roumanie renforce ses contrôles à la frontière",
             "Le prix du gazole repart à la hausse à la pompe"],
    body="""Le chef de la diplomatie américaine est arrivé mercredi 6 septembre à Kiev, au terme d'un voyage en train de nuit qui n'avait pas été annoncé pour des raisons de sécurité. Antony Blinken y a dévoilé une nouvelle enveloppe de plus d'un milliard de dollars en faveur de l'Ukraine.

Cette aide comprend un volet militaire, une part consacrée à la reconstruction du réseau électrique et des fonds humanitaires, a précisé le département d'État. C'est la troisième visite de M. Blinken dans la capitale ukrainienne depuis le début de l'invasion russe.

« Nous voyons des progrès réels dans la contre-offensive, et nous voulons que cet élan se poursuive », a déclaré le secrétaire d'État lors d'une conférence de presse avec son homologue Dmytro Kouleba.

Le ministre ukrainien des affaires étrangères a insisté sur la défense antiaérienne, que Kiev réclame avant l'hiver. Les deux hommes ont également évoqué l'exportation des céréales par la mer Noire, depuis que la Russie s'est retirée de l'accord en juillet.

La visite a été assombrie par une frappe russe sur un marché de Kostiantynivka, dans la région de Donetsk, qui a fait au moins seize morts selon les autorités ukrainiennes. Volodymyr Zelensky a dénoncé une attaque contre des civils « qui faisaient simplement leurs courses ».

Washington reste de loin le premier soutien militaire de Kiev, mais le débat sur la poursuite de l'aide s'intensifie au Congrès à l'approche de l'élection présidentielle de 2024.""",
    extra=[("Antony Blinken", "PER", "Le chef de la diplomatie américaine"),
           ("Antony Blinken", "PER", "le secrétaire d'État"),
           ("Dmytro Kuleba", "PER", "Le ministre ukrainien des affaires étrangères"),
           ("United States", "LOC", "Washington")],
    quotes=[Q("Antony Blinken", "Nous voyons des progrès réels dans la contre-offensive"),
            Q("Volodymyr Zelensky", "qui faisaient simplement leurs courses", fragment=True)],
    events=[EV("Le chef de la diplomatie américaine est arrivé mercredi 6 septembre à Kiev", "Antony Blinken", "042", "Ukraine", "2023-09-06", place="Kyiv"),
            EV("La visite a été assombrie par une frappe russe", "Russia", "195", "Ukraine", "2023-09-06", place="Kostiantynivka"),
            EV("Volodymyr Zelensky a dénoncé une attaque", "Volodymyr Zelensky", "111", "Russia", "2023-09-06")],
)

add_article(
    key="bk23-de-rss", fmt="rss", lang="de", outlet="Weltblick", story=S1, date="2023-09-06", time="14:20",
    evidence="RSS pubDate", url="https://www.weltblick-online.de/ausland/blinken-in-kiew-milliardenhilfe-a-20230906",
    section="Ausland", author="Jonas Reimers",
    title="Blinken in Kiew: USA sagen Ukraine neue Milliardenhilfe zu",
    standfirst="Überraschungsbesuch des US-Außenministers: Washington stellt mehr als eine Milliarde Dollar bereit.",
    related=["Getreideexporte: Kiew sucht neue Routen über die Donau"],
    body="""KIEW, 6. September (dpa) – US-Außenminister Antony Blinken ist zu einem unangekündigten Besuch in der ukrainischen Hauptstadt eingetroffen. Er reiste, wie bei solchen Besuchen üblich, mit dem Nachtzug aus Polen an.

Blinken kündigte in Kiew neue Hilfen im Umfang von mehr als einer Milliarde Dollar an. Das Paket umfasst nach Angaben des US-Außenministeriums Militärhilfe, Mittel für die Energieversorgung und humanitäre Unterstützung. „Wir stehen an der Seite der Ukraine, so lange es nötig ist“, sagte Blinken bei einem Treffen mit Außenminister Dmytro Kuleba.

Am selben Tag schlug eine russische Rakete auf einem Markt in der Stadt Kostjantyniwka im Gebiet Donezk ein. Nach ukrainischen Angaben starben mindestens 16 Menschen. Präsident Wolodymyr Selenskyj verurteilte den Angriff scharf.

Kuleba sagte nach dem Gespräch, die Ukraine brauche vor allem mehr Flugabwehr, um Städte und Kraftwerke im kommenden Winter zu schützen. Beide Minister sprachen auch über den Export von Getreide, nachdem Russland im Juli das Abkommen über sichere Transporte im Schwarzen Meer aufgekündigt hatte.

Die ukrainische Gegenoffensive kommt seit dem Frühsommer nur langsam voran. In Washington wächst zugleich der Druck aus Teilen der Republikaner, die Hilfen zu begrenzen.""",
    extra=[("United States", "LOC", "Washington")],
    quotes=[Q("Antony Blinken", "Wir stehen an der Seite der Ukraine")],
    events=[EV("Blinken kündigte in Kiew neue Hilfen", "Antony Blinken", "0332", "Ukraine", "2023-09-06", place="Kyiv"),
            EV("Am selben Tag schlug eine russische Rakete", "Russia", "195", "Ukraine", "2023-09-06", place="Kostiantynivka"),
            EV("Präsident Wolodymyr Selenskyj verurteilte den Angriff", "Volodymyr Zelensky", "111", "Russia", "2023-09-06")],
)

# ---------------------------------------------------------------------------
S2 = story("blinken-kyiv-2024-05-14",
           "Antony Blinken visits Kyiv on 14-15 May 2024, days after Russia opens an offensive near Kharkiv: he "
           "says the newly passed US aid is arriving, speaks at the Kyiv Polytechnic Institute and announces "
           "$2 billion in defence financing.")

add_article(
    key="bk24-en-ledger", fmt="html", site="harbourledger", slug="blinken-kyiv-aid-arriving", lang="en",
    outlet="The Harbour Ledger", story=S2, meta="url", date="2024-05-14", precision="day",
    evidence="only the URL path /2024/05/14/ (no meta date, no visible date)",
    url="https://www.harbourledger.co.uk/world/2024/05/14/blinken-kyiv-aid-arriving",
    section="World", author="Tom Ashworth",
    title="Blinken in Kyiv: 'Help is on the way' as Russia presses near Kharkiv",
    related=["Kharkiv offensive: why Russia has opened a new front in the north",
             "Ferry operator adds summer crossings to Roscoff",
             "Local council backs plan for a new cycle lane on the quay",
             "Opinion: the long wait for Congress has cost Ukraine dearly"],
    comments=[("quayside_pete", "Took them six months to pass the bill. Too late for some."),
              ("M. Okafor", "Good to see the aid finally moving.")],
    body="""KYIV — Antony Blinken arrived in the Ukrainian capital on Tuesday on his fourth visit since the start of the full-scale war, bringing a message that weapons from the long-delayed American aid package were already on their way to the front.

The US Secretary of State travelled by train from Poland. His visit comes less than a week after Russian forces opened a new offensive across the border towards Kharkiv, Ukraine's second city, and three weeks after Congress finally approved about $61 billion in assistance for Kyiv after months of deadlock.

“Help is on the way,” Blinken said at a meeting with President Volodymyr Zelensky, “some of it has already arrived, and more will arrive.” He added that the assistance would make “a real difference” against Russia's continuing attacks.

Zelensky thanked him for the package but asked for more air defence. Ukraine needs two Patriot systems for the Kharkiv region alone, he told the American delegation.

In a speech to students at the Kyiv Polytechnic Institute, Blinken said Ukraine's future lay in the West and that Washington would stand with it for the long term. Later that evening the secretary of state stepped on stage in a Kyiv bar with a local band and played guitar, a moment that quickly spread on social media and drew criticism from some who found it out of place in wartime.

The State Department said he would hold talks with Foreign Minister Dmytro Kuleba on Wednesday.""",
    extra=[("United States", "LOC", "Washington"), ("Antony Blinken", "PER", "the secretary of state"),
           ("Antony Blinken", "PER", "The US Secretary of State")],
    quotes=[Q("Antony Blinken", "Help is on the way"), Q("Antony Blinken", "some of it has already arrived, and more will arrive"),
            Q("Antony Blinken", "Help is on the way", field="title"),
            Q("Antony Blinken", "a real difference", fragment=True)],
    events=[EV("KYIV — Antony Blinken arrived in the Ukrainian capital", "Antony Blinken", "042", "Ukraine", "2024-05-14", place="Kyiv"),
            EV("Zelensky thanked him for the package but asked for more air defence", "Volodymyr Zelensky", "0232", "United States", "2024-05-14"),
            EV("His visit comes less than a week after Russian forces opened", "Russia", "190", "Ukraine", "2024-05-10", place="Kharkiv")],
)

add_article(
    key="bk24-de-abendpost", fmt="html", site="abendpost", slug="blinken-kiew-gitarre", lang="de",
    outlet="Berliner Abendpost", story=S2, meta="og", charset="iso-8859-1", date="2024-05-15", time="07:12",
    evidence="meta article:published_time and visible date; page in ISO-8859-1",
    url="https://www.abendpost-berlin.de/politik/ausland/blinken-kiew-gitarre-id48812.html",
    section="Politik", kicker="Ukraine-Krieg", author="Katrin Wessel",
    title="Blinken in Kiew: Zwei Milliarden Dollar und ein Auftritt mit Gitarre",
    standfirst="Der US-Außenminister sichert der Ukraine bei seinem Besuch weitere Hilfe zu. Ein Abend in einer Bar sorgt für Diskussionen.",
    caption="US-Außenminister Antony Blinken in Kiew. Foto: Archiv",
    related=["Charkiw: Russische Truppen rücken weiter vor",
             "Berliner Mieten: Senat plant neue Regeln für möblierte Wohnungen",
             "Hertha verliert auch in Düsseldorf"],
    comments=[("Kiezleser", "Die Geste in der Bar fand ich daneben."), ("m.ruhland", "Wichtiger ist, dass die Waffen ankommen.")],
    body="""Der Besuch war aus Sicherheitsgründen nicht angekündigt: US-Außenminister Antony Blinken ist am Dienstag mit dem Zug in Kiew eingetroffen. Es ist bereits seine vierte Reise in die ukrainische Hauptstadt seit Beginn der russischen Großinvasion.

Am Mittwoch kündigte Blinken bei einer Pressekonferenz mit seinem ukrainischen Kollegen Dmytro Kuleba weitere zwei Milliarden Dollar an. Das Geld soll unter anderem in Waffenkäufe und in die ukrainische Rüstungsindustrie fließen. „Wir wollen, dass die Ukraine nicht nur diesen Krieg übersteht, sondern als starkes, unabhängiges Land daraus hervorgeht“, sagte der amerikanische Chefdiplomat.

Kuleba bedankte sich, machte aber deutlich, dass die Lage im Nordosten ernst sei. Russische Truppen waren wenige Tage zuvor in der Region Charkiw über die Grenze vorgestoßen. Die Ukraine brauche dringend weitere Patriot-Systeme, sagte der Außenminister.

Für Aufsehen sorgte ein Abend in einer Kiewer Bar: Blinken griff dort zur Gitarre und spielte mit einer ukrainischen Band einen Rockklassiker. Kritiker in sozialen Netzwerken nannten den Auftritt unpassend, Unterstützer sahen darin ein Zeichen der Verbundenheit.

Der US-Kongress hatte im April nach monatelangem Streit ein Hilfspaket von rund 61 Milliarden Dollar für die Ukraine gebilligt.""",
    extra=[("Antony Blinken", "PER", "der amerikanische Chefdiplomat"), ("Dmytro Kuleba", "PER", "seinem ukrainischen Kollegen"),
           ("United States Congress", "ORG", "US-Kongress")],
    quotes=[Q("Antony Blinken", "Wir wollen, dass die Ukraine nicht nur diesen Krieg übersteht")],
    events=[EV("Am Mittwoch kündigte Blinken bei einer Pressekonferenz", "Antony Blinken", "0332", "Ukraine", "2024-05-15", place="Kyiv"),
            EV("Der Besuch war aus Sicherheitsgründen nicht angekündigt", "Antony Blinken", "042", "Ukraine", "2024-05-14", place="Kyiv"),
            EV("Russische Truppen waren wenige Tage zuvor", "Russia", "190", "Ukraine", "2024-05-10", place="Kharkiv")],
)

add_article(
    key="bk24-es-diario", fmt="html", site="diariodelsur", slug="blinken-kiev-dos-mil-millones", lang="es",
    outlet="Diario del Sur", story=S2, meta="visible", dateline_city="Kiev", date="2024-05-15", time="16:48",
    evidence="visible date only ('Kiev, 15 de mayo de 2024 - 16:48 CEST')",
    section="Internacional", author="Lucía Beltrán",
    title="Blinken promete en Kiev 2.000 millones de dólares para armas y la industria de defensa ucraniana",
    standfirst="El secretario de Estado de EEUU visita Ucrania mientras Rusia avanza en la región de Járkov.",
    related=["Rusia abre un nuevo frente en el norte de Ucrania", "La sequía obliga a restringir el riego en la cuenca del Guadalquivir",
             "El Betis cierra la temporada con una victoria en casa"],
    body="""El secretario de Estado de Estados Unidos, Antony Blinken, anunció este miércoles en Kiev un paquete de 2.000 millones de dólares destinado a la compra de armamento y al fortalecimiento de la industria de defensa de Ucrania.

"Estamos con ustedes hoy y seguiremos con ustedes mañana", dijo Blinken en una rueda de prensa junto al ministro de Exteriores ucraniano, Dmitro Kuleba. El jefe de la diplomacia estadounidense llegó el martes en tren a la capital, en un viaje que no se había anunciado por motivos de seguridad.

La visita coincide con una ofensiva rusa en la región de Járkov, en el noreste del país, iniciada el 10 de mayo. Kuleba pidió a los aliados que entreguen con urgencia más sistemas de defensa antiaérea Patriot para proteger las ciudades.

Según explicó Blinken, parte de la ayuda aprobada en abril por el Congreso, unos 61.000 millones de dólares, ya ha llegado al frente. El presidente Volodímir Zelenski, que recibió al secretario de Estado el martes, agradeció el apoyo pero advirtió de que la situación en el frente sigue siendo muy difícil.

Se trata del cuarto viaje de Blinken a Ucrania desde la invasión rusa de febrero de 2022.""",
    extra=[("Antony Blinken", "PER", "El jefe de la diplomacia estadounidense"), ("Antony Blinken", "PER", "al secretario de Estado"),
           ("Dmytro Kuleba", "PER", "ministro de Exteriores ucraniano")],
    quotes=[Q("Antony Blinken", "Estamos con ustedes hoy y seguiremos con ustedes mañana")],
    events=[EV("El secretario de Estado de Estados Unidos, Antony Blinken, anunció", "Antony Blinken", "0332", "Ukraine", "2024-05-15", place="Kyiv"),
            EV("Kuleba pidió a los aliados", "Dmytro Kuleba", "0232", None, "2024-05-15"),
            EV("El presidente Volodímir Zelenski, que recibió al secretario de Estado", "Volodymyr Zelensky", "043", "Antony Blinken", "2024-05-14", place="Kyiv")],
)

add_article(
    key="bk24-fr-txt", fmt="txt", lang="fr", outlet="La Tribune du Rhône", story=S2,
    date="2024-05-14", evidence="dateline 'KIEV, 14 mai (ACP) -'",
    title="« L'aide arrive » : à Kiev, le chef de la diplomatie américaine veut rassurer les Ukrainiens",
    pre="""Accueil  International  Europe
« L'aide arrive » : à Kiev, le chef de la diplomatie américaine veut rassurer les...
La Tribune du Rhône
Publié le 14/05/2024 à 12:31 | Mis à jour le 14/05/2024 à 17:02
Temps de lecture : 2 min

""",
    body="""KIEV, 14 mai (ACP) - Le secrétaire d'État américain Antony Blinken est arrivé mardi à Kiev pour une visite non annoncée, la quatrième depuis le début de l'invasion russe, afin d'assurer les Ukrainiens que l'aide militaire votée fin avril par le Congrès commençait à arriver.

Cette visite intervient alors que l'armée russe a lancé le 10 mai une offensive terrestre dans la région de Kharkiv, dans le nord-est de l'Ukraine, où elle a pris plusieurs villages.

« L'aide arrive, une partie est déjà là », a assuré M. Blinken lors d'une rencontre avec le président Volodymyr Zelensky, qui a de nouveau réclamé des systèmes de défense antiaérienne, en particulier deux batteries Patriot pour protéger Kharkiv.

Le chef de la diplomatie américaine doit aussi s'entretenir avec son homologue Dmytro Kouleba. Dans un discours prononcé à l'Institut polytechnique de Kyiv, il a affirmé que l'Ukraine gagnerait « sa place en Europe ».

Washington a longtemps hésité à autoriser l'usage d'armes américaines contre des cibles en territoire russe. Interrogé sur ce point, M. Blinken n'a pas souhaité dire si cette position pourrait évoluer.""",
    post="""

Lire aussi : Kharkiv, la ville qui vit sous les bombes depuis deux ans
Lire aussi : Lyon : la Fête des Lumières confirmée pour décembre
Vous avez aimé cet article ? Partagez-le !
0 commentaire
""",
    extra=[("Antony Blinken", "PER", "Le chef de la diplomatie américaine"), ("Antony Blinken", "PER", "Le secrétaire d'État américain"),
           ("Antony Blinken", "PER", "le chef de la diplomatie américaine"), ("United States", "LOC", "Washington")],
    quotes=[Q("Antony Blinken", "L'aide arrive, une partie est déjà là"),
            Q("Antony Blinken", "sa place en Europe", fragment=True),
            Q("Antony Blinken", "L'aide arrive", field="title")],
    events=[EV("KIEV, 14 mai (ACP) - Le secrétaire d'État américain Antony Blinken est arrivé", "Antony Blinken", "042", "Ukraine", "2024-05-14", place="Kyiv"),
            EV("Interrogé sur ce point, M. Blinken n'a pas souhaité dire", "Antony Blinken", "011", None, "2024-05-14")],
)

# ---------------------------------------------------------------------------
S3 = story("rubio-lavrov-riyadh-2025-02-18",
           "US Secretary of State Marco Rubio and Russian Foreign Minister Sergei Lavrov hold talks in Riyadh on "
           "18 February 2025, without Ukraine, and agree to restore embassy staffing and set up teams to work "
           "on ending the war.")

add_article(
    key="rr-en-jsonl", fmt="jsonl", lang="en", outlet="Eastern Europe Brief", story=S3, date="2025-02-18",
    time="19:40", tz="+00:00", evidence="JSONL field 'published' and the leading 'date 2025-02-18 (EEBRIEF)'",
    url="https://www.easterneuropebrief.com/news/2025/02/18/us-russia-riyadh-talks",
    title="US and Russia agree to restore embassies after Riyadh talks, Ukraine absent",
    pre=" date 2025-02-18 (EEBRIEF) ",
    post="\n\nEEBRIEF18022025000077120334ID1109237711",
    body="""The United States and Russia agreed on Tuesday to restore the staff of their embassies and to name high-level teams to work towards an end of the war in Ukraine, after four and a half hours of talks in Riyadh that Kyiv was not invited to.

Secretary of State Marco Rubio led the American side, joined by national security adviser Mike Waltz and envoy Steve Witkoff. Foreign Minister Sergei Lavrov and Kremlin foreign policy aide Yuri Ushakov represented Moscow. The meeting, hosted by Saudi Arabia, was the first high-level encounter between the two governments since the invasion of February 2022.

Rubio told reporters the talks were a first step and that any settlement would have to be acceptable to all parties. "Ukraine will have to be involved, and so will our European partners," he said.

Lavrov described the discussion as useful. The Russian minister said Moscow had made clear it would not accept troops from NATO countries being deployed in Ukraine, even under another flag.

President Volodymyr Zelensky, speaking in Turkey, said Ukraine would not recognise any agreement reached without it, and postponed a visit to Saudi Arabia planned for the following day.""",
    extra=[("Sergei Lavrov", "PER", "The Russian minister")],
    quotes=[Q("Marco Rubio", "Ukraine will have to be involved")],
    events=[EV("The United States and Russia agreed on Tuesday", "United States", "057", "Russia", "2025-02-18", place="Riyadh"),
            EV("Secretary of State Marco Rubio led the American side", "Marco Rubio", "044", "Sergei Lavrov", "2025-02-18", place="Riyadh"),
            EV("The Russian minister said Moscow had made clear it would not accept", "Sergei Lavrov", "120", "NATO", "2025-02-18"),
            EV("President Volodymyr Zelensky, speaking in Turkey, said Ukraine would not recognise", "Volodymyr Zelensky", "120", "United States", "2025-02-18")],
)

add_article(
    key="rr-fr-veilleur", fmt="html", site="leveilleur", slug="riyad-rubio-lavrov", lang="fr",
    outlet="Le Veilleur", story=S3, meta="url", date="2025-02-18", precision="day",
    evidence="URL path /2025/02/18/ only",
    url="https://www.leveilleur.fr/international/2025/02/18/riyad-rubio-lavrov_10231",
    section="International", section_slug="international", author="Marc-Antoine Vidal",
    title="À Riyad, Washington et Moscou renouent le dialogue sans l'Ukraine",
    standfirst="Marco Rubio et Sergueï Lavrov se sont rencontrés pendant plus de quatre heures en Arabie saoudite.",
    tags=["Russie", "États-Unis", "Ukraine"],
    related=["Les Européens réunis en urgence à l'Élysée après le discours de Munich",
             "Salon de l'agriculture : les éleveurs attendent le président",
             "Carburants : les prix baissent pour la troisième semaine"],
    comments=[("Jean-Luc_75", "Et l'Europe regarde passer les trains..."),
              ("amandine.r", "Négocier sans les Ukrainiens, c'est déjà leur imposer la paix.")],
    body="""Pour la première fois depuis le début de l'invasion de l'Ukraine, les chefs de la diplomatie américaine et russe se sont assis à la même table. Marco Rubio et Sergueï Lavrov ont discuté mardi 18 février pendant plus de quatre heures à Riyad, en Arabie saoudite, en l'absence de tout représentant ukrainien ou européen.

À l'issue de la réunion, les deux parties ont annoncé qu'elles allaient rétablir le fonctionnement normal de leurs ambassades et désigner des équipes chargées de préparer un règlement du conflit. « C'était une conversation utile, nous avons été entendus », s'est félicité le ministre russe.

Le secrétaire d'État américain s'est voulu prudent : « Ce n'est que le début d'un long processus », a-t-il dit, en assurant que l'Ukraine et l'Europe seraient consultées.

À Kiev, l'inquiétude domine. Volodymyr Zelensky a prévenu que son pays ne reconnaîtrait aucun accord conclu « sur l'Ukraine sans l'Ukraine ». La veille, plusieurs dirigeants européens s'étaient réunis à Paris à l'invitation d'Emmanuel Macron pour coordonner leur réponse.

Moscou a par ailleurs rejeté d'avance toute présence de soldats de pays de l'OTAN en Ukraine dans le cadre d'une future force de maintien de la paix.

À Berlin, la cheffe de la diplomatie allemande, Annalena Baerbock, a mis en garde contre une paix « imposée » qui ne ferait qu'encourager de nouvelles agressions.""",
    extra=[("United States", "LOC", "Washington"), ("Sergei Lavrov", "PER", "le ministre russe"), ("Marco Rubio", "PER", "Le secrétaire d'État américain"),
           ("Annalena Baerbock", "PER", "la cheffe de la diplomatie allemande")],
    quotes=[Q("Sergei Lavrov", "C'était une conversation utile"),
            Q("Marco Rubio", "Ce n'est que le début d'un long processus"),
            Q("Volodymyr Zelensky", "sur l'Ukraine sans l'Ukraine", fragment=True),
            Q("Annalena Baerbock", "imposée", fragment=True)],
    events=[EV("Marco Rubio et Sergueï Lavrov ont discuté mardi 18 février", "Marco Rubio", "044", "Sergei Lavrov", "2025-02-18", place="Riyadh"),
            EV("Moscou a par ailleurs rejeté d'avance", "Russia", "120", "NATO", "2025-02-18"),
            EV("La veille, plusieurs dirigeants européens s'étaient réunis à Paris", "Emmanuel Macron", "043", None, "2025-02-17", place="Paris")],
)

add_article(
    key="rr-es-txt", fmt="txt", lang="es", outlet="El Observador Ibérico", story=S3, date="2025-02-18",
    evidence="dateline 'Riad, 18 feb (EFE).-'",
    title="EEUU y Rusia pactan reabrir el diálogo en Riad sin Ucrania en la mesa",
    pre="""Portada > Internacional > Guerra en Ucrania
EEUU y Rusia pactan reabrir el diálogo en Riad sin Ucrania en la mesa
El Observador Ibérico | 18/02/2025
Escuchar noticia

""",
    body="""Riad, 18 feb (EFE).- El secretario de Estado de EEUU, Marco Rubio, y el ministro de Exteriores ruso, Serguéi Lavrov, acordaron este martes en la capital saudí restablecer el personal de sus embajadas y crear equipos de alto nivel para negociar el fin de la guerra en Ucrania.

La reunión, celebrada en el palacio de Diriyah y organizada por Arabia Saudí, duró cerca de cuatro horas y media. Ni Ucrania ni la Unión Europea fueron invitadas.

"Fue una conversación muy útil", declaró Lavrov a la agencia rusa TASS al término del encuentro. Rubio, por su parte, dijo que el objetivo es "un final justo y duradero" y que cualquier acuerdo debe ser aceptable para todas las partes.

El presidente ucraniano, Volodímir Zelenski, aplazó su viaje previsto a Arabia Saudí y recordó que Kiev no aceptará decisiones tomadas a sus espaldas.

En Madrid, el ministro de Asuntos Exteriores, José Manuel Albares, afirmó que "no puede haber una paz en Ucrania sin Ucrania ni sin Europa".""",
    post="""

Noticias relacionadas
Macron reúne en París a los líderes europeos tras el giro de Washington
El precio de la luz baja un 12 % en la primera quincena de febrero
© EFE 2025. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los contenidos.
Comentarios (4)
""",
    extra=[("Sergei Lavrov", "PER", "el ministro de Exteriores ruso"), ("Volodymyr Zelensky", "PER", "El presidente ucraniano")],
    quotes=[Q("Sergei Lavrov", "Fue una conversación muy útil", via="TASS"),
            Q("Marco Rubio", "un final justo y duradero", fragment=True),
            Q("José Manuel Albares", "no puede haber una paz en Ucrania sin Ucrania")],
    events=[EV("Riad, 18 feb (EFE).- El secretario de Estado de EEUU", "Marco Rubio", "057", "Sergei Lavrov", "2025-02-18", place="Riyadh"),
            EV("El presidente ucraniano, Volodímir Zelenski, aplazó su viaje", "Volodymyr Zelensky", "125", "Saudi Arabia", "2025-02-18")],
)

add_article(
    key="rr-de-rss", fmt="rss", lang="de", outlet="Weltblick", story=S3, date="2025-02-18", time="20:15",
    tz="+01:00", evidence="RSS pubDate", url="https://www.weltblick-online.de/ausland/riad-usa-russland-gespraeche-a-20250218",
    section="Ausland", author="Jonas Reimers",
    title="Riad: USA und Russland vereinbaren Rückkehr zu normalen Botschaften",
    standfirst="Erstes Treffen der Außenminister seit Kriegsbeginn – die Ukraine sitzt nicht mit am Tisch.",
    body="""RIAD, 18. Februar (dpa) – Erstmals seit dem russischen Überfall auf die Ukraine haben sich die Außenminister der USA und Russlands zu direkten Gesprächen getroffen. US-Außenminister Marco Rubio und sein russischer Kollege Sergej Lawrow verhandelten in der saudischen Hauptstadt mehr als vier Stunden lang.

Beide Seiten vereinbarten, die Arbeit ihrer Botschaften wieder zu normalisieren und Verhandlungsteams für eine Lösung des Konflikts zu bilden. An dem Treffen nahmen auf amerikanischer Seite auch der Nationale Sicherheitsberater Mike Waltz und der Sondergesandte Steve Witkoff teil, auf russischer Seite Kremlberater Juri Uschakow.

Die Ukraine war nicht eingeladen. Präsident Wolodymyr Selenskyj sagte, sein Land werde keine Ergebnisse anerkennen, die ohne Kiew ausgehandelt würden.

Der Kreml zeigte sich nach dem Treffen zufrieden. Die Gespräche seien ein erster Schritt gewesen, hieß es aus Moskau; über ein Treffen zwischen Wladimir Putin und Donald Trump sei noch nicht entschieden. Saudi-Arabien, das die Runde ausgerichtet hatte, bot an, auch weitere Treffen zu organisieren.

In Berlin warnte Außenministerin Annalena Baerbock davor, über die Köpfe der Ukrainer und Europäer hinweg zu entscheiden. „Ein Diktatfrieden wäre kein Frieden“, sagte die Grünen-Politikerin.""",
    extra=[("Sergei Lavrov", "PER", "sein russischer Kollege")],
    quotes=[Q("Annalena Baerbock", "Ein Diktatfrieden wäre kein Frieden")],
    events=[EV("US-Außenminister Marco Rubio und sein russischer Kollege", "Marco Rubio", "046", "Sergei Lavrov", "2025-02-18", place="Riyadh"),
            EV("Beide Seiten vereinbarten", "United States", "057", "Russia", "2025-02-18"),
            EV("In Berlin warnte Außenministerin Annalena Baerbock", "Annalena Baerbock", "111", "United States", "2025-02-18")],
)

# ---------------------------------------------------------------------------
S4 = story("trump-zelensky-oval-office-2025-02-28",
           "On 28 February 2025 Volodymyr Zelensky's White House meeting with Donald Trump and JD Vance turns into a "
           "public argument in the Oval Office; the minerals agreement is not signed and Zelensky leaves early.")

add_article(
    key="oo-en-atom", fmt="atom", lang="en", outlet="The Harbour Ledger", story=S4, date="2025-02-28", time="21:55",
    tz="+00:00", evidence="Atom published",
    url="https://www.harbourledger.co.uk/world/2025/02/28/oval-office-clash-zelensky-trump",
    title="Oval Office meeting collapses into shouting match as Zelensky leaves without minerals deal",
    standfirst="A meeting meant to seal an economic agreement ended with the Ukrainian president asked to leave the White House.",
    body="""A meeting between Donald Trump and Volodymyr Zelensky that was supposed to end with the signing of an agreement on Ukraine's mineral resources broke down on Friday in an extraordinary public argument in front of the cameras in the Oval Office.

Vice-President JD Vance accused the Ukrainian leader of being disrespectful, and Mr Trump told him he was "gambling with World War Three". Zelensky, who had questioned whether Vladimir Putin could be trusted to respect a ceasefire, tried several times to answer before the exchange was cut short.

The signing ceremony and a planned joint news conference were cancelled. Shortly afterwards the Ukrainian delegation left the White House. Trump wrote on his social network that Zelensky "can come back when he is ready for peace".

In Europe, leaders rushed to show support for Kyiv. Several heads of government, among them those of France, Germany, Spain and Poland, posted messages of solidarity within hours.

Speaking later to an American television channel, Zelensky said he did not think he owed an apology, but that the relationship with the United States could still be repaired.""",
    extra=[("Volodymyr Zelensky", "PER", "the Ukrainian leader"), ("JD Vance", "PER", "Vice-President JD Vance")],
    quotes=[Q("Donald Trump", "gambling with World War Three", fragment=True),
            Q("Donald Trump", "can come back when he is ready for peace")],
    events=[EV("Vice-President JD Vance accused the Ukrainian leader", "JD Vance", "112", "Volodymyr Zelensky", "2025-02-28", place="Oval Office"),
            EV("The signing ceremony and a planned joint news conference were cancelled", "United States", "057", "Ukraine", "2025-02-28", mood="negated"),
            EV("Speaking later to an American television channel, Zelensky said he did not think he owed an apology", "Volodymyr Zelensky", "055", "Donald Trump", "2025-02-28", mood="negated")],
)

add_article(
    key="oo-fr-wire", fmt="txt", lang="fr", outlet="Agence Continentale de Presse", story=S4, date="2025-02-28",
    evidence="dateline 'WASHINGTON, 28 fév (ACP) -' and tracking id ACP-20250228-...",
    title="Clash dans le Bureau ovale : Trump et Vance s'en prennent à Zelensky",
    pre="""ACP - Fil international
Clash dans le Bureau ovale : Trump et Vance s'en prennent à Zelensky
""",
    body="""WASHINGTON, 28 fév (ACP) - La rencontre entre Donald Trump et Volodymyr Zelensky a tourné à l'affrontement verbal vendredi à la Maison Blanche, devant les caméras du monde entier, et l'accord sur les minerais ukrainiens qui devait être signé ne l'a pas été.

Le vice-président JD Vance a reproché au président ukrainien son manque de reconnaissance envers les États-Unis. « Vous jouez avec la troisième guerre mondiale », lui a lancé Donald Trump, selon les propos tenus en direct dans le Bureau ovale.

M. Zelensky a tenté de faire valoir que Vladimir Poutine avait déjà violé de nombreux cessez-le-feu par le passé. La délégation ukrainienne a quitté la Maison Blanche peu après, sans conférence de presse commune.

« Il pourra revenir quand il sera prêt pour la paix », a écrit ensuite le président américain sur son réseau social.

Emmanuel Macron a réagi depuis le Portugal en rappelant qu'« il y a un agresseur, la Russie, et un agressé, l'Ukraine ». D'autres dirigeants européens ont également affiché leur soutien à Kiev.""",
    post="""

ACP-20250228-2214-WAS
bur/mch/jd
""",
    extra=[("Washington", "LOC", "WASHINGTON"), ("Volodymyr Zelensky", "PER", "président ukrainien"), ("Donald Trump", "PER", "le président américain")],
    quotes=[Q("Donald Trump", "Vous jouez avec la troisième guerre mondiale"),
            Q("Donald Trump", "Il pourra revenir quand il sera prêt pour la paix"),
            Q("Emmanuel Macron", "il y a un agresseur, la Russie")],
    events=[EV("Le vice-président JD Vance a reproché", "JD Vance", "111", "Volodymyr Zelensky", "2025-02-28", place="Oval Office"),
            EV("Emmanuel Macron a réagi depuis le Portugal", "Emmanuel Macron", "052", "Ukraine", "2025-02-28"),
            EV("WASHINGTON, 28 fév (ACP) - La rencontre entre Donald Trump", "Donald Trump", "043", "Volodymyr Zelensky", "2025-02-28", place="Oval Office")],
)

add_article(
    key="oo-fr-copy", fmt="txt", lang="fr", outlet="Le Courrier de l'Escaut", story=S4, dup="oo-fr-wire",
    original_outlet="Agence Continentale de Presse", date="2025-02-28",
    evidence="dateline 'WASHINGTON, 28 fév (ACP) -'",
    title="Clash dans le Bureau ovale : Trump et Vance s'en prennent à Zelensky",
    pre="""Accueil > Monde
Clash dans le Bureau ovale : Trump et Vance s'en prennent à Zelensky
Publié le 28/02/2025 à 22h41
Réservé aux abonnés   Offrir cet article

""",
    body="""WASHINGTON, 28 fév (ACP) - La rencontre entre Donald Trump et Volodymyr Zelensky a tourné à l'affrontement verbal vendredi à la Maison Blanche, devant les caméras du monde entier, et l'accord sur les minerais ukrainiens qui devait être signé ne l'a pas été.

Le vice-président JD Vance a reproché au président ukrainien son manque de reconnaissance envers les États-Unis. « Vous jouez avec la troisième guerre mondiale », lui a lancé Donald Trump, selon les propos tenus en direct dans le Bureau ovale.

M. Zelensky a tenté de faire valoir que Vladimir Poutine avait déjà violé de nombreux cessez-le-feu par le passé. La délégation ukrainienne a quitté la Maison Blanche peu après, sans conférence de presse commune.

« Il pourra revenir quand il sera prêt pour la paix », a écrit ensuite le président américain sur son réseau social.

Emmanuel Macron a réagi depuis le Portugal. À Bruxelles, les dirigeants des institutions européennes ont assuré Kiev de leur soutien.""",
    post="""

(Avec ACP)
Dans la même rubrique
Belgique : le gouvernement De Wever présente son accord budgétaire
Tempête : alerte orange sur la côte ce week-end
Vos réactions (11)
""",
    extra=[("Washington", "LOC", "WASHINGTON"), ("Volodymyr Zelensky", "PER", "président ukrainien"), ("Donald Trump", "PER", "le président américain")],
    quotes=[Q("Donald Trump", "Vous jouez avec la troisième guerre mondiale"),
            Q("Donald Trump", "Il pourra revenir quand il sera prêt pour la paix")],
)

add_article(
    key="oo-de-abendpost", fmt="html", site="abendpost", slug="eklat-oval-office", lang="de",
    outlet="Berliner Abendpost", story=S4, meta="jsonld", date="2025-02-28", time="23:30", tz="+01:00",
    evidence="JSON-LD datePublished and meta article:published_time",
    url="https://www.abendpost-berlin.de/politik/ausland/eklat-oval-office-id61290.html",
    section="Politik", kicker="Eklat im Weißen Haus", author="Henrik Sommer",
    title="Eklat im Oval Office: Trump wirft Selenskyj aus dem Weißen Haus",
    standfirst="Statt eines Rohstoffabkommens gibt es Streit vor laufenden Kameras. Berlin reagiert mit Solidarität für Kiew.",
    related=["Bundestagswahl: Merz beginnt Sondierungen mit der SPD", "BVG-Streik legt Busse und Bahnen am Montag lahm",
             "Union Berlin gewinnt Derby"],
    body="""Es sollte ein Termin für die Unterschrift werden, am Ende stand ein diplomatischer Scherbenhaufen: Das Treffen von US-Präsident Donald Trump mit dem ukrainischen Präsidenten Wolodymyr Selenskyj ist am Freitag im Oval Office eskaliert.

Vizepräsident JD Vance warf Selenskyj vor, respektlos zu sein. Trump sagte, Selenskyj sei „nicht in einer guten Position“ und spiele mit dem Leben von Millionen Menschen. Das geplante Abkommen über ukrainische Rohstoffe wurde nicht unterzeichnet, die gemeinsame Pressekonferenz abgesagt.

Der scheidende Bundeskanzler Olaf Scholz schrieb, die Ukraine könne sich auf Deutschland und auf Europa verlassen. Auch CDU-Chef Friedrich Merz, der voraussichtlich nächste Kanzler, stellte sich hinter Kiew: „Wir dürfen in diesem schrecklichen Krieg niemals Angreifer und Opfer verwechseln.“

Für Kiew ist der Ausgang des Treffens ein schwerer Rückschlag. Das Rohstoffabkommen sollte den Vereinigten Staaten Anteile an künftigen Einnahmen aus ukrainischen Bodenschätzen sichern und war in Kiew als Weg gesehen worden, die Amerikaner langfristig an das Land zu binden. Ob die Verhandlungen wieder aufgenommen werden, blieb am Abend offen.

Selenskyj bedankte sich am Abend in mehreren Beiträgen bei den USA für ihre Unterstützung. Eine Entschuldigung lehnte er jedoch ab.""",
    extra=[("Donald Trump", "PER", "US-Präsident Donald Trump"), ("Friedrich Merz", "PER", "CDU-Chef Friedrich Merz")],
    quotes=[Q("Donald Trump", "nicht in einer guten Position", fragment=True),
            Q("Friedrich Merz", "Wir dürfen in diesem schrecklichen Krieg niemals")],
    events=[EV("Vizepräsident JD Vance warf Selenskyj vor", "JD Vance", "112", "Volodymyr Zelensky", "2025-02-28"),
            EV("Das geplante Abkommen über ukrainische Rohstoffe wurde nicht unterzeichnet", "United States", "057", "Ukraine", "2025-02-28", mood="negated"),
            EV("Der scheidende Bundeskanzler Olaf Scholz schrieb", "Olaf Scholz", "052", "Ukraine", "2025-02-28")],
)

add_article(
    key="oo-it-gazzetta", fmt="html", site="gazzetta", slug="scontro-studio-ovale", lang="it",
    outlet="La Gazzetta del Lago", story=S4, meta="og", date="2025-03-01", time="08:10", tz="+01:00",
    evidence="meta article:published_time",
    url="https://www.gazzettadellago.it/esteri/scontro-studio-ovale-zelensky-trump",
    section="Esteri",
    title="Scontro nello Studio Ovale, Zelensky lascia la Casa Bianca senza accordo",
    related=["Como, lavori sul lungolago: cambia la viabilità", "Meteo: weekend di sole sul Lario"],
    body="""Doveva essere il giorno della firma dell'accordo sulle terre rare ucraine, è diventato uno dei momenti più tesi della diplomazia recente. Venerdì sera il presidente americano Donald Trump e il vicepresidente JD Vance hanno attaccato Volodymyr Zelensky davanti alle telecamere nello Studio Ovale.

Trump ha accusato il leader ucraino di non essere grato per l'aiuto ricevuto e di non volere davvero la pace. Zelensky ha lasciato la Casa Bianca in anticipo e la firma è saltata.

La presidente del Consiglio Giorgia Meloni ha proposto un vertice immediato tra Stati Uniti, Europa e alleati. "Ogni divisione dell'Occidente ci rende tutti più deboli", ha scritto in una nota.

L'intesa sui minerali prevedeva un fondo comune alimentato dai futuri ricavi delle risorse naturali ucraine. Per Kiev era anche un modo per legare gli Stati Uniti alla sicurezza del Paese nel lungo periodo. A Washington, diversi esponenti repubblicani hanno difeso il comportamento del presidente, mentre i democratici hanno parlato di una giornata vergognosa per la politica estera americana.

Il ministro degli Esteri Antonio Tajani ha detto che l'Italia continua a sostenere Kiev e che la pace non potrà essere decisa senza l'Ucraina.""",
    extra=[("Washington", "LOC", "Washington"), ("Volodymyr Zelensky", "PER", "il leader ucraino"), ("Donald Trump", "PER", "il presidente americano Donald Trump"),
           ("Antonio Tajani", "PER", "Il ministro degli Esteri Antonio Tajani"), ("Giorgia Meloni", "PER", "La presidente del Consiglio Giorgia Meloni")],
    quotes=[Q("Giorgia Meloni", "Ogni divisione dell'Occidente ci rende tutti più deboli")],
    events=[EV("Trump ha accusato il leader ucraino", "Donald Trump", "112", "Volodymyr Zelensky", "2025-02-28"),
            EV("La presidente del Consiglio Giorgia Meloni ha proposto un vertice", "Giorgia Meloni", "036", "United States", "2025-02-28")],
)

# ---------------------------------------------------------------------------
S5 = story("kallas-costa-kyiv-2024-12-01",
           "On 1 December 2024, their first day in office, EU High Representative Kaja Kallas and European Council "
           "President António Costa travel to Kyiv and meet Volodymyr Zelensky.")

add_article(
    key="kk-en-txt", fmt="txt", lang="en", outlet="Eastern Europe Brief", story=S5, date="2024-12-01",
    evidence="leading 'date 2024-12-01 (EEBRIEF)' and the trailing id EEBRIEF01122024...",
    title=None,
    pre=" date 2024-12-01 (EEBRIEF) ",
    body="""The European Union's new foreign policy chief Kaja Kallas and the new president of the European Council, Antonio Costa, travelled to Kyiv on Sunday, choosing the Ukrainian capital for their very first day in office.

The two officials, who took up their posts on 1 December, were accompanied by the commissioner for enlargement. They were received by President Volodymyr Zelensky, who asked European partners for more air defence systems and for support in his push for an invitation to join NATO.

“From day one of this mandate, the EU stands with Ukraine,” Costa wrote on social media after arriving by train. Kallas, a former Estonian prime minister known for her firm line on Moscow, said that the EU wanted Ukraine to win the war and that everything should be done to make that possible.

The visit takes place weeks before Donald Trump returns to the White House, at a time when European capitals are worried about the future of American support for Kyiv. Diplomats in Brussels say the EU intends to keep its financial help to kyiv flowing whatever Washington decides.

Russia has stepped up its strikes on Ukraine's power grid as winter begins.""",
    post="""

EEBRIEF01122024000112034411ID1108977310
""",
    extra=[("Kaja Kallas", "PER", "new foreign policy chief"), ("António Costa", "PER", "new president of the European Council"),
           ("United States", "LOC", "Washington")],
    exclude=["European Council"],
    quotes=[Q("António Costa", "From day one of this mandate")],
    events=[EV("The European Union's new foreign policy chief Kaja Kallas", "Kaja Kallas", "042", "Ukraine", "2024-12-01", place="Kyiv"),
            EV("They were received by President Volodymyr Zelensky, who asked", "Volodymyr Zelensky", "0232", "European Union", "2024-12-01"),
            EV("Russia has stepped up its strikes", "Russia", "195", "Ukraine", "2024-12-01")],
)

add_article(
    key="kk-fr-escaut", fmt="html", site="escaut", slug="kallas-costa-kiev", lang="fr",
    outlet="Le Courrier de l'Escaut", story=S5, meta="visible", charset="windows-1252", meta_http_equiv=True,
    date="2024-12-01", time="16:20", evidence="visible date 'Publié le 01/12/2024 à 16h20' only; page in windows-1252",
    section="Monde",
    title="Pour leur premier jour, Kaja Kallas et António Costa choisissent Kiev",
    standfirst="Les nouveaux responsables européens ont été reçus par Volodymyr Zelensky.",
    related=["L'hiver sera long pour le réseau électrique ukrainien", "Tournai : le marché de Noël ouvre vendredi",
             "Charleroi-Anderlecht : les supporters appelés au calme"],
    body="""Ils n'ont pas attendu : le jour même de leur entrée en fonction, dimanche 1er décembre, la nouvelle haute représentante de l'Union européenne pour les affaires étrangères, l'Estonienne Kaja Kallas, et le nouveau président du Conseil européen, le Portugais António Costa, se sont rendus à Kiev.

Arrivés en train, les deux responsables ont été accueillis par le président Volodymyr Zelensky. Celui-ci a réclamé davantage de systèmes de défense aérienne et a redit son souhait d'une invitation à rejoindre l'OTAN.

« Nous sommes là pour dire que l'Europe ne laissera pas tomber l'Ukraine », a déclaré Mme Kallas, qui succède à l'Espagnol Josep Borrell. L'ancienne Première ministre estonienne a ajouté que l'Union soutiendrait Kiev « aussi longtemps qu'il le faudra ».

Ce déplacement, très symbolique, intervient à sept semaines du retour de Donald Trump à la Maison Blanche. À Bruxelles, de nombreux diplomates redoutent que les États-Unis réduisent leur aide et que le poids du soutien à l'Ukraine retombe sur les Européens.""",
    extra=[("Kaja Kallas", "PER", "la nouvelle haute représentante de l'Union européenne pour les affaires étrangères"),
           ("António Costa", "PER", "le nouveau président du Conseil européen"), ("Kaja Kallas", "PER", "Mme Kallas")],
    exclude=["European Council"],
    quotes=[Q("Kaja Kallas", "Nous sommes là pour dire que l'Europe"),
            Q("Kaja Kallas", "aussi longtemps qu'il le faudra", fragment=True)],
    events=[EV("Ils n'ont pas attendu", "Kaja Kallas", "042", "Ukraine", "2024-12-01", place="Kyiv"),
            EV("Celui-ci a réclamé davantage de systèmes de défense aérienne", "Volodymyr Zelensky", "0232", "European Union", "2024-12-01")],
)

add_article(
    key="kk-de-warc", fmt="warc", site="abendpost", slug="kallas-costa-kiew", lang="de", outlet="Berliner Abendpost",
    story=S5, meta="og", charset="utf-8", date="2024-12-01", time="13:05", tz="+01:00", crawl_date="2024-12-02T04:11:09Z",
    evidence="meta article:published_time",
    url="https://www.abendpost-berlin.de/politik/ausland/kallas-costa-kiew-id58120.html",
    section="Politik", kicker="EU", author="Katrin Wessel",
    title="Erster Arbeitstag in Kiew: Kallas und Costa sichern Ukraine Unterstützung zu",
    standfirst="Die neue EU-Außenbeauftragte und der neue Ratspräsident reisen noch am Tag ihres Amtsantritts in die Ukraine.",
    related=["Stromausfälle: Russland greift erneut ukrainische Kraftwerke an", "Weihnachtsmärkte in Berlin: Mehr Sicherheit am Breitscheidplatz"],
    body="""Kaja Kallas und António Costa haben ihre Amtszeit mit einem Besuch in Kiew begonnen. Die neue EU-Außenbeauftragte und der neue Präsident des Europäischen Rates trafen am Sonntag mit dem Zug in der ukrainischen Hauptstadt ein.

Präsident Wolodymyr Selenskyj empfing die beiden und bat um zusätzliche Luftabwehr und um Unterstützung bei seinem Wunsch nach einer Einladung in die Nato. Die Ukraine brauche Sicherheitsgarantien, bevor über Verhandlungen mit Russland gesprochen werden könne, sagte er.

„Die Europäische Union wird der Ukraine weiterhin helfen, militärisch wie finanziell“, sagte Kallas, die zuvor Regierungschefin Estlands war. Costa betonte, die EU stehe vom ersten Tag seiner Amtszeit an fest an Kiews Seite.

Russland hat seine Angriffe auf das ukrainische Energienetz mit Beginn des Winters verstärkt. In vielen Regionen des Landes gibt es stundenweise geplante Stromabschaltungen. Die EU hat angekündigt, beim Wiederaufbau der Kraftwerke und bei der Lieferung von Generatoren zu helfen.

Die Reise gilt als politisches Signal wenige Wochen vor der Rückkehr Donald Trumps ins Weiße Haus.""",
    extra=[("Kaja Kallas", "PER", "Die neue EU-Außenbeauftragte"), ("António Costa", "PER", "der neue Präsident des Europäischen Rates")],
    quotes=[Q("Kaja Kallas", "Die Europäische Union wird der Ukraine weiterhin helfen")],
    events=[EV("Präsident Wolodymyr Selenskyj empfing die beiden", "Volodymyr Zelensky", "043", "Kaja Kallas", "2024-12-01", place="Kyiv"),
            EV("„Die Europäische Union wird der Ukraine weiterhin helfen", "Kaja Kallas", "0332", "Ukraine", "2024-12-01")],
)

add_article(
    key="bk23-en-copy2", fmt="html", site="harbourledger", slug="blinken-kyiv-billion-aid", lang="en",
    outlet="The Harbour Ledger", story=S1, dup="bk23-en-wire", original_outlet="Atlantic Wire Service",
    meta="og", date="2023-09-06", time="13:15", tz="+01:00",
    evidence="meta article:published_time and visible date",
    url="https://www.harbourledger.co.uk/world/2023/09/06/blinken-kyiv-billion-aid",
    section="World", author="Atlantic Wire Service",
    title="Blinken makes surprise Kyiv visit, pledges over $1bn in aid",
    related=["Harbour ferry timetable changes from next week", "Kyiv's counteroffensive: a map of the front",
             "School term starts with teacher shortages"],
    body="""KYIV, Sept 6 (ATW) - U.S. Secretary of State Antony Blinken arrived in Kyiv by overnight train on Wednesday on a visit that had not been announced, and said Washington would provide more than $1 billion in fresh assistance to Ukraine.

It is Blinken's third trip to the Ukrainian capital since Russia launched its full-scale invasion in February 2022. He was due to meet President Volodymyr Zelensky, Foreign Minister Dmytro Kuleba and Prime Minister Denys Shmyhal.

The package, a U.S. official said, combines military and civilian security assistance with money for humanitarian needs and for the repair of the energy grid before winter.

"We want to make sure that Ukraine has what it needs not only to succeed in the counteroffensive but to sustain a strong defence over the long term," Blinken said at a news conference with Kuleba.

Kuleba thanked the United States and said the talks had focused on air defence. "Air defence remains our number one priority," he said.

Hours before the two men spoke, a Russian missile struck a crowded market in Kostiantynivka, in the Donetsk region, killing at least 16 people, according to Ukrainian officials. Zelensky called the attack deliberate and said those who committed it would be held to account.

The visit comes as Kyiv's counteroffensive in the south and east advances slowly.""",
    extra=[("United States", "LOC", "Washington")],
    quotes=[Q("Antony Blinken", "We want to make sure that Ukraine has what it needs"),
            Q("Dmytro Kuleba", "Air defence remains our number one priority")],
)

"""War stories: two drone strikes on the Ryazan refinery a year apart, Zelensky in Madrid, four leaders in Kyiv,
the Scholz-Putin call.

Written by the dragoman project. Facts follow public record; sentences and
quoted wording are the project's own rendering, not verbatim statements.
"""

from corpuslib import add_article, story, Q, EV

# ---------------------------------------------------------------------------
R1 = story("ryazan-refinery-strike-2024-03-13",
           "Ukrainian drones hit the Rosneft oil refinery in Ryazan on 13 March 2024, starting a fire, part of a "
           "wave of Ukrainian strikes on Russian refineries days before Russia's presidential election.")

add_article(
    key="ry24-en-ledger", fmt="html", site="harbourledger", slug="ryazan-refinery-drone-fire", lang="en",
    outlet="The Harbour Ledger", story=R1, meta="og", date="2024-03-13", time="11:20", tz="+00:00",
    evidence="meta article:published_time and visible date",
    url="https://www.harbourledger.co.uk/world/2024/03/13/ryazan-refinery-drone-fire",
    section="World", author="Tom Ashworth",
    title="Drones set Russian refinery in Ryazan on fire as Ukraine widens its campaign",
    caption="Smoke rising over an industrial site (file picture).",
    related=["Oil prices edge higher on supply worries", "Harbour pilots vote to accept pay offer",
             "Explainer: why Kyiv is targeting Russia's refineries"],
    body="""A fire broke out at one of Russia's largest oil refineries in the city of Ryazan on Wednesday after it was hit by drones, the regional governor said, in the latest of a series of long-range Ukrainian attacks on Russian energy sites.

Pavel Malkov, the governor of the Ryazan region, wrote on Telegram that a drone attack had caused a fire at the plant, which belongs to the state oil company Rosneft, and that people had been injured. Emergency services were working at the site, he said.

The refinery lies about 200 kilometres south-east of Moscow. Russia's defence ministry said its air defences had destroyed dozens of drones overnight over several regions, including near the capital.

A source in Ukraine's security services told Reuters that the strike was a Ukrainian operation and that such attacks would continue. “Every refinery that feeds the Russian war machine is a legitimate target,” the source said.

Ukraine has hit a string of Russian refineries since January, forcing several to halt some of their units. The strikes come days before Russia's presidential election, which is expected to hand Vladimir Putin another six-year term.

Officials in Washington have privately urged Kyiv to stop hitting Russian oil infrastructure, warning that the attacks could push up world energy prices, according to reports in the American press.""",
    extra=[("United States", "LOC", "Washington"), ("Pavel Malkov", "PER", "the governor of the Ryazan region")],
    quotes=[Q("Ukrainian security source (anonymous)", "Every refinery that feeds the Russian war machine", via="Reuters")],
    events=[EV("A fire broke out at one of Russia's largest oil refineries", "Ukraine", "195", "Rosneft", "2024-03-13", place="Ryazan"),
            EV("A source in Ukraine's security services told Reuters", "Security Service of Ukraine", "015", None, "2024-03-13"),
            EV("Officials in Washington have privately urged Kyiv", "United States", "020", "Ukraine", "2024-03-13")],
)

add_article(
    key="ry24-fr-txt", fmt="txt", lang="fr", outlet="Le Petit Journal de l'Est", story=R1, date="2024-03-13",
    evidence="dateline 'MOSCOU, 13 mars (AFP) -'",
    title="Russie : une raffinerie de Riazan en feu après une attaque de drones ukrainiens",
    pre="""Accueil » Monde » Europe » Russie : une raffinerie de Riazan en feu après une attaque de drones ukrainiens
Monde
Russie : une raffinerie de Riazan en feu après une attaque de drones ukrainiens
Par Le Petit Journal de l'Est avec AFP
Le 13 mars 2024 à 10h02

""",
    body="""MOSCOU, 13 mars (AFP) - Une raffinerie de pétrole de la ville russe de Riazan, au sud-est de Moscou, a pris feu mercredi à la suite d'une attaque de drones, a annoncé le gouverneur régional Pavel Malkov.

« Une attaque de drones a visé la raffinerie de Riazan, un incendie s'est déclaré », a écrit le gouverneur sur Telegram, faisant état de blessés. Le site appartient au géant pétrolier public Rosneft et compte parmi les plus importants du pays.

Le ministère russe de la Défense a affirmé avoir abattu plusieurs dizaines de drones ukrainiens pendant la nuit dans différentes régions. Kiev ne commente généralement pas ce type d'opérations, mais une source au sein des services de sécurité ukrainiens a revendiqué la frappe auprès de plusieurs médias.

Depuis le début de l'année, l'Ukraine multiplie les attaques contre les infrastructures pétrolières russes, qu'elle considère comme des cibles militaires légitimes parce qu'elles financent l'effort de guerre de Moscou.

Ces frappes interviennent à quelques jours de l'élection présidentielle russe, prévue du 15 au 17 mars, que Vladimir Poutine devrait remporter sans opposition réelle.""",
    post="""

Sur le même sujet
Guerre en Ukraine : Kiev réclame des obus « d'urgence »
Municipales partielles : le maire sortant réélu dès le premier tour
Cet article vous a-t-il été utile ?  Oui  Non
""",
    extra=[("Pavel Malkov", "PER", "le gouverneur régional Pavel Malkov")],
    quotes=[Q("Pavel Malkov", "Une attaque de drones a visé la raffinerie de Riazan")],
    events=[EV("MOSCOU, 13 mars (AFP) - Une raffinerie de pétrole", "Ukraine", "195", "Rosneft", "2024-03-13", place="Ryazan"),
            EV("Le ministère russe de la Défense a affirmé avoir abattu", "Russian Ministry of Defence", "190", "Ukraine", "2024-03-13")],
)

add_article(
    key="ry24-de-rss", fmt="rss", lang="de", outlet="Weltblick", story=R1, date="2024-03-13", time="09:48",
    tz="+01:00", evidence="RSS pubDate",
    url="https://www.weltblick-online.de/ausland/rjasan-raffinerie-drohnen-a-20240313",
    section="Ausland", author="Paula Lenz",
    title="Drohnenangriff: Brand in Ölraffinerie im russischen Rjasan",
    standfirst="Die Ukraine setzt ihre Angriffe auf russische Energieanlagen fort.",
    related=["Ölpreis steigt nach Angriffen auf russische Raffinerien"],
    body="""MOSKAU, 13. März (dpa) – Nach einem Drohnenangriff ist in einer der größten Ölraffinerien Russlands in der Stadt Rjasan ein Feuer ausgebrochen. Das teilte Gouverneur Pawel Malkow am Mittwochmorgen mit. Es gebe Verletzte, schrieb er auf Telegram.

Die Anlage gehört dem Staatskonzern Rosneft und liegt rund 200 Kilometer südöstlich von Moskau. Das russische Verteidigungsministerium meldete, in der Nacht seien Dutzende ukrainische Drohnen über mehreren Regionen abgefangen worden.

Die Ukraine hat in den vergangenen Wochen wiederholt Raffinerien in Russland angegriffen. Kiew sieht die Anlagen als legitime Ziele, weil sie die russische Armee mit Treibstoff versorgen. Offiziell äußert sich die ukrainische Führung zu solchen Angriffen meist nicht.

Die Angriffe fallen in die Tage vor der Präsidentenwahl in Russland vom 15. bis 17. März. Beobachter rechnen mit einem klaren Sieg von Kremlchef Wladimir Putin, echte Gegenkandidaten sind nicht zugelassen.

Die US-Regierung soll Kiew nach Medienberichten gedrängt haben, auf solche Angriffe zu verzichten, weil sie steigende Energiepreise fürchtet. Öffentlich bestätigt wurde das nicht.""",
    extra=[("Vladimir Putin", "PER", "Kremlchef Wladimir Putin"), ("Russian Ministry of Defence", "ORG", "russische Verteidigungsministerium"),
           ("United States", "LOC", "US-Regierung")],
    events=[EV("MOSKAU, 13. März (dpa) – Nach einem Drohnenangriff", "Ukraine", "195", "Rosneft", "2024-03-13", place="Ryazan"),
            EV("Die US-Regierung soll Kiew nach Medienberichten gedrängt haben", "United States", "020", "Ukraine", "2024-03")],
)

add_article(
    key="ry24-es-jsonl", fmt="jsonl", lang="es", outlet="El Observador Ibérico", story=R1, date="2024-03-13",
    time="12:05", tz="+01:00", evidence="JSONL field 'published'",
    url="https://www.observadoriberico.es/internacional/20240313/drones-refineria-riazan",
    title="Drones ucranianos incendian una refinería de Rosneft en Riazán",
    body="""Moscú, 13 mar (EFE).- Un ataque con drones provocó este miércoles un incendio en la refinería de petróleo de Riazán, una de las mayores de Rusia, según informó el gobernador de la región, Pável Malkov, que habló de varios heridos.

La planta, propiedad de la petrolera estatal Rosneft, se encuentra a unos 200 kilómetros al sureste de Moscú. El Ministerio de Defensa ruso aseguró haber derribado durante la noche decenas de aparatos no tripulados lanzados por Ucrania contra varias regiones.

Ucrania ha atacado en las últimas semanas varias refinerías rusas con drones de largo alcance. Las autoridades de Kiev no suelen reconocer oficialmente estas operaciones, aunque fuentes de los servicios de seguridad ucranianos han confirmado a la prensa algunas de ellas.

"Estas instalaciones abastecen de combustible al ejército ruso y por eso son objetivos legítimos", dijo una fuente de la inteligencia ucraniana citada por medios locales.

Los ataques se producen en vísperas de las elecciones presidenciales rusas, que se celebrarán del 15 al 17 de marzo y en las que Vladímir Putin aspira a un nuevo mandato de seis años.""",
    extra=[("Pavel Malkov", "PER", "Pável Malkov"), ("Russian Ministry of Defence", "ORG", "Ministerio de Defensa ruso")],
    quotes=[Q("Ukrainian intelligence source (anonymous)", "Estas instalaciones abastecen de combustible")],
    events=[EV("Moscú, 13 mar (EFE).- Un ataque con drones", "Ukraine", "195", "Rosneft", "2024-03-13", place="Ryazan")],
)

# ---------------------------------------------------------------------------
R2 = story("ryazan-refinery-strike-2025-01-24",
           "Overnight into 24 January 2025 Ukrainian drones strike the Ryazan oil refinery and a nearby power "
           "plant; Ukraine's General Staff claims the attack and the governor reports a fire.")

add_article(
    key="ry25-en-atom", fmt="atom", lang="en", outlet="The Harbour Ledger", story=R2, date="2025-01-24", time="10:05",
    tz="+00:00", evidence="Atom published",
    url="https://www.harbourledger.co.uk/world/2025/01/24/ukraine-strikes-ryazan-refinery-again",
    title="Ukraine says it hit Ryazan refinery and power station in overnight drone raid",
    standfirst="Less than a year after an earlier attack, drones again target the Rosneft plant south-east of Moscow.",
    body="""Ukraine's military said on Friday that its drones had struck an oil refinery and a power station in Russia's Ryazan region overnight, returning to a plant it first hit in March last year.

The General Staff of Ukraine's armed forces said fires had been recorded at the refinery, which is operated by Rosneft and supplies fuel to Russian troops. It said the nearby thermal power plant had also been targeted.

Ryazan's governor, Pavel Malkov, confirmed that debris from a downed drone had caused a fire on the territory of an industrial enterprise, without naming it.

Russia's defence ministry said it had shot down dozens of Ukrainian drones overnight over several regions. The figures could not be independently verified.

The attack came days after Donald Trump returned to the White House promising to end the war quickly. Kyiv has kept up its long-range campaign against Russian energy sites throughout the winter, arguing that they feed Moscow's war effort. "We will continue to reduce the enemy's ability to wage war," the General Staff said in a statement.""",
    extra=[("Pavel Malkov", "PER", "Ryazan's governor, Pavel Malkov")],
    exclude=[],
    quotes=[Q("General Staff of the Armed Forces of Ukraine", "We will continue to reduce the enemy's ability")],
    events=[EV("Ukraine's military said on Friday that its drones had struck", "Ukraine", "195", "Rosneft", "2025-01-24", place="Ryazan"),
            EV("Russia's defence ministry said it had shot down", "Russian Ministry of Defence", "190", "Ukraine", "2025-01-24")],
)

add_article(
    key="ry25-es-diario", fmt="html", site="diariodelsur", slug="ucrania-ataca-riazan-enero", lang="es",
    outlet="Diario del Sur", story=R2, meta="jsonld", dateline_city="Kiev", date="2025-01-24", time="13:22",
    tz="+01:00", evidence="JSON-LD datePublished and visible date",
    url="https://www.diariodelsur.es/internacional/ucrania-ataca-riazan-enero",
    section="Internacional", author="Redacción Internacional",
    title="Ucrania vuelve a atacar con drones la refinería rusa de Riazán",
    standfirst="El Estado Mayor ucraniano asegura haber alcanzado también una central eléctrica.",
    related=["Trump promete acabar con la guerra en Ucrania", "Temporal de viento: aviso naranja en el litoral",
             "La Liga: el Sevilla empata en el último minuto"],
    body="""El Estado Mayor ucraniano afirmó este viernes que sus drones atacaron durante la noche la refinería de petróleo de Riazán, en el oeste de Rusia, así como una central térmica situada en la misma región.

Es la segunda vez en menos de un año que la planta de la petrolera Rosneft es alcanzada: en marzo de 2024 un ataque similar provocó un incendio en sus instalaciones.

El gobernador de Riazán, Pável Malkov, informó de un incendio en "una empresa industrial" causado por la caída de restos de un dron, sin precisar de qué instalación se trataba.

Desde Kiev, un portavoz militar explicó que la refinería abastece a las fuerzas rusas y que por ello constituye un objetivo militar. Moscú, por su parte, denunció lo que calificó de ataque terrorista contra infraestructura civil.

El ataque se produce pocos días después de la investidura de Donald Trump, que ha prometido poner fin a la guerra con rapidez. Ni Kiev ni Moscú han dado señales de estar dispuestos a detener los combates por ahora.""",
    extra=[("Pavel Malkov", "PER", "Pável Malkov")],
    quotes=[Q("Pavel Malkov", "una empresa industrial", fragment=True)],
    events=[EV("El Estado Mayor ucraniano afirmó este viernes", "General Staff of the Armed Forces of Ukraine", "195", "Rosneft", "2025-01-24", place="Ryazan"),
            EV("Moscú, por su parte, denunció", "Russia", "111", "Ukraine", "2025-01-24"),
            EV("Ni Kiev ni Moscú han dado señales", "Ukraine", "0871", "Russia", "2025-01-24", mood="negated")],
)

add_article(
    key="ry25-fr-txt", fmt="txt", lang="fr", outlet="Le Petit Journal de l'Est", story=R2, date="2025-01-24",
    evidence="dateline 'KIEV, 24 janv. (AFP) -'",
    title="Frappe ukrainienne de drones sur la raffinerie de Riazan, déjà visée en 2024",
    pre="""Accueil » Monde » Europe
Frappe ukrainienne de drones sur la raffinerie de Riazan, déjà visée en 2024
Monde
Le 24 janvier 2025 à 11h47
Écouter cet article

""",
    body="""KIEV, 24 janv. (AFP) - L'armée ukrainienne a revendiqué vendredi une frappe de drones contre la raffinerie de pétrole de Riazan, dans l'ouest de la Russie, ainsi que contre une centrale électrique voisine, dix mois après une première attaque contre le même site.

« Un incendie a été enregistré sur le territoire de la raffinerie », a indiqué l'état-major ukrainien dans un communiqué, précisant que l'installation alimente l'armée russe en carburant.

Le gouverneur de la région, Pavel Malkov, a fait état d'un incendie dans une entreprise industrielle après la chute de débris de drone, sans nommer le site.

Selon le ministère russe de la Défense, des dizaines de drones ont été interceptés pendant la nuit au-dessus de plusieurs régions. Ces chiffres ne peuvent pas être vérifiés de manière indépendante.

Ces frappes surviennent quelques jours après le retour de Donald Trump à la Maison Blanche. Le nouveau président américain a menacé la Russie de nouvelles sanctions si Moscou refusait de négocier la fin de la guerre.""",
    post="""

Lire aussi : Énergie : l'Ukraine frappe de plus en plus loin en territoire russe
Lire aussi : Météo : retour du froid sec sur l'Est ce week-end
Partager sur :  Facebook  X  WhatsApp
""",
    extra=[("Pavel Malkov", "PER", "Le gouverneur de la région, Pavel Malkov"), ("Donald Trump", "PER", "Le nouveau président américain")],
    quotes=[Q("General Staff of the Armed Forces of Ukraine", "Un incendie a été enregistré sur le territoire")],
    events=[EV("KIEV, 24 janv. (AFP) - L'armée ukrainienne a revendiqué", "Ukraine", "195", "Rosneft", "2025-01-24", place="Ryazan"),
            EV("Le nouveau président américain a menacé la Russie", "Donald Trump", "1312", "Russia", "2025-01-22"),
            EV("Le nouveau président américain a menacé la Russie", "Donald Trump", "163", "Russia", None, mood="hypothetical")],
)

add_article(
    key="ry25-de-warc", fmt="warc", site="harbourledger", slug="ryazan-refinery-repeat", lang="en",
    outlet="The Harbour Ledger", story=R2, meta="url", charset="utf-8", date="2025-01-24",
    crawl_date="2025-01-24T18:40:02Z", evidence="URL path /2025/01/24/ only",
    url="https://www.harbourledger.co.uk/business/2025/01/24/ryazan-refinery-markets",
    section="Business", author="Priya Raman",
    title="Refinery strikes: what the latest Ryazan attack means for fuel markets",
    related=["Pound steadies ahead of Bank of England decision", "Port volumes rise for third month in a row"],
    body="""Ukraine's overnight drone strike on the Ryazan oil refinery, one of the largest in central Russia, is the latest reminder that Russian fuel production has become a front line in the war.

The plant, run by Rosneft, was first set on fire by Ukrainian drones in March 2024. On Friday Ukraine's General Staff said it had hit it again, together with a power station in the same region.

Analysts say the attacks have repeatedly knocked primary processing units offline for weeks at a time, forcing Russia to import petrol from Belarus at times and to impose temporary export bans on gasoline.

"The damage is usually repaired, but each strike costs weeks of output and a lot of money," said one energy analyst in London who follows the Russian market. Markets barely reacted on Friday: crude prices were more sensitive to signals from the new administration in Washington about sanctions on Russian oil.

Russian officials describe the attacks as terrorism. Kyiv argues that the refineries feed the army that is attacking Ukrainian cities, and has said it does not need Western permission to use its own long-range drones.""",
    extra=[("United States", "LOC", "Washington")],
    quotes=[Q("energy analyst in London (anonymous)", "The damage is usually repaired")],
    events=[EV("On Friday Ukraine's General Staff said it had hit it again", "General Staff of the Armed Forces of Ukraine", "195", "Rosneft", "2025-01-24", place="Ryazan"),
            EV("Russian officials describe the attacks as terrorism", "Russia", "112", "Ukraine", "2025-01-24")],
)

# ---------------------------------------------------------------------------
M = story("zelensky-madrid-security-2024-05-27",
          "Volodymyr Zelensky visits Madrid on 27 May 2024 and signs a bilateral security agreement with Spanish "
          "Prime Minister Pedro Sánchez, who pledges 1 billion euros of military aid for 2024.")

add_article(
    key="md-es-diario", fmt="html", site="diariodelsur", slug="zelenski-sanchez-acuerdo-seguridad", lang="es",
    outlet="Diario del Sur", story=M, meta="visible", dateline_city="Madrid", date="2024-05-27", time="18:42",
    evidence="visible date only",
    section="España", author="Álvaro Montes",
    title="Sánchez y Zelenski firman en Madrid un acuerdo de seguridad con 1.000 millones en ayuda militar",
    standfirst="El presidente ucraniano realiza su primera visita oficial a España desde la invasión rusa.",
    caption="Pedro Sánchez recibe a Volodímir Zelenski en el Palacio de la Moncloa.",
    related=["Albares: el reconocimiento de Palestina se aprobará el martes", "Ola de calor: primeros 40 grados en el valle del Guadalquivir",
             "El Real Madrid prepara la final de la Champions en Londres"],
    comments=[("pepe_77", "Bien por el Gobierno."), ("LauraG", "¿Y qué pasa con la defensa aérea de nuestras ciudades?")],
    body="""El presidente del Gobierno, Pedro Sánchez, y el presidente de Ucrania, Volodímir Zelenski, firmaron este lunes en el Palacio de la Moncloa un acuerdo bilateral de seguridad por el que España se compromete a entregar 1.000 millones de euros en ayuda militar a Ucrania durante 2024.

Se trata de la primera visita oficial de Zelenski a Madrid desde el comienzo de la invasión rusa en febrero de 2022. El mandatario ucraniano fue recibido también por el rey Felipe VI en el Palacio Real.

"España seguirá al lado de Ucrania todo el tiempo que sea necesario", aseguró Sánchez en la rueda de prensa conjunta. El jefe del Ejecutivo detalló que el paquete incluye misiles para los sistemas de defensa antiaérea Patriot, carros de combate Leopard y munición.

Zelenski agradeció el apoyo y pidió a los aliados que aceleren las entregas. "Nuestro principal problema es la defensa aérea; Rusia está destruyendo nuestras centrales eléctricas", explicó.

El acuerdo, con una vigencia de diez años, sigue el modelo de los firmados por Kiev con Alemania, Francia, Reino Unido e Italia, entre otros. El ministro de Asuntos Exteriores, José Manuel Albares, había adelantado que el texto incluiría también cooperación en desminado y reconstrucción.""",
    extra=[("Pedro Sánchez", "PER", "El presidente del Gobierno, Pedro Sánchez"), ("Volodymyr Zelensky", "PER", "El mandatario ucraniano"),
           ("Pedro Sánchez", "PER", "El jefe del Ejecutivo")],
    quotes=[Q("Pedro Sánchez", "España seguirá al lado de Ucrania"),
            Q("Volodymyr Zelensky", "Nuestro principal problema es la defensa aérea")],
    events=[EV("El presidente del Gobierno, Pedro Sánchez, y el presidente de Ucrania", "Pedro Sánchez", "057", "Volodymyr Zelensky", "2024-05-27", place="Madrid"),
            EV("Zelenski agradeció el apoyo y pidió a los aliados", "Volodymyr Zelensky", "0232", None, "2024-05-27"),
            EV("El jefe del Ejecutivo detalló que el paquete incluye", "Spain", "072", "Ukraine", "2024-05-27")],
)

add_article(
    key="md-en-atom", fmt="atom", lang="en", outlet="The Harbour Ledger", story=M, date="2024-05-27", time="17:30",
    tz="+00:00", evidence="Atom published",
    url="https://www.harbourledger.co.uk/world/2024/05/27/zelensky-spain-security-pact",
    title="Spain pledges €1bn in military aid as Zelensky visits Madrid",
    standfirst="The ten-year security agreement is the latest in a series Kyiv has signed with European allies.",
    body="""Volodymyr Zelensky signed a ten-year security agreement with Spain in Madrid on Monday, securing a promise of €1 billion in military aid this year as Ukraine struggles to hold back Russian attacks in the north-east.

Spanish Prime Minister Pedro Sánchez said the package would include missiles for Patriot air defence systems and Leopard tanks. "Spain's support for Ukraine is unwavering," he told reporters after the signing at the Moncloa palace.

Zelensky, on his first official visit to Spain since the full-scale invasion, said air defence was Ukraine's most urgent need. "If we had enough air defence systems, Russia could not destroy our cities and our energy," he said, speaking in Ukrainian through an interpreter.

Spain had been criticised in the past for contributing less than some allies relative to the size of its economy. Officials in Madrid say the new agreement puts its support on a firmer, multi-year footing.

Zelensky also met King Felipe VI before travelling on to Belgium and Portugal, where he was due to sign similar agreements.""",
    extra=[("Pedro Sánchez", "PER", "Spanish Prime Minister Pedro Sánchez")],
    quotes=[Q("Pedro Sánchez", "Spain's support for Ukraine is unwavering"),
            Q("Volodymyr Zelensky", "If we had enough air defence systems")],
    events=[EV("Volodymyr Zelensky signed a ten-year security agreement", "Volodymyr Zelensky", "057", "Spain", "2024-05-27", place="Madrid"),
],
)

add_article(
    key="md-fr-txt", fmt="txt", lang="fr", outlet="La Tribune du Rhône", story=M, date="2024-05-27",
    evidence="dateline 'MADRID, 27 mai (ACP) -'",
    title="Zelensky signe à Madrid un accord de sécurité avec l'Espagne",
    pre="""Accueil  International
Zelensky signe à Madrid un accord de sécurité avec l'Espagne
La Tribune du Rhône
Publié le 27/05/2024 à 19:15

""",
    body="""MADRID, 27 mai (ACP) - Le président ukrainien Volodymyr Zelensky et le chef du gouvernement espagnol Pedro Sánchez ont signé lundi à Madrid un accord bilatéral de sécurité, l'Espagne s'engageant à fournir un milliard d'euros d'aide militaire à l'Ukraine cette année.

Le paquet comprend notamment des missiles pour les systèmes antiaériens Patriot, a précisé M. Sánchez lors d'une conférence de presse commune au palais de la Moncloa.

« Chaque système de défense aérienne sauve des vies », a insisté le dirigeant ukrainien, dont le pays subit depuis des semaines des frappes massives contre ses infrastructures énergétiques.

La visite de M. Zelensky, la première à caractère officiel en Espagne depuis le début de l'invasion russe, intervient à la veille de la reconnaissance de l'État de Palestine par Madrid, annoncée par le gouvernement socialiste.

Le président ukrainien devait ensuite se rendre en Belgique puis au Portugal pour signer des accords similaires. L'Ukraine a déjà conclu des textes de ce type avec une quinzaine de pays, dont la France et l'Allemagne.""",
    post="""

Lire aussi : Européennes : la campagne entre dans sa dernière ligne droite
Lire aussi : Lyon : un nouveau pont sur le Rhône ouvert aux piétons
0 commentaire
""",
    extra=[("Volodymyr Zelensky", "PER", "Le président ukrainien Volodymyr Zelensky"), ("Volodymyr Zelensky", "PER", "le dirigeant ukrainien"),
           ("Pedro Sánchez", "PER", "M. Sánchez"), ("Volodymyr Zelensky", "PER", "Le président ukrainien")],
    quotes=[Q("Volodymyr Zelensky", "Chaque système de défense aérienne sauve des vies")],
    events=[EV("MADRID, 27 mai (ACP) - Le président ukrainien", "Volodymyr Zelensky", "057", "Pedro Sánchez", "2024-05-27", place="Madrid")],
)

add_article(
    key="md-es-copy", fmt="jsonl", lang="es", outlet="Noticias Levante", story=M, dup="md-es-diario",
    original_outlet="Diario del Sur", date="2024-05-27", time="20:10", evidence="JSONL field 'published'",
    url="https://www.noticiaslevante.es/2024/05/27/sanchez-zelenski-acuerdo",
    title="Sánchez y Zelenski firman un acuerdo de seguridad con 1.000 millones en ayuda militar",
    pre="ÚLTIMA HORA | ",
    post="\n\nEste artículo se publicó originalmente en Diario del Sur.\nNoticias relacionadas: Albares: el reconocimiento de Palestina se aprobará el martes",
    related=["Albares: el reconocimiento de Palestina se aprobará el martes"],
    body="""El presidente del Gobierno, Pedro Sánchez, y el presidente de Ucrania, Volodímir Zelenski, firmaron este lunes en el Palacio de la Moncloa un acuerdo bilateral de seguridad por el que España se compromete a entregar 1.000 millones de euros en ayuda militar a Ucrania durante 2024.

Se trata de la primera visita oficial de Zelenski a Madrid desde el comienzo de la invasión rusa en febrero de 2022. El mandatario ucraniano fue recibido también por el rey Felipe VI.

"España seguirá al lado de Ucrania todo el tiempo que sea necesario", aseguró Sánchez en la rueda de prensa conjunta. El paquete incluye misiles para los sistemas de defensa antiaérea Patriot, carros de combate Leopard y munición.

Zelenski agradeció el apoyo y pidió a los aliados que aceleren las entregas. "Nuestro principal problema es la defensa aérea; Rusia está destruyendo nuestras centrales eléctricas", explicó.

El acuerdo, con una vigencia de diez años, sigue el modelo de los firmados por Kiev con Alemania, Francia, Reino Unido e Italia.""",
    extra=[("Pedro Sánchez", "PER", "El presidente del Gobierno, Pedro Sánchez"), ("Volodymyr Zelensky", "PER", "El mandatario ucraniano")],
    quotes=[Q("Pedro Sánchez", "España seguirá al lado de Ucrania"),
            Q("Volodymyr Zelensky", "Nuestro principal problema es la defensa aérea")],
)

# ---------------------------------------------------------------------------
K = story("leaders-kyiv-ceasefire-2025-05-10",
          "On 10 May 2025 Emmanuel Macron, Friedrich Merz, Keir Starmer and Donald Tusk visit Kyiv together and "
          "call on Russia to accept an unconditional 30-day ceasefire from 12 May, threatening new sanctions.")

add_article(
    key="kv-en-wire", fmt="warc", site="atlanticwire", slug="four-leaders-kyiv-ceasefire", lang="en",
    outlet="Atlantic Wire Service", story=K, meta="jsonld", charset="utf-8", date="2025-05-10", time="15:02",
    tz="+03:00", crawl_date="2025-05-10T14:20:00Z", evidence="JSON-LD datePublished; dateline 'KYIV, May 10 (ATW)'",
    url="https://www.atlanticwire.net/wire/europe/2025-05-10/four-leaders-kyiv-ceasefire",
    section="Europe", wire_slug="UKRAINE-CRISIS/EUROPE", wire_id="ATW-20250510-1502-KYV",
    title="European leaders in Kyiv demand 30-day ceasefire, warn Moscow of sanctions",
    related=["Moscow parade marks 80 years since end of World War Two", "Pope Leo XIV calls for 'authentic and lasting' peace"],
    body="""KYIV, May 10 (ATW) - The leaders of France, Germany, Britain and Poland travelled together to Kyiv on Saturday and called on Russia to agree to a full and unconditional 30-day ceasefire starting on Monday, saying Moscow would face tougher sanctions if it refused.

French President Emmanuel Macron, German Chancellor Friedrich Merz, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk arrived by overnight train. It was Merz's first visit to Ukraine since he took office on Tuesday.

After talks with President Volodymyr Zelensky, the leaders held a call with U.S. President Donald Trump, who backs the ceasefire proposal, a source in one of the delegations said.

"Together with the United States, we are calling on Putin to accept a full and unconditional ceasefire," Starmer told a news conference. Macron said that if Russia rejected the truce, sanctions on energy and banks could be "massively" increased, in coordination with Washington.

Zelensky said Ukraine was ready to stop fighting on Monday if Russia did the same. The Kremlin said it would study the proposal but warned that arms deliveries to Ukraine would have to stop during any pause. "Trying to pressure us is useless," Kremlin spokesman Dmitry Peskov told reporters.""",
    extra=[("United States", "LOC", "Washington")],
    quotes=[Q("Keir Starmer", "Together with the United States, we are calling on Putin"),
            Q("Emmanuel Macron", "massively", fragment=True),
            Q("Dmitry Peskov", "Trying to pressure us is useless")],
    events=[EV("KYIV, May 10 (ATW) - The leaders of France, Germany, Britain and Poland travelled", "Emmanuel Macron", "042", "Ukraine", "2025-05-10", place="Kyiv"),
            EV("KYIV, May 10 (ATW) - The leaders of France, Germany, Britain and Poland travelled", "Keir Starmer", "020", "Russia", "2025-05-10"),
            EV("Macron said that if Russia rejected the truce", "Emmanuel Macron", "1312", "Russia", "2025-05-10"),
            EV("Zelensky said Ukraine was ready to stop fighting on Monday if Russia did the same", "Volodymyr Zelensky", "0871", "Russia", "2025-05-12", mood="hypothetical"),
            EV("After talks with President Volodymyr Zelensky, the leaders held a call", "Emmanuel Macron", "041", "Donald Trump", "2025-05-10")],
)

add_article(
    key="kv-de-rss", fmt="rss", lang="de", outlet="Weltblick", story=K, date="2025-05-10", time="17:45",
    tz="+02:00", evidence="RSS pubDate", url="https://www.weltblick-online.de/ausland/merz-kiew-waffenruhe-a-20250510",
    section="Ausland", author="Paula Lenz",
    title="Merz in Kiew: Europäer fordern 30 Tage Waffenruhe von Putin",
    standfirst="Der neue Bundeskanzler reist mit Macron, Starmer und Tusk in die Ukraine.",
    related=["Was das neue Sanktionspaket der EU enthalten könnte"],
    body="""Vier Tage nach seiner Wahl zum Bundeskanzler ist Friedrich Merz gemeinsam mit Frankreichs Präsident Emmanuel Macron, dem britischen Premierminister Keir Starmer und Polens Regierungschef Donald Tusk nach Kiew gereist. Die vier kamen am Samstagmorgen mit dem Zug in der ukrainischen Hauptstadt an.

Gemeinsam mit Präsident Wolodymyr Selenskyj forderten sie Russland auf, ab Montag einer bedingungslosen Waffenruhe von 30 Tagen zuzustimmen. Andernfalls drohten massive neue Sanktionen, sagte Merz. „Der Ball liegt jetzt ganz allein im Feld von Wladimir Putin“, betonte der CDU-Politiker.

Aus Kiew telefonierten die Europäer mit US-Präsident Donald Trump, der den Vorschlag nach ihren Angaben unterstützt. Eine Waffenruhe könnte der Anfang von Friedensverhandlungen sein, hieß es aus der Delegation.

Der Kreml reagierte zurückhaltend. Sprecher Dmitri Peskow sagte, man werde den Vorschlag prüfen, lasse sich aber nicht unter Druck setzen. In der Nacht zum Sonntag schlug Putin stattdessen direkte Gespräche mit der Ukraine in Istanbul vor. Selenskyj nannte das ein erstes Zeichen, bestand aber auf der Waffenruhe als Voraussetzung.""",
    extra=[("Donald Trump", "PER", "US-Präsident Donald Trump")],
    quotes=[Q("Friedrich Merz", "Der Ball liegt jetzt ganz allein im Feld")],
    events=[EV("Vier Tage nach seiner Wahl zum Bundeskanzler ist Friedrich Merz", "Friedrich Merz", "042", "Ukraine", "2025-05-10", place="Kyiv"),
            EV("Andernfalls drohten massive neue Sanktionen", "Friedrich Merz", "1312", "Russia", "2025-05-10"),
            EV("Eine Waffenruhe könnte der Anfang von Friedensverhandlungen sein", "Ukraine", "046", "Russia", None, mood="hypothetical"),
            EV("In der Nacht zum Sonntag schlug Putin stattdessen direkte Gespräche", "Vladimir Putin", "036", "Ukraine", "2025-05-11")],
)

add_article(
    key="kv-fr-veilleur", fmt="html", site="leveilleur", slug="macron-kiev-cessez-le-feu", lang="fr",
    outlet="Le Veilleur", story=K, meta="jsonld", date="2025-05-10", time="14:30",
    evidence="JSON-LD datePublished and <time datetime>",
    url="https://www.leveilleur.fr/international/2025/05/10/macron-kiev-cessez-le-feu_11502",
    section="International", section_slug="international", author="Claire Dumesnil",
    title="À Kiev, Macron, Merz, Starmer et Tusk lancent un ultimatum à Moscou pour un cessez-le-feu",
    standfirst="Les quatre dirigeants européens réclament une trêve de trente jours à partir de lundi, avec le soutien de Donald Trump.",
    caption="Les dirigeants européens à leur arrivée en gare de Kiev, samedi 10 mai.",
    tags=["Ukraine", "Europe", "Emmanuel Macron"],
    related=["Ce que contiendrait un cessez-le-feu de trente jours", "Festival de Cannes : la sélection officielle dévoilée",
             "Ligue 1 : le PSG fête son titre au Parc des Princes"],
    body="""Ils sont arrivés ensemble, par le même train de nuit. Emmanuel Macron, le chancelier allemand Friedrich Merz, le Premier ministre britannique Keir Starmer et le chef du gouvernement polonais Donald Tusk se sont rendus samedi 10 mai à Kiev pour afficher leur unité aux côtés de l'Ukraine.

Depuis la capitale ukrainienne, les quatre dirigeants ont appelé la Russie à accepter un cessez-le-feu « complet et inconditionnel » de trente jours à compter du lundi 12 mai. « Si la Russie refuse, nous prendrons des sanctions massives, coordonnées entre Européens et Américains », a prévenu le président français.

Les dirigeants ont joint Donald Trump par téléphone pendant leur visite. Selon l'Élysée, le président américain soutient l'initiative. Volodymyr Zelensky s'est dit prêt à faire taire les armes dès lundi si Moscou en faisait autant.

M. Macron a également évoqué la « coalition des volontaires », ces pays prêts à contribuer à des garanties de sécurité pour l'Ukraine une fois la paix conclue, sans exclure l'envoi de forces européennes loin de la ligne de front.

Le Kremlin a répondu que les menaces ne l'impressionnaient pas. Dans la nuit, Vladimir Poutine a proposé des pourparlers directs avec Kiev à Istanbul, sans répondre à l'offre de trêve.""",
    extra=[("Emmanuel Macron", "PER", "le président français"), ("Donald Trump", "PER", "le président américain"),
           ("Friedrich Merz", "PER", "le chancelier allemand Friedrich Merz"), ("Keir Starmer", "PER", "le Premier ministre britannique Keir Starmer")],
    quotes=[Q("Emmanuel Macron", "Si la Russie refuse, nous prendrons des sanctions massives"),
            Q("Emmanuel Macron", "complet et inconditionnel", fragment=True),
            Q("Emmanuel Macron", "coalition des volontaires", fragment=True)],
    events=[EV("Depuis la capitale ukrainienne, les quatre dirigeants ont appelé la Russie", "Emmanuel Macron", "020", "Russia", "2025-05-10", place="Kyiv"),
            EV("« Si la Russie refuse, nous prendrons des sanctions massives", "Emmanuel Macron", "163", "Russia", None, mood="hypothetical"),
            EV("M. Macron a également évoqué la « coalition des volontaires »", "Emmanuel Macron", "074", "Ukraine", None, mood="hypothetical"),
            EV("Les dirigeants ont joint Donald Trump par téléphone", "Emmanuel Macron", "041", "Donald Trump", "2025-05-10")],
)

add_article(
    key="kv-it-txt", fmt="txt", lang="it", outlet="Corriere delle Valli", story=K, date="2025-05-10",
    evidence="dateline 'KIEV, 10 MAG (ANSA) -'",
    title="Macron, Merz, Starmer e Tusk a Kiev: 'Tregua di 30 giorni o nuove sanzioni'",
    pre="""Home > Esteri > Ucraina
Macron, Merz, Starmer e Tusk a Kiev: 'Tregua di 30 giorni o nuove sanzioni'
Corriere delle Valli
10 maggio 2025 | 16:40
Tempo di lettura: 2 minuti

""",
    body="""KIEV, 10 MAG (ANSA) - I leader di Francia, Germania, Regno Unito e Polonia sono arrivati insieme a Kiev e hanno chiesto alla Russia di accettare un cessate il fuoco totale e incondizionato di 30 giorni a partire da lunedì.

Emmanuel Macron, Friedrich Merz, Keir Starmer e Donald Tusk hanno incontrato il presidente ucraino Volodymyr Zelensky e, nel corso della visita, hanno telefonato a Donald Trump, che secondo le delegazioni europee sostiene la proposta.

"Se Mosca dice no, la pressione aumenterà con nuove sanzioni", ha avvertito il cancelliere tedesco, alla sua prima visita in Ucraina da quando è entrato in carica martedì.

La presidente del Consiglio Giorgia Meloni ha partecipato al vertice in collegamento video. Roma sostiene l'iniziativa ma ha escluso l'invio di soldati italiani in Ucraina.

Il Cremlino ha risposto che studierà la proposta, ma che non accetta ultimatum. Nella notte Vladimir Putin ha proposto colloqui diretti con Kiev a Istanbul.""",
    post="""

RIPRODUZIONE RISERVATA © Copyright ANSA
LEGGI ANCHE: Meteo, allerta gialla per temporali sulle Prealpi
Commenti (0)
""",
    extra=[("Friedrich Merz", "PER", "il cancelliere tedesco"), ("Giorgia Meloni", "PER", "La presidente del Consiglio Giorgia Meloni"),
           ("Volodymyr Zelensky", "PER", "il presidente ucraino Volodymyr Zelensky")],
    quotes=[Q("Friedrich Merz", "Se Mosca dice no, la pressione aumenterà")],
    events=[EV("KIEV, 10 MAG (ANSA) - I leader di Francia", "Emmanuel Macron", "042", "Ukraine", "2025-05-10", place="Kyiv"),
            EV("Roma sostiene l'iniziativa ma ha escluso l'invio di soldati italiani", "Italy", "074", "Ukraine", "2025-05-10", mood="negated")],
)

# ---------------------------------------------------------------------------
C = story("scholz-putin-call-2024-11-15",
          "Olaf Scholz speaks to Vladimir Putin by telephone on 15 November 2024, their first call in nearly two "
          "years; Scholz urges Russia to withdraw and negotiate, and Volodymyr Zelensky criticises the call.")

add_article(
    key="sp-de-txt", fmt="txt", lang="de", outlet="Nordsee-Kurier", story=C, date="2024-11-15",
    evidence="dateline 'BERLIN, 15. November (dpa) –'",
    title="Scholz telefoniert erstmals seit fast zwei Jahren mit Putin",
    pre="""Startseite › Politik › Deutschland
Scholz telefoniert erstmals seit fast zwei Jahren mit Putin
Nordsee-Kurier
15.11.2024, 17:58 Uhr
Lesezeit: 3 Min.
Artikel anhören

""",
    body="""BERLIN, 15. November (dpa) – Bundeskanzler Olaf Scholz hat zum ersten Mal seit Dezember 2022 mit dem russischen Präsidenten Wladimir Putin telefoniert. Das Gespräch habe etwa eine Stunde gedauert, teilte Regierungssprecher Steffen Hebestreit am Freitag mit.

Scholz habe den Krieg gegen die Ukraine verurteilt und Putin aufgefordert, seine Truppen zurückzuziehen und Verhandlungen mit der Ukraine aufzunehmen, die zu einem gerechten und dauerhaften Frieden führen, hieß es. Der Kanzler habe zudem die russischen Luftangriffe auf die zivile Infrastruktur in der Ukraine scharf kritisiert.

Nach Angaben des Kremls sagte Putin, eine mögliche Vereinbarung müsse die „neuen territorialen Realitäten“ berücksichtigen. Die deutsch-russischen Beziehungen seien durch die Politik Berlins beschädigt worden.

In Kiew stieß das Telefonat auf Kritik. Präsident Wolodymyr Selenskyj sagte, Scholz habe damit „die Büchse der Pandora“ geöffnet; andere Staats- und Regierungschefs könnten dem Beispiel nun folgen. Das Gespräch verringere Putins Isolation.

Scholz steht nach dem Bruch der Ampel-Koalition vor einer vorgezogenen Bundestagswahl. Er hatte sich vorab mit Verbündeten abgestimmt, darunter nach Angaben der Bundesregierung auch mit Selenskyj. Eine Lieferung von Taurus-Marschflugkörpern lehnte der Kanzler weiterhin ab.""",
    post="""

Mehr zum Thema
Ampel-Aus: Wie es jetzt weitergeht
Wetter: Erster Schnee an der Küste möglich
© dpa-infocom, dpa:241115-930-290611/3
Kommentare  0
""",
    extra=[("Olaf Scholz", "PER", "Bundeskanzler Olaf Scholz"), ("Steffen Hebestreit", "PER", "Regierungssprecher Steffen Hebestreit"),
           ("Germany", "LOC", "Bundesregierung"), ("Germany", "LOC", "Berlins")],
    quotes=[Q("Vladimir Putin", "neuen territorialen Realitäten", fragment=True),
            Q("Volodymyr Zelensky", "die Büchse der Pandora", fragment=True)],
    events=[EV("BERLIN, 15. November (dpa) – Bundeskanzler Olaf Scholz hat", "Olaf Scholz", "041", "Vladimir Putin", "2024-11-15"),
            EV("Scholz habe den Krieg gegen die Ukraine verurteilt", "Olaf Scholz", "025", "Vladimir Putin", "2024-11-15"),
            EV("Präsident Wolodymyr Selenskyj sagte, Scholz habe", "Volodymyr Zelensky", "111", "Olaf Scholz", "2024-11-15"),
            EV("Eine Lieferung von Taurus-Marschflugkörpern lehnte der Kanzler weiterhin ab", "Olaf Scholz", "072", "Ukraine", "2024-11-15", mood="negated")],
)

add_article(
    key="sp-de-copy", fmt="txt", lang="de", outlet="Rheinische Morgenzeitung", story=C, dup="sp-de-txt",
    original_outlet="Deutsche Presse-Agentur", date="2024-11-15", evidence="dateline 'BERLIN, 15. November (dpa) –'",
    title="Erstes Telefonat seit 2022: Scholz spricht mit Putin",
    pre="""Politik | Ausland
Erstes Telefonat seit 2022: Scholz spricht mit Putin
Rheinische Morgenzeitung | 15. November 2024
Teilen: Facebook · X · E-Mail

""",
    body="""BERLIN, 15. November (dpa) – Bundeskanzler Olaf Scholz hat zum ersten Mal seit Dezember 2022 mit dem russischen Präsidenten Wladimir Putin telefoniert. Das Gespräch habe etwa eine Stunde gedauert, teilte Regierungssprecher Steffen Hebestreit am Freitag mit.

Scholz habe den Krieg gegen die Ukraine verurteilt und Putin aufgefordert, seine Truppen zurückzuziehen und Verhandlungen mit der Ukraine aufzunehmen, die zu einem gerechten und dauerhaften Frieden führen, hieß es. Der Kanzler habe zudem die russischen Luftangriffe auf die zivile Infrastruktur in der Ukraine scharf kritisiert.

Nach Angaben des Kremls sagte Putin, eine mögliche Vereinbarung müsse die „neuen territorialen Realitäten“ berücksichtigen.

In Kiew stieß das Telefonat auf Kritik. Präsident Wolodymyr Selenskyj sagte, Scholz habe damit „die Büchse der Pandora“ geöffnet. Das Gespräch verringere Putins Isolation, kritisierte er.

Scholz steht nach dem Bruch der Ampel-Koalition vor einer vorgezogenen Bundestagswahl. Er hatte sich vorab mit Verbündeten abgestimmt, darunter nach Angaben der Bundesregierung auch mit Selenskyj. Kritik kam auch aus der Opposition in Berlin.""",
    post="""

Quelle: dpa
Auch interessant: Karneval in Köln: Sessionsauftakt bei Regen
Newsletter abonnieren
""",
    extra=[("Olaf Scholz", "PER", "Bundeskanzler Olaf Scholz"), ("Steffen Hebestreit", "PER", "Regierungssprecher Steffen Hebestreit"),
           ("Germany", "LOC", "Bundesregierung")],
    quotes=[Q("Vladimir Putin", "neuen territorialen Realitäten", fragment=True),
            Q("Volodymyr Zelensky", "die Büchse der Pandora", fragment=True)],
)

add_article(
    key="sp-en-txt", fmt="txt", lang="en", outlet="Midland Daily Monitor", story=C, date="2024-11-15",
    evidence="'Posted: 15 Nov 2024' line and the 'on Friday' reference",
    title="‘Pandora’s box’: Scholz’s first call with Putin in two years angers Kyiv",
    pre="""Home  >  News  >  World
‘Pandora’s box’: Scholz’s first call with Putin in two years angers Kyiv
Midland Daily Monitor
Posted: 15 Nov 2024, 19:20
Share  Tweet  Email

""",
    body="""German Chancellor Olaf Scholz spoke to Vladimir Putin by phone on Friday, the first conversation between the two leaders since December 2022, in a move that drew sharp criticism from Ukraine.

A German government spokesman said Scholz had urged the Russian president to end the war, withdraw his troops and begin talks with Kyiv aimed at a just and lasting peace. Scholz also stressed Germany's "unwavering determination" to support Ukraine for as long as necessary, the spokesman said.

The Kremlin's account of the hour-long call said Putin had told the chancellor that any deal would have to reflect "new territorial realities" and address what Moscow calls the root causes of the conflict.

Ukrainian President Volodymyr Zelensky said the call opened "Pandora's box", arguing that it would help Putin break out of his isolation. "There will be no Minsk-3; we need real peace," Zelensky said in his nightly address.

Scholz, whose three-party coalition collapsed earlier this month, faces an early election in February. He defended the call, saying it was important to tell Putin directly that Germany's support for Ukraine would not weaken.

Two days later, Russia launched one of its largest air attacks of the war on Ukraine's energy grid.""",
    post="""

More from World
Council tax: what the new bands mean for you
Comments (14)
""",
    extra=[("Vladimir Putin", "PER", "the Russian president"), ("Olaf Scholz", "PER", "the chancellor")],
    quotes=[Q("Olaf Scholz", "unwavering determination", fragment=True),
            Q("Vladimir Putin", "new territorial realities", fragment=True),
            Q("Volodymyr Zelensky", "Pandora's box", fragment=True),
            Q("Volodymyr Zelensky", "Pandora’s box", field="title", fragment=True),
            Q("Volodymyr Zelensky", "There will be no Minsk-3")],
    events=[EV("German Chancellor Olaf Scholz spoke to Vladimir Putin by phone on Friday", "Olaf Scholz", "041", "Vladimir Putin", "2024-11-15"),
            EV("Ukrainian President Volodymyr Zelensky said the call opened", "Volodymyr Zelensky", "111", "Olaf Scholz", "2024-11-15"),
            EV("Two days later, Russia launched one of its largest air attacks", "Russia", "195", "Ukraine", "2024-11-17"),
            EV("He defended the call, saying it was important to tell Putin directly that Germany's support for Ukraine would not weaken", "Olaf Scholz", "162", "Ukraine", None, mood="negated")],
)

add_article(
    key="sp-fr-jsonl", fmt="jsonl", lang="fr", outlet="Le Veilleur", story=C, date="2024-11-15", time="18:40",
    tz="+01:00", evidence="JSONL field 'published'", jsonl_mode="html", site="leveilleur", slug="scholz-poutine-appel",
    meta="jsonld", url="https://www.leveilleur.fr/international/2024/11/15/scholz-poutine-appel_9934",
    section="International", section_slug="international", author="Marc-Antoine Vidal",
    title="Olaf Scholz rompt deux ans de silence avec Vladimir Poutine, Kiev s'indigne",
    standfirst="Le chancelier allemand a appelé le président russe à retirer ses troupes d'Ukraine.",
    tags=["Allemagne", "Russie"],
    related=["Allemagne : la coalition d'Olaf Scholz a volé en éclats", "Beaujolais nouveau : un millésime prometteur"],
    body="""Le chancelier allemand Olaf Scholz s'est entretenu vendredi 15 novembre par téléphone avec Vladimir Poutine, une première depuis décembre 2022. L'échange a duré environ une heure, selon Berlin.

Le chef du gouvernement allemand a exhorté le président russe à mettre fin à la guerre et à retirer ses troupes, et à engager des négociations avec l'Ukraine. Il a aussi dénoncé les frappes russes contre les infrastructures civiles ukrainiennes.

Selon le Kremlin, Vladimir Poutine a répondu qu'un éventuel accord devrait prendre en compte « les nouvelles réalités territoriales ».

Volodymyr Zelensky a vivement critiqué l'initiative. « Le chancelier a ouvert la boîte de Pandore », a estimé le président ukrainien, qui craint que d'autres dirigeants occidentaux ne renouent à leur tour avec Moscou.

M. Scholz, affaibli par l'éclatement de sa coalition et confronté à des élections anticipées, a défendu sa démarche. Le chancelier continue en revanche de refuser la livraison de missiles de croisière Taurus à l'Ukraine.""",
    extra=[("Olaf Scholz", "PER", "Le chancelier allemand Olaf Scholz"), ("Olaf Scholz", "PER", "Le chef du gouvernement allemand"),
           ("Vladimir Putin", "PER", "le président russe"), ("Germany", "LOC", "Berlin"), ("Olaf Scholz", "PER", "Le chancelier")],
    exclude=["Berlin"],
    quotes=[Q("Vladimir Putin", "les nouvelles réalités territoriales", fragment=True),
            Q("Volodymyr Zelensky", "Le chancelier a ouvert la boîte de Pandore")],
    events=[EV("Le chancelier allemand Olaf Scholz s'est entretenu vendredi 15 novembre", "Olaf Scholz", "041", "Vladimir Putin", "2024-11-15"),
            EV("Le chef du gouvernement allemand a exhorté le président russe", "Olaf Scholz", "025", "Vladimir Putin", "2024-11-15"),
            EV("Le chancelier continue en revanche de refuser", "Olaf Scholz", "072", "Ukraine", "2024-11-15", mood="negated")],
)

add_article(
    key="kv-en-copy", fmt="txt", lang="en", outlet="Midland Daily Monitor", story=K, dup="kv-en-wire",
    original_outlet="Atlantic Wire Service", date="2025-05-10",
    evidence="'Posted: 10 May 2025' line and dateline 'KYIV, May 10 (ATW)'",
    title="European leaders in Kyiv demand 30-day ceasefire, warn Moscow of sanctions",
    pre="""Home  >  News  >  World
European leaders in Kyiv demand 30-day ceasefire, warn Moscow of sanctions
Midland Daily Monitor
Posted: 10 May 2025, 14:02
Share  Tweet  Email

""",
    body="""KYIV, May 10 (ATW) - The leaders of France, Germany, Britain and Poland travelled together to Kyiv on Saturday and called on Russia to agree to a full and unconditional 30-day ceasefire starting on Monday, saying Moscow would face tougher sanctions if it refused.

French President Emmanuel Macron, German Chancellor Friedrich Merz, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk arrived by overnight train. It was Merz's first visit to Ukraine since he took office on Tuesday.

After talks with President Volodymyr Zelensky, the leaders held a call with U.S. President Donald Trump, who backs the ceasefire proposal, a source in one of the delegations said.

"Together with the United States, we are calling on Putin to accept a full and unconditional ceasefire," Starmer told a news conference. Macron said that if Russia rejected the truce, sanctions on energy and banks could be "massively" increased.

Zelensky said Ukraine was ready to stop fighting on Monday if Russia did the same.""",
    post="""

Copyright Atlantic Wire Service. This story was distributed by a news agency and has not been edited by Midland Daily Monitor staff.

More from World
Local elections: turnout lowest in a decade
Comments (9)
""",
    quotes=[Q("Keir Starmer", "Together with the United States, we are calling on Putin"),
            Q("Emmanuel Macron", "massively", fragment=True)],
)

"""Look-alike stories: a development set for story clustering where separate events share actors, places and
words. The same minister in one capital ten months apart (Blinken in Beijing, June 2023 and April 2024), two EU
summits in Brussels seven weeks apart, a farmers' protest in Brussels on the day of the second summit, and two
drone strikes on one refinery a year apart (Volgograd, February 2024 and January 2025). Three articles are
undated (no date anywhere but "on Friday"), as scraped pages often are.

Written by the dragoman project. Facts follow public record; sentences and
quoted wording are the project's own rendering, not verbatim statements.
"""

from corpuslib import add_article, story, Q, EV

# ---------------------------------------------------------------------------
BJ1 = story("blinken-beijing-2023-06-19",
            "Antony Blinken visits Beijing on 18-19 June 2023, the first US Secretary of State there since 2018; he "
            "meets Qin Gang, Wang Yi and Xi Jinping, and both sides agree to steady relations without restoring "
            "military contacts.")

add_article(
    key="bj23-en-txt", fmt="txt", lang="en", outlet="Midland Daily Monitor", story=BJ1, date="2023-06-19",
    evidence="dateline 'BEIJING, June 19 (ATW) -' and the byline date",
    title="Xi receives Blinken as Washington and Beijing try to stop the slide in relations",
    pre="""World | Asia
Xi receives Blinken as Washington and Beijing try to stop the slide in relations
By Monitor staff and wire reports
Monday June 19, 2023

""",
    body="""BEIJING, June 19 (ATW) - Chinese President Xi Jinping met US Secretary of State Antony Blinken in Beijing on Monday, at the end of a two-day visit meant to keep the rivalry between the two powers from turning into open conflict.

Blinken is the first American secretary of state to travel to China since 2018. The trip had been postponed in February after a Chinese balloon crossed the United States.

On Sunday he held more than seven hours of talks with Foreign Minister Qin Gang, and on Monday morning he met Wang Yi, the Communist Party's top foreign policy official, who told him that Washington had to choose between dialogue and confrontation.

Xi said the two sides had made progress and agreed on some points. "The world needs a stable relationship between China and the United States," he told his guest, according to a Chinese readout.

Blinken said both governments wanted to stabilise ties, but he failed to persuade Beijing to reopen direct channels between the two militaries, a step Washington sees as urgent to avoid accidents in the Taiwan Strait and the South China Sea.""",
    post="""

Related: Chip export curbs: what changes for Dutch suppliers
Share this article  Email  Print
""",
    quotes=[Q("Xi Jinping", "The world needs a stable relationship")],
    events=[EV("BEIJING, June 19 (ATW) - Chinese President Xi Jinping met", "Xi Jinping", "043", "Antony Blinken",
               "2023-06-19", place="Beijing")],
)

add_article(
    key="bj23-fr-txt", fmt="txt", lang="fr", outlet="Le Petit Journal de l'Est", story=BJ1, date="2023-06-19",
    evidence="dateline 'PÉKIN, 19 juin (AFP) -' and the byline date",
    title="À Pékin, Xi Jinping et Antony Blinken s'accordent pour apaiser les tensions",
    pre="""Accueil » Monde » Asie
À Pékin, Xi Jinping et Antony Blinken s'accordent pour apaiser les tensions
Monde
Le 19 juin 2023 à 14h20

""",
    body="""PÉKIN, 19 juin (AFP) - Le président chinois Xi Jinping a reçu lundi le secrétaire d'État américain Antony Blinken, au deuxième jour d'une visite destinée à enrayer la dégradation des relations entre la Chine et les États-Unis.

C'est la première visite d'un chef de la diplomatie américaine en Chine depuis cinq ans. Prévu en février, le déplacement avait été reporté après le survol du territoire américain par un ballon chinois.

La veille, Antony Blinken s'était entretenu pendant plus de sept heures avec le ministre chinois des Affaires étrangères, Qin Gang, avant de rencontrer lundi matin Wang Yi, le plus haut responsable de la diplomatie du Parti communiste.

Selon Pékin, les deux parties ont fait des progrès et se sont entendues sur certains points. Le secrétaire d'État a toutefois reconnu que la Chine refusait toujours de rétablir les communications entre les deux armées, jugées essentielles par Washington pour éviter un incident dans le détroit de Taïwan.

Les deux capitales ont convenu de poursuivre les échanges de haut niveau dans les prochains mois.""",
    post="""

Lire aussi : Taïwan : nouvelles manœuvres chinoises autour de l'île
Partager sur :  Facebook  X  WhatsApp
""",
    extra=[("United States", "LOC", "Washington"), ("Antony Blinken", "PER", "Le secrétaire d'État"),
           ("Antony Blinken", "PER", "chef de la diplomatie américaine")],
    events=[EV("PÉKIN, 19 juin (AFP) - Le président chinois Xi Jinping a reçu", "Xi Jinping", "043", "Antony Blinken",
               "2023-06-19", place="Beijing")],
)

add_article(
    key="bj23-de-txt", fmt="txt", lang="de", outlet="Rheinische Morgenzeitung", story=BJ1, date="2023-06-18",
    evidence="dateline 'PEKING, 18. Juni (dpa) –'",
    title="Blinken in Peking: Sieben Stunden Gespräche mit Qin Gang",
    pre="""Politik | Ausland
Blinken in Peking: Sieben Stunden Gespräche mit Qin Gang
18.06.2023, 17:45 Uhr

""",
    body="""PEKING, 18. Juni (dpa) – Zum ersten Mal seit fünf Jahren ist ein US-Außenminister nach China gereist. Antony Blinken traf am Sonntag in Peking seinen chinesischen Kollegen Qin Gang zu Gesprächen, die nach Angaben beider Seiten mehr als sieben Stunden dauerten.

Beide Seiten bezeichneten die Unterredung als offen und konstruktiv. Qin Gang nahm eine Einladung nach Washington an, ein Termin wurde aber nicht genannt. Das chinesische Außenministerium erklärte, die Beziehungen seien auf dem tiefsten Stand seit ihrer Aufnahme.

Die Reise war ursprünglich für Februar geplant gewesen und wegen des Streits um einen chinesischen Ballon über den Vereinigten Staaten abgesagt worden. Am Montag soll Blinken den Außenpolitiker Wang Yi treffen, ein Treffen mit Staatschef Xi Jinping gilt als möglich.

Washington will vor allem die Kanäle zwischen den Streitkräften wiederherstellen, um Zwischenfälle in der Straße von Taiwan zu vermeiden. Peking verlangt dagegen, dass die USA ihre Exportbeschränkungen für Halbleiter lockern.""",
    post="""

Mehr zum Thema
Halbleiter: Peking kontert US-Exportverbote
© dpa-infocom, dpa:230618-99-103344/2
""",
    extra=[("United States", "LOC", "USA"), ("Antony Blinken", "PER", "US-Außenminister")],
    events=[EV("Antony Blinken traf am Sonntag in Peking", "Antony Blinken", "040", "Qin Gang", "2023-06-18",
               place="Beijing")],
)

# ---------------------------------------------------------------------------
BJ2 = story("blinken-beijing-2024-04-26",
            "On 26 April 2024 Antony Blinken, on his second visit to China in ten months, meets Wang Yi and Xi "
            "Jinping in Beijing and warns that Chinese supplies to Russia's arms industry threaten relations.")

add_article(
    key="bj24-en-txt", fmt="txt", lang="en", outlet="Eastern Europe Brief", story=BJ2, date="2024-04-26",
    evidence="leading 'date 2024-04-26 (EEBRIEF)'",
    title="Blinken presses Xi over Chinese help for Russia's war industry",
    pre=" date 2024-04-26 (EEBRIEF) ",
    body="""Antony Blinken told Xi Jinping in Beijing on Friday that China's supplies of machine tools and microelectronics to Russia were helping Moscow wage its war against Ukraine, and that Washington was ready to act if they continued.

It was the US Secretary of State's second trip to China in ten months. After two days in Shanghai he spent five and a half hours with Foreign Minister Wang Yi before being received by the Chinese leader.

Xi said the two countries should be partners rather than rivals and should help each other succeed. Wang Yi was blunter, warning that negative factors in the relationship were growing and that China's red lines must not be crossed.

Blinken said that Chinese components were turning up in Russian missiles and tanks. "Russia would struggle to sustain its attack on Ukraine without China's support," he told reporters after the talks.

The visit came days after President Joe Biden signed a law giving new aid to Ukraine and Taiwan. Beijing had criticised the package.""",
    post="""

EEBRIEF26042024BJ24ID7741
""",
    extra=[("United States", "LOC", "Washington"), ("Xi Jinping", "PER", "the Chinese leader")],
    quotes=[Q("Antony Blinken", "Russia would struggle to sustain")],
    events=[EV("Antony Blinken told Xi Jinping in Beijing on Friday", "Antony Blinken", "112", "China", "2024-04-26",
               place="Beijing")],
)

add_article(
    key="bj24-es-txt", fmt="txt", lang="es", outlet="El Observador Ibérico", story=BJ2, date="2024-04-26",
    evidence="dateline 'Pekín, 26 abr (EFE).-'",
    title="Xi Jinping pide a Blinken que China y EEUU sean socios y no rivales",
    pre="""Internacional > Asia
Xi Jinping pide a Blinken que China y EEUU sean socios y no rivales
26/04/2024 - 13:05

""",
    body="""Pekín, 26 abr (EFE).- El presidente chino, Xi Jinping, recibió este viernes en Pekín al secretario de Estado estadounidense, Antony Blinken, y le dijo que las dos potencias deben ser socias y no rivales.

Blinken, que realiza su segunda visita a China en menos de un año, se reunió antes durante más de cinco horas con el ministro de Asuntos Exteriores, Wang Yi. Había llegado el miércoles a Shanghái.

El jefe de la diplomacia estadounidense expresó su preocupación por el apoyo chino a la industria militar rusa, en particular por la venta de máquinas herramienta y componentes electrónicos que, según Washington, Moscú usa para fabricar armas contra Ucrania.

Wang Yi, por su parte, advirtió de que los factores negativos en la relación bilateral se acumulan y pidió a Estados Unidos que no interfiera en los asuntos internos de China ni cruce sus líneas rojas.

Ambas partes acordaron mantener el diálogo sobre inteligencia artificial y la lucha contra el fentanilo.""",
    post="""

Noticias relacionadas
Taiwán denuncia nuevas incursiones de aviones chinos
""",
    extra=[("United States", "LOC", "Washington"), ("Antony Blinken", "PER", "El jefe de la diplomacia estadounidense")],
    events=[EV("Pekín, 26 abr (EFE).- El presidente chino, Xi Jinping, recibió", "Xi Jinping", "043", "Antony Blinken",
               "2024-04-26", place="Beijing")],
)

# Undated: the page kept neither date nor dateline.
add_article(
    key="bj24-it-txt", fmt="txt", lang="it", outlet="Gazzetta del Tirreno", story=BJ2, date=None, precision=None,
    evidence="none: no date in the page",
    title="Blinken a Pechino, monito sulla Russia",
    pre="""Esteri
Blinken a Pechino, monito sulla Russia
Tempo di lettura: 2 minuti

""",
    body="""Il segretario di Stato americano Antony Blinken è stato ricevuto venerdì a Pechino dal presidente Xi Jinping, al termine di una visita di tre giorni in Cina iniziata a Shanghai.

Nell'incontro con il ministro degli Esteri Wang Yi, durato oltre cinque ore, Blinken ha chiesto alla Cina di smettere di fornire alla Russia macchinari e componenti elettronici che servono a produrre armi usate in Ucraina. Washington minaccia sanzioni contro le aziende cinesi coinvolte.

Xi ha risposto che i due paesi dovrebbero essere partner e non avversari, mentre Wang Yi ha avvertito che i fattori negativi nel rapporto continuano ad aumentare.

Per il capo della diplomazia americana si tratta della seconda missione in Cina in meno di un anno. Le due parti hanno concordato di proseguire il dialogo sull'intelligenza artificiale e sul traffico di fentanyl, ma restano lontane su Taiwan e sul Mar Cinese Meridionale.""",
    post="""

LEGGI ANCHE
Taiwan, nuove manovre cinesi attorno all'isola
""",
    extra=[("United States", "LOC", "Washington"), ("Antony Blinken", "PER", "capo della diplomazia americana")],
    events=[EV("Il segretario di Stato americano Antony Blinken è stato ricevuto", "Xi Jinping", "043",
               "Antony Blinken", "2024-04-26", place="Beijing")],
)

# ---------------------------------------------------------------------------
EU1 = story("eu-summit-accession-talks-2023-12-14",
            "At the European Council in Brussels on 14 December 2023 EU leaders decide to open accession "
            "negotiations with Ukraine and Moldova while Viktor Orbán leaves the room; Hungary then blocks the "
            "50 billion euro aid package for Ukraine.")

add_article(
    key="eu23-en-txt", fmt="txt", lang="en", outlet="Midland Daily Monitor", story=EU1, date="2023-12-14",
    evidence="dateline 'BRUSSELS, Dec 14 (ATW) -' and the byline date",
    title="EU agrees to open membership talks with Ukraine as Orban steps out",
    pre="""World | Europe
EU agrees to open membership talks with Ukraine as Orban steps out
By Monitor staff and wire reports
Thursday December 14, 2023

""",
    body="""BRUSSELS, Dec 14 (ATW) - European Union leaders agreed on Thursday to open accession negotiations with Ukraine and Moldova, after Hungarian Prime Minister Viktor Orbán left the room so that the decision could be taken without his veto.

European Council President Charles Michel announced the decision at the summit in Brussels, calling it a clear signal of hope for the people of Ukraine. Georgia was granted the status of candidate country.

Orbán, who had threatened for weeks to block the talks, said Hungary did not want to take part in what he called a bad decision, but he did not stop the other 26 leaders.

Hours later, however, Hungary vetoed a revision of the EU budget that would have given Ukraine 50 billion euros in grants and loans over four years. Leaders said they would try again at a special summit early in the new year.

Volodymyr Zelensky thanked the leaders and called the decision a victory for Ukraine and for all of Europe.""",
    post="""

Related: Farm subsidies dominate Belgian budget talks
Share this article  Email  Print
""",
    extra=[("Georgia", "LOC", "Georgia")],
    events=[EV("BRUSSELS, Dec 14 (ATW) - European Union leaders agreed", "European Council", "050", "Ukraine",
               "2023-12-14", place="Brussels"),
            EV("Hours later, however, Hungary vetoed", "Hungary", "1246", "Ukraine", "2023-12-14", mood="asserted")],
)

add_article(
    key="eu23-de-txt", fmt="txt", lang="de", outlet="Rheinische Morgenzeitung", story=EU1, date="2023-12-14",
    evidence="dateline 'BRÜSSEL, 14. Dezember (dpa) –'",
    title="EU beschließt Beitrittsgespräche mit der Ukraine – Orbán verlässt den Saal",
    pre="""Politik | Europa
EU beschließt Beitrittsgespräche mit der Ukraine – Orbán verlässt den Saal
14.12.2023, 21:12 Uhr

""",
    body="""BRÜSSEL, 14. Dezember (dpa) – Die Staats- und Regierungschefs der EU haben beim Gipfel in Brüssel den Weg für Beitrittsverhandlungen mit der Ukraine und Moldau frei gemacht. Der ungarische Ministerpräsident Viktor Orbán verließ vor der Abstimmung den Raum und ermöglichte so die einstimmige Entscheidung.

Ratspräsident Charles Michel sprach von einem historischen Moment. Auch Georgien erhielt den Status eines Beitrittskandidaten.

Bundeskanzler Olaf Scholz sagte, er habe Orbán vorgeschlagen, kurz den Saal zu verlassen. Orbán nannte die Entscheidung einen Fehler, an dem sich Ungarn nicht beteiligen wolle.

Keine Einigung gab es dagegen über die geplanten Finanzhilfen: Ungarn legte sein Veto gegen ein Paket von 50 Milliarden Euro für die Ukraine ein. Die übrigen Mitgliedstaaten wollen nun Anfang kommenden Jahres bei einem Sondergipfel erneut verhandeln.""",
    post="""

Mehr zum Thema
Kommentar: Europas Versprechen an Kiew
© dpa-infocom, dpa:231214-99-302117/4
""",
    extra=[("Georgia", "LOC", "Georgien"), ("Olaf Scholz", "PER", "Bundeskanzler Olaf Scholz")],
    events=[EV("BRÜSSEL, 14. Dezember (dpa) – Die Staats- und Regierungschefs", "European Council", "050", "Ukraine",
               "2023-12-14", place="Brussels")],
)

add_article(
    key="eu23-it-txt", fmt="txt", lang="it", outlet="Gazzetta del Tirreno", story=EU1, date="2023-12-14",
    evidence="dateline 'BRUXELLES, 14 DIC (ANSA) -'",
    title="Via libera ai negoziati di adesione dell'Ucraina, Orbán esce dalla sala",
    pre="""Esteri
Via libera ai negoziati di adesione dell'Ucraina, Orbán esce dalla sala
14 dicembre 2023

""",
    body="""BRUXELLES, 14 DIC (ANSA) - Il Consiglio europeo ha deciso di aprire i negoziati di adesione con l'Ucraina e la Moldavia. Il premier ungherese Viktor Orbán, contrario, ha lasciato la sala al momento del voto, permettendo agli altri 26 leader di decidere all'unanimità.

Il presidente del Consiglio europeo Charles Michel ha parlato di un segnale di speranza per gli ucraini e per l'Europa intera. Alla Georgia è stato concesso lo status di paese candidato.

La presidente del Consiglio Giorgia Meloni ha definito la decisione un risultato importante per l'Unione.

Resta invece bloccato il sostegno finanziario a Kiev: Orbán ha posto il veto sulla revisione del bilancio comunitario che prevedeva 50 miliardi di euro per l'Ucraina fino al 2027. I leader torneranno a discuterne in un vertice straordinario all'inizio del nuovo anno.""",
    post="""

LEGGI ANCHE
Manovra, ok della Camera al testo
""",
    extra=[("Georgia", "LOC", "Georgia")],
    events=[EV("BRUXELLES, 14 DIC (ANSA) - Il Consiglio europeo ha deciso", "European Council", "050", "Ukraine",
               "2023-12-14", place="Brussels")],
)

# ---------------------------------------------------------------------------
EU2 = story("eu-summit-ukraine-facility-2024-02-01",
            "At a special European Council in Brussels on 1 February 2024 all 27 leaders, Viktor Orbán included, "
            "agree on the 50 billion euro Ukraine Facility for 2024-2027 within an hour of the summit's start.")

add_article(
    key="eu24-en-txt", fmt="txt", lang="en", outlet="Atlantic Wire Service", story=EU2, date="2024-02-01",
    evidence="dateline 'BRUSSELS, Feb 1 (ATW) -' and id ATW-20240201-...",
    title="EU leaders seal 50 billion euro Ukraine aid as Orban drops veto",
    pre="""World | Europe | EU SUMMIT
EU leaders seal 50 billion euro Ukraine aid as Orban drops veto
By ATW staff
""",
    body="""BRUSSELS, Feb 1 (ATW) - All 27 European Union leaders agreed on Thursday on a 50 billion euro package of grants and loans to keep Ukraine's economy running until 2027, after Hungary's Viktor Orbán lifted the veto he had used at the December summit.

The deal came less than an hour into an extraordinary summit in Brussels. "We have a deal," European Council President Charles Michel wrote on social media, adding that it secured steady long-term funding for Kyiv.

Orbán had demanded a way to review the money every year. Leaders agreed to hold a debate on the Ukraine Facility each year and to ask the European Commission for a review in two years, without giving Budapest a veto.

Ursula von der Leyen said the first payment could reach Ukraine in March. Volodymyr Zelensky thanked the leaders for their unity.""",
    post="""

ATW-20240201-1133-BRU
(c) Atlantic Wire Service. All rights reserved.
""",
    extra=[("Hungary", "LOC", "Budapest")],
    quotes=[Q("Charles Michel", "We have a deal")],
    events=[EV("BRUSSELS, Feb 1 (ATW) - All 27 European Union leaders agreed", "European Council", "071", "Ukraine",
               "2024-02-01", place="Brussels")],
)

add_article(
    key="eu24-fr-txt", fmt="txt", lang="fr", outlet="Le Petit Journal de l'Est", story=EU2, date="2024-02-01",
    evidence="dateline 'BRUXELLES, 1er févr. (AFP) -' and the byline date",
    title="Les Vingt-Sept s'entendent sur 50 milliards d'euros pour l'Ukraine",
    pre="""Accueil » Monde » Europe
Les Vingt-Sept s'entendent sur 50 milliards d'euros pour l'Ukraine
Le 1 février 2024 à 12h31

""",
    body="""BRUXELLES, 1er févr. (AFP) - Les dirigeants des Vingt-Sept se sont mis d'accord jeudi, dès l'ouverture d'un sommet extraordinaire à Bruxelles, sur une aide de 50 milliards d'euros à l'Ukraine, le Premier ministre hongrois Viktor Orbán ayant levé son veto.

Ce fonds, composé de 33 milliards de prêts et de 17 milliards de dons, doit financer l'État ukrainien jusqu'en 2027. Le président du Conseil européen, Charles Michel, a salué une décision qui garantit un financement stable et prévisible.

En décembre, la Hongrie avait bloqué le dispositif tout en laissant ouvrir les négociations d'adhésion avec Kiev. Pour convaincre Viktor Orbán, les dirigeants ont accepté un débat annuel sur l'usage des fonds, sans droit de veto.

Emmanuel Macron a jugé que l'Europe avait montré son unité face à la Russie.""",
    post="""

Lire aussi : Colère des agriculteurs : le point sur les blocages
Partager sur :  Facebook  X  WhatsApp
""",
    events=[EV("BRUXELLES, 1er févr. (AFP) - Les dirigeants des Vingt-Sept", "European Council", "071", "Ukraine",
               "2024-02-01", place="Brussels")],
)

# Undated.
add_article(
    key="eu24-es-txt", fmt="txt", lang="es", outlet="El Observador Ibérico", story=EU2, date=None, precision=None,
    evidence="none: no date in the page",
    title="La UE aprueba 50.000 millones para Ucrania tras ceder Orbán",
    pre="""Internacional > Europa
La UE aprueba 50.000 millones para Ucrania tras ceder Orbán

""",
    body="""Los líderes de los veintisiete países de la Unión Europea aprobaron este jueves en Bruselas un fondo de 50.000 millones de euros para sostener la economía de Ucrania hasta 2027, después de que el primer ministro húngaro, Viktor Orbán, retirara su veto.

El acuerdo llegó en menos de una hora en una cumbre extraordinaria convocada después del fracaso de diciembre, cuando Hungría bloqueó la ayuda. El presidente del Consejo Europeo, Charles Michel, celebró la unidad de los líderes.

Orbán consiguió que cada año se celebre un debate sobre el uso del dinero, aunque sin capacidad de bloqueo. El fondo combina préstamos y subvenciones.

El presidente del Gobierno, Pedro Sánchez, destacó que Europa seguirá apoyando a Ucrania el tiempo que haga falta.""",
    post="""

Noticias relacionadas
Los agricultores cortan carreteras en varias provincias
""",
    events=[EV("Los líderes de los veintisiete países", "European Council", "071", "Ukraine", "2024-02-01",
               place="Brussels")],
)

# ---------------------------------------------------------------------------
FA = story("farmers-protest-brussels-2024-02-01",
           "On 1 February 2024 about 1,300 tractors block Brussels' European quarter during the EU summit; farmers "
           "protesting against low prices, red tape and cheap imports light fires and throw eggs near the European "
           "Parliament.")

add_article(
    key="fa-fr-txt", fmt="txt", lang="fr", outlet="Le Petit Journal de l'Est", story=FA, date="2024-02-01",
    evidence="dateline 'BRUXELLES, 1er févr. (AFP) -' and the byline date",
    title="Des centaines de tracteurs et des feux de pneus dans le quartier européen",
    pre="""Accueil » Monde » Europe
Des centaines de tracteurs et des feux de pneus dans le quartier européen
Le 1 février 2024 à 15h08

""",
    body="""BRUXELLES, 1er févr. (AFP) - Plus d'un millier de tracteurs ont envahi jeudi le quartier européen de Bruxelles, où des agriculteurs venus de Belgique, de France, d'Italie et d'ailleurs ont allumé des feux de pneus et lancé des œufs et des pétards près du Parlement européen.

La police a fait usage de canons à eau pour repousser les manifestants. Une statue de la place du Luxembourg a été endommagée par un feu de palettes.

Les agriculteurs dénoncent la baisse de leurs revenus, les normes environnementales, la hausse des coûts et les importations à bas prix, notamment de volailles et de céréales. Ils s'opposent aussi à l'accord commercial avec le Mercosur.

« Nous ne pouvons plus vivre de notre travail », a lancé un éleveur wallon au mégaphone.""",
    post="""

Lire aussi : Sécheresse : les nappes toujours sous la normale
Partager sur :  Facebook  X  WhatsApp
""",
    quotes=[Q("Walloon livestock farmer (anonymous)", "Nous ne pouvons plus vivre")],
    events=[],
)

add_article(
    key="fa-de-txt", fmt="txt", lang="de", outlet="Rheinische Morgenzeitung", story=FA, date="2024-02-01",
    evidence="dateline 'BRÜSSEL, 1. Februar (dpa) –'",
    title="Bauernprotest in Brüssel: Traktoren, Feuer und Wasserwerfer",
    pre="""Politik | Europa
Bauernprotest in Brüssel: Traktoren, Feuer und Wasserwerfer
01.02.2024, 14:40 Uhr

""",
    body="""BRÜSSEL, 1. Februar (dpa) – Mit rund 1300 Traktoren haben Landwirte am Donnerstag das Europaviertel in Brüssel lahmgelegt. Vor dem Europäischen Parlament brannten Reifen und Strohballen, Demonstranten warfen Eier und Feuerwerkskörper auf Polizisten, die Wasserwerfer einsetzten.

Die Bauern aus Belgien, Frankreich, Deutschland und anderen Ländern protestieren gegen niedrige Erzeugerpreise, steigende Kosten, Umweltauflagen und billige Einfuhren. Viele kritisieren das geplante Handelsabkommen mit den Mercosur-Staaten.

Auf dem Platz vor dem Europaparlament setzten Demonstranten eine Statue in Brand. Die Feuerwehr löschte die Flammen.

Landwirte in mehreren EU-Ländern blockieren seit Wochen Straßen. Die EU-Kommission kündigte an, Vorschläge zur Entlastung der Betriebe vorzulegen.""",
    post="""

Mehr zum Thema
Agrardiesel: Bundesregierung hält an Kürzung fest
© dpa-infocom, dpa:240201-99-839201/3
""",
    events=[],
)

add_article(
    key="fa-en-txt", fmt="txt", lang="en", outlet="Midland Daily Monitor", story=FA, date="2024-02-01",
    evidence="dateline 'BRUSSELS, Feb 1 (ATW) -' and the byline date",
    title="Farmers pelt police with eggs as tractors jam Brussels",
    pre="""World | Europe
Farmers pelt police with eggs as tractors jam Brussels
By Monitor staff and wire reports
Thursday February 1, 2024

""",
    body="""BRUSSELS, Feb 1 (ATW) - Farmers drove about 1,300 tractors into the heart of Brussels on Thursday, setting fire to tyres and hay bales and throwing eggs and fireworks at police outside the European Parliament.

Police used water cannon to push the protesters back from the barriers. A statue on Place du Luxembourg was scorched when a pile of pallets beside it was set alight.

Farmers from Belgium, France, Italy and Spain say they are being squeezed by low prices, rising fuel and fertiliser costs, green rules and cheap imports of grain, sugar and chicken. Many also oppose a trade deal with the South American Mercosur bloc.

"We feed Europe and we cannot pay our bills," said a young dairy farmer from Liège, who had driven through the night to get there.""",
    post="""

Related: Supermarkets promise price freeze on basics
Share this article  Email  Print
""",
    quotes=[Q("dairy farmer from Liège (anonymous)", "We feed Europe and we cannot pay")],
    events=[],
)

# ---------------------------------------------------------------------------
VG1 = story("volgograd-refinery-strike-2024-02-03",
            "On 3 February 2024 a Ukrainian drone attack sets fire to Lukoil's Volgograd refinery; governor Andrei "
            "Bocharov says the blaze was put out and nobody was hurt.")

add_article(
    key="vg24-en-txt", fmt="txt", lang="en", outlet="Atlantic Wire Service", story=VG1, date="2024-02-03",
    evidence="dateline 'MOSCOW, Feb 3 (ATW) -' and id ATW-20240203-...",
    title="Drone attack sparks fire at Lukoil refinery in Volgograd",
    pre="""World | Europe | UKRAINE WAR
Drone attack sparks fire at Lukoil refinery in Volgograd
By ATW staff
""",
    body="""MOSCOW, Feb 3 (ATW) - A drone attack set off a fire at the Lukoil oil refinery in the southern Russian city of Volgograd early on Saturday, the regional governor said.

Andrei Bocharov, the governor of the Volgograd region, said on Telegram that the fire had been put out by emergency services and that nobody had been hurt. He did not say how much damage the plant had suffered.

The refinery is the largest in southern Russia and processes about 15 million tonnes of crude a year. Lukoil did not comment.

A source in Ukraine's defence sector said the strike was carried out by Ukrainian drones. Kyiv has stepped up attacks on Russian oil facilities in recent weeks, hitting plants and export terminals on the Baltic and the Black Sea.""",
    post="""

ATW-20240203-0648-MOW
(c) Atlantic Wire Service. All rights reserved.
""",
    events=[EV("MOSCOW, Feb 3 (ATW) - A drone attack set off a fire", "Ukraine", "195", "Lukoil", "2024-02-03",
               place="Volgograd")],
)

add_article(
    key="vg24-de-txt", fmt="txt", lang="de", outlet="Rheinische Morgenzeitung", story=VG1, date="2024-02-03",
    evidence="dateline 'MOSKAU, 3. Februar (dpa) –'",
    title="Drohnenangriff: Feuer in Lukoil-Raffinerie in Wolgograd",
    pre="""Politik | Ausland
Drohnenangriff: Feuer in Lukoil-Raffinerie in Wolgograd
03.02.2024, 10:15 Uhr

""",
    body="""MOSKAU, 3. Februar (dpa) – Bei einem Drohnenangriff ist in der Nacht zum Samstag in der Ölraffinerie des Konzerns Lukoil in Wolgograd ein Brand ausgebrochen. Das teilte Gouverneur Andrej Botscharow mit.

Das Feuer sei gelöscht worden, Verletzte gebe es nicht, schrieb Botscharow auf Telegram. Über das Ausmaß der Schäden machte er keine Angaben.

Die Raffinerie im Süden Russlands gehört zu den größten des Landes. Die Ukraine hat in den vergangenen Wochen mehrere Anlagen der russischen Ölindustrie mit Drohnen angegriffen, darunter ein Terminal am Hafen Ust-Luga an der Ostsee.

Kiew betrachtet solche Anlagen als legitime militärische Ziele, weil sie die russische Armee mit Treibstoff versorgen. Offiziell bekannte sich die Ukraine zunächst nicht zu dem Angriff.""",
    post="""

Mehr zum Thema
Ölpreis: Brent legt leicht zu
© dpa-infocom, dpa:240203-99-850112/2
""",
    events=[EV("MOSKAU, 3. Februar (dpa) – Bei einem Drohnenangriff", "Ukraine", "195", "Lukoil", "2024-02-03",
               place="Volgograd")],
)

add_article(
    key="vg24-es-txt", fmt="txt", lang="es", outlet="El Observador Ibérico", story=VG1, date="2024-02-03",
    evidence="dateline 'Moscú, 3 feb (EFE).-'",
    title="Un ataque con drones provoca un incendio en la refinería de Lukoil en Volgogrado",
    pre="""Internacional > Europa
Un ataque con drones provoca un incendio en la refinería de Lukoil en Volgogrado
03/02/2024 - 09:52

""",
    body="""Moscú, 3 feb (EFE).- Un ataque con drones provocó este sábado un incendio en la refinería de petróleo de Lukoil en la ciudad rusa de Volgogrado, informó el gobernador regional, Andréi Bochárov.

El incendio fue sofocado y no hubo víctimas, según el gobernador, que no precisó los daños sufridos por la planta, una de las mayores del sur de Rusia.

Ucrania no reivindicó oficialmente el ataque, aunque fuentes de defensa ucranianas citadas por medios locales lo atribuyeron a sus drones de largo alcance.

En las últimas semanas, Kiev ha multiplicado los ataques contra instalaciones petroleras rusas, que considera objetivos legítimos por abastecer de combustible al ejército ruso.""",
    post="""

Noticias relacionadas
El precio del petróleo sube por la tensión en Oriente Próximo
""",
    events=[EV("Moscú, 3 feb (EFE).- Un ataque con drones", "Ukraine", "195", "Lukoil", "2024-02-03",
               place="Volgograd")],
)

# ---------------------------------------------------------------------------
VG2 = story("volgograd-refinery-strike-2025-01-29",
            "Overnight into 29 January 2025 Ukrainian drones hit Lukoil's Volgograd refinery again, a year after the "
            "first strike; governor Andrei Bocharov reports a fire after debris fell on the plant.")

add_article(
    key="vg25-fr-txt", fmt="txt", lang="fr", outlet="Le Petit Journal de l'Est", story=VG2, date="2025-01-29",
    evidence="dateline 'KIEV, 29 janv. (AFP) -' and the byline date",
    title="La raffinerie de Volgograd de nouveau en feu après une attaque de drones",
    pre="""Accueil » Monde » Europe
La raffinerie de Volgograd de nouveau en feu après une attaque de drones
Le 29 janvier 2025 à 10h36

""",
    body="""KIEV, 29 janv. (AFP) - Des drones ukrainiens ont frappé dans la nuit de mardi à mercredi la raffinerie de Lukoil à Volgograd, dans le sud de la Russie, provoquant un incendie, près d'un an après une première attaque contre le même site.

Le gouverneur de la région, Andreï Botcharov, a indiqué que la chute de débris d'un drone abattu avait déclenché un feu sur le territoire de la raffinerie, sans faire de victimes.

Une source au sein des services de sécurité ukrainiens a affirmé que l'installation alimentait directement l'armée russe et qu'elle avait été touchée à dessein.

Ces dernières semaines, Kiev a multiplié les frappes contre des dépôts et des raffineries en Russie, alors que Donald Trump, revenu à la Maison Blanche, presse les deux camps de négocier.""",
    post="""

Lire aussi : Énergie : le prix du gazole repart à la hausse
Partager sur :  Facebook  X  WhatsApp
""",
    events=[EV("KIEV, 29 janv. (AFP) - Des drones ukrainiens ont frappé", "Ukraine", "195", "Lukoil", "2025-01-29",
               place="Volgograd")],
)

add_article(
    key="vg25-en-txt", fmt="txt", lang="en", outlet="Eastern Europe Brief", story=VG2, date="2025-01-29",
    evidence="leading 'date 2025-01-29 (EEBRIEF)'",
    title="Ukraine hits Volgograd refinery for the second time in a year",
    pre=" date 2025-01-29 (EEBRIEF) ",
    body="""Ukrainian drones struck Lukoil's Volgograd oil refinery overnight into Wednesday, starting a fire at a plant that Kyiv first attacked in February last year.

Andrei Bocharov, the regional governor, said debris from a drone shot down by air defences had fallen on the refinery and caused a fire, which firefighters were tackling. Nobody was hurt, he said.

A source in Ukraine's SBU security service said the refinery supplied fuel to Russian forces and was a legitimate target. "We will keep hitting the plants that fuel this war," the source said.

Russia's defence ministry said it had destroyed several dozen drones over southern and western regions during the night. The strike came as Donald Trump, back in the White House for a week, was pressing both sides to start talks.""",
    post="""

EEBRIEF29012025VG25ID3308
""",
    quotes=[Q("SBU source (anonymous)", "We will keep hitting the plants")],
    events=[EV("Ukrainian drones struck Lukoil's Volgograd oil refinery", "Ukraine", "195", "Lukoil", "2025-01-29",
               place="Volgograd")],
)

# Undated.
add_article(
    key="vg25-it-txt", fmt="txt", lang="it", outlet="Gazzetta del Tirreno", story=VG2, date=None, precision=None,
    evidence="none: no date in the page",
    title="Droni ucraini sulla raffineria di Volgograd, di nuovo un incendio",
    pre="""Esteri
Droni ucraini sulla raffineria di Volgograd, di nuovo un incendio
Tempo di lettura: 2 minuti

""",
    body="""Droni ucraini hanno colpito nella notte la raffineria della Lukoil a Volgograd, nel sud della Russia, causando un incendio. È il secondo attacco contro l'impianto in meno di un anno.

Il governatore della regione, Andrei Bocharov, ha riferito che i detriti di un drone abbattuto dalla contraerea sono caduti sulla raffineria, dove è scoppiato un incendio. Non ci sono vittime.

Secondo fonti dei servizi di sicurezza ucraini, l'impianto rifornisce di carburante le forze russe ed è quindi un obiettivo legittimo. Il ministero della Difesa russo ha dichiarato di aver abbattuto decine di droni sopra diverse regioni.

L'attacco arriva mentre il presidente americano Donald Trump, da una settimana alla Casa Bianca, chiede a Mosca e a Kiev di avviare negoziati.""",
    post="""

LEGGI ANCHE
Petrolio, il Brent torna sopra gli 80 dollari
""",
    extra=[("Russian Ministry of Defence", "ORG", "ministero della Difesa russo"),
           ("Donald Trump", "PER", "il presidente americano Donald Trump")],
    events=[EV("Droni ucraini hanno colpito nella notte la raffineria", "Ukraine", "195", "Lukoil", "2025-01-29",
               place="Volgograd")],
)

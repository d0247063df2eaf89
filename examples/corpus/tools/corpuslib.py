"""Shared helpers for building dragoman's bundled sample corpus.

The articles are written by the dragoman project in its own words (the
stories_*.py modules).  This module turns them into files in the shapes news
arrives in (scraped text, HTML pages of several fictional outlets, feeds,
JSONL, WARC sources) and derives the gold annotations that the tests and the
`dragoman eval` commands read.  Python 3 standard library only; the output is
deterministic (no clocks, no randomness).
"""

import hashlib
import html as htmlmod
import json
import re

# ---------------------------------------------------------------------------
# Entity table: canonical English name -> (type, surface forms that may occur).
# Surface forms are matched case-sensitively on word boundaries, longest match
# first, in the article's title and body only (never in its boilerplate), so
# the gold lists exactly the forms the text uses.  Ambiguous forms (Washington
# as city or as US government, role phrases) are added per article instead.
# ---------------------------------------------------------------------------
ENTITIES = {
    # People
    "Antony Blinken": ("PER", ["Antony Blinken", "Anthony Blinken", "Blinken", "Tony Blinken"]),
    "Marco Rubio": ("PER", ["Marco Rubio", "Rubio"]),
    "Stéphane Séjourné": ("PER", ["Stéphane Séjourné", "Stephane Sejourne", "Séjourné", "Sejourne"]),
    "Jean-Noël Barrot": ("PER", ["Jean-Noël Barrot", "Barrot"]),
    "Sébastien Lecornu": ("PER", ["Sébastien Lecornu", "Lecornu"]),
    "Jens Stoltenberg": ("PER", ["Jens Stoltenberg", "Stoltenberg"]),
    "Mark Rutte": ("PER", ["Mark Rutte", "Rutte"]),
    "Annalena Baerbock": ("PER", ["Annalena Baerbock", "Baerbock"]),
    "Olaf Scholz": ("PER", ["Olaf Scholz", "Scholz"]),
    "Friedrich Merz": ("PER", ["Friedrich Merz", "Merz"]),
    "José Manuel Albares": ("PER", ["José Manuel Albares", "Jose Manuel Albares", "Albares"]),
    "Dmytro Kuleba": ("PER", ["Dmytro Kuleba", "Dmytro Kouleba", "Dmytro Kuleba", "Kuleba", "Kouleba", "Dmitro Kuleba"]),
    "Andrii Sybiha": ("PER", ["Andrii Sybiha", "Andriï Sybiha", "Andrij Sybiha", "Sybiha"]),
    "Sergei Lavrov": ("PER", ["Sergei Lavrov", "Sergueï Lavrov", "Sergej Lawrow", "Serguéi Lavrov", "Sergey Lavrov", "Lavrov", "Lawrow"]),
    "Dmitry Peskov": ("PER", ["Dmitry Peskov", "Dmitri Peskov", "Dmitri Peskow", "Peskov", "Peskow"]),
    "Volodymyr Zelensky": ("PER", ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Vladimir Zelensky", "Volodymyr Zelenski",
                                   "Wolodymyr Selenskyj", "Volodímir Zelenski", "Volodymyr Zelensky", "Zelensky", "Zelenskyy",
                                   "Selenskyj", "Zelenski", "zelensky"]),
    "Emmanuel Macron": ("PER", ["Emmanuel Macron", "Macron"]),
    "Joe Biden": ("PER", ["Joe Biden", "Biden"]),
    "Donald Trump": ("PER", ["Donald Trump", "Trump"]),
    "JD Vance": ("PER", ["JD Vance", "J.D. Vance", "Vance"]),
    "Ursula von der Leyen": ("PER", ["Ursula von der Leyen", "von der Leyen", "Von der Leyen"]),
    "Kaja Kallas": ("PER", ["Kaja Kallas", "Kallas"]),
    "António Costa": ("PER", ["António Costa", "Antonio Costa"]),
    "Vladimir Putin": ("PER", ["Vladimir Putin", "Wladimir Putin", "Vladimir Poutine", "Vladímir Putin", "Putin", "Poutine"]),
    "Keir Starmer": ("PER", ["Keir Starmer", "Starmer"]),
    "Donald Tusk": ("PER", ["Donald Tusk", "Tusk"]),
    "Pedro Sánchez": ("PER", ["Pedro Sánchez", "Pedro Sanchez", "Sánchez"]),
    "Giorgia Meloni": ("PER", ["Giorgia Meloni", "Meloni"]),
    "Antonio Tajani": ("PER", ["Antonio Tajani", "Tajani"]),
    "Recep Tayyip Erdoğan": ("PER", ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan", "Erdoğan", "Erdogan"]),
    "Ulf Kristersson": ("PER", ["Ulf Kristersson", "Kristersson"]),
    "Gitanas Nausėda": ("PER", ["Gitanas Nausėda", "Gitanas Nauseda", "Nausėda", "Nauseda"]),
    "Christine Lagarde": ("PER", ["Christine Lagarde", "Lagarde"]),
    "Mike Waltz": ("PER", ["Mike Waltz", "Waltz"]),
    "Steve Witkoff": ("PER", ["Steve Witkoff", "Witkoff"]),
    "Yuri Ushakov": ("PER", ["Yuri Ushakov", "Iouri Ouchakov", "Juri Uschakow", "Yuri Ushakov", "Ushakov", "Ouchakov", "Uschakow"]),
    "Faisal bin Farhan": ("PER", ["Faisal bin Farhan"]),
    "Pavel Malkov": ("PER", ["Pavel Malkov", "Pawel Malkow", "Malkov", "Malkow"]),
    "Ousmane Dembélé": ("PER", ["Ousmane Dembélé", "Dembélé"]),
    "Achraf Hakimi": ("PER", ["Achraf Hakimi", "Hakimi"]),
    "Fabián Ruiz": ("PER", ["Fabián Ruiz", "Fabian Ruiz"]),
    "Bukayo Saka": ("PER", ["Bukayo Saka", "Saka"]),
    "Luis Enrique": ("PER", ["Luis Enrique"]),
    "Mikel Arteta": ("PER", ["Mikel Arteta", "Arteta"]),
    "Gianluigi Donnarumma": ("PER", ["Gianluigi Donnarumma", "Donnarumma"]),
    "Laurent Ulrich": ("PER", ["Laurent Ulrich", "Ulrich"]),
    "Tony Estanguet": ("PER", ["Tony Estanguet", "Estanguet"]),
    "Céline Dion": ("PER", ["Céline Dion", "Celine Dion"]),
    "Zinedine Zidane": ("PER", ["Zinedine Zidane", "Zinédine Zidane", "Zidane"]),
    "Teddy Riner": ("PER", ["Teddy Riner", "Riner"]),
    "Marie-José Pérec": ("PER", ["Marie-José Pérec", "Marie-Jose Perec", "Pérec"]),
    "Christian Lindner": ("PER", ["Christian Lindner", "Lindner"]),
    "Josep Borrell": ("PER", ["Josep Borrell", "Borrell"]),
    "Denys Shmyhal": ("PER", ["Denys Shmyhal", "Shmyhal"]),
    "Lloyd Austin": ("PER", ["Lloyd Austin"]),
    "Andriy Yermak": ("PER", ["Andriy Yermak", "Andrij Jermak", "Yermak", "Jermak"]),
    "Prince William": ("PER", ["Prince William", "prince William"]),
    "Jill Biden": ("PER", ["Jill Biden"]),
    "Alexander Stubb": ("PER", ["Alexander Stubb"]),
    "Peter Szijjártó": ("PER", ["Peter Szijjártó", "Szijjártó"]),
    "Viktor Orbán": ("PER", ["Viktor Orbán", "Viktor Orban", "Orbán", "Orban"]),
    "Lady Gaga": ("PER", ["Lady Gaga"]),
    "Steffen Hebestreit": ("PER", ["Steffen Hebestreit", "Hebestreit"]),
    "Isabel Schnabel": ("PER", ["Isabel Schnabel"]),
    "Joachim Nagel": ("PER", ["Joachim Nagel", "Nagel"]),
    "Francois Villeroy de Galhau": ("PER", ["François Villeroy de Galhau", "Villeroy de Galhau"]),
    "Xi Jinping": ("PER", ["Xi Jinping", "Xi"]),
    "Wang Yi": ("PER", ["Wang Yi"]),
    "Qin Gang": ("PER", ["Qin Gang"]),
    "Charles Michel": ("PER", ["Charles Michel"]),
    "Andrei Bocharov": ("PER", ["Andrei Bocharov", "Andrej Botscharow", "Andréi Bochárov", "Andreï Botcharov",
                                "Bocharov", "Botscharow"]),
    # Organisations
    "NATO": ("ORG", ["NATO", "OTAN", "Nato", "l'Alliance atlantique", "Alliance atlantique", "Atlantic Alliance",
                     "Alianza Atlántica", "Alleanza atlantica"]),
    "European Union": ("ORG", ["European Union", "Union européenne", "Europäische Union", "Europäischen Union",
                               "Unión Europea", "Unione europea", "EU", "UE", "Vingt-Sept"]),
    "European Commission": ("ORG", ["European Commission", "Commission européenne", "EU-Kommission", "Comisión Europea",
                                    "Commissione europea"]),
    "European Council": ("ORG", ["European Council", "Conseil européen", "Europäischen Rat", "Consejo Europeo",
                                 "Consiglio europeo"]),
    "Council of the European Union": ("ORG", ["Council of the EU", "Conseil de l'UE", "Rat der EU", "Consejo de la UE", "Consiglio dell'Ue"]),
    "Kremlin": ("ORG", ["Kremlin", "Kreml", "Kremls", "Cremlino", "Cremlin"]),
    "The Pentagon": ("ORG", ["Pentagon", "Pentagone", "Pentágono"]),
    "White House": ("ORG", ["White House", "Maison Blanche", "Weißen Haus", "Weiße Haus", "Casa Blanca", "Casa Bianca"]),
    "US Department of State": ("ORG", ["State Department", "Département d'État", "US-Außenministerium", "Departamento de Estado"]),
    "Élysée Palace": ("ORG", ["Élysée", "Elysée", "Elysee", "Elysée-Palast", "Elíseo"]),
    "Agence France-Presse": ("ORG", ["Agence France-Presse", "AFP"]),
    "Reuters": ("ORG", ["Reuters"]),
    "Associated Press": ("ORG", ["Associated Press", "AP"]),
    "Deutsche Presse-Agentur": ("ORG", ["Deutsche Presse-Agentur", "dpa"]),
    "Agencia EFE": ("ORG", ["EFE"]),
    "ANSA": ("ORG", ["ANSA", "Ansa"]),
    "TASS": ("ORG", ["TASS", "Tass"]),
    "RIA Novosti": ("ORG", ["RIA Novosti", "RIA Nowosti"]),
    "Interfax": ("ORG", ["Interfax"]),
    "Rosneft": ("ORG", ["Rosneft", "Rosneftj"]),
    "European Central Bank": ("ORG", ["European Central Bank", "Europäische Zentralbank", "Europäischen Zentralbank",
                                      "Banque centrale européenne", "Banco Central Europeo", "ECB", "EZB", "BCE"]),
    "Bundesbank": ("ORG", ["Bundesbank"]),
    "Banque de France": ("ORG", ["Banque de France"]),
    "US Federal Reserve": ("ORG", ["Federal Reserve", "Fed", "US-Notenbank"]),
    "Paris Saint-Germain": ("ORG", ["Paris Saint-Germain", "Paris SG", "PSG"]),
    "Arsenal": ("ORG", ["Arsenal", "Gunners"]),
    "Inter Milan": ("ORG", ["Inter Milan", "Inter Milano"]),
    "UEFA": ("ORG", ["UEFA"]),
    "Bundestag": ("ORG", ["Bundestag", "Bundestags"]),
    "Christian Democratic Union": ("ORG", ["CDU"]),
    "Social Democratic Party of Germany": ("ORG", ["SPD"]),
    "Free Democratic Party": ("ORG", ["FDP"]),
    "G7": ("ORG", ["G7"]),
    "United Nations": ("ORG", ["United Nations", "Nations unies", "Vereinten Nationen", "Naciones Unidas", "ONU", "UN"]),
    "United States Congress": ("ORG", ["Congress", "Congrès", "Kongress", "Congreso"]),
    "General Staff of the Armed Forces of Ukraine": ("ORG", ["Ukrainian General Staff", "General Staff", "état-major ukrainien",
                                                             "ukrainische Generalstab", "Estado Mayor ucraniano", "Generalstab"]),
    "Security Service of Ukraine": ("ORG", ["SBU"]),
    "Russian Ministry of Defence": ("ORG", ["Russian Defence Ministry", "Russian defence ministry", "ministère russe de la Défense",
                                            "russische Verteidigungsministerium", "Ministerio de Defensa ruso"]),
    "International Olympic Committee": ("ORG", ["International Olympic Committee", "IOC", "CIO"]),
    "SNCF": ("ORG", ["SNCF"]),
    "Kyiv Polytechnic Institute": ("ORG", ["Kyiv Polytechnic Institute", "Institut polytechnique de Kyiv", "Polytechnischen Institut"]),
    "Naftogaz": ("ORG", ["Naftogaz"]),
    "Ukrenergo": ("ORG", ["Ukrenergo"]),
    "Gazprom": ("ORG", ["Gazprom"]),
    "Atlantic Wire Service": ("ORG", ["Atlantic Wire Service", "ATW"]),
    "Agence Continentale de Presse": ("ORG", ["Agence Continentale de Presse", "ACP"]),
    "Eastern Europe Brief": ("ORG", ["Eastern Europe Brief", "EEBRIEF"]),
    "US Senate": ("ORG", ["Senate", "Sénat"]),
    "Council of Europe": ("ORG", ["Council of Europe"]),
    "Lukoil": ("ORG", ["Lukoil"]),
    "European Parliament": ("ORG", ["European Parliament", "Parlement européen", "Europäischen Parlament",
                                    "Europaparlament"]),
    "Communist Party of China": ("ORG", ["Communist Party", "Parti communiste"]),
    "Mercosur": ("ORG", ["Mercosur"]),
    # Places
    "United States": ("LOC", ["United States", "US", "U.S.", "USA", "États-Unis", "Etats-Unis", "Vereinigten Staaten",
                              "Estados Unidos", "EEUU", "EE.UU.", "Stati Uniti", "America", "Amérique", "Amerika"]),
    "France": ("LOC", ["France", "Frankreich", "Francia", "FRANCE"]),
    "Germany": ("LOC", ["Germany", "Allemagne", "Deutschland", "Alemania", "Germania"]),
    "Spain": ("LOC", ["Spain", "Espagne", "Spanien", "España", "Spagna"]),
    "Italy": ("LOC", ["Italy", "Italie", "Italien", "Italia"]),
    "Ukraine": ("LOC", ["Ukraine", "Ucrania", "Ucraina", "UKRAINE"]),
    "Russia": ("LOC", ["Russia", "Russie", "Russland", "Rusia", "Russlands"]),
    "Kyiv": ("LOC", ["Kyiv", "Kiev", "kyiv", "Kiew", "Kiev", "KYIV", "KIEV", "KIEW", "Kyjiw", "Kiyv"]),
    "Moscow": ("LOC", ["Moscow", "Moscou", "Moskau", "Moscú", "Mosca", "MOSCOW", "MOSCOU"]),
    "Paris": ("LOC", ["Paris", "PARIS", "Parigi", "París"]),
    "Brussels": ("LOC", ["Brussels", "Bruxelles", "Brüssel", "Bruselas", "BRUSSELS", "BRUXELLES", "BRÜSSEL", "BRUSELAS"]),
    "Vilnius": ("LOC", ["Vilnius", "VILNIUS", "Vilna", "Wilna"]),
    "Lithuania": ("LOC", ["Lithuania", "Lituanie", "Litauen", "Lituania"]),
    "Madrid": ("LOC", ["Madrid", "MADRID"]),
    "Berlin": ("LOC", ["Berlin", "BERLIN", "Berlín", "Berlino"]),
    "Frankfurt": ("LOC", ["Frankfurt", "FRANKFURT", "Francfort", "Fráncfort", "Francoforte"]),
    "Riyadh": ("LOC", ["Riyadh", "RIYADH", "Riyad", "RIYAD", "Riad", "RIAD"]),
    "Saudi Arabia": ("LOC", ["Saudi Arabia", "Arabie saoudite", "Saudi-Arabien", "Arabia Saudí", "Arabia Saudita"]),
    "Ryazan": ("LOC", ["Ryazan", "Riazan", "Rjasan", "Riazán", "RYAZAN"]),
    "Sweden": ("LOC", ["Sweden", "Suède", "Schweden", "Suecia", "Svezia"]),
    "Turkey": ("LOC", ["Turkey", "Türkiye", "Turquie", "Türkei", "Turquía", "Turchia"]),
    "Poland": ("LOC", ["Poland", "Pologne", "Polen", "Polonia"]),
    "United Kingdom": ("LOC", ["United Kingdom", "Britain", "UK", "Royaume-Uni", "Großbritannien", "Reino Unido", "Regno Unito"]),
    "China": ("LOC", ["China", "Chine", "Cina"]),
    "Crimea": ("LOC", ["Crimea", "Crimée", "Krim"]),
    "Kostiantynivka": ("LOC", ["Kostiantynivka", "Kostjantyniwka", "Kostiantinivka", "Kostiantynivka"]),
    "Donetsk Oblast": ("LOC", ["Donetsk region", "région de Donetsk", "Region Donezk", "Gebiet Donezk", "Donetsk"]),
    "Kharkiv": ("LOC", ["Kharkiv", "Kharkov", "Charkiw", "Járkov"]),
    "Europe": ("LOC", ["Europe", "Europa"]),
    "Hungary": ("LOC", ["Hungary", "Hongrie", "Ungarn", "Hungría", "Ungheria"]),
    "Finland": ("LOC", ["Finland", "Finlande", "Finnland", "Finlandia"]),
    "Ireland": ("LOC", ["Ireland", "Irlande", "Irland", "Irlanda"]),
    "Norway": ("LOC", ["Norway", "Norvège", "Norwegen", "Noruega"]),
    "Istanbul": ("LOC", ["Istanbul", "Estambul"]),
    "Munich": ("LOC", ["Munich", "München", "Múnich", "Monaco di Baviera"]),
    "London": ("LOC", ["London", "Londres", "Londra"]),
    "Rome": ("LOC", ["Rome", "Roma", "ROMA"]),
    "Normandy": ("LOC", ["Normandy", "Normandie"]),
    "Seine": ("LOC", ["Seine", "Senna", "Sena"]),
    "Notre-Dame de Paris": ("LOC", ["Notre-Dame de Paris", "Notre-Dame", "Notre Dame"]),
    "Eiffel Tower": ("LOC", ["Eiffel Tower", "tour Eiffel", "Torre Eiffel", "Eiffelturm"]),
    "Parc des Princes": ("LOC", ["Parc des Princes"]),
    "Trocadéro": ("LOC", ["Trocadéro", "Trocadero"]),
    "Jardin des Tuileries": ("LOC", ["Tuileries"]),
    "Oval Office": ("LOC", ["Oval Office", "Bureau ovale", "Oval Office", "Despacho Oval", "Studio Ovale"]),
    "Black Sea": ("LOC", ["Black Sea", "mer Noire", "Schwarzen Meer", "mar Negro"]),
    "Gaza": ("LOC", ["Gaza"]),
    "Israel": ("LOC", ["Israel", "Israël"]),
    "Palestine": ("LOC", ["Palestine", "Palestina"]),
    "Felipe VI": ("PER", ["Felipe VI"]),
    "Moncloa Palace": ("LOC", ["Palacio de la Moncloa", "Moncloa"]),
    "Diriyah": ("LOC", ["Diriyah"]),
    "Luxembourg": ("LOC", ["Luxembourg", "Luxemburg", "Lussemburgo", "Luxemburgo"]),
    "Netherlands": ("LOC", ["Netherlands", "Pays-Bas", "Niederlande", "Países Bajos", "Paesi Bassi"]),
    "Denmark": ("LOC", ["Denmark", "Danemark", "Dänemark", "Dinamarca", "Danimarca"]),
    "Romania": ("LOC", ["Romania", "Roumanie", "Rumänien", "Rumanía"]),
    "Moldova": ("LOC", ["Moldova", "Moldavie", "Moldau", "Moldavia"]),
    "Antwerp": ("LOC", ["Antwerp", "Anvers", "Antwerpen", "Amberes"]),
    "Wiesbaden": ("LOC", ["Wiesbaden"]),
    "Ankara": ("LOC", ["Ankara"]),
    "Belgium": ("LOC", ["Belgium", "Belgique", "Belgien", "Bélgica"]),
    "Estonia": ("LOC", ["Estonia", "Estonie", "Estland"]),
    "Portugal": ("LOC", ["Portugal"]),
    "Japan": ("LOC", ["Japan", "Japon", "Japón"]),
    "Saint-Denis": ("LOC", ["Saint-Denis"]),
    "Stade de France": ("LOC", ["Stade de France"]),
    "Austerlitz": ("LOC", ["Austerlitz"]),
    "Île de la Cité": ("LOC", ["île de la Cité", "Île de la Cité"]),
    "Pokrovsk": ("LOC", ["Pokrovsk"]),
    "Zaporizhzhia": ("LOC", ["Zaporizhzhia", "Zaporijjia", "Saporischschja"]),
    "Odesa": ("LOC", ["Odesa", "Odessa"]),
    "Belarus": ("LOC", ["Belarus", "Biélorussie", "Bielorrusia"]),
    "Iran": ("LOC", ["Iran", "Irán"]),
    "South Korea": ("LOC", ["South Korea", "Corée du Sud", "Südkorea", "Corea del Sur", "Corea del Sud"]),
    "North Korea": ("LOC", ["North Korea", "Corée du Nord", "Nordkorea", "Corea del Norte"]),
    "Beijing": ("LOC", ["Beijing", "BEIJING", "Pékin", "PÉKIN", "Peking", "PEKING", "Pekín", "Pechino"]),
    "Shanghai": ("LOC", ["Shanghai", "Shanghái"]),
    "Taiwan": ("LOC", ["Taiwan", "Taïwan", "Taiwán"]),
    "Taiwan Strait": ("LOC", ["Taiwan Strait", "détroit de Taïwan", "Straße von Taiwan"]),
    "South China Sea": ("LOC", ["South China Sea", "Mar Cinese Meridionale"]),
    "Volgograd": ("LOC", ["Volgograd", "Wolgograd", "Volgogrado"]),
    "Place du Luxembourg": ("LOC", ["Place du Luxembourg", "place du Luxembourg"]),
    "Liège": ("LOC", ["Liège"]),
    "Ust-Luga": ("LOC", ["Ust-Luga"]),
    "Baltic Sea": ("LOC", ["Baltic", "Ostsee"]),
}

# Forms that must never be matched automatically (too ambiguous); they are
# given per article where they occur, with the entity they stand for.
_ALIAS_INDEX = None


def _alias_index():
    global _ALIAS_INDEX
    if _ALIAS_INDEX is None:
        idx = {}
        for name, (typ, forms) in ENTITIES.items():
            for f in forms:
                if f in idx and idx[f] != name:
                    raise SystemExit(f"alias {f!r} used for {idx[f]} and {name}")
                idx[f] = name
        forms = sorted(idx, key=len, reverse=True)
        pat = re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w])")
        _ALIAS_INDEX = (idx, pat)
    return _ALIAS_INDEX


def find_entities(text, extra=(), exclude=()):
    """Returns [{name, type, aliases_seen}] for the entities named in text.

    extra: (canonical, type, surface) triples for role phrases and ambiguous
    forms; they are matched first and block shorter overlapping forms.
    exclude: canonical names to drop (a known false match in this text).
    """
    idx, pat = _alias_index()
    taken = []  # (start, end)
    found = {}
    order = []

    def add(name, typ, surface):
        if name in exclude:
            return
        if name not in found:
            found[name] = {"name": name, "type": typ, "aliases_seen": []}
            order.append(name)
        if surface not in found[name]["aliases_seen"]:
            found[name]["aliases_seen"].append(surface)

    for name, typ, surface in sorted(extra, key=lambda x: -len(x[2])):
        hit = False
        for m in re.finditer(r"(?<![\w-])" + re.escape(surface) + r"(?![\w])", text):
            i, start = m.span()
            if any(not (start <= a or i >= b) for a, b in taken):
                continue
            hit = True
            taken.append((i, start))
        if not hit:
            raise SystemExit(f"extra alias {surface!r} ({name}) not in text: {text[:80]!r}")
        add(name, typ, surface)
    for m in pat.finditer(text):
        s, e = m.span()
        if any(not (e <= a or s >= b) for a, b in taken):
            continue
        name = idx[m.group(1)]
        add(name, ENTITIES[name][0], m.group(1))
    return [found[n] for n in order]


# ---------------------------------------------------------------------------
# Article records.
# ---------------------------------------------------------------------------
ARTICLES = []   # every article, in the order the stories modules add them
STORIES = {}    # label -> one-sentence description


def story(label, description):
    STORIES[label] = description
    return label


def Q(speaker, starts, via=None, field="text", fragment=False):
    """A gold direct quote: speaker is a canonical name or an anonymous
    description ending in '(anonymous)'; starts are its first words."""
    q = {"speaker": speaker, "starts": starts, "field": field}
    if via:
        q["via"] = via
    if fragment:
        q["fragment"] = True
    return q


def EV(sentence, actor1, code, actor2, date, mood="asserted", place=None):
    """A gold event: sentence is a unique prefix of the sentence it comes from."""
    return {"sentence": sentence, "actor1": actor1, "code": code, "actor2": actor2,
            "date": date, "mood": mood, "place": place}


class Article:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def add_article(**kw):
    kw.setdefault("quotes", [])
    kw.setdefault("events", [])
    kw.setdefault("extra", [])
    kw.setdefault("exclude", [])
    kw.setdefault("dup", None)
    kw.setdefault("original_outlet", None)
    kw.setdefault("url", None)
    kw.setdefault("author", None)
    kw.setdefault("precision", "day")
    kw.setdefault("evidence", "")
    kw.setdefault("related", [])
    a = Article(**kw)
    ARTICLES.append(a)
    return a


def paras(body):
    """Splits a body written as blank-line separated paragraphs."""
    return [re.sub(r"\s*\n\s*", " ", p.strip()) for p in body.strip().split("\n\n") if p.strip()]


def short_hash(s, n=12):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def esc(s):
    """Escapes text for HTML/XML text and double-quoted attributes (apostrophes stay as they are)."""
    return htmlmod.escape(s, quote=False).replace('"', "&quot;")


def dump_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)

"""Page templates of the corpus's fictional outlets, feeds and JSONL records.

Each outlet has its own page layout (navigation, cookie banner, share bar,
related articles, comments, footer) and its own way of giving the date:
JSON-LD, Open Graph meta tags, a visible date only, or only a date in the URL.
"""

import json
import re

import corpuslib as L
from corpuslib import esc

SITES = {
    "leveilleur": {"name": "Le Veilleur", "domain": "www.leveilleur.fr", "lang": "fr"},
    "abendpost": {"name": "Berliner Abendpost", "domain": "www.abendpost-berlin.de", "lang": "de"},
    "diariodelsur": {"name": "Diario del Sur", "domain": "www.diariodelsur.es", "lang": "es"},
    "harbourledger": {"name": "The Harbour Ledger", "domain": "www.harbourledger.co.uk", "lang": "en"},
    "gazzetta": {"name": "La Gazzetta del Lago", "domain": "www.gazzettadellago.it", "lang": "it"},
    "escaut": {"name": "Le Courrier de l'Escaut", "domain": "www.courrier-escaut.be", "lang": "fr"},
    "atlanticwire": {"name": "Atlantic Wire Service", "domain": "www.atlanticwire.net", "lang": "en"},
    "weltblick": {"name": "Weltblick", "domain": "www.weltblick-online.de", "lang": "de"},
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}


def _last_sunday(y, m):
    import datetime
    d = datetime.date(y, m, 31)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


def default_tz(a):
    """The outlet's local UTC offset on the article's date (UK or central European time, summer time included)."""
    import datetime
    if getattr(a, "tz", None):
        return a.tz
    y, m, d = (int(x) for x in a.date.split("-"))
    day = datetime.date(y, m, d)
    summer = _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    uk = getattr(a, "site", "") == "harbourledger" or a.outlet in ("Midland Daily Monitor", "The Harbour Ledger")
    return ("+01:00" if summer else "+00:00") if uk else ("+02:00" if summer else "+01:00")


def iso_time(a):
    return f"{a.date}T{getattr(a, 'time', '09:30')}:00{default_tz(a)}"


def long_date(a, lang):
    y, m, d = a.date.split("-")
    mon = MONTHS[lang][int(m) - 1]
    if lang == "en":
        return f"{int(d)} {mon} {y}"
    if lang == "de":
        return f"{int(d)}. {mon} {y}"
    return f"{int(d)} {mon} {y}" if lang in ("fr", "it") else f"{int(d)} de {mon} de {y}"


def body_html(a, inline_teaser=None, caption=None):
    out = []
    ps = L.paras(a.body)
    for i, p in enumerate(ps):
        if p.startswith("## "):
            out.append(f"<h2>{esc(p[3:])}</h2>")
        elif p.startswith("> "):
            out.append(f"<blockquote><p>{esc(p[2:])}</p></blockquote>")
        else:
            out.append(f"<p>{esc(p)}</p>")
        if i == 0 and caption:
            out.append(f'<figure class="media"><img src="/img/{L.short_hash(a.key, 8)}.jpg" alt="">'
                       f"<figcaption>{esc(caption)}</figcaption></figure>")
        if i == 1 and inline_teaser:
            out.append(inline_teaser)
    return "\n".join(out)


def jsonld(a, site, extra_date=True):
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
         "inLanguage": a.lang,
         "publisher": {"@type": "Organization", "name": site["name"]},
         "mainEntityOfPage": a.url}
    if extra_date:
        d["datePublished"] = iso_time(a)
        d["dateModified"] = iso_time(a)
    if a.author:
        d["author"] = {"@type": "Person", "name": a.author}
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>"


def og(a, site, with_time):
    m = [f'<meta property="og:title" content="{esc(a.title)}">',
         f'<meta property="og:site_name" content="{esc(site["name"])}">',
         '<meta property="og:type" content="article">',
         f'<meta property="og:url" content="{esc(a.url)}">']
    if with_time:
        m.append(f'<meta property="article:published_time" content="{iso_time(a)}">')
    if a.author:
        m.append(f'<meta name="author" content="{esc(a.author)}">')
    return "\n".join(m)


def related_list(items, heading, cls="related"):
    lis = "\n".join(f'<li><a href="/{L.short_hash(t, 10)}.html">{esc(t)}</a></li>' for t in items)
    return f'<aside class="{cls}"><h3>{esc(heading)}</h3><ul>\n{lis}\n</ul></aside>'


def comments_block(a, heading):
    cs = getattr(a, "comments", [])
    if not cs:
        return f'<section id="comments"><h3>{esc(heading)} (0)</h3></section>'
    items = "\n".join(f'<li class="comment"><span class="user">{esc(u)}</span><p>{esc(t)}</p></li>' for u, t in cs)
    return f'<section id="comments"><h3>{esc(heading)} ({len(cs)})</h3><ol>\n{items}\n</ol></section>'


def head(a, charset, title_suffix, metas):
    cs = charset
    if getattr(a, "meta_http_equiv", False):
        cmeta = f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">'
    elif getattr(a, "no_meta_charset", False):
        cmeta = ""
    else:
        cmeta = f'<meta charset="{cs}">'
    return (f"<!DOCTYPE html>\n<html lang=\"{a.lang}\">\n<head>\n{cmeta}\n"
            f"<title>{esc(a.title)}{title_suffix}</title>\n"
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"{metas}\n<link rel=\"stylesheet\" href=\"/static/site.css\">\n"
            "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>\n"
            "</head>\n")


# --------------------------------------------------------------------------
# One function per outlet layout.
# --------------------------------------------------------------------------

def page_leveilleur(a, site):
    metas = og(a, site, False) + "\n" + (jsonld(a, site) if a.meta == "jsonld" else "")
    if a.url:
        metas += f'\n<link rel="canonical" href="{esc(a.url)}">'
    teaser = (f'<div class="lire-aussi">Lire aussi : <a href="/{L.short_hash(a.related[0], 10)}.html">'
              f"{esc(a.related[0])}</a></div>") if a.related else None
    date_vis = (f'<time datetime="{iso_time(a)}">Publié le {long_date(a, "fr")} à '
                f'{getattr(a, "time", "09:30").replace(":", "h")}</time>') if a.meta != "url" else ""
    return head(a, a.charset, " - Le Veilleur", metas) + f"""<body class="article">
<div id="cookie-banner" role="dialog">Le Veilleur et ses 148 partenaires utilisent des cookies pour mesurer l'audience et personnaliser les publicités. <button>Tout accepter</button> <button>Paramétrer</button> <a href="/confidentialite">Politique de confidentialité</a></div>
<header class="site-header"><a class="logo" href="/">Le Veilleur</a>
<nav><ul><li><a href="/politique/">Politique</a></li><li><a href="/international/">International</a></li><li><a href="/economie/">Économie</a></li><li><a href="/culture/">Culture</a></li><li><a href="/sport/">Sport</a></li><li><a href="/abonnement/">S'abonner</a></li></ul></nav></header>
<main>
<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/{a.section_slug}/">{esc(a.section)}</a> › {esc(a.title[:60])}…</nav>
<article>
<h1>{esc(a.title)}</h1>
<p class="chapo">{esc(getattr(a, 'standfirst', ''))}</p>
<div class="meta"><span class="auteur">Par {esc(a.author or 'La rédaction')}</span> {date_vis}</div>
<div class="partage">Partager : <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">E-mail</a> <a href="#">Copier le lien</a></div>
<div class="article-body">
{body_html(a, teaser, getattr(a, 'caption', None))}
</div>
<p class="tags">Sujets : {' · '.join(esc(t) for t in getattr(a, 'tags', []))}</p>
</article>
{related_list(a.related[1:], "À lire aussi")}
{comments_block(a, "Réactions")}
</main>
<footer><p>© Le Veilleur 2025 · <a href="/mentions-legales">Mentions légales</a> · <a href="/cgv">CGV</a> · <a href="/contact">Nous contacter</a></p></footer>
</body>
</html>
"""


def page_abendpost(a, site):
    metas = og(a, site, a.meta in ("og", "jsonld"))
    if a.meta == "jsonld":
        metas += "\n" + jsonld(a, site)
    if a.url:
        metas += f'\n<link rel="canonical" href="{esc(a.url)}">'
    date_vis = f'<p class="datum">{long_date(a, "de")}, {getattr(a, "time", "09:30")} Uhr</p>' if a.meta != "url" else ""
    teaser = (f'<p class="auch-interessant"><strong>Auch interessant:</strong> <a href="/x/{L.short_hash(a.related[0], 8)}">'
              f"{esc(a.related[0])}</a></p>") if a.related else None
    return head(a, a.charset, " | Berliner Abendpost", metas) + f"""<body>
<div class="consent">Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. <a href="#">Zustimmen</a> | <a href="#">Ablehnen</a> | <a href="/datenschutz">Datenschutzerklärung</a></div>
<div id="kopf"><a href="/">Berliner Abendpost</a>
<ul class="menue"><li><a href="/politik">Politik</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/berlin">Berlin</a></li><li><a href="/kultur">Kultur</a></li><li><a href="/sport">Sport</a></li><li><a href="/abo">Abo</a></li></ul></div>
<div id="inhalt">
<div class="brotkrumen">Startseite &gt; {esc(a.section)} &gt; Artikel</div>
<div class="artikel">
<span class="dachzeile">{esc(getattr(a, 'kicker', a.section))}</span>
<h1>{esc(a.title)}</h1>
{date_vis}
<p class="autor">Von {esc(a.author or 'unserer Redaktion')}</p>
<p class="teaser-text"><b>{esc(getattr(a, 'standfirst', ''))}</b></p>
{body_html(a, teaser, getattr(a, 'caption', None))}
<div class="teilen">Artikel teilen: <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">X</a> <a href="#">E-Mail</a></div>
</div>
{related_list(a.related[1:], "Mehr zum Thema")}
{comments_block(a, "Kommentare")}
</div>
<div id="fuss"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/agb">AGB</a> | © Berliner Abendpost</div>
</body>
</html>
"""


def page_diariodelsur(a, site):
    metas = f'<meta property="og:site_name" content="{esc(site["name"])}">\n<meta name="description" content="{esc(getattr(a, "standfirst", a.title))}">'
    if a.meta == "jsonld":
        metas += "\n" + jsonld(a, site)
    zone = "CEST" if default_tz(a) == "+02:00" else "CET"
    vis = f"{a.dateline_city}, {long_date(a, 'es')} - {getattr(a, 'time', '09:30')} {zone}" if a.meta != "url" else ""
    teaser = (f'<div class="relacionada">Noticia relacionada: <a href="/n/{L.short_hash(a.related[0], 8)}">'
              f"{esc(a.related[0])}</a></div>") if a.related else None
    return head(a, a.charset, " | Diario del Sur", metas) + f"""<body>
<div class="aviso-cookies">Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. <a href="/cookies">Más información</a> <button>Aceptar</button></div>
<header><div class="marca"><a href="/">Diario del Sur</a></div>
<nav class="menu"><a href="/espana">España</a> <a href="/internacional">Internacional</a> <a href="/economia">Economía</a> <a href="/deportes">Deportes</a> <a href="/cultura">Cultura</a> <a href="/opinion">Opinión</a></nav></header>
<div class="contenido">
<p class="seccion">{esc(a.section)}</p>
<h1 class="titular">{esc(a.title)}</h1>
<h2 class="entradilla">{esc(getattr(a, 'standfirst', ''))}</h2>
<div class="firma">{esc(a.author or 'Redacción')} <span class="fecha">{vis}</span></div>
<div class="compartir">Comparte: Facebook · X · WhatsApp · Telegram</div>
<div class="cuerpo">
{body_html(a, teaser, getattr(a, 'caption', None))}
</div>
{related_list(a.related[1:], "Noticias relacionadas", "noticias-relacionadas")}
{comments_block(a, "Comentarios")}
</div>
<footer>Diario del Sur · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a> · <a href="/publicidad">Publicidad</a></footer>
</body>
</html>
"""


def page_harbourledger(a, site):
    metas = og(a, site, a.meta in ("og", "jsonld"))
    if a.meta == "jsonld":
        metas += "\n" + jsonld(a, site)
    metas += f'\n<link rel="canonical" href="{esc(a.url)}">'
    vis = f'<span class="pubdate">{long_date(a, "en")}</span>' if a.meta not in ("url",) else ""
    teaser = (f'<p class="read-more"><strong>READ MORE:</strong> <a href="/{L.short_hash(a.related[0], 8)}">'
              f"{esc(a.related[0])}</a></p>") if a.related else None
    most_read = "".join(f"<li>{esc(t)}</li>" for t in getattr(a, "most_read", ["Rail strike: what commuters need to know this week",
                                                                             "Council approves harbour wall repairs after winter storms",
                                                                             "Five walks along the estuary this weekend"]))
    return head(a, a.charset, " | The Harbour Ledger", metas) + f"""<body>
<div class="cookie-notice">We use cookies to give you the best experience on our website. By continuing you agree to our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<header><a href="/" class="masthead">The Harbour Ledger</a>
<nav><a href="/news">News</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/sport">Sport</a> | <a href="/culture">Culture</a> | <a href="/weather">Weather</a> | <a href="/subscribe">Subscribe</a></nav></header>
<div class="wrap">
<div class="crumbs">News / {esc(a.section)}</div>
<h1>{esc(a.title)}</h1>
<div class="byline">By {esc(a.author or 'Ledger Staff')} {vis}</div>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>
<div class="story-body">
{body_html(a, teaser, getattr(a, 'caption', None))}
</div>
{related_list(a.related[1:], "Related Articles")}
<div class="sidebar"><h3>Most Read</h3><ol>{most_read}</ol></div>
{comments_block(a, "Comments")}
</div>
<footer>The Harbour Ledger · <a href="/about">About us</a> · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · Registered in England and Wales.</footer>
</body>
</html>
"""


def page_gazzetta(a, site):
    metas = og(a, site, a.meta == "og")
    if a.meta == "jsonld":
        metas += "\n" + jsonld(a, site)
    vis = f'<div class="data">{long_date(a, "it")}</div>' if a.meta != "url" else ""
    teaser = (f'<p class="leggi-anche">LEGGI ANCHE: <a href="/a/{L.short_hash(a.related[0], 8)}">'
              f"{esc(a.related[0])}</a></p>") if a.related else None
    return head(a, a.charset, " - La Gazzetta del Lago", metas) + f"""<body>
<div id="cookie">Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all'uso dei cookie. <a href="/privacy">Informativa</a> <button>Accetta</button></div>
<header><a href="/">La Gazzetta del Lago</a>
<nav><a href="/cronaca">Cronaca</a> · <a href="/politica">Politica</a> · <a href="/esteri">Esteri</a> · <a href="/economia">Economia</a> · <a href="/sport">Sport</a></nav></header>
<main>
<div class="percorso">Home » {esc(a.section)}</div>
<h1>{esc(a.title)}</h1>
{vis}
<div class="social">Condividi: Facebook · X · WhatsApp</div>
<div class="testo">
{body_html(a, teaser, getattr(a, 'caption', None))}
</div>
{related_list(a.related[1:], "Potrebbe interessarti anche")}
</main>
<footer>La Gazzetta del Lago S.r.l. · P.IVA 01234567890 · <a href="/contatti">Contatti</a></footer>
</body>
</html>
"""


def page_escaut(a, site):
    metas = f'<meta name="description" content="{esc(getattr(a, "standfirst", a.title))}">'
    vis = f'Publié le {a.date[8:10]}/{a.date[5:7]}/{a.date[0:4]} à {getattr(a, "time", "09:30").replace(":", "h")}'
    teaser = (f'<p class="lire"><b>Lire aussi</b> &gt; <a href="/art/{L.short_hash(a.related[0], 8)}">'
              f"{esc(a.related[0])}</a></p>") if a.related else None
    return head(a, a.charset, " - Le Courrier de l'Escaut", metas) + f"""<body>
<table width="100%" class="bandeau"><tr><td><a href="/"><img src="/img/logo.gif" alt="Le Courrier de l'Escaut"></a></td>
<td class="menu"><a href="/belgique">Belgique</a> | <a href="/monde">Monde</a> | <a href="/region">Région</a> | <a href="/sports">Sports</a> | <a href="/meteo">Météo</a></td></tr></table>
<div class="cookies">En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies. <a href="/vie-privee">En savoir plus</a></div>
<div class="fil">Vous êtes ici : Accueil &gt; {esc(a.section)}</div>
<h1>{esc(a.title)}</h1>
<div class="date">{vis}</div>
<div class="texte">
{body_html(a, teaser, getattr(a, 'caption', None))}
</div>
<div class="partager">Envoyer à un ami | Imprimer | Facebook | Twitter</div>
{related_list(a.related[1:], "Dans la même rubrique")}
{comments_block(a, "Vos réactions")}
<div class="pied">Le Courrier de l'Escaut - Tous droits réservés - Reproduction interdite sans autorisation</div>
</body>
</html>
"""


def page_atlanticwire(a, site):
    metas = og(a, site, False) + "\n" + (jsonld(a, site) if a.meta == "jsonld" else "")
    return head(a, a.charset, " — Atlantic Wire Service", metas) + f"""<body>
<header class="top"><span class="brand">ATLANTIC WIRE SERVICE</span>
<nav><a href="/wire/world">World</a> <a href="/wire/europe">Europe</a> <a href="/wire/americas">Americas</a> <a href="/wire/markets">Markets</a> <a href="/wire/sports">Sports</a> <a href="/login">Client login</a></nav></header>
<div class="cookie">This site uses cookies. <a href="/privacy">Learn more</a> <button>Accept all</button></div>
<article>
<div class="slug">{esc(a.section)} | {esc(getattr(a, 'wire_slug', 'WORLD'))}</div>
<h1>{esc(a.title)}</h1>
<div class="byline">{esc(a.author or 'ATW staff')}</div>
{body_html(a, None, None)}
<p class="editor">(Editing by ATW World Desk; {esc(getattr(a, 'wire_id', 'ATW-00000'))})</p>
</article>
{related_list(a.related, "More from the wire")}
<footer>© Atlantic Wire Service. All rights reserved. Republication or redistribution of ATW content is expressly prohibited without prior written consent.</footer>
</body>
</html>
"""


PAGES = {
    "leveilleur": page_leveilleur, "abendpost": page_abendpost, "diariodelsur": page_diariodelsur,
    "harbourledger": page_harbourledger, "gazzetta": page_gazzetta, "escaut": page_escaut,
    "atlanticwire": page_atlanticwire,
}


def render(a):
    a.charset = getattr(a, "charset", "utf-8")
    return PAGES[a.site](a, SITES[a.site])


# --------------------------------------------------------------------------
# Feeds and JSONL.
# --------------------------------------------------------------------------

def rfc822(a):
    import datetime
    y, m, d = (int(x) for x in a.date.split("-"))
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][datetime.date(y, m, d).weekday()]
    mon = MONTHS["en"][m - 1][:3]
    tz = default_tz(a).replace(":", "")
    return f"{wd}, {d:02d} {mon} {y} {getattr(a, 'time', '09:30')}:00 {tz}"


def item_html(a):
    return "\n".join(f"<p>{esc(p)}</p>" for p in L.paras(a.body))


def rss_feed(items):
    parts = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
             "<channel>",
             "<title>Weltblick – Ausland</title>",
             "<link>https://www.weltblick-online.de/ausland/</link>",
             '<atom:link href="https://www.weltblick-online.de/ausland/feed.rss" rel="self" type="application/rss+xml"/>',
             "<description>Nachrichten aus aller Welt von Weltblick</description>",
             "<language>de-de</language>",
             "<copyright>© Weltblick Medien GmbH</copyright>",
             "<lastBuildDate>Sat, 10 May 2025 18:00:00 +0200</lastBuildDate>",
             "<ttl>15</ttl>"]
    for a in items:
        content = item_html(a) + ('\n<p><em>Lesen Sie auch: ' + esc(a.related[0]) + "</em></p>" if a.related else "")
        parts += ["<item>",
                  f"<title>{esc(a.title)}</title>",
                  f"<link>{esc(a.url)}</link>",
                  f'<guid isPermaLink="false">weltblick-{L.short_hash(a.key, 10)}</guid>',
                  f"<pubDate>{rfc822(a)}</pubDate>",
                  f"<dc:creator>{esc(a.author or 'Weltblick-Redaktion')}</dc:creator>",
                  f"<category>{esc(a.section)}</category>",
                  f"<description>{esc(a.standfirst)}</description>",
                  f"<content:encoded><![CDATA[{content}]]></content:encoded>",
                  "</item>"]
    parts += ["</channel>", "</rss>"]
    return "\n".join(parts) + "\n"


def atom_feed(entries):
    parts = ['<?xml version="1.0" encoding="utf-8"?>',
             '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
             "<title>The Harbour Ledger – World</title>",
             '<link rel="alternate" type="text/html" href="https://www.harbourledger.co.uk/world"/>',
             '<link rel="self" type="application/atom+xml" href="https://www.harbourledger.co.uk/world/atom.xml"/>',
             "<id>tag:harbourledger.co.uk,2023:world</id>",
             "<updated>2025-02-28T23:10:00Z</updated>",
             "<author><name>The Harbour Ledger</name></author>"]
    for a in entries:
        stamp = iso_time(a)
        parts += ["<entry>",
                  f"<title>{esc(a.title)}</title>",
                  f'<link rel="alternate" type="text/html" href="{esc(a.url)}"/>',
                  f"<id>tag:harbourledger.co.uk,{a.date}:{L.short_hash(a.key, 10)}</id>",
                  f"<published>{stamp}</published>",
                  f"<updated>{stamp}</updated>",
                  f"<author><name>{esc(a.author or 'Ledger Staff')}</name></author>",
                  f"<summary>{esc(a.standfirst)}</summary>",
                  f'<content type="html">{esc(item_html(a))}</content>',
                  "</entry>"]
    parts.append("</feed>")
    return "\n".join(parts) + "\n"


def jsonl_record(a):
    rec = {"url": a.url, "title": a.title}
    mode = getattr(a, "jsonl_mode", "text")
    if mode == "text":
        rec["text"] = getattr(a, "pre", "") + "\n\n".join(L.paras(a.body)) + getattr(a, "post", "")
    else:
        a.charset = "utf-8"
        rec["html"] = render(a)
    if getattr(a, "jsonl_published", True):
        rec["published"] = iso_time(a) if a.date else None
    rec["outlet"] = a.outlet
    if getattr(a, "jsonl_language", True):
        rec["language"] = a.lang
    return rec


# --------------------------------------------------------------------------
# Gold helpers.
# --------------------------------------------------------------------------

def _snip(p, n=8):
    w = p.split()
    if len(w) <= n + 3:
        return p
    return " ".join(w[2:2 + n])


def must_contain(a, text):
    ps = [p for p in text.split("\n\n") if len(p.split()) >= 6]
    out = [_snip(ps[0])]
    if len(ps) > 2:
        out.append(_snip(ps[len(ps) // 2]))
    if len(ps) > 1:
        out.append(_snip(ps[-1]))
    return out


def must_not_contain(a):
    out = list(a.related[:3])
    if a.fmt == "txt":
        for ln in (a.pre + "\n" + a.post).split("\n"):
            ln = ln.strip()
            if len(ln) > 30 and ln != a.title and ln not in out:
                out.append(ln)
    if a.fmt in ("html", "warc") or (a.fmt == "jsonl" and getattr(a, "jsonl_mode", "text") == "html"):
        out.append({"leveilleur": "partenaires utilisent des cookies", "abendpost": "Wir verwenden Cookies",
                    "diariodelsur": "Utilizamos cookies propias", "harbourledger": "We use cookies",
                    "gazzetta": "Questo sito utilizza cookie", "escaut": "vous acceptez l'utilisation de cookies",
                    "atlanticwire": "Republication or redistribution"}[a.site])
    return out[:5]


_ABBREV = {"M", "MM", "Mr", "Mrs", "Ms", "Mme", "Dr", "St", "U.S", "avr", "janv", "févr", "sept", "oct", "nov", "déc",
           "Nr", "bzw", "z.B", "Sr", "Sra", "etc", "vs", "Gen", "Lt", "Col", "No"}


def expand_sentence(hay, i):
    """The sentence of hay that starts at i (i is a sentence start)."""
    j = i
    n = len(hay)
    while j < n:
        c = hay[j]
        if hay.startswith("\n\n", j):
            return hay[i:j].strip()
        if c in ".!?" and j > i + 3:
            k = j + 1
            while k < n and hay[k] in "\"”»“’'":
                k += 1
            if k >= n or hay[k] in " \n":
                m = re.search(r"([\w.]+)$", hay[i:j])
                word = m.group(1) if m else ""
                if c != "." or (word not in _ABBREV and not re.fullmatch(r"[A-Z]", word)
                                and not re.fullmatch(r"\d+", word)):
                    return hay[i:k].strip()
        j += 1
    return hay[i:].strip()


_CODES = {
    "Antony Blinken": "USAGOV", "Marco Rubio": "USAGOV", "Joe Biden": "USAGOV", "Donald Trump": "USAGOV",
    "JD Vance": "USAGOV", "Mike Waltz": "USAGOV", "Steve Witkoff": "USAGOV", "Lloyd Austin": "USAMIL",
    "White House": "USAGOV", "US Department of State": "USAGOV", "The Pentagon": "USAMIL",
    "United States Congress": "USALEG", "United States": "USA",
    "Stéphane Séjourné": "FRAGOV", "Jean-Noël Barrot": "FRAGOV", "Sébastien Lecornu": "FRAGOV",
    "Emmanuel Macron": "FRAGOV", "Élysée Palace": "FRAGOV", "France": "FRA",
    "Annalena Baerbock": "DEUGOV", "Olaf Scholz": "DEUGOV", "Friedrich Merz": "DEUGOV",
    "Christian Lindner": "DEUGOV", "Steffen Hebestreit": "DEUGOV", "Germany": "DEU",
    "José Manuel Albares": "ESPGOV", "Pedro Sánchez": "ESPGOV", "Spain": "ESP",
    "Giorgia Meloni": "ITAGOV", "Antonio Tajani": "ITAGOV", "Italy": "ITA",
    "Keir Starmer": "GBRGOV", "United Kingdom": "GBR", "Donald Tusk": "POLGOV", "Poland": "POL",
    "Volodymyr Zelensky": "UKRGOV", "Dmytro Kuleba": "UKRGOV", "Andrii Sybiha": "UKRGOV",
    "Andriy Yermak": "UKRGOV", "Denys Shmyhal": "UKRGOV", "Ukraine": "UKR",
    "General Staff of the Armed Forces of Ukraine": "UKRMIL", "Security Service of Ukraine": "UKRSPY",
    "Sergei Lavrov": "RUSGOV", "Dmitry Peskov": "RUSGOV", "Vladimir Putin": "RUSGOV", "Kremlin": "RUSGOV",
    "Yuri Ushakov": "RUSGOV", "Pavel Malkov": "RUSGOV", "Russian Ministry of Defence": "RUSMIL", "Russia": "RUS",
    "Rosneft": "RUSBUS",
    "NATO": "IGONAT", "Jens Stoltenberg": "IGONAT", "Mark Rutte": "IGONAT",
    "European Union": "IGOEEC", "European Commission": "IGOEEC", "Ursula von der Leyen": "IGOEEC",
    "Kaja Kallas": "IGOEEC", "António Costa": "IGOEEC", "Josep Borrell": "IGOEEC", "European Council": "IGOEEC",
    "Council of the European Union": "IGOEEC",
    "European Central Bank": "IGOEECBNK", "Christine Lagarde": "IGOEECBNK",
    "Recep Tayyip Erdoğan": "TURGOV", "Turkey": "TUR", "Sweden": "SWE", "Ulf Kristersson": "SWEGOV",
    "Gitanas Nausėda": "LTUGOV", "Faisal bin Farhan": "SAUGOV", "Saudi Arabia": "SAU",
    "Viktor Orbán": "HUNGOV", "Hungary": "HUN", "G7": "IGOG7",
    "Xi Jinping": "CHNGOV", "Wang Yi": "CHNGOV", "Qin Gang": "CHNGOV", "China": "CHN", "Charles Michel": "IGOEEC",
    "Lukoil": "RUSBUS", "Andrei Bocharov": "RUSGOV",
}


def actor_code(name):
    if name is None:
        return None
    return _CODES.get(name)

#!/usr/bin/env python3
"""Builds dragoman's bundled sample corpus and its gold from the stories_*.py modules.

Usage: python3 examples/corpus/tools/build_corpus.py   (then make_warc.py)

Writes, under examples/corpus/:
  articles/text/*.txt     scraped plain text (boilerplate lines included)
  articles/html/*.html    saved pages of fictional outlets (several charsets)
  articles/feeds/*.xml    one RSS 2.0 feed (content:encoded) and one Atom feed
  articles/jsonl/*.jsonl  one JSONL export
  (articles/warc/ is written by make_warc.py)
  tools/warc_src/*.html   + manifest.json, the pages that make_warc.py packs
  gold.json               per-article gold (see README.md)
  events_gold.jsonl       gold events, one per line
Deterministic: running it twice gives the same bytes.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import corpuslib as L  # noqa: E402
from corpuslib import esc  # noqa: E402
import templates as T  # noqa: E402

import stories_diplomacy  # noqa: E402,F401
import stories_war  # noqa: E402,F401
import stories_europe  # noqa: E402,F401
import stories_city  # noqa: E402,F401
import stories_paris  # noqa: E402,F401
import stories_lookalike  # noqa: E402,F401

ARTICLES = "articles"  # every input file lives under here, nothing else does
WARC_NAME = "articles/warc/crawl-2025-sample.warc.gz"
RSS_NAME = "articles/feeds/weltblick-international.rss.xml"
ATOM_NAME = "articles/feeds/harbour-ledger-world.atom.xml"
JSONL_NAME = "articles/jsonl/aggregator-export.jsonl"


def write(path, data):
    full = os.path.join(ROOT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(full, mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": "\n"})) as f:
        f.write(data)


def body_text(a):
    return "\n\n".join(L.paras(a.body))


def main():
    arts = L.ARTICLES
    keys = {}
    for a in arts:
        if a.key in keys:
            raise SystemExit(f"duplicate key {a.key}")
        keys[a.key] = a
        if a.story not in L.STORIES:
            raise SystemExit(f"{a.key}: story {a.story} not described")

    # ---- assign file addresses -------------------------------------------
    n_txt = 0
    rss_items, atom_entries, jsonl_recs, warc_pages = [], [], [], []
    for a in arts:
        if a.fmt == "txt":
            a.path = f"articles/text/{n_txt:03d}_{L.short_hash(a.key)}.txt"
            n_txt += 1
        elif a.fmt == "html":
            a.path = f"articles/html/{a.site}-{a.slug}.html"
        elif a.fmt == "rss":
            rss_items.append(a)
            a.path = f"{RSS_NAME}#item {len(rss_items)}"
        elif a.fmt == "atom":
            atom_entries.append(a)
            a.path = f"{ATOM_NAME}#item {len(atom_entries)}"
        elif a.fmt == "jsonl":
            jsonl_recs.append(a)
            a.path = f"{JSONL_NAME}#line {len(jsonl_recs)}"
        elif a.fmt == "warc":
            warc_pages.append(a)
        else:
            raise SystemExit(f"{a.key}: unknown format {a.fmt}")

    # WARC record numbering (1-based over all records, as dragoman's reader
    # prints it): 1 warcinfo, 2 request (for the first page), then one
    # response per page, with a PNG response after the second page.
    rec = 3
    for i, a in enumerate(warc_pages):
        a.path = f"{WARC_NAME}#record {rec}"
        a.warc_record = rec
        rec += 1
        if i == 1:
            rec += 1  # the image/png response

    # ---- write files (stale outputs of an earlier run are removed first) --
    import shutil
    for d in (os.path.join(ARTICLES, "text"), os.path.join(ARTICLES, "html"), os.path.join(ARTICLES, "feeds"),
              os.path.join(ARTICLES, "jsonl"), os.path.join("tools", "warc_src")):
        shutil.rmtree(os.path.join(ROOT, d), ignore_errors=True)
    for a in arts:
        if a.fmt == "txt":
            text = a.pre + body_text(a) + a.post
            if not text.endswith("\n"):
                text += "\n"
            write(a.path, text)
            a.full_text = text
        elif a.fmt == "html":
            page = T.render(a)
            charset = getattr(a, "charset", "utf-8")
            write(a.path, page.encode(charset, errors="xmlcharrefreplace"))
    write(RSS_NAME, T.rss_feed(rss_items))
    write(ATOM_NAME, T.atom_feed(atom_entries))
    lines = [T.jsonl_record(a) for a in jsonl_recs]
    write(JSONL_NAME, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines))

    manifest = []
    src_dir = os.path.join(HERE, "warc_src")
    for a in warc_pages:
        name = f"{a.site}-{a.slug}.html"
        charset = getattr(a, "charset", "utf-8")
        data = T.render(a).encode(charset, errors="xmlcharrefreplace")
        write(os.path.join("tools", "warc_src", name), data)
        manifest.append({"file": name, "url": a.url, "charset": charset,
                         "http_charset": getattr(a, "http_charset", charset),
                         "date": a.crawl_date, "record": a.warc_record})
    write("tools/warc_src/manifest.json", json.dumps(manifest, indent=1) + "\n")

    # ---- gold ------------------------------------------------------------
    gold_articles = []
    events = []
    for a in arts:
        text = body_text(a)
        scan = (a.title + "\n\n" + text) if a.title else text
        ents = L.find_entities(scan, extra=a.extra, exclude=a.exclude)
        for q in a.quotes:
            where = a.title if q["field"] == "title" else text
            if q["starts"] not in where:
                raise SystemExit(f"{a.key}: quote start not found: {q['starts']!r}")
            if q["speaker"] not in L.ENTITIES and not q["speaker"].endswith("(anonymous)"):
                raise SystemExit(f"{a.key}: unknown speaker {q['speaker']}")
        g = {
            "file": a.path,
            "format": a.fmt,
            "language": a.lang,
            "outlet": a.outlet,
            "original_outlet": a.original_outlet,
            "url": a.url,
            "published": a.date,
            "precision": a.precision if a.date else None,
            "published_evidence": a.evidence,
            "title": a.title,
            "story": a.story,
            "duplicate_of": keys[a.dup].path if a.dup else None,
            "must_contain": T.must_contain(a, text),
            "must_not_contain": T.must_not_contain(a),
            "entities": ents,
            "quotes": a.quotes,
        }
        if a.fmt == "txt":
            g["boilerplate"] = [ln.strip() for ln in (a.pre + "\n" + a.post).split("\n") if ln.strip()]
        gold_articles.append(g)
        for ev in a.events:
            hay = text if not ev["sentence"].startswith("T:") else a.title
            pref = ev["sentence"][2:] if ev["sentence"].startswith("T:") else ev["sentence"]
            i = hay.find(pref)
            if i < 0 or hay.find(pref, i + 1) >= 0:
                raise SystemExit(f"{a.key}: event sentence not found once: {pref!r}")
            sent = T.expand_sentence(hay, i)
            for actor in (ev["actor1"], ev["actor2"]):
                if actor and actor not in L.ENTITIES and not actor.endswith("(anonymous)"):
                    raise SystemExit(f"{a.key}: unknown actor {actor}")
            rec_ = {"article": a.path, "field": "title" if ev["sentence"].startswith("T:") else "text",
                    "sentence": sent,
                    "actor1": ev["actor1"], "actor1_code": T.actor_code(ev["actor1"]),
                    "code": ev["code"], "root": ev["code"][:2],
                    "actor2": ev["actor2"], "actor2_code": T.actor_code(ev["actor2"]),
                    "date": ev["date"], "mood": ev["mood"], "place": ev["place"],
                    "story": a.story}
            events.append(rec_)

    gold = {
        "about": ("Gold for dragoman's bundled sample corpus, written by the dragoman project in its own words "
                  "about real 2022-2025 events (facts only; every outlet except the cited news agencies is "
                  "fictional). Generated by tools/build_corpus.py; the format is documented in README.md."),
        "addressing": {
            "file": "path relative to examples/corpus",
            "#record N": "WARC: 1-based position of the record among ALL records of the file (warcinfo is record 1)",
            "#item N": "RSS and Atom: 1-based position of the item/entry in document order",
            "#line N": "JSONL: 1-based line number",
        },
        "stories": L.STORIES,
        "articles": gold_articles,
    }
    write("gold.json", L.dump_json(gold) + "\n")
    write("events_gold.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events))

    langs = sorted({a.lang for a in arts})
    print(f"{len(arts)} articles, {len(L.STORIES)} stories, {len(events)} events, languages {langs}")
    words = [len(body_text(a).split()) for a in arts]
    print(f"words per article: min {min(words)} max {max(words)} mean {sum(words)//len(words)}")
    for a, w in zip(arts, words):
        if w < 150 or w > 600:
            print(f"  note: {a.key} has {w} words")


if __name__ == "__main__":
    main()

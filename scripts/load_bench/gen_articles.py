#!/usr/bin/env python3
"""Writes N synthetic articles as JSONL (clean text) for the load benchmark.

Each article is 3 to 6 paragraphs drawn from the sample corpus
(examples/corpus/articles), with a few words swapped for words from a fixed
vocabulary so that queries have every selectivity from rare to common, a
date in 2024-2025 and one of 40 outlets. Articles come in groups of 2 to 8
that share a topic word and a week ("stories"). Deterministic for a seed.

Usage: gen_articles.py N OUT.jsonl QUERIES.txt [--seed 7] [--stories STORIES.jsonl]
QUERIES.txt receives one search query per line (URL-encoded), for wrk.
STORIES.jsonl receives the groups as story records (id, title, start, end,
articles), for stores whose ingest does not cluster stories itself.
"""
import json
import pathlib
import random
import re
import sys
import urllib.parse
from datetime import date, timedelta

ROOT = pathlib.Path(__file__).resolve().parents[2]


def sample_paragraphs():
    paras = []
    base = ROOT / "examples/corpus/articles"
    for p in sorted((base / "text").glob("*.txt")):
        paras += [x.strip() for x in p.read_text(encoding="utf-8", errors="replace").split("\n\n")]
    for p in sorted((base / "jsonl").glob("*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            try:
                paras += [x.strip() for x in json.loads(line).get("text", "").split("\n\n")]
            except ValueError:
                pass
    return [x for x in paras if len(x) > 80]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    n, out_path, q_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    rnd = random.Random(seed)
    paras = sample_paragraphs()
    if not paras:
        sys.exit("no sample paragraphs under examples/corpus/articles")
    words = sorted({w.lower() for p in paras for w in re.findall(r"[^\W\d_]{5,12}", p)})
    # Topic words: pronounceable nonsense, one per story, so stories are findable.
    syll = ["ka", "lo", "mi", "ra", "te", "vo", "zu", "ne", "si", "da", "po", "gu"]
    topics = ["".join(rnd.choice(syll) for _ in range(4)) for _ in range(5000)]
    outlets = [f"Outlet {c}{d}" for c in "ABCDEFGHIJ" for d in range(4)]
    start = date(2024, 1, 1)
    stories_path = sys.argv[sys.argv.index("--stories") + 1] if "--stories" in sys.argv else None
    stories = []
    i = 0
    with open(out_path, "w", encoding="utf-8") as out:
        while i < n:
            topic = rnd.choice(topics)
            day = start + timedelta(days=rnd.randrange(730))
            story = {"id": f"lbs-{len(stories):06d}", "title": f"{topic.capitalize()} update",
                     "start": day.isoformat(), "end": day.isoformat(), "articles": []}
            stories.append(story)
            for _ in range(rnd.randint(2, 8)):
                if i >= n:
                    break
                body = rnd.sample(paras, rnd.randint(3, 6))
                # Swap a few words per paragraph; put the topic word in.
                new = []
                for p in body:
                    toks = p.split(" ")
                    for _ in range(3):
                        toks[rnd.randrange(len(toks))] = rnd.choice(words)
                    new.append(" ".join(toks))
                new[0] = f"{topic.capitalize()} update. " + new[0]
                d = day + timedelta(days=rnd.randrange(5))
                rec = {
                    "id": f"lb-{i:06d}",
                    "url": f"https://example.org/lb/{i}",
                    "title": f"{topic.capitalize()}: {rnd.choice(words)} and {rnd.choice(words)}",
                    "text": "\n\n".join(new),
                    "clean": True,
                    "language": "en",
                    "outlet": rnd.choice(outlets),
                    "published": f"{d.isoformat()}T{rnd.randrange(24):02d}:{rnd.randrange(60):02d}:00Z",
                }
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                story["articles"].append(rec["id"])
                story["end"] = max(story["end"], d.isoformat())
                i += 1
    if stories_path:
        with open(stories_path, "w", encoding="utf-8") as sf:
            for st in stories:
                sf.write(json.dumps(st) + "\n")
    # Queries: rare topic words, common words, two-word queries, filters.
    with open(q_path, "w", encoding="utf-8") as q:
        for _ in range(2000):
            kind = rnd.randrange(5)
            if kind == 0:
                params = {"q": rnd.choice(topics)}
            elif kind == 1:
                params = {"q": rnd.choice(words)}
            elif kind == 2:
                params = {"q": rnd.choice(words) + " " + rnd.choice(words)}
            elif kind == 3:
                params = {"q": rnd.choice(words), "outlet": rnd.choice(outlets)}
            else:
                y = rnd.choice(["2024", "2025"])
                params = {"q": rnd.choice(words), "from": f"{y}-{rnd.randint(1, 12):02d}", "to": f"{y}-12-31"}
            q.write(urllib.parse.urlencode(params, quote_via=urllib.parse.quote) + "\n")


if __name__ == "__main__":
    main()

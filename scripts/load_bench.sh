#!/usr/bin/env bash
# Load benchmark of `dragoman serve` (issue 7): a store of N synthetic
# articles (default 100000), wrk at C connections (default 200) for D seconds
# (default 25) on /api/search (varied queries) and on /api/stories (the first
# pages, following real cursors) + /api/stories/{id}; prints wrk's latency
# distribution (p50..p99), requests/s, errors, and the server's RSS before and
# after each run, then one "summary:" line per run. Before the runs,
# scripts/load_bench/single.py times single requests one at a time.
#
#   scripts/load_bench.sh [--articles N] [--connections C] [--duration 25s]
#                         [--threads T] [--work DIR] [--until STAGE]
#                         [--warmup 10s] [--no-cache] [--server-arg ARG]...
#                         [--only search|stories]
#
# The store is built once under --work (default build/load_bench) and reused
# by later runs with the same N (delete store-N.db to rebuild). --until is
# passed to `dragoman ingest` (default: extract, i.e. read + store without
# the NLP stages, to build the store in minutes on 2 cores; "all" runs the
# whole pipeline). The ingest runs with --no-stories (incremental clustering
# of 100,000 articles takes far longer than the rest on 2 cores) and the
# generator's article groups are written as stories instead, the same rows
# ReplaceStories writes.
# --warmup D runs each workload for D before its measured run (reported
# apart, as "warm-up"): it fills the server's response cache and page caches.
# --no-cache starts the server with --cache-mib 0 (every reply computed from
# the store). --server-arg passes one more argument to `dragoman serve`
# (e.g. --server-arg --readers --server-arg 2).
# Needs: build/dragoman, python3, wrk (Debian package wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=100000 CONN=200 DUR=25s THREADS=2 WORK=build/load_bench UNTIL=extract WARMUP="" ONLY=""
SERVER_ARGS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --articles) N=$2; shift 2 ;;
    --connections) CONN=$2; shift 2 ;;
    --duration) DUR=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --server-threads) SERVER_ARGS+=(--threads "$2"); shift 2 ;;
    --server-arg) SERVER_ARGS+=("$2"); shift 2 ;;
    --no-cache) SERVER_ARGS+=(--cache-mib 0); shift ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --until) UNTIL=$2; shift 2 ;;
    -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
    *) echo "load_bench: unknown argument $1" >&2; exit 2 ;;
  esac
done
BIN=$ROOT/build/dragoman
[[ -x $BIN ]] || { echo "load_bench: $BIN missing: build first (make)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "load_bench: wrk missing: apt-get install wrk" >&2; exit 2; }
mkdir -p "$WORK"
WORK=$(realpath "$WORK")
DB=$WORK/store-$N.db
Q=$WORK/queries.txt
S=$WORK/stories-$N.jsonl
if [[ ! -s $DB ]]; then
  if [[ ! -s $WORK/articles-$N.jsonl || ! -s $S ]]; then
    echo "== generating $N articles"
    python3 scripts/load_bench/gen_articles.py "$N" "$WORK/articles-$N.jsonl" "$Q" --stories "$S"
  fi
  echo "== ingesting (--until $UNTIL)"
  /usr/bin/time -f "ingest: %e s wall, %M KB max RSS" \
    "$BIN" ingest "$WORK/articles-$N.jsonl" --db "$DB.tmp" --until "$UNTIL" --batch 2000 --no-stories -v
  stories=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from stories').fetchone()[0])" "$DB.tmp")
  if [[ $stories == 0 ]]; then
    echo "== writing the generator's article groups as stories"
    python3 - "$DB.tmp" "$S" <<'PY'
import json, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
with db:
    for line in open(sys.argv[2], encoding="utf-8"):
        s = json.loads(line)
        db.execute('INSERT INTO stories(id, title, start, "end", articles) VALUES(?,?,?,?,?)',
                   (s["id"], s["title"], s["start"], s["end"], len(s["articles"])))
        db.executemany("UPDATE articles SET story_id = ? WHERE id = ?", [(s["id"], a) for a in s["articles"]])
PY
  fi
  mv "$DB.tmp" "$DB"
  rm -f "$WORK/articles-$N.jsonl"
fi
python3 -c "import sqlite3,sys; [print(r[0]) for r in sqlite3.connect(sys.argv[1]).execute('select id from stories order by random() limit 2000')]" "$DB" > "$WORK/story_ids.txt"
echo "== store: $DB ($(du -h "$DB" | cut -f1)), $(wc -l < "$WORK/story_ids.txt") story ids sampled"

ERR=$WORK/serve.err
"$BIN" serve --db "$DB" --port 0 "${SERVER_ARGS[@]}" 2> "$ERR" &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 300); do grep -q "serving" "$ERR" && break; sleep 0.1; done
PORT=$(sed -n 's|.*http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$ERR" | head -1)
[[ -n $PORT ]] || { echo "load_bench: server did not start:" >&2; cat "$ERR" >&2; exit 1; }
URL=http://127.0.0.1:$PORT
rss() { awk '/VmRSS/ {print $2 " " $3}' /proc/$PID/status; }
echo "== serving on $URL (pid $PID, serve ${SERVER_ARGS[*]:-with default options}); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
echo "RSS at start: $(rss)"
# The stories list's first five pages, by following real cursors.
CURSORS=$WORK/story_cursors.txt
python3 - "$URL" > "$CURSORS" <<'PY'
import json, sys, urllib.parse, urllib.request
url, cursor = sys.argv[1], ""
for _ in range(5):
    print(urllib.parse.quote(cursor, safe=""))
    q = "/api/stories" + ("?cursor=" + urllib.parse.quote(cursor, safe="") if cursor else "")
    nxt = json.load(urllib.request.urlopen(url + q))["next"]
    if not nxt:
        break
    cursor = nxt
PY
# One request of each kind so that the measured runs do not pay for opening
# the store's connections.
curl -sf "$URL/api/search?q=update" > /dev/null
curl -sf "$URL/api/stories" > /dev/null
echo "RSS before: $(rss)"
echo "== single requests, one at a time (load average $(cut -d' ' -f1-3 /proc/loadavg))"
python3 scripts/load_bench/single.py "$URL"
echo "RSS after single requests: $(rss)"

export LOAD_BENCH_DIR=$ROOT/scripts/load_bench
run() {  # NAME SCRIPT DURATION ENV=FILE...
  local name=$1 script=$2 dur=$3
  shift 3
  echo; echo "== $name: wrk -t$THREADS -c$CONN -d$dur --latency -s $script $URL (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  env "$@" wrk -t"$THREADS" -c"$CONN" -d"$dur" --timeout 10s --latency -s "$script" "$URL" | sed "s/^summary:/summary $name:/"
  echo "RSS after $name: $(rss)"
}
search() { run "$1" scripts/load_bench/search.lua "$2" QUERIES="$Q"; }
stories() { run "$1" scripts/load_bench/stories.lua "$2" STORIES="$WORK/story_ids.txt" CURSORS="$CURSORS"; }
if [[ $ONLY != stories ]]; then
  [[ -n $WARMUP ]] && search search-warmup "$WARMUP"
  search search "$DUR"
fi
if [[ $ONLY != search ]]; then
  [[ -n $WARMUP ]] && stories stories-warmup "$WARMUP"
  stories stories "$DUR"
fi
[[ -z $ONLY ]] && search search-again "$DUR"
echo
echo "== server metrics"
curl -sf "$URL/metrics" | grep -E '^dragoman_(http_requests_total|response_cache)' || true
echo "== RSS at the end: $(rss); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

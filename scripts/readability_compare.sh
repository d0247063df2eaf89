#!/usr/bin/env bash
# Runs Mozilla Readability.js (npm @mozilla/readability, under node, with jsdom
# and with linkedom as the DOM) and dragoman on the same pages of trafilatura's
# evaluation set, scores both with the same code (`dragoman eval extract`), and
# prints a Markdown table: precision, recall, F1, pages/s (single-threaded,
# CPU time, median of RUNS runs).
#
#   scripts/readability_compare.sh [BUILD_DIR] [EVAL_SET]
#   RUNS=3 LIMIT=0 DOMS="jsdom linkedom" scripts/readability_compare.sh
#
# The node packages are installed, pinned, into .deps/readability/ (never
# committed). Readability reads exactly the UTF-8 pages dragoman read
# (`dragoman eval extract --write-html`).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
set_dir=${2:-../shared/eval/trafilatura-eval}
runs=${RUNS:-3}
limit=${LIMIT:-0}
doms=${DOMS:-"jsdom linkedom"}
READABILITY_VERSION=0.6.0
JSDOM_VERSION=26.1.0
LINKEDOM_VERSION=0.18.12

home=.deps/readability
want="@mozilla/readability@$READABILITY_VERSION jsdom@$JSDOM_VERSION linkedom@$LINKEDOM_VERSION"
if [[ ! -f "$home/.complete" || "$(cat "$home/.complete")" != "$want" ]]; then
  echo "readability_compare: installing $want into $home" >&2
  mkdir -p "$home"
  echo '{"name":"dragoman-readability-peer","private":true,"version":"0.0.0"}' > "$home/package.json"
  (cd "$home" && npm install --silent --no-audit --no-fund --ignore-scripts --save-exact $want >/dev/null)
  echo "$want" > "$home/.complete"
fi

bin="$build/dragoman"
[[ -x "$bin" ]] || { echo "readability_compare: no $bin (build first)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$bin" eval extract --set "$set_dir" --limit "$limit" --runs "$runs" --format jsonl --write-html "$tmp/html" \
  > "$tmp/dragoman.json"

rows=()
row() {  # engine json-summary
  python3 - "$1" "$2" <<'PY'
import json, sys
name, path = sys.argv[1], sys.argv[2]
j = json.loads(open(path).read().strip().splitlines()[-1])
t = json.loads(open(path + ".timing").read()) if name != "dragoman" else j
print(f"| {name} | {j['precision']:.3f} | {j['recall']:.3f} | {j['f1']:.3f} | {j['accuracy']:.3f} | "
      f"{t['pages_per_s']:.1f} | {t['mb_per_s']:.2f} |")
PY
}
rows+=("$(row dragoman "$tmp/dragoman.json")")
for dom in $doms; do
  READABILITY_HOME="$home" node scripts/readability_extract.mjs "$tmp/html" --dom "$dom" --runs "$runs" \
    > "$tmp/readability-$dom.jsonl" 2> "$tmp/readability-$dom.json.timing"
  "$bin" eval extract --set "$set_dir" --limit "$limit" --predictions "$tmp/readability-$dom.jsonl" \
    --engine "readability+$dom" --format jsonl > "$tmp/readability-$dom.json"
  rows+=("$(row "readability+$dom" "$tmp/readability-$dom.json")")
done

pages=$(python3 -c "import json,sys; print(json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])['pages'])" "$tmp/dragoman.json")
echo "Pages: $pages from $set_dir; runs: $runs (median); $(nproc) cores, $(uname -m); node $(node --version)"
echo
echo "| engine | precision | recall | F1 | accuracy | pages/s | MB/s |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"

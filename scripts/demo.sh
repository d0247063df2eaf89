#!/usr/bin/env bash
# The main job on the bundled sample corpus: ingest it into a fresh store,
# print a report, then serve the dashboard. Called by `make demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
db=${2:-$build/sample.db}
port=${3:-8080}
bin="$build/dragoman"

rm -f "$db" "$db-wal" "$db-shm"
echo "== ingesting examples/corpus/articles into $db" >&2
# Exit 3 means some inputs could not be read (each is reported above): the
# report goes on with what was stored.
"$bin" ingest examples/corpus/articles --db "$db" -v || echo "== (some inputs failed, see above)" >&2
echo >&2
echo "== report: $db" >&2
"$bin" stats --db "$db" --top 15
if "$bin" serve --help >/dev/null 2>&1; then
  echo >&2
  echo "== dashboard: http://127.0.0.1:$port/  (Ctrl-C to stop)" >&2
  exec "$bin" serve --db "$db" --port "$port"
fi

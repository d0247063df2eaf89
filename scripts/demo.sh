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
"$bin" ingest examples/corpus/articles --db "$db" || true
echo >&2
"$bin" stats --db "$db"
if "$bin" serve --help >/dev/null 2>&1; then
  echo >&2
  echo "== dashboard: http://127.0.0.1:$port/  (Ctrl-C to stop)" >&2
  exec "$bin" serve --db "$db" --port "$port"
fi

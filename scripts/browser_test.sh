#!/usr/bin/env bash
# Browser test of the dashboard: Playwright (playwright-core from npm) drives
# Debian's Chromium against a real `dragoman serve` on the sample corpus.
#
#   scripts/browser_test.sh [PATH/TO/dragoman]
#
# Exit 0: passed; 1: failed; 77: skipped (no Chromium or no node/npm).
# Screenshots go to $DRAGOMAN_SCREENSHOTS (default: build/screenshots/).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DRAGOMAN="${1:-$ROOT/build/dragoman}"
PLAYWRIGHT_VERSION="1.65.1"   # pinned: `npm view playwright-core version`
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
DEPS="$ROOT/.deps/browser"
SHOTS="${DRAGOMAN_SCREENSHOTS:-$ROOT/build/screenshots}"

if [[ ! -x "$CHROMIUM" ]]; then
  echo "SKIP: chromium not installed ($CHROMIUM); install it with: sudo apt-get install chromium" >&2
  exit 77
fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "SKIP: node and npm are needed for the browser test (apt-get install nodejs npm)" >&2
  exit 77
fi
if [[ ! -x "$DRAGOMAN" ]]; then
  echo "FAIL: no dragoman binary at $DRAGOMAN (build first: cmake --build build)" >&2
  exit 1
fi

# playwright-core, pinned, installed once into .deps/browser (ignored by git).
have_version="$(node -e "try{console.log(require('$DEPS/node_modules/playwright-core/package.json').version)}catch(e){}" 2>/dev/null || true)"
if [[ "$have_version" != "$PLAYWRIGHT_VERSION" ]]; then
  echo "installing playwright-core@$PLAYWRIGHT_VERSION into $DEPS" >&2
  mkdir -p "$DEPS"
  [[ -f "$DEPS/package.json" ]] || echo '{"name":"dragoman-browser-deps","private":true}' > "$DEPS/package.json"
  if ! npm install --prefix "$DEPS" --no-audit --no-fund --silent "playwright-core@$PLAYWRIGHT_VERSION" >&2; then
    echo "FAIL: could not install playwright-core@$PLAYWRIGHT_VERSION from npm" >&2
    exit 1
  fi
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/dragoman-browser.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$DRAGOMAN" ingest "$ROOT/examples/corpus/articles" --db "$WORK/store.db" 2>"$WORK/ingest.log" || {
  # A few unreadable sample inputs are reported but the store is still filled.
  [[ -s "$WORK/store.db" ]] || { echo "FAIL: ingest produced no store" >&2; cat "$WORK/ingest.log" >&2; exit 1; }
}

"$DRAGOMAN" serve --db "$WORK/store.db" --port 0 --web "$ROOT/web" 2>"$WORK/serve.log" &
SERVER_PID=$!
PORT=""
for _ in $(seq 1 100); do
  PORT="$(sed -n 's#.*serving .* on http://127\.0\.0\.1:\([0-9][0-9]*\)/.*#\1#p' "$WORK/serve.log" | head -n1)"
  [[ -n "$PORT" ]] && break
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "FAIL: server exited" >&2; cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$PORT" ]] || { echo "FAIL: server did not report its port" >&2; cat "$WORK/serve.log" >&2; exit 1; }

mkdir -p "$SHOTS"
DRAGOMAN_URL="http://127.0.0.1:$PORT/" DRAGOMAN_SCREENSHOTS="$SHOTS" CHROMIUM="$CHROMIUM" \
  DRAGOMAN_BROWSER_DEPS="$DEPS" node "$ROOT/tests/browser/dashboard.test.mjs"

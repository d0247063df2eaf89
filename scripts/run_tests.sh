#!/usr/bin/env bash
# Runs the whole test suite against the build folder given (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
cd "$build"
ctest --output-on-failure -j "$(nproc)"

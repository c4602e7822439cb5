#!/usr/bin/env bash
# Builds the app into dist/ (release: optimised, wasm-opt'd with binaryen 132, with .br and
# .gz copies of its text files and a _headers file for the host: scripts/post_build.mjs).
# Installs only what the build needs (scripts/setup.sh --build-only): no browsers.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

"$REPO/scripts/setup.sh" --build-only

echo "build: trunk build --release"
if ! trunk build --release; then
  echo "build: FAILED: trunk build --release" >&2
  exit 1
fi
echo "build: dist/ is ready ($(du -sh dist | cut -f1))"

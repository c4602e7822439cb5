#!/usr/bin/env bash
# Builds the app, then serves dist/ on http://127.0.0.1:$PORT/ (PORT defaults to 8080).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

"$REPO/scripts/build.sh"

PORT="${PORT:-8080}"
# Prints "Rebound is running at http://127.0.0.1:PORT/" and serves until Ctrl+C.
exec node tests/e2e/serve.mjs --root dist --host 127.0.0.1 --port "$PORT"

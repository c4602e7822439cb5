# Sourced by the other scripts: puts the project's tools on PATH.
#   node_modules/.bin first, so trunk finds binaryen 132's wasm-opt (never Debian's 108);
#   ~/.cargo/bin for trunk, wasm-bindgen and wasm-bindgen-test-runner.
# shellcheck shell=bash

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO

_rebound_path_prepend() {
  case ":$PATH:" in
    *":$1:"*) PATH="$1:$(printf '%s' ":$PATH:" | sed "s#:$1:#:#; s#^:##; s#:\$##")" ;;
    *) PATH="$1:$PATH" ;;
  esac
}
_rebound_path_prepend "$HOME/.cargo/bin"
_rebound_path_prepend "$REPO/node_modules/.bin"
unset -f _rebound_path_prepend
export PATH

export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Lighthouse and chrome-launcher look for the browser here.
export CHROME_PATH="${CHROME_PATH:-$CHROMIUM}"

# trunk otherwise asks crates.io for a newer trunk on every run.
export TRUNK_SKIP_VERSION_CHECK="${TRUNK_SKIP_VERSION_CHECK:-true}"

#!/usr/bin/env bash
# Every check, in order, stopping at the first failure:
#   format, clippy (native and wasm), native tests, the bench's own code (node), wasm
#   tests in headless Chromium,
#   release build, end-to-end tests in headless Chromium (with nginx serving dist/ in
#   tests/e2e/nginx.test.mjs), then the engines stage: one shared scenario in Firefox ESR,
#   then in WebKitGTK under Xvfb (tests/engines/), one engine after the other.
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

START=$SECONDS
STAGE_START=$SECONDS
STAGE="setup"

stage() {
  STAGE="$1"
  STAGE_START=$SECONDS
  echo
  echo "=== test: $STAGE ==="
}
finish_stage() {
  echo "--- test: $STAGE ok ($((SECONDS - STAGE_START)) s)"
}
trap 'rc=$?; if [ $rc -ne 0 ]; then echo; echo "=== test: FAILED at stage: $STAGE (exit $rc, after $((SECONDS - START)) s in total) ===" >&2; fi' EXIT

stage "setup"
"$REPO/scripts/setup.sh"
finish_stage

stage "cargo fmt --check"
cargo fmt --check
cargo fmt --check --manifest-path tools/locales/Cargo.toml
finish_stage

stage "cargo clippy (native, all targets)"
cargo clippy --all-targets -- -D warnings
finish_stage

stage "cargo clippy (tools/locales, the language files' compiler run by post_build)"
cargo clippy --locked --manifest-path tools/locales/Cargo.toml --target-dir target/tools -- -D warnings
finish_stage

stage "cargo clippy (wasm32, lib and bins)"
cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
finish_stage

stage "cargo test (native)"
cargo test
finish_stage

stage "the bench's own code (tests/bench/*.test.mjs)"
node --test tests/bench/*.test.mjs
finish_stage

stage "wasm tests in headless Chromium (tests/wasm_*.rs)"
shopt -s nullglob
wasm_tests=(tests/wasm_*.rs)
shopt -u nullglob
if [ ${#wasm_tests[@]} -eq 0 ]; then
  echo "test: no tests/wasm_*.rs yet: skipped"
else
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER="$CHROMEDRIVER" \
    cargo test --target wasm32-unknown-unknown --test 'wasm_*'
fi
finish_stage

stage "trunk build --release (with the pseudo-language, for the e2e tests)"
REBOUND_PSEUDO=1 trunk build --release
finish_stage

stage "end-to-end tests (tests/e2e/*.test.mjs)"
shopt -s nullglob
e2e_tests=(tests/e2e/*.test.mjs)
shopt -u nullglob
if [ ${#e2e_tests[@]} -eq 0 ]; then
  echo "test: no tests/e2e/*.test.mjs: nothing to run" >&2
  false
fi
node --test --test-concurrency=1 "${e2e_tests[@]}"
finish_stage

# The same scenario in the two other engines, against nginx with deploy/nginx.conf.
stage "engines: Firefox ESR (tests/engines/firefox.test.mjs)"
node --test tests/engines/firefox.test.mjs
finish_stage

# MiniBrowser has no headless mode: a virtual X display for it.
stage "engines: WebKitGTK under Xvfb (tests/engines/webkit.test.mjs)"
xvfb-run -a -s "-screen 0 1280x1024x24" node --test tests/engines/webkit.test.mjs
finish_stage

echo
echo "=== test: all stages passed in $((SECONDS - START)) s ==="

#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there at the
# right version. Safe to run again and again (build.sh and test.sh run it every time).
#
#   wasm32-unknown-unknown target   rustup
#   trunk 0.21.14                   cargo install --locked
#   wasm-bindgen-cli = Cargo.lock   cargo install (not --locked: its lock wants a crate
#                                   version the registry lacks); brings wasm-bindgen-test-runner
#   chromium, chromium-driver       apt
#   binaryen 132, playwright-core,  npm ci (from package-lock.json)
#   axe-core
set -euo pipefail

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

TRUNK_VERSION="0.21.14"

STEP="start"
say() { echo "setup: $*"; }
die() { echo "setup: FAILED at step: $STEP: $*" >&2; exit 1; }
trap 'echo "setup: FAILED at step: $STEP (exit $?)" >&2' ERR

# sudo only when not root (and only if there is one).
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || die "not root and no sudo: cannot run apt-get"
  SUDO="sudo"
fi

# Another `cargo install` of the same crate (e.g. a machine's provisioning still running)
# would race with ours for ~/.cargo/bin: wait for it instead of starting a second one.
wait_for_cargo_install() {
  local crate="$1" pids
  while pids="$(pgrep -f "cargo install.* $crate@" || true)"; [ -n "$pids" ]; do
    say "waiting for a running 'cargo install $crate' (pid $(echo "$pids" | tr '\n' ' ' | sed 's/ $//')) to finish"
    sleep 15
  done
}

# --- prerequisites -------------------------------------------------------------------
STEP="prerequisites"
command -v cargo  >/dev/null 2>&1 || die "cargo not found (install Rust with rustup first)"
command -v rustup >/dev/null 2>&1 || die "rustup not found (install Rust with rustup first)"
command -v node   >/dev/null 2>&1 || die "node not found (Node 20 or newer is needed)"
command -v npm    >/dev/null 2>&1 || die "npm not found (it comes with Node)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || die "Node $node_major is too old: Node 20 or newer is needed"

# --- wasm target ---------------------------------------------------------------------
STEP="rustup target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx 'wasm32-unknown-unknown'; then
  say "wasm32-unknown-unknown target already installed"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || die "rustup target add wasm32-unknown-unknown failed"
fi

# --- trunk ---------------------------------------------------------------------------
STEP="trunk $TRUNK_VERSION"
trunk_version() { trunk --version 2>/dev/null | awk '{print $2}' || true; }
wait_for_cargo_install trunk
if [ "$(trunk_version)" = "$TRUNK_VERSION" ]; then
  say "trunk $TRUNK_VERSION already installed"
else
  say "installing trunk $TRUNK_VERSION with cargo (takes about 7 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION" || die "cargo install --locked trunk@$TRUNK_VERSION failed"
  [ "$(trunk_version)" = "$TRUNK_VERSION" ] || die "trunk on PATH is '$(trunk_version)', wanted $TRUNK_VERSION ($(command -v trunk || echo 'not on PATH'))"
fi

# --- wasm-bindgen-cli ----------------------------------------------------------------
STEP="wasm-bindgen-cli"
[ -f Cargo.lock ] || die "Cargo.lock not found in $REPO"
WB_VERSION="$(awk '/^name = "wasm-bindgen"$/ { found = 1; next }
                   found && /^version = / { gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
[ -n "$WB_VERSION" ] || die "no wasm-bindgen package found in Cargo.lock"
STEP="wasm-bindgen-cli $WB_VERSION"
wb_version() { wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true; }
wait_for_cargo_install wasm-bindgen-cli
if [ "$(wb_version)" = "$WB_VERSION" ] && command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  say "wasm-bindgen-cli $WB_VERSION already installed"
else
  say "installing wasm-bindgen-cli $WB_VERSION with cargo (the version in Cargo.lock; about 3 minutes)"
  # Not --locked: the crate's own lock file wants a webpki-roots the registry lacks.
  cargo install --force "wasm-bindgen-cli@$WB_VERSION" || die "cargo install wasm-bindgen-cli@$WB_VERSION failed"
  [ "$(wb_version)" = "$WB_VERSION" ] || die "wasm-bindgen on PATH is '$(wb_version)', wanted $WB_VERSION ($(command -v wasm-bindgen || echo 'not on PATH'))"
fi

# --- chromium ------------------------------------------------------------------------
STEP="chromium and chromium-driver (apt)"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromium-driver already installed"
else
  say "installing chromium and chromium-driver with apt"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q || die "apt-get update failed"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver \
    || die "apt-get install chromium chromium-driver failed"
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || die "/usr/bin/chromium or /usr/bin/chromedriver still missing after apt-get install"
fi

# --- npm packages --------------------------------------------------------------------
STEP="npm packages (npm ci)"
[ -f package-lock.json ] || die "package-lock.json not found in $REPO"
STAMP="node_modules/.rebound-npm-stamp"
npm_hash="$(cat package.json package-lock.json | sha256sum | awk '{print $1}')"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$npm_hash" ] && [ -x node_modules/.bin/wasm-opt ]; then
  say "npm packages already installed (node_modules matches package-lock.json)"
else
  say "installing npm packages with npm ci"
  npm ci --no-audit --no-fund || die "npm ci failed"
  echo "$npm_hash" > "$STAMP"
fi
STEP="wasm-opt check"
wasm-opt --version 2>/dev/null | grep -q 'version 132' \
  || die "wasm-opt on PATH is not binaryen 132 ($(command -v wasm-opt || echo 'not on PATH')); trunk needs it"

say "done"

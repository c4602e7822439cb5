#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there at the
# right version. Safe to run again and again (build.sh and test.sh run it every time).
#
#   scripts/setup.sh               everything: the build's tools, the browsers, nginx
#   scripts/setup.sh --build-only  only what `trunk build --release` needs (build.sh, and
#                                  the GitHub Pages workflow): no browsers, no nginx
#
#   wasm32-unknown-unknown target   rustup
#   trunk 0.21.14                   cargo install --locked
#   wasm-bindgen-cli = Cargo.lock   cargo install (not --locked: its lock wants a crate
#                                   version the registry lacks); brings wasm-bindgen-test-runner
#   binaryen 132, esbuild,          npm ci (from package-lock.json); none of them downloads
#   playwright-core, axe-core,      a browser
#   puppeteer-core, lighthouse,
#   selenium-webdriver
#   chromium, chromium-driver       apt                                  (not with --build-only)
#   firefox-esr, webkit2gtk-driver, apt --no-install-recommends          (not with --build-only)
#   xvfb, xauth                     (the engines stage: tests/engines/)
#   nginx, its brotli_static module apt --no-install-recommends, never started as a service
#                                   (tests/e2e/nginx.test.mjs runs its own)  (not with --build-only)
set -euo pipefail

BUILD_ONLY=0
for arg in "$@"; do
  case "$arg" in
    --build-only) BUILD_ONLY=1 ;;
    *) echo "setup: unknown argument: $arg (the only option is --build-only)" >&2; exit 2 ;;
  esac
done

# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

TRUNK_VERSION="0.21.14"

STEP="start"
say() { echo "setup: $*"; }
die() { echo "setup: FAILED at step: $STEP: $*" >&2; exit 1; }
trap 'echo "setup: FAILED at step: $STEP (exit $?)" >&2' ERR
# A policy-rc.d this script wrote for the nginx install goes, however the script ends.
POLICY_WRITTEN=""
trap '[ -z "$POLICY_WRITTEN" ] || $SUDO rm -f "$POLICY_WRITTEN"' EXIT

# sudo only when not root (and only if there is one: apt_install fails clearly without it).
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

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

# --- apt packages --------------------------------------------------------------------
# apt_install PACKAGE... : one apt-get update per run (only when something is missing),
# waiting for another apt or dpkg to finish rather than failing on its lock.
APT_UPDATED=0
apt_install() {
  [ "$(id -u)" -eq 0 ] || [ -n "$SUDO" ] || die "not root and no sudo: cannot apt-get install $*"
  if [ "$APT_UPDATED" -eq 0 ]; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -q \
      || die "apt-get update failed"
    APT_UPDATED=1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q "$@" \
    || die "apt-get install $* failed"
}

if [ "$BUILD_ONLY" -eq 1 ]; then
  say "--build-only: no browsers, no nginx"
else

STEP="chromium and chromium-driver (apt)"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  say "chromium and chromium-driver already installed"
else
  say "installing chromium and chromium-driver with apt"
  apt_install chromium chromium-driver
  [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || die "/usr/bin/chromium or /usr/bin/chromedriver still missing after apt-get install"
fi

# Firefox (driven by puppeteer-core over WebDriver BiDi: no driver binary, no display) and
# WebKitGTK's MiniBrowser (driven through WebKitWebDriver by selenium-webdriver; it has
# no headless mode, so it runs under xvfb-run, which needs xauth: xvfb only recommends it).
STEP="firefox-esr, webkit2gtk-driver, xvfb, xauth (apt)"
ENGINE_FILES=(/usr/bin/firefox-esr /usr/bin/WebKitWebDriver /usr/bin/xvfb-run /usr/bin/Xvfb /usr/bin/xauth)
missing_engine_files() { local f; for f in "${ENGINE_FILES[@]}"; do [ -x "$f" ] || echo "$f"; done; }
if [ -z "$(missing_engine_files)" ]; then
  say "firefox-esr, webkit2gtk-driver, xvfb and xauth already installed"
else
  say "installing firefox-esr, webkit2gtk-driver, xvfb and xauth with apt (--no-install-recommends)"
  apt_install --no-install-recommends firefox-esr webkit2gtk-driver xvfb xauth
  [ -z "$(missing_engine_files)" ] || die "still missing after apt-get install: $(missing_engine_files | tr '\n' ' ')"
fi
# puppeteer-core 24 speaks WebDriver BiDi, which Firefox has spoken well enough since ESR 128.
firefox_major="$(/usr/bin/firefox-esr --version 2>/dev/null | sed -n 's/^Mozilla Firefox \([0-9]*\).*/\1/p')"
[ "${firefox_major:-0}" -ge 128 ] \
  || die "firefox-esr is '$(/usr/bin/firefox-esr --version 2>&1 | head -1)': ESR 128 or newer is needed (apt-get install --only-upgrade firefox-esr)"

# nginx serves dist/ in tests/e2e/nginx.test.mjs and the engines stage, each time its own
# process on 127.0.0.1 with a config made from deploy/nginx.conf. The system service is
# not wanted: where no policy-rc.d says otherwise, one that forbids starting services is
# in place during the install (Debian's postinst would start nginx on port 80).
STEP="nginx and libnginx-mod-http-brotli-static (apt)"
NGINX_BROTLI=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
if [ -x /usr/sbin/nginx ] && [ -f "$NGINX_BROTLI" ]; then
  say "nginx and its brotli_static module already installed"
else
  say "installing nginx and libnginx-mod-http-brotli-static with apt (--no-install-recommends; the service is not started)"
  POLICY=/usr/sbin/policy-rc.d
  if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\n# Written by scripts/setup.sh while it installs nginx: start no service.\nexit 101\n' \
      | $SUDO tee "$POLICY" >/dev/null || die "cannot write $POLICY"
    $SUDO chmod 755 "$POLICY"
    POLICY_WRITTEN="$POLICY"
  fi
  apt_install --no-install-recommends nginx libnginx-mod-http-brotli-static
  if [ -n "$POLICY_WRITTEN" ]; then
    $SUDO rm -f "$POLICY_WRITTEN"
    POLICY_WRITTEN=""
  fi
  [ -x /usr/sbin/nginx ] && [ -f "$NGINX_BROTLI" ] || die "/usr/sbin/nginx or $NGINX_BROTLI still missing after apt-get install"
fi

fi # BUILD_ONLY

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

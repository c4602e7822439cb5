#!/usr/bin/env bash
# `make bench`: measures the release build and writes the figures, each against its
# budget, to BENCHMARKS.md (between its bench:begin/bench:end markers; the hand-written
# rest is kept) and to the terminal. Figures never fail the command; a broken build or
# a bench that cannot run does.
#
#   1. setup and release build (scripts/build.sh: trunk build --release into dist/)
#   2. a snapshot of dist/ in target/bench/dist, so a rebuild meanwhile can't mix builds
#   3. the floor (bench/floor/): a minimal Leptos app with the same versions, profile and
#      trunk pipeline, built into target/bench/floor-dist (never dist/), so every figure
#      can be set against Leptos's own in the same run (issue 18)
#   4. the large plan (bench/large-plan.mjs) and the native figures: save timings and
#      share-link lengths through the public core API (examples/bench_native.rs)
#   5. where the wasm bytes go, by crate (twiggy on a copy built with names kept);
#      BENCH_CRATES=0 skips it
#   6. sizes, ready to type (first visit on slow 4G, repeat visit), Lighthouse, boot,
#      responsiveness and saves in headless Chromium, Rebound and the floor side by side
#      (bench/run.mjs)
#
# BENCH_QUICK=1 takes a few samples only, to try the bench itself (not for the record).
# BENCH_FLOOR_TARGET_DIR: cargo's target dir for the floor (default target/bench-floor;
# its own, so the floor's build never waits on or disturbs Rebound's).
set -euo pipefail
# shellcheck source=scripts/env.sh
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$REPO"

START=$(date +%s)
STEP="start"
trap 'rc=$?; if [ $rc -ne 0 ]; then echo "bench: FAILED at step: $STEP (exit $rc)" >&2; fi' EXIT
say() { echo; echo "=== bench: $* ==="; }

STEP="setup and release build"
say "$STEP (scripts/setup.sh: the browsers too; scripts/build.sh)"
"$REPO/scripts/setup.sh"
"$REPO/scripts/build.sh"
BUILD_SECONDS=$(( $(date +%s) - START ))

STEP="snapshot of dist/"
WORK="$REPO/target/bench"
mkdir -p "$WORK"
rm -rf "$WORK/dist"
cp -a "$REPO/dist" "$WORK/dist"
rm -rf "$WORK/dist/.stage"
[ -f "$WORK/dist/index.html" ] || { echo "bench: dist/ has no index.html after the build" >&2; exit 1; }

STEP="floor (bench/floor)"
say "$STEP: the same leptos, wasm-bindgen, profile and wasm-opt flags as Rebound"
# The floor is only a floor if it is built as Rebound is: stop here if it has drifted.
lock_version() { # lock_version LOCKFILE CRATE
  awk -v name="name = \"$2\"" '$0 == name { found = 1; next }
                                 found && /^version = / { gsub(/"/, "", $3); print $3; exit }' "$1"
}
release_profile() { # the [profile.release] table of a Cargo.toml, without comments or blank lines
  awk '/^\[/ { inside = ($0 == "[profile.release]"); next }
       inside && !/^[[:space:]]*(#|$)/ { print }' "$1"
}
wasm_opt_attrs() { # trunk's wasm-opt attributes of an index.html's rust link
  grep -o 'data-wasm-opt[a-z-]*="[^"]*"' "$1"
}
trunk_tools() { grep -E '^(wasm_opt|wasm_bindgen) *=' "$1"; }
FLOOR="$REPO/bench/floor"
for crate in leptos wasm-bindgen; do
  ours="$(lock_version Cargo.lock "$crate")"
  floors="$(lock_version "$FLOOR/Cargo.lock" "$crate")"
  [ -n "$ours" ] && [ "$ours" = "$floors" ] || {
    echo "bench: bench/floor/Cargo.lock has $crate ${floors:-(none)}, Rebound's Cargo.lock $ours:" >&2
    echo "bench: run (cd bench/floor && cargo update -p $crate --precise $ours)" >&2
    exit 1
  }
done
[ "$(release_profile Cargo.toml)" = "$(release_profile "$FLOOR/Cargo.toml")" ] \
  || { echo "bench: [profile.release] of bench/floor/Cargo.toml differs from Rebound's Cargo.toml" >&2; exit 1; }
[ -n "$(wasm_opt_attrs index.html)" ] && [ "$(wasm_opt_attrs index.html)" = "$(wasm_opt_attrs "$FLOOR/index.html")" ] \
  || { echo "bench: bench/floor/index.html's data-wasm-opt attributes differ from index.html's" >&2; exit 1; }
[ "$(trunk_tools Trunk.toml)" = "$(trunk_tools "$FLOOR/Trunk.toml")" ] \
  || { echo "bench: bench/floor/Trunk.toml's [tools] pins differ from Trunk.toml's" >&2; exit 1; }
# trunk reads bench/floor/Trunk.toml there; --dist keeps the build out of Rebound's dist/.
(cd "$FLOOR" && CARGO_TARGET_DIR="${BENCH_FLOOR_TARGET_DIR:-$REPO/target/bench-floor}" \
  trunk build --release --dist "$WORK/floor-dist")
[ -f "$WORK/floor-dist/index.html" ] || { echo "bench: the floor's build has no index.html" >&2; exit 1; }

STEP="large plan"
say "$STEP (bench/large-plan.mjs)"
node bench/large-plan.mjs > "$WORK/large-record.json"
echo "bench: $(wc -c < "$WORK/large-record.json") bytes of record JSON"

STEP="native figures (cargo run --release --example bench_native)"
say "$STEP"
cargo run --quiet --release --example bench_native -- "$WORK/large-record.json" "$WORK" > "$WORK/native.json"

CRATES_ARGS=()
if [ "${BENCH_CRATES:-1}" != "0" ]; then
  STEP="wasm with names, for twiggy"
  say "$STEP (target/bench-names; BENCH_CRATES=0 skips this)"
  command -v twiggy >/dev/null 2>&1 || echo "bench: twiggy is not installed (cargo install twiggy): no wasm-by-crate table this time"
  if command -v twiggy >/dev/null 2>&1; then
    # The shipped wasm, built the way trunk builds it, but with the name section kept:
    # cargo's release profile with strip = none, wasm-bindgen, then wasm-opt with the
    # flags index.html gives trunk, minus --strip-debug, plus -g.
    CARGO_PROFILE_RELEASE_STRIP=none cargo build --quiet --release --target wasm32-unknown-unknown \
      --bin rebound --target-dir "$REPO/target/bench-names"
    rm -rf "$WORK/named"
    wasm-bindgen --target web --no-typescript --out-dir "$WORK/named" \
      "$REPO/target/bench-names/wasm32-unknown-unknown/release/rebound.wasm"
    read -r -a OPT_FLAGS <<< "$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html | head -n 1)"
    KEEP=()
    for flag in "${OPT_FLAGS[@]}"; do
      case "$flag" in --strip-debug|--strip-producers) ;; *) KEEP+=("$flag") ;; esac
    done
    wasm-opt -Oz -g "${KEEP[@]}" "$WORK/named/rebound_bg.wasm" -o "$WORK/named/rebound_named.wasm"
    CRATES_ARGS=(--crates "$WORK/named/rebound_named.wasm")
  fi
fi

STEP="browser and Lighthouse (bench/run.mjs)"
say "$STEP"
QUICK_ARGS=()
[ "${BENCH_QUICK:-0}" = "1" ] && QUICK_ARGS=(--quick)
node bench/run.mjs --dist "$WORK/dist" --floor "$WORK/floor-dist" --native "$WORK/native.json" \
  --large "$WORK/large-record.json" --typical "$WORK/typical-record.json" \
  --started-at "$START" --build-seconds "$BUILD_SECONDS" --out BENCHMARKS.md \
  "${CRATES_ARGS[@]}" "${QUICK_ARGS[@]}"

STEP="done"
echo "bench: done in $(( $(date +%s) - START )) s"

# Rebound: `make serve` builds the app and serves it on http://127.0.0.1:8080/ (PORT=... to
# change); `make test` runs every check. Each target is a script in scripts/.

.PHONY: setup build serve test bench

setup:
	bash scripts/setup.sh

build:
	bash scripts/build.sh

serve:
	bash scripts/serve.sh

test:
	bash scripts/test.sh

bench:
	@if [ -f scripts/bench.sh ]; then bash scripts/bench.sh; else echo "bench: scripts/bench.sh is not there yet"; fi

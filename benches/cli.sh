#!/usr/bin/env bash
# Command-level benchmarks with hyperfine (Debian package `hyperfine`). Hermetic: the real `go`
# only reads local files, godiag gets fixtures/config/hermetic.toml, nothing touches a network.
#
#   bash benches/cli.sh            # build release, run every benchmark, print the figures
#
# Targets (issue 2): `check --only go-env` at most 2x a bare `go env -json <same vars>`;
# `--version` under 5 ms; a hanging go ends within its timeout + 100 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/godiag
cfg=$PWD/fixtures/config/hermetic.toml
vars="GOVERSION GOROOT GOENV GOPROXY GOSUMDB GOPRIVATE GONOPROXY GONOSUMDB GOINSECURE GOFLAGS GOTOOLCHAIN GOMOD GOWORK GO111MODULE GOMODCACHE"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export GOENV=$work/env HOME=$work

hyperfine -N --warmup 5 --min-runs 50 \
  "go env -json $vars" \
  "$bin check --only go-env --config $cfg" \
  "$bin --version"

# A hanging go: exit code 1 is expected (go-env.go-timeout), hence -i.
hyperfine -N -i --min-runs 5 \
  "$bin check --only go-env --config $cfg --go $OLDPWD/fixtures/go/hang/go --timeout 1s"

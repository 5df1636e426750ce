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
# The benchmarks give HOME a temporary folder; cargo and rustup must still find themselves.
export RUSTUP_HOME=${RUSTUP_HOME:-$HOME/.rustup} CARGO_HOME=${CARGO_HOME:-$HOME/.cargo}
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

# The report in Chinese costs what it costs in English (issue 13: the catalogues are parsed
# once, lazily, and only for the language spoken).
hyperfine -N --warmup 5 --min-runs 50 \
  "$bin --lang en check --only go-env --config $cfg" \
  "$bin --lang zh-CN check --only go-env --config $cfg"

# A hanging go: exit code 1 is expected (go-env.go-timeout), hence -i.
hyperfine -N -i --min-runs 5 \
  "$bin check --only go-env --config $cfg --go $OLDPWD/fixtures/go/hang/go --timeout 1s"

# The hosts check on generated StevenBlack-like files (issue 3: 265k lines under 50 ms, RSS
# under 40 MB, linear in size).
cd "$OLDPWD"
cargo build --release --quiet --example gen_hosts
for n in 10000 100000 265000 1000000; do
  target/release/examples/gen_hosts "$n" > "$work/hosts-$n"
done
hyperfine -N --warmup 3 --min-runs 20 \
  "$bin check --only hosts --config $cfg --hosts-file $work/hosts-10000" \
  "$bin check --only hosts --config $cfg --hosts-file $work/hosts-100000" \
  "$bin check --only hosts --config $cfg --hosts-file $work/hosts-265000" \
  "$bin check --only hosts --config $cfg --hosts-file $work/hosts-1000000"
/usr/bin/time -f "peak RSS %M KiB (265k lines)" "$bin" check --only hosts --config "$cfg" --hosts-file "$work/hosts-265000" >/dev/null

# godiag fix: the plan against the plain check, and a whole apply + undo cycle through the real
# go (two go env -w, the checks before and after, two restores), with a settings file to edit.
mkdir -p "$work/.config/Code/User"
cp fixtures/vscode/edit/comments-everywhere.json "$work/.config/Code/User/settings.json"
cd "$work"
hyperfine -N -i --warmup 3 --min-runs 30 \
  "$bin check --offline --config $cfg" \
  "$bin fix --offline --config $cfg"
hyperfine -i --warmup 2 --min-runs 15 \
  "$bin fix --offline --config $cfg --apply --proxy https://goproxy.cn --sumdb sum.golang.google.cn >/dev/null && $bin fix --undo >/dev/null"

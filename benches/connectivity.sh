#!/usr/bin/env bash
# Connectivity benchmark (issue 5): 5 healthy mirrors and a checksum database on loopback
# (python3 http.server), `godiag check --only connectivity` vs the sequential `curl -m 8` loop
# chsrc runs over the same mirrors; then the whole `godiag check` in an isolated network
# namespace where every public address is a blackhole (needs root and ../shared/tools/isolated).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/godiag
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

mkdir -p "$work/www/golang.org/x/text/@v" "$work/www/sumdb/sum.golang.org"
printf 'v0.14.0\nv0.15.0\n' > "$work/www/golang.org/x/text/@v/list"
: > "$work/www/sumdb/sum.golang.org/supported"
printf 'go.sum database tree\n1\nhash\n' > "$work/www/latest"
ports=(18181 18182 18183 18184 18185 18186)
for p in "${ports[@]}"; do
  python3 -m http.server "$p" --bind 127.0.0.1 --directory "$work/www" >/dev/null 2>&1 &
  pids+=($!)
done
sleep 1
mirrors=()
for p in "${ports[@]:0:5}"; do mirrors+=(--mirror "http://127.0.0.1:$p"); done
key='sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8'
export GOPROXY="http://127.0.0.1:${ports[0]},direct" GOSUMDB="$key http://127.0.0.1:${ports[5]}"
cfg=$PWD/fixtures/config/hermetic.toml
printf 'for p in %s; do curl -s -m 8 -o /dev/null http://127.0.0.1:$p/golang.org/x/text/@v/list; done\n' "${ports[*]:0:5}" > "$work/curl-loop.sh"
hyperfine -N --warmup 3 --min-runs 20 \
  "$bin check --only connectivity --config $cfg ${mirrors[*]}" \
  "bash $work/curl-loop.sh"

unset GOPROXY GOSUMDB
if [[ $(id -u) == 0 && -x ../shared/tools/isolated ]]; then
  hyperfine -N -i --min-runs 3 "../shared/tools/isolated $bin check --timeout 3s"
fi

#!/usr/bin/env bash
# Connectivity benchmark (issue 5): 5 healthy mirrors and a checksum database on loopback
# (python3 http.server), `godiag check --only connectivity` vs the sequential `curl -m 8` loop
# chsrc runs over the same mirrors; then the whole `godiag check` in an isolated network
# namespace whose only way out is a veth into an empty namespace, so every public address is a
# silent blackhole (needs root and ip(8); skipped otherwise).
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
if [[ $(id -u) == 0 ]] && command -v ip >/dev/null; then
  # The same veth-to-void network as tests/netns.rs: packets leave through the veth and vanish.
  ns=godiag-bench-$$ void=godiag-void-$$
  cleanup_ns() { ip netns del "$ns" 2>/dev/null || true; ip netns del "$void" 2>/dev/null || true; }
  trap 'cleanup; cleanup_ns' EXIT
  ip netns add "$ns"
  ip netns add "$void"
  ip -n "$ns" link set lo up
  ip link add gdb0 netns "$ns" type veth peer name gdb1 netns "$void"
  ip -n "$ns" addr add 10.254.0.1/30 dev gdb0
  ip -n "$void" addr add 10.254.0.2/30 dev gdb1
  ip -n "$ns" link set gdb0 up
  ip -n "$void" link set gdb1 up
  ip -n "$ns" route add default via 10.254.0.2
  hyperfine -N -i --min-runs 3 "ip netns exec $ns $bin check --timeout 3s"
fi

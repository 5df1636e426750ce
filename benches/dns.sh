#!/usr/bin/env bash
# DNS check benchmark (issue 4): 6 resolvers x 15 Go hosts x A/AAAA (180 queries) against
# dnsmasq servers on loopback, compared with a sequential `dig` loop over the same resolvers
# and names; then the same with every resolver blackholed (a UDP socket that never answers).
# Needs dnsmasq-base, bind9-dnsutils, hyperfine and python3. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/godiag
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

ports=(5301 5302 5303 5304 5305 5306)
for p in "${ports[@]}"; do
  dnsmasq --no-daemon --conf-file=/dev/null --no-resolv --no-hosts --listen-address=127.0.0.1 \
    --bind-interfaces --port="$p" --address=/#/142.250.72.17 --address=/#/2404:6800:4008::2011 \
    --log-facility=/dev/null &
  pids+=($!)
done
sleep 0.5

write_config() { # $1 = system port, $2.. = reference ports
  local sys=$1; shift
  printf 'nameserver 127.0.0.1\n' > "$work/resolv.conf"
  {
    # encrypted = []: the public DoT/DoH defaults are never contacted by a benchmark.
    printf '[dns]\ntimeout = "2s"\nencrypted = []\nresolv_conf = "%s"\nsystem_port = %s\nsystemd_resolv_conf = ""\n' "$work/resolv.conf" "$sys"
    printf 'resolvers = ['; local first=1
    for p in "$@"; do [[ $first == 1 ]] || printf ', '; printf '"127.0.0.1:%s"' "$p"; first=0; done
    printf ']\n[hosts]\nfile = "%s"\n' "$PWD/fixtures/hosts/clean"
  } > "$work/config.toml"
}

write_config 5301 5302 5303 5304 5305 5306
names=$("$bin" check --only dns --json --config "$work/config.toml" | python3 -c 'import json,sys; print(" ".join(json.load(sys.stdin)["checks"][2]["facts"]["names"]))')
cat > "$work/dig-loop.sh" <<DIG
for p in ${ports[*]}; do for n in $names; do for t in A AAAA; do
  dig +short +tries=1 +time=2 -p \$p @127.0.0.1 \$n \$t >/dev/null
done; done; done
DIG
hyperfine -N -i --warmup 3 --min-runs 20 \
  "$bin check --only dns --config $work/config.toml" \
  "bash $work/dig-loop.sh"

# Every resolver blackholed: six UDP sockets that read and never answer.
python3 - "$work" <<'PY' &
import socket, sys, time, os
socks = []
for port in range(5311, 5317):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", port)); socks.append(s)
open(os.path.join(sys.argv[1], "ready"), "w").close()
time.sleep(600)
PY
pids+=($!)
while [[ ! -e $work/ready ]]; do sleep 0.1; done
write_config 5311 5312 5313 5314 5315 5316
hyperfine -N -i --min-runs 5 "$bin check --only dns --config $work/config.toml"

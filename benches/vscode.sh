#!/usr/bin/env bash
# vscode check benchmark (issue 6): discovery and parsing of 10 settings files of 200 KB each
# (comments, nested objects, trailing commas), via --vscode-settings. Target: under 20 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/godiag
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys, os
out = sys.argv[1]
for i in range(10):
    parts = ['{\n  // generated settings file %d\n' % i]
    n = 0
    while sum(len(p) for p in parts) < 200_000:
        parts.append('  "ext%d.setting%d": { "enabled": true, "list": [1, 2, 3], "name": "value %d" }, /* c */\n' % (i, n, n))
        n += 1
    parts.append('  "go.toolsEnvVars": { "GOPROXY": "https://goproxy.cn,direct", },\n}\n')
    open(os.path.join(out, "settings%d.json" % i), "w").write("".join(parts))
PY
args=()
for f in "$work"/settings*.json; do args+=(--vscode-settings "$f"); done
ls -la "$work" | head -3
hyperfine -N --warmup 3 --min-runs 20 "$bin check --only vscode --config $PWD/fixtures/config/hermetic.toml ${args[*]}"

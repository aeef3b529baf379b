#!/usr/bin/env bash
# Rendering benchmark on the seed graph, same DOT text for both sides:
# 1. rendering in-process through libgvc (what stakegraph does) against running a `dot -Tsvg`
#    process (what shelling out would cost), both timed from one process: first and warm renders;
# 2. for transparency, the whole `stakegraph render` process (start-up, YAML, validation, DOT,
#    layout, atomic write) against the whole `dot -Tsvg` process.
# Prints medians and their ratios.
#
#   Benchmarks/render.sh [RUNS]      (default 30 runs after 3 warm-ups; needs hyperfine and dot,
#                                     installed through apt-get when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
graph=Graphs/huawei-5g.yaml

need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "render.sh: installing $2" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$2" >/dev/null
  fi
}
need hyperfine hyperfine
need dot graphviz

swift build -c release --product stakegraph >/dev/null
swift build -c release --product stakegraph-bench >/dev/null
bin=.build/release/stakegraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" render "$graph" --format dot -o "$work/seed.dot" 2>/dev/null

hyperfine --style none --warmup 3 --runs "$runs" --export-json "$work/times.json" \
  -n stakegraph "$bin render $graph -o $work/a.svg" \
  -n "dot -Tsvg" "dot -Tsvg $work/seed.dot -o $work/b.svg" >/dev/null

python3 - "$work/times.json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
ours, theirs = results["stakegraph"], results["dot -Tsvg"]
print(f"{'command':<40} {'median':>10} {'min':>10} {'max':>10}")
for name, r in [("stakegraph render (whole process)", ours), ("dot -Tsvg (whole process)", theirs)]:
    print(f"{name:<40} {r['median']*1000:>8.1f}ms {r['min']*1000:>8.1f}ms {r['max']*1000:>8.1f}ms")
print(f"ratio stakegraph / dot: {ours['median'] / theirs['median']:.2f} (target <= 1.0)")
PY
echo
.build/release/stakegraph-bench render-vs-dot "$runs" "$graph"

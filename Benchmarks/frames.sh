#!/usr/bin/env bash
# `render --frames` on generated graphs: wall time and peak memory (GNU time), release build.
#   Benchmarks/frames.sh [BINARY]      without BINARY: builds and uses .build/release/stakegraph
# The graph: A actors in a ring with R relations among them (fixed pattern, no randomness), each
# dated in one of the years 2016-2023 so that the frames differ. Frames past 150 edges are drawn
# with straight lines (render's budget for neato); with curves, five frames of 300 actors and
# 1,200 relations took 131 s.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -gt 0 ]; then bin=$1; else swift build -c release --product stakegraph >/dev/null; bin=.build/release/stakegraph; fi
[ -x "$bin" ] || { echo "frames.sh: no executable $bin" >&2; exit 2; }
if ! [ -x /usr/bin/time ]; then  # GNU time, for the peak memory
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq time >/dev/null || { echo "frames.sh: cannot install GNU time" >&2; exit 2; }
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

generate() { # actors relations > file
  python3 - "$1" "$2" <<'PY'
import sys
actors, relations = int(sys.argv[1]), int(sys.argv[2])
print("graph: {id: frames-bench, title: Frames benchmark}")
print("actors:")
for i in range(actors): print(f"  - {{id: a{i}, name: Actor {i}, kind: firm}}")
print("relations:")
for i in range(relations):
    a, b = i % actors, (i * 7 + 1 + i // actors) % actors
    if a == b: b = (b + 1) % actors
    print(f"  - {{from: a{a}, to: a{b}, type: warns-against, date: {2016 + i % 8}-0{1 + i % 9}}}")
PY
}

echo "| graph | frames | wall | peak RSS |"
echo "|---|---|---|---|"
for spec in "300 1200 5" "300 1200 100" "2000 8000 10"; do
  set -- $spec
  generate "$1" "$2" > "$work/g.yaml"
  dates=$(python3 -c "import sys, datetime as d; n=int(sys.argv[1]); print(','.join(str(d.date(2016, 1, 1) + d.timedelta(days=i * 2900 // n)) for i in range(n)))" "$3")
  /usr/bin/time -f "%e %M" -o "$work/time" "$bin" render "$work/g.yaml" --frames "$dates" -o "$work/out" 2>"$work/err" >/dev/null \
    || { cat "$work/err" >&2; exit 1; }
  read -r wall rss < "$work/time"
  echo "| $1 actors, $2 relations | $3 | ${wall} s | $((rss / 1024)) MB |"
  rm -rf "$work/out"
done

#!/usr/bin/env bash
# Event-data benchmark: the GDELT importer at scale, on synthetic GDELT 2.0 exports written by
# Benchmarks/gdelt_generate.py with a fixed seed (1M and 10M rows, ~400 bytes a row).
#   1. `import --from gdelt` of 1M rows, one relation per event, written as JSON (-o x.json),
#      which import reads back to validate before writing;
#   2. `centrality --measure pagerank -g` on the same 1M events: the event file is read directly
#      (streamed, one relation per event), since the JSON written in 1. is larger than the
#      256 MiB a graph file may be (GraphReader.maximumFileSize);
#   3. `import --from gdelt --aggregate year` of 10M rows: the file streams through a fixed
#      buffer, so the peak stays far below the file's 4 GB (target: within 2 GB).
# Wall time and peak RSS from /usr/bin/time -v, the median of RUNS runs (default 3; the 10M line
# runs once). Prints markdown table lines.
#
#   Benchmarks/events.sh [RUNS]     (STAKEGRAPH_BIN: a built binary to measure; EVENTS_DIR: where the generated files go, default a cache
#                                    under .build/events-bench; they are kept between runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
dir=${EVENTS_DIR:-.build/events-bench}
mkdir -p "$dir"
. Benchmarks/targets.sh
targets_begin events

# STAKEGRAPH_BIN: a stakegraph binary already built (otherwise the release build of this checkout).
if [ -z "${STAKEGRAPH_BIN:-}" ]; then swift build -c release --product stakegraph >/dev/null; fi
bin=${STAKEGRAPH_BIN:-.build/release/stakegraph}

for rows in 1000000 10000000; do
  file="$dir/gdelt-$rows.csv"
  if [ ! -s "$file" ]; then
    echo "events.sh: writing $file" >&2
    python3 Benchmarks/gdelt_generate.py "$rows" "$file.part" --seed 18 && mv "$file.part" "$file"
  fi
done

# measure RUNS LABEL COMMAND…: prints "median_seconds peak_MB" over RUNS runs.
measure() {
  local count=$1; shift
  local times=() peaks=()
  for _ in $(seq "$count"); do
    local log
    log=$(mktemp)
    /usr/bin/time -v "$@" >/dev/null 2>"$log" || { cat "$log" >&2; rm -f "$log"; return 1; }
    cp "$log" "$dir/last.log"
    times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")")
    peaks+=("$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")")
    rm -f "$log"
  done
  local median_time median_peak
  median_time=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  median_peak=$(printf '%s\n' "${peaks[@]}" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
  echo "$median_time $median_peak"
}

one="$dir/gdelt-1000000.csv"
ten="$dir/gdelt-10000000.csv"
json="$dir/gdelt-1M.json"
yaml="$dir/gdelt-10M-year.json"

echo "| event data (synthetic GDELT 2.0, seed 18) | wall s | peak MB | output |"
echo "|---|---|---|---|"
read -r t m < <(measure "$runs" "$bin" import "$one" --from gdelt --quiet -o "$json")
relations=$(grep -o 'imported [0-9]* actors, [0-9]* relations' "$dir/last.log" | head -1)
echo "| \`import --from gdelt\` 1M rows ($(du -mL "$one" | cut -f1) MB) → JSON, validated | $t | $m | $relations, $(du -m "$json" | cut -f1) MB |"
target gdelt-import measured "$t s, $m MB peak; $relations"
read -r t m < <(measure "$runs" "$bin" centrality -g "$one" --measure pagerank --top 5)
echo "| \`centrality --measure pagerank -g\` on the 1M events (read directly) | $t | $m | |"
target gdelt-pagerank measured "$t s, $m MB peak"
read -r t m < <(measure 1 "$bin" import "$ten" --from gdelt --aggregate year --quiet -o "$yaml")
target=$([ "$m" -le 2048 ] && echo "within 2 GB" || echo "OVER 2 GB")
target gdelt-10m "$([ "$m" -le 2048 ] && echo met || echo missed)" "$t s, $m MB peak, to JSON"
echo "| \`import --from gdelt --aggregate year\` 10M rows ($(du -mL "$ten" | cut -f1) MB) | $t | $m ($target) | $(grep -o 'imported [0-9]* actors, [0-9]* relations' "$dir/last.log" | head -1) |"

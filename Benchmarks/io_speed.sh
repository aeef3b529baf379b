#!/usr/bin/env bash
# Loading, exporting, path search and start-up at a million relations, side by side with the
# peers where one does the same job (issue 18's "load/export/path/start-up" rows):
#
#   Benchmarks/io_speed.sh [--quick]
#
# Graph: Benchmarks/.data/gnm-100000-1000000.csv, the directed G(n, m) sheet performance.sh uses
# (100,000 actors `v00000`…, 1,000,000 `supports` relations, a directed type, so both sides hold
# the same 1,000,000 directed edges). The peers read the same edges without the type column:
# edges-1m.csv (`v00000,v07712`) for networkit's EdgeListReader, edges-1m.ncol (space-separated)
# for igraph's Read_Ncol. igraph's write_graphml writes a graph holding the same node and edge
# attributes as stakegraph's GraphML export (id/name/kind; type, label, polarity, mode,
# goldstein, directed).
#
# Rows (markdown, on stdout and in Benchmarks/.data/io_latest.md):
#   what | stakegraph median | peer median | ratio | peak RSS | bytes per relation
# stakegraph's times are whole processes (wall clock, `date +%s%N`), except where a row says
# "compute" (`--timings`); the peers' are their own call inside a warm Python process (import
# and interpreter start-up not counted). Peak RSS from /usr/bin/time; "bytes per relation" is
# peak RSS ÷ 1,000,000, and for exports the peak beyond the loaded graph (export peak minus the
# peak of `stats` on the same file) ÷ 1,000,000.
#
# The Python peers come from the venv Benchmarks/performance.sh sets up (Benchmarks/.venv,
# created here the same way when missing). --quick: one run each, for checking the script;
# IO_RUNS=N: N runs each (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
case "${1:-}" in
  "") ;;
  --quick) quick=1 ;;
  -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
  *) echo "io_speed.sh: unknown argument '$1' (usage: Benchmarks/io_speed.sh [--quick])" >&2; exit 64 ;;
esac
export OMP_WAIT_POLICY=PASSIVE

venv=Benchmarks/.venv
py=$venv/bin/python
data=Benchmarks/.data
bin=.build/release/stakegraph
big=$data/gnm-100000-1000000.csv
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${IO_RUNS:-5}; [ "$quick" -eq 1 ] && runs=1

say() { printf '\n== %s\n' "$*" >&2; }
. Benchmarks/targets.sh
targets_begin io_speed
die() { printf 'io_speed.sh: %s\n' "$*" >&2; exit 1; }
apt_install() {
  echo "io_speed.sh: installing $1 through apt-get" >&2
  command -v apt-get >/dev/null 2>&1 || die "there is no apt-get here: install $1 by hand"
  local SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$1" >/dev/null; } \
    || die "apt-get could not install $1; install it and run again"
}
need() { command -v "$1" >/dev/null 2>&1 || apt_install "$2"; }

say "1. peers and tools"
need python3 python3
need hyperfine hyperfine
need dot graphviz
need /usr/bin/time time
if [ ! -x "$py" ]; then
  python3 -m venv "$venv" || { apt_install python3-venv; python3 -m venv "$venv"; } || die "python3 -m venv $venv failed"
fi
if ! "$py" -c 'import networkx, igraph, networkit, scipy, numpy' 2>/dev/null; then
  echo "io_speed.sh: installing networkx igraph networkit scipy numpy into $venv (from PyPI), as performance.sh does" >&2
  "$py" -m pip install --quiet networkx igraph networkit scipy numpy || die "pip could not install the peers into $venv"
fi

say "2. stakegraph (release build)"
make -s deps
swift build -c release --product stakegraph >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; die "release build failed"; }
[ -x "$bin" ] || die "$bin was not built"

say "3. graphs ($data)"
mkdir -p "$data"
[ -s "$big" ] || "$py" Benchmarks/peers.py generate --nodes 100000 --edges 1000000 --seed 1 --out "$big"
edges=$data/edges-1m.csv ncol=$data/edges-1m.ncol json=$data/gnm-100000-1000000.json
if [ ! -s "$edges" ] || [ "$edges" -ot "$big" ]; then tail -n +2 "$big" | cut -d, -f1,2 >"$edges"; fi
if [ ! -s "$ncol" ] || [ "$ncol" -ot "$big" ]; then tr , ' ' <"$edges" >"$ncol"; fi
"$bin" export -g "$big" --format json -o "$json" 2>/dev/null
relations=$(( $(wc -l <"$big") - 1 ))

median() { "$py" -c 'import sys, statistics; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
now_ns() { date +%s%N; }
# sg RUNS ARGS…: runs stakegraph RUNS times with --timings (one untimed warm-up first when
# RUNS > 1); sets wall (median s), rss (median KB) and phase_<name> (median of each
# `timing: <name>` line). With timings= empty, runs without --timings.
timings=--timings
sg() {
  local n=$1; shift
  local walls=() rsss=() start end i
  if [ "$n" -gt 1 ]; then "$bin" "$@" >/dev/null 2>&1 || true; fi
  : >"$work/phases"
  for ((i = 1; i <= n; i++)); do
    start=$(now_ns)
    /usr/bin/time -f '%M' -o "$work/rss" "$bin" "$@" $timings >"$work/out" 2>"$work/err" \
      || { cat "$work/err" >&2; die "stakegraph $* failed"; }
    end=$(now_ns)
    walls+=("$(( end - start ))e-9"); rsss+=("$(tail -1 "$work/rss")")
    awk '$1 == "timing:" { print $2, $3 }' "$work/err" >>"$work/phases"
  done
  wall=$(median "${walls[@]}"); rss=$(median "${rsss[@]}"); rss=${rss%.*}
  for phase in $(awk '{ print $1 }' "$work/phases" | sort -u); do
    printf -v "phase_$phase" '%s' "$(median $(awk -v p="$phase" '$1 == p { print $2 }' "$work/phases"))"
  done
}

rows=$work/rows.md
row() { printf '| %s | %s | %s | %s | %s | %s |\n' "$@" | tee -a "$rows"; }
fmt() { "$py" -c 'import sys; s = float(sys.argv[1]); print(f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s")' "$1"; }
ratio() { "$py" -c 'import sys; print(f"{float(sys.argv[1]) / float(sys.argv[2]):.2f}")' "$1" "$2"; }
mb() { echo "$(( $1 / 1024 )) MB"; }
per() { "$py" -c 'import sys; print(f"{float(sys.argv[1]) * 1024 / float(sys.argv[2]):.0f} B")' "$1" "$2"; }

say "4. peers ($runs runs each after a warm-up)"
"$py" - "$edges" "$ncol" "$work/peer.graphml" "$runs" "$quick" >"$work/peers.txt" <<'PY'
import os, resource, statistics, sys, time
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
import igraph, networkit
edges, ncol, graphml, runs, quick = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5] == "1"
def timed(call):
    if not quick:
        call()
    times = []
    for _ in range(runs):
        start = time.perf_counter(); result = call(); times.append(time.perf_counter() - start)
    return statistics.median(times), result
nk_seconds, g = timed(lambda: networkit.graphio.EdgeListReader(",", 0, continuous=False, directed=True).read(edges))
print("networkit_read", nk_seconds, g.numberOfNodes(), g.numberOfEdges())
ig_seconds, h = timed(lambda: igraph.Graph.Read_Ncol(ncol, names=True, directed=True))
print("igraph_read", ig_seconds, h.vcount(), h.ecount())
h.vs["kind"] = ["group"] * h.vcount()
m = h.ecount()
for name, value in [("type", "supports"), ("label", "supports"), ("polarity", "cooperative"), ("mode", "verbal")]:
    h.es[name] = [value] * m
h.es["goldstein"] = [3.4] * m
h.es["directed"] = [True] * m
w_seconds, _ = timed(lambda: h.write_graphml(graphml))
print("igraph_write_graphml", w_seconds, os.path.getsize(graphml))
PY
cat "$work/peers.txt" >&2
peer() { awk -v k="$1" '$1 == k { print $2 }' "$work/peers.txt"; }
nk_read=$(peer networkit_read) ig_read=$(peer igraph_read) ig_graphml=$(peer igraph_write_graphml)

say "5. stakegraph ($runs runs each after a warm-up); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| what | stakegraph median | peer median | ratio | peak RSS | bytes per relation |" | tee "$rows"
echo "|---|---|---|---|---|---|" | tee -a "$rows"
# Load + project: the whole `centrality --measure out-degree` process (read the sheet, select,
# project onto the network, count degrees, print one row).
sg "$runs" centrality -g "$big" --measure out-degree --top 1
row "load + project 1M-relation sheet, whole process (load $(fmt "$phase_load"), select $(fmt "$phase_select"), project + degree $(fmt "$phase_compute"))" \
  "$(fmt "$wall")" "networkit EdgeListReader $(fmt "$nk_read")" "$(ratio "$wall" "$nk_read")" "$(mb "$rss")" "$(per "$rss" "$relations")"
row "same, against igraph" "$(fmt "$wall")" "igraph Read_Ncol $(fmt "$ig_read")" "$(ratio "$wall" "$ig_read")" "" ""
load_ratio=$(ratio "$wall" "$nk_read") load_bytes=$(per "$rss" "$relations")
load_status=$([ "$(at_most "$load_ratio" 1.0)" = met ] && [ "$(at_most "${load_bytes% B}" 100)" = met ] && echo met || echo missed)
target load-project "$load_status" "$(fmt "$wall"), ${load_ratio}× networkit ($(fmt "$nk_read")), $(ratio "$wall" "$ig_read")× igraph; $load_bytes/relation"
timings="" sg "$runs" stats -g "$big"
loaded_rss=$rss
sg "$runs" centrality -g "$json" --measure out-degree --top 1
row "load JSON graph of 1M relations (\`timing: load\`; whole process $(fmt "$wall"))" "$(fmt "$phase_load")" "" "" "$(mb "$rss")" "$(per "$rss" "$relations")"
target json-load "$(at_most "$phase_load" 2)" "load $(fmt "$phase_load") (whole process $(fmt "$wall")), $(mb "$rss")"
exports_status=met exports_text=""
for format in graphml gexf cypher json csv; do
  sg "$runs" export -g "$big" --format "$format" -o "$work/out.$format"
  beyond=$(( rss > loaded_rss ? rss - loaded_rss : 0 ))
  beyond_bytes=$(per "$beyond" "$relations")
  [ "$(at_most "${beyond_bytes% B}" 100)" = met ] || exports_status=missed
  exports_text+="${exports_text:+; }$format $(fmt "$phase_write"), $beyond_bytes beyond"
  if [ "$format" = graphml ]; then
    [ "$(at_most "$(ratio "$phase_write" "$ig_graphml")" 1.0)" = met ] || exports_status=missed
    exports_text+=" ($(ratio "$phase_write" "$ig_graphml")× igraph)"
  fi
  if [ "$format" = graphml ]; then
    row "export graphml, 1M: write phase (whole process $(fmt "$wall"))" "$(fmt "$phase_write")" "igraph write_graphml $(fmt "$ig_graphml")" "$(ratio "$phase_write" "$ig_graphml")" "$(mb "$rss")" "$(per "$beyond" "$relations") beyond the loaded graph"
  else
    row "export $format, 1M: write phase (whole process $(fmt "$wall"))" "$(fmt "$phase_write")" "" "" "$(mb "$rss")" "$(per "$beyond" "$relations") beyond the loaded graph"
  fi
done
target exports "$exports_status" "$exports_text"
path_status=met path_text=""
for mode in "" "--all" "--k 5"; do
  # shellcheck disable=SC2086
  sg "$runs" path -g "$big" v00000 v99999 $mode
  row "\`path ${mode:+$mode }v00000 v99999\`, 1M: compute (select + projection $(fmt "$phase_select"), whole process $(fmt "$wall"))" "$(fmt "$phase_compute")" "" "" "$(mb "$rss")" ""
  printed=$(grep -c '^Path [0-9]' "$work/out" || true)
  case "$mode" in
    "") limit=0.05 ;;
    "--k 5") limit=$(awk -v n="$printed" 'BEGIN { print 0.05 * (n > 0 ? n : 1) }') ;;
    *) limit="" ;;
  esac
  if [ -n "$limit" ] && [ "$(at_most "$phase_compute" "$limit")" = missed ]; then path_status=missed; fi
  path_text+="${path_text:+; }${mode:-one path} $(fmt "$phase_compute")$([ "$mode" = "--k 5" ] && echo " ($printed paths)")"
done
target path "$path_status" "$path_text"

hyperfine_runs=30; [ "$quick" -eq 1 ] && hyperfine_runs=5
"$bin" render Graphs/huawei-5g.yaml --format dot -o "$work/seed.dot" 2>/dev/null
hyperfine --style none -N --warmup 3 --runs "$hyperfine_runs" --export-json "$work/h.json" \
  -n version "$bin --version" -n dotversion "dot -V" \
  -n render "$bin render Graphs/huawei-5g.yaml -o $work/a.svg" -n dot "dot -Tsvg $work/seed.dot -o $work/b.svg" >/dev/null 2>&1
hmedian() { "$py" -c 'import json, sys; print({r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}[sys.argv[2]]["median"])' "$work/h.json" "$1"; }
libs=$(ldd "$bin" | wc -l)
row "\`--version\` ($libs shared libraries)" "$(fmt "$(hmedian version)")" "\`dot -V\` $(fmt "$(hmedian dotversion)")" "$(ratio "$(hmedian version)" "$(hmedian dotversion)")" "" ""
row "\`render\` seed graph, whole process" "$(fmt "$(hmedian render)")" "\`dot -Tsvg\` $(fmt "$(hmedian dot)")" "$(ratio "$(hmedian render)" "$(hmedian dot)")" "" ""
target version "$(at_most "$(hmedian version)" 0.005)" "$(fmt "$(hmedian version)") ($libs shared libraries; \`dot -V\` $(fmt "$(hmedian dotversion)"))"
render_ratio=$(ratio "$(hmedian render)" "$(hmedian dot)")
target render "$(at_most "$render_ratio" 1.2)" "$(fmt "$(hmedian render)") vs \`dot -Tsvg\` $(fmt "$(hmedian dot)"): ${render_ratio}×"

{
  echo "Date: $(date -u +%Y-%m-%dT%H:%MZ). Load average after: $(cut -d' ' -f1-3 /proc/loadavg). $(swift --version 2>/dev/null | head -1)."
  echo "Peers: igraph $("$py" -c 'import igraph; print(igraph.__version__)'), networkit $("$py" -c 'import networkit; print(networkit.__version__)'); $runs runs each, medians.${quick:+}"
  [ "$quick" -eq 1 ] && echo "QUICK RUN (one run each): not for RESULTS.md."
  echo
  cat "$rows"
} >"$data/io_latest.md"
echo >&2; echo "io_speed.sh: table in $data/io_latest.md" >&2

#!/usr/bin/env bash
# Graph-algorithm benchmark, side by side: stakegraph's centrality measures against igraph and
# networkit (Python packages from PyPI) on the same generated graphs, with the values checked to
# agree number by number (stakegraph follows NetworkX 3.x's conventions; Benchmarks/peers.py
# converts the peers' results to them).
#
#   Benchmarks/performance.sh [--quick]
#
# 1. a venv in Benchmarks/.venv with networkx, igraph, networkit, scipy, numpy (rustworkx if it
#    installs), created and filled only when something is missing;
# 2. a release build of stakegraph;
# 3. the graphs, once, in Benchmarks/.data: directed G(n, m) 10,000 / 50,000, 20,000 / 100,000
#    and 100,000 / 1,000,000 (seed 1, no isolated nodes), a planted partition 10,000 / 50,000
#    for Louvain, and signed graphs 10,000 / 50,000 and 30,000 / 150,000 for coalitions; every
#    row names a directed type, so stakegraph and the peers see the same edges;
# 4. for each case, stakegraph's `timing: compute` (median), whole-process wall time and peak RSS,
#    each peer's own call (median), and the largest difference of values; Louvain against
#    igraph's multilevel and networkit's PLM with every partition's modularity; coalitions on
#    the two signed graphs and the exponent of its growth; then the whole `stakegraph centrality --measure pagerank` process on the big graph
#    (target < 10 s) and `stakegraph path` on the seed graph (target < 50 ms);
# 5. the table on stdout and in Benchmarks/.data/latest.md, ready for RESULTS.md.
#
# --quick: one run of everything (no warm-up), for checking that the script works.
# Exits 1 if stakegraph's values differ from a peer's beyond the tolerance; missing a time target
# is reported, not an error (times on a shared 2-core machine vary).
set -euo pipefail
cd "$(dirname "$0")/.."

quick=0
case "${1:-}" in
  "") ;;
  --quick) quick=1 ;;
  -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
  *) echo "performance.sh: unknown argument '$1' (usage: Benchmarks/performance.sh [--quick])" >&2; exit 64 ;;
esac

# igraph and networkit both link an OpenMP runtime; on 2 cores their idle threads must sleep,
# not spin, or each library's spinning threads slow the other's (peers.py sets it too).
export OMP_WAIT_POLICY=PASSIVE

venv=Benchmarks/.venv
py=$venv/bin/python
data=Benchmarks/.data
results=$data/results
bin=.build/release/stakegraph
big=$data/gnm-100000-1000000.csv
small=$data/gnm-10000-50000.csv
mid=$data/gnm-20000-100000.csv
planted=$data/planted-10000-50000.csv
signed_small=$data/signed-10000-50000.csv
signed_big=$data/signed-30000-150000.csv
mkdir -p "$results"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'performance.sh: %s\n' "$*" >&2; exit 1; }

# Installs a Debian package through apt-get (as render.sh does).
apt_install() {
  echo "performance.sh: installing $1 through apt-get" >&2
  command -v apt-get >/dev/null 2>&1 || die "there is no apt-get here: install $1 by hand"
  local SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$1" >/dev/null; } \
    || die "apt-get could not install $1; install it and run again"
}
# need COMMAND-OR-PATH PACKAGE: installs PACKAGE when the command is missing.
need() { command -v "$1" >/dev/null 2>&1 || apt_install "$2"; }

# ---------------------------------------------------------------------------------------------
say "1. Python peers ($venv)"
need python3 python3
if [ ! -x "$py" ]; then
  if ! python3 -m venv "$venv" 2>"$work/venv.err"; then
    # Debian splits ensurepip into python3-venv.
    cat "$work/venv.err" >&2
    rm -rf "$venv"
    apt_install python3-venv
    python3 -m venv "$venv" || die "python3 -m venv $venv failed (see above)"
  fi
fi
if ! "$py" -c 'import networkx, igraph, networkit, scipy, numpy' 2>/dev/null; then
  echo "performance.sh: installing networkx igraph networkit scipy numpy into $venv (from PyPI)" >&2
  "$py" -m pip install --quiet --upgrade pip \
    && "$py" -m pip install --quiet networkx igraph networkit scipy numpy \
    || die "pip could not install the peers (networkx igraph networkit scipy numpy) into $venv; check the network access to PyPI and the messages above, then run again (rm -rf $venv starts afresh)"
fi
if ! "$py" -c 'import rustworkx' 2>/dev/null; then
  "$py" -m pip install --quiet rustworkx 2>/dev/null \
    || echo "performance.sh: rustworkx could not be installed; it is optional, carrying on" >&2
fi
versions=$("$py" - <<'PY'
import importlib
out = []
for name in ("networkx", "igraph", "networkit", "rustworkx", "scipy", "numpy"):
    try:
        out.append(f"{name} {importlib.import_module(name).__version__}")
    except ImportError:
        out.append(f"{name} (not installed)")
print(", ".join(out))
PY
)
echo "$versions" >&2

# ---------------------------------------------------------------------------------------------
say "2. stakegraph (release build)"
make -s deps
if ! swift build -c release --product stakegraph >"$work/build.log" 2>&1; then
  tail -40 "$work/build.log" >&2
  die "swift build -c release --product stakegraph failed (above)"
fi
tail -1 "$work/build.log" >&2
[ -x "$bin" ] || die "$bin was not built"
swift_version=$(swift --version 2>/dev/null | head -1)

# ---------------------------------------------------------------------------------------------
say "3. graphs ($data)"
[ -s "$small" ] || "$py" Benchmarks/peers.py generate --nodes 10000 --edges 50000 --seed 1 --out "$small"
[ -s "$mid" ] || "$py" Benchmarks/peers.py generate --nodes 20000 --edges 100000 --seed 1 --out "$mid"
[ -s "$big" ] || "$py" Benchmarks/peers.py generate --nodes 100000 --edges 1000000 --seed 1 --out "$big"
[ -s "$planted" ] || "$py" Benchmarks/peers.py generate --kind planted --nodes 10000 --edges 50000 --seed 1 --out "$planted"
[ -s "$signed_small" ] || "$py" Benchmarks/peers.py generate --kind signed --nodes 10000 --edges 50000 --seed 1 --out "$signed_small"
[ -s "$signed_big" ] || "$py" Benchmarks/peers.py generate --kind signed --nodes 30000 --edges 150000 --seed 1 --out "$signed_big"
ls -l "$small" "$mid" "$big" "$planted" "$signed_small" "$signed_big" >&2

# ---------------------------------------------------------------------------------------------
say "4. measurements"
need /usr/bin/time time

median() { "$py" -c 'import sys, statistics; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }
now_ns() { date +%s%N; }

# Runs one stakegraph command RUNS times (after a warm-up when RUNS > 1), stdout to OUT.
# Sets sg_wall (median whole-process seconds), sg_rss (median peak RSS, KB) and sg_compute
# (median of the `timing: compute` lines; empty when the command prints none).
run_stakegraph() {
  local runs=$1 out=$2; shift 2
  local walls=() rss=() computes=() i start end
  if [ "$runs" -gt 1 ]; then "$bin" "$@" >/dev/null 2>&1 || true; fi
  for ((i = 1; i <= runs; i++)); do
    start=$(now_ns)
    if ! /usr/bin/time -f '%M' -o "$work/rss" "$bin" "$@" >"$out" 2>"$work/stderr"; then
      cat "$work/stderr" >&2
      die "stakegraph $* failed (see above)"
    fi
    end=$(now_ns)
    walls+=("$(( end - start ))e-9")
    rss+=("$(tail -1 "$work/rss")")
    local compute
    compute=$(awk '$1 == "timing:" && $2 == "compute" { print $3 }' "$work/stderr")
    if [ -n "$compute" ]; then computes+=("$compute"); fi
  done
  sg_wall=$(median "${walls[@]}")
  sg_rss=$(median "${rss[@]}")
  sg_compute=""
  if [ "${#computes[@]}" -gt 0 ]; then sg_compute=$(median "${computes[@]}"); fi
}

status=0
: >"$results/cases.tsv"
# case MEASURE GRAPH STAKEGRAPH_RUNS PEER_RUNS TOLERANCE
case_() {
  local measure=$1 graph=$2 sg_runs=$3 peer_runs=$4 tolerance=$5
  local name; name=$(basename "$graph" .csv)
  if [ "$quick" -eq 1 ]; then sg_runs=1; peer_runs=1; fi
  local stem=$results/$measure-$name
  echo "-- $measure on $name: stakegraph $sg_runs run(s)" >&2
  run_stakegraph "$sg_runs" "$stem.stakegraph.json" \
    centrality -g "$graph" --measure "$measure" --format json --timings
  [ -n "$sg_compute" ] || die "stakegraph printed no 'timing: compute' line"
  echo "   stakegraph: compute $sg_compute s, process $sg_wall s, peak RSS $sg_rss KB" >&2
  echo "-- $measure on $name: peers $peer_runs run(s)" >&2
  "$py" Benchmarks/peers.py run --graph "$graph" --measure "$measure" --runs "$peer_runs" \
    --libraries igraph,networkit --out "$stem.peers.json" || die "peers.py run failed"
  if ! "$py" Benchmarks/peers.py compare --result "$stem.peers.json" --stakegraph "$stem.stakegraph.json" \
      --tolerance "$tolerance" --out "$stem.compare.json" >&2; then
    echo "performance.sh: stakegraph's $measure values on $name differ from a peer's (see above)" >&2
    status=1
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$measure" "$name" "$sg_compute" "$sg_wall" "$sg_rss" "$stem" >>"$results/cases.tsv"
}

load_() { cut -d' ' -f1 /proc/loadavg; }
echo "load average before the cases: $(load_)" >&2
load_start=$(load_)
case_ betweenness "$small" 5 3 1e-9
case_ closeness "$small" 5 5 1e-9
case_ closeness "$mid" 5 3 1e-9
case_ harmonic "$small" 5 5 1e-9
case_ harmonic "$mid" 5 3 1e-9
case_ pagerank "$big" 5 5 1e-6

# Louvain: `communities` prints no phase timings, so its compute time is the median whole
# process less the median of a process that loads, projects and prints as much
# (`centrality --measure in-degree --format json` on the same sheet).
runs=5; [ "$quick" -eq 1 ] && runs=1
: >"$results/louvain.tsv"
for graph in "$planted" "$big"; do
  name=$(basename "$graph" .csv)
  echo "-- louvain on $name ($runs runs)" >&2
  run_stakegraph "$runs" "$results/louvain-$name.stakegraph.json" communities -g "$graph" --format json
  louvain_wall=$sg_wall
  run_stakegraph "$runs" /dev/null centrality -g "$graph" --measure in-degree --format json
  baseline_wall=$sg_wall
  "$py" Benchmarks/peers.py louvain --graph "$graph" --runs "$([ "$quick" -eq 1 ] && echo 1 || echo 3)" \
    --stakegraph "$results/louvain-$name.stakegraph.json" --out "$results/louvain-$name.peers.json" || die "peers.py louvain failed"
  printf '%s\t%s\t%s\t%s\n' "$name" "$louvain_wall" "$baseline_wall" "$results/louvain-$name.peers.json" >>"$results/louvain.tsv"
done

# Coalitions on two signed graphs (no peer has structural-balance partitioning): the same
# baseline subtraction, and the exponent of the growth from 10,000 to 30,000 actors.
runs=3; [ "$quick" -eq 1 ] && runs=1
: >"$results/coalitions.tsv"
for graph in "$signed_small" "$signed_big"; do
  name=$(basename "$graph" .csv)
  echo "-- coalitions on $name ($runs runs)" >&2
  run_stakegraph "$runs" /dev/null coalitions -g "$graph" --format json
  coalitions_wall=$sg_wall coalitions_rss=$sg_rss
  run_stakegraph "$runs" /dev/null centrality -g "$graph" --measure in-degree --format json
  printf '%s\t%s\t%s\t%s\n' "$name" "$coalitions_wall" "$sg_wall" "$coalitions_rss" >>"$results/coalitions.tsv"
done

# The whole process, printing its default table (to /dev/null), as a user runs it.
runs=5; [ "$quick" -eq 1 ] && runs=1
echo "-- whole process: stakegraph centrality -g $big --measure pagerank ($runs runs)" >&2
run_stakegraph "$runs" /dev/null centrality -g "$big" --measure pagerank
pagerank_wall=$sg_wall pagerank_rss=$sg_rss

# A query on the seed graph: start-up, YAML, path search, output.
runs=20; [ "$quick" -eq 1 ] && runs=5
seed=Graphs/huawei-5g.yaml
path_args=(path -g "$seed" "Chris Wray" "Government of China")
"$bin" "${path_args[@]}" >/dev/null || die "stakegraph ${path_args[*]} failed"
echo "-- whole process: stakegraph path ($runs runs)" >&2
if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --style none -N --warmup 3 --runs "$runs" --export-json "$work/path.json" \
    "$bin path -g $seed 'Chris Wray' 'Government of China'" >/dev/null
  path_wall=$("$py" -c 'import json, sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$work/path.json")
  path_tool="hyperfine, median of $runs after 3 warm-ups"
else
  walls=()
  for ((i = 0; i < 3; i++)); do "$bin" "${path_args[@]}" >/dev/null; done
  for ((i = 0; i < runs; i++)); do
    start=$(now_ns); "$bin" "${path_args[@]}" >/dev/null; end=$(now_ns)
    walls+=("$(( end - start ))e-9")
  done
  path_wall=$(median "${walls[@]}")
  path_tool="bash loop, median of $runs after 3 warm-ups"
fi

# ---------------------------------------------------------------------------------------------
load_end=$(load_)
say "5. results ($data/latest.md)"
"$py" - "$results/cases.tsv" "$data/latest.md" "$quick" "$versions" "$swift_version" \
  "$pagerank_wall" "$pagerank_rss" "$path_wall" "$path_tool" "$results/louvain.tsv" "$results/coalitions.tsv" \
  "$load_start" "$load_end" <<'PY'
import datetime, json, math, os, platform, sys

cases, latest, quick, versions, swift = sys.argv[1:6]
pagerank_wall, pagerank_rss, path_wall, path_tool = float(sys.argv[6]), float(sys.argv[7]), float(sys.argv[8]), sys.argv[9]
louvain_rows, coalition_rows, load_start, load_end = sys.argv[10], sys.argv[11], sys.argv[12], sys.argv[13]

# Issue 18's targets, as ratios of stakegraph's compute to each peer's call (same run).
TARGETS = {"closeness": {"igraph": 0.05, "networkit": 0.1}, "harmonic": {"igraph": 0.05, "networkit": 0.1},
           "betweenness": {"igraph": 0.2}}


def verdict(measure, ratios):
    goals = TARGETS.get(measure)
    if not goals:
        return "—"
    parts = []
    for peer, goal in goals.items():
        parts.append(f"≤ {goal:g}× {peer}: {'met' if ratios[peer] <= goal else 'MISSED'}")
    return "; ".join(parts)


def seconds(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def cpu():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


lines = []
lines.append(f"Machine: {os.cpu_count()} cores, {cpu()}; {platform.platform()}. {swift}. Date: "
             f"{datetime.date.today().isoformat()}.{' QUICK RUN (one run each): not for RESULTS.md.' if quick == '1' else ''}")
lines.append(f"Peers: {versions}; OMP_WAIT_POLICY=PASSIVE; igraph 1 thread, networkit all cores.")
lines.append(f"Load average (1 min) before the cases {load_start}, after them {load_end} (the machine is shared; only same-run ratios count).")
lines.append("")
lines.append("| measure | graph | stakegraph compute (median) | igraph | networkit | ratio vs igraph | ratio vs networkit | max \\|Δ\\| vs igraph | target |")
lines.append("|---|---|---|---|---|---|---|---|---|")
extra, checks = [], []
by_measure = {}  # measure -> [(graph, ratios, compute)], for issue 18's targets table
for row in open(cases):
    measure, graph, compute, wall, rss, stem = row.rstrip("\n").split("\t")
    compute, wall, rss = float(compute), float(wall), float(rss)
    peers = json.load(open(stem + ".peers.json"))
    compare = json.load(open(stem + ".compare.json"))
    ig, nk = peers["results"]["igraph"], peers["results"]["networkit"]
    label = f"{graph} ({peers['n']:,} / {peers['m']:,})"
    ratios = {"igraph": compute / ig["median"], "networkit": compute / nk["median"]}
    lines.append(f"| {measure} | {label} | {seconds(compute)} | {seconds(ig['median'])} | {seconds(nk['median'])} "
                 f"| {ratios['igraph']:.3f} | {ratios['networkit']:.3f} | {compare['igraph']['max_difference']:.2g} "
                 f"| {verdict(measure, ratios)} |")
    by_measure.setdefault(measure, []).append((graph.replace("gnm-", ""), ratios, compute))
    extra.append(f"| {measure} | {label} | {seconds(wall)} | {rss / 1024:.0f} MB | {len(ig['seconds'])} / {len(nk['seconds'])} |")
    checks.extend(entry["line"] for entry in compare.values())
lines.append("")
lines.append("Ratio: stakegraph's compute phase (`--timings`) ÷ the peer's own call (below 1: stakegraph is faster). "
             "Loading the graph is not timed on either side. Medians; peers after one untimed warm-up when run more than once.")
lines.append("")
lines.append("| measure | graph | stakegraph whole process (median) | peak RSS | peer runs (igraph / networkit) |")
lines.append("|---|---|---|---|---|")
lines.extend(extra)
lines.append("")
lines.append("Louvain (modularity, resolution 1, on the undirected simple view). stakegraph's time is its `communities` "
             "process less a process that loads, projects and prints as much (`centrality --measure in-degree`); "
             "every Q is igraph's `modularity` of that tool's partition on the same graph (the tool's own figure in brackets).")
lines.append("")
lines.append("A difference below 10 ms is within the noise of the two processes: the ratio is then only a bound, shown with ≤.")
lines.append("")
lines.append("| graph | stakegraph process / baseline | stakegraph (process − baseline) | igraph multilevel | networkit PLM | ratio vs igraph | ratio vs networkit | Q stakegraph | Q igraph | Q networkit |")
lines.append("|---|---|---|---|---|---|---|---|---|---|")
louvain_text = []  # the same figures, for issue 18's targets table
for row in open(louvain_rows):
    name, wall, baseline, stem = row.rstrip("\n").split("\t")
    bound = float(wall) - float(baseline) < 0.01
    compute = max(float(wall) - float(baseline), 0.01)
    record = json.load(open(stem))
    ig, nk, sg = record["results"]["igraph"], record["results"]["networkit"], record["stakegraph"]
    le = "≤ " if bound else ""
    lines.append(f"| {name} ({record['n']:,} / {record['m']:,} undirected) | {seconds(float(wall))} / {seconds(float(baseline))} "
                 f"| {le}{seconds(compute)} | {seconds(ig['median'])} | {seconds(nk['median'])} "
                 f"| {le}{compute / ig['median']:.3f} | {le}{compute / nk['median']:.3f} "
                 f"| {sg['modularity']:.4f} ({sg['communities']} comm.) | {ig['modularity']:.4f} ({ig['communities']}) "
                 f"| {nk['modularity']:.4f} ({nk['communities']}) |")
    louvain_text.append(f"{name.replace('gnm-', '')}: {le}{compute / ig['median']:.3f}× igraph, {le}{compute / nk['median']:.3f}× networkit, "
                        f"Q {sg['modularity']:.3f} vs {ig['modularity']:.3f} / {nk['modularity']:.3f}")
lines.append("")
lines.append("Coalitions (structural balance, 2 camps) on signed graphs: process less the same baseline.")
lines.append("")
lines.append("| graph | whole process | baseline | coalitions | peak RSS |")
lines.append("|---|---|---|---|---|")
coalition_times = []
for row in open(coalition_rows):
    name, wall, baseline, rss = row.rstrip("\n").split("\t")
    compute = max(float(wall) - float(baseline), 1e-4)
    coalition_times.append((int(name.split("-")[1]), compute))
    lines.append(f"| {name} | {seconds(float(wall))} | {seconds(float(baseline))} | {seconds(compute)} | {float(rss) / 1024:.0f} MB |")
if len(coalition_times) == 2:
    (n1, t1), (n2, t2) = coalition_times
    lines.append("")
    lines.append(f"Scaling exponent of coalitions from {n1:,} to {n2:,} actors: log(t₂/t₁)/log(n₂/n₁) = {math.log(t2 / t1) / math.log(n2 / n1):.2f}.")
    coalition_text = (f"{coalition_times[0][1]:.2f} s, {coalition_times[1][1]:.2f} s, "
                      f"exponent {math.log(t2 / t1) / math.log(n2 / n1):.2f}")
else:
    coalition_text = ""
lines.append("")
lines.append("| whole process | median | target |")
lines.append("|---|---|---|")
lines.append(f"| `stakegraph centrality -g gnm-100000-1000000.csv --measure pagerank` (table output), peak RSS {pagerank_rss / 1024:.0f} MB "
             f"| {seconds(pagerank_wall)} | < 10 s: {'met' if pagerank_wall < 10 else 'MISSED'} |")
lines.append(f"| `stakegraph path -g Graphs/huawei-5g.yaml \"Chris Wray\" \"Government of China\"` ({path_tool}) "
             f"| {seconds(path_wall)} | < 50 ms: {'met' if path_wall < 0.05 else 'MISSED'} |")
lines.append("")
lines.append("Agreement (stakegraph's values against each peer's, converted to NetworkX's conventions by Benchmarks/peers.py):")
lines.append("")
lines.extend(f"- {line}" for line in checks)

# Issue 18's targets table rows (Benchmarks/targets.py prints them with io_speed.sh's and events.sh's).
def target_row(key):
    cases_ = by_measure.get(key, [])
    if not cases_:
        return None
    text = "; ".join(f"{g}: {c['igraph']:.3f}× igraph, {c['networkit']:.3f}× networkit ({seconds(t)})" for g, c, t in cases_)
    goals = TARGETS.get(key)
    if not goals:
        return "kept", text
    met = all(c[peer] <= goal for _, c, _ in cases_ for peer, goal in goals.items())
    return ("met" if met else "missed"), text

target_rows = []
for key in ("closeness", "harmonic", "betweenness", "pagerank"):
    row = target_row(key)
    if row:
        target_rows.append((key,) + row)
if louvain_text:
    target_rows.append(("louvain", "kept", "; ".join(louvain_text)))
if coalition_text:
    target_rows.append(("coalitions", "kept", coalition_text))
load_note = f" (load average {load_start} → {load_end})"
os.makedirs(os.path.join(os.path.dirname(latest), "targets"), exist_ok=True)
with open(os.path.join(os.path.dirname(latest), "targets", "performance.tsv"), "w") as out:
    for key, status, text in target_rows:
        out.write(f"{key}\t{status}\t{text}{load_note}{' QUICK RUN' if quick == '1' else ''}\n")

text = "\n".join(lines) + "\n"
with open(latest, "w") as out:
    out.write(text)
print(text)
PY

if [ "$status" -ne 0 ]; then
  echo "performance.sh: stakegraph's values differ from a peer's beyond the tolerance (see 'Agreement')" >&2
fi
exit "$status"

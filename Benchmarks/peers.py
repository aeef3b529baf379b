#!/usr/bin/env python3
"""The peer side of the centrality benchmark (Benchmarks/performance.sh).

Runs the same measure on the same graph in igraph, networkit, NetworkX and rustworkx, times each
library's own call, and converts every result to the conventions stakegraph follows (NetworkX 3.x
on a DiGraph), so that the values can be compared number by number.

    peers.py generate --nodes N --edges M --seed S --out FILE.csv [--kind gnm|planted|signed]
    peers.py run --graph FILE.csv --measure betweenness|closeness|harmonic|pagerank --runs R --out RESULT.json
                 [--libraries igraph,networkit,networkx,rustworkx] [--warmup W]
    peers.py compare --result RESULT.json --stakegraph STAKEGRAPH.json --tolerance T
    peers.py louvain --graph FILE.csv --runs R --stakegraph COMMUNITIES.json --out RESULT.json
    peers.py check [--nodes 300 --edges 1500 --seed 7]     (conversions against NetworkX)

The same graph on both sides: stakegraph projects a sheet's relations by their type (a sheet
without a type column means the undirected `related-to`, so every row counts both ways); the
generated sheets name a directed type (`supports`, and `criticizes` for hostile ties), and Sheet
reads the type column and adds the reverse edge for every row whose type is undirected in
Sources/StakeGraph/Vocabulary.swift (read from that file), so a peer never sees half or twice
the edges stakegraph sees.

Conventions (what stakegraph and NetworkX compute on a DiGraph, and how each peer is converted):
- betweenness: Brandes over ordered pairs, normalised by 1/((n-1)(n-2)).
    igraph  `Graph.betweenness(directed=True)` is unnormalised: divided by (n-1)(n-2).
    networkit `Betweenness(G, normalized=True)` divides by (n-1)(n-2) for directed and undirected
            graphs alike (Betweenness.cpp), which is NetworkX's directed normalisation: no conversion.
    rustworkx `digraph_betweenness_centrality(normalized=True)`: same as NetworkX.
- closeness: over INCOMING distances; r = number of nodes that reach u (u included),
    C(u) = (r-1)/sum(d(v,u)) * (r-1)/(n-1) (Wasserman-Faust), 0 when nothing reaches u.
    igraph  `Graph.closeness(mode="in")` gives (r-1)/sum over reachable nodes only (no WF factor,
            NaN when nothing reaches u): multiplied by (r-1)/(n-1), 0 for NaN. r comes from
            `neighborhood_size(order=n, mode="in")`, one more BFS per node (not timed; it costs
            about as much as the closeness call itself, recorded as conversion_seconds).
    networkit `Closeness(G, True, GENERALIZED)` gives (r-1)/sum/(n-1) * (r-1) over OUTGOING
            distances (Closeness.hpp updateScoreData), which is exactly NetworkX's formula: it runs
            on the reversed graph (built at load time, not timed) and needs no conversion.
    rustworkx `digraph_closeness_centrality(wf_improved=True)`: incoming distances, same formula.
- harmonic: over INCOMING distances, sum of 1/d(v,u), not normalised.
    igraph  `Graph.harmonic_centrality(mode="in", normalized=False)`: the same, no conversion.
    networkit `HarmonicCloseness(G, normalized=False)` sums over OUTGOING distances: it runs on
            the reversed graph, as for closeness.
- louvain: modularity (resolution 1) of the undirected simple view; igraph
    `community_multilevel()`, networkit `PLM(G, refine=False)` (its default), stakegraph
    `communities`. Every partition's Q is computed by igraph's `modularity` on the same graph,
    beside the Q the tool reports itself.
- pagerank: alpha 0.85, the mass of dangling nodes spread uniformly over all nodes, summing to 1.
    igraph  `Graph.pagerank(damping=0.85, directed=True)` (PRPACK, solved exactly, uniform dangling).
    networkit `PageRank(G, damp=0.85)` at its default tolerance (1e-8 on the L2 norm of one step)
            with `distributeSinks=SinkHandling.DISTRIBUTE_SINKS`, which adds damp/n times the sinks'
            mass to every node, NetworkX's uniform redistribution (the default, NO_SINK_HANDLING,
            leaks that mass and rescales, which is a different vector). Rescaled to sum 1 (not timed).
    NetworkX `nx.pagerank(D)` and rustworkx `pagerank(D)` stop when the L1 change of one step is
            below n*1e-6: their values carry errors of about 1e-6, so they are compared at 1e-4.

Threads: networkit and rustworkx use every core (nk.setNumberOfThreads, RAYON_NUM_THREADS);
igraph and NetworkX run on one. OMP_WAIT_POLICY=PASSIVE is set before igraph or networkit is
imported: with both OpenMP runtimes in one process on 2 cores, the default (active) policy lets
idle threads of one spin and steal the cores of the other, which distorts every time measured.
"""
import os

# Before any OpenMP library is loaded (igraph and networkit both link one); see the docstring.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("RAYON_NUM_THREADS", str(os.cpu_count() or 1))

import argparse
import csv
import json
import math
import statistics
import sys
import time

import numpy as np

MEASURES = ("betweenness", "closeness", "harmonic", "pagerank")
LIBRARIES = ("igraph", "networkit", "networkx", "rustworkx")
DEFAULT_LIBRARIES = "igraph,networkit"
# A peer whose method stops at a loose default tolerance is compared at this bound instead of the
# one asked for; its measured difference is still reported.
LOOSE_TOLERANCE = 1e-4


def fail(message):
    print(f"peers.py: {message}", file=sys.stderr)
    sys.exit(2)


# --------------------------------------------------------------------------------------------
# generate
# --------------------------------------------------------------------------------------------

def gnm_edges(n, m, seed):
    """m distinct ordered pairs (i, j), i != j, drawn uniformly: the directed G(n, m) model.

    Each pair is a number k in [0, n(n-1)): i = k // (n-1), j = k % (n-1), shifted past i.
    Returns (sources, targets) sorted by (i, j)."""
    pairs = n * (n - 1)
    if m > pairs:
        fail(f"--edges {m} is more than the {pairs} possible edges of {n} nodes")
    rng = np.random.default_rng(seed)
    k = np.sort(rng.choice(pairs, size=m, replace=False))
    sources = k // (n - 1)
    targets = k % (n - 1)
    targets += targets >= sources
    return sources, targets


def planted_edges(n, m, seed, groups):
    """m distinct ordered pairs, 80% of them inside one of `groups` groups of nodes (node i in
    group i % groups), the rest uniform: a planted partition with a clear community structure,
    for Louvain. Returns (sources, targets) sorted by (i, j)."""
    rng = np.random.default_rng(seed)
    size = n // groups

    def draw(count, inside):
        found = set()
        while len(found) < count:
            i = rng.integers(0, n, size=2 * count)
            if inside:
                j = rng.integers(0, size, size=2 * count) * groups + i % groups
            else:
                j = rng.integers(0, n, size=2 * count)
            for a, b in zip(i.tolist(), j.tolist()):
                if a != b and b < n and (a, b) not in found:
                    found.add((a, b))
                    if len(found) == count:
                        break
        return found

    within = draw(int(m * 0.8), True)
    across = set()
    while len(within) + len(across) < m:
        across |= draw(m - len(within) - len(across), False) - within
    pairs = np.array(sorted(within | across), dtype=np.int64)[:m]
    return pairs[:, 0], pairs[:, 1]


def command_generate(args):
    n, m = args.nodes, args.edges
    if n < 2:
        fail("--nodes must be at least 2")
    if m * 2 < n:
        fail(f"{m} edges cannot touch all {n} nodes; a relations sheet cannot hold isolated actors")
    seed = args.seed
    for attempt in range(1000):
        if args.kind == "planted":
            sources, targets = planted_edges(n, m, seed, groups=max(2, n // 200))
        else:
            sources, targets = gnm_edges(n, m, seed)
        degree = np.bincount(sources, minlength=n) + np.bincount(targets, minlength=n)
        isolated = int(np.count_nonzero(degree == 0))
        if isolated == 0:
            break
        print(f"peers.py: seed {seed} leaves {isolated} isolated node(s); drawing again with seed {seed + 1}",
              file=sys.stderr)
        seed += 1
    else:
        fail("no seed in 1000 tries gave a graph without isolated nodes")
    width = len(str(n - 1))
    names = np.char.add("v", np.char.zfill(np.arange(n).astype(str), width))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    temporary = args.out + ".part"
    # A directed type on every row: without one a row is the undirected `related-to` and would
    # count both ways in stakegraph (see the docstring).
    if args.kind == "signed":
        # Two camps (node i in camp i % 2): ties within a camp cooperative (`supports`), across
        # hostile (`criticizes`), 5% of them the other way round (noise the split must absorb).
        flip = np.random.default_rng(seed + 1).random(len(sources)) < 0.05
        hostile = ((sources % 2) != (targets % 2)) ^ flip
        types = np.where(hostile, ",criticizes", ",supports")
    else:
        types = np.full(len(sources), ",supports")
    with open(temporary, "w", newline="") as out:
        out.write("from,to,type\n")
        rows = np.char.add(np.char.add(np.char.add(names[sources], ","), names[targets]), types)
        out.write("\n".join(rows.tolist()))
        out.write("\n")
    os.replace(temporary, args.out)
    print(f"peers.py: wrote {args.out}: {n} nodes, {m} edges, seed {seed}", file=sys.stderr)


# --------------------------------------------------------------------------------------------
# loading
# --------------------------------------------------------------------------------------------

def undirected_types():
    """The built-in relation types that are undirected, read from Sources/StakeGraph/Vocabulary.swift
    (the `.init(id: "…", …, directed: false, …)` entries), so that the two sides cannot drift."""
    import re
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "StakeGraph", "Vocabulary.swift")
    try:
        text = open(path).read()
    except OSError:
        fail(f"cannot read {path}, which says which relation types are undirected")
    found = set(re.findall(r'\.init\(id: "([^"]+)"[^\n]*directed: false', text))
    if "related-to" not in found:
        fail(f"{path} no longer lists related-to as undirected: update peers.py's reading of it")
    return found


class Sheet:
    """A relations sheet as index arrays: ids[i] is node i (sorted), edges sources -> targets."""

    def __init__(self, path):
        with open(path, newline="") as handle:
            reader = csv.reader(handle)
            try:
                header = [name.strip().lower() for name in next(reader)]
            except StopIteration:
                fail(f"{path} is empty")
            if "from" not in header or "to" not in header:
                fail(f"{path}: the header row must name the columns 'from' and 'to'")
            a, b = header.index("from"), header.index("to")
            t = header.index("type") if "type" in header else None
            undirected = undirected_types()
            pairs = []
            self.both_ways = 0
            for row in reader:
                if not row:
                    continue
                u, v = row[a].strip(), row[b].strip()
                pairs.append((u, v))
                # No type column, or an empty type, means `related-to`, which is undirected.
                kind = row[t].strip() if t is not None and t < len(row) and row[t].strip() else "related-to"
                if kind in undirected:
                    pairs.append((v, u))
                    self.both_ways += 1
        flat = np.array(pairs, dtype=str).reshape(-1)
        self.ids, inverse = np.unique(flat, return_inverse=True)
        inverse = inverse.reshape(-1, 2)
        # Self-relations are ignored and parallel relations collapse, as in stakegraph's projection.
        keep = inverse[:, 0] != inverse[:, 1]
        edges = np.unique(inverse[keep], axis=0)
        self.sources = edges[:, 0].astype(np.int64)
        self.targets = edges[:, 1].astype(np.int64)
        self.n = len(self.ids)
        self.m = len(self.sources)
        self.path = path

    def keyed(self, values):
        """{id: value} for a sequence of values in node order."""
        return {name: float(value) for name, value in zip(self.ids.tolist(), values)}


# --------------------------------------------------------------------------------------------
# the libraries: each entry loads the sheet (not timed) and returns (version, threads, call,
# convert); `call()` is the only thing timed, `convert(raw)` turns its result into NetworkX's
# values in node order.
# --------------------------------------------------------------------------------------------

def peer_igraph(sheet, measure):
    import igraph as ig
    n = sheet.n
    graph = ig.Graph(n=n, edges=np.column_stack((sheet.sources, sheet.targets)).tolist(), directed=True)
    if measure == "betweenness":
        call = lambda: graph.betweenness(directed=True)
        convert = lambda raw: np.asarray(raw) / ((n - 1) * (n - 2))
    elif measure == "closeness":
        call = lambda: graph.closeness(mode="in")

        def convert(raw):
            # r - 1 = number of nodes that reach the node; one BFS per node (not timed).
            reach = np.asarray(graph.neighborhood_size(order=n, mode="in"), dtype=float) - 1
            values = np.nan_to_num(np.asarray(raw, dtype=float), nan=0.0)
            return values * reach / (n - 1)
    elif measure == "harmonic":
        call = lambda: graph.harmonic_centrality(mode="in", normalized=False)
        convert = lambda raw: np.asarray(raw, dtype=float)
    else:
        call = lambda: graph.pagerank(damping=0.85, directed=True)
        convert = lambda raw: np.asarray(raw)
    return ig.__version__, 1, call, convert, None


def peer_networkit(sheet, measure):
    import networkit as nk
    threads = os.cpu_count() or 1
    nk.setNumberOfThreads(threads)
    graph = nk.Graph(sheet.n, directed=True)
    if measure in ("closeness", "harmonic"):
        # networkit's closeness runs over outgoing distances: give it the reversed graph.
        graph.addEdges((sheet.targets.astype(np.uint64), sheet.sources.astype(np.uint64)))
    else:
        graph.addEdges((sheet.sources.astype(np.uint64), sheet.targets.astype(np.uint64)))
    if measure == "betweenness":
        make = lambda: nk.centrality.Betweenness(graph, normalized=True)
    elif measure == "closeness":
        make = lambda: nk.centrality.Closeness(graph, True, nk.centrality.ClosenessVariant.GENERALIZED)
    elif measure == "harmonic":
        make = lambda: nk.centrality.HarmonicCloseness(graph, normalized=False)
    else:
        # networkit 11.3's Python enum spells it DistributeSinks; newer ones DISTRIBUTE_SINKS.
        sinks = getattr(nk.centrality.SinkHandling, "DISTRIBUTE_SINKS", None)
        if sinks is None:
            sinks = nk.centrality.SinkHandling.DistributeSinks
        make = lambda: nk.centrality.PageRank(graph, damp=0.85, distributeSinks=sinks)
    holder = {}

    def call():
        algorithm = make()
        algorithm.run()
        holder["algorithm"] = algorithm
        return algorithm

    def convert(algorithm):
        values = np.asarray(algorithm.scores())
        return values / values.sum() if measure == "pagerank" else values

    # networkit's PageRank stops at tol 1e-8 on the L2 norm of one step: its error bound is
    # 1e-8 * 0.85 / 0.15 ~ 6e-8 in L2, well within 1e-6, so it is compared at the bound asked for.
    return nk.__version__, threads, call, convert, None


def peer_networkx(sheet, measure):
    import networkx as nx
    graph = nx.DiGraph()
    graph.add_nodes_from(range(sheet.n))
    graph.add_edges_from(zip(sheet.sources.tolist(), sheet.targets.tolist()))
    function = {"betweenness": nx.betweenness_centrality, "closeness": nx.closeness_centrality,
                "harmonic": nx.harmonic_centrality, "pagerank": nx.pagerank}[measure]
    call = lambda: function(graph)
    convert = lambda raw: np.array([raw[i] for i in range(sheet.n)])
    loose = LOOSE_TOLERANCE if measure == "pagerank" else None  # tol 1e-6: L1 step < n * 1e-6
    return nx.__version__, 1, call, convert, loose


def peer_rustworkx(sheet, measure):
    import rustworkx as rx
    graph = rx.PyDiGraph()
    graph.add_nodes_from(range(sheet.n))
    graph.extend_from_edge_list(list(zip(sheet.sources.tolist(), sheet.targets.tolist())))
    if measure == "betweenness":
        call = lambda: rx.digraph_betweenness_centrality(graph, normalized=True)
    elif measure == "closeness":
        call = lambda: rx.digraph_closeness_centrality(graph, wf_improved=True)
    elif measure == "harmonic":
        # rustworkx has no harmonic centrality: skipped by the caller.
        raise NotImplementedError("rustworkx has no harmonic centrality")
    else:
        call = lambda: rx.pagerank(graph, alpha=0.85)
    convert = lambda raw: np.array([raw[i] for i in range(sheet.n)])
    loose = LOOSE_TOLERANCE if measure == "pagerank" else None  # NetworkX's stopping rule
    threads = int(os.environ.get("RAYON_NUM_THREADS", os.cpu_count() or 1))
    return rx.__version__, threads, call, convert, loose


PEERS = {"igraph": peer_igraph, "networkit": peer_networkit, "networkx": peer_networkx,
         "rustworkx": peer_rustworkx}


def measure_library(name, sheet, measure, runs, warmup):
    """Loads the sheet into one library, times its call `runs` times after `warmup` untimed
    calls, and returns the result record (values converted to NetworkX's conventions)."""
    version, threads, call, convert, loose = PEERS[name](sheet, measure)
    for _ in range(warmup):
        call()
    seconds = []
    raw = None
    for _ in range(runs):
        start = time.perf_counter()
        raw = call()
        seconds.append(time.perf_counter() - start)
    start = time.perf_counter()
    values = convert(raw)
    conversion = time.perf_counter() - start
    record = {"version": version, "threads": threads, "seconds": seconds,
              "median": statistics.median(seconds), "warmup": warmup,
              "conversion_seconds": conversion, "values": sheet.keyed(values)}
    if loose is not None:
        record["loose_tolerance"] = loose
    return record


def command_run(args):
    libraries = [name.strip() for name in args.libraries.split(",") if name.strip()]
    for name in libraries:
        if name not in LIBRARIES:
            fail(f"unknown library '{name}' (one of: {', '.join(LIBRARIES)})")
    if args.runs < 1:
        fail("--runs must be at least 1")
    # One untimed warm-up when the measure is fast enough to be run several times.
    warmup = args.warmup if args.warmup is not None else (1 if args.runs > 1 else 0)
    sheet = Sheet(args.graph)
    result = {"graph": args.graph, "measure": args.measure, "n": sheet.n, "m": sheet.m, "results": {}}
    for name in libraries:
        try:
            __import__(name)
        except ImportError:
            if name == "rustworkx":
                print("peers.py: rustworkx is not installed; skipped", file=sys.stderr)
                continue
            fail(f"{name} is not installed in this Python ({sys.executable})")
        record = measure_library(name, sheet, args.measure, args.runs, warmup)
        result["results"][name] = record
        times = " ".join(f"{s:.4f}" for s in record["seconds"])
        print(f"peers.py: {args.measure} {os.path.basename(args.graph)} {name} {record['version']} "
              f"({record['threads']} thr): median {record['median']:.4f} s [{times}]", file=sys.stderr)
    temporary = args.out + ".part"
    with open(temporary, "w") as out:
        json.dump(result, out)
    os.replace(temporary, args.out)


# --------------------------------------------------------------------------------------------
# compare
# --------------------------------------------------------------------------------------------

def max_difference(ours, theirs):
    """(max |a-b| over common ids, ids missing on either side)."""
    missing = set(ours) ^ set(theirs)
    worst = 0.0
    for key, value in ours.items():
        if key in theirs:
            difference = abs(value - theirs[key])
            if math.isnan(difference):
                difference = math.inf
            worst = max(worst, difference)
    return worst, missing


def command_compare(args):
    with open(args.result) as handle:
        result = json.load(handle)
    with open(args.stakegraph) as handle:
        rows = json.load(handle)
    measure = result["measure"]
    try:
        ours = {row["id"]: float(row[measure]) for row in rows}
    except (KeyError, TypeError):
        fail(f"{args.stakegraph} is not stakegraph's JSON output for --measure {measure}")
    failed = False
    summary = {}
    # Harmonic centrality is not normalised (values up to n - 1, thousands here): it is compared
    # divided by n - 1, its range, so that the tolerance means the same as for the others.
    scale = 1 / max(1, result["n"] - 1) if measure == "harmonic" else 1
    for name, record in result["results"].items():
        worst, missing = max_difference(ours, record["values"])
        worst *= scale
        tolerance = args.tolerance
        note = ""
        if "loose_tolerance" in record and record["loose_tolerance"] > tolerance:
            tolerance = record["loose_tolerance"]
            note = f" (its default stopping tolerance is loose: compared at {tolerance:g}, not {args.tolerance:g})"
        good = worst <= tolerance and not missing
        failed |= not good
        detail = f"; {len(missing)} ids on one side only" if missing else ""
        if scale != 1:
            note += " (divided by n - 1)"
        line = (f"{measure} {name} {record['version']}: max |Δ| {worst:.3g} over {len(ours)} actors, "
                f"tolerance {tolerance:g}{note}{detail}: {'ok' if good else 'DIFFERS'}")
        print(line)
        summary[name] = {"max_difference": worst, "tolerance": tolerance, "ok": good, "line": line}
    if args.out:
        with open(args.out, "w") as out:
            json.dump(summary, out)
    sys.exit(1 if failed else 0)


# --------------------------------------------------------------------------------------------
# check: every conversion against NetworkX on a small graph
# --------------------------------------------------------------------------------------------

def command_louvain(args):
    import igraph as ig
    import networkit as nk
    sheet = Sheet(args.graph)
    # The undirected simple view: one edge per related pair, whichever way.
    pairs = np.unique(np.sort(np.column_stack((sheet.sources, sheet.targets)), axis=1), axis=0)
    graph = ig.Graph(n=sheet.n, edges=pairs.tolist(), directed=False)
    threads = os.cpu_count() or 1
    nk.setNumberOfThreads(threads)
    nkgraph = nk.Graph(sheet.n, directed=False)
    nkgraph.addEdges((pairs[:, 0].astype(np.uint64), pairs[:, 1].astype(np.uint64)))

    def timed(call):
        call()  # one untimed warm-up
        seconds, raw = [], None
        for _ in range(args.runs):
            start = time.perf_counter()
            raw = call()
            seconds.append(time.perf_counter() - start)
        return seconds, raw

    def plm():
        algorithm = nk.community.PLM(nkgraph, refine=False, gamma=1.0)
        algorithm.run()
        return algorithm.getPartition()

    result = {"graph": args.graph, "n": sheet.n, "m": int(len(pairs)), "results": {}}
    seconds, clusters = timed(lambda: graph.community_multilevel())
    result["results"]["igraph"] = {"version": ig.__version__, "threads": 1, "seconds": seconds,
                                   "median": statistics.median(seconds), "communities": len(clusters),
                                   "modularity": graph.modularity(clusters.membership),
                                   "own_modularity": clusters.modularity}
    seconds, partition = timed(plm)
    membership = [partition.subsetOf(v) for v in range(sheet.n)]
    result["results"]["networkit"] = {"version": nk.__version__, "threads": threads, "seconds": seconds,
                                      "median": statistics.median(seconds),
                                      "communities": partition.numberOfSubsets(),
                                      "modularity": graph.modularity(membership),
                                      "own_modularity": nk.community.Modularity().getQuality(partition, nkgraph)}
    if args.stakegraph:
        with open(args.stakegraph) as handle:
            record = json.load(handle)
        index = {name: i for i, name in enumerate(sheet.ids.tolist())}
        membership = [0] * sheet.n
        for number, members in enumerate(record["communities"]):
            for name in members:
                membership[index[name]] = number
        result["stakegraph"] = {"communities": len(record["communities"]),
                                "modularity": graph.modularity(membership),
                                "own_modularity": record["modularity"]}
    for name, entry in result["results"].items():
        print(f"peers.py: louvain {os.path.basename(args.graph)} {name}: median {entry['median']:.4f} s, "
              f"{entry['communities']} communities, Q {entry['modularity']:.4f}", file=sys.stderr)
    with open(args.out, "w") as out:
        json.dump(result, out)


def command_check(args):
    import tempfile
    with tempfile.TemporaryDirectory() as work:
        path = os.path.join(work, "small.csv")
        command_generate(argparse.Namespace(nodes=args.nodes, edges=args.edges, seed=args.seed, out=path, kind="gnm"))
        sheet = Sheet(path)
        failed = False
        for measure in MEASURES:
            reference = measure_library("networkx", sheet, measure, 1, 0)["values"]
            if measure == "pagerank":
                # NetworkX itself at a tight tolerance, so that the check measures the peers.
                import networkx as nx
                graph = nx.DiGraph()
                graph.add_nodes_from(sheet.ids.tolist())
                graph.add_edges_from(zip(sheet.ids[sheet.sources].tolist(), sheet.ids[sheet.targets].tolist()))
                reference = nx.pagerank(graph, tol=1e-15, max_iter=10000)
            bound = 1e-6 if measure == "pagerank" else 1e-9
            for name in ("igraph", "networkit", "rustworkx", "networkx"):
                try:
                    __import__(name)
                except ImportError:
                    continue
                if name == "rustworkx" and measure == "harmonic":
                    continue
                record = measure_library(name, sheet, measure, 1, 0)
                worst, missing = max_difference(reference, record["values"])
                if "loose_tolerance" in record:
                    # Stops at a loose default tolerance: shown, not judged.
                    print(f"{measure:<12} {name:<10} max |Δ| vs NetworkX {worst:.3g} "
                          f"(its default stopping tolerance is loose: not checked)")
                    continue
                good = worst <= bound and not missing
                failed |= not good
                print(f"{measure:<12} {name:<10} max |Δ| vs NetworkX {worst:.3g} (bound {bound:g}) "
                      f"{'ok' if good else 'DIFFERS'}")
    sys.exit(1 if failed else 0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    generate = commands.add_parser("generate", help="write a directed G(n, m) graph as a relations sheet")
    generate.add_argument("--nodes", type=int, required=True)
    generate.add_argument("--edges", type=int, required=True)
    generate.add_argument("--seed", type=int, default=1)
    generate.add_argument("--out", required=True)
    generate.add_argument("--kind", choices=("gnm", "planted", "signed"), default="gnm",
                          help="gnm: uniform G(n, m); planted: 80%% of the edges inside n/200 groups "
                               "(for Louvain); signed: gnm with cooperative ties inside two camps and "
                               "hostile ties across, 5%% flipped (for coalitions)")

    run = commands.add_parser("run", help="time a measure in the peer libraries")
    run.add_argument("--graph", required=True)
    run.add_argument("--measure", choices=MEASURES, required=True)
    run.add_argument("--runs", type=int, default=1)
    run.add_argument("--warmup", type=int, default=None,
                     help="untimed calls first (default: 1 when --runs > 1, else 0)")
    run.add_argument("--out", required=True)
    run.add_argument("--libraries", default=DEFAULT_LIBRARIES,
                     help=f"comma-separated, from {','.join(LIBRARIES)} (default {DEFAULT_LIBRARIES})")

    compare = commands.add_parser("compare", help="compare stakegraph's values with the peers'")
    compare.add_argument("--result", required=True)
    compare.add_argument("--stakegraph", required=True)
    compare.add_argument("--tolerance", type=float, required=True)
    compare.add_argument("--out", help="also write {library: {max_difference, tolerance, ok, line}} here")

    check = commands.add_parser("check", help="check every conversion against NetworkX on a small graph")
    check.add_argument("--nodes", type=int, default=300)
    check.add_argument("--edges", type=int, default=1500)
    check.add_argument("--seed", type=int, default=7)

    louvain = commands.add_parser("louvain", help="time Louvain in igraph and networkit, modularity side by side")
    louvain.add_argument("--graph", required=True)
    louvain.add_argument("--runs", type=int, default=3)
    louvain.add_argument("--stakegraph", help="stakegraph communities --format json output, for its Q")
    louvain.add_argument("--out", required=True)

    args = parser.parse_args()
    {"generate": command_generate, "run": command_run, "compare": command_compare,
     "check": command_check, "louvain": command_louvain}[args.command](args)


if __name__ == "__main__":
    main()

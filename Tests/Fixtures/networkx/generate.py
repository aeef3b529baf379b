#!/usr/bin/env python3
"""Generate NetworkX reference fixtures for the Swift graph-measure tests.

What it produces
    One JSON file per graph, written next to this script:
        florentine.json, karate.json, kite.json, strongly-connected.json,
        random-multi-1.json, random-multi-2.json, random-multi-3.json, random-multi-4.json,
        dag.json, two-nodes.json, one-node.json, empty-edges.json
    Each file holds the graph (node labels, sorted edge list, and for the
    random-multi-* files the raw relation list before projection), the
    centrality measures NetworkX computes for it (or the error it raises),
    all shortest paths for a set of ordered pairs, and the first k paths of
    nx.shortest_simple_paths for a few pairs.  See README.md for the format.

How to run (from the repository root)
    python3 Tests/Fixtures/networkx/generate.py

    Output is deterministic: every random choice uses a fixed seed, and the
    DiGraph that NetworkX sees is always rebuilt from the (nodes, edges) lists
    stored in the file, in file order, so tie-breaking in NetworkX depends only
    on the file contents.  nx.harmonic_centrality sums over a set, so its last
    bit depends on string hashing: the script re-executes itself with
    PYTHONHASHSEED=0 to make that reproducible too.  The script also prints cross-check differences
    (NetworkX power iteration vs. numpy/scipy solvers) to stdout.

Generated with
    Python 3.11, NetworkX 3.6.1, numpy 2.4.6, scipy 1.17.1
"""

import json
import math
import os
import random
import sys
import warnings
from fractions import Fraction
from itertools import islice
from pathlib import Path

import networkx as nx
import numpy as np

OUT_DIR = Path(__file__).resolve().parent

TOL = 1e-14          # tolerance for every iterative NetworkX measure
MAX_ITER = 100_000   # iteration cap for every iterative NetworkX measure
PAGERANK_ALPHA = 0.85
KATZ_ALPHA, KATZ_BETA = 0.1, 1.0
ALL_PAIRS_MAX_NODES = 40   # graphs up to this size get every ordered pair
RANDOM_PAIRS = 150         # number of sampled pairs for larger graphs
K_PAIRS, K = 10, 5         # k-shortest-paths: 10 pairs, first 5 paths each

DIRECTED_TYPES = ("bans", "warns-against", "supports", "contracts-with")
UNDIRECTED_TYPES = ("cooperates-with", "competes-with")
RELATION_TYPES = DIRECTED_TYPES + UNDIRECTED_TYPES

CROSS_CHECKS = []  # (graph, check, value) rows printed at the end


# --------------------------------------------------------------------------
# Graph construction
# --------------------------------------------------------------------------

def canonical_digraph(nodes, edges):
    """The DiGraph every measure is computed on: nodes and edges added in
    file order, no attributes at all (so everything is unweighted)."""
    D = nx.DiGraph()
    D.add_nodes_from(nodes)
    D.add_edges_from(edges)
    return D


def sorted_edges(D, nodes):
    """Edges sorted by (position of source, position of target) in `nodes`."""
    index = {v: i for i, v in enumerate(nodes)}
    return sorted(([u, v] for u, v in D.edges()), key=lambda e: (index[e[0]], index[e[1]]))


def from_networkx(G, label=str, order=None):
    """Unweighted, relabelled DiGraph copy of G (undirected G -> both directions)."""
    D = nx.DiGraph()
    D.add_nodes_from(label(v) for v in (order or G.nodes()))
    D.add_edges_from((label(u), label(v)) for u, v in G.to_directed().edges())
    return D


def florentine():
    G = nx.florentine_families_graph()
    nodes = sorted(G)
    D = from_networkx(G, order=nodes)
    desc = ("Padgett's Florentine families marriage network (nx.florentine_families_graph), "
            "undirected, as a DiGraph with both directions (G.to_directed()); nodes sorted alphabetically")
    return "florentine", desc, nodes, D, None


def karate():
    G = nx.karate_club_graph()  # carries 'weight' edge attributes: dropped here
    nodes = [str(v) for v in sorted(G)]
    D = from_networkx(G, order=sorted(G))
    desc = ("Zachary's karate club (nx.karate_club_graph), undirected and unweighted "
            "(edge weights dropped), as a DiGraph with both directions; labels '0'..'33'")
    return "karate", desc, nodes, D, None


def kite():
    G = nx.krackhardt_kite_graph()
    nodes = [str(v) for v in sorted(G)]
    D = from_networkx(G, order=sorted(G))
    desc = ("Krackhardt kite (nx.krackhardt_kite_graph), undirected, as a DiGraph with "
            "both directions; labels '0'..'9'")
    return "kite", desc, nodes, D, None


def strongly_connected(n=12, chords=20, seed=1201):
    rng = random.Random(seed)
    nodes = [f"s{i:02d}" for i in range(n)]
    D = nx.DiGraph()
    D.add_nodes_from(nodes)
    D.add_edges_from((nodes[i], nodes[(i + 1) % n]) for i in range(n))
    added = []
    while len(added) < chords:
        i, j = rng.sample(range(n), 2)
        if not D.has_edge(nodes[i], nodes[j]):
            D.add_edge(nodes[i], nodes[j])
            added.append((i, j))
    assert nx.is_strongly_connected(D)
    assert nx.is_aperiodic(D)
    # Self-contained aperiodicity argument: chord i->j closes the cycle
    # j -> j+1 -> ... -> i -> j of length ((i - j) mod n) + 1.  The period
    # divides n and every such length; show a chord whose length is coprime to n.
    lengths = {(i, j): (i - j) % n + 1 for i, j in added}
    witness = next((c for c, L in lengths.items() if math.gcd(L, n) == 1), None)
    assert witness is not None
    i, j = witness
    desc = (f"Directed {n}-cycle s00->s01->...->s11->s00 plus {chords} random chords "
            f"(random.Random({seed})). Strongly connected. Aperiodic: the {n}-cycle and the cycle "
            f"{nodes[j]}->...->{nodes[i]}->{nodes[j]} closed by chord {nodes[i]}->{nodes[j]} "
            f"(length {lengths[witness]}) have coprime lengths, so the period is 1. Strongly "
            "connected + aperiodic = primitive adjacency matrix: the Perron root is simple and "
            "strictly dominant, so plain power iteration converges for eigenvector centrality "
            "and PageRank even without NetworkX's A+I shift")
    return "strongly-connected", desc, nodes, D, None


def random_relations(n, m, seed):
    """Random relation list over actors a000..a{n-1}.

    ~10% of the actors never appear in a relation (isolated), ~2% of the
    relations are self-relations, ~10% duplicate the (from, to) of an earlier
    relation with the same or a different type (parallel relations); the rest
    use distinct ordered pairs, and every non-isolated actor is in at least
    one non-self relation.
    """
    rng = random.Random(seed)
    actors = [f"a{i:03d}" for i in range(n)]
    isolated = set(rng.sample(actors, round(0.10 * n)))
    active = [a for a in actors if a not in isolated]
    n_self = max(1, round(0.02 * m))
    n_parallel = round(0.10 * m)
    n_base = m - n_self - n_parallel

    base, used = [], set()

    def add(u, v):
        base.append([u, v, rng.choice(RELATION_TYPES)])
        used.add((u, v))

    for a in rng.sample(active, len(active)):  # cover every active actor
        while True:
            b = rng.choice(active)
            if b != a and (a, b) not in used and (b, a) not in used:
                break
        add(a, b) if rng.random() < 0.5 else add(b, a)
    while len(base) < n_base:
        u, v = rng.sample(active, 2)
        if (u, v) not in used:
            add(u, v)

    parallel = []
    for _ in range(n_parallel):
        u, v, t = rng.choice(base)
        if rng.random() >= 0.5:
            t = rng.choice([x for x in RELATION_TYPES if x != t])
        parallel.append([u, v, t])
    selfs = []
    for _ in range(n_self):
        a = rng.choice(active)
        selfs.append([a, a, rng.choice(RELATION_TYPES)])

    relations = base + parallel + selfs
    rng.shuffle(relations)
    return actors, relations, sorted(isolated), n_parallel, n_self


def project(actors, relations):
    """The projection the Swift side implements."""
    D = nx.DiGraph()
    D.add_nodes_from(actors)
    for u, v, t in relations:
        if u == v:
            continue  # self-relations are ignored
        D.add_edge(u, v)
        if t in UNDIRECTED_TYPES:
            D.add_edge(v, u)
    return D


def random_multi(k, n, m, seed):
    actors, relations, isolated, n_par, n_self = random_relations(n, m, seed)
    D = project(actors, relations)
    assert [a for a in actors if D.degree(a) == 0] == isolated
    desc = (f"Random relation list #{k}: {n} actors, {m} relations (random.Random({seed})), "
            f"{n_par} deliberate parallel relations, {n_self} self-relations, "
            f"{len(isolated)} isolated actors; projected to a DiGraph with "
            f"{D.number_of_edges()} edges (directed types: from->to; undirected types: both "
            "directions; parallel edges collapse; self-relations ignored)")
    return f"random-multi-{k}", desc, actors, D, relations


def dag():
    nodes = [f"d{i}" for i in range(8)]
    edges = [("d0", "d1"), ("d0", "d2"), ("d1", "d3"), ("d2", "d3"), ("d2", "d4"),
             ("d3", "d5"), ("d4", "d5"), ("d5", "d6"), ("d4", "d7"), ("d6", "d7")]
    D = canonical_digraph(nodes, edges)
    assert nx.is_directed_acyclic_graph(D)
    desc = ("Small hand-made DAG on d0..d7 (single source d0, single sink d7). The adjacency "
            "matrix is nilpotent, so there is no positive dominant eigenvalue: "
            "eigenvector centrality does not converge")
    return "dag", desc, nodes, D, None


def two_nodes():
    nodes = ["0", "1"]
    desc = ("Two nodes, single edge 0->1. Betweenness is not rescaled for n <= 2 (all 0); "
            "eigenvector power iteration creeps towards (0, 1) only like 1/k and fails to converge")
    return "two-nodes", desc, nodes, canonical_digraph(nodes, [("0", "1")]), None


def one_node():
    nodes = ["0"]
    desc = ("A single node, no edges. Note NetworkX conventions: degree centralities are 1 "
            "for a 1-node graph; eigenvector returns 1.0 (A = 0, the start vector never moves)")
    return "one-node", desc, nodes, canonical_digraph(nodes, []), None


def empty_edges():
    nodes = ["0", "1", "2", "3"]
    desc = ("Four isolated nodes, no edges. eigenvector 'converges' to the normalised start "
            "vector (0.5 each) because A = 0; katz is beta-only (0.5 each after L2 normalisation)")
    return "empty-edges", desc, nodes, canonical_digraph(nodes, []), None


# --------------------------------------------------------------------------
# Measures
# --------------------------------------------------------------------------

def error_text(exc):
    """'ClassName: message' (PowerIterationFailedConvergence wraps its message oddly)."""
    texts = [a for a in exc.args if isinstance(a, str)]
    return f"{type(exc).__name__}: {texts[-1] if texts else str(exc)}"


def max_diff(x, y, nodes):
    return max((abs(x[v] - y[v]) for v in nodes), default=0.0)


def check(name, what, value):
    CROSS_CHECKS.append((name, what, value))


def as_floats(d, nodes):
    return {v: float(d[v]) for v in nodes}


def dense_left_perron(A, nodes):
    """Cross-check for eigenvector centrality when eigenvector_centrality_numpy
    refuses (not strongly connected): dominant eigenvector of A^T, L2-normalised,
    provided the dominant eigenvalue is real, positive and simple."""
    w, V = np.linalg.eig(A.T)
    i = int(np.argmax(w.real))
    lam = w[i]
    if lam.real <= 1e-9 or np.sum(np.abs(w - lam) < 1e-6) != 1:
        return None
    x = V[:, i].real
    x = x / (np.sign(x.sum()) * np.linalg.norm(x))
    return dict(zip(nodes, x))


def dense_pagerank(A, nodes, alpha):
    """Solve p = alpha * S^T p + (1 - alpha)/n, S row-stochastic, dangling rows uniform."""
    n = len(nodes)
    out = A.sum(axis=1)
    S = np.where(out[:, None] > 0, A / np.where(out > 0, out, 1)[:, None], 1.0 / n)
    p = np.linalg.solve(np.eye(n) - alpha * S.T, np.full(n, (1 - alpha) / n))
    return dict(zip(nodes, p / p.sum()))


def hits_converged(A, nodes):
    """Converged HITS vectors via numpy: authorities = principal eigenvector of
    A^T A (symmetric, numpy.linalg.eigh), then one HITS sweep h = A a, a = A^T h so
    that nodes without out-edges get hub 0 and nodes without in-edges get
    authority 0 exactly; both normalised to sum 1.  Returns None when the
    principal eigenvalue is zero or not simple (HITS is then ill-defined)."""
    M = A.T @ A
    w, V = np.linalg.eigh(M)
    if w[-1] <= 1e-12 or (len(w) > 1 and w[-1] - w[-2] <= 1e-9 * w[-1]):
        return None
    a = V[:, -1]
    a = a * np.sign(a.sum())
    h = A @ a
    h /= h.sum()
    a = A.T @ h
    a /= a.sum()
    h = A @ a
    h /= h.sum()
    return dict(zip(nodes, h)), dict(zip(nodes, a))


def hits_power(A, nodes, tol=1e-15, max_iter=1_000_000):
    """Independent cross-check: classic HITS power iteration from uniform start."""
    a = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(max_iter):
        h = A @ a
        h /= h.sum()
        a_new = A.T @ h
        a_new /= a_new.sum()
        if np.abs(a_new - a).sum() < tol:
            a = a_new
            break
        a = a_new
    h = A @ a
    return dict(zip(nodes, h / h.sum())), dict(zip(nodes, a))


def compute_measures(name, D, nodes):
    measures, errors = {}, {}
    A = nx.to_numpy_array(D, nodelist=nodes, weight=None)

    measures["degree"] = as_floats(nx.degree_centrality(D), nodes)
    measures["in-degree"] = as_floats(nx.in_degree_centrality(D), nodes)
    measures["out-degree"] = as_floats(nx.out_degree_centrality(D), nodes)
    measures["closeness"] = as_floats(nx.closeness_centrality(D), nodes)
    measures["harmonic"] = as_floats(nx.harmonic_centrality(D), nodes)
    exact = {v: 0 for v in nodes}  # exact rational sum of 1/d(u, v) over u != v
    for u, dist in nx.all_pairs_shortest_path_length(D):
        for v, d in dist.items():
            if d:
                exact[v] += Fraction(1, d)
    check(name, "harmonic vs exact Fraction sum", max_diff(measures["harmonic"], exact, nodes))
    measures["betweenness"] = as_floats(nx.betweenness_centrality(D), nodes)

    # eigenvector ---------------------------------------------------------
    try:
        ev = as_floats(nx.eigenvector_centrality(D, max_iter=MAX_ITER, tol=TOL), nodes)
        measures["eigenvector"] = ev
        try:
            with warnings.catch_warnings():  # scipy warns about k >= N - 1 on tiny graphs
                warnings.simplefilter("ignore", RuntimeWarning)
                ref = nx.eigenvector_centrality_numpy(D)
            check(name, "eigenvector vs eigenvector_centrality_numpy", max_diff(ev, ref, nodes))
        except Exception as exc:  # refuses graphs that are not strongly connected
            check(name, "eigenvector_centrality_numpy", error_text(exc))
            ref = dense_left_perron(A, nodes)
            check(name, "eigenvector vs dense numpy.linalg.eig (A^T)",
                  "dominant eigenvalue not simple/positive" if ref is None else max_diff(ev, ref, nodes))
    except Exception as exc:
        errors["eigenvector"] = error_text(exc)

    # katz ----------------------------------------------------------------
    try:
        kz = as_floats(nx.katz_centrality(D, alpha=KATZ_ALPHA, beta=KATZ_BETA,
                                          max_iter=MAX_ITER, tol=TOL), nodes)
        measures["katz"] = kz
        try:
            check(name, "katz vs katz_centrality_numpy",
                  max_diff(kz, nx.katz_centrality_numpy(D, alpha=KATZ_ALPHA, beta=KATZ_BETA), nodes))
        except Exception as exc:
            check(name, "katz_centrality_numpy", error_text(exc))
            x = np.linalg.solve(np.eye(len(nodes)) - KATZ_ALPHA * A.T, np.full(len(nodes), KATZ_BETA))
            check(name, "katz vs numpy.linalg.solve", max_diff(kz, dict(zip(nodes, x / np.linalg.norm(x))), nodes))
    except Exception as exc:
        errors["katz"] = error_text(exc)

    # pagerank ------------------------------------------------------------
    try:
        pr = as_floats(nx.pagerank(D, alpha=PAGERANK_ALPHA, tol=TOL, max_iter=MAX_ITER), nodes)
        measures["pagerank"] = pr
        check(name, "pagerank vs dense linear solve", max_diff(pr, dense_pagerank(A, nodes, PAGERANK_ALPHA), nodes))
    except Exception as exc:
        errors["pagerank"] = error_text(exc)

    # hits ----------------------------------------------------------------
    result = hits_converged(A, nodes) if A.any() else None
    if result is not None:
        hubs, auths = (as_floats(d, nodes) for d in result)
        measures["hubs"], measures["authorities"] = hubs, auths
        ph, pa = hits_power(A, nodes)
        check(name, "hits (eigh) vs numpy power iteration",
              max(max_diff(hubs, ph, nodes), max_diff(auths, pa, nodes)))
        for label, kwargs in (("nx.hits default tol", {}),
                              ("nx.hits tol=1e-14", {"max_iter": MAX_ITER, "tol": TOL})):
            try:
                nh, na = nx.hits(D, **kwargs)
                check(name, f"hits (eigh) vs {label}",
                      max(max_diff(hubs, nh, nodes), max_diff(auths, na, nodes)))
            except Exception as exc:
                check(name, label, error_text(exc))
    else:
        # No edges (or degenerate principal eigenvalue): report what nx.hits does.
        try:
            nh, na = nx.hits(D)
            msg = f"HITS is ill-defined here; nx.hits returned hubs={nh}, authorities={na}"
        except Exception as exc:
            msg = error_text(exc)
        errors["hubs"] = errors["authorities"] = msg

    if A.any():
        rho = max(abs(np.linalg.eigvals(A)))
        check(name, "spectral radius (Katz needs alpha < 1/rho)", float(rho))
    return measures, errors


# --------------------------------------------------------------------------
# Paths
# --------------------------------------------------------------------------

def all_shortest(D, s, t):
    try:
        return sorted(nx.all_shortest_paths(D, s, t))
    except nx.NetworkXNoPath:
        return []


def choose_pairs(D, nodes, rng):
    """Every ordered pair for small graphs; otherwise RANDOM_PAIRS pairs that
    include pairs touching isolated nodes and unreachable non-isolated pairs."""
    index = {v: i for i, v in enumerate(nodes)}
    if len(nodes) <= ALL_PAIRS_MAX_NODES:
        return [(s, t) for s in nodes for t in nodes if s != t]
    pairs = set()
    isolated = [v for v in nodes if D.degree(v) == 0]
    for _ in range(10):
        a, b = rng.choice(isolated), rng.choice(nodes)
        if a != b:
            pairs.add((a, b) if rng.random() < 0.5 else (b, a))
    reach = {s: nx.descendants(D, s) for s in nodes}
    unreachable = [(s, t) for s in nodes for t in nodes
                   if s != t and t not in reach[s] and D.degree(s) and D.degree(t)]
    pairs.update(rng.sample(unreachable, min(10, len(unreachable))))
    while len(pairs) < RANDOM_PAIRS:
        pairs.add(tuple(rng.sample(nodes, 2)))
    return sorted(pairs, key=lambda p: (index[p[0]], index[p[1]]))


def choose_k_pairs(D, nodes, rng):
    index = {v: i for i, v in enumerate(nodes)}
    reachable = [(s, t) for s in nodes for t in sorted(nx.descendants(D, s), key=index.get)]
    chosen = rng.sample(reachable, min(K_PAIRS, len(reachable)))
    return sorted(chosen, key=lambda p: (index[p[0]], index[p[1]]))


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------

def build_fixture(name, description, nodes, D, relations, seed, tiny=False):
    edges = sorted_edges(D, nodes)
    D = canonical_digraph(nodes, edges)  # everything below sees file order only
    rng = random.Random(seed)
    measures, errors = compute_measures(name, D, nodes)
    shortest = [{"source": s, "target": t, "paths": all_shortest(D, s, t)}
                for s, t in choose_pairs(D, nodes, rng)]
    k_shortest = [] if tiny else [
        {"source": s, "target": t, "k": K,
         "paths": [list(p) for p in islice(nx.shortest_simple_paths(D, s, t), K)]}
        for s, t in choose_k_pairs(D, nodes, rng)]
    fixture = {
        "name": name,
        "description": description,
        "nodes": nodes,
        "edges": edges,
        "measures": measures,
        "errors": errors,
        "shortest_paths": shortest,
        "k_shortest": k_shortest,
    }
    if relations is not None:
        fixture["relations"] = relations
    return fixture


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":  # see docstring: harmonic summation order
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    graphs = [
        (florentine(), 11, False),
        (karate(), 12, False),
        (kite(), 13, False),
        (strongly_connected(), 14, False),
        (random_multi(1, 30, 90, seed=3001), 15, False),
        (random_multi(2, 60, 250, seed=3002), 16, False),
        (random_multi(3, 120, 600, seed=3003), 17, False),
        # More vertices than one pass of the bit-parallel searches takes (256 sources for
        # closeness and harmonic, 8 for betweenness), with a partial last pass.
        (random_multi(4, 600, 3000, seed=3004), 22, False),
        (dag(), 18, False),
        (two_nodes(), 19, True),
        (one_node(), 20, True),
        (empty_edges(), 21, True),
    ]
    for (name, desc, nodes, D, relations), seed, tiny in graphs:
        fixture = build_fixture(name, desc, nodes, D, relations, seed, tiny)
        path = OUT_DIR / f"{name}.json"
        path.write_text(json.dumps(fixture, indent=2, sort_keys=True, allow_nan=False) + "\n")
        print(f"wrote {path.name}: {len(nodes)} nodes, {len(fixture['edges'])} edges, "
              f"{len(fixture['shortest_paths'])} pairs, errors={sorted(fixture['errors'])}, "
              f"{path.stat().st_size} bytes")

    print("\ncross-checks:")
    for name, what, value in CROSS_CHECKS:
        shown = f"{value:.3e}" if isinstance(value, float) else value
        print(f"  {name:20s} {what:50s} {shown}")


if __name__ == "__main__":
    main()

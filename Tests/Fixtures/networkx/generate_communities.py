#!/usr/bin/env python3
"""Generate NetworkX reference fixtures for the Swift community-detection tests.

What it produces
    One JSON file per graph in the `communities/` folder next to this script
    (a folder of its own because `ReferenceGraph.all` reads every `*.json`
    directly in this one as a centrality fixture):
        karate.json, florentine.json, davis.json, davis-women.json,
        ring-of-cliques.json, two-cliques.json, random-gnm.json,
        random-directed.json
    Each file holds
        name, description
        directed   true only for random-directed (its edges are arcs; every
                   value is computed on G.to_undirected())
        nodes      labels as strings; vertex i of the Swift Network is nodes[i]
        edges      [u, v] label pairs, sorted by node index; for undirected
                   graphs each edge once with index(u) < index(v)
        resolutions  [1.0, 0.5]
        partitions   [{name, communities, modularity}]: communities are lists
                   of labels; modularity[i] is
                   nx.community.modularity(G, communities, resolution=resolutions[i])
        louvain    [{resolution, modularity_by_seed, best, best_seed, best_count}]:
                   nx.community.louvain_communities(G, resolution=r, seed=s)
                   for s in 0..9 (default threshold 1e-07), its modularity at
                   the same resolution, and the best of the ten.

How to run (from the repository root)
    Benchmarks/.venv/bin/python Tests/Fixtures/networkx/generate_communities.py

    Deterministic: NetworkX always sees a graph rebuilt from the stored
    (nodes, edges) lists in file order, and every random choice has a seed.

Generated with
    Python 3.11, NetworkX 3.6.1
"""

import json
from pathlib import Path

import networkx as nx
from networkx.algorithms import community as nxc

OUT_DIR = Path(__file__).resolve().parent / "communities"
RESOLUTIONS = [1.0, 0.5]
SEEDS = range(10)


def label_order(labels):
    """Numeric labels in numeric order, all others lexicographically."""
    labels = list(labels)
    if all(isinstance(x, int) for x in labels):
        return [str(x) for x in sorted(labels)]
    return sorted(str(x) for x in labels)


def canonical(G, directed=False):
    """(nodes, edges, H): string labels in a fixed order and H rebuilt from them."""
    nodes = label_order(G.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    edges = set()
    for u, v in G.edges():
        u, v = str(u), str(v)
        if u == v:
            continue
        if not directed and index[u] > index[v]:
            u, v = v, u
        edges.add((u, v))
    edges = sorted(edges, key=lambda e: (index[e[0]], index[e[1]]))
    H = nx.DiGraph() if directed else nx.Graph()
    H.add_nodes_from(nodes)
    H.add_edges_from(edges)
    return nodes, [list(e) for e in edges], H


def by_attribute(G, attribute):
    groups = {}
    for v, data in G.nodes(data=True):
        groups.setdefault(data[attribute], []).append(str(v))
    return [groups[k] for k in sorted(groups)]


def sorted_communities(communities, nodes):
    index = {v: i for i, v in enumerate(nodes)}
    lists = [sorted((str(v) for v in c), key=index.__getitem__) for c in communities]
    return sorted(lists, key=lambda c: index[c[0]])


def fixture(name, description, G, extra_partitions=(), directed=False):
    nodes, edges, H = canonical(G, directed)
    U = H.to_undirected() if directed else H
    partitions = [("singletons", [[v] for v in nodes]), ("all-in-one", [list(nodes)])]
    partitions += list(extra_partitions)
    partitions.append(("greedy-modularity", nxc.greedy_modularity_communities(U)))
    partitions.append(("louvain-seed-0", nxc.louvain_communities(U, seed=0)))
    partitions.append(("louvain-seed-0-resolution-0.5", nxc.louvain_communities(U, resolution=0.5, seed=0)))
    if nx.number_of_isolates(U):
        partitions = [(n, c) for n, c in partitions if n != "all-in-one"] + [("all-in-one", [list(nodes)])]
    entries = []
    for pname, communities in partitions:
        communities = sorted_communities(communities, nodes)
        assert nxc.is_partition(U, [set(c) for c in communities]), (name, pname)
        entries.append({
            "name": pname,
            "communities": communities,
            "modularity": [nxc.modularity(U, communities, resolution=r) for r in RESOLUTIONS],
        })
    louvain = []
    for r in RESOLUTIONS:
        runs = [nxc.louvain_communities(U, resolution=r, seed=s) for s in SEEDS]
        values = [nxc.modularity(U, c, resolution=r) for c in runs]
        best = max(range(len(values)), key=values.__getitem__)
        louvain.append({
            "resolution": r,
            "modularity_by_seed": values,
            "best": values[best],
            "best_seed": best,
            "best_count": len(runs[best]),
        })
    return {
        "name": name,
        "description": description,
        "directed": directed,
        "nodes": nodes,
        "edges": edges,
        "resolutions": RESOLUTIONS,
        "partitions": entries,
        "louvain": louvain,
    }


def fixtures():
    karate = nx.karate_club_graph()
    yield fixture("karate", "nx.karate_club_graph(), weights dropped, labels '0'..'33'; "
                  "'club' is the split from the node attribute 'club' (Mr. Hi, Officer)",
                  karate, [("club", by_attribute(karate, "club"))])

    florentine = nx.florentine_families_graph()
    yield fixture("florentine", "nx.florentine_families_graph(), nodes in alphabetical order",
                  florentine)

    davis = nx.davis_southern_women_graph()
    yield fixture("davis", "nx.davis_southern_women_graph() as a simple graph (18 women, 14 events "
                  "E1..E14, 89 edges), labels sorted lexicographically; 'bipartite' is the two sides",
                  davis, [("bipartite", by_attribute(davis, "bipartite"))])

    women = [v for v, d in davis.nodes(data=True) if d["bipartite"] == 0]
    projection = nx.bipartite.projected_graph(davis, women)
    yield fixture("davis-women", "nx.bipartite.projected_graph(nx.davis_southern_women_graph(), women): "
                  "unweighted simple graph on the 18 women", projection)

    ring = nx.ring_of_cliques(6, 5)
    cliques = [[str(5 * c + i) for i in range(5)] for c in range(6)]
    yield fixture("ring-of-cliques", "nx.ring_of_cliques(6, 5): six 5-cliques 0-4, 5-9, ..., 25-29 "
                  "joined in a ring by one edge each; 'cliques' is the six cliques", ring,
                  [("cliques", cliques)])

    two = nx.disjoint_union(nx.complete_graph(5), nx.complete_graph(4))
    two.add_node(9)
    yield fixture("two-cliques", "K5 on 0..4 and K4 on 5..8 (nx.disjoint_union) plus the isolated node 9; "
                  "'components' is the three connected components", two,
                  [("components", [sorted(c) for c in nx.connected_components(two)])])

    gnm = nx.gnm_random_graph(200, 800, seed=7)
    yield fixture("random-gnm", "nx.gnm_random_graph(200, 800, seed=7); 'halves' is 0..99 and 100..199",
                  gnm, [("halves", [list(range(100)), list(range(100, 200))])])

    directed = nx.gnm_random_graph(60, 200, seed=3, directed=True)
    yield fixture("random-directed", "nx.gnm_random_graph(60, 200, seed=3, directed=True): edges are "
                  "arcs, some in both directions; every value is computed on G.to_undirected()",
                  directed, [("halves", [list(range(30)), list(range(30, 60))])], directed=True)


def dumps(value, indent=0):
    """JSON with sorted keys, one line per list of scalars, floats in Python repr (round-trips)."""
    pad = " " * indent
    if isinstance(value, dict):
        items = [f'{pad} {json.dumps(k)}: {dumps(v, indent + 1).lstrip()}' for k, v in sorted(value.items())]
        return pad + "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(value, list) and any(isinstance(v, (list, dict)) for v in value):
        return pad + "[\n" + ",\n".join(dumps(v, indent + 1) for v in value) + "\n" + pad + "]"
    return pad + json.dumps(value, ensure_ascii=False)


def main():
    OUT_DIR.mkdir(exist_ok=True)
    for data in fixtures():
        path = OUT_DIR / f"{data['name']}.json"
        path.write_text(dumps(data) + "\n", encoding="utf-8")
        best = ", ".join(f"γ={l['resolution']}: {l['best']:.6f} ({l['best_count']} communities)"
                         for l in data["louvain"])
        print(f"{data['name']:16} n={len(data['nodes']):3} m={len(data['edges']):4}  best Louvain {best}")


if __name__ == "__main__":
    main()

"""Section 10 of check_interop.py: GML, Pajek, GEXF, UCINET DL, NCOL and Kumu JSON against
NetworkX and igraph, both ways, and the signed reference networks through Pajek.

- NetworkX read_gml / read_pajek / read_gexf read our exports with every actor and relation;
  igraph Read_GML / Read_Pajek / Read_Ncol / Read_DL read them to the same counts.
- Our importer reads what NetworkX's write_gml / write_pajek / write_gexf write for Les
  Miserables, the Florentine families and the seed graph re-written by NetworkX, and what
  igraph's write_gml / write_pajek write, with the same counts and attributes.
- ../shared/data/signed (or $STAKEGRAPH_SHARED_DATA/signed) written as Pajek with signed weights
  imports to graphs whose `coalitions` frustration is the exact one (Tests/Fixtures/signed).
- Round trips through each format keep what the format holds.
"""

from __future__ import annotations

import collections
import csv
import json
import os
import warnings
from pathlib import Path

import igraph as ig
import networkx as nx

FORMATS = {"gml": "gml", "pajek": "net", "gexf": "gexf", "dl": "dl", "kumu": "json", "ncol": "ncol"}


def imported(ctx, path: Path, *extra) -> dict:
    """`stakegraph import` of a file, then its JSON export."""
    out = path.with_suffix(path.suffix + ".yaml")
    ctx.tools.sg("import", str(path), "-o", str(out), *extra)
    return ctx.tools.export_json(out, out.name + ".json")


def check_formats(ctx) -> None:
    r = ctx.report
    work = ctx.tools.work
    files = {fmt: ctx.tools.export(ctx.graph, fmt, f"export.{ext}") for fmt, ext in FORMATS.items()}
    actors, relations = ctx.actors, ctx.relations
    ids = [a["id"] for a in actors]
    names = [a["name"] for a in actors]
    types = collections.Counter(rel["type"] for rel in relations)
    n, m = len(actors), len(relations)

    # NetworkX reads our exports.
    g = nx.read_gml(files["gml"])
    r.check("networkx read_gml: every actor and relation", [
        *([f"{g.number_of_nodes()} nodes, want {n}"] if g.number_of_nodes() != n else []),
        *([f"{g.number_of_edges()} edges, want {m}"] if g.number_of_edges() != m else []),
        *([f"labels differ from actor ids"] if set(g.nodes) != set(ids) else []),
        *([f"names differ"] if sorted(d.get("name") for _, d in g.nodes(data=True)) != sorted(names) else []),
        *([f"edge keys are not r1..r{m}"] if sorted(k for _, _, k in g.edges(keys=True)) != sorted(f"r{i + 1}" for i in range(m)) else []),
        *([f"types differ"] if collections.Counter(d["type"] for _, _, d in g.edges(data=True)) != types else []),
    ], f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    p = nx.read_pajek(files["pajek"])
    r.check("networkx read_pajek: every actor and relation", [
        *([f"{p.number_of_nodes()} nodes, want {n}"] if p.number_of_nodes() != n else []),
        *([f"{p.number_of_edges()} edges, want {m}"] if p.number_of_edges() != m else []),
        *([f"types (l) differ"] if collections.Counter(d["l"] for _, _, d in p.edges(data=True)) != types else []),
        *([f"signed weights differ"] if sorted(d["weight"] for _, _, d in p.edges(data=True)) != sorted(sign(ctx, rel) for rel in relations) else []),
    ], f"{p.number_of_nodes()} nodes, {p.number_of_edges()} edges")
    x = nx.read_gexf(files["gexf"], version="1.3")
    r.check("networkx read_gexf: every actor and relation",
            [f"{x.number_of_nodes()}/{x.number_of_edges()} nodes/edges, want {n}/{m}"] if (x.number_of_nodes(), x.number_of_edges()) != (n, m) else [],
            f"{x.number_of_nodes()} nodes, {x.number_of_edges()} edges")

    # igraph reads our exports.
    with warnings.catch_warnings():
        # igraph keeps `&#NNN;` references of non-ASCII text verbatim and says so; the README says it too.
        warnings.simplefilter("ignore", RuntimeWarning)
        a = ig.Graph.Read_GML(str(files["gml"]))
    r.check("igraph Read_GML: every actor and relation", [
        *([f"{a.vcount()}/{a.ecount()}, want {n}/{m}"] if (a.vcount(), a.ecount()) != (n, m) else []),
        *([f"labels differ from actor ids"] if sorted(a.vs["label"]) != sorted(ids) else []),
        *([f"types differ"] if collections.Counter(a.es["type"]) != types else []),
    ], f"{a.vcount()} vertices, {a.ecount()} edges")
    b = ig.Graph.Read_Pajek(str(files["pajek"]))
    r.check("igraph Read_Pajek: every actor and relation", [
        *([f"{b.vcount()}/{b.ecount()}, want {n}/{m}"] if (b.vcount(), b.ecount()) != (n, m) else []),
        *([f"types (label) differ"] if collections.Counter(b.es["label"]) != types else []),
    ], f"{b.vcount()} vertices, {b.ecount()} edges")
    c = ig.Graph.Read_Ncol(str(files["ncol"]), directed=True)
    linked = {rel["from"] for rel in relations} | {rel["to"] for rel in relations}
    r.check("igraph Read_Ncol: every related actor and relation", [
        *([f"{c.vcount()}/{c.ecount()}, want {len(linked)}/{m}"] if (c.vcount(), c.ecount()) != (len(linked), m) else []),
        *([f"names differ"] if set(c.vs["name"]) != linked else []),
    ], f"{c.vcount()} vertices, {c.ecount()} edges (NCOL has no isolated vertices)")
    d = ig.Graph.Read_DL(str(files["dl"]))
    r.check("igraph Read_DL: every actor and relation", [
        *([f"{d.vcount()}/{d.ecount()}, want {n}/{m}"] if (d.vcount(), d.ecount()) != (n, m) else []),
        *([f"names differ from ids"] if sorted(d.vs["name"]) != sorted(ids) else []),
    ], f"{d.vcount()} vertices, {d.ecount()} edges")

    # Our importer reads NetworkX's and igraph's files (once, with the main graph).
    samples = [("les-miserables", nx.les_miserables_graph()), ("florentine", nx.florentine_families_graph())] if ctx.label == "main" else []
    for label, graph in samples:
        want_weights = sorted(float(dd.get("weight", 1)) for _, _, dd in graph.edges(data=True))
        for fmt, writer in (("gml", nx.write_gml), ("net", nx.write_pajek), ("gexf", nx.write_gexf)):
            path = work / f"nx-{label}.{fmt}"
            writer(graph, path)
            got = imported(ctx, path)
            weights = sorted(float(rel.get("fields", {}).get("weight", 1)) for rel in got["relations"])
            problems = counts(got, graph.number_of_nodes(), graph.number_of_edges())
            if sorted(a["name"] for a in got["actors"]) != sorted(str(v) for v in graph.nodes):
                problems.append("names differ")
            if weights != want_weights:
                problems.append("weights differ")
            r.check(f"import NetworkX write_{'pajek' if fmt == 'net' else fmt} ({label})", problems,
                    f"{len(got['actors'])} actors, {len(got['relations'])} relations")
        ig_graph = ig.Graph.from_networkx(graph)
        ig_graph.vs["name"] = ig_graph.vs["_nx_name"]
        del ig_graph.vs["_nx_name"]
        for fmt in ("gml", "net"):
            path = work / f"ig-{label}.{fmt}"
            ig_graph.write_gml(str(path)) if fmt == "gml" else ig_graph.write_pajek(str(path))
            got = imported(ctx, path)
            problems = counts(got, graph.number_of_nodes(), graph.number_of_edges())
            if fmt == "gml" and sorted(a["name"] for a in got["actors"]) != sorted(str(v) for v in graph.nodes):
                problems.append("names differ")
            r.check(f"import igraph write_{'pajek' if fmt == 'net' else fmt} ({label})", problems,
                    f"{len(got['actors'])} actors, {len(got['relations'])} relations")

    # The seed graph exported, read and re-written by NetworkX and igraph, then imported.
    rewrites = [("NetworkX write_gml", g, nx.write_gml, "gml", True), ("NetworkX write_gexf", x, nx.write_gexf, "gexf", True),
                ("NetworkX write_pajek", p, nx.write_pajek, "net", False)]
    for label, graph, writer, ext, keeps_ids in rewrites:
        path = work / f"rewritten.{ext}"
        writer(graph, path)
        got = imported(ctx, path)
        problems = counts(got, n, m)
        if base_types(got) != (types if keeps_ids else base_types(ctx.ref)):
            problems.append("relation types differ")
        if keeps_ids:
            if relation_keys(got) != relation_keys(ctx.ref):
                problems.append("relations (ends, type, dates) differ")
            if sorted(a["id"] for a in got["actors"]) != sorted(ids):
                problems.append("actor ids differ")
        elif sorted(a["name"] for a in got["actors"]) != sorted(pajek_label(name) for name in names):
            problems.append("actor names differ")
        r.check(f"import seed graph re-written by {label}", problems, f"{len(got['actors'])} actors, {len(got['relations'])} relations")
    for label, graph, ext in (("igraph write_gml", a, "gml"), ("igraph write_pajek", b, "net")):
        path = work / f"ig-rewritten.{ext}"
        graph.write_gml(str(path)) if ext == "gml" else graph.write_pajek(str(path))
        got = imported(ctx, path)
        problems = counts(got, n, m)
        if base_types(got) != base_types(ctx.ref):
            problems.append("relation types differ")
        r.check(f"import seed graph re-written by {label}", problems, f"{len(got['actors'])} actors, {len(got['relations'])} relations")

    if ctx.label == "main":
        check_signed(ctx)
    check_round_trips(ctx, files)


def base_types(graph: dict) -> collections.Counter:
    """Relation types without the `-directed`/`-undirected` twin suffix: NetworkX's read_pajek
    turns a file with *Arcs and *Edges into one directed graph, and igraph's into one undirected
    graph, so their re-written files give every tie one direction."""
    def base(type_id: str) -> str:
        for suffix in ("-undirected", "-directed"):
            if type_id.endswith(suffix):
                return type_id[: -len(suffix)]
        return type_id
    return collections.Counter(base(rel["type"]) for rel in graph["relations"])


def pajek_label(name: str) -> str:
    """A name as stakegraph's Pajek export writes it (Pajek's quotes hold no `\"`, `\\`, line breaks)."""
    return name.replace('"', "'").replace("\\", "/").replace("\n", " ").replace("\t", " ")


def counts(got: dict, nodes: int, edges: int) -> list[str]:
    have = (len(got["actors"]), len(got["relations"]))
    return [] if have == (nodes, edges) else [f"{have[0]} actors, {have[1]} relations; want {nodes}, {edges}"]


def type_polarity(ctx, type_id: str) -> str:
    """A relation type's polarity, as the GraphML export of the graph under check says."""
    polarity = ctx.__dict__.setdefault("type_polarity", {})
    if not polarity:
        graph = nx.read_graphml(ctx.tools.export(ctx.graph, "graphml", "polarity.graphml"), force_multigraph=True)
        for _, _, data in graph.edges(data=True):
            polarity.setdefault(data.get("type"), data.get("polarity", "neutral"))
    return polarity.get(type_id, "neutral")


def polarity_in(ctx, graph: dict, type_id: str) -> str:
    """A type's polarity in an imported graph: declared there, else the vocabulary's."""
    for declared in graph.get("relation-types", []):
        if declared["id"] == type_id:
            return declared["polarity"]
    return "neutral" if type_id == "related-to" else type_polarity(ctx, type_id)


def sign(ctx, relation: dict) -> float:
    polarity = type_polarity(ctx, relation["type"])
    return {"hostile": -1.0, "cooperative": 1.0}.get(polarity, 0.0)


def relation_keys(graph: dict) -> collections.Counter:
    return collections.Counter((rel["from"], rel["to"], rel["type"], rel.get("date"), rel.get("start"), rel.get("end"))
                               for rel in graph["relations"])


def check_signed(ctx) -> None:
    """The signed reference networks as Pajek with signed weights: frustration as the CSV's."""
    r = ctx.report
    repo = Path(__file__).resolve().parents[2]
    shared = Path(os.environ.get("STAKEGRAPH_SHARED_DATA", repo.parent / "shared" / "data")) / "signed"
    fixture = json.loads((repo / "Tests/Fixtures/signed/frustration.json").read_text(encoding="utf-8"))
    for name in ("gahuku_gama_tribes.csv", "slovene_parliament_1994.csv", "slovene_parliament_1994_weighted.csv"):
        source = shared / name
        if not source.is_file():
            r.fail(f"signed {name}", f"no file {source} (set STAKEGRAPH_SHARED_DATA to the folder holding signed/)")
            continue
        with source.open(encoding="utf-8") as handle:
            rows = [row for row in csv.DictReader(handle) if row["from"] != row["to"]]
        vertices = list(dict.fromkeys([row["from"] for row in rows] + [row["to"] for row in rows]))
        number = {v: i + 1 for i, v in enumerate(vertices)}
        lines = [f"*Vertices {len(vertices)}"] + [f'{i + 1} "{v}"' for i, v in enumerate(vertices)] + ["*Edges"]
        lines += [f"{number[row['from']]} {number[row['to']]} {row.get('weight') or row['sign']}" for row in rows]
        path = ctx.tools.work / (name.replace(".csv", ".net"))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = path.with_suffix(".yaml")
        ctx.tools.sg("import", str(path), "-o", str(out))
        result = json.loads(ctx.tools.sg("coalitions", "-g", str(out), "--format", "json").stdout)
        want = fixture[name]["frustration"]["2"]
        problems = [] if result["frustration"] == want else [f"frustration {result['frustration']}, want {want}"]
        if result.get("signed-relations") != len(rows):
            problems.append(f"{result.get('signed-relations')} signed relations, want {len(rows)}")
        r.check(f"signed {name} as Pajek: coalitions frustration", problems,
                f"{len(vertices)} actors, {len(rows)} ties, frustration {result['frustration']} (exact {want})")


def check_round_trips(ctx, files: dict) -> None:
    """Each format → import → JSON: what the format holds comes back."""
    r = ctx.report
    ref = ctx.ref
    full_actor = lambda a: (a["id"], a["name"], a["kind"], a.get("country"), tuple(a.get("aliases", [])), a.get("description"),
                            tuple(a.get("tags", [])), tuple(sorted(a.get("fields", {}).items())))
    full_relation = lambda rel: (rel["from"], rel["to"], rel["type"], rel.get("date"), rel.get("start"), rel.get("end"),
                                 rel.get("note"), tuple(rel.get("tags", [])), tuple((e["source"], e["quote"]) for e in rel.get("evidence", [])))
    by_id = {a["id"]: a for a in ref["actors"]}
    for fmt in ("gml", "gexf", "pajek", "dl", "kumu"):
        got = imported(ctx, files[fmt], "--from", fmt)
        names = {a["id"]: a["name"] for a in got["actors"]}
        problems = counts(got, len(ref["actors"]), len(ref["relations"]))
        if fmt in ("gml", "gexf"):
            # GML keys are letters, digits and _: a custom field `seat city` comes back as `seat_city`.
            key = (lambda name: "".join(ch if ch.isascii() and ch.isalnum() else "_" for ch in name)) if fmt == "gml" else (lambda name: name)
            keyed = lambda a: {**a, "fields": {key(k): v for k, v in a.get("fields", {}).items()}}
            if sorted((full_actor(keyed(a)) for a in got["actors"]), key=repr) != sorted((full_actor(keyed(a)) for a in ref["actors"]), key=repr):
                problems.append("actors differ")
            if sorted(map(full_relation, got["relations"]), key=repr) != sorted(map(full_relation, ref["relations"]), key=repr):
                problems.append("relations differ")
            holds = "actors with every field, relations with type, dates, note, tags, evidence"
        elif fmt == "pajek":
            mine = collections.Counter((names[rel["from"]], names[rel["to"]], rel["type"]) for rel in got["relations"])
            theirs = collections.Counter((pajek_label(by_id[rel["from"]]["name"]), pajek_label(by_id[rel["to"]]["name"]), rel["type"])
                                         for rel in ref["relations"])
            if mine != theirs:
                problems.append("relations (names, type) differ")
            holds = "actor names, relations with ends and type"
        elif fmt == "dl":
            mine = collections.Counter((rel["from"], rel["to"], polarity_in(ctx, got, rel["type"])) for rel in got["relations"])
            theirs = collections.Counter((rel["from"], rel["to"], type_polarity(ctx, rel["type"])) for rel in ref["relations"])
            if mine != theirs:
                problems.append("relations (ends, polarity) differ")
            holds = "actor ids, relations with ends and polarity"
        else:
            if sorted(map(full_actor, got["actors"]), key=repr) != sorted(map(full_actor, ref["actors"]), key=repr):
                problems.append("actors differ")
            if relation_keys(got) != relation_keys(ref):
                problems.append("relations (ends, type, dates) differ")
            holds = "actors with every field, relations with ends, type, dates"
        r.check(f"round trip through {fmt}", problems, holds)

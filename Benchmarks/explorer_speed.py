#!/usr/bin/env python3
"""Measure the size and the time to interactive of `stakegraph explore`'s HTML explorer.

Usage (from the repository root):

    Tests/Browser/.venv/bin/python Benchmarks/explorer_speed.py [--stakegraph BIN] [--runs N]
        [--sizes 50x200,150x600,300x1200,600x2400] [--seed S] [--json]

What it does, for the seed graph Graphs/huawei-5g.yaml and for random graphs of the given sizes
(ACTORSxRELATIONS; generated deterministically with random.Random(seed), in the format of the
seed graph, and checked with `stakegraph validate`):

1. `stakegraph explore -g FILE -o /tmp/explorer-bench/NAME.html`, three whole-process runs; the
   median wall time is reported.
2. The HTML file's size in bytes and that of its parts: the inline <svg>...</svg> drawing, the
   <script type="application/json" id="explorer-data"> block, and the rest (style, script, page).
3. In headless Chromium (through Selenium and /usr/bin/chromedriver; Selenium Manager is never
   used), N fresh page loads of the file, each measuring
   - time to interactive: the page's own `data-ready` attribute, which its script sets to
     Math.round(performance.now()) once it has started (ms since navigation start);
   - DOMContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
   - one slider update: the time the page's script takes to handle an `input` event on the
     time slider (#date), measured in the page with performance.now();
   and any SEVERE entry of the browser console, which is reported (and makes the exit code 1).
   One unrecorded load of the seed graph's explorer comes first, to warm the browser up.

It prints a Markdown table (or, with --json, the same data as JSON) and a line on how size and
time grow with the number of relations (least-squares slopes over the random graphs).

Needs only the standard library and selenium. Default binary: .build/release/stakegraph
(build it with `swift build -c release --product stakegraph`), else .build/debug/stakegraph.
Scratch files (graphs, HTML) go to /tmp/explorer-bench/.
"""

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED_GRAPH = REPO / "Graphs" / "huawei-5g.yaml"
WORK = Path("/tmp/explorer-bench")
DEFAULT_SIZES = "50x200,150x600,300x1200,600x2400"
EXPLORE_RUNS = 3          # whole-process runs of `stakegraph explore` per graph
READY_TIMEOUT = 60        # seconds to wait for data-ready
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def fail(message):
    """Stops the benchmark with a message on stderr (exit code 1)."""
    print(f"explorer_speed.py: {message}", file=sys.stderr)
    sys.exit(1)


def say(message):
    """Progress on stderr, so that stdout holds only the table (or JSON)."""
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Random graphs in the format of Graphs/huawei-5g.yaml
# ---------------------------------------------------------------------------------------------

COUNTRIES = {
    "US": "American", "CN": "Chinese", "DE": "German", "GB": "British", "FR": "French",
    "IN": "Indian", "JP": "Japanese", "KR": "Korean", "AU": "Australian", "CA": "Canadian",
    "IT": "Italian", "NL": "Dutch", "SE": "Swedish", "FI": "Finnish", "CH": "Swiss",
    "VE": "Venezuelan", "BR": "Brazilian", "PL": "Polish", "NZ": "New Zealand", "ES": "Spanish",
}

# Actor kinds and their share of the actors (governments and officials dominate, as in the seed).
KIND_WEIGHTS = {
    "government": 15, "agency": 20, "official": 25, "firm": 20,
    "international-organization": 5, "group": 15,
}

# Parts of names, combined (and numbered when a combination repeats) into unique actor names.
AGENCY_NOUNS = ["Ministry of Industry", "Intelligence Service", "Telecom Regulator", "Trade Office",
                "Cyber Security Centre", "Department of Commerce", "Foreign Ministry",
                "Justice Department", "Defence Ministry", "Competition Authority"]
FIRST_NAMES = ["Anna", "Wei", "Robert", "Maria", "Kenji", "Priya", "Lars", "Sofia", "James", "Li",
               "Chris", "Elena", "Pedro", "Hana", "Oliver", "Mei", "Jan", "Aisha", "Paul", "Yuki"]
LAST_NAMES = ["Strand", "Zhang", "Miller", "Rossi", "Tanaka", "Sharma", "Nieminen", "Keller",
              "Dupont", "Wang", "Novak", "Garcia", "Kim", "Smith", "Becker", "Liu", "Silva",
              "Berg", "Moreau", "Chen"]
FIRM_STEMS = ["Nor", "Tele", "Sino", "Opti", "Wave", "Link", "Volt", "Astra", "Cell", "Quanta"]
FIRM_TAILS = ["com Networks", "tel Group", "net Systems", "link Technologies", "wave Telecom",
              "core Holdings"]
ORG_NAMES = ["Alliance", "Treaty Organization", "Telecommunication Union", "Economic Forum",
             "Standards Body", "Trade Bloc"]
GROUP_NOUNS = ["Security Committee", "Industry Association", "Carriers' Coalition",
               "Privacy Campaign", "Parliamentary Caucus", "Think Tank"]

# Relation types of the built-in vocabulary, with a weight and, where the type implies it, the
# kinds of actor at its ends (None: any kind), so that e.g. `leads` starts at an official.
RELATION_TYPES = {
    "bans": (5, ["government", "agency"], None),
    "sanctions": (3, ["government", "agency"], None),
    "investigates": (4, ["agency", "government", "international-organization"], None),
    "warns-against": (10, None, None),
    "pressures": (9, ["government", "official", "agency"], None),
    "accuses": (8, None, None),
    "criticizes": (8, None, None),
    "urges": (7, None, None),
    "supports": (9, None, None),
    "denies": (3, ["firm", "official", "government"], None),
    "contracts-with": (9, ["firm", "government"], ["firm", "government"]),
    "supplies": (3, ["firm"], None),
    "part-of": (8, ["agency", "official"], ["government", "agency"]),
    "leads": (6, ["official"], ["government", "agency", "firm", "group"]),
    "member-of": (7, ["government", "firm", "group"], ["international-organization", "group"]),
}

# What the quote says a relation's source did, by type ("{a} ... {b}").
TYPE_VERBS = {
    "bans": "barred equipment made by", "sanctions": "put on a trade blacklist",
    "investigates": "opened an inquiry into", "warns-against": "warned its partners against",
    "pressures": "has been pressing", "accuses": "accused", "criticizes": "sharply criticised",
    "urges": "urged", "supports": "said it stood with", "denies": "denied the claims made by",
    "contracts-with": "signed a network contract with", "supplies": "supplies equipment to",
    "part-of": "is part of", "leads": "heads", "member-of": "is a member of",
}
QUOTE_TAILS = ["according to people familiar with the matter", "a spokesperson said on Friday",
               "officials told reporters after the meeting", "in a statement released overnight",
               "as the dispute over 5G networks deepened", "ahead of a key industry conference",
               "citing concerns about national security", "despite pressure from Washington"]

PUBLISHERS = ["Reuters", "CNBC", "The Independent", "Bloomberg", "Sputnik", "Politico",
              "The Guardian", "Financial Times", "South China Morning Post", "Der Spiegel"]
HEADLINE_WORDS = ["5G", "networks", "security", "Huawei", "allies", "ban", "trade", "talks",
                  "carriers", "spectrum", "espionage", "contracts", "suppliers", "risk"]

FIRST_DAY, LAST_DAY = date(2018, 1, 1), date(2020, 12, 31)
SOURCE_COUNT = 20


def slug(text):
    """The kebab-case form of a name, as `stakegraph` wants ids."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def unique(name, taken):
    """`name`, or `name N` for the first N that is not taken yet; records it as taken."""
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} {n}", n + 1
    taken.add(candidate)
    return candidate


def actor_name(rng, kind, country):
    """A plausible name for an actor of this kind and country (not yet unique)."""
    adjective = COUNTRIES[country]
    if kind == "government":
        return f"{adjective} government"
    if kind == "agency":
        return f"{adjective} {rng.choice(AGENCY_NOUNS)}"
    if kind == "official":
        return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    if kind == "firm":
        return rng.choice(FIRM_STEMS) + rng.choice(FIRM_TAILS)
    if kind == "international-organization":
        return f"{rng.choice(['Atlantic', 'Pacific', 'Global', 'Asian', 'European'])} {rng.choice(ORG_NAMES)}"
    return f"{adjective} {rng.choice(GROUP_NOUNS)}"


def make_actors(rng, count):
    """`count` actors with unique ids and names, kinds drawn by KIND_WEIGHTS."""
    kinds, weights = list(KIND_WEIGHTS), list(KIND_WEIGHTS.values())
    names = set()
    actors = []
    for _ in range(count):
        kind = rng.choices(kinds, weights)[0]
        country = rng.choice(list(COUNTRIES))
        name = unique(actor_name(rng, kind, country), names)
        actors.append({"id": slug(name), "name": name, "kind": kind, "country": country})
    return actors


def random_day(rng):
    """A day between FIRST_DAY and LAST_DAY, uniformly."""
    return FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))


def make_sources(rng):
    """SOURCE_COUNT news articles with unique ids (publisher-date), titles and dates."""
    sources, ids = [], set()
    for _ in range(SOURCE_COUNT):
        publisher = rng.choice(PUBLISHERS)
        day = random_day(rng)
        source_id = unique(f"{slug(publisher)}-{day:%Y-%m-%d}", ids).replace(" ", "-")
        words = rng.sample(HEADLINE_WORDS, 6)
        title = " ".join(words) + ": " + rng.choice(QUOTE_TAILS)
        title = title[0].upper() + title[1:]
        sources.append({"id": source_id, "title": title, "publisher": publisher, "date": f"{day:%Y-%m-%d}"})
    return sources


def pick_actor(rng, by_kind, actors, kinds, avoid=None):
    """A random actor of one of `kinds` (any kind when None or none exists), never `avoid`."""
    pool = [a for k in (kinds or []) for a in by_kind.get(k, [])] or actors
    while True:
        actor = rng.choice(pool)
        if actor is not avoid:
            return actor
        pool = actors  # the only candidate of that kind is `avoid`: take any other actor


def relation_date(rng):
    """About 10 % undated; else a random day written as YYYY-MM (55 %) or YYYY-MM-DD."""
    if rng.random() < 0.10:
        return None
    day = random_day(rng)
    return f"{day:%Y-%m}" if rng.random() < 0.55 else f"{day:%Y-%m-%d}"


def quote(rng, source, target, relation_type):
    """A sentence of about 100 characters saying what the relation is."""
    text = f"{source['name']} {TYPE_VERBS[relation_type]} {target['name']}, {rng.choice(QUOTE_TAILS)}"
    while len(text) < 95:  # short names: add a clause, as reporters do
        text += f", {rng.choice(QUOTE_TAILS)}"
    return text + "."


def make_relations(rng, actors, sources, count):
    """`count` relations of the built-in types, each with one or two evidence items."""
    by_kind = {}
    for actor in actors:
        by_kind.setdefault(actor["kind"], []).append(actor)
    types, weights = list(RELATION_TYPES), [w for w, _, _ in RELATION_TYPES.values()]
    relations = []
    for _ in range(count):
        relation_type = rng.choices(types, weights)[0]
        _, from_kinds, to_kinds = RELATION_TYPES[relation_type]
        source = pick_actor(rng, by_kind, actors, from_kinds)
        target = pick_actor(rng, by_kind, actors, to_kinds, avoid=source)
        evidence = [{"source": s["id"], "quote": quote(rng, source, target, relation_type)}
                    for s in rng.sample(sources, rng.choice([1, 1, 2]))]
        relations.append({"from": source["id"], "to": target["id"], "type": relation_type,
                          "date": relation_date(rng), "evidence": evidence})
    return relations


def yaml_text(value):
    """A YAML double-quoted scalar (a JSON string is one)."""
    return json.dumps(value, ensure_ascii=False)


def yaml_date(value):
    """Dates as the seed graph writes them: YYYY-MM bare, YYYY-MM-DD quoted."""
    return yaml_text(value) if len(value) == 10 else value


def graph_yaml(graph_id, title, sources, actors, relations):
    """The graph as YAML text in the layout of Graphs/huawei-5g.yaml."""
    lines = ["# Random graph for Benchmarks/explorer_speed.py (generated, not real).", "",
             "graph:", f"  id: {graph_id}", f"  title: {yaml_text(title)}", "", "sources:"]
    for s in sources:
        lines += [f"  - id: {s['id']}", f"    title: {yaml_text(s['title'])}",
                  f"    publisher: {yaml_text(s['publisher'])}", f"    date: {yaml_date(s['date'])}"]
    lines += ["", "actors:"]
    for a in actors:
        lines += [f"  - id: {a['id']}", f"    name: {yaml_text(a['name'])}",
                  f"    kind: {a['kind']}", f"    country: {a['country']}"]
    lines += ["", "relations:"]
    for r in relations:
        lines += [f"  - from: {r['from']}", f"    to: {r['to']}", f"    type: {r['type']}"]
        if r["date"]:
            lines.append(f"    date: {yaml_date(r['date'])}")
        lines.append("    evidence:")
        lines += [f"      - {{source: {e['source']}, quote: {yaml_text(e['quote'])}}}" for e in r["evidence"]]
    return "\n".join(lines) + "\n"


def write_random_graph(actor_count, relation_count, seed):
    """Generates one random graph (the same for the same sizes and seed) and writes it to WORK."""
    rng = random.Random(f"{seed}-{actor_count}x{relation_count}")
    graph_id = f"random-{actor_count}-{relation_count}"
    sources = make_sources(rng)
    actors = make_actors(rng, actor_count)
    relations = make_relations(rng, actors, sources, relation_count)
    title = f"Random graph: {actor_count} actors, {relation_count} relations (seed {seed})"
    path = WORK / f"{graph_id}.yaml"
    path.write_text(graph_yaml(graph_id, title, sources, actors, relations), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# stakegraph: validate, explore
# ---------------------------------------------------------------------------------------------

def find_stakegraph(given):
    """The binary to run: --stakegraph, else the release build, else the debug build."""
    if given:
        path = Path(given)
        path = path if path.is_absolute() else (Path.cwd() / path)
        if not path.is_file():
            fail(f"--stakegraph {given}: no such file")
        return path
    for build in ("release", "debug"):
        path = REPO / ".build" / build / "stakegraph"
        if path.is_file():
            if build == "debug":
                say("note: no release build; using .build/debug/stakegraph (explore times will be slower)")
            return path
    fail("no stakegraph binary: run `swift build -c release --product stakegraph` first")


def validate(stakegraph, graph):
    """Runs `stakegraph validate`; fails loudly unless valid. Returns (actors, relations)."""
    run = subprocess.run([str(stakegraph), "validate", str(graph)], capture_output=True, text=True)
    output = run.stdout + run.stderr
    found = re.search(r": valid \((\d+) actors, (\d+) relations", output)
    if run.returncode != 0 or not found:
        fail(f"{graph} is not valid (exit {run.returncode}):\n{output}")
    if "warning" in output:
        say(f"warning: validate reported warnings for {graph.name}:\n{output}")
    return int(found.group(1)), int(found.group(2))


def explore(stakegraph, graph, html, runs=EXPLORE_RUNS):
    """Writes the explorer `runs` times. Returns the median wall time in seconds and the notes
    explore printed (e.g. which layout engine it chose), which explain jumps in size and time."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run = subprocess.run([str(stakegraph), "explore", "-g", str(graph), "-o", str(html)],
                             capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if run.returncode != 0:
            fail(f"stakegraph explore -g {graph} failed (exit {run.returncode}):\n{run.stdout}{run.stderr}")
    notes = [line.split("note:", 1)[1].strip() for line in run.stderr.splitlines() if "note:" in line]
    return statistics.median(times), notes


def html_parts(html):
    """Sizes in bytes of the file and of its parts: the inline <svg>, the data block, the rest."""
    page = html.read_bytes()
    data_start = page.find(b'<script type="application/json" id="explorer-data">')
    if data_start < 0:
        fail(f'{html}: no <script type="application/json" id="explorer-data"> block')
    data_end = page.find(b"</script>", data_start) + len(b"</script>")
    # The drawing is the one <svg> element of the page, before the data block.
    svg_start = page.find(b"<svg")
    svg_end = page.rfind(b"</svg>", 0, data_start) + len(b"</svg>")
    if svg_start < 0 or svg_end < svg_start:
        fail(f"{html}: no inline <svg> before the data block")
    svg, data = svg_end - svg_start, data_end - data_start
    return {"bytes": len(page), "svg_bytes": svg, "data_bytes": data, "rest_bytes": len(page) - svg - data}


# ---------------------------------------------------------------------------------------------
# Headless Chromium through Selenium
# ---------------------------------------------------------------------------------------------

def start_browser():
    """Headless Chromium with the system's chromedriver (Selenium Manager is never asked)."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        fail("selenium is not installed: run with Tests/Browser/.venv/bin/python")

    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).is_file():
            fail(f"{path} is missing (install chromium and chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1600,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(READY_TIMEOUT)
    driver.set_script_timeout(READY_TIMEOUT)
    return driver


def warm_up(driver, html):
    """One unrecorded load, so that the first graph's times do not include the browser's own
    start-up (renderer process, JS engine)."""
    load_once(driver, html.resolve().as_uri())


# One slider update, timed inside the page: the handler runs synchronously within dispatchEvent.
SLIDER_SCRIPT = """
const t = performance.now();
document.getElementById('date').value = '0';
document.getElementById('date').dispatchEvent(new Event('input'));
return performance.now() - t;
"""


def load_once(driver, url):
    """One fresh page load: returns time to interactive, DOMContentLoaded and slider update (ms)."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")  # so that a data-ready left by the previous load cannot be read
    driver.get(url)
    ready = WebDriverWait(driver, READY_TIMEOUT).until(
        lambda d: d.execute_script("return document.documentElement.dataset.ready || null"))
    dcl = driver.execute_script(
        "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    slider = driver.execute_script(SLIDER_SCRIPT)
    return float(ready), float(dcl), float(slider)


def severe_entries(driver):
    """The SEVERE console entries since the last call (reading the log empties it)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]


def measure_in_browser(driver, html, runs):
    """`runs` fresh loads of one file; the raw times and every SEVERE console message."""
    url = html.resolve().as_uri()
    severe_entries(driver)  # drop what earlier pages logged
    samples, errors = [], []
    for _ in range(runs):
        samples.append(load_once(driver, url))
        errors += severe_entries(driver)
    ready, dcl, slider = (list(column) for column in zip(*samples))
    return {"ready_ms": ready, "dcl_ms": dcl, "slider_ms": slider, "severe": sorted(set(errors))}


# ---------------------------------------------------------------------------------------------
# One graph, all graphs, the report
# ---------------------------------------------------------------------------------------------

def measure_graph(stakegraph, driver, name, graph, runs):
    """Everything for one graph file: validate, explore (timed), parts, browser times."""
    actors, relations = validate(stakegraph, graph)
    html = WORK / f"{name}.html"
    say(f"{name}: {actors} actors, {relations} relations: explore x{EXPLORE_RUNS}")
    explore_s, notes = explore(stakegraph, graph, html)
    parts = html_parts(html)
    say(f"{name}: {parts['bytes']} bytes; {runs} page loads")
    browser = measure_in_browser(driver, html, runs)
    return {"graph": name, "file": str(graph), "html": str(html), "actors": actors,
            "relations": relations, **parts, "explore_s": explore_s, "explore_notes": notes, **browser}


def parse_sizes(text):
    """'50x200,150x600' -> [(50, 200), (150, 600)]."""
    sizes = []
    for item in text.split(","):
        match = re.fullmatch(r"\s*(\d+)x(\d+)\s*", item)
        if not match or int(match.group(1)) < 2:
            fail(f"--sizes: '{item}' is not ACTORSxRELATIONS with at least 2 actors (e.g. 300x1200)")
        sizes.append((int(match.group(1)), int(match.group(2))))
    return sizes


def slope(xs, ys):
    """Least-squares slope of ys over xs (None with fewer than two distinct xs)."""
    if len(set(xs)) < 2:
        return None
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def typical(value):
    """A graph's figure for fitting: the median of a list of runs, or the value itself."""
    return statistics.median(value) if isinstance(value, list) else value


def growth(results):
    """How size and time grow per relation, over the random graphs (the seed is another shape)."""
    rows = [r for r in results if r["graph"].startswith("random-")]
    xs = [r["relations"] for r in rows]

    def per(key, scale=1.0):
        fitted = slope(xs, [typical(r[key]) for r in rows])
        return None if fitted is None else fitted * scale

    return {"bytes_per_relation": per("bytes"), "svg_bytes_per_relation": per("svg_bytes"),
            "data_bytes_per_relation": per("data_bytes"),
            "ready_ms_per_100_relations": per("ready_ms", 100),
            "dcl_ms_per_100_relations": per("dcl_ms", 100),
            "slider_ms_per_100_relations": per("slider_ms", 100),
            "explore_s_per_100_relations": per("explore_s", 100)}


def summary(result):
    """Adds the medians and ranges to one graph's raw result."""
    for key in ("ready_ms", "dcl_ms", "slider_ms"):
        result[key.replace("_ms", "_median_ms")] = statistics.median(result[key])
    result["ready_min_ms"], result["ready_max_ms"] = min(result["ready_ms"]), max(result["ready_ms"])
    return result


def markdown(results, grow, stakegraph, runs):
    """The table, a note per graph with console errors, and the growth line."""
    kb = lambda n: f"{n / 1024:.1f}"
    lines = [f"stakegraph: {stakegraph}; {runs} page loads per graph, explore median of {EXPLORE_RUNS}", "",
             "| graph | actors | relations | file KB | SVG KB | data KB | rest KB | explore s | "
             "interactive ms, median (min–max) | DOMContentLoaded ms | slider update ms |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        lines.append(f"| {r['graph']} | {r['actors']} | {r['relations']} | {kb(r['bytes'])} | "
                     f"{kb(r['svg_bytes'])} | {kb(r['data_bytes'])} | {kb(r['rest_bytes'])} | "
                     f"{r['explore_s']:.2f} | {r['ready_median_ms']:.0f} ({r['ready_min_ms']:.0f}–"
                     f"{r['ready_max_ms']:.0f}) | {r['dcl_median_ms']:.0f} | {r['slider_median_ms']:.1f} |")
    lines.append("")
    for r in results:
        for note in r["explore_notes"]:
            lines.append(f"explore's note for {r['graph']}: {note}")
    for r in results:
        for message in r["severe"]:
            lines.append(f"SEVERE console entry in {r['graph']}: {message}")
    if grow["bytes_per_relation"] is not None:
        lines.append(
            f"Growth over the random graphs: {grow['bytes_per_relation']:.0f} bytes per relation "
            f"(SVG {grow['svg_bytes_per_relation']:.0f}, data {grow['data_bytes_per_relation']:.0f}); "
            f"per 100 relations: interactive +{grow['ready_ms_per_100_relations']:.1f} ms, "
            f"DOMContentLoaded +{grow['dcl_ms_per_100_relations']:.1f} ms, "
            f"slider update +{grow['slider_ms_per_100_relations']:.2f} ms, "
            f"explore +{grow['explore_s_per_100_relations']:.3f} s.")
    else:
        lines.append("Growth: needs random graphs of at least two sizes (--sizes).")
    return "\n".join(lines)


def parse_arguments():
    """The command line; --runs must be positive."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stakegraph",
                        help="the binary (default .build/release/stakegraph, else .build/debug)")
    parser.add_argument("--runs", type=int, default=5, help="page loads per graph (default 5)")
    parser.add_argument("--sizes", default=DEFAULT_SIZES,
                        help=f"ACTORSxRELATIONS,... (default {DEFAULT_SIZES})")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random graphs (default 1)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of the Markdown table")
    arguments = parser.parse_args()
    if arguments.runs < 1:
        fail("--runs must be at least 1")
    return arguments


def main():
    """Generates the graphs, measures each, prints the report; exit 1 on console errors."""
    arguments = parse_arguments()
    sizes = parse_sizes(arguments.sizes)
    stakegraph = find_stakegraph(arguments.stakegraph)
    WORK.mkdir(parents=True, exist_ok=True)
    graphs = [("huawei-5g", SEED_GRAPH)]
    graphs += [(f"random-{a}-{r}", write_random_graph(a, r, arguments.seed)) for a, r in sizes]
    driver = start_browser()
    try:
        explore(stakegraph, SEED_GRAPH, WORK / "warm-up.html", runs=1)
        warm_up(driver, WORK / "warm-up.html")
        results = [summary(measure_graph(stakegraph, driver, name, path, arguments.runs))
                   for name, path in graphs]
    finally:
        driver.quit()
    grow = growth(results)
    if arguments.json:
        print(json.dumps({"stakegraph": str(stakegraph), "runs": arguments.runs, "seed": arguments.seed,
                          "explore_runs": EXPLORE_RUNS, "graphs": results, "growth": grow}, indent=2))
    else:
        print(markdown(results, grow, stakegraph, arguments.runs))
    return 1 if any(r["severe"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())

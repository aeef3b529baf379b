"""What a user does with the seed graph's explorer, each checked against the graph file or the
command line: open, search, click an actor and a tie, filter, slide through time, find paths,
colour, copy a link and reopen it, export, print, use the keyboard, embed it in an iframe."""

import random
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select
from harness import relation_key

STANCE_FILL = {"strongly-oppose": "#e08214", "oppose": "#fdb863", "neutral": "#e0e0e0",
               "support": "#b2abd2", "strongly-support": "#542788"}


def page_data(browser):
    return browser.js("return JSON.parse(document.getElementById('explorer-data').textContent)")


def shown(browser):
    """The relations the page shows, as the command line lists them."""
    return sorted(relation_key(r) for r in browser.js("return stakegraphExplorer.shownRelations()"))


def click_at(browser, element_script):
    """Clicks, as a mouse does, the middle of what `element_script` returns (a node's shape, an
    edge's label or path); returns the element found under that point."""
    point = browser.js("""
        const target = (function () { """ + element_script + """ })();
        let x, y;
        if (target.getTotalLength) {
            const p = target.getPointAtLength(target.getTotalLength() / 2).matrixTransform(target.getScreenCTM());
            x = p.x; y = p.y;
        } else { const r = target.getBoundingClientRect(); x = r.left + r.width / 2; y = r.top + r.height / 2; }
        return [x, y];""")
    for kind in ("mousePressed", "mouseReleased"):
        browser.driver.execute_cdp_cmd("Input.dispatchMouseEvent", {"type": kind, "x": point[0], "y": point[1], "button": "left", "clickCount": 1})
    time.sleep(0.05)


def panel_quotes(browser):
    return browser.js("return [...document.querySelectorAll('#panel-body blockquote.quote')].map(q => q.textContent)")


def edge_display(browser):
    """For every edge of the data: whether the drawing shows it."""
    return browser.js("""
        const data = JSON.parse(document.getElementById('explorer-data').textContent);
        return data.edges.map(e => { const n = document.getElementById(e.id); return n !== null && getComputedStyle(n).display !== 'none'; });""")


def set_time(browser, mode, stop_index=None, window=None):
    browser.driver.find_element(By.CSS_SELECTOR, f"input[name=time][value={mode}]").click()
    if window is not None:
        Select(browser.driver.find_element(By.ID, "window")).select_by_visible_text(window)
    if stop_index is not None:
        browser.js("const s = document.getElementById('date'); s.value = String(arguments[0]); s.dispatchEvent(new Event('input'));", stop_index)


def check_interactions(browser, tool, tally, graph, page, document, work, shots):
    g = "open"
    ready = browser.open(page)
    tally.check(g, "opens from file:// and becomes ready", ready is not None, f"time to interactive {ready} ms")
    tally.check(g, "title is the graph's", browser.driver.title == document["graph"]["title"], browser.driver.title)
    data = page_data(browser)
    tally.check(g, "every actor and tie of the data is in the drawing",
                browser.js("const d = JSON.parse(document.getElementById('explorer-data').textContent); return d.actors.every(a => document.getElementById('actor-' + a.id)) && d.edges.every(e => document.getElementById(e.id))"),
                f"{len(data['actors'])} actors, {len(data['edges'])} ties")
    tally.check(g, "everything shown at first", shown(browser) == tool.relations(graph), f"{len(shown(browser))} relations")
    if shots:
        browser.driver.save_screenshot(str(shots / "explorer-overview.png"))

    check_search(browser, tally, shots)
    check_actor_panel(browser, tally, document)
    check_edge_panel(browser, tally, document, data)
    check_filters(browser, tool, tally, graph, document)
    check_time(browser, tool, tally, graph, page, data, shots)
    check_paths(browser, tool, tally, graph, page, data, shots)
    check_colouring(browser, tool, tally, graph, page, document)
    check_link(browser, tally, page)
    check_export_and_print(browser, tally, page)
    check_keyboard(browser, tally, page)
    check_accessibility(browser, tally, page)
    check_iframe(browser, tally, page, work)

    g = "hygiene"
    browser.open(page)
    browser.driver.find_element(By.ID, "search").send_keys("huawei" + Keys.ENTER)
    set_time(browser, "window", 3, "6m")
    requests = browser.requests()
    external = [url for url in requests if not url.startswith(("file:", "data:", "blob:", "about:"))]
    tally.check(g, "no network request beyond the page itself", not external, f"{len(requests)} requests, outside: {external[:3]}")
    problems = [entry for entry in browser.console() if entry[0] in ("SEVERE", "WARNING")]
    tally.check(g, "the console has no error or warning", not problems, str(problems[:3]))


def check_search(browser, tally, shots=None):
    g = "search"
    box = browser.driver.find_element(By.ID, "search")
    box.send_keys("wray")
    options = browser.js("return [...document.querySelectorAll('#search-results li[role=option]')].map(o => o.textContent)")
    tally.check(g, "typing lists the matches", any(o.startswith("Chris Wray") for o in options), str(options))
    box.clear()
    box.send_keys("u.s. dep")
    many = browser.js("return document.querySelectorAll('#search-results li[data-actor]').length")
    box.send_keys(Keys.ARROW_DOWN)
    second = browser.js("return document.querySelector('#search-results li[aria-selected=true]').dataset.actor")
    tally.check(g, "arrow keys move through the matches", many >= 2 and second == browser.js("return document.querySelectorAll('#search-results li[data-actor]')[1].dataset.actor"), f"{many} matches, second {second}")
    box.clear()
    box.send_keys("Huawei Technologies")  # an alias
    before = browser.js("return document.querySelector('#viewport svg').getAttribute('viewBox')")
    box.send_keys(Keys.ENTER)
    tally.check(g, "an alias finds its actor, Enter selects it", "actor=huawei" in browser.driver.current_url, browser.driver.current_url)
    tally.check(g, "the match is highlighted", browser.js("return document.getElementById('actor-huawei').classList.contains('sg-selected')"))
    after = browser.js("return document.querySelector('#viewport svg').getAttribute('viewBox')")
    centred = browser.js("""
        const r = document.getElementById('actor-huawei').getBoundingClientRect(), v = document.getElementById('viewport').getBoundingClientRect();
        return Math.abs((r.left + r.width / 2) - (v.left + v.width / 2)) < 30 && Math.abs((r.top + r.height / 2) - (v.top + v.height / 2)) < 30;""")
    tally.check(g, "and centred", before != after and centred, f"{before} -> {after}")
    if shots:
        browser.driver.find_element(By.ID, "focus-more").click()
        browser.driver.save_screenshot(str(shots / "explorer-actor.png"))
        browser.driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)


def expected_quotes(document, actor):
    quotes = []
    for relation in document.get("relations", []):
        if actor in (relation["from"], relation["to"]):
            quotes += [e["quote"] for e in relation.get("evidence", [])]
    for position in document.get("positions", []):
        if position["actor"] == actor:
            quotes += [e["quote"] for e in position.get("evidence", [])]
    return Counter(quotes)


def check_actor_panel(browser, tally, document):
    g = "actor panel"
    browser.driver.find_element(By.ID, "fit").click()
    for actor in ("chris-wray", "huawei", "us-government"):
        click_at(browser, f"return document.querySelector('#actor-{actor} polygon, #actor-{actor} ellipse')")
        entry = next(a for a in document["actors"] if a["id"] == actor)
        title = browser.js("return document.getElementById('panel-title').textContent")
        tally.check(g, f"a click on {actor} opens its panel", title == entry["name"], title)
        tally.check(g, f"{actor}: every quote of its relations and positions, verbatim", Counter(panel_quotes(browser)) == expected_quotes(document, actor),
                    f"{sum(expected_quotes(document, actor).values())} quotes")
    sources = {s["id"]: s for s in document["sources"]}
    cites = browser.js("return [...document.querySelectorAll('#panel-body cite')].map(c => [c.textContent, c.querySelector('a') ? c.querySelector('a').getAttribute('href') : null])")
    ok = all(any(s["title"] in text and (href is None or href == s.get("url")) for s in sources.values()) for text, href in cites)
    tally.check(g, "each quote names its source's title, with its link", ok and cites, f"{len(cites)} citations")
    facts = browser.js("return document.querySelector('#panel-body dl.facts').textContent")
    tally.check(g, "kind and country shown", "government" in facts and "US" in facts, facts[:80])


def check_edge_panel(browser, tally, document, data):
    g = "tie panel"
    edge = max(data["edges"], key=lambda e: len(e["relations"]))
    click_at(browser, f"const g = document.getElementById({edge['id']!r}); return g.querySelector('text') || g.querySelector('path')")
    items = browser.js("return document.querySelectorAll('#panel-body li.relation').length")
    tally.check(g, "a click on a tie lists every relation it stands for", items == len(edge["relations"]), f"{edge['id']}: {items} of {len(edge['relations'])}")
    ends = {data["relations"][edge["relations"][0]]["from"], data["relations"][edge["relations"][0]]["to"]}
    between = Counter(q["quote"] for r in document["relations"] if {r["from"], r["to"]} == ends for q in r.get("evidence", []))
    quotes = Counter(panel_quotes(browser))
    tally.check(g, "with their quotes, from the graph file", quotes and not (quotes - between), f"{sum(quotes.values())} quotes")


def check_filters(browser, tool, tally, graph, document):
    g = "filters"
    driver = browser.driver
    for value in ("cooperative", "neutral"):
        driver.find_element(By.ID, f"filter-polarity-{value}").click()
    tally.check(g, "polarity: only hostile = --polarity hostile", shown(browser) == tool.relations(graph, "--polarity", "hostile"))
    displayed = edge_display(browser)
    data = page_data(browser)
    visible = set(shown(browser))
    expected = [any(relation_key(data["relations"][i]) in visible for i in e["relations"]) for e in data["edges"]]
    tally.check(g, "the drawing shows exactly the ties with a relation shown", displayed == expected, f"{sum(displayed)} of {len(displayed)} ties")
    driver.find_element(By.ID, "showcase").click()
    counts = browser.js("return [document.querySelectorAll('#viewport .sg-hidden').length, document.querySelectorAll('#viewport g.edge.sg-faded').length]")
    tally.check(g, "showcase fades instead of hiding", counts[0] == 0 and counts[1] > 0, f"hidden {counts[0]}, faded ties {counts[1]}")
    driver.find_element(By.ID, "showcase").click()
    driver.find_element(By.ID, "reset-filters").click()
    tally.check(g, "show everything resets", shown(browser) == tool.relations(graph))
    driver.find_element(By.ID, "filter-mode-structural").click()
    driver.find_element(By.ID, "filter-mode-material").click()
    tally.check(g, "mode: only verbal = --mode verbal", shown(browser) == tool.relations(graph, "--mode", "verbal"))
    driver.find_element(By.ID, "filter-polarity-neutral").click()
    driver.find_element(By.ID, "filter-polarity-cooperative").click()
    tally.check(g, "mode AND polarity = --mode verbal --polarity hostile", shown(browser) == tool.relations(graph, "--mode", "verbal", "--polarity", "hostile"))
    driver.find_element(By.ID, "reset-filters").click()
    keep = {"bans", "warns-against"}
    for box in driver.find_elements(By.CSS_SELECTOR, "#filter-type input"):
        if box.get_attribute("data-value") not in keep:
            box.click()
    tally.check(g, "types: bans and warns-against = --relation bans,warns-against", shown(browser) == tool.relations(graph, "--relation", "bans,warns-against"))
    driver.find_element(By.ID, "reset-filters").click()
    driver.find_element(By.ID, "filter-kind-official").click()
    officials = {a["id"] for a in document["actors"] if a["kind"] == "official"}
    want = [r for r in tool.relations(graph) if r[0] not in officials and r[1] not in officials]
    tally.check(g, "kind: without officials leaves out every relation of an official", shown(browser) == want, f"{len(want)} relations")
    hidden = browser.js("return [...document.querySelectorAll('#viewport g.node.sg-hidden')].map(n => n.id.slice(6))")
    tally.check(g, "and hides the officials", set(hidden) == officials, f"{len(hidden)} hidden")
    driver.find_element(By.ID, "reset-filters").click()
    count = browser.js("return document.querySelector('label[for=filter-type-warns-against] .count').textContent")
    n = sum(1 for r in document["relations"] if r["type"] == "warns-against")
    tally.check(g, "each filter shows its count", count == f"({n})", f"warns against {count}, the file has {n}")


def check_time(browser, tool, tally, graph, page, data, shots):
    g = "time"
    browser.open(page)
    stops = [s["date"] for s in data["stops"]]
    mismatches = []
    for index, date in enumerate(stops):
        set_time(browser, "asof", index)
        if shown(browser) != tool.relations(graph, "--as-of", date):
            mismatches.append(date)
    tally.check(g, f"as of each of the {len(stops)} dates = --as-of DATE", not mismatches, f"differ at {mismatches[:5]}")
    for window in data["windows"]:
        mismatches = []
        for index, date in enumerate(stops):
            set_time(browser, "window", index, window)
            if shown(browser) != tool.relations(graph, "--as-of", date, "--window", window):
                mismatches.append(date)
        tally.check(g, f"window {window} at each date = --as-of DATE --window {window}", not mismatches, f"differ at {mismatches[:5]}")
    browser.driver.find_element(By.ID, "filter-polarity-cooperative").click()
    browser.driver.find_element(By.ID, "filter-polarity-neutral").click()
    index = stops.index("2019-03") if "2019-03" in stops else len(stops) // 2
    set_time(browser, "window", index, "6m")
    tally.check(g, "date AND filters = --as-of D --window 6m --polarity hostile",
                shown(browser) == tool.relations(graph, "--as-of", stops[index], "--window", "6m", "--polarity", "hostile"))
    faded = browser.js("return document.querySelectorAll('#viewport g.node.sg-faded').length")
    tally.check(g, "actors with nothing in force are faded", faded > 0, f"{faded} faded")
    if shots:
        browser.driver.save_screenshot(str(shots / "explorer-time.png"))
    slider = browser.driver.find_element(By.ID, "date")
    set_time(browser, "asof", 0)
    slider.send_keys(Keys.ARROW_RIGHT)
    slider.send_keys(Keys.ARROW_RIGHT)
    tally.check(g, "the slider moves with the keyboard", f"date={stops[2]}" in browser.driver.current_url, browser.driver.current_url[-60:])
    browser.driver.find_element(By.ID, "play").click()
    time.sleep(2.0)
    pressed = browser.js("return document.getElementById('play').getAttribute('aria-pressed')")
    position = int(browser.js("return document.getElementById('date').value"))
    browser.driver.find_element(By.ID, "play").click()
    tally.check(g, "play advances through the dates", pressed == "true" and position >= 3, f"at stop {position} after 2 s")


def path_in_page(browser):
    return browser.js("return stakegraphExplorer.path()")


def check_paths(browser, tool, tally, graph, page, data, shots):
    g = "path"
    browser.open(page)
    Select(browser.driver.find_element(By.ID, "path-from")).select_by_value("chris-wray")
    Select(browser.driver.find_element(By.ID, "path-to")).select_by_value("china-government")
    browser.driver.find_element(By.ID, "find-path").click()
    cli = tool.path(graph, "chris-wray", "china-government")
    mine = path_in_page(browser)
    tally.check(g, "Chris Wray to China: the path and its cited hops = stakegraph path", mine == cli, " → ".join(mine["actors"]) if mine else "none")
    on_path = browser.js("return [...document.querySelectorAll('#viewport g.node.sg-on-path')].map(n => n.id.slice(6))")
    tally.check(g, "highlighted in the drawing", set(on_path) == set(cli["actors"]), str(on_path))
    route = browser.js("return document.querySelector('#path-result .route').textContent")
    names = {a["id"]: a["name"] for a in data["actors"]}
    tally.check(g, "explained in words, hop by hop", route.startswith(" → ".join(names[a] for a in cli["actors"])), route)
    hops = browser.js("return [...document.querySelectorAll('#panel-body ol.hops > li')].map(li => [...li.querySelectorAll('p.hop')].map(p => p.textContent))")
    cli_hops = [[len(hop["relations"])] for hop in cli["hops"]]
    tally.check(g, "each hop's relations and quotes in the panel", [[len(h)] for h in hops] == cli_hops
                and Counter(panel_quotes(browser)) == Counter(e["quote"] for hop in cli["hops"] for r in hop["relations"] for e in r["evidence"]),
                f"{len(hops)} hops")
    if shots:
        browser.driver.save_screenshot(str(shots / "explorer-path.png"))
    rng = random.Random(5)
    ids = [a["id"] for a in data["actors"]]
    pairs = [tuple(rng.sample(ids, 2)) for _ in range(12)]
    stops = [s["date"] for s in data["stops"]]
    settings = [("", []), ("&undirected=1", ["--undirected"]),
                ("&hide-polarity=cooperative,neutral", ["--polarity", "hostile"]),
                (f"&time=asof&date={stops[len(stops) // 2]}", ["--as-of", stops[len(stops) // 2]]),
                (f"&time=window&date={stops[-1]}&window=6m&undirected=1", ["--as-of", stops[-1], "--window", "6m", "--undirected"])]
    for fragment, flags in settings:
        differ = []
        for source, target in pairs:
            browser.open(page, f"#path={source},{target}{fragment}")
            if path_in_page(browser) != tool.path(graph, source, target, *flags):
                differ.append(f"{source}->{target}")
        tally.check(g, f"12 random pairs {' '.join(flags) or '(no flags)'}: same path or none as the command line", not differ, str(differ[:3]))


def fills(browser):
    return browser.js("""
        const out = {};
        for (const node of document.querySelectorAll('#viewport g.node.actor')) {
            const shape = [...node.querySelectorAll('polygon, ellipse, path')].find(s => s.getAttribute('fill') && s.getAttribute('fill') !== 'none' && s.getAttribute('fill') !== 'transparent');
            if (shape) out[node.id.slice(6)] = getComputedStyle(shape).fill;
        }
        return out;""")


def hex_of(rgb):
    parts = [int(p) for p in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    return "#" + "".join(f"{p:02x}" for p in parts)


def check_colouring(browser, tool, tally, graph, page, document):
    g = "colour"
    browser.open(page)
    kind_fills = fills(browser)
    issue = document["issues"][0]["id"]
    Select(browser.driver.find_element(By.ID, "color-by")).select_by_value(f"stance:{issue}")
    latest = {}
    for position in document.get("positions", []):
        if position["issue"] == issue:
            latest[position["actor"]] = position["stance"]  # the seed has one position per actor and issue
    now = {k: hex_of(v) for k, v in fills(browser).items()}
    wrong = [a for a, s in latest.items() if now.get(a) != STANCE_FILL[s]]
    unstated = [a for a in now if a not in latest and now[a] != "#ffffff"]
    tally.check(g, "by stance: each declared stance in its colour, the rest white", not wrong and not unstated, f"{len(latest)} stances; wrong {wrong[:3]} {unstated[:3]}")
    for name, command in (("coalition", "coalitions"), ("community", "communities")):
        Select(browser.driver.find_element(By.ID, "color-by")).select_by_value(name)
        now = fills(browser)
        groups = tool.json(command, "-g", str(graph))["camps" if name == "coalition" else "communities"]
        same = all(len({now[a] for a in group}) == 1 for group in groups if group)
        apart = len({now[group[0]] for group in groups if group}) == len([group for group in groups if group])
        tally.check(g, f"by {name}: one colour per group of `stakegraph {command}`, different groups apart", same and apart, f"{len(groups)} groups")
    Select(browser.driver.find_element(By.ID, "color-by")).select_by_value("kind")
    tally.check(g, "back to kind restores the drawing's fills", fills(browser) == kind_fills)


def state_of(browser):
    return browser.js("""return {hash: location.hash, panel: (document.getElementById('panel-title') || {}).textContent || null,
        shown: stakegraphExplorer.shownRelations().length, path: stakegraphExplorer.path(),
        color: document.getElementById('color-by').value, view: document.querySelector('#viewport svg').getAttribute('viewBox')}""")


def check_link(browser, tally, page):
    g = "link"
    browser.open(page)
    driver = browser.driver
    driver.find_element(By.ID, "search").send_keys("Huawei" + Keys.ENTER)
    driver.find_element(By.ID, "focus-more").click()
    driver.find_element(By.ID, "focus-more").click()
    driver.find_element(By.ID, "filter-polarity-neutral").click()
    set_time(browser, "window", 5, "1y")
    Select(driver.find_element(By.ID, "color-by")).select_by_value("community")
    Select(driver.find_element(By.ID, "path-from")).select_by_value("donald-trump")
    Select(driver.find_element(By.ID, "path-to")).select_by_value("huawei")
    driver.find_element(By.ID, "find-path").click()
    driver.find_element(By.ID, "zoom-in").click()
    before = state_of(browser)
    driver.find_element(By.ID, "copy-link").click()
    link = browser.js("return document.getElementById('link').value")
    tally.check(g, "copy link gives the view's address", link.startswith("file://") and "#" in link, link[-90:])
    driver.get("about:blank")
    driver.get(link)
    browser.wait_ready()
    after = state_of(browser)
    differ = {key: (before[key], after[key]) for key in before if before[key] != after[key]}
    tally.check(g, "the link reopens the same view (selection, focus, filters, date, colour, path, zoom)", not differ,
                str(differ)[:300] if differ else f"{before['hash'][:80]}…")
    focus = browser.js("return document.getElementById('focus-depth').textContent")
    tally.check(g, "focus depth kept", focus == "focus: 2 hops", focus)
    browser.open(page, "#actor=nobody&depth=9&hide-type=x&date=1900&color=evil&path=a,b&view=NaN,1,2")
    tally.check(g, "a link with unknown values opens the plain view", browser.js("return stakegraphExplorer.shownRelations().length") > 0
                and browser.js("return document.getElementById('panel-title')") is None)


def check_export_and_print(browser, tally, page):
    g = "export"
    browser.open(page, "#hide-polarity=neutral")
    text = browser.js("return stakegraphExplorer.exportSVG()")
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
        parsed = True
    except ElementTree.ParseError as error:
        root, parsed = None, False
        print("     ", error)
    tally.check(g, "the view exports as well-formed SVG", parsed and root.tag.endswith("svg"), f"{len(text)} bytes")
    if parsed:
        ns = "{http://www.w3.org/2000/svg}"
        edges = [e for e in root.iter(ns + "g") if "edge" in (e.get("class") or "").split()]
        shown_edges = browser.js("return [...document.querySelectorAll('#viewport g.edge')].filter(e => getComputedStyle(e).display !== 'none').length")
        tally.check(g, "with what is shown and nothing hidden", len(edges) == shown_edges, f"{len(edges)} ties")
    download = page.parent / "downloads"
    download.mkdir(exist_ok=True)
    browser.driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(download)})
    browser.driver.find_element(By.ID, "export-svg").click()
    files = []
    for _ in range(50):
        files = [f for f in download.glob("*.svg")]
        if files:
            break
        time.sleep(0.1)
    saved = files[0].read_text(encoding="utf-8") if files else ""
    tally.check(g, "the Export SVG button saves that file", saved == text, f"{files[0].name if files else 'nothing'}: {len(saved)} bytes")
    g = "print"
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    hidden = browser.js("return ['controls', 'panel'].map(id => getComputedStyle(document.getElementById(id)).display)")
    drawing = browser.js("return getComputedStyle(document.getElementById('viewport')).display")
    browser.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    tally.check(g, "printing keeps the drawing and leaves out the controls", hidden == ["none", "none"] and drawing != "none", f"{hidden}, drawing {drawing}")
    pdf = browser.driver.execute_cdp_cmd("Page.printToPDF", {"landscape": True})
    tally.check(g, "prints to PDF", len(pdf.get("data", "")) > 10000, f"{len(pdf.get('data', '')) * 3 // 4} bytes")


def check_keyboard(browser, tally, page):
    g = "keyboard"
    browser.open(page)
    body = browser.driver.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    tally.check(g, "/ goes to the search box", browser.js("return document.activeElement.id") == "search")
    browser.js("document.activeElement.blur()")
    browser.js("document.getElementById('actor-fbi').focus()")
    browser.driver.switch_to.active_element.send_keys(Keys.ENTER)
    tally.check(g, "Enter on a focused actor selects it", "actor=fbi" in browser.driver.current_url)
    browser.driver.switch_to.active_element.send_keys("+")
    browser.driver.switch_to.active_element.send_keys("+")
    tally.check(g, "+ widens the focus", "depth=2" in browser.driver.current_url, browser.driver.current_url[-40:])
    browser.driver.switch_to.active_element.send_keys("-")
    tally.check(g, "− narrows it", "depth=1" in browser.driver.current_url)
    view = browser.js("return document.querySelector('#viewport svg').viewBox.baseVal.width")
    browser.driver.switch_to.active_element.send_keys(Keys.PAGE_UP)
    zoomed = browser.js("return document.querySelector('#viewport svg').viewBox.baseVal.width")
    browser.driver.switch_to.active_element.send_keys(Keys.ARROW_LEFT)
    moved = browser.js("return document.querySelector('#viewport svg').viewBox.baseVal.x")
    browser.driver.switch_to.active_element.send_keys("0")
    fitted = browser.js("return document.querySelector('#viewport svg').viewBox.baseVal.width")
    tally.check(g, "PageUp zooms, arrows pan, 0 fits", zoomed < view and fitted > zoomed and moved is not None, f"{view:.0f} → {zoomed:.0f} → {fitted:.0f}")
    browser.driver.switch_to.active_element.send_keys(Keys.ESCAPE)
    tally.check(g, "Escape clears the selection", "actor=" not in browser.driver.current_url)
    g = "mouse"
    box = lambda: browser.js("const b = document.querySelector('#viewport svg').viewBox.baseVal; return [b.x, b.y, b.width, b.height]")
    centre = browser.js("const r = document.getElementById('viewport').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]")
    before = box()
    mouse = lambda kind, x, y, **extra: browser.driver.execute_cdp_cmd("Input.dispatchMouseEvent", dict(type=kind, x=x, y=y, **extra))
    mouse("mouseWheel", centre[0], centre[1], deltaX=0, deltaY=-120)
    time.sleep(0.1)
    wheeled = box()
    tally.check(g, "the wheel zooms in around the pointer", wheeled[2] < before[2], f"width {before[2]:.0f} → {wheeled[2]:.0f}")
    mouse("mousePressed", centre[0] + 200, centre[1] + 150, button="left", clickCount=1)
    for step in range(1, 6):
        mouse("mouseMoved", centre[0] + 200 - 30 * step, centre[1] + 150 - 20 * step, button="left")
    mouse("mouseReleased", centre[0] + 50, centre[1] + 50, button="left", clickCount=1)
    dragged = box()
    tally.check(g, "dragging pans, and is not a click", dragged[0] > wheeled[0] and dragged[1] > wheeled[1] and dragged[2] == wheeled[2]
                and "actor=" not in browser.driver.current_url, f"x {wheeled[0]:.0f} → {dragged[0]:.0f}")
    browser.driver.find_element(By.ID, "fit").click()
    tally.check(g, "Fit shows the whole drawing again", box() == before)
    g = "keyboard"
    focusable = browser.js("return document.querySelectorAll('#viewport g.node[tabindex=\"0\"]').length")
    tally.check(g, "every actor can be reached with Tab", focusable == browser.js("return JSON.parse(document.getElementById('explorer-data').textContent).actors.length"), f"{focusable}")


def check_accessibility(browser, tally, page):
    g = "aria"
    browser.open(page, "#actor=huawei")
    unnamed = browser.js("""
        const name = (el) => (el.getAttribute('aria-label') || (el.labels && el.labels.length ? el.labels[0].textContent : '') || el.textContent || el.getAttribute('title') || '').trim();
        return [...document.querySelectorAll('button, input:not([hidden]), select, [role=button]')].filter(el => !name(el)).map(el => el.outerHTML.slice(0, 80));""")
    tally.check(g, "every control has an accessible name", not unnamed, str(unnamed[:3]))
    live = browser.js("return ['panel', 'path-result', 'status'].map(id => document.getElementById(id).getAttribute('aria-live') || document.getElementById(id).getAttribute('role'))")
    tally.check(g, "panels announce their changes", all(live), str(live))
    combobox = browser.js("const s = document.getElementById('search'); return [s.getAttribute('role'), s.getAttribute('aria-controls')]")
    tally.check(g, "the search box is a combobox with its list", combobox == ["combobox", "search-results"])


def check_iframe(browser, tally, page, work):
    g = "iframe"
    wrapper = work / "embed.html"
    wrapper.write_text(f'<!DOCTYPE html><title>embed</title><iframe id="f" src="{page.name}#actor=huawei" width="1200" height="800"></iframe>', encoding="utf-8")
    browser.driver.get(wrapper.resolve().as_uri())
    browser.driver.switch_to.frame(browser.driver.find_element(By.ID, "f"))
    try:
        ready = browser.wait_ready(20)
        title = browser.js("return document.getElementById('panel-title').textContent")
        tally.check(g, "works inside an iframe, link included", title == "Huawei", f"ready at {ready} ms")
    finally:
        browser.driver.switch_to.default_content()

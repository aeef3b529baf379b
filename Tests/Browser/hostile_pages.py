"""Graphs built to break the page: names, quotes, titles and URLs that try to close the data block,
inject markup, run script or leave the page. Each explorer must open, run without a console
error, run nothing of the data, link only to http(s), and show every hostile text as text."""

import yaml
from selenium.common.exceptions import NoAlertPresentException

PAYLOADS = [
    "</script><script>window.__pwned='script'</script>",
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "<!-- {{data}} {{script}} {{svg}} --> ]]> &lt;&amp;",
    "line\u2028separator\u2029paragraph `${window.__pwned='template'}`",
    "\" onmouseover=\"window.__pwned='attr'\" x=\"",
    "\u202eevil override\u202c and \\u003c/script\\u003e",
]


def worse_graph():
    """A valid graph whose every string is a payload (URLs too, within what validation lets
    through: absolute http(s) addresses)."""
    sources = [{"id": f"s{i}", "title": text, "publisher": text, "date": "2019-01",
                "url": url} for i, (text, url) in enumerate(zip(PAYLOADS, [
                    "https://example.org/\"><script>window.__pwned='href'</script>", "https://example.org/?q=<img%20src=x%20onerror=alert(1)>",
                    "https://example.org/ok?a=<b>&c=\"d\"", "HTTPS://EXAMPLE.ORG/x'onmouseover='alert(1)'", "https://example.org/{{script}}",
                    "https://example.org/\u00e9\u2060</a>", "http://example.org/fine"]))]
    actors = [{"id": f"a{i}", "name": text, "kind": "firm", "aliases": [text[::-1]], "description": text,
               "url": sources[i]["url"]} for i, text in enumerate(PAYLOADS)]
    relations = []
    for i, text in enumerate(PAYLOADS):
        relations.append({"from": f"a{i}", "to": f"a{(i + 1) % len(PAYLOADS)}", "type": "warns-against",
                          "date": f"2019-0{i + 1}", "evidence": [{"source": f"s{i}", "quote": text}]})
    return {"graph": {"id": "worse", "title": PAYLOADS[0]}, "sources": sources, "actors": actors, "relations": relations,
            "issues": [{"id": "q", "question": PAYLOADS[1]}],
            "positions": [{"actor": "a0", "issue": "q", "stance": "oppose", "evidence": [{"source": "s0", "quote": PAYLOADS[2]}]}]}


def check_hostile_pages(browser, tool, tally, root, work):
    worse = work / "worse.yaml"
    worse.write_text(yaml.safe_dump(worse_graph(), allow_unicode=True, sort_keys=False), encoding="utf-8")
    for name, graph in (("hostile.yaml", root / "Tests/Fixtures/hostile.yaml"), ("worse.yaml", worse)):
        g = f"hostile {name}"
        page = work / f"{graph.stem}-explorer.html"
        done = tool.run("explore", "-g", str(graph), "-o", str(page), check=False)
        if not tally.check(g, "explore writes the page", done.returncode == 0, done.stderr.strip()[-200:]):
            continue
        html = page.read_text(encoding="utf-8")
        tally.check(g, "the data cannot close its block", html.count("</script>") == 2 and "\u2028" not in html.split('id="explorer-data">')[1].split("</script>")[0])
        browser.open(page)
        document = yaml.safe_load(graph.read_text(encoding="utf-8"))
        for actor in document["actors"]:
            browser.js("document.getElementById('actor-' + arguments[0]).dispatchEvent(new MouseEvent('click', {bubbles: true}))", actor["id"])
            title = browser.js("return document.getElementById('panel-title').textContent")
            # A name holding bidirectional controls is shown isolated (U+2068 … U+2069), so it
            # cannot reverse what follows it; any other name exactly as written.
            bidi = any(0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069 for c in actor["name"])
            expected = "\u2068" + actor["name"] + "\u2069" if bidi else actor["name"]
            if not tally.check(g, f"actor {actor['id']}: its name shown as text", title == expected, repr(title)[:80]):
                break
        browser.js("document.querySelectorAll('#viewport g.edge').forEach(e => e.dispatchEvent(new MouseEvent('click', {bubbles: true})))")
        browser.js("const s = document.getElementById('search'); s.value = '<'; s.dispatchEvent(new Event('input'))")
        try:
            browser.driver.switch_to.alert
            alert = True
        except NoAlertPresentException:
            alert = False
        tally.check(g, "nothing of the data ran", browser.js("return window.__pwned === undefined") and not alert,
                    str(browser.js("return window.__pwned || null")))
        counts = browser.js("""return {scripts: document.scripts.length, imgs: document.images.length,
            handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length,
            hrefs: [...document.querySelectorAll('[href]')].map(e => e.getAttribute('href')).filter(h => !/^(https?:\\/\\/|#)/i.test(h)),
            xlinks: [...document.querySelectorAll('a')].map(e => e.getAttribute('xlink:href') || e.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).filter(h => h && !/^(https?:\\/\\/|#)/i.test(h))}""")
        tally.check(g, "no markup injected: two scripts, no image, no handler", counts["scripts"] == 2 and counts["imgs"] == 0 and counts["handlers"] == 0, str(counts)[:160])
        tally.check(g, "only http(s) links", not counts["hrefs"] and not counts["xlinks"], str(counts["hrefs"][:3] + counts["xlinks"][:3]))
        problems = [entry for entry in browser.console() if entry[0] == "SEVERE"]
        tally.check(g, "no console error (no policy violation either)", not problems, str(problems[:2])[:200])

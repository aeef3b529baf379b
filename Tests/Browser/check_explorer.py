"""The explorer in a real browser: opens pages written by `stakegraph explore` from disk in headless
Chromium and checks what a user does against the graph file and the command line.

    Tests/Browser/.venv/bin/python Tests/Browser/check_explorer.py --stakegraph BIN
        [--graph Graphs/huawei-5g.yaml] [--screenshots DIR] [--keep]

Run it through Tests/Browser/run.sh, which installs what it needs. Exit 0 when every check
passed, 1 when one failed."""

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

from harness import Browser, Stakegraph, Tally
from interactions import check_interactions
from hostile_pages import check_hostile_pages

ROOT = Path(__file__).resolve().parents[2]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stakegraph", default=str(ROOT / ".build/debug/stakegraph"))
    parser.add_argument("--graph", default=str(ROOT / "Graphs/huawei-5g.yaml"))
    parser.add_argument("--screenshots", help="write pictures of the main states into this folder")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    options = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="stakegraph-browser-"))
    tool = Stakegraph(options.stakegraph)
    tally = Tally()
    browser = Browser()
    try:
        graph = Path(options.graph).resolve()
        page = work / "explorer.html"
        tool.run("explore", "-g", str(graph), "-o", str(page))
        document = yaml.safe_load(graph.read_text(encoding="utf-8"))
        shots = Path(options.screenshots) if options.screenshots else None
        if shots:
            shots.mkdir(parents=True, exist_ok=True)
        print(f"== the explorer of {graph.name} ({page.stat().st_size} bytes)")
        check_interactions(browser, tool, tally, graph, page, document, work, shots)
        print("== hostile graphs")
        check_hostile_pages(browser, tool, tally, ROOT, work)
    finally:
        browser.quit()
        if options.keep:
            print(f"work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print(f"\nbrowser: {tally.passed} passed, {len(tally.failed)} failed")
    for line in tally.failed:
        print("  FAIL " + line)
    return 1 if tally.failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""What the browser checks stand on: a headless Chromium through Selenium, with no network; the
stakegraph binary; and a tally of named checks (`ok` / `FAIL` lines, as Tests/Interop prints)."""

import json
import subprocess
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


class Tally:
    """Counts checks and prints one line each."""

    def __init__(self):
        self.passed = 0
        self.failed = []

    def check(self, group, name, condition, detail=""):
        line = f"[{group}] {name}" + (f": {detail}" if detail else "")
        if condition:
            self.passed += 1
            print("ok   " + line)
        else:
            self.failed.append(line)
            print("FAIL " + line)
        return bool(condition)


class Browser:
    """Debian's chromium and chromedriver, given by path so that Selenium Manager never downloads
    anything; the console and the network log are recorded."""

    def __init__(self, width=1600, height=1000):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={width},{height}",
                         "--allow-file-access-from-files"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        self.driver.execute_cdp_cmd("Network.enable", {})

    def quit(self):
        self.driver.quit()

    def open(self, path, fragment="", timeout=30):
        """Loads a page from disk and waits until its script says it is ready; returns its
        time to interactive in ms."""
        self.driver.get("about:blank")
        self.driver.get(Path(path).resolve().as_uri() + fragment)
        return self.wait_ready(timeout)

    def wait_ready(self, timeout=30):
        end = time.time() + timeout
        while time.time() < end:
            ready = self.driver.execute_script("return document.documentElement.dataset.ready || null")
            if ready is not None:
                return int(ready)
            time.sleep(0.05)
        raise TimeoutError("the page never became ready")

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def console(self):
        """Console entries since the last call: (level, message)."""
        return [(entry["level"], entry["message"]) for entry in self.driver.get_log("browser")]

    def requests(self):
        """URLs the page asked for since the last call (from Chromium's network log)."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
        return urls


class Stakegraph:
    """The command-line tool, for the answers the page must agree with."""

    def __init__(self, binary):
        self.binary = str(Path(binary).resolve())

    def run(self, *args, check=True):
        done = subprocess.run([self.binary, *args], capture_output=True, text=True)
        if check and done.returncode != 0:
            raise RuntimeError(f"stakegraph {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}")
        return done

    def json(self, *args):
        return json.loads(self.run(*args, "--format", "json").stdout)

    def relations(self, graph, *selection):
        """The relations a selection keeps, as a sorted list of (from, to, type, quotes)."""
        return sorted(relation_key(r) for r in self.json("relations", "-g", str(graph), *selection))

    def path(self, graph, source, target, *flags):
        """The first path `stakegraph path` gives, or None when it finds none."""
        done = self.run("path", "-g", str(graph), source, target, *flags, "--format", "json", check=False)
        if done.returncode != 0:
            return None
        paths = json.loads(done.stdout)["paths"]
        return paths[0] if paths else None


def relation_key(relation):
    """A relation as (from, to, type, its quotes): what identifies it both in the page and in
    `relations --format json` (which writes an interval as start and end, not as a date)."""
    return (relation["from"], relation["to"], relation["type"], tuple(e["quote"] for e in relation["evidence"]))

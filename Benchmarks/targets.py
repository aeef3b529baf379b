#!/usr/bin/env python3
"""Issue 18's targets table, from what `make bench`'s scripts measured last.

Each script (performance.sh, io_speed.sh, events.sh) writes its rows to
Benchmarks/.data/targets/<script>.tsv, one line a target:

    key <TAB> status <TAB> measured

with status one of met, missed, kept (a figure the issue keeps in the table) or measured (a
benchmark line without a threshold). Benchmarks/targets.tsv lists every target in order with the script
that measures it and what stands between it and the target, printed for a missed one. A target no script has
measured yet is printed as "not measured" with the script that measures it.

    python3 Benchmarks/targets.py            the markdown table on stdout
    python3 Benchmarks/targets.py --check    also exit 1 when a target is missed or not measured

Standard library only (it runs outside the venv).
"""
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TARGETS = os.path.join(HERE, "targets.tsv")
MEASURED = os.path.join(HERE, ".data", "targets")
STATUSES = {"met", "missed", "kept", "measured"}


def read_targets():
    rows = []
    for line in open(TARGETS, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        rows.append(tuple(line.rstrip("\n").split("\t")))  # key, script, measure, target, gap
    return rows


def read_measured():
    """Every key's latest line, with the date its file was written."""
    found = {}
    if not os.path.isdir(MEASURED):
        return found
    for name in sorted(os.listdir(MEASURED)):
        if not name.endswith(".tsv"):
            continue
        path = os.path.join(MEASURED, name)
        when = datetime.datetime.fromtimestamp(os.path.getmtime(path), datetime.timezone.utc)
        for number, line in enumerate(open(path, encoding="utf-8"), 1):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[1] not in STATUSES:
                sys.exit(f"targets.py: {path}:{number}: expected 'key<TAB>status<TAB>measured' with status "
                         f"one of {', '.join(sorted(STATUSES))}, found {line.strip()!r}")
            found[parts[0]] = (parts[1], parts[2], name[:-4], when)
    return found


def main(argv):
    check = "--check" in argv[1:]
    unknown = [a for a in argv[1:] if a != "--check"]
    if unknown:
        print(f"targets.py: unknown argument {unknown[0]!r} (usage: targets.py [--check])", file=sys.stderr)
        return 64
    targets, measured = read_targets(), read_measured()
    stray = sorted(set(measured) - {t[0] for t in targets})
    if stray:
        sys.exit(f"targets.py: measured rows for keys Benchmarks/targets.tsv does not list: {', '.join(stray)}")
    print("| measure | target | measured (same-run ratios) | status, and what stands between it and the target | run |")
    print("|---|---|---|---|---|")
    short = 0
    for key, script_of, measure, target, gap in targets:
        if key not in measured:
            short += 1
            print(f"| {measure} | {target} | — | not measured: run Benchmarks/{script_of} | |")
            continue
        status, text, script, when = measured[key]
        verdict = {"met": "met", "kept": "kept", "measured": "measured",
                   "missed": f"**missed**: {gap}"}[status]
        short += status == "missed"
        print(f"| {measure} | {target} | {text} | {verdict} | {script}.sh {when:%Y-%m-%d %H:%M} UTC |")
    missed = sum(1 for k in measured.values() if k[0] == "missed")
    print()
    print(f"{len(targets)} targets: {sum(1 for k in measured.values() if k[0] == 'met')} met, {missed} missed, "
          f"{len(targets) - len(measured)} not measured.")
    return 1 if check and short else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

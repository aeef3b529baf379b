#!/usr/bin/env python3
"""Exact minimum frustration of the reference signed networks, for the Swift tests.

    Tests/Fixtures/signed/.venv/bin/python Tests/Fixtures/signed/generate_frustration.py [DATA-DIR]
        [--output PATH] [--time-limit SECONDS] [--threads N] [--only NAME-SUBSTRING]

DATA-DIR is the folder of the signed networks (default: ../shared/data/signed relative to the
repository root, the layout of shared/ beside the repository). Every `*.csv` in it and in its
sub-folders is read as CSV with a header `from,to,sign[,weight]`: each row is one tie (parallel
rows count separately, self ties are skipped), positive when `sign` > 0 and negative when < 0; a
file with a `weight` column takes the sign of the weight (and fails when the two disagree). The
vertices are the distinct names in `from` and `to`.

The minimum frustration — positive ties between camps plus negative ties within a camp, minimised
over all splits into at most k camps — is found with a binary integer linear programme solved to
optimality by the CBC solver that ships with PuLP (pip package `pulp`):

  k = 2:  x_v ∈ {0, 1} (the camp of v), x_0 = 0 (symmetry breaking). For each vertex pair {u, v}
          with p positive and q negative ties, a violation indicator d ≥ 0 whose cost is p (pair
          with positive ties: d ≥ x_u − x_v, d ≥ x_v − x_u, d = 1 exactly when the camps differ)
          or q (negative: d ≥ x_u + x_v − 1, d ≥ 1 − x_u − x_v, d = 1 exactly when they agree).
          A pair with ties of both signs gets both indicators. Minimise Σ cost · d.
  k ≥ 3:  x_{v,c} ∈ {0, 1}, Σ_c x_{v,c} = 1, x_{0,0} = 1. For each pair, s ∈ [0, 1] ("same camp")
          with s ≤ 1 − x_{u,c} + x_{v,c} and s ≤ 1 − x_{v,c} + x_{u,c} for every c when the pair has
          positive ties (s = 0 whenever the camps differ), and s ≥ x_{u,c} + x_{v,c} − 1 for every c
          when it has negative ties (s = 1 whenever they agree). Minimise Σ p·(1 − s) + q·s.
          At integral x the optimum sets s to exactly [camp(u) = camp(v)].

Checks before anything is written (the script stops with an error when one fails):
  - on 12 small random multigraphs (parallel ties of both signs, self ties), both formulations
    equal brute force;
  - the published Gahuku-Gama values: 7 for two camps (Read 1954; signnet's frustration index),
    2 for the three-camp criterion;
  - on every network with at most 16 vertices, the ILP optimum equals a brute force over all
    2^(n−1) two-camp splits (vertex 0 fixed), and, for each k ≥ 3 computed, an exhaustive
    branch-and-bound over all k-camp assignments (labels canonical, pruned at the ILP optimum)
    finds nothing below it; the k = 2 optimum also equals the k-camp formulation run with k = 2;
  - for every network, the frustration of the split the solver returns, recounted tie by tie from
    the CSV rows, equals the reported optimum.

Writes (default Tests/Fixtures/signed/frustration.json, keys are paths relative to DATA-DIR):
  {file: {"vertices": n, "ties": m, "frustration": {"2": value, "3": value}, "method": ...,
          "solver_seconds": {"2": s, "3": s}}}
"method" is "ILP (PuLP CBC, optimal)" when every value was proven optimal. A solve stopped by
--time-limit (default 600 s per solve) instead records the best value found, marks the method
"ILP (PuLP CBC, time limit: upper bound, not exact)" and adds "lower_bound" from CBC's log.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

import pulp

HERE = Path(__file__).resolve().parent
REPOSITORY_ROOT = HERE.parent.parent.parent
DEFAULT_DATA = REPOSITORY_ROOT.parent / "shared" / "data" / "signed"
DEFAULT_OUTPUT = HERE / "frustration.json"

# Networks for which the three-camp minimum is computed too (file names).
THREE_CAMP_FILES = {"gahuku_gama_tribes.csv", "slovene_parliament_1994.csv", "slovene_parliament_1994_weighted.csv"}
# Published values that must come out (Read 1954 via signnet; the three-camp criterion).
PUBLISHED = {"gahuku_gama_tribes.csv": {2: 7, 3: 2}}
BRUTE_FORCE_LIMIT = 16

OPTIMAL = "ILP (PuLP CBC, optimal)"
BOUND = "ILP (PuLP CBC, time limit: upper bound, not exact)"


class Network:
    """Vertices 0..n−1 in order of first appearance; ties as (u, v, sign) with sign ±1."""

    def __init__(self, path: Path):
        self.path = path
        self.names: list[str] = []
        index: dict[str, int] = {}
        self.ties: list[tuple[int, int, int]] = []
        self.self_ties = 0
        with path.open(newline="") as handle:
            reader = csv.DictReader(handle)
            fields = reader.fieldnames or []
            for column in ("from", "to", "sign"):
                if column not in fields:
                    raise SystemExit(f"{path}: no column '{column}' in header {fields}")
            weighted = "weight" in fields
            for line, row in enumerate(reader, start=2):
                ends = []
                for name in (row["from"].strip(), row["to"].strip()):
                    if name not in index:
                        index[name] = len(self.names)
                        self.names.append(name)
                    ends.append(index[name])
                sign = _sign(float(row["sign"]))
                if weighted:
                    weight_sign = _sign(float(row["weight"]))
                    if weight_sign != sign:
                        raise SystemExit(f"{path}:{line}: sign {row['sign']} disagrees with weight {row['weight']}")
                    sign = weight_sign
                if sign == 0:
                    raise SystemExit(f"{path}:{line}: a tie of sign 0")
                if ends[0] == ends[1]:
                    self.self_ties += 1
                    continue
                self.ties.append((ends[0], ends[1], sign))
        # Per unordered pair: [positive ties, negative ties].
        self.pairs: dict[tuple[int, int], list[int]] = {}
        for u, v, sign in self.ties:
            counts = self.pairs.setdefault((min(u, v), max(u, v)), [0, 0])
            counts[0 if sign > 0 else 1] += 1

    @property
    def n(self) -> int:
        return len(self.names)

    @property
    def m(self) -> int:
        return len(self.ties)

    def frustration(self, camp: list[int]) -> int:
        """Recounted tie by tie: positive across camps plus negative within one."""
        return sum(1 for u, v, sign in self.ties if (camp[u] == camp[v]) == (sign < 0))


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def _solve(problem: pulp.LpProblem, time_limit: float, threads: int):
    """Solves with CBC; returns (seconds, proven optimal?, lower bound from the log or None)."""
    with tempfile.NamedTemporaryFile("r", suffix=".log", delete=False) as log:
        log_path = log.name
    try:
        solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=time_limit, threads=threads, logPath=log_path)
        start = time.perf_counter()
        problem.solve(solver)
        seconds = time.perf_counter() - start
        text = Path(log_path).read_text(errors="replace")
    finally:
        os.unlink(log_path)
    if problem.sol_status not in (pulp.LpSolutionOptimal, pulp.LpSolutionIntegerFeasible):
        raise SystemExit(f"CBC found no solution: {pulp.LpStatus[problem.status]}\n{text[-2000:]}")
    proven = problem.sol_status == pulp.LpSolutionOptimal and "Result - Optimal solution found" in text
    bound = None
    match = re.search(r"Lower bound:\s*([-0-9.eE+]+)", text)
    if match:
        bound = float(match.group(1))
    return seconds, proven, bound


def ilp_two_camps(net: Network, time_limit: float, threads: int):
    """The k = 2 formulation with one binary per vertex. Returns (value, camp, seconds, proven, bound)."""
    problem = pulp.LpProblem("frustration_k2", pulp.LpMinimize)
    x = [pulp.LpVariable(f"x{v}", cat="Binary") for v in range(net.n)]
    problem += x[0] == 0
    objective = []
    for (u, v), (positive, negative) in sorted(net.pairs.items()):
        if positive:
            d = pulp.LpVariable(f"dp_{u}_{v}", lowBound=0)
            problem += d >= x[u] - x[v]
            problem += d >= x[v] - x[u]
            objective.append(positive * d)
        if negative:
            d = pulp.LpVariable(f"dn_{u}_{v}", lowBound=0)
            problem += d >= x[u] + x[v] - 1
            problem += d >= 1 - x[u] - x[v]
            objective.append(negative * d)
    problem += pulp.lpSum(objective)
    seconds, proven, bound = _solve(problem, time_limit, threads)
    camp = [int(round(var.value())) for var in x]
    return round(pulp.value(problem.objective)), camp, seconds, proven, bound


def ilp_k_camps(net: Network, k: int, time_limit: float, threads: int):
    """The general k-camp formulation. Returns (value, camp, seconds, proven, bound)."""
    problem = pulp.LpProblem(f"frustration_k{k}", pulp.LpMinimize)
    x = [[pulp.LpVariable(f"x{v}_{c}", cat="Binary") for c in range(k)] for v in range(net.n)]
    for v in range(net.n):
        problem += pulp.lpSum(x[v]) == 1
    problem += x[0][0] == 1
    objective = []
    for (u, v), (positive, negative) in sorted(net.pairs.items()):
        s = pulp.LpVariable(f"s_{u}_{v}", lowBound=0, upBound=1)
        for c in range(k):
            if positive:
                problem += s <= 1 - x[u][c] + x[v][c]
                problem += s <= 1 - x[v][c] + x[u][c]
            if negative:
                problem += s >= x[u][c] + x[v][c] - 1
        objective.append(positive * (1 - s) + negative * s)
    problem += pulp.lpSum(objective)
    seconds, proven, bound = _solve(problem, time_limit, threads)
    camp = [next(c for c in range(k) if x[v][c].value() > 0.5) for v in range(net.n)]
    return round(pulp.value(problem.objective)), camp, seconds, proven, bound


def brute_force_two_camps(net: Network) -> int:
    """Minimum over all 2^(n−1) splits with vertex 0 in camp 0, in Gray-code order."""
    n = net.n
    neighbours: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for (u, v), (positive, negative) in net.pairs.items():
        neighbours[u].append((v, positive - negative))
        neighbours[v].append((u, positive - negative))
    side = [1] * n  # +1: camp 0
    positive_ties = sum(p for p, _ in net.pairs.values())
    negative_ties = sum(q for _, q in net.pairs.values())
    current = negative_ties  # everyone in camp 0
    best = current
    for step in range(1, 1 << (n - 1)):
        v = (step & -step).bit_length()  # lowest set bit + 1: vertices 1..n−1
        field = sum(w * side[t] for t, w in neighbours[v])
        current += field * side[v]
        side[v] = -side[v]
        best = min(best, current)
    # Cross-check the incremental count on the final split.
    assert current == net.frustration([0 if s > 0 else 1 for s in side]), "Gray-code bookkeeping"
    assert positive_ties + negative_ties == net.m
    return best


def exhaustive_below(net: Network, k: int, limit: int) -> int | None:
    """The smallest frustration below `limit` over all assignments to at most k camps (labels in
    order of first use, so each split is visited once), or None when none is below `limit`."""
    n = net.n
    earlier: list[list[tuple[int, int, int]]] = [[] for _ in range(n)]  # (u < v, positive, negative)
    for (u, v), (positive, negative) in net.pairs.items():
        earlier[v].append((u, positive, negative))
    camp = [-1] * n
    best = [limit]
    found = [None]

    def place(v: int, used: int, cost: int) -> None:
        if cost >= best[0]:
            return
        if v == n:
            best[0] = cost
            found[0] = cost
            return
        for c in range(min(used + 1, k)):
            added = sum(q if camp[u] == c else p for u, p, q in earlier[v])
            camp[v] = c
            place(v + 1, max(used, c + 1), cost + added)
        camp[v] = -1

    place(0, 0, 0)
    return found[0]


def self_test(time_limit: float, threads: int) -> None:
    """Both formulations against brute force on small random multigraphs with parallel ties of
    both signs and self ties (which the reference networks lack), so that tie counting is checked."""
    import random

    generator = random.Random(20240601)
    with tempfile.TemporaryDirectory() as folder:
        for trial in range(12):
            n = generator.randint(5, 11)
            rows = ["from,to,sign"]
            for _ in range(generator.randint(n, 3 * n)):
                u, v = generator.randrange(n), generator.randrange(n)
                rows.append(f"v{u},v{v},{generator.choice([1, -1, 1, -1, 2, -3])}")
            path = Path(folder) / f"random{trial}.csv"
            path.write_text("\n".join(rows) + "\n")
            net = Network(path)
            if net.n < 2:
                continue
            brute = brute_force_two_camps(net)
            if exhaustive_below(net, 2, brute + 1) != brute:
                raise SystemExit(f"self test {trial}: the exhaustive search disagrees with the Gray-code enumeration")
            for k in (2, 3):
                expected = brute if k == 2 else exhaustive_below(net, k, net.m + 1)
                values = [ilp_k_camps(net, k, time_limit, threads)]
                if k == 2:
                    values.append(ilp_two_camps(net, time_limit, threads))
                for value, camp, _, proven, _ in values:
                    if not proven or value != expected or net.frustration(camp) != value:
                        raise SystemExit(f"self test {trial}, k={k}: ILP {value}, brute force {expected}\n" + "\n".join(rows))
    print("self test: both formulations match brute force on 12 random multigraphs", flush=True)


def compute(path: Path, relative: str, time_limit: float, threads: int) -> dict:
    net = Network(path)
    name = path.name
    camps = [2, 3] if name in THREE_CAMP_FILES else [2]
    entry: dict = {"vertices": net.n, "ties": net.m, "frustration": {}, "method": OPTIMAL, "solver_seconds": {}}
    exact = True
    for k in camps:
        if k == 2:
            value, camp, seconds, proven, bound = ilp_two_camps(net, time_limit, threads)
        else:
            value, camp, seconds, proven, bound = ilp_k_camps(net, k, time_limit, threads)
        recount = net.frustration(camp)
        if recount != value:
            raise SystemExit(f"{relative}, k={k}: solver objective {value} but its split has frustration {recount}")
        if not proven:
            exact = False
            entry.setdefault("lower_bound", {})[str(k)] = bound
        entry["frustration"][str(k)] = value
        entry["solver_seconds"][str(k)] = round(seconds, 3)

        if proven and net.n <= BRUTE_FORCE_LIMIT:
            if k == 2:
                brute = brute_force_two_camps(net)
                if brute != value:
                    raise SystemExit(f"{relative}: ILP k=2 gives {value}, brute force over 2^{net.n - 1} splits {brute}")
                general, general_camp, *_ = ilp_k_camps(net, 2, time_limit, threads)
                if general != value or net.frustration(general_camp) != value:
                    raise SystemExit(f"{relative}: k=2 formulations disagree: {value} vs {general}")
            else:
                below = exhaustive_below(net, k, value)
                if below is not None:
                    raise SystemExit(f"{relative}: exhaustive search finds {below} < ILP {value} for k={k}")
            checked = "brute force agrees" if k == 2 else "exhaustive search agrees"
        else:
            checked = "proven optimal" if proven else f"TIME LIMIT, lower bound {bound}"
        print(f"{relative}: n={net.n} m={net.m} k={k}: {value} ({seconds:.2f} s, {checked})", flush=True)

        published = PUBLISHED.get(name, {}).get(k)
        if published is not None and value != published:
            raise SystemExit(f"{relative}: k={k} gives {value}, the published value is {published}")
    if net.self_ties:
        entry["self_ties_skipped"] = net.self_ties
    if not exact:
        entry["method"] = BOUND
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA,
                        help=f"folder of the signed networks (default {DEFAULT_DATA})")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"JSON to write (default {DEFAULT_OUTPUT})")
    parser.add_argument("--time-limit", type=float, default=600, help="CBC seconds per solve (default 600)")
    parser.add_argument("--threads", type=int, default=1, help="CBC threads (default 1)")
    parser.add_argument("--only", help="only files whose relative path contains this (writes nothing)")
    args = parser.parse_args()

    data = args.data.resolve()
    files = sorted(p for p in data.rglob("*.csv"))
    if args.only:
        files = [p for p in files if args.only in str(p.relative_to(data))]
    if not files:
        raise SystemExit(f"no CSV files under {data}")
    results = {}
    total = time.perf_counter()
    self_test(args.time_limit, args.threads)
    for path in files:
        relative = str(path.relative_to(data))
        results[relative] = compute(path, relative, args.time_limit, args.threads)
    print(f"{len(results)} networks in {time.perf_counter() - total:.1f} s", flush=True)
    if args.only:
        return
    text = json.dumps(results, indent=2, sort_keys=True) + "\n"
    args.output.write_text(text)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    sys.exit(main())

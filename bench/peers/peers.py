#!/usr/bin/env python3
"""
Peer timings for the benchmarks: what a user would pick instead of our in-memory engine, run on
the same graph and the same pairs so the figures sit side by side (bench/peers/peers.ts spawns
this with bench/.venv/bin/python; bash bench/peers/setup.sh creates that venv).

Usage: peers.py JOB.json. The job:
  {
    "edges": "path to a TSV of a<TAB>b<TAB>cost (nodes 0..n-1, undirected, cost >= 0)",
    "n": N,
    "pairs": [[s, t], ...],
    "tasks": ["sssp_pairs", "betweenness"],
    "engines": ["igraph", "networkx"],
    "betweenness_out": "path of a JSON file for the betweenness values (needed for that task)"
  }
Prints one JSON object on stdout (see the end of main). Problems go to stderr with exit code 2.

Fairness rules:
- The graph is cleaned once, as our engine's loaders do (bench/dblp-data.ts): self-loops dropped,
  parallel edges merged keeping the lowest cost. igraph would otherwise keep multi-edges, which
  changes betweenness (more shortest paths) while networkx's Graph keeps only the last cost.
- Reading the TSV is timed once (read_ms), building each engine's graph separately (build_ms);
  neither is inside a per-query time.
- Per query: 3 untimed warm-up calls, as bench/timing.ts does, then one timed call per pair. Path
  costs are summed after the clock stops.
- Each library is called the way its documentation suggests for one weighted s-t path, not
  tuned: igraph `get_shortest_path(..., weights="cost")` (it converts the weight attribute on
  every call, part of the price a user pays), networkx `bidirectional_dijkstra` (what
  `nx.shortest_path(weight=...)` uses for one pair).
"""
import json
import math
import sys
import time
import warnings

WARM_UP = 3
NETWORKX_BETWEENNESS_MAX_N = 3000  # beyond this networkx's pure-Python Brandes takes minutes


def fail(message):
    print(f"peers.py: {message}", file=sys.stderr)
    sys.exit(2)


def percentile(sorted_ms, p):
    # Same rule as bench/timing.ts, so the two sides' percentiles mean the same thing.
    return sorted_ms[min(len(sorted_ms) - 1, math.floor(p / 100 * len(sorted_ms)))]


def summary(ms):
    if not ms:
        return {"runs": 0, "ms": []}
    s = sorted(ms)
    return {
        "runs": len(ms),
        "p50_ms": percentile(s, 50),
        "p95_ms": percentile(s, 95),
        "p99_ms": percentile(s, 99),
        "max_ms": s[-1],
        "ms": ms,
    }


def read_edges(path, n):
    """Parses the TSV and cleans it like our loaders: no self-loops, lowest cost per pair."""
    best = {}
    read = self_loops = 0
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                fail(f"{path}:{line_no}: expected a<TAB>b<TAB>cost")
            a, b, cost = int(parts[0]), int(parts[1]), float(parts[2])
            if not (0 <= a < n and 0 <= b < n):
                fail(f"{path}:{line_no}: node outside 0..{n - 1}")
            if not (cost >= 0 and math.isfinite(cost)):
                fail(f"{path}:{line_no}: cost must be finite and >= 0 for Dijkstra")
            read += 1
            if a == b:
                self_loops += 1
                continue
            key = (a, b) if a < b else (b, a)
            if key not in best or cost < best[key]:
                best[key] = cost
    edges = [(a, b) for a, b in best]
    costs = list(best.values())
    return edges, costs, {"read": read, "self_loops": self_loops, "duplicates": read - self_loops - len(edges)}


def time_pairs(query, pairs):
    """Warm-up, then one timed call per pair; returns per-call ms and the raw answers."""
    for s, t in pairs[:WARM_UP]:
        query(s, t)
    ms, answers = [], []
    for s, t in pairs:
        start = time.perf_counter_ns()
        answer = query(s, t)
        ms.append((time.perf_counter_ns() - start) / 1e6)
        answers.append(answer)
    return ms, answers


def run_igraph(n, edges, costs, pairs, tasks):
    import igraph as ig

    start = time.perf_counter_ns()
    g = ig.Graph(n=n, edges=edges, directed=False, edge_attrs={"cost": costs})
    out = {"version": ig.__version__, "build_ms": (time.perf_counter_ns() - start) / 1e6}
    if "sssp_pairs" in tasks:
        # An unreachable target gives an empty path and a RuntimeWarning; we report null instead.
        warnings.filterwarnings("ignore", category=RuntimeWarning)
        ms, answers = time_pairs(lambda s, t: g.get_shortest_path(s, t, weights="cost", output="epath"), pairs)
        path_costs = [
            0.0 if s == t else (math.fsum(costs[e] for e in epath) if epath else None)
            for (s, t), epath in zip(pairs, answers)
        ]
        out["sssp_pairs"] = {**summary(ms), "costs": path_costs}
    if "betweenness" in tasks:
        start = time.perf_counter_ns()
        raw = g.betweenness(directed=False)
        seconds = (time.perf_counter_ns() - start) / 1e9
        # networkx normalized=True for undirected graphs: raw / ((n-1)(n-2)/2).
        scale = (n - 1) * (n - 2) / 2 if n > 2 else 1.0
        out["betweenness"] = {"seconds": seconds, "values": [v / scale for v in raw]}
    return out


def run_networkx(n, edges, costs, pairs, tasks):
    import networkx as nx

    start = time.perf_counter_ns()
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from(((a, b, c) for (a, b), c in zip(edges, costs)), weight="cost")
    out = {"version": nx.__version__, "build_ms": (time.perf_counter_ns() - start) / 1e6}
    if "sssp_pairs" in tasks:

        def query(s, t):
            try:
                return nx.bidirectional_dijkstra(g, s, t, weight="cost")[0]
            except nx.NetworkXNoPath:
                return None

        ms, answers = time_pairs(query, pairs)
        out["sssp_pairs"] = {**summary(ms), "costs": [None if c is None else float(c) for c in answers]}
    if "betweenness" in tasks:
        if n > NETWORKX_BETWEENNESS_MAX_N:
            out["betweenness"] = {"skipped": f"n = {n} > {NETWORKX_BETWEENNESS_MAX_N}: networkx would take too long"}
        else:
            start = time.perf_counter_ns()
            values = nx.betweenness_centrality(g, normalized=True)
            seconds = (time.perf_counter_ns() - start) / 1e9
            out["betweenness"] = {"seconds": seconds, "values": [values[v] for v in range(n)]}
    return out


ENGINES = {"igraph": run_igraph, "networkx": run_networkx}
TASKS = {"sssp_pairs", "betweenness"}


def main():
    if len(sys.argv) != 2:
        fail("usage: peers.py JOB.json")
    with open(sys.argv[1], encoding="utf-8") as f:
        job = json.load(f)
    n = int(job["n"])
    pairs = [(int(s), int(t)) for s, t in job.get("pairs", [])]
    tasks = list(job.get("tasks", []))
    engines = list(job.get("engines", []))
    for name in engines:
        if name not in ENGINES:
            fail(f"unknown engine {name!r} (known: {', '.join(ENGINES)})")
    for task in tasks:
        if task not in TASKS:
            fail(f"unknown task {task!r} (known: {', '.join(sorted(TASKS))})")
    if any(not (0 <= v < n) for pair in pairs for v in pair):
        fail(f"a pair names a node outside 0..{n - 1}")
    if "betweenness" in tasks and not job.get("betweenness_out"):
        fail("the betweenness task needs betweenness_out (a file path)")

    start = time.perf_counter_ns()
    edges, costs, counts = read_edges(job["edges"], n)
    read_ms = (time.perf_counter_ns() - start) / 1e6

    results = {}
    for name in engines:
        try:
            results[name] = ENGINES[name](n, edges, costs, pairs, tasks)
        except ImportError as error:
            fail(f"{error}: run `bash bench/peers/setup.sh` to install the Python peers")

    # Betweenness values go to their own file (n numbers per engine would swamp stdout).
    if "betweenness" in tasks:
        values = {
            name: r["betweenness"].pop("values")
            for name, r in results.items()
            if "values" in r.get("betweenness", {})
        }
        with open(job["betweenness_out"], "w", encoding="utf-8") as f:
            json.dump({"n": n, "normalized": "networkx normalized=True", **values}, f)
        if "igraph" in values and "networkx" in values:
            diff = max((abs(x - y) for x, y in zip(values["igraph"], values["networkx"])), default=0.0)
            results["networkx"]["betweenness"]["max_abs_diff_vs_igraph"] = diff

    print(
        json.dumps(
            {
                "python": sys.version.split()[0],
                "graph": {"n": n, "edges": len(edges), **counts, "read_ms": read_ms},
                "engines": results,
                "betweenness_out": job.get("betweenness_out") if "betweenness" in tasks else None,
            }
        )
    )


if __name__ == "__main__":
    main()

"""Turns the files bench/macro.sh leaves in its results directory into one markdown table.

Usage: macro_table.py RESULTS_DIR TIMEOUT_S PEER_TIMEOUT_S PEER_GIB LINES...
Per job: the whole process (wall, user + system CPU, peak RSS from /usr/bin/time -v, lines per second of wall) and, where
the job's --json reports them, its stages (wall seconds and lines per second of that stage alone).
"""
import json
import os
import re
import sys

results, timeout, peer_timeout, peer_gib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
sizes = [int(s) for s in sys.argv[5:]]


def read(path):
    return open(path, encoding="utf-8", errors="replace").read() if os.path.exists(path) else None


def process(name):
    """(wall s, cpu s, peak MiB, status, reason) of one job, or None when it did not run."""
    text = read(f"{results}/{name}.time")
    if text is None:
        return None
    found = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text)
    if found is None:  # still running
        return None
    wall = found.group(1)
    seconds = 0.0
    for part in wall.split(":"):
        seconds = seconds * 60 + float(part)
    cpu = sum(float(re.search(rf"{k} time \(seconds\): (\S+)", text).group(1)) for k in ("User", "System"))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
    status = int((read(f"{results}/{name}.status") or "0").strip())
    reason = ""
    if status != 0:
        err = [l for l in (read(f"{results}/{name}.err") or "").splitlines() if l.strip()]
        limit = peer_timeout if name.startswith("peer") else timeout
        if status in (124, 137) and seconds >= limit - 1:
            reason = f"stopped at the {limit} s limit"
        else:
            text = "\n".join(err)
            if "OutOfMemoryException" in text:
                reason = "OutOfMemoryException at the .NET heap limit (HEAP_LIMIT_GIB)"
            elif "MemoryError" in text or "Unable to allocate" in text:
                reason = f"MemoryError with the address space limited to {peer_gib} GiB"
            else:
                reason = (err[-1].strip() if err else f"exit {status}")[:160]
    return seconds, cpu, rss, status, reason


def rate(lines, seconds):
    return f"{lines / seconds:,.0f}" if seconds and seconds > 0 else ""


def stages(name):
    """[(stage, seconds)] from the job's own JSON output."""
    doc = read(f"{results}/{name}.json")
    if doc is None:
        return []
    d = json.loads(doc)
    if name.startswith("analyze"):
        return list(d.get("timings_seconds", {}).items())
    if name.startswith("evaluate"):
        return [(f"fit {s['name']}", s["fit_ms"] / 1000) for s in d.get("strategies", [])]
    t = d.get("timing_s", {})
    merged = [("load + clean", t.get("load", 0) + t.get("clean", 0))] if "load" in t else []
    return merged + [(k, v) for k, v in t.items() if k not in ("load", "clean", "pipeline_total")]


print("| lines | job | stage | wall s | CPU s | lines/s | peak RSS MiB | note |")
print("|---:|---|---|---:|---:|---:|---:|---|")
jobs = [("generate", "spectrum generate --layout uci"), ("analyze", "spectrum analyze"), ("evaluate", "spectrum evaluate"),
        ("peer-analyze", "seed_peer.py --skip-eval"), ("peer-evaluate", "seed_peer.py")]
for lines in sizes:
    for job, label in jobs:
        name = f"{job}-{lines}"
        p = process(name)
        if p is None:
            continue
        wall, cpu, rss, status, reason = p
        note = "failed: " + reason if status else ""
        # A job killed at the time limit is reaped by timeout, not by time -v: its CPU and memory are not known.
        killed = reason.startswith("stopped at")
        cpu_text, rss_text = ("", "") if killed else (f"{cpu:.1f}", f"{rss:,.0f}")
        print(f"| {lines:,} | {label} | **whole process** | {wall:.1f} | {cpu_text} | {rate(lines, wall)} | {rss_text} | {note} |")
        if status == 0:
            for stage, seconds in stages(name):
                print(f"| {lines:,} | {label} | {stage} | {seconds:.2f} | | {rate(lines, seconds)} | | |")

# The growth exponent b of time ≈ a · lines^b (least squares on log-log) over the sizes measured, for the O(rows) stages.
import math


def exponent(points):
    if len(points) < 2:
        return None
    xs, ys = [math.log(x) for x, _ in points], [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def stage_points(*wanted):
    points = []
    for lines in sizes:
        p = process(f"analyze-{lines}")
        found = dict(stages(f"analyze-{lines}")) if p and p[3] == 0 else {}
        if all(w in found for w in wanted):
            points.append((lines, sum(found[w] for w in wanted)))
    return points


print()
for label, wanted in [("import (ingestion + cleaning)", ("import",)), ("rfm", ("rfm",)), ("import + rfm", ("import", "rfm")),
                      ("segmentation", ("segmentation",)), ("recommender", ("recommender",))]:
    b = exponent(stage_points(*wanted))
    if b is not None:
        print(f"- {label}: time grows as lines^{b:.2f} over {', '.join(f'{l:,}' for l, _ in stage_points(*wanted))} lines")

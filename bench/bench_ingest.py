"""Corpus ingest: generated articles into a fresh DuckDB store (its memory cap on) with -j 1,
-j N, Ray on this machine and a two-node Ray cluster started here (bench/cluster.py), against
spaCy's stock pipeline parsing the same texts in one process.

    python bench/bench_ingest.py [--articles 10000] [--jobs 0 (= all cores)] [--no-ray]
                                 [--rounds 1] [--only j1,jN,ray,two-nodes] [--no-spacy]

Each configuration runs in a process of its own, so that its peak RSS figures are its own
(VmHWM): the ingesting parent's, and the largest worker's (a pool process, or a Ray actor as it
reports itself). With several rounds the configurations run in turn in each round (the order alternating) and
the medians are reported. Prints articles/s, the speed-ups, the ratio to spaCy-only time, the peak RSS
per process and the database size, with the machine's load average (the machine may be
shared). Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).parent))

from corpus import articles  # noqa: E402


def one(data: Path, db: Path, config: dict) -> None:
    """Run one configuration in this process and print its figures as JSON. The pool's
    workers are this process's children: a thread reads their peak RSS while they live."""
    import threading

    from eventwire.corpus.engine import peak_rss_mb
    from eventwire.corpus.ingest import ingest

    workers: dict[str, float] = {}
    done = threading.Event()

    def watch() -> None:
        me = os.getpid()
        while not done.wait(0.5):
            for task in Path(f"/proc/{me}/task").iterdir():
                children = (task / "children").read_text().split() if (
                    task / "children").exists() else []
                for pid in children:
                    workers[pid] = max(workers.get(pid, 0.0), peak_rss_mb(pid))

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    s = ingest([data], db, **config)
    done.set()
    watcher.join()
    print(json.dumps({
        "seconds": s.seconds, "coded": s.coded, "mentions": s.mentions, "events": s.events,
        "nodes": len(s.nodes), "db_mb": db.stat().st_size / 1e6, "parent_mb": peak_rss_mb(),
        "worker_mb": max([s.worker_rss_mb, *workers.values()])}))


def run(label: str, data: Path, db: Path, config: dict, env: dict | None = None) -> dict:
    r = subprocess.run([sys.executable, __file__, "--one", json.dumps(config), "--data",
                        str(data), "--db", str(db)], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise SystemExit(f"{label} failed: {r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--no-ray", action="store_true")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--only", default="", help="configurations to run, of j1,jN,ray,two-nodes")
    ap.add_argument("--no-spacy", action="store_true", help="skip timing spaCy alone")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        return one(args.data, args.db, json.loads(args.one))
    jobs = args.jobs or os.cpu_count() or 1
    from eventwire.nlp import stock

    tmp = Path(tempfile.mkdtemp(prefix="ew-bench-"))
    texts = articles(args.articles, seed=23)
    data = tmp / "corpus.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for n, t in enumerate(texts):
            fh.write(json.dumps({"id": f"a{n}", "text": t, "date": "2024-03-13",
                                 "source": f"outlet{n % 7}"}) + "\n")
    n = len(texts)
    print(f"{n} generated articles, {os.cpu_count()} cores, load average at start "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    spacy_s = None
    if not args.no_spacy:
        model = stock()
        t0 = time.perf_counter()
        for _ in model.pipe(texts, batch_size=64):
            pass
        spacy_s = time.perf_counter() - t0
        del model
        print(f"spaCy alone, 1 process : {n / spacy_s:6.1f} articles/s")
    runs = [("j1", "-j 1", dict(jobs=1)), ("jN", f"-j {jobs}", dict(jobs=jobs))]
    if not args.no_ray:
        runs.append(("ray", f"ray local x{jobs}", dict(jobs=jobs, engine="ray")))
        runs.append(("two-nodes", "ray two nodes", dict(engine="ray")))
    wanted = set(filter(None, args.only.split(",")))
    if unknown := wanted - {key for key, _, _ in runs}:
        raise SystemExit(f"--only: unknown configuration(s) {sorted(unknown)}; "
                         "choose from j1,jN,ray,two-nodes")
    runs = [(label, config) for key, label, config in runs if not wanted or key in wanted]
    figs: dict[str, list[dict]] = {label: [] for label, _ in runs}
    for rnd in range(args.rounds):
        for label, config in runs if rnd % 2 == 0 else reversed(runs):
            db = tmp / f"{label.replace(' ', '_')}-{rnd}.duckdb"
            if label == "ray two nodes":
                import cluster

                with cluster.two_nodes(cpus=max(1, jobs // 2)) as (address, env):
                    figs[label].append(run(label, data, db, dict(config, ray_address=address),
                                           env))
            else:
                figs[label].append(run(label, data, db, config))
            db.unlink()
    for label, _ in runs:
        _report(label, n, figs[label], spacy_s)

    def ratio(a: str, b: str) -> str:
        each = [fb["seconds"] / fa["seconds"] for fa, fb in zip(figs[a], figs[b], strict=True)]
        return f"{median(each):.2f} (per round: {', '.join(f'{x:.2f}' for x in each)})"

    if {"-j 1", f"-j {jobs}"} <= figs.keys():
        print(f"speed-up -j {jobs} over -j 1: {ratio(f'-j {jobs}', '-j 1')}")
    if {f"ray local x{jobs}", f"-j {jobs}"} <= figs.keys():
        print(f"ray local over -j {jobs}: {ratio(f'ray local x{jobs}', f'-j {jobs}')}")
    print(f"load average at the end {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    shutil.rmtree(tmp, ignore_errors=True)


def _report(label: str, n: int, figs: list[dict], spacy_s: float | None) -> None:
    """Medians of the rounds' rates; the largest peak RSS of any round."""
    seconds = median(f["seconds"] for f in figs)
    fig = figs[0]
    parent = max(f["parent_mb"] for f in figs)
    worker = max(f["worker_mb"] for f in figs)
    nodes = f", {fig['nodes']} node{'s' if fig['nodes'] > 1 else ''}" if fig["nodes"] else ""
    print(f"ingest {label:14s}: {n / seconds:6.1f} articles/s  ({fig['coded']} coded, "
          f"{fig['mentions']} mentions, {fig['events']} events, database {fig['db_mb']:.1f} MB, "
          + (f"time / spaCy-only {seconds / spacy_s:.2f}; " if spacy_s else "")
          + f"peak RSS parent {parent:.0f} MB, "
          "largest worker " + (f"{worker:.0f} MB" if worker else "- (none)") + f"{nodes})")


if __name__ == "__main__":
    main()

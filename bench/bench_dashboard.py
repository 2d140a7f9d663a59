"""How long the dashboard takes to show a store, in headless Chromium, against the API calls it
makes measured alone in the same run.

    python bench/bench_dashboard.py --db events.duckdb [--runs 5]

Starts `eventwire serve` on a free loopback port over the store, then `runs` times: opens
`/#events` in a fresh page load and waits until the page marks the state as drawn (timeline,
network, map, table and detail), and the same again for an event's deep link. The baseline is
the same requests made with httpx, one after another, with no drawing: the ratio says what the
browser adds (assets, parsing, layout, drawing). Also prints the bytes of the page and its
assets. Needs Chromium and chromedriver (Debian: chromium, chromium-driver). Figures only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

STATIC = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "web" / "static"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", str(db),
                                 "--port", str(port)], stdout=out, stderr=out)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(base + "/api/status", timeout=2).status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start: " + log.read_text()[-1000:])


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not (chromium and driver):
        raise SystemExit("Chromium and chromedriver are needed (Debian: chromium, chromium-driver)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-dev-shm-usage", "--window-size=1400,1800", "--disable-cache"):
        opts.add_argument(flag)
    return webdriver.Chrome(service=Service(driver), options=opts)


def page_seconds(drv, url: str) -> float:
    drv.get("about:blank")
    t = time.perf_counter()
    drv.get(url)
    while not drv.execute_script("return document.body && document.body.dataset.ready !== "
                                 "undefined && document.body.dataset.ready === location.hash"):
        if time.perf_counter() - t > 60:
            raise SystemExit(f"{url} was not drawn within 60 s")
        time.sleep(0.01)
    return time.perf_counter() - t


def api_seconds(base: str, event: str | None) -> float:
    """The requests the page makes for the same state, one after another."""
    t = time.perf_counter()
    with httpx.Client(base_url=base, timeout=30) as c:
        for path in ("/api/status", "/api/codebook", "/api/stats?top=25", "/api/stats?top=1",
                     "/api/events?limit=25&offset=0&sort=date",
                     *([f"/api/events/{event}"] if event else [])):
            c.get(path).raise_for_status()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    assets = [STATIC / "index.html", STATIC / "style.css", *sorted((STATIC / "js").glob("*.js")),
              *(STATIC / "vendor" / n for n in ("d3.min.js", "plot.umd.min.js",
                                                "topojson-client.min.js", "countries-50m.json"))]
    size = sum(os.path.getsize(p) for p in assets)
    print(f"page and assets: {size / 1024:,.0f} KB in {len(assets)} files "
          f"(vendored: {sum(os.path.getsize(p) for p in assets[-4:]) / 1024:,.0f} KB)")
    with tempfile.TemporaryDirectory() as tmp:
        proc, base = serve(args.db, Path(tmp) / "server.log")
        drv = browser()
        try:
            stats = httpx.get(base + "/api/stats").json()
            event = httpx.get(base + "/api/events?limit=1").json()["items"][0]["id"]
            print(f"store: {stats['totals']['events']:,} events, {stats['articles']:,} articles; "
                  f"{args.runs} runs each")
            page_seconds(drv, base + "/#events")  # warm: the server's first answers, the fonts
            for label, fragment, ev in (("/#events", "#events", None),
                                        ("/#events?event=<id>", f"#events?event={event}", event)):
                page = [page_seconds(drv, f"{base}/{fragment}") for _ in range(args.runs)]
                api = [api_seconds(base, ev) for _ in range(args.runs)]
                p, a = statistics.median(page), statistics.median(api)
                print(f"{label:22} drawn in {p * 1000:7.0f} ms (median); its API calls alone "
                      f"{a * 1000:6.0f} ms; ratio {p / a:5.1f}")
        finally:
            drv.quit()
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()

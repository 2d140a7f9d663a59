"""The HTTP API, with a real server process on a loopback port over a real DuckDB file, and the
dashboard in real headless Chromium (skipped with a message where Chromium is not installed)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from live_server import make_store, start, wait

ARTIFACTS = Path(__file__).parent / "artifacts"
ARTICLES = [
    {"id": "web1", "date": "2024-03-11", "source": "Example Wire",
     "text": "Sudanese troops shelled Chadian border posts near Adre on Monday, the Chadian "
             "army said.\n\nChad's foreign minister held talks with his Egyptian counterpart "
             "in Cairo on Monday."},
    {"id": "web2", "date": "2024-03-12", "source": "Other Wire",
     "text": "Chad's army said Sudanese troops had shelled its border posts near Adre on "
             "Monday.\n\nThe African Union called for a ceasefire."},
    {"id": "web3", "date": "2024-03-14", "source": "Example Wire",
     "text": "Kenya praised Uganda on Wednesday for its help in Nairobi talks."},
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("web")
    running = start(make_store(tmp, ARTICLES), tmp)
    yield running.base
    running.stop()


@pytest.mark.slow
def test_openapi_lists_the_api(server):
    paths = httpx.get(server + "/openapi.json").json()["paths"]
    assert {"/api/code", "/api/events", "/api/events/{event_id}", "/api/actors",
            "/api/stats", "/api/codebook", "/api/status"} <= set(paths)


@pytest.mark.slow
def test_events_filters_pagination_and_detail(server):
    all_events = httpx.get(server + "/api/events", params={"limit": 100}).json()
    assert all_events["total"] >= 3
    shelling = httpx.get(server + "/api/events", params={"actor": "SDN", "root": "19"}).json()
    assert shelling["total"] == 1, shelling
    e = shelling["items"][0]
    assert e["num_articles"] == 2 and e["num_sources"] == 2
    page = httpx.get(server + "/api/events", params={"limit": 1, "offset": 1}).json()
    assert len(page["items"]) == 1 and page["items"][0]["id"] != all_events["items"][0]["id"]
    detail = httpx.get(server + f"/api/events/{e['id']}").json()
    assert len(detail["mentions"]) == 2
    assert all("shelled" in m["text"] for m in detail["mentions"])
    assert httpx.get(server + "/api/events/nope").status_code == 404
    places = httpx.get(server + "/api/events", params={"place": "Adre"}).json()
    assert places["total"] >= 1


@pytest.mark.slow
def test_actors_stats_and_code(server):
    actors = httpx.get(server + "/api/actors").json()
    assert any(a["code"].startswith("SDN") for a in actors)
    stats = httpx.get(server + "/api/stats").json()
    assert stats["articles"] == 3 and stats["by_day"] and stats["dyads"]
    r = httpx.post(server + "/api/code", json={"text": "Kenya praised Uganda on Monday.",
                                               "date": "2024-05-06"}, timeout=60)
    assert r.status_code == 200 and r.json()["events"][0]["source"]["code"] == "KEN"


@pytest.mark.slow
def test_errors_are_json_never_tracebacks(server):
    r = httpx.post(server + "/api/code", json={"text": "   "})
    assert r.status_code == 422 and "empty" in r.json()["error"]
    r = httpx.post(server + "/api/code", content=b"x" * 2_000_001,
                   headers={"content-type": "application/json"})
    assert r.status_code == 413 and "error" in r.json()
    r = httpx.get(server + "/api/events", params={"sort": "; DROP TABLE events"})
    assert r.status_code == 400 and "unknown sort" in r.json()["error"]
    r = httpx.get(server + "/api/events", params={"actor": "x' OR 1=1 --"})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert "Traceback" not in r.text


@pytest.mark.slow
def test_dashboard_filter_event_and_evidence(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    ARTIFACTS.mkdir(exist_ok=True)
    browser.get(server + "/")
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#table tbody tr[data-id]"))
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#timeline svg.plot rect"))
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#network g.edge"))
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#map circle.place"))
    browser.save_screenshot(str(ARTIFACTS / "dashboard.png"))
    box = browser.find_element(By.NAME, "actor")
    box.send_keys("SDN")
    Select(browser.find_element(By.NAME, "root")).select_by_value("19")
    browser.find_element(By.ID, "apply").click()
    wait(lambda: browser.find_element(By.ID, "summary").text.startswith("1 events"))
    rows = wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#table tbody tr[data-id]"))
    assert len(rows) == 1 and "SDN" in rows[0].text
    rows[0].click()
    marks = wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#detail .evidence mark.trigger"))
    assert all(m.text == "shelled" for m in marks)
    assert browser.find_elements(By.CSS_SELECTOR, "#detail .evidence mark.source")
    browser.save_screenshot(str(ARTIFACTS / "event-detail.png"))


@pytest.mark.slow
def test_article_view_highlights_the_raw_text(server, browser):
    from selenium.webdriver.common.by import By

    browser.get(server + "/#article")
    browser.find_element(By.ID, "text").send_keys(
        "Egypt accused Ethiopia on Tuesday of filling the dam without an agreement, "
        "officials in Cairo said.")
    browser.find_element(By.ID, "code").click()
    triggers = wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#raw mark.trigger"))
    assert triggers[0].text == "accused"
    actors = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#raw mark.actor")]
    assert "Egypt" in actors and "Ethiopia" in actors
    assert browser.find_elements(By.CSS_SELECTOR, "#raw mark.place")
    assert "EGY" in browser.find_element(By.ID, "explained").text
    browser.save_screenshot(str(ARTIFACTS / "article-view.png"))


@pytest.mark.slow
def test_events_and_stats_carry_names_for_their_codes(server):
    shelling = httpx.get(server + "/api/events", params={"actor": "SDN", "root": "19"}).json()
    e = shelling["items"][0]
    assert e["source_label"] == "Sudanese military" and e["target_label"] == "Chad"
    assert e["cameo_label"].startswith("Clash using artillery")
    detail = httpx.get(server + f"/api/events/{e['id']}").json()
    assert detail["source_label"] == "Sudanese military"
    stats = httpx.get(server + "/api/stats", params={"top": 2}).json()
    assert len(stats["dyads"]) == 2 and all(d["source_label"] for d in stats["dyads"])
    countries = {c["place_country"]: c for c in stats["by_country"]}
    assert countries["TCD"]["name"] == "Chad" and countries["TCD"]["n"] >= 1
    assert sum(c["n"] for c in stats["by_country"]) >= sum(p["n"] for p in stats["places"])
    r = httpx.get(server + "/api/stats", params={"top": 0})
    assert r.status_code == 422 and r.json()["reason"] == "bad-parameter"


@pytest.mark.slow
def test_every_table_column_sorts_both_ways(server):
    every = httpx.get(server + "/api/events", params={"limit": 100}).json()["items"]
    descending = {"source": False, "-source": True, "cameo": False, "-cameo": True,
                  "mentions": True, "-mentions": False, "sources": True, "-sources": False}
    columns = {"source": "source_code", "cameo": "cameo", "mentions": "num_mentions",
               "sources": "num_sources"}
    for sort, down in descending.items():
        column = columns[sort.lstrip("-")]
        r = httpx.get(server + "/api/events", params={"limit": 100, "sort": sort})
        assert r.status_code == 200, (sort, r.text)
        values = [e[column] for e in r.json()["items"]]
        assert sorted(values) == sorted(e[column] for e in every)
        assert values == sorted(values, reverse=down), (sort, values)


@pytest.mark.slow
def test_codebook_and_status(server):
    book = httpx.get(server + "/api/codebook").json()
    roots = {r["code"]: r["label"] for r in book["roots"]}
    assert len(roots) == 20 and roots["19"] == "Conventional fighting"
    assert "ASSAULT" in book["plover"] and book["quad_classes"]["4"] == "Material conflict"
    assert book["countries"]["SDN"] == {"name": "Sudan", "numeric": "729"}
    assert httpx.get(server + "/api/status").json() == {"store": True}
    assert httpx.get(server + "/api/basemap").status_code == 404


def test_serve_refuses_a_store_named_but_missing(tmp_path):
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "eventwire", "serve", "--db",
                        str(tmp_path / "typo.duckdb"), "--port", "1"], capture_output=True,
                       text=True, timeout=120, cwd=tmp_path)
    assert r.returncode != 0 and "no such event store" in r.stderr and "Traceback" not in r.stderr

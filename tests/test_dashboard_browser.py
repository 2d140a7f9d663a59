"""The dashboard in real headless Chromium, under the server's CSP, over a store of fourteen short
wire stories (tests/fixtures/dashboard-articles.jsonl: January, February and May 2024, so the
timeline has an empty March and April): the timeline's time axis and brush, the directed
network and its top-N control, the map's outlines and shading, paging and sorting, the empty
filter, deep links, the trigger inside its source phrase, and a server without a store.
Screenshots go to tests/artifacts/ (skipped with a message where Chromium is not installed)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import httpx
import pytest
from live_server import make_store, start, wait

pytestmark = pytest.mark.slow

ARTIFACTS = Path(__file__).parent / "artifacts"
CORPUS = Path(__file__).parent / "fixtures" / "dashboard-articles.jsonl"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dashboard")
    articles = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    running = start(make_store(tmp, articles), tmp)
    yield running.base
    running.stop()


def api(base: str, path: str, **params) -> dict:
    r = httpx.get(base + path, params=params, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()


def errors(browser) -> list[dict]:
    """Console messages of level SEVERE since the last call (CSP refusals are among them)."""
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def settle(browser) -> None:
    """Wait until the state in the URL hash is on screen (main.js marks it on <body>)."""
    wait(lambda: browser.execute_script(
        "return document.body.dataset.ready !== undefined && "
        "document.body.dataset.ready === location.hash"))


def open_at(browser, base: str, fragment: str = "") -> None:
    browser.get(f"{base}/{fragment}")
    settle(browser)


def text_of(browser, selector: str) -> str:
    from selenium.webdriver.common.by import By

    return browser.find_element(By.CSS_SELECTOR, selector).text


def boxes(browser, selector: str) -> list[dict]:
    """Every element's screen box and <title>, through the page's own DOM."""
    return browser.execute_script("""
        return [...document.querySelectorAll(arguments[0])].map((el) => {
          const b = el.getBoundingClientRect();
          const t = el.querySelector('title');
          return {left: b.left, right: b.right, top: b.top, bottom: b.bottom,
                  title: t ? t.textContent : '', code: el.dataset.code || null,
                  width: el.getAttribute('stroke-width')};
        });""", selector)


def test_the_timeline_is_a_time_axis_with_gaps_and_a_legend(server, browser):
    errors(browser)
    open_at(browser, server)
    bars = [b for b in boxes(browser, "#timeline svg.plot rect") if b["title"]]
    assert bars, "no bars"
    # weekly bars (the corpus spans 136 days); the empty weeks of March and April keep their room
    feb = max(b["right"] for b in bars if "2024-02" in b["title"] or "2024-01-29" in b["title"])
    may = min(b["left"] for b in bars if "2024-05" in b["title"])
    week = min(b["right"] - b["left"] for b in bars)
    assert may - feb > 9 * week, (feb, may, week)  # 14 weeks from Feb 12 to May 13, less slack
    legend = text_of(browser, "#timeline .plot-swatches")
    for name in ("Verbal cooperation", "Material cooperation", "Verbal conflict",
                 "Material conflict"):
        assert name in legend
    axis = text_of(browser, "#timeline svg.plot")
    assert "events per week" in axis and "Mar" in axis and "Apr" in axis
    total = api(server, "/api/stats")["totals"]["events"]
    assert sum(int(b["title"].split(": ")[1].split()[0]) for b in bars) == total
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "dashboard-overview.png"))
    assert errors(browser) == []


def test_brushing_the_timeline_sets_the_date_filter(server, browser):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    open_at(browser, server)
    bars = [b for b in boxes(browser, "#timeline svg.plot rect") if "2024-05" in b["title"]]
    start_x = min(b["left"] for b in bars) - 2
    end_x = max(b["right"] for b in bars) + 2
    y = (bars[0]["top"] + bars[0]["bottom"]) / 2
    svg = browser.find_element(By.CSS_SELECTOR, "#timeline svg.plot")
    r = svg.rect
    cx, cy = r["x"] + r["width"] / 2, r["y"] + r["height"] / 2
    (ActionChains(browser).move_to_element_with_offset(svg, int(start_x - cx), int(y - cy))
     .click_and_hold().move_by_offset(int(end_x - start_x) // 2, 0)
     .move_by_offset(int(end_x - start_x) - int(end_x - start_x) // 2, 0).release().perform())
    wait(lambda: "since=" in browser.current_url)
    settle(browser)
    since = browser.find_element(By.NAME, "since").get_attribute("value")
    until = browser.find_element(By.NAME, "until").get_attribute("value")
    assert since == "2024-05-13" and date.fromisoformat(until) >= date(2024, 5, 23), (since, until)
    expected = api(server, "/api/events", since=since, until=until)["total"]
    assert 0 < expected < api(server, "/api/events")["total"]
    assert text_of(browser, "#summary").startswith(f"{expected} events")
    assert f"of {expected}" in text_of(browser, "#pager")
    dates = [row.text.split()[0] for row in
             browser.find_elements(By.CSS_SELECTOR, "#table tbody tr")]
    assert dates and all(since <= d <= until for d in dates)


def test_the_network_is_directed_weighted_and_named(server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    errors(browser)
    open_at(browser, server, "#events?top=50")
    dyads = api(server, "/api/stats", top=50)["dyads"]
    edges = browser.find_elements(By.CSS_SELECTOR, "#network g.edge")
    assert len(edges) == len(dyads) > 10
    assert len(browser.find_elements(By.CSS_SELECTOR, "#network g.edge path.arrow")) == len(edges)
    # direction: Sudanese military → Chad, never the other way round
    pairs = {(e.get_attribute("data-source"), e.get_attribute("data-target")) for e in edges}
    assert ("SDNMIL", "TCD") in pairs and ("TCD", "SDNMIL") not in pairs
    # width by count: the busiest pair is drawn the widest
    widths = {(d["source_code"], d["target_code"]): d["n"] for d in dyads}
    drawn = browser.execute_script("""return [...document.querySelectorAll('#network g.edge')].map(
        (g) => [g.dataset.source, g.dataset.target,
                +g.querySelector('path').getAttribute('stroke-width')]);""")
    busiest = max(widths.values())
    for s, t, w in drawn:
        assert (w == max(x[2] for x in drawn)) == (widths[(s, t)] == busiest), (s, t, w)
    labels = [t.text for t in browser.find_elements(By.CSS_SELECTOR, "#network .node text")]
    assert "Sudanese military" in labels and "African Union" in labels
    assert not any(label in ("GOV", "MIL") or label.isupper() for label in labels), labels
    Select(browser.find_element(By.ID, "top")).select_by_visible_text("10")
    wait(lambda: "top=10" in browser.current_url)
    settle(browser)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#network g.edge")) == 10
    node = browser.find_elements(By.CSS_SELECTOR, "#network .node")[0]
    code = node.get_attribute("data-code")
    node.find_element(By.TAG_NAME, "circle").click()
    wait(lambda: f"actor={code}" in browser.current_url)
    settle(browser)
    assert browser.find_element(By.NAME, "actor").get_attribute("value") == code
    assert text_of(browser, "#summary").startswith(
        f"{api(server, '/api/events', actor=code)['total']} events")
    assert errors(browser) == []


def test_the_map_draws_outlines_and_shades_country_level_events(server, browser):
    from selenium.webdriver.common.by import By

    open_at(browser, server)
    stats = api(server, "/api/stats")
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map path.country")) > 200
    shaded = {e.get_attribute("data-code")
              for e in browser.find_elements(By.CSS_SELECTOR, "#map path.country.shaded")}
    assert shaded == {c["place_country"] for c in stats["by_country"]}
    # "An Israeli air strike hit a house in southern Lebanon": a country, no coordinates
    located = {p["place_country"] for p in stats["places"]}
    assert "LBN" in shaded and "TCD" in shaded and "LBN" in {c["place_country"] for c in
                                                            stats["by_country"]}
    assert len(browser.find_elements(By.CSS_SELECTOR, "#map circle.place")) == len(stats["places"])
    assert located <= shaded
    assert browser.find_elements(By.CSS_SELECTOR, "#map path.borders")
    assert "in a country only" in text_of(browser, "#map-note")
    assert browser.find_elements(By.CSS_SELECTOR, "#map-legend svg")
    browser.find_element(By.CSS_SELECTOR, '#map path.country.shaded[data-code="TCD"]').click()
    wait(lambda: "place=TCD" in browser.current_url)
    settle(browser)
    assert text_of(browser, "#summary").startswith(
        f"{api(server, '/api/events', place='TCD')['total']} events")


def test_the_table_pages_sorts_and_names_its_codes(server, browser):
    from selenium.webdriver.common.by import By

    open_at(browser, server, "#events?size=25")
    total = api(server, "/api/events")["total"]
    assert total > 25
    assert f"Events 1–25 of {total}" in text_of(browser, "#pager")
    first_page = [r.get_attribute("data-id") for r in
                  browser.find_elements(By.CSS_SELECTOR, "#table tbody tr")]
    browser.find_element(By.CSS_SELECTOR, "#pager button.next").click()
    wait(lambda: "page=2" in browser.current_url)
    settle(browser)
    assert f"Events 26–{total} of {total}" in text_of(browser, "#pager")
    second_page = [r.get_attribute("data-id") for r in
                   browser.find_elements(By.CSS_SELECTOR, "#table tbody tr")]
    assert len(first_page) + len(second_page) == total
    assert not set(first_page) & set(second_page)
    browser.find_element(By.CSS_SELECTOR, 'th[data-sort="goldstein"] button').click()
    wait(lambda: "sort=goldstein" in browser.current_url)
    settle(browser)
    assert "page=" not in browser.current_url
    cells = [float(c.text) for c in
             browser.find_elements(By.CSS_SELECTOR, "#table tbody tr td:nth-child(6)")]
    assert cells == sorted(cells) and cells[0] == -10
    assert browser.find_element(By.CSS_SELECTOR, 'th[data-sort="goldstein"]').get_attribute(
        "aria-sort") == "ascending"
    table = text_of(browser, "#table")
    assert "Clash using artillery and tanks" in table and "Sudanese military" in table


def test_an_empty_filter_clears_the_detail_and_says_so(server, browser):
    from selenium.webdriver.common.by import By

    errors(browser)
    open_at(browser, server)
    browser.find_elements(By.CSS_SELECTOR, "#table tbody tr")[0].click()
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#detail li"))
    settle(browser)
    box = browser.find_element(By.NAME, "actor")
    box.clear()
    box.send_keys("ZZZ")
    browser.find_element(By.ID, "apply").click()
    wait(lambda: "actor=ZZZ" in browser.current_url)
    settle(browser)
    assert "event=" not in browser.current_url
    assert text_of(browser, "#summary").startswith("0 events")
    assert browser.find_elements(By.CSS_SELECTOR, "#detail li") == []
    assert "No events match these filters" in text_of(browser, "#detail")
    assert "No events match these filters" in text_of(browser, "#table tbody")
    assert "No dated events" in text_of(browser, "#timeline")
    assert "No source–target pairs" in text_of(browser, "#network")
    assert "No located events" in text_of(browser, "#map")
    assert "Events 0–0 of 0" in text_of(browser, "#pager")
    browser.save_screenshot(str(ARTIFACTS / "dashboard-empty.png"))
    browser.find_element(By.ID, "clear").click()
    wait(lambda: "actor=" not in browser.current_url)
    settle(browser)
    assert browser.find_elements(By.CSS_SELECTOR, "#table tbody tr[data-id]")
    assert errors(browser) == []


def test_every_view_has_a_deep_link(server, browser):
    from selenium.webdriver.common.by import By

    open_at(browser, server, "#article")
    assert browser.find_element(By.ID, "article").is_displayed()
    assert not browser.find_element(By.ID, "events").is_displayed()
    assert "active" in browser.find_element(
        By.CSS_SELECTOR, '.tab[data-tab="article"]').get_attribute("class")
    shelling = api(server, "/api/events", actor="SDN", root="19")["items"][0]
    link = f"#events?actor=SDN&root=19&sort=mentions&event={shelling['id']}"
    open_at(browser, server, link)
    assert browser.find_element(By.ID, "events").is_displayed()
    assert browser.find_element(By.NAME, "actor").get_attribute("value") == "SDN"
    assert browser.find_element(By.NAME, "root").get_attribute("value") == "19"
    assert "Sudanese military" in text_of(browser, "#detail h2")
    rows = browser.find_elements(By.CSS_SELECTOR, "#table tbody tr.selected")
    assert [r.get_attribute("data-id") for r in rows] == [shelling["id"]]
    browser.refresh()
    settle(browser)
    assert "Sudanese military" in text_of(browser, "#detail h2")
    browser.find_element(By.CSS_SELECTOR, '.tab[data-tab="article"]').click()
    settle(browser)
    browser.back()
    settle(browser)
    assert browser.find_element(By.ID, "events").is_displayed()
    assert "Sudanese military" in text_of(browser, "#detail h2")


def test_the_trigger_is_marked_inside_its_source_phrase(server, browser):
    from selenium.webdriver.common.by import By

    errors(browser)
    found = api(server, "/api/events", actor="RUS", code="194")["items"]
    assert found, "the corpus's 'Russian shelling of Kharkiv' is coded 194 by RUS"
    open_at(browser, server, f"#events?actor=RUS&event={found[0]['id']}")
    source = browser.find_element(By.CSS_SELECTOR, "#detail .evidence mark.source")
    assert source.text == "Russian shelling"
    inner = browser.find_elements(By.CSS_SELECTOR, "#detail .evidence mark.source mark.trigger")
    assert [m.text for m in inner] == ["shelling"]
    browser.save_screenshot(str(ARTIFACTS / "dashboard-event.png"))
    assert errors(browser) == []


def test_without_a_store_only_the_article_view_is_served(tmp_path, browser):
    from selenium.webdriver.common.by import By

    bare = start(None, tmp_path)
    try:
        assert "no event store" in bare.log.read_text()
        r = httpx.get(bare.base + "/api/events")
        assert r.status_code == 503 and r.json()["reason"] == "no-store"
        assert httpx.get(bare.base + "/api/status").json() == {"store": False}
        errors(browser)
        open_at(browser, bare.base, "#events")
        assert browser.find_element(By.ID, "no-store").is_displayed()
        assert "only the Article view" in text_of(browser, "#no-store")
        assert browser.find_element(By.ID, "article").is_displayed()
        assert not browser.find_element(By.ID, "events").is_displayed()
        assert not browser.find_element(By.CSS_SELECTOR, '.tab[data-tab="events"]').is_displayed()
        browser.find_element(By.ID, "text").send_keys(
            "Russian shelling of Kharkiv killed two people on Thursday, Ukrainian officials "
            "said.")
        browser.find_element(By.ID, "code").click()
        actors = wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#raw mark.actor"),
                      timeout=120)
        assert "Russian shelling" in [a.text for a in actors]
        nested = browser.find_elements(By.CSS_SELECTOR, "#raw mark.actor mark.trigger")
        assert [m.text for m in nested] == ["shelling"]
        browser.save_screenshot(str(ARTIFACTS / "dashboard-no-store.png"))
        assert errors(browser) == []
    finally:
        bare.stop()

"""The dashboard and /docs in real headless Chromium with the server's Content-Security-Policy
on: no console errors; a stored `javascript:` or `data:` URL is never a link; a server with a
token asks for it and then works (skipped with a message where Chromium is not installed)."""

from __future__ import annotations

import httpx
import pytest
from live_server import make_store, start, wait

pytestmark = pytest.mark.slow

TOKEN = "browser-token-0123456789abcdef"


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("sec-browser")
    db = make_store(tmp)
    plain = start(db, tmp)
    guarded = start(db, tmp, env={"EVENTWIRE_TOKEN": TOKEN})
    yield plain, guarded
    plain.stop()
    guarded.stop()


def errors(browser) -> list[dict]:
    """Console messages of level SEVERE since the last call (CSP violations are among them)."""
    return [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]


def open_event(browser, base: str, actor: str):
    from selenium.webdriver.common.by import By

    browser.get(base + "/")
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#table tbody tr"))
    rows = [r for r in browser.find_elements(By.CSS_SELECTOR, "#table tbody tr")
            if actor in r.text]
    assert rows, f"no row for {actor}"
    rows[0].click()
    return wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#detail li"))


def test_the_dashboard_runs_under_the_csp_without_console_errors(servers, browser):
    from selenium.webdriver.common.by import By

    plain, _ = servers
    csp = httpx.get(plain.base + "/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe" not in csp
    errors(browser)  # start clean
    browser.get(plain.base + "/")
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#table tbody tr"))
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#map circle.place"))
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline rect")
    for n in range(len(browser.find_elements(By.CSS_SELECTOR, "#table tbody tr"))):
        browser.find_elements(By.CSS_SELECTOR, "#table tbody tr")[n].click()
        wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#detail li"))
    browser.find_element(By.CSS_SELECTOR, '.tab[data-tab="article"]').click()
    browser.find_element(By.ID, "text").send_keys("Egypt accused Ethiopia on Tuesday of "
                                                  "filling the dam without an agreement.")
    browser.find_element(By.ID, "code").click()
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#raw mark.trigger"), timeout=120)
    assert errors(browser) == []


@pytest.mark.parametrize("actor, label", [("SDN", "Example Wire"), ("EGY", "Data Wire")])
def test_a_stored_script_url_is_text_not_a_link(servers, browser, actor, label):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    plain, _ = servers
    items = open_event(browser, plain.base, actor)
    assert label in items[0].text
    links = browser.find_elements(By.CSS_SELECTOR, "#detail a")
    assert links == [], [a.get_attribute("href") for a in links]
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018


def test_an_http_url_is_a_link(servers, browser):
    from selenium.webdriver.common.by import By

    plain, _ = servers
    open_event(browser, plain.base, "KEN")
    links = browser.find_elements(By.CSS_SELECTOR, "#detail a")
    assert [a.get_attribute("href") for a in links] == ["https://wire.example/2024/03/14/kenya"]
    assert links[0].get_attribute("rel") == "noopener noreferrer"


def test_docs_render_offline_under_the_csp(servers, browser):
    from selenium.webdriver.common.by import By

    plain, _ = servers
    errors(browser)
    browser.get(plain.base + "/docs")
    ops = wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path"))
    paths = {o.text.replace("\u200b", "") for o in ops}
    assert {"/api/code", "/api/events", "/api/stats"} <= paths, paths
    assert errors(browser) == []


def test_a_server_with_a_token_asks_for_it(servers, browser):
    from selenium.webdriver.common.by import By

    _, guarded = servers
    browser.get(guarded.base + "/")
    browser.execute_script("sessionStorage.clear()")
    browser.get(guarded.base + "/")
    wait(lambda: browser.find_element(By.ID, "login").is_displayed())
    assert not browser.find_elements(By.CSS_SELECTOR, "#table tbody tr")
    browser.find_element(By.ID, "token").send_keys(TOKEN)
    browser.find_element(By.CSS_SELECTOR, "#login button").click()
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, "#table tbody tr"))
    assert not browser.find_element(By.ID, "login").is_displayed()
    errors(browser)  # the 401s before the token was given are console errors of their own

"""POST /api/code's worker processes (web/workers.py): an InputError raised inside the coder
comes back as the same kind of error with its reason and message; an article past the budget
is abandoned, its worker replaced, and the next article coded; a request that finds the worker
busy for too long gets Busy (503)."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from eventwire.errors import InputError, TimeBudgetError
from eventwire.guard import make_article
from eventwire.web.workers import Busy, CodingPool

pytestmark = pytest.mark.slow


class OddError(InputError):
    reason = "odd-kind"


class Refusing:
    """The real coder (loaded with the worker), except that an article naming Chile raises
    the coder's own time-budget error, one naming Togo an InputError of a kind errors.py does
    not have, one naming Peru never ends, and one naming Mali meets a bug. A worker process
    calls it as its coder factory."""

    def __init__(self) -> None:
        from eventwire import Coder

        self.real = Coder()

    def code_many(self, articles):
        for art in articles:
            if "Chile" in art.raw:
                raise TimeBudgetError("over its time budget of 30 s", record="an article")
            if "Togo" in art.raw:
                raise OddError("refused for a reason of its own")
            if "Peru" in art.raw:
                time.sleep(600)
            if "Mali" in art.raw:
                raise ValueError("a bug in the coder")
            yield from self.real.code_many([art])


def article(text: str):
    return make_article(text, date="2024-05-06", max_chars=10_000)


def test_errors_budget_and_replacement():
    async def scenario() -> None:
        pool = CodingPool(workers=1, budget=2.0, coder_factory=Refusing)
        try:
            doc = json.loads(await pool.code(article("Kenya praised Uganda on Monday.")))
            assert doc["events"][0]["source"]["code"] == "KEN"

            with pytest.raises(TimeBudgetError) as raised:
                await pool.code(article("Kenya praised Chile on Monday."))
            assert raised.value.reason == "time-budget"
            assert str(raised.value) == "an article: over its time budget of 30 s"

            with pytest.raises(InputError) as raised:
                await pool.code(article("Kenya praised Togo on Monday."))
            assert raised.value.reason == "odd-kind"
            assert "a reason of its own" in str(raised.value)

            t0 = time.perf_counter()
            with pytest.raises(TimeBudgetError, match="budget of 2 s"):
                await pool.code(article("Kenya praised Peru on Monday."))
            assert 2.0 <= time.perf_counter() - t0 < 8

            doc = json.loads(await pool.code(article("Ghana praised Uganda on Monday.")))
            assert doc["events"][0]["source"]["code"] == "GHA"  # a fresh worker

            pool.wait = 0.5
            slow = asyncio.ensure_future(pool.code(article("Kenya praised Peru on Monday.")))
            await asyncio.sleep(0.2)
            t0 = time.perf_counter()
            with pytest.raises(Busy):
                await pool.code(article("Kenya praised Uganda on Monday."))
            assert time.perf_counter() - t0 < 2
            with pytest.raises(TimeBudgetError):
                await slow
        finally:
            pool.close()

    asyncio.run(scenario())


def test_the_api_answers_each_outcome_as_json(tmp_path):
    import warnings

    from eventwire.store import Store
    from eventwire.web.app import ServerSettings, create_app

    with warnings.catch_warnings():  # its import warns that starlette prefers httpx2
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with Store(tmp_path / "events.duckdb"):
        pass
    app = create_app(tmp_path / "events.duckdb", ServerSettings(code_timeout=2.0),
                     coder_factory=Refusing)
    # raise_server_exceptions stays on: an exception that got out of the app would fail here
    with TestClient(app, base_url="http://127.0.0.1") as client:
        def post(text: str):
            return client.post("/api/code", json={"text": text, "date": "2024-05-06"})

        r = post("Kenya praised Uganda on Monday.")
        assert r.status_code == 200 and r.json()["events"][0]["source"]["code"] == "KEN"
        for text, status, reason in (("Kenya praised Chile.", 422, "time-budget"),
                                     ("Kenya praised Togo.", 422, "odd-kind"),
                                     ("Kenya praised Mali.", 500, "internal"),
                                     ("Kenya praised Peru.", 422, "time-budget")):
            r = post(text)
            assert r.status_code == status and r.json()["reason"] == reason, r.text
            assert "a bug in the coder" not in r.text and "Traceback" not in r.text
        r = post("Ghana praised Uganda on Monday.")
        assert r.status_code == 200 and r.json()["events"][0]["source"]["code"] == "GHA"

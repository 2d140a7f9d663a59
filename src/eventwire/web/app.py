"""The HTTP API (FastAPI) and the dashboard, one process.

    POST /api/code            {"text", "date"?, "url"?, "title"?, "source"?, "id"?} → the article's
                              event record JSON; the body is checked by the same validator as
                              every JSONL record (validate.py): 422 with the reason otherwise;
                              coded in a worker process within a time budget (workers.py)
    GET  /api/events          filters: actor, root, code, plover, since, until, place, modality;
                              limit, offset, sort (Store.SORTS: date, -date, mentions, source,
                              ...); each item with readable labels (labels.py)
    GET  /api/events/{id}     one event with its mentions and their sentences
    GET  /api/actors          actors by number of events, with mean Goldstein
    GET  /api/stats           counts by day and quad class, by PLOVER type, the top dyads
                              (`top`), located places, events by country
    GET  /api/series          counts, Goldstein sums and quad classes per actor or dyad per day,
                              week or month: by, every, top, fill and the filters of /api/events
    GET  /api/codebook        CAMEO roots, PLOVER types, quad classes, countries (for filters
                              and the map's outlines)
    GET  /api/status          whether this server has an event store
    GET  /                    the dashboard (static files shipped in the package; web/static/
                              js for its modules, vendor/ for the libraries it draws with)
    GET  /docs                Swagger UI, from the assets of the installed fastapi-offline package

Without a store (`eventwire serve` with no events.duckdb) the server codes pasted articles only:
the data endpoints answer 503 `no-store` and the dashboard shows its Article view alone.

Safe by default (security.py, workers.py): the store is opened sealed (read-only, no files, no
network, no extensions: store.SEALED), every filter is a bound SQL parameter, the Host header
must name this server, a token guards /api/* when the server has one, request bodies are
counted as they arrive, coding cannot stall reads, every response carries a strict
Content-Security-Policy, and every error is JSON with a stable message: never DuckDB's text, never
a traceback (those go to the server's log).
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect

from .. import guard
from ..errors import DecodeError, EventwireError, InputError, ModelError, StoreError
from ..store import Store
from ..validate import check_date, load_json, normalise_text, record_fields
from .labels import labels
from .security import ASGIApp, Protect, Receive, Scope, Send, allowed_hosts
from .workers import Busy, CodingPool, default_coder

STATIC = Path(__file__).parent / "static"
MAX_BODY = 1_000_000
MAX_FILTER = 200  # characters in one filter value
MAX_SERIES_ROWS = 100_000  # rows in one /api/series answer
log = logging.getLogger("eventwire.web")


@dataclass(frozen=True, slots=True)
class ServerSettings:
    """What `eventwire serve` sets, with its defaults."""

    bind: str = "127.0.0.1"              # the address served on (a specific one is an allowed Host)
    allowed_hosts: tuple[str, ...] = ()  # Host names accepted besides the loopback ones
    token: str | None = None             # when set, /api/* needs `Authorization: Bearer <token>`
    max_body: int = MAX_BODY             # bytes in one request body
    code_timeout: float = 20.0           # seconds of coding per POST /api/code
    code_workers: int = 1                # coding processes (each loads the model once)
    max_chars: int = guard.MAX_CHARS     # characters in one article


class CodeRequest(BaseModel):
    """The body of POST /api/code, for the OpenAPI schema; the checks are validate.py's."""

    text: str = Field(description="The article, as raw text.")
    date: str | None = Field(None, description="Publication date, YYYY-MM-DD (a calendar day).")
    url: str | None = None
    title: str | None = None
    source: str | None = None
    id: str | None = None


def create_app(db: Path | None, settings: ServerSettings | None = None, *,
               coder_factory=default_coder) -> ASGIApp:
    """The API and dashboard as an ASGI app, behind the checks of security.py."""
    settings = settings or ServerSettings()
    pool = CodingPool(workers=settings.code_workers, budget=settings.code_timeout,
                      coder_factory=coder_factory)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        pool.close()
        if store.cache_info().currsize:  # let go of the store file when the server stops
            store().close()
            store.cache_clear()

    app = FastAPI(title="eventwire", version="0.1.0", lifespan=lifespan, docs_url=None,
                  redoc_url=None, max_body_size=settings.max_body,
                  description="Political event data from news text, with evidence.")

    @lru_cache(maxsize=1)
    def store() -> Store:
        if db is None:
            raise _NoStore("no event store: start the server with --db events.duckdb")
        return Store(db, sealed=True)

    def cursor() -> Store:
        return store().view()

    _handlers(app, settings)

    @app.post("/api/code", openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": CodeRequest.model_json_schema()}}}})
    async def code(request: Request) -> Response:
        """Code one article: the JSON of docs/event-record.md."""
        where = "request body"
        body = await request.body()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise DecodeError("not UTF-8 JSON", record=where) from None
        art = guard.make_article(**record_fields(load_json(text, where=where), where=where),
                                 max_chars=settings.max_chars)
        return Response(await pool.code(art), media_type="application/json")

    @app.get("/api/events")
    def events(filters: Filters, limit: int = Query(50, ge=1, le=1000),
               offset: int = Query(0, ge=0, le=10**9),
               sort: str = Query("date", max_length=MAX_FILTER)) -> Any:
        if sort not in Store.SORTS:
            return _error(400, f"unknown sort {normalise_text(sort)!r}; use one of "
                          f"{', '.join(Store.SORTS)}", "bad-parameter")
        total, items = cursor().search(limit=limit, offset=offset, sort=sort, **filters)
        return {"total": total, "limit": limit, "offset": offset,
                "items": [_labelled(e) for e in items]}

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> Any:
        found = cursor().event(event_id) if len(event_id) <= MAX_FILTER else None
        if found is None:
            return _error(404, f"no event {normalise_text(event_id[:64])!r}", "not-found")
        return _labelled(found)

    @app.get("/api/actors")
    def actors(limit: int = Query(100, ge=1, le=1000)) -> list[dict[str, Any]]:
        return cursor().actors_summary(limit)

    @app.get("/api/stats")
    def stats(filters: Filters, top: int = Query(60, ge=1, le=1000)) -> dict[str, Any]:
        """Counts for the dashboard's charts; `top` dyads, the most frequent first."""
        found = cursor().stats(top=top, **filters)
        names = labels()
        for d in found["dyads"]:
            d["source_label"], d["target_label"] = (names.actor(d["source_code"]),
                                                    names.actor(d["target_code"]))
        for c in found["by_country"]:
            c["name"] = names.countries.get(c["place_country"], {}).get("name")
        return found

    @app.get("/api/series")
    def series(filters: Filters, by: Literal["actor", "dyad"] = "dyad",
               every: Literal["day", "week", "month"] = "week",
               top: int | None = Query(None, ge=1, le=10_000),
               fill: bool = True) -> dict[str, Any]:
        """The table of `eventwire series`: one row per key and period (its first day)."""
        cols, rows = cursor().series(by=by, every=every, fill=fill, top=top,
                                     limit=MAX_SERIES_ROWS + 1, **filters)
        if len(rows) > MAX_SERIES_ROWS:  # refused before the rest is ever fetched
            return _error(422, f"more rows than the limit of {MAX_SERIES_ROWS:,} for one "
                          "response; narrow the dates, use top, a longer period or fill=false",
                          "too-large")
        return {"by": by, "every": every, "columns": cols, "rows": rows}

    @app.get("/api/codebook")
    def codebook() -> dict[str, Any]:
        """Names for the codes: CAMEO roots, PLOVER types, quad classes, countries with their
        ISO 3166 numeric code (the key of the map's outlines)."""
        return labels().codebook()

    @app.get("/api/status")
    def status() -> dict[str, Any]:
        """Whether this server has an event store (without one it codes pasted text only)."""
        return {"store": db is not None}

    swagger = _swagger_assets()
    if swagger is not None:
        app.mount("/static/swagger", StaticFiles(directory=swagger), name="swagger")

        @app.get("/docs", include_in_schema=False)
        def docs() -> FileResponse:
            return FileResponse(STATIC / "docs.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    hosts = allowed_hosts(settings.allowed_hosts, settings.bind)
    return Protect(_Contained(app), hosts=hosts, token=settings.token,
                   max_body=settings.max_body)


def event_filters(actor: str | None = Query(None, max_length=MAX_FILTER),
                  root: str | None = Query(None, max_length=MAX_FILTER),
                  code: str | None = Query(None, max_length=MAX_FILTER),
                  plover: str | None = Query(None, max_length=MAX_FILTER),
                  since: str | None = Query(None, max_length=MAX_FILTER),
                  until: str | None = Query(None, max_length=MAX_FILTER),
                  place: str | None = Query(None, max_length=MAX_FILTER),
                  modality: str | None = Query(None, max_length=MAX_FILTER)
                  ) -> dict[str, str | None]:
    """The filters of /api/events, /api/stats and /api/series, each a bound SQL parameter."""
    return _filters(actor=actor, root=root, code=code, plover=plover, since=since, until=until,
                    place=place, modality=modality)


Filters = Annotated[dict, Depends(event_filters)]


def _filters(**values: str | None) -> dict[str, str | None]:
    """Filter values normalised as every other text at the boundary; dates checked by the
    validator's own calendar rule (a 422 naming the parameter, not DuckDB's cast error)."""
    out = {k: normalise_text(v) if v else None for k, v in values.items()}
    for name in ("since", "until"):
        if name in out:
            out[name] = check_date(out[name], label=name, where="query parameter")
    return out


class _NoStore(StoreError):
    """A data endpoint asked of a server started without an event store."""


def _labelled(event: dict[str, Any]) -> dict[str, Any]:
    """An event with readable names beside its codes."""
    names = labels()
    return dict(event, source_label=names.actor(event.get("source_code")),
                target_label=names.actor(event.get("target_code")),
                cameo_label=names.event(event.get("cameo")))


def _error(status: int, message: str, reason: str, headers: dict[str, str] | None = None
           ) -> JSONResponse:
    return JSONResponse({"error": normalise_text(message), "reason": reason}, status,
                        headers=headers)


def _handlers(app: FastAPI, settings: ServerSettings) -> None:
    """Every error as JSON `{"error", "reason"}` with a stable message."""

    @app.exception_handler(InputError)
    async def bad_input(_request: Request, exc: InputError):
        return _error(422, str(exc), exc.reason)

    @app.exception_handler(Busy)
    async def busy(_request: Request, exc: Busy):
        return _error(503, f"the server is busy coding other articles ({exc}); try again",
                      "busy", {"Retry-After": "5"})

    @app.exception_handler(ModelError)
    async def no_model(_request: Request, exc: ModelError):
        log.error("coding worker: %s", exc)
        return _error(503, "the coder is not available on this server", "no-coder")

    @app.exception_handler(_NoStore)
    async def no_store(_request: Request, exc: _NoStore):
        return _error(503, "this server has no event store (start it with --db events.duckdb); "
                      "only POST /api/code works", "no-store")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError):
        log.error("%s %s: %s", request.method, request.url.path, exc)
        return _error(500, "the event store could not answer this request", "store")

    @app.exception_handler(EventwireError)
    async def known_error(_request: Request, exc: EventwireError):
        return _error(400, str(exc), "bad-request")

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(_request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{' '.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: "
                             f"{e.get('msg', 'invalid')}" for e in exc.errors()[:5])
        return _error(422, problems, "bad-parameter")

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, exc: HTTPException):
        if exc.status_code == 413:  # FastAPI's body limit, counted on the bytes received
            return _error(413, f"request body over {settings.max_body:,} bytes", "too-large")
        reason = {404: "not-found", 405: "bad-method"}.get(exc.status_code, "bad-request")
        return _error(exc.status_code, str(exc.detail), reason, exc.headers)

    @app.exception_handler(Exception)
    async def unknown_error(_request: Request, exc: Exception):
        return _error(500, "internal error (the server's log has the details)", "internal")


class _Contained:
    """Starlette answers an unhandled exception with the 500 above and then raises it again,
    and uvicorn answers that by closing the connection. Here it is logged, with its traceback,
    and goes no further: the client has its JSON 500 and its keep-alive connection. A client
    that left before sending its whole body is not an error of the server: nothing to answer,
    nothing logged (else each abandoned upload would write a traceback)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def sending(message: dict[str, Any]) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except ClientDisconnect:
            return
        except Exception:
            if scope["type"] != "http":
                raise
            log.exception("%s %s", scope.get("method"), scope.get("path"))
            if not started:
                await _error(500, "internal error (the server's log has the details)",
                             "internal")(scope, receive, send)


def _swagger_assets() -> Path | None:
    """Swagger UI's files as the fastapi-offline package ships them (no CDN), or None."""
    try:
        path = Path(str(resources.files("fastapi_offline") / "static"))
    except ModuleNotFoundError:
        return None
    return path if (path / "swagger-ui-bundle.js").is_file() else None


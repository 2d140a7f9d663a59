"""What every request passes before it reaches the API: an ASGI middleware, outermost.

    Host header     one of the allowed names (loopback by default, `--allowed-host` for more),
                    else 400: a page on another site that rebinds its DNS name to this machine
                    cannot read the API or drive POST /api/code
    Origin header   when a browser sends one, it must name an allowed host (a loopback name
                    on the port the request was sent to), else 403: a page elsewhere cannot
                    even send requests here (a form posted at 127.0.0.1 from another site, or
                    from another program's page on http://localhost:3000)
    token           when the server has one, every path but the dashboard's own files, /docs
                    and the schema (no data in them) needs `Authorization: Bearer <token>`,
                    else 401
    declared size   a Content-Length over the body limit is 413 before anything is read (the
                    bytes actually received are counted by FastAPI's own limit, `max_body_size`
                    in app.py: chunked bodies too, and reading stops at the limit, before
                    anything is parsed)
    headers         every response carries a Content-Security-Policy with no inline script,
                    nosniff, X-Frame-Options DENY and Referrer-Policy no-referrer

Every refusal here is a JSON body `{"error", "reason"}` like the API's own errors.
"""

from __future__ import annotations

import ipaddress
import json
import secrets
from collections.abc import Awaitable, Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
PUBLIC = frozenset({"/", "/docs", "/openapi.json"})
PUBLIC_UNDER = "/static/"
"""What a server with a token still shows without it: code and schema, no data."""


def is_loopback(host: str) -> bool:
    """Is this bind address or name on the loopback interface only?"""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The name in a Host header, without its port, lower case: 'Example.org:8000' →
    'example.org', '[::1]:8000' → '::1'."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else header
    name, colon, port = header.rpartition(":")
    name = name if colon and port.isdigit() else header
    return name.rstrip(".")


DEFAULT_PORTS = {"http": 80, "https": 443}


def origin_host(origin: str) -> str:
    """The host name of an Origin header ('http://[::1]:8000' → '::1'); '' for 'null' or
    anything that is no URL."""
    try:
        return (urlsplit(origin.strip()).hostname or "").rstrip(".")
    except ValueError:
        return ""


def same_port(origin: str, host_header: str) -> bool:
    """Does the page of this Origin run on the port the request was sent to (the Host header's,
    or the scheme's default)? Another local server ('http://localhost:3000', a dev server or a
    tool's web UI) is another site even on an allowed host name."""
    try:
        parts = urlsplit(origin.strip())
        port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return False
    if port is None:
        return False
    header = host_header.strip()
    tail = header.rsplit("]", 1)[-1] if header.startswith("[") else header
    _, colon, given = tail.rpartition(":")
    if colon and given.isdigit():
        return int(given) == port
    return port == DEFAULT_PORTS.get(parts.scheme.lower())


def allowed_hosts(extra: Iterable[str] = (), bind: str | None = None) -> frozenset[str]:
    """Loopback names, the bound address itself when it is a specific one, and `extra`."""
    names = set(LOOPBACK_NAMES) | {host_name(h) for h in extra if h.strip()}
    if bind and bind not in ("0.0.0.0", "::", ""):
        names.add(host_name(f"[{bind}]" if ":" in bind else bind))
    return frozenset(names)


class Protect:
    """The checks above, around `app`."""

    def __init__(self, app: ASGIApp, *, hosts: frozenset[str], token: str | None,
                 max_body: int) -> None:
        self.app, self.hosts, self.max_body = app, hosts, max_body
        self.token = token.encode() if token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":  # a websocket: the API has none, the handshake is refused
            await receive()
            await send({"type": "websocket.close", "code": 1008})
            return
        send = _with_headers(send)
        headers = dict(scope["headers"])  # names are lower case; a repeated one keeps its last
        hosts = [v for k, v in scope["headers"] if k == b"host"]
        if len(hosts) != 1 or host_name(hosts[0].decode("latin-1")) not in self.hosts:
            await _refuse(send, 400, "bad-host", "this server does not answer to that Host name "
                          "(start it with --allowed-host NAME to allow one)")
            return
        origin = headers.get(b"origin")
        if origin is not None and not self._origin_ok(origin.decode("latin-1"),
                                                      hosts[0].decode("latin-1")):
            await _refuse(send, 403, "bad-origin", "requests from pages of other sites are "
                          "refused (start the server with --allowed-host NAME to allow one)")
            return
        path = scope["path"]
        if self.token is not None and not (path in PUBLIC or path.startswith(PUBLIC_UNDER)):
            given = headers.get(b"authorization", b"")
            scheme, _, value = given.partition(b" ")
            if scheme.lower() != b"bearer" or not secrets.compare_digest(value.strip(),
                                                                         self.token):
                await _refuse(send, 401, "token", "this server needs its token: send "
                              "'Authorization: Bearer <token>'",
                              [(b"www-authenticate", b'Bearer realm="eventwire"')])
                return
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body:
            await _refuse(send, 413, "too-large", f"request body over {self.max_body:,} bytes")
            return
        await self.app(scope, receive, send)


    def _origin_ok(self, origin: str, host_header: str) -> bool:
        """An allowed host name; on a loopback name, also the port the request was sent to
        (other programs on this machine serve pages on other ports). A name given with
        --allowed-host is compared by name only: a reverse proxy may forward another port."""
        name = origin_host(origin)
        if name not in self.hosts:
            return False
        return not is_loopback(name) or same_port(origin, host_header)


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            names = {k.lower() for k, _ in message.get("headers", [])}
            message = dict(message, headers=[*message.get("headers", []), *(
                (k, v) for k, v in SECURITY_HEADERS if k not in names)])
        await send(message)

    return sending


async def _refuse(send: Send, status: int, reason: str, error: str,
                  headers: list[tuple[bytes, bytes]] | None = None) -> None:
    body = json.dumps({"error": error, "reason": reason}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *(headers or [])]})
    await send({"type": "http.response.body", "body": body})

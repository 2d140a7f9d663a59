"""POST /api/code runs in worker processes, with a time budget per request.

Coding is CPU work under the GIL: done in the server's own process, one slow article (a 15.6 KB
page of nested quotations took 28.6 s) slowed every read of the API twenty-fold. Here each
worker is a process of its own with its own model (loaded once, when the first article comes),
so the server's event loop and its GET handlers never wait on the coder. An article is given
`budget` seconds of coding; past that its worker is killed (nothing of the article is kept),
a fresh one is started in its place, and the request ends in `TimeBudgetError` (422,
`time-budget`). An `InputError` raised inside the coder (its own time budget, say) comes back
as the same kind of error, with its reason. A request that finds every worker busy waits up to
`wait` seconds for one, and then gets `Busy` (503): reads are never among the ones that wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import multiprocessing as mp
import os
import signal
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

import anyio.to_thread

from .. import errors
from ..errors import InputError, ModelError, TimeBudgetError
from ..records import Article

log = logging.getLogger("eventwire.web")

NICE = 10
"""How much lower the coding workers' CPU priority is than the server's."""

START_TIMEOUT = 300.0
"""Seconds a new worker may take to load the model before its first article."""


class Busy(Exception):
    """Every coding worker stayed busy for as long as a request may wait (503)."""


def default_coder():
    from ..coder import Coder

    return Coder()


class CodingPool:
    """`workers` coding processes, started when the first article comes; `close()` ends them.
    `coder_factory` is a module-level callable returning an object with `code_many` (the
    `Coder` by default): it is what each worker process calls once to load its model."""

    def __init__(self, *, workers: int = 1, budget: float = 20.0, wait: float | None = None,
                 coder_factory: Callable[[], Any] = default_coder) -> None:
        self.budget, self.wait = budget, budget if wait is None else wait
        self.size, self.factory = workers, coder_factory
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: list[_Worker] = []
        self._waiting = 0
        self.max_waiting = 16 * workers

    async def code(self, article: Article) -> bytes:
        """The coded article as JSON (UTF-8 bytes), or the error that refused it."""
        idle = self._queue()
        if self._waiting >= self.max_waiting:
            raise Busy(f"{self._waiting} articles are already waiting to be coded")
        self._waiting += 1
        try:
            worker = await asyncio.wait_for(idle.get(), self.wait)
        except TimeoutError:
            raise Busy(f"no coding worker came free within {self.wait:g} s") from None
        finally:
            self._waiting -= 1
        try:
            return await anyio.to_thread.run_sync(worker.code, article, self.budget)
        finally:
            if not worker.alive():  # killed over the budget, or died: a fresh one takes its place
                worker = await anyio.to_thread.run_sync(self._replace, worker)  # off the loop
            idle.put_nowait(worker)

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers.clear()

    def _queue(self) -> asyncio.Queue[_Worker]:
        if self._idle is None:
            self._idle = asyncio.Queue()
            for _ in range(self.size):
                self._idle.put_nowait(self._new())
        return self._idle

    def _new(self) -> _Worker:
        worker = _Worker(self.factory)
        self._workers.append(worker)
        return worker

    def _replace(self, old: _Worker) -> _Worker:
        old.stop()
        with contextlib.suppress(ValueError):
            self._workers.remove(old)
        new = self._new()
        try:
            new.start()  # loading the model now, so the next article does not wait for it
        except OSError:  # no process to be had now: the next request tries again
            log.exception("cannot start a coding worker")
        return new


class _Worker:
    """One coding process and the pipe to it. Used by one request at a time."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self.factory = factory
        self.proc: Any = None
        self.conn: Connection | None = None
        self.ready = False

    def start(self) -> None:
        if self.proc is not None:  # started already, or stopped for good
            if self.proc is _DEAD:
                raise ModelError("this coding worker was stopped")
            return
        ctx = mp.get_context("spawn")
        here, there = ctx.Pipe()
        self.proc = ctx.Process(target=_serve, args=(there, self.factory), daemon=True,
                                name="eventwire-coder")
        self.proc.start()
        there.close()
        self.conn = here

    def alive(self) -> bool:
        return self.proc is None or self.proc.is_alive()

    def code(self, article: Article, budget: float) -> bytes:
        """(In a thread.) Send the article, wait at most `budget` seconds for its coding."""
        self.start()
        conn = self.conn
        assert conn is not None
        if not self.ready:
            answer = self._receive(START_TIMEOUT)
            if answer[0] != "ready":
                self.stop()
                raise ModelError(f"the coding worker could not load the model ({answer[-1]})")
            self.ready = True
        try:
            conn.send(article)
        except (OSError, ValueError):
            self.stop()
            raise ModelError("the coding worker stopped; try again") from None
        answer = self._receive(budget)
        if answer[0] == "ok":
            return answer[1]
        if answer[0] == "rejected":
            raise _input_error(answer[1], answer[2])
        if answer[0] == "error":
            raise RuntimeError(f"the coder failed: {answer[1]}")  # a bug; the worker is sound
        self.stop()
        if answer[0] == "died":
            raise ModelError(f"the coding worker stopped ({answer[1]}); try again")
        raise TimeBudgetError(f"coding took longer than this server's budget of {budget:g} s "
                              "per article; code it with `eventwire code`, or start the server "
                              "with a larger --code-timeout", record="request body")

    def _receive(self, timeout: float) -> tuple:
        """The worker's next message; ("timeout", ...) when none comes in time, ("died", ...)
        when the pipe closed under it."""
        assert self.conn is not None
        try:
            if not self.conn.poll(timeout):
                return ("timeout", f"nothing within {timeout:g} s")
            return self.conn.recv()
        except (EOFError, OSError):
            self.proc.join(5)
            return ("died", f"exit code {self.proc.exitcode}")

    def stop(self) -> None:
        """End the process (killed: it may be deep in a parse); a stopped worker stays dead."""
        proc, conn = self.proc, self.conn
        self.proc, self.conn, self.ready = _DEAD, None, False
        if proc is not None and proc is not _DEAD:
            if proc.is_alive():
                proc.kill()
            proc.join(10)
        if conn is not None:
            conn.close()


class _Dead:
    """A stopped worker's process: never alive again."""

    def is_alive(self) -> bool:
        return False


_DEAD = _Dead()


def _input_error(reason: str, message: str) -> InputError:
    """The InputError of that reason (errors.py), or a plain one carrying it."""
    todo = [InputError]
    while todo:
        cls = todo.pop()
        if cls.reason == reason and cls.__module__ == errors.__name__:
            return cls(message)
        todo.extend(cls.__subclasses__())
    exc = InputError(message)
    exc.reason = reason
    return exc


def _serve(conn: Connection, factory: Callable[[], Any]) -> None:
    """The worker process: load the model, then code one article per message until the pipe
    closes (the server stopped) or the server kills it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C on the server: it stops us itself
    with contextlib.suppress(OSError):
        os.nice(NICE)  # the server's reads come first when the cores are busy
    try:
        coder = factory()
    except Exception as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready",))
    while True:
        try:
            article = conn.recv()
        except (EOFError, OSError):
            return
        try:
            doc = next(iter(coder.code_many([article]))).to_dict()
            body = json.dumps(doc, ensure_ascii=False).encode("utf-8", "replace")
            conn.send(("ok", body))
        except InputError as exc:
            conn.send(("rejected", exc.reason, str(exc)))
        except Exception as exc:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))

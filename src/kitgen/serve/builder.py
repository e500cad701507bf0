"""``kitgen build``'s library function (:func:`kitgen.build.build_kit`), run in a worker process.

The worker is started once and builds on request; the jobs of each build run in workers of its
own that are kept from one build to the next (:mod:`kitgen.serve.pools`), so Sphinx and the
renderers are imported once.  It leads its own process group: Ctrl-C in the terminal reaches
the server only, which then stops the worker and the build's own processes together, so no
traceback comes from them and none is left behind.  The job workers are spawned from the
worker (kitgen.build.pools: a forked Typst hangs), so the server's threads are never copied.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import re
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from kitgen.build.pools import JobPools
from kitgen.build.project import Project
from kitgen.serve.pools import WarmPools
from kitgen.workers import die_with_parent

#: Modules this process needs to plan a build (the jobs' own run in kitgen.serve.pools).
WARM = ("kitgen.build",)

#: What the server sends to stop an idle worker.
STOP = "stop"
#: What the worker sends when every language of the site is published.
SITE_PUBLISHED = "site-published"
#: Terminal colour codes (SGR), as Sphinx writes them around warnings.
_COLOURS = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class Built:
    """What one build did, in plain data (it crosses the process boundary)."""

    ok: bool
    errors: list[str] = field(default_factory=list)
    written: int = 0
    jobs: int = 0
    skipped: int = 0
    seconds: float = 0.0


class Builder:
    """A worker process that builds the kit at ``root`` into ``site`` on each request."""

    def __init__(self, root: Path, site: Path) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_work, args=(child, root, site), name="kitgen-serve-build"
        )
        self._process.start()
        child.close()
        #: Held while a build runs: an idle worker is stopped gently (see :meth:`close`).
        self._busy = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def build(self, on_site: Callable[[], None] | None = None) -> Built:
        """Build the kit (incrementally) and wait for the outcome.

        ``on_site`` is called as soon as every language of the site is published, before the
        decks and guides are done: open pages can reload then.
        """
        with self._busy:
            self._conn.send("build")
            while True:
                message = self._conn.recv()
                if isinstance(message, Built):
                    return message
                if message == SITE_PUBLISHED and on_site is not None:
                    on_site()

    def close(self) -> None:
        """Stop the worker and every process of a build in progress.

        An idle worker is asked to stop and shuts its job workers down itself (their queues'
        semaphores are released: no "leaked semaphore" warning at exit); a busy one, with the
        processes of its build, is terminated at once.
        """
        if self._process.is_alive() and self._busy.acquire(blocking=False):
            with contextlib.suppress(OSError):
                self._conn.send(STOP)
                self._process.join(timeout=30)
            self._busy.release()
        pid = self._process.pid
        if pid is not None and self._process.is_alive():
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGTERM)
        self._process.join(timeout=10)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()
        self._conn.close()


def _work(conn: Connection, root: Path, site: Path) -> None:
    """The worker's loop: one build per request, until the pipe closes."""
    os.setpgrp()  # Ctrl-C goes to the server; the server stops this group
    die_with_parent(os.getppid())  # a server killed outright (SIGKILL) takes the builds along
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Warm up: the job workers start (they import Sphinx and the renderers) while this
    # process imports what plans a build.
    pools = WarmPools()
    with contextlib.suppress(Exception):  # a broken kitgen.toml is reported by the build
        pools.start(Project.find(root).languages)
    for module in WARM:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)

    while True:
        try:
            request = conn.recv()
        except EOFError:
            request = STOP
        if request == STOP:
            pools.shutdown()
            return
        if request == "build":
            conn.send(build_once(root, site, lambda: conn.send(SITE_PUBLISHED), pools))


def build_once(
    root: Path,
    site: Path,
    on_site: Callable[[], None] | None = None,
    pools: JobPools | None = None,
) -> Built:
    """One incremental build; every failure as located lines, never a traceback."""
    from kitgen.build import SiteWarnings, build_kit
    from kitgen.diagnostics import KitgenError, UnlocatedError

    started = time.perf_counter()
    counts: dict[str, int] = {}

    def progress(kind: str, total: int | None) -> None:
        """Count the site's jobs; when the last one is done, say so at once."""
        if kind != "site":
            return
        if total is not None:
            counts["total"] = total
            return
        counts["done"] = counts.get("done", 0) + 1
        if counts["done"] == counts.get("total") and on_site is not None:
            on_site()

    try:
        project = Project.find(root)  # kitgen.toml may have changed
        report = build_kit(project, site, progress=progress, pools=pools)
    except KitgenError as exc:
        return Built(False, [str(d) for d in exc.diagnostics], seconds=_since(started))
    except SiteWarnings as exc:  # Sphinx colours them: plain text for the page and terminal
        lines = [_COLOURS.sub("", line) for line in exc.lines]
        return Built(False, lines, seconds=_since(started))
    except (OSError, RuntimeError, UnlocatedError) as exc:
        return Built(False, [f"error: {exc}"], seconds=_since(started))
    return Built(
        True,
        written=report.written,
        jobs=report.jobs,
        skipped=report.skipped,
        seconds=_since(started),
    )


def _since(started: float) -> float:
    return time.perf_counter() - started

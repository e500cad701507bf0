"""The served kit's build workers, started once and kept warm from one rebuild to the next.

``kitgen build`` spawns its workers for each build; after one save that start-up (a Python
interpreter, then Sphinx, its extensions, Typst and kitgen imported again) came on top of every
rebuild.  Here each language of the site has a worker of its own that keeps Sphinx and kitgen's
extension imported, its sets loaded and its search stems (Sphinx keeps interface translations
in module state, so a worker never builds two languages), and the decks, guides, card images and
web decks share one more pool.  The site's jobs run first and alone: the page an author waits
for does not share the two cores with the PDFs, which follow.

The jobs, their inputs and their outputs are ``kitgen build``'s: only the processes differ.
A worker that dies, or a build that fails midway, drops the pools; the next build starts new
ones.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import TypeVar

from kitgen.build.jobs import Job
from kitgen.build.pools import JobPools, spawned_pool
from kitgen.workers import stop

Item = TypeVar("Item")

#: What a site worker imports before its first job (a build would import them anyway).
SITE_MODULES = (
    "kitgen.build.site",
    "sphinx.application",
    "sphinx.builders.html",
    "myst_parser",
    "sphinx_design",
    "furo",
    "kitgen.sphinx.extension",
)
#: What the other workers import first: the renderers of the printed and online files.
KIT_MODULES = (
    "kitgen.build.jobs",
    "kitgen.render.cards",
    "kitgen.render.guide",
    "kitgen.render.webdeck",
)


class WarmPools(JobPools):
    """Pools kept between builds: one worker per language of the site, ``workers`` for the rest."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or max(1, os.cpu_count() or 1)
        self._site: dict[str, ProcessPoolExecutor] = {}
        self._kit: ProcessPoolExecutor | None = None
        #: The fingerprint of kitgen's code the workers were started with.
        self._code = ""

    def end(self, *, failed: bool) -> None:
        if failed:  # a broken or interrupted build: start afresh next time
            self.close()

    def stages(self, jobs: list[tuple[Job, Item]]) -> list[list[tuple[Job, Item]]]:
        """The site's jobs, then the others; new workers first if kitgen's code changed (its
        developers serve a kit too: a worker keeps the modules it imported)."""
        site = [item for item in jobs if item[0].kind == "site"]
        code = next((job.code for job, _ in site if job.code), self._code)
        if code != self._code:
            if self._code:
                self.close()
            self._code = code
        rest = [item for item in jobs if item[0].kind != "site"]
        return [stage for stage in (site, rest) if stage]

    def executor(self, job: Job) -> Executor:
        if job.kind == "site":
            pool = self._site.get(job.lang)
            if pool is None:
                pool = self._site[job.lang] = _pool(1, SITE_MODULES)
            return pool
        return self._kit_pool()

    def _kit_pool(self) -> ProcessPoolExecutor:
        if self._kit is None:
            self._kit = _pool(self.workers, KIT_MODULES)
        return self._kit

    def start(self, languages: Iterable[str]) -> None:
        """Start the workers now: their imports run while the kit is first built, not after
        the first save (a pool starts a process when a job comes and none is idle)."""
        for lang in languages:
            self.executor(Job("site", lang)).submit(int)
        for _ in range(self.workers):
            self._kit_pool().submit(int)

    def shutdown(self) -> None:
        """Let the workers finish and exit (the end of a session)."""
        for pool in self._forget():
            pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        """Stop every worker without waiting for its job."""
        for pool in self._forget():
            stop(pool)

    def _forget(self) -> list[ProcessPoolExecutor]:
        """Every pool, dropped from this object (the next build starts new ones)."""
        pools = [*self._site.values(), *([self._kit] if self._kit else [])]
        self._site, self._kit = {}, None
        return pools


def _pool(workers: int, modules: tuple[str, ...]) -> ProcessPoolExecutor:
    return spawned_pool(workers, modules)

"""Where the jobs of a build run: a pool made for one build, or pools kept between builds.

``kitgen build`` spawns a pool for its jobs and ends it with the build (:class:`OneBuild`).
``kitgen serve`` builds again after every save, and spawning workers each time (a Python
start-up and the imports of Sphinx, Typst and kitgen) is most of a small rebuild: it passes
pools of its own that outlive a build (:mod:`kitgen.serve.pools`).  Either way the jobs and
their outputs are the same; only the processes that run them differ.
"""

from __future__ import annotations

import multiprocessing
from abc import ABC, abstractmethod
from concurrent.futures import Executor, ProcessPoolExecutor
from types import TracebackType
from typing import Self, TypeVar

from kitgen.build.jobs import Job
from kitgen.workers import process_pool, stop

#: A job, or a job with what the build keeps beside it (its fingerprint).
Item = TypeVar("Item")


def spawned_pool(workers: int, imports: tuple[str, ...] = ()) -> ProcessPoolExecutor:
    """Workers that die with the build (kitgen.workers): no orphan, a prompt Ctrl-C.

    Spawned, never forked: a forked child that calls Typst hangs for good when its parent had
    already run Typst (its threads are not copied by ``fork``); a long-lived process (the test
    suite, a notebook) that made a deck before building would wait forever. ``forkserver``
    would make the server, not kitgen, the workers' parent, which ``die_with_parent`` checks.
    """
    return process_pool(workers, multiprocessing.get_context("spawn"), imports=imports)


class JobPools(ABC):
    """The executors a build submits its jobs to, used as a context manager per build: on a
    failure or an interrupt the block's end stops what runs."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.end(failed=exc is not None)

    @abstractmethod
    def end(self, *, failed: bool) -> None:
        """The build is over (``failed``: it raised or was interrupted)."""

    def stages(self, jobs: list[tuple[Job, Item]]) -> list[list[tuple[Job, Item]]]:
        """The jobs in groups run one after the other (the jobs of a group together); one group
        here: the plan puts the site jobs, the longest, first."""
        return [jobs]

    @abstractmethod
    def executor(self, job: Job) -> Executor:
        """Where ``job`` runs."""


class OneBuild(JobPools):
    """``kitgen build``'s pool: ``workers`` spawned processes, ended with the build."""

    def __init__(self, workers: int) -> None:
        self._pool = spawned_pool(workers)

    def end(self, *, failed: bool) -> None:
        if failed:  # kill the workers instead of waiting for their jobs (and writes)
            stop(self._pool)
        else:
            self._pool.shutdown(wait=True)

    def executor(self, job: Job) -> Executor:
        return self._pool

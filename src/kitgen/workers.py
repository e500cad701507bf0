"""Worker processes that die with kitgen: no orphan after a kill, no wait after Ctrl-C.

``kitgen build`` and large ``kitgen cards`` runs use process pools. Killed with SIGKILL, the
parent used to leave its workers alive, blocked, 130-300 MB each; interrupted with Ctrl-C,
``build`` waited for every running job (and let it write) before it stopped. Every pool is made
here: a thread in each worker ends it when its parent process is gone, and Ctrl-C ends a worker
at once, even inside Typst. ``running(pool)`` kills the workers instead of waiting for them when
the parent stops.

Not ``PR_SET_PDEATHSIG``: Linux sends that signal when the *thread* that started the worker
ends, and a pool starts workers from whichever thread submits (a thread pool's, in the card
renderer) or from its own manager thread, so healthy workers were killed mid-task and the pool
broke (``OSError: handle is closed`` in the next ``submit``).
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.context import BaseContext
from typing import Any

#: Seconds between two looks at the parent where the kernel cannot watch it.
_WATCH_S = 0.5


def _watch(parent: int) -> None:
    """Exit as soon as ``parent`` is no longer this process's parent (it died: the worker was
    handed to another process)."""

    def watch() -> None:
        while not threading.Event().wait(_WATCH_S):
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="kitgen-parent-watch", daemon=True).start()


def die_with_parent(parent: int) -> None:
    """Pool initializer: end this worker when ``parent`` dies or the user presses Ctrl-C."""
    _watch(parent)
    # Ctrl-C (SIGINT to the terminal's process group): end now, even inside Typst's Rust code,
    # instead of finishing the job; the parent stops the build.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    # Started with SIGINT held (``held_interrupts``): one pressed meanwhile ends this worker now.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if os.getppid() != parent:  # the parent died before the watch was set
        os._exit(1)


def warm_worker(parent: int, modules: tuple[str, ...]) -> None:
    """``die_with_parent``, then import ``modules`` before the first job (pools kept between
    builds pay their imports once, when they start)."""
    die_with_parent(parent)
    for module in modules:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def process_pool(
    workers: int,
    context: BaseContext | None = None,
    *,
    imports: tuple[str, ...] = (),
    **options: Any,
) -> ProcessPoolExecutor:
    """A process pool whose workers die with this process (see ``die_with_parent``) and
    import ``imports`` as they start."""
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context or multiprocessing.get_context(),
        initializer=warm_worker,
        initargs=(os.getpid(), imports),
        **options,
    )


@contextlib.contextmanager
def held_interrupts() -> Iterator[None]:
    """Hold SIGINT while the block starts worker processes (``submit`` spawns them).

    A spawned worker inherits the held signal through ``exec``, so a Ctrl-C during its start
    (seconds of imports, before ``die_with_parent`` runs) cannot end it in a traceback; the
    worker takes it when its initializer releases it. This process takes it at the block's end.
    """
    held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def stop(pool: ProcessPoolExecutor) -> None:
    """Cancel what has not started and kill this process's worker processes, without waiting."""
    pool.shutdown(wait=False, cancel_futures=True)
    for child in multiprocessing.active_children():
        child.kill()
    for child in multiprocessing.active_children():
        child.join(timeout=5)


@contextlib.contextmanager
def running(pool: ProcessPoolExecutor) -> Iterator[ProcessPoolExecutor]:
    """Use ``pool``; when the block fails or is interrupted, kill its workers instead of
    waiting for their jobs to finish (and write)."""
    try:
        yield pool
    except BaseException:
        stop(pool)
        raise
    pool.shutdown(wait=True)

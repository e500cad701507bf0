"""One Typst compile or query in a short-lived worker process, for very large decks.

Typst memoizes its work in a cache that lives as long as the process and is never emptied by
the Python binding, so compiling chunk after chunk in one process grows memory by about the
size of each chunk.  kitgen runs each chunk of a large deck in a fresh worker process (one task
per worker), so that memory goes away with it.  This module imports only ``typst`` and
``kitgen.workers`` (its workers die with their parent); nothing
here writes a file: the result travels back as bytes.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import typst

from kitgen.workers import process_pool


def run(request: dict[str, Any]) -> bytes:
    """Run the request (``mode`` query or compile) and return its output."""
    common: dict[str, Any] = {
        "root": request["root"],
        "font_paths": request["font_paths"],
        "ignore_system_fonts": True,
        "sys_inputs": {"data": request["data"]},
    }
    if request["mode"] == "query":
        out = typst.query(request["input"], "<fit>", field="value", one=True, **common)
        return str(out).encode("utf-8")
    pdf = typst.compile(
        request["input"],
        format="pdf",
        timestamp=request["timestamp"],
        pdf_tags=request["tags"],
        **common,
    )
    assert isinstance(pdf, bytes)
    return pdf


#: Tasks a worker runs before it is replaced: its memory grows by one chunk per task.
TASKS_PER_WORKER = 2


def pool(workers: int) -> ProcessPoolExecutor:
    """A pool of fresh interpreters (``spawn``: no state or threads inherited) that die with
    their parent (``kitgen.workers``)."""
    return process_pool(
        workers, multiprocessing.get_context("spawn"), max_tasks_per_child=TASKS_PER_WORKER
    )

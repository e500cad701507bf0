"""One Typst compile or query in a short-lived worker process, for very large card decks.

Typst memoizes its work in a cache that lives as long as the process and is never emptied by
the Python binding, so compiling chunk after chunk in one process grows memory by about the
size of each chunk.  The card renderer runs each chunk of a large deck in a fresh worker process
(a few tasks per worker), so that memory goes away with it.  This module lives outside
``kitgen.render`` and imports only ``typst`` and ``kitgen.workers`` (its workers die with their
parent), so a worker starts without loading the model and its validators.  Nothing here writes a
file: the result travels back as bytes.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Literal

import typst

from kitgen.workers import process_pool


@dataclass(frozen=True)
class TypstJob:
    """A query of ``<fit>`` or a PDF compile of ``input``, with its JSON document."""

    mode: Literal["query", "compile"]
    input: str
    root: str
    font_paths: tuple[str, ...]
    data: str
    timestamp: int
    tags: bool


def run(job: TypstJob) -> bytes:
    """Run the job and return its output (the query's value as UTF-8 text, or the PDF)."""
    font_paths = list(job.font_paths)
    inputs = {"data": job.data}
    if job.mode == "query":
        out = typst.query(
            job.input,
            "<fit>",
            field="value",
            one=True,
            root=job.root,
            font_paths=font_paths,
            ignore_system_fonts=True,
            sys_inputs=inputs,
        )
        return str(out).encode("utf-8")
    pdf = typst.compile(
        job.input,
        format="pdf",
        timestamp=job.timestamp,
        pdf_tags=job.tags,
        root=job.root,
        font_paths=font_paths,
        ignore_system_fonts=True,
        sys_inputs=inputs,
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

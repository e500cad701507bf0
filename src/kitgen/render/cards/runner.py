"""Typst runs for the card templates: in this process, or in a fresh worker for large decks.

Takes the JSON document already made (``payload``) and returns Typst's output; a Typst error
here is a template bug, never the user's input, so it is raised as ``RuntimeError``.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib import resources
from pathlib import Path
from typing import Literal

import typst

from kitgen import typst_worker
from kitgen.render.cards.fonts import font_paths

#: Resolution of the PNG faces unless the caller asks for another.
PNG_PPI = 300


def template_root() -> Path:
    """The folder of the Typst templates (``cards.typ``, ``fit.typ``, ``calibrate.typ``)."""
    return Path(str(resources.files("kitgen.templates")))


def timestamp() -> int:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else a fixed date."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else 0


def _job(
    mode: Literal["query", "compile"], template: str, data: str, tags: bool
) -> typst_worker.TypstJob:
    return typst_worker.TypstJob(
        mode=mode,
        input=str(template_root() / template),
        root=str(template_root()),
        font_paths=tuple(font_paths()),
        data=data,
        timestamp=timestamp(),
        tags=tags,
    )


def _in_worker(procs: ProcessPoolExecutor, job: typst_worker.TypstJob) -> bytes | None:
    """The job run in a fresh worker process; None if workers cannot start here."""
    try:
        return procs.submit(typst_worker.run, job).result()
    except BrokenProcessPool:  # e.g. a calling script without `if __name__ == "__main__":`
        return None
    except typst.TypstError as exc:  # a template bug, not the user's input
        raise RuntimeError(f"card template failed: {exc}") from exc


def query_fit(data: str, procs: ProcessPoolExecutor | None = None) -> str:
    """The ``<fit>`` value of ``fit.typ`` for the JSON document ``data``, as JSON text."""
    if procs is not None:
        out = _in_worker(procs, _job("query", "fit.typ", data, True))
        if out is not None:
            return out.decode("utf-8")
    return str(
        typst.query(
            str(template_root() / "fit.typ"),
            "<fit>",
            field="value",
            one=True,
            root=str(template_root()),
            font_paths=font_paths(),
            ignore_system_fonts=True,
            sys_inputs={"data": data},
        )
    )


def compile_pdf(data: str, tags: bool, procs: ProcessPoolExecutor | None = None) -> bytes:
    """``cards.typ`` for the JSON document ``data`` as one PDF (tagged if ``tags``)."""
    if procs is not None:
        isolated = _in_worker(procs, _job("compile", "cards.typ", data, tags))
        if isolated is not None:
            return isolated
    out = _compile(data, "pdf", None, tags)
    if isinstance(out, list):
        raise TypeError("expected one document")
    return out


def compile_images(data: str, fmt: Literal["png", "svg"], ppi: float = PNG_PPI) -> list[bytes]:
    """``cards.typ`` for the JSON document ``data``, one image per page (``ppi``: PNG only)."""
    out = _compile(data, fmt, ppi if fmt == "png" else None, True)
    return out if isinstance(out, list) else [out]


def _compile(
    data: str, fmt: Literal["pdf", "png", "svg"], ppi: float | None, tags: bool
) -> bytes | list[bytes]:
    try:
        out: bytes | list[bytes] | None = typst.compile(
            str(template_root() / "cards.typ"),
            root=str(template_root()),
            font_paths=font_paths(),
            ignore_system_fonts=True,
            format=fmt,
            ppi=ppi,
            sys_inputs={"data": data},
            timestamp=timestamp(),
            pdf_tags=tags,
        )
    except typst.TypstError as exc:  # a template bug, not the user's input
        raise RuntimeError(f"card template failed: {exc}") from exc
    assert out is not None
    return out

"""Helpers for the guide tests: the fixture set's path and PDF text extraction."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pdfplumber

from kitgen.links import Links

GUIDE_SET = Path(__file__).resolve().parents[2] / "data" / "guide" / "workshop.yaml"
#: The guides are printed for a kit hosted here whose site has the fixture's theme page.
HOSTED = Links(
    base_url="https://kitgen.readthedocs.io/en/latest/",
    theme_pages=(("en", "workshop"), ("fr", "workshop")),
)
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")


def flat(text: str) -> str:
    """Text with every run of (no-break, narrow) spaces and line breaks as one space."""
    return _SPACES.sub(" ", text).strip()


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text, flattened (lines joined by spaces)."""
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [flat(page.extract_text() or "") for page in doc.pages]


def page_lines(pdf: bytes) -> list[list[str]]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [[flat(x) for x in (p.extract_text() or "").splitlines()] for p in doc.pages]

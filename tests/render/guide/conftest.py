"""The guide fixture set, guide PDFs rendered once per test session, and PDF text helpers."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest

from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.guide import GuideOptions, render_guide_pdf

GUIDE_SET = Path(__file__).resolve().parents[2] / "data" / "guide" / "workshop.yaml"
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]+")
_CACHE: dict[tuple[str, str | None, str, str], bytes] = {}


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


@pytest.fixture(scope="session")
def workshop() -> PromptSet:
    return load_set(GUIDE_SET, docs_dir=None)


@pytest.fixture(scope="session")
def guide_pdf(workshop: PromptSet) -> Callable[..., bytes]:
    """``guide_pdf(lang="fr", session=None, start="08:30", paper="a4")`` -> PDF bytes."""

    def build(
        lang: str = "fr", session: str | None = None, start: str = "08:30", paper: str = "a4"
    ) -> bytes:
        key = (lang, session, start, paper)
        if key not in _CACHE:
            _CACHE[key] = render_guide_pdf(workshop, lang, GuideOptions(session, paper, start))
        return _CACHE[key]

    return build

"""The guide fixture set and guide PDFs rendered once per test session."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # helpers beside the tests (importlib mode)
from guide_helpers import GUIDE_SET, HOSTED

from kitgen.links import Links
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.guide import GuideOptions, render_guide_pdf

_CACHE: dict[tuple[str, str | None, str, str, bool], bytes] = {}


@pytest.fixture(scope="session")
def workshop() -> PromptSet:
    return load_set(GUIDE_SET, docs_dir=None)


@pytest.fixture(scope="session")
def guide_pdf(workshop: PromptSet) -> Callable[..., bytes]:
    """``guide_pdf(lang="fr", session=None, start="08:30", paper="a4", hosted=True)`` -> PDF
    bytes; ``hosted=False``: a kit with no ``base_url``."""

    def build(
        lang: str = "fr",
        session: str | None = None,
        start: str = "08:30",
        paper: str = "a4",
        hosted: bool = True,
    ) -> bytes:
        key = (lang, session, start, paper, hosted)
        if key not in _CACHE:
            options = GuideOptions(session, paper, start, HOSTED if hosted else Links())
            _CACHE[key] = render_guide_pdf(workshop, lang, options)
        return _CACHE[key]

    return build

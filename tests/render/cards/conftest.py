"""Decks rendered once per session from the minimal set, for the PDF checks."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.cards import DeckOptions, render_deck

# pytest runs in importlib mode: make the shared PDF readers (cards_pdfcheck) importable.
sys.path.insert(0, str(Path(__file__).parent))

_CACHE: dict[tuple[str, str, str, str], bytes] = {}
#: The decks are printed for a hosted kit, so their cards carry QR codes.
BASE_URL = "https://kit.example.org/"


@pytest.fixture(scope="session")
def minimal(minimal_path: Path) -> PromptSet:
    return load_set(minimal_path, docs_dir=None)


@pytest.fixture(scope="session")
def deck(minimal: PromptSet) -> Callable[..., bytes]:
    """``deck(layout="duplex-long", paper="a4", lang="fr", card="poker")`` -> PDF bytes."""

    def build(
        layout: str = "duplex-long", paper: str = "a4", lang: str = "fr", card: str = "poker"
    ) -> bytes:
        key = (layout, paper, lang, card)
        if key not in _CACHE:
            options = DeckOptions(card=card, paper=paper, layout=layout, base_url=BASE_URL)
            _CACHE[key] = render_deck(minimal, lang, options)
        return _CACHE[key]

    return build

"""Fixtures of the online deck's tests: a set made to exercise it (see data/deck.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kitgen.load import load_set
from kitgen.model import PromptSet

DECK_SET = Path(__file__).resolve().parent / "data" / "deck.yaml"


@pytest.fixture(scope="session")
def deck_set() -> PromptSet:
    return load_set(DECK_SET, docs_dir=None)

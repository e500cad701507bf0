"""Large decks are compiled in chunks and merged: same pages, same preferences, same bytes."""

from __future__ import annotations

import copy
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from cards_pdfcheck import open_pdf, trims
from pypdf import PdfReader

from kitgen.load import load_set
from kitgen.render.cards import DeckOptions, render_deck
from kitgen.render.cards import render as render_module


def _twenty(data: dict) -> None:
    base = data["prompts"][1]
    data["prompts"] = data["prompts"][:1] + [
        dict(copy.deepcopy(base), id=f"card-{i}", text={"fr": f"Question {i} ?", "en": f"Q {i}?"})
        for i in range(19)
    ]
    for session in data["sessions"]:
        for step in session["steps"]:
            step["prompts"] = [data["prompts"][0]["id"]]


def test_chunked_deck_matches_the_single_compile(
    write_set: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    prompt_set = load_set(write_set(_twenty), docs_dir=None)
    whole = render_deck(prompt_set, "fr", DeckOptions())
    monkeypatch.setattr(render_module, "CHUNK_CARDS", 9)
    chunked = render_deck(prompt_set, "fr", DeckOptions())
    assert chunked == render_deck(prompt_set, "fr", DeckOptions())  # deterministic
    with open_pdf(whole) as a, open_pdf(chunked) as b:
        assert len(a.pages) == len(b.pages) == 6
        for pa, pb in zip(a.pages, b.pages, strict=True):
            assert trims(pa, 63, 88, 3) == trims(pb, 63, 88, 3)
            assert pa.extract_text() == pb.extract_text()
    reader = PdfReader(io.BytesIO(chunked))
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None" and prefs["/Duplex"] == "/DuplexFlipLongEdge"
    assert "/StructTreeRoot" in PdfReader(io.BytesIO(whole)).trailer["/Root"]

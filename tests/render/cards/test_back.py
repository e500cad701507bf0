"""The back: uniform, its title and licence line inside the decorative frame (6 mm)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cards_pdfcheck import glyphs, open_pdf, trims

from kitgen.load import load_set
from kitgen.render.cards import DeckOptions, render_deck

ATTRIBUTION = (
    "Idées tirées d’articles de blog écrits en 2012 pour les Matinées de l’Entreprise 2.0 "
    "(Genève) ; le schéma des trois cercles reprend celui de l’article « Neuroscience Outlines "
    "the Key to Social Customer Effectiveness », tel que le rapporte l’un de ces articles."
)


def _attribution(text: str) -> Callable[[dict], None]:
    def edit(data: dict) -> None:
        data["attribution"] = {"fr": text, "en": text}

    return edit


@pytest.mark.parametrize("card", ["poker", "mini", "square"])
def test_long_attribution_stays_inside_the_frame(write_set: Callable[..., Path], card: str) -> None:
    from kitgen.render.cards import CARDS

    size = CARDS[card]
    prompt_set = load_set(write_set(_attribution(ATTRIBUTION)), docs_dir=None)
    data = render_deck(prompt_set, "fr", DeckOptions(card=card))
    with open_pdf(data) as pdf:
        back = pdf.pages[1]
        cards = trims(back, size.width, size.height, 3)
        chars = glyphs(back)
        assert len(chars) > 100
        for _, box in chars:
            home = [c for c in cards if c.contains(box, tol=1.0)]
            assert home and home[0].inset(6.0).contains(box)


def test_attribution_too_long_for_the_back_points_to_the_credits(
    write_set: Callable[..., Path],
) -> None:
    prompt_set = load_set(write_set(_attribution(ATTRIBUTION * 4)), docs_dir=None)
    options = DeckOptions(base_url="https://kit.example.org/")
    data = render_deck(prompt_set, "fr", options)
    with open_pdf(data) as pdf:
        text = (pdf.pages[1].extract_text() or "").replace("\n", "")
    assert "CC BY-SA 4.0" in text and "crédits" in text
    assert "https://kit.example.org/fr/sets/minimal.html" in text.replace(" ", "")
    assert "Matinées" not in text


def test_attribution_too_long_and_no_base_url_gives_the_licence_alone(
    write_set: Callable[..., Path],
) -> None:
    prompt_set = load_set(write_set(_attribution(ATTRIBUTION * 4)), docs_dir=None)
    with open_pdf(render_deck(prompt_set, "fr", DeckOptions())) as pdf:
        text = (pdf.pages[1].extract_text() or "").replace("\n", "")
    assert "CC BY-SA 4.0" in text
    assert "crédits" not in text and "http" not in text and "Matinées" not in text

"""Long words break where the set's language allows: German and Italian sets print on poker.

The fit pass and the card template use one hyphenation rule (``hyphenates`` in ``card.typ``):
a word wider than the line fits once Typst hyphenates it for the set's language, and the
measurement agrees with what is drawn (every glyph inside the safe zone, read from the PDF).
A word that hyphenation cannot break small enough is still a located error that says so.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from cards_pdfcheck import assert_glyphs_in_safe_zones, card_text_lines, open_pdf, trims

from kitgen.diagnostics import KitgenError
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.cards import CARDS, DeckOptions, category_sizes, render_deck

DATA = Path(__file__).resolve().parents[2] / "data" / "i18n"
POKER = CARDS["poker"]
#: Wider than a poker card's line (53 mm) even at 8.5 pt.
COMPOUND = "Unternehmenskommunikationsplattformen"
#: How a line-end hyphen reads back from the PDF (Typst marks it as a soft hyphen).
HYPHENS = ("-", "\u00ad", "\u2010")


@pytest.fixture(scope="module", params=["de", "it"])
def language_set(request: pytest.FixtureRequest) -> tuple[str, PromptSet]:
    lang = str(request.param)
    return lang, load_set(DATA / f"{lang}.yaml", docs_dir=None)


@pytest.fixture(scope="module")
def poker_deck(language_set: tuple[str, PromptSet]) -> bytes:
    lang, prompt_set = language_set
    return render_deck(prompt_set, lang, DeckOptions(card="poker", min_font_pt=8.5))


def test_sets_print_on_poker_at_the_minimum_size_or_more(
    language_set: tuple[str, PromptSet],
) -> None:
    lang, prompt_set = language_set
    sizes = category_sizes(prompt_set, lang, DeckOptions(card="poker", min_font_pt=8.5))
    assert sizes and all(size >= 8.5 for size in sizes.values())


def test_every_glyph_is_inside_the_safe_zone(poker_deck: bytes) -> None:
    assert assert_glyphs_in_safe_zones(poker_deck, POKER.width, POKER.height, 3.0) > 200


def test_the_german_compound_is_broken_with_a_hyphen() -> None:
    """The word is wider than the line, so it is on the card only if it was hyphenated."""
    prompt_set = load_set(DATA / "de.yaml", docs_dir=None)
    deck = render_deck(prompt_set, "de", DeckOptions(card="poker", min_font_pt=8.5))
    with open_pdf(deck) as pdf:
        lines = [
            line
            for page in pdf.pages
            for trim in trims(page, POKER.width, POKER.height, 3.0)
            for line in card_text_lines(page, trim)
        ]
    joined = [a[:-1] + b for a, b in itertools.pairwise(lines) if a.endswith(HYPHENS)]
    assert any(COMPOUND in text for text in joined), lines
    assert not any(COMPOUND in line for line in lines)  # never whole on one line


def test_a_word_hyphenation_cannot_break_is_still_refused(
    write_set: Callable[..., Path],
) -> None:
    """Digits never hyphenate: the error stays, located, and says hyphenation was tried."""

    def edit(data: dict) -> None:  # type: ignore[type-arg]
        number = "1234567890" * 5
        data["prompts"][1]["text"] = {"fr": f"Code {number} ?", "en": f"Code {number}?"}

    prompt_set = load_set(write_set(edit), docs_dir=None)
    with pytest.raises(KitgenError) as caught:
        render_deck(prompt_set, "fr", DeckOptions())
    [diag] = caught.value.diagnostics
    assert prompt_set.origin is not None
    assert diag.location == prompt_set.origin.locate(("prompts", 1, "text"))
    assert re.search(r"is \d+ mm wide, room for 53 mm, even hyphenated\)", diag.message)

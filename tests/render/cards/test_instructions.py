"""The printing instructions page and the fold sheet's labels, read back from the PDF."""

from __future__ import annotations

import io

import pytest
from cards_pdfcheck import MM, open_pdf
from pypdf import PdfReader

from kitgen.model import PromptSet
from kitgen.render.cards import DeckOptions, render_deck

EXPECTED = {
    "fr": [
        "Comment imprimer ce jeu",
        "4 cartes de 63 × 88 mm, 9 par feuille ; feuilles A4 à imprimer : 1.",
        "Imprimer à 100",
        "jamais «",
        "Imprimer en recto verso, retournement sur le bord long.",
        "Papier cartonné de 200 à 300 g/m²",
        "Couper le long des traits de coupe",
        "kitgen calibrate --paper a4 --layout duplex-long",
        "--back-offset X,Y",
    ],
    "en": [
        "How to print this deck",
        "4 cards of 63 × 88 mm, 9 per sheet; A4 sheets to print: 1.",
        "Print at 100",
        "(actual size), never “fit to page”",
        "Print double-sided, flipping on the long edge.",
        "Card stock of 200 to 300 g/m²",
        "Cut along the crop marks",
        "kitgen calibrate --paper a4 --layout duplex-long",
        "--back-offset X,Y",
    ],
}


def _text(page_text: str) -> str:
    return " ".join(page_text.replace("\u202f", " ").replace("\u00a0", " ").split())


def _pages(data: bytes) -> list[str]:
    return [_text(p.extract_text() or "") for p in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_instructions_first_in_the_decks_language(minimal: PromptSet, lang: str) -> None:
    plain = render_deck(minimal, lang, DeckOptions())
    data = render_deck(minimal, lang, DeckOptions(instructions="first"))
    pages = _pages(data)
    for words in EXPECTED[lang]:
        assert words in pages[0], words
    assert pages[1] == ""  # its blank back: every sheet's front and back stay paired
    assert len(pages) == len(_pages(plain)) + 2
    assert pages[2:] == _pages(plain)


def test_instructions_last(minimal: PromptSet) -> None:
    pages = _pages(render_deck(minimal, "en", DeckOptions(instructions="last")))
    assert pages[-1].startswith("How to print this deck")
    assert len(pages) == 3  # front, back, instructions


def test_fold_deck_says_how_to_fold_and_glue(minimal: PromptSet) -> None:
    data = render_deck(minimal, "fr", DeckOptions(layout="fold", instructions="first"))
    pages = _pages(data)
    assert "Plier et coller" in pages[0] and "Imprimer en recto seul" in pages[0]
    assert "calibrate" not in pages[0]  # a folded card needs no back offset
    assert "Plier ici, face imprimée à l’extérieur ; coller les deux moitiés" in pages[1]


def test_fold_footer_and_label_never_cross_the_fold_line(minimal: PromptSet) -> None:
    data = render_deck(minimal, "en", DeckOptions(layout="fold"))
    with open_pdf(data) as pdf:
        page = pdf.pages[0]
        width = page.width / MM
        fold_x = width / 2
        dashed = [
            c for c in (*page.lines, *page.curves, *page.rects) if abs(c["x0"] / MM - fold_x) < 0.3
        ]
        assert dashed
        fold_bottom = max(c["bottom"] for c in dashed) / MM
        chars = [c for c in page.chars if c["text"].strip()]
        for c in chars:  # no glyph straddles the fold line
            assert not (c["x0"] / MM < fold_x < c["x1"] / MM), c["text"]
        footer = [c for c in chars if c["top"] / MM > fold_bottom]
        assert len(footer) > 20
        assert all(c["x0"] / MM > fold_x for c in footer)  # the footer's words, past the fold
        label = "".join(c["text"] for c in chars if abs(c["x0"] / MM - fold_x) < 3)
        assert "Fold" in label and "glue" in label.lower()

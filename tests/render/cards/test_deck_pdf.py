"""The rendered deck read back from the PDF: sizes, marks, safe zone, duplex, typography."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from cards_pdfcheck import (
    FRENCH_NO_START,
    MM,
    Box,
    _overlaps,
    assert_glyphs_in_safe_zones,
    card_text_lines,
    lines,
    open_pdf,
    trims,
)
from pypdf import PdfReader

from kitgen.model import PromptSet
from kitgen.render.cards import CARDS, PAPERS, DeckOptions, render_deck

POKER = CARDS["poker"]
SAFE = 3.0


@pytest.mark.parametrize("paper", ["a4", "letter", "a3"])
def test_page_size_exact(deck: Callable[..., bytes], paper: str) -> None:
    size = PAPERS[paper]
    with open_pdf(deck(paper=paper)) as pdf:
        for page in pdf.pages:
            w, h = sorted((page.width / MM, page.height / MM))
            assert w == pytest.approx(size.width, abs=0.1)
            assert h == pytest.approx(size.height, abs=0.1)


@pytest.mark.parametrize("paper", ["a4", "letter", "a3"])
def test_crop_marks_at_every_trim_line(deck: Callable[..., bytes], paper: str) -> None:
    with open_pdf(deck(paper=paper)) as pdf:
        page = pdf.pages[0]
        cards = trims(page, POKER.width, POKER.height, 3.0)
        assert cards
        art = Box(min(c.x0 for c in cards) - 3, min(c.top for c in cards) - 3,
                  max(c.x1 for c in cards) + 3, max(c.bottom for c in cards) + 3)  # fmt: skip
        pw, ph = page.width / MM, page.height / MM
        marks = [ln for ln in lines(page) if not _overlaps(ln, art)]
        xs = {round(v, 3) for c in cards for v in (c.x0, c.x1)}
        ys = {round(v, 3) for c in cards for v in (c.top, c.bottom)}
        vertical = [m for m in marks if abs(m.x1 - m.x0) < 0.01]
        horizontal = [m for m in marks if abs(m.bottom - m.top) < 0.01]
        for x in xs:  # above and below the artwork
            hits = [m for m in vertical if abs(m.x0 - x) < 0.05]
            assert any(m.bottom < art.top for m in hits) and any(m.top > art.bottom for m in hits)
        for y in ys:
            hits = [m for m in horizontal if abs(m.top - y) < 0.05]
            assert any(m.x1 < art.x0 for m in hits) and any(m.x0 > art.x1 for m in hits)
        for m in marks:  # never at the page edge
            assert m.x0 > 3 and m.top > 3 and m.x1 < pw - 3 and m.bottom < ph - 3


def test_every_glyph_inside_its_safe_zone(deck: Callable[..., bytes]) -> None:
    for paper in ("a4", "letter"):
        assert assert_glyphs_in_safe_zones(deck(paper=paper), POKER.width, POKER.height, 3) > 100


@pytest.mark.parametrize("card", ["tarot", "mini", "square"])
def test_safe_zone_on_other_cards(minimal: PromptSet, card: str) -> None:
    size = CARDS[card]
    data = render_deck(minimal, "en", DeckOptions(card=card))
    assert assert_glyphs_in_safe_zones(data, size.width, size.height, 3) > 50


@pytest.mark.parametrize("layout", ["duplex-long", "duplex-short"])
def test_back_lies_behind_its_front(deck: Callable[..., bytes], layout: str) -> None:
    _assert_backs_behind_fronts(deck(layout=layout), layout, POKER.width, POKER.height)


@pytest.mark.parametrize("layout", ["duplex-long", "duplex-short"])
def test_sideways_cards_on_the_pdf(deck: Callable[..., bytes], layout: str) -> None:
    """Euro cards on A4 turn sideways to fit 9: faces drawn turned, backs behind, text safe."""
    euro = CARDS["euro"]
    data = deck(layout=layout, card="euro")
    with open_pdf(data) as pdf:
        turned = trims(pdf.pages[0], euro.height, euro.width, 3)
        upright = trims(pdf.pages[0], euro.width, euro.height, 3)
        assert len(turned) == 4 and upright == []  # the minimal set's 4 cards
    _assert_backs_behind_fronts(data, layout, euro.height, euro.width)
    assert assert_glyphs_in_safe_zones(data, euro.height, euro.width, 3) > 100


def _assert_backs_behind_fronts(data: bytes, layout: str, card_w: float, card_h: float) -> None:
    with open_pdf(data) as pdf:
        pages = pdf.pages
        assert len(pages) % 2 == 0
        for front, back in zip(pages[::2], pages[1::2], strict=True):
            fronts = trims(front, card_w, card_h, 3)
            backs = trims(back, card_w, card_h, 3)
            assert len(fronts) == len(backs) > 0
            w, h = front.width / MM, front.height / MM
            long_is_vertical = h > w
            flip_x = long_is_vertical if layout == "duplex-long" else not long_is_vertical
            for f, b in zip(fronts, backs, strict=True):
                fx, fy = f.center
                bx, by = b.center
                # Where the front's centre lands on the back side once the sheet is turned over.
                tx, ty = (w - fx, fy) if flip_x else (fx, h - fy)
                assert bx == pytest.approx(tx, abs=0.01) and by == pytest.approx(ty, abs=0.01)


def test_back_offset_shifts_every_back(minimal: PromptSet, deck: Callable[..., bytes]) -> None:
    shifted = render_deck(minimal, "fr", DeckOptions(back_offset=(1.5, -0.5)))
    with open_pdf(deck()) as plain, open_pdf(shifted) as moved:
        a = trims(plain.pages[1], POKER.width, POKER.height, 3)
        b = trims(moved.pages[1], POKER.width, POKER.height, 3)
        for p, q in zip(a, b, strict=True):
            assert q.x0 - p.x0 == pytest.approx(1.5, abs=0.01)
            assert q.top - p.top == pytest.approx(-0.5, abs=0.01)
        fa = trims(plain.pages[0], POKER.width, POKER.height, 3)
        fb = trims(moved.pages[0], POKER.width, POKER.height, 3)
        assert fa == fb


@pytest.mark.parametrize(
    ("layout", "duplex"),
    [("duplex-long", "/DuplexFlipLongEdge"), ("duplex-short", "/DuplexFlipShortEdge"),
     ("fold", "/Simplex"), ("shop", "/Simplex"), ("fronts-then-backs", "/Simplex")],
)  # fmt: skip
def test_viewer_preferences(deck: Callable[..., bytes], layout: str, duplex: str) -> None:
    import io

    reader = PdfReader(io.BytesIO(deck(layout=layout)))
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]
    assert prefs["/PrintScaling"] == "/None"
    assert prefs["/Duplex"] == duplex


def test_pdf_is_tagged_with_fonts_embedded_and_subset(deck: Callable[..., bytes]) -> None:
    import io

    reader = PdfReader(io.BytesIO(deck()))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            descendant = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in descendant["/FontDescriptor"]  # embedded
    assert fonts and all("+" in name and "Hyperlegible" in name for name in fonts)  # subset


def test_shop_pages_have_trim_and_bleed_boxes(deck: Callable[..., bytes]) -> None:
    import io

    reader = PdfReader(io.BytesIO(deck(layout="shop")))
    assert len(reader.pages) == 8  # front, back for each of 4 cards
    page = reader.pages[0]
    assert float(page.mediabox.width) / MM == pytest.approx(69, abs=0.1)
    assert float(page.trimbox.width) / MM == pytest.approx(63, abs=0.1)


def test_no_line_starts_with_closing_punctuation_in_french(deck: Callable[..., bytes]) -> None:
    text_lines = []
    with open_pdf(deck(lang="fr")) as pdf:
        for page in pdf.pages[::2]:
            for trim in trims(page, POKER.width, POKER.height, 3):
                text_lines += card_text_lines(page, trim)
    assert len(text_lines) > 20
    for line in text_lines:
        assert not line.startswith(FRENCH_NO_START), line
        assert not line.endswith("«"), line


def test_no_facilitator_note_on_cards(deck: Callable[..., bytes], minimal: PromptSet) -> None:
    with open_pdf(deck(lang="en")) as pdf:
        text = " ".join((p.extract_text() or "") for p in pdf.pages)
    assert "For the facilitator only" not in text
    assert "What did you notice" in text


def test_two_builds_are_byte_identical(minimal: PromptSet) -> None:
    options = DeckOptions(layout="fold")
    assert render_deck(minimal, "fr", options) == render_deck(minimal, "fr", options)


def test_source_date_epoch_is_honoured(minimal: PromptSet, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = render_deck(minimal, "en", DeckOptions())
    info = PdfReader(io.BytesIO(data)).metadata or {}
    assert "/CreationDate" not in info or "2023" in str(info["/CreationDate"])

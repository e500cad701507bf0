"""The seam: on sheets with shared cut lines, nothing that marks one card reaches its neighbour.

Read from the PDF: every coloured drawing and every glyph of a front belongs to the card whose
trim holds its centre, and must stay at least 1 mm from every other card's trim, so a 1 mm
cutting error never moves an opener's stripe or a category band onto the wrong card.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from cards_pdfcheck import MM, Box, _overlaps, face_boxes, open_pdf, trims

from kitgen.render.cards import CARDS

POKER = CARDS["poker"]
#: The distance the issue asks for between one card's marks and its neighbour's trim.
CLEARANCE = 1.0


def _box(obj: dict[str, Any]) -> Box:
    return Box(obj["x0"] / MM, obj["top"] / MM, obj["x1"] / MM, obj["bottom"] / MM)


def _coloured(obj: dict[str, Any]) -> bool:
    """Filled with something other than white (white paper marks no card)."""
    colour = obj.get("non_stroking_color")
    if not obj.get("fill") or colour is None:
        return False
    values = colour if isinstance(colour, tuple | list) else (colour,)
    return any(float(v) < 0.98 for v in values)


def _grown(box: Box, d: float) -> Box:
    return Box(box.x0 - d, box.top - d, box.x1 + d, box.bottom + d)


def _inside(point: tuple[float, float], box: Box) -> bool:
    x, y = point
    return box.x0 <= x <= box.x1 and box.top <= y <= box.bottom


def _seam_violations(data: bytes, card_w: float, card_h: float) -> tuple[int, list[str]]:
    """Marks checked, and each mark of a front that comes within CLEARANCE of another card."""
    checked = 0
    bad: list[str] = []
    with open_pdf(data) as pdf:
        for n, page in enumerate(pdf.pages, 1):
            cards = trims(page, card_w, card_h, 3.0)
            # A face's own background (white on fronts, the deck's colour on backs, the same for
            # every card) is clipped by the template at its neighbour's trim: it marks no card.
            faces = set(face_boxes(page, card_w, card_h, 3.0))
            marks = [
                _box(o)
                for o in (*page.rects, *page.curves)
                if _coloured(o) and _box(o) not in faces
            ]
            marks += [_box(c) for c in page.chars if c["text"].strip()]
            for mark in marks:
                home = [c for c in cards if _inside(mark.center, c)]
                if not home:  # crop marks, the calibration strip
                    continue
                checked += 1
                for other in cards:
                    if other is not home[0] and _overlaps(_grown(mark, CLEARANCE - 0.01), other):
                        bad.append(f"page {n}: {mark} of card {home[0]} near {other}")
    return checked, bad


@pytest.mark.parametrize("layout", ["duplex-long", "duplex-short", "fold", "fronts-then-backs"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_card_marks_its_neighbour(deck: Callable[..., bytes], layout: str, paper: str) -> None:
    checked, bad = _seam_violations(deck(layout=layout, paper=paper), POKER.width, POKER.height)
    assert checked > 100
    assert bad == []


def test_sideways_cards_keep_their_marks_home(deck: Callable[..., bytes]) -> None:
    euro = CARDS["euro"]  # turned sideways on A4, shared cut lines
    checked, bad = _seam_violations(deck(card="euro"), euro.height, euro.width)
    assert checked > 50
    assert bad == []


def test_opener_stripe_is_drawn_inside_its_card(deck: Callable[..., bytes]) -> None:
    """The stripe is still there (the check above is not passing by drawing nothing)."""
    with open_pdf(deck()) as pdf:
        page = pdf.pages[0]
        cards = trims(page, POKER.width, POKER.height, 3.0)
        stripes = [
            _box(r)
            for r in page.rects
            if _coloured(r) and (r["bottom"] - r["top"]) / MM < 3 and (r["x1"] - r["x0"]) / MM > 50
        ]
        assert stripes
        for stripe in stripes:
            home = next(c for c in cards if _inside(stripe.center, c))
            assert home.bottom - stripe.bottom >= CLEARANCE

"""Reading a deck PDF back: card boxes, glyphs, crop marks and text lines, in millimetres."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pdfplumber

MM = 72 / 25.4
FRENCH_NO_START = tuple("?!:;»")


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def center(self) -> tuple[float, float]:
        return ((self.x0 + self.x1) / 2, (self.top + self.bottom) / 2)

    def inset(self, d: float) -> Box:
        return Box(self.x0 + d, self.top + d, self.x1 - d, self.bottom - d)

    def contains(self, other: Box, tol: float = 0.01) -> bool:
        return (
            other.x0 >= self.x0 - tol
            and other.x1 <= self.x1 + tol
            and other.top >= self.top - tol
            and other.bottom <= self.bottom + tol
        )


def _box(obj: dict) -> Box:
    return Box(obj["x0"] / MM, obj["top"] / MM, obj["x1"] / MM, obj["bottom"] / MM)


def open_pdf(data: bytes) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(data))


def face_boxes(page: pdfplumber.page.Page, card_w: float, card_h: float, bleed: float) -> list[Box]:
    """Full-face background rectangles (trim + bleed all round), in drawing order.

    The template paints each face's background first; its centre is the card's trim centre.
    A face turned sideways may come back as a closed path rather than a rectangle.
    """
    out = []
    for r in (*page.rects, *page.curves):
        b = _box(r)
        if (
            abs(b.x1 - b.x0 - card_w - 2 * bleed) < 0.05
            and abs(b.bottom - b.top - card_h - 2 * bleed) < 0.05
        ):
            out.append(b)
    return out


def trims(page: pdfplumber.page.Page, card_w: float, card_h: float, bleed: float) -> list[Box]:
    return [
        Box(b.x0 + bleed, b.top + bleed, b.x1 - bleed, b.bottom - bleed)
        for b in face_boxes(page, card_w, card_h, bleed)
    ]


def glyphs(page: pdfplumber.page.Page) -> list[tuple[str, Box]]:
    return [(c["text"], _box(c)) for c in page.chars if c["text"].strip()]


def lines(page: pdfplumber.page.Page) -> list[Box]:
    return [_box(ln) for ln in page.lines]


def card_text_lines(page: pdfplumber.page.Page, trim: Box) -> list[str]:
    crop = page.within_bbox((trim.x0 * MM, trim.top * MM, trim.x1 * MM, trim.bottom * MM))
    text = crop.extract_text(x_tolerance=1.0) or ""
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


SAFE = 3.0


def _overlaps(a: Box, b: Box) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1 and a.top < b.bottom and b.top < a.bottom


def assert_glyphs_in_safe_zones(data: bytes, card_w: float, card_h: float, bleed: float) -> int:
    """Every glyph drawn on a card (front or back) lies inside that card's safe zone."""
    checked = 0
    with open_pdf(data) as pdf:
        for page in pdf.pages:
            cards = trims(page, card_w, card_h, bleed)
            chars = glyphs(page)
            for text, box in chars:
                home = [c for c in cards if c.contains(box, tol=1.0)]
                if not home:  # sheet margin text (calibration line), outside every card
                    assert all(not _overlaps(box, c) for c in cards), text
                    continue
                assert home[0].inset(SAFE).contains(box), (text, box, home[0])
                checked += 1
    return checked

"""Card and paper sizes (millimetres), by name or as ``WxH``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kitgen.i18n import cli_text
from kitgen.typography import dimensions
from kitgen.wording import quoted


@dataclass(frozen=True)
class Size:
    """A named rectangle in millimetres (width x height, portrait for cards)."""

    name: str
    width: float
    height: float

    @property
    def label(self) -> str:
        """How messages name it: ``poker`` or ``70 × 70 mm`` for a custom size."""
        if self.name in CARDS or self.name in PAPERS:
            return self.name
        return dimensions(_num(self.width), _num(self.height), unit="mm")


CARDS: dict[str, Size] = {
    s.name: s
    for s in [
        Size("poker", 63.0, 88.0),
        Size("poker-us", 63.5, 88.9),
        Size("bridge", 57.0, 89.0),
        Size("tarot", 70.0, 120.0),
        Size("mini", 44.5, 63.5),
        Size("euro", 59.0, 92.0),
        Size("square", 70.0, 70.0),
        Size("a7", 74.0, 105.0),
        Size("a6", 105.0, 148.0),
    ]
}

PAPERS: dict[str, Size] = {
    s.name: s
    for s in [
        Size("a4", 210.0, 297.0),
        Size("letter", 215.9, 279.4),
        Size("a3", 297.0, 420.0),
    ]
}

#: Paper names as people write them in sentences.
PAPER_TITLES = {"a4": "A4", "letter": "Letter", "a3": "A3"}

_CUSTOM = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*[xX×]\s*(\d+(?:\.\d+)?)\s*(?:mm)?\s*$")


def _num(value: float) -> str:
    return f"{value:g}"


def parse_card(text: str) -> Size:
    """A preset name (``poker``) or ``WxH`` in millimetres (``70x70``)."""
    key = text.strip().lower()
    if key in CARDS:
        return CARDS[key]
    match = _CUSTOM.match(key)
    if not match:
        raise ValueError(
            cli_text(
                "unknown card size {text}; use one of {cards} or WxH in mm (e.g. 70x70)",
                text=quoted(text),
                cards=", ".join(CARDS),
            )
        )
    width, height = float(match[1]), float(match[2])
    if not (30 <= width <= 300 and 30 <= height <= 400):
        raise ValueError(
            cli_text(
                "card size {text} is out of range (30 to 300 mm by 30 to 400 mm)", text=quoted(text)
            )
        )
    return Size(f"{_num(width)}x{_num(height)}", width, height)


def parse_paper(text: str) -> Size:
    key = text.strip().lower()
    if key not in PAPERS:
        raise ValueError(
            cli_text(
                "unknown paper {text}; use one of {papers}",
                text=quoted(text),
                papers=", ".join(PAPERS),
            )
        )
    return PAPERS[key]


def larger_card(card: Size) -> Size | None:
    """The preset to suggest when a prompt does not fit ``card`` (tarot, then a6)."""
    for name in ("tarot", "a6"):
        candidate = CARDS[name]
        if candidate.width * candidate.height > card.width * card.height * 1.05:
            return candidate
    return None

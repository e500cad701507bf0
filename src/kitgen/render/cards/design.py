"""The card's proportions and colours: what the template draws, as plain numbers.

Sizes scale with the card (poker 63 x 88 mm is the reference), with floors so small cards stay
legible and ceilings so large cards do not look inflated.
"""

from __future__ import annotations

from dataclasses import dataclass

from kitgen.render.cards.sizes import Size
from kitgen.render.wcag import luminance

#: Text must stay this far inside the trim (print-shop safe zone).
SAFE_MM = 3.0
INK = "#1d1d1f"
MUTED = "#55565b"
FOLLOW_RATIO = 0.78
SIZE_STEP = 0.5


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


@dataclass(frozen=True)
class Metrics:
    """Card geometry in millimetres (font sizes in points)."""

    w: float
    h: float
    bleed: float
    k: float

    @property
    def pad(self) -> float:
        return round(_clamp(5.0 * self.k, SAFE_MM + 0.5, 8.0), 2)

    @property
    def band(self) -> float:
        return round(_clamp(12.0 * self.k, 10.0, 20.0), 2)

    @property
    def qr(self) -> float:
        return round(_clamp(12.0 * self.k, 11.0, 18.0), 2)

    @property
    def text_y(self) -> float:
        return round(self.band + 3.0 * self.k, 2)

    @property
    def text_w(self) -> float:
        return round(self.w - 2 * self.pad, 2)

    @property
    def text_h(self) -> float:
        return round(self.h - self.pad - self.qr - 2.2 * self.k - self.text_y, 2)

    def max_font_pt(self, min_pt: float) -> float:
        return max(min_pt, _clamp(round(self.text_w * 0.27 * 2) / 2, 8.0, 28.0))

    def to_data(self) -> dict[str, float | str]:
        """The numbers under the names the templates read (``payload`` puts them in the JSON)."""
        k = self.k
        return {
            "w": self.w,
            "h": self.h,
            "bleed": self.bleed,
            "safe": SAFE_MM,
            "pad": self.pad,
            "band": self.band,
            "band_pt": round(_clamp(7.0 * k, 6.0, 10.0), 2),
            "qr": self.qr,
            "text_y": self.text_y,
            "text_w": self.text_w,
            "text_h": self.text_h,
            "stripe": round(2.2 * k, 2),
            "meta_pt": round(_clamp(6.0 * k, 5.5, 8.0), 2),
            "follow_gap": round(2.4 * k, 2),
            "bullet": round(3.0 * k, 2),
            "leading": 0.22,
            "frame": 6.0,
            # Back: the mark, then the title (up to three lines), then licence and attribution
            # aligned on the frame's bottom edge.
            "back_icon_y": round(self.h * 0.12, 2),
            "back_title_y": round(self.h * 0.34, 2),
            "back_foot_y": round(self.h * 0.61, 2),
            "back_foot_h": round(self.h * 0.39 - 6.0 - 2.0, 2),
            "ink": INK,
            "muted": MUTED,
        }


def metrics(card: Size, bleed: float) -> Metrics:
    k = min(card.width / 63.0, card.height / 88.0)
    return Metrics(card.width, card.height, bleed, round(k, 4))


def ink_on(color: str) -> str:
    """White or near-black, whichever reads better on ``color`` (WCAG contrast)."""
    lum = luminance(color)
    white = 1.05 / (lum + 0.05)
    dark = (lum + 0.05) / (luminance(INK) + 0.05)
    return "#ffffff" if white >= 4.5 or white >= dark else INK


def licence_label(spdx: str) -> str:
    """``CC-BY-SA-4.0`` -> ``CC BY-SA 4.0``; other ids unchanged."""
    if spdx.upper().startswith("CC-") or spdx.upper().startswith("CC0"):
        parts = spdx.split("-")
        if parts[-1][:1].isdigit():
            return " ".join([parts[0], "-".join(parts[1:-1]), parts[-1]]).replace("  ", " ")
    return spdx

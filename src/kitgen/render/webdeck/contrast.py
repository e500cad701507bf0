"""WCAG 2.1 colour arithmetic: set authors pick any colour, the deck keeps text readable.

A category colour may be light (yellow, sky blue); the deck never trusts it for text.  It
computes the text colour to put on it (black or white, whichever contrasts more: at least 4.58:1
for any colour) and a darkened variant to use as text on a light background.
"""

from __future__ import annotations

#: Normal text needs 4.5:1 (WCAG 2.1 SC 1.4.3, level AA).
AA_TEXT = 4.5
WHITE = "#ffffff"
BLACK = "#000000"


def _rgb(color: str) -> tuple[int, int, int]:
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(255.0, c))):02x}" for c in rgb)


def luminance(color: str) -> float:
    """Relative luminance as WCAG defines it (sRGB, 0 for black, 1 for white)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in _rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """Contrast ratio between two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return BLACK if contrast(background, BLACK) >= contrast(background, WHITE) else WHITE


def ink_on(color: str, background: str, minimum: float = AA_TEXT) -> str:
    """``color`` darkened (keeping its hue) until it reaches ``minimum`` contrast on a light
    ``background``; unchanged if it already does."""
    if contrast(color, background) >= minimum:
        return color.lower()
    r, g, b = _rgb(color)
    low, high = 0.0, 1.0  # scale factor: 0 is black, 1 the colour itself
    for _ in range(24):
        mid = (low + high) / 2
        if contrast(_hex((r * mid, g * mid, b * mid)), background) >= minimum:
            low = mid
        else:
            high = mid
    return _hex((r * low, g * low, b * low))

"""WCAG 2.1 colour arithmetic: set authors pick any colour, the deck keeps text readable.

A category colour may be light (yellow, sky blue); the deck never trusts it for text.  It
computes the text colour to put on it (black or white, whichever contrasts more: at least 4.58:1
for any colour) and a darkened variant to use as text on a light background.
"""

from __future__ import annotations

from kitgen.render.wcag import contrast, luminance, rgb

#: Normal text needs 4.5:1 (WCAG 2.1 SC 1.4.3, level AA).
AA_TEXT = 4.5
WHITE = "#ffffff"
BLACK = "#000000"

__all__ = ["AA_TEXT", "BLACK", "WHITE", "contrast", "ink_on", "luminance", "text_on"]


def _hex(channels: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(255.0, c))):02x}" for c in channels)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    return BLACK if contrast(background, BLACK) >= contrast(background, WHITE) else WHITE


def ink_on(color: str, background: str, minimum: float = AA_TEXT) -> str:
    """``color`` darkened (keeping its hue) until it reaches ``minimum`` contrast on a light
    ``background``; unchanged if it already does."""
    if contrast(color, background) >= minimum:
        return color.lower()
    r, g, b = rgb(color)
    low, high = 0.0, 1.0  # scale factor: 0 is black, 1 the colour itself
    for _ in range(24):
        mid = (low + high) / 2
        if contrast(_hex((r * mid, g * mid, b * mid)), background) >= minimum:
            low = mid
        else:
            high = mid
    return _hex((r * low, g * low, b * low))

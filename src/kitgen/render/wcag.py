"""WCAG 2.1 relative luminance and contrast ratio: one formula for every renderer.

The card's ink (black or white on a category band) and the online deck's colours are chosen
with the same arithmetic, so paper and screen agree on which text reads on which colour.  The
sRGB threshold is 0.04045 (IEC 61966-2-1); WCAG 2.1 prints 0.03928, which gives the same
result for every 8-bit channel (no n/255 lies between the two).
"""

from __future__ import annotations


def rgb(color: str) -> tuple[int, int, int]:
    """``#rrggbb`` as three 0-255 channels."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def luminance(color: str) -> float:
    """Relative luminance as WCAG defines it (sRGB, 0 for black, 1 for white)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb(color))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """Contrast ratio between two colours, from 1 to 21."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

"""The bundled font: Atkinson Hyperlegible (OFL), installed from its PyPI package.

Typst is given only this folder and its own embedded fonts, never the system's, so a deck looks
the same and has the same bytes on every machine.
"""

from __future__ import annotations

from pathlib import Path

import fontpkg_atkinson_hyperlegible as _font

FAMILY: str = _font.FAMILY


def font_dir() -> Path:
    """Folder holding the four TTF files (regular, italic, bold, bold italic)."""
    return Path(_font.ROOT) / "files"


#: Noto Emoji (OFL, vendored with its licence): drawn where the text faces lack a character.
FALLBACK_FAMILY = "Noto Emoji"
#: DejaVu Sans, subset to its symbol blocks (vendored with its licence): arrows, check marks,
#: stars and ballot boxes that neither the text faces nor Noto Emoji draw.
SYMBOLS_FAMILY = "DejaVu Sans"


def fallback_dir() -> Path:
    """Folder of the vendored fallback fonts for emoji and symbols (see its README)."""
    return Path(__file__).resolve().parent.parent / "fallback"


def font_paths() -> list[str]:
    """Kitgen Hyperlegible (plain zero, running text), Atkinson Hyperlegible (codes), and the
    fallbacks for emoji and symbols."""
    from kitgen.render.plainzero import derived_dir

    return [str(derived_dir(font_dir())), str(font_dir()), str(fallback_dir())]

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


def font_paths() -> list[str]:
    """Kitgen Hyperlegible (plain zero, running text) and Atkinson Hyperlegible (codes)."""
    from kitgen.render.plainzero import derived_dir

    return [str(derived_dir(font_dir())), str(font_dir())]

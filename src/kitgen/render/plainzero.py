"""Kitgen Hyperlegible: Atkinson Hyperlegible with a plain zero, for running text.

Atkinson Hyperlegible draws its zero slashed (its counter is cut in two pieces by the slash) and
has no OpenType alternate, so "2012", "100 %" or "v1.0" print as "2Ø12".  The font is OFL 1.1
without a Reserved Font Name, so a modified face may be made and shipped under another name:
this module derives one from the installed ``fontpkg`` files, the zero's two counter pieces
replaced by one counter (the zero's outer contour, scaled into the pieces' box), and renames it.
``zero.tf`` is a reference to ``zero`` and follows.  The original face stays in use where a code
must be unambiguous (plan ids).

The faces are made once per source font and kept in the user's cache folder.
"""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from pathlib import Path
from typing import Any

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]
from fontTools.ttLib.tables import ttProgram  # type: ignore[import-untyped]
from fontTools.ttLib.tables._g_l_y_f import GlyphCoordinates  # type: ignore[import-untyped]

from kitgen import atomic

FAMILY = "Kitgen Hyperlegible"
POSTSCRIPT = "KitgenHyperlegible"
#: Bump when the derivation changes, so cached faces are made again.
RECIPE = "2"
NOTE = (
    "Kitgen Hyperlegible is Atkinson Hyperlegible (SIL Open Font License 1.1) modified by kitgen: "
    "the zero is drawn without its slash. It is distributed under the same licence."
)


def _cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kitgen" / "fonts"


def plain_zero_font(source: bytes) -> bytes:
    """``source`` (an Atkinson Hyperlegible TTF) with a plain zero, renamed."""
    font = TTFont(io.BytesIO(source), recalcTimestamp=False)  # same bytes on every machine
    glyf = font["glyf"]
    zero = glyf[font.getBestCmap()[0x30]]
    if zero.numberOfContours == 3:
        _one_counter(zero, glyf)
    _rename(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _one_counter(zero: Any, glyf: Any) -> None:
    """Replace the two counter pieces by one counter shaped like the outer contour."""
    coords, ends, flags = zero.getCoordinates(glyf)
    outer = list(coords[: ends[0] + 1])
    outer_flags = list(flags[: ends[0] + 1])
    inner = list(coords[ends[0] + 1 :])
    ox0, oy0, ox1, oy1 = _box(outer)
    ix0, iy0, ix1, iy1 = _box(inner)

    def to_counter(x: float, y: float) -> tuple[int, int]:
        return (
            round(ix0 + (x - ox0) * (ix1 - ix0) / (ox1 - ox0)),
            round(iy0 + (y - oy0) * (iy1 - iy0) / (oy1 - oy0)),
        )

    counter = [to_counter(x, y) for x, y in reversed(outer)]  # a hole winds the other way
    zero.coordinates = GlyphCoordinates(outer + counter)
    zero.flags = bytearray(outer_flags + list(reversed(outer_flags)))
    zero.endPtsOfContours = [len(outer) - 1, 2 * len(outer) - 1]
    zero.numberOfContours = 2
    program = ttProgram.Program()  # its hints address the old points
    program.fromBytecode(b"")
    zero.program = program
    zero.recalcBounds(glyf)


def _box(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _rename(font: TTFont) -> None:
    names = font["name"]
    style = names.getDebugName(2) or "Regular"
    typo_style = names.getDebugName(17) or style
    full = FAMILY if typo_style == "Regular" else f"{FAMILY} {typo_style}"
    ps = f"{POSTSCRIPT}-{typo_style.replace(' ', '')}"
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            names.setName(f"kitgen:{ps}", 3, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            names.setName(full, 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(ps, 6, record.platformID, record.platEncID, record.langID)
    names.setName(NOTE, 10, 3, 1, 0x409)


def derived_dir(source_dir: Path) -> Path:
    """A folder with the plain-zero face of every TTF in ``source_dir`` (made once, cached)."""
    sources = sorted(source_dir.glob("*.ttf"))
    key = hashlib.sha256(RECIPE.encode())
    for path in sources:
        key.update(path.name.encode() + path.read_bytes())
    name = key.hexdigest()[:16]
    try:
        return _fill(_cache_root() / name, sources)
    except OSError:  # no writable cache folder (read-only home): the system's temporary folder
        return _fill(Path(tempfile.gettempdir()) / f"kitgen-fonts-{os.getuid()}" / name, sources)


def _fill(folder: Path, sources: list[Path]) -> Path:
    for path in sources:
        target = folder / path.name.replace("AtkinsonHyperlegible", POSTSCRIPT)
        if not target.is_file():
            atomic.write_bytes(target, plain_zero_font(path.read_bytes()))
    return folder

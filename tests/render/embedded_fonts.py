"""Reading the fonts a PDF embeds: which glyph each draws for a character, and its contours."""

from __future__ import annotations

import io
import re

from fontTools.ttLib import TTFont
from pypdf import PdfReader


def contours(font: TTFont, glyph_name: str) -> int:
    """Contours of a glyph, counting those of the glyphs a composite refers to."""
    glyph = font["glyf"][glyph_name]
    if glyph.isComposite():
        return sum(contours(font, c.glyphName) for c in glyph.components)
    return int(glyph.numberOfContours)


def glyphs(pdf: bytes, chars: str) -> dict[str, dict[str, tuple[str, int]]]:
    """For each of ``chars``: (glyph name, contours) of the glyph each embedded font draws.

    Typst embeds CID fonts with ``/CIDToGIDMap /Identity``: the ToUnicode map gives the glyph id.
    """
    wanted = {
        key: char
        for char in chars
        for key in (f"{ord(char):04X}", char.encode("utf-16-be").hex().upper())
    }
    found: dict[str, dict[str, tuple[str, int]]] = {char: {} for char in chars}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            if "/DescendantFonts" not in font or "/ToUnicode" not in font:
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            pairs = re.findall(r"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]+)>", cmap)
            cids = {wanted[u.upper()]: int(cid, 16) for cid, u in pairs if u.upper() in wanted}
            if not cids:
                continue
            data = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]["/FontFile2"]
            embedded = TTFont(io.BytesIO(data.get_object().get_data()))
            for char, cid in cids.items():
                name = embedded.getGlyphOrder()[cid]
                found[char][str(font["/BaseFont"])] = (name, contours(embedded, name))
    return found


def drawn(pdf: bytes, char: str) -> dict[str, int]:
    """Contours of the glyph each embedded font draws for ``char`` (fonts that have it)."""
    return {font: n for font, (_, n) in glyphs(pdf, char)[char].items()}

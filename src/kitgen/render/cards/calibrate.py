"""The duplex calibration sheet behind ``kitgen calibrate``.

Front: registration crosses. Back: rulers whose zero lies exactly behind each cross for the
chosen flip.  Held against a window, the cross shows through and its reading on the rulers is
the printer's duplex offset, which ``--back-offset X,Y`` then cancels.
"""

from __future__ import annotations

import json
from typing import Any

import typst

from kitgen.i18n import output_text
from kitgen.render.cards import pdf
from kitgen.render.cards.fonts import font_paths
from kitgen.render.cards.imposition import Layout
from kitgen.render.cards.runner import template_root, timestamp
from kitgen.render.cards.sizes import Size
from kitgen.typography import typeset


def _sheet_words(lang: str) -> dict[str, str]:
    """The words of the sheet, by the key ``calibrate.typ`` reads."""
    return {
        "title": output_text(lang, "Duplex calibration: front"),
        "front_help": output_text(
            lang,
            "Print this sheet double-sided at 100 % / actual size (no “fit to "
            "page”), with the same flip you will use for cards. Check the 100 mm "
            "line with a ruler. Then hold the sheet against a window, back side "
            "towards you. The dotted frames show how close to the edge your printer"
            " prints.",
        ),
        "back_title": output_text(lang, "Duplex calibration: back"),
        "back_help": output_text(
            lang,
            "Hold the sheet against a window: each cross of the front shows through"
            " near a ruler. Read where its centre falls: X to the right, Y "
            "downwards, in millimetres. Pass the reading to kitgen as --back-offset"
            " X,Y (e.g. --back-offset 1.5,-0.5). A zero reading means your printer "
            "needs no offset.",
        ),
        "scale": output_text(lang, "Print at 100 % / actual size: this line measures 100 mm"),
    }


def calibration_data(paper: Size, layout: Layout, lang: str) -> dict[str, Any]:
    """Cross positions on the front and, mirrored for the flip, on the back (mm)."""
    w, h = paper.width, paper.height
    crosses = [(w / 2, h / 2), (w * 0.25, h * 0.4), (w * 0.75, h * 0.4), (w * 0.3, h * 0.72),
               (w * 0.7, h * 0.72)]  # fmt: skip
    if layout is Layout.DUPLEX_SHORT:
        back = [(x, h - y) for x, y in crosses]
    else:
        back = [(w - x, y) for x, y in crosses]
    words = {k: typeset(v, lang) for k, v in _sheet_words(lang).items()}
    return {
        "page": {"w": w, "h": h},
        "lang": lang,
        "crosses": [[round(x, 3), round(y, 3)] for x, y in crosses],
        "back_crosses": [[round(x, 3), round(y, 3)] for x, y in back],
        "margins": [3, 4, 5, 6],
        "words": words,
    }


def render_calibration(paper: Size, layout: Layout = Layout.DUPLEX_LONG, lang: str = "en") -> bytes:
    """The two-page calibration PDF for ``paper`` and the flip of ``layout``."""
    if layout not in (Layout.DUPLEX_LONG, Layout.DUPLEX_SHORT):
        raise ValueError("calibration is for duplex-long or duplex-short")
    data = calibration_data(paper, layout, lang)
    out = typst.compile(
        str(template_root() / "calibrate.typ"),
        root=str(template_root()),
        font_paths=font_paths(),
        ignore_system_fonts=True,
        format="pdf",
        sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
        timestamp=timestamp(),
    )
    assert isinstance(out, bytes)
    return pdf.finish([out], duplex=layout.value)

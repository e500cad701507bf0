"""QR codes that open a card in the online deck, drawn as SVG paths for Typst."""

from __future__ import annotations

import io
from functools import lru_cache

import segno

from kitgen import urls


def card_url(base_url: str, lang: str, set_id: str, prompt_id: str) -> str:
    """Where a printed card's QR code points: the online deck opened on that card."""
    return urls.absolute(base_url, urls.web_deck_card(lang, set_id, prompt_id))


@lru_cache(maxsize=4096)
def qr_svg(data: str) -> str:
    """A QR code as a compact SVG (one path, no quiet zone: the card's white is the margin).

    Error level M survives a smudge or a fold; the version is the smallest that holds ``data``.
    """
    code = segno.make_qr(data, error="m", boost_error=False)
    out = io.BytesIO()
    code.save(out, kind="svg", border=0, xmldecl=False, svgns=True, nl=False, svgclass=None,
              lineclass=None, dark="#1d1d1f")  # fmt: skip
    return out.getvalue().decode("ascii")

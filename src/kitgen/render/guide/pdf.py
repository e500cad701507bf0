"""The printed guide: the guide document laid out by Typst (``templates/guide.typ``).

The document goes to the template as one JSON input, so no user text is ever read as Typst
markup.  Output is deterministic: same document, same bytes.
"""

from __future__ import annotations

import dataclasses
import io
import json
from functools import cache
from importlib.resources import files
from typing import Any

import segno
import typst

from kitgen.render.brand import BrandMark
from kitgen.render.cards.fonts import font_paths
from kitgen.render.guide.content import GuideDocument

#: Paper option -> Typst paper name.
PAPERS = {"a4": "a4", "letter": "us-letter"}


@cache
def _template() -> bytes:
    return files("kitgen.templates").joinpath("guide.typ").read_bytes()


@cache
def qr_svg(url: str) -> str:
    """A QR code of ``url`` as SVG text, without a quiet zone (the layout leaves room)."""
    out = io.BytesIO()
    segno.make(url, error="m").save(out, kind="svg", border=0, xmldecl=False, svgns=True)
    return out.getvalue().decode("ascii")


def document_data(
    document: GuideDocument, paper: str, brand: BrandMark | None = None
) -> dict[str, Any]:
    """The template's input: the document, the paper, a QR code per hosted link, the brand."""
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; use one of {', '.join(PAPERS)}")
    data = dataclasses.asdict(document)
    data["paper"] = PAPERS[paper]
    for link in [*(s["link"] for s in data["steps"] if s["link"]), *data["links"]]:
        link["qr"] = qr_svg(link["url"]) if link["url"] else None
    brand = brand or BrandMark()
    data["brand"] = (
        {"name": brand.name, "logo": brand.logo_svg}
        if brand.name is not None or brand.logo_svg is not None
        else None
    )
    return data


def _font_paths() -> list[Any]:
    """Only the bundled font (and Typst's own), never the machine's: same output everywhere.

    Typed ``Any``: the engine wants ``str`` paths with a ``bytes`` input, which its stubs
    cannot express.
    """
    return list(font_paths())


def render_pdf(document: GuideDocument, paper: str = "a4", brand: BrandMark | None = None) -> bytes:
    """The guide as PDF bytes (with the kit's brand in every page's header, if any)."""
    data = json.dumps(document_data(document, paper, brand), ensure_ascii=False, sort_keys=True)
    pdf = typst.compile(
        _template(),
        font_paths=_font_paths(),
        ignore_system_fonts=True,
        sys_inputs={"data": data},
    )
    assert isinstance(pdf, bytes)
    return pdf

"""The brand as renderers get it: logo read once (PNG wrapped for Typst), colour fallback, and
the brand drawn on the card backs (read back from the PDF)."""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Callable
from pathlib import Path

import pdfplumber
import pytest

from kitgen.config import Brand
from kitgen.load import load_set
from kitgen.render.brand import DEFAULT_COLOUR, BrandMark, png_as_svg, set_colour
from kitgen.render.cards import DeckOptions, render_deck

BRAND = Path(__file__).resolve().parents[1] / "data" / "brand"


def test_png_logo_becomes_an_svg_of_its_size() -> None:
    png = (BRAND / "logo.png").read_bytes()
    svg = png_as_svg(png)
    assert 'width="96" height="96"' in svg
    encoded = re.search(r"base64,([^\"]+)\"", svg)
    assert encoded and base64.b64decode(encoded[1]) == png
    with pytest.raises(ValueError, match="not a PNG"):
        png_as_svg(b"GIF89a")


def test_from_brand_reads_the_logo_once() -> None:
    mark = BrandMark.from_brand(Brand(name="Acme", logo=BRAND / "logo.svg", colour="#0d5c63"))
    assert mark.name == "Acme" and mark.colour == "#0d5c63"
    assert mark.logo_svg is not None and mark.logo_svg.startswith("<svg")
    assert BrandMark.from_brand(Brand()) == BrandMark()


def test_colour_the_set_then_the_brand_then_kitgen(write_set: Callable[..., Path]) -> None:
    coloured = load_set(write_set(), docs_dir=None)
    assert coloured.color is not None
    assert set_colour(coloured, "#0d5c63") == coloured.color
    plain = load_set(write_set(lambda data: data.pop("color"), name="plain.yaml"), docs_dir=None)
    assert plain.color is None
    assert set_colour(plain, "#0d5c63") == "#0d5c63"
    assert set_colour(plain, None) == DEFAULT_COLOUR


def _back_page(pdf: bytes) -> pdfplumber.page.Page:
    return pdfplumber.open(io.BytesIO(pdf)).pages[1]


def test_card_backs_carry_the_brand(write_set: Callable[..., Path]) -> None:
    plain = load_set(write_set(lambda data: data.pop("color")), docs_dir=None)
    mark = BrandMark.from_brand(
        Brand(name="Atelier Lac", logo=BRAND / "logo.png", colour="#5b2a86")
    )
    back = _back_page(render_deck(plain, "en", DeckOptions(brand=mark)))
    assert "Atelier Lac" in (back.extract_text() or "")
    assert len(back.images) == 4  # the PNG logo once on each card's back (4 cards)
    fills = {tuple(round(c, 3) for c in r["non_stroking_color"] or ()) for r in back.rects}
    assert (round(0x5B / 255, 3), round(0x2A / 255, 3), round(0x86 / 255, 3)) in fills
    unbranded = _back_page(render_deck(plain, "en", DeckOptions()))
    assert unbranded.images == [] and "Atelier" not in (unbranded.extract_text() or "")


def test_a_long_brand_name_stays_on_the_back(write_set: Callable[..., Path]) -> None:
    prompt_set = load_set(write_set(), docs_dir=None)
    name = "Association romande pour la communication"
    back = _back_page(render_deck(prompt_set, "fr", DeckOptions(brand=BrandMark(name=name))))
    words = back.extract_words()
    first = next(w for w in words if w["text"] == "Association")
    last = next(w for w in words if w["text"] == "communication")
    assert first["top"] == pytest.approx(last["top"], abs=1)  # one line, shrunk to fit
    assert first["x0"] > 0 and last["x1"] < back.width

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitgen.render.webdeck.contrast import contrast, ink_on, luminance, text_on

colors = st.integers(0, 0xFFFFFF).map(lambda v: f"#{v:06x}")


def test_contrast_extremes() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#777777") == pytest.approx(1)
    assert luminance("#ffffff") == pytest.approx(1)


def test_known_ratio() -> None:
    # WebAIM's checker gives 4.54:1 for #767676 on white.
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_light_colours_get_dark_text() -> None:
    assert text_on("#F0E442") == "#000000"  # yellow
    assert text_on("#56B4E9") == "#000000"  # sky blue
    assert text_on("#0072B2") == "#ffffff"  # deep blue


def test_ink_darkens_a_light_colour_and_keeps_its_hue() -> None:
    ink = ink_on("#F0E442", "#ffffff")
    assert contrast(ink, "#ffffff") >= 4.5
    r, g, b = (int(ink[i : i + 2], 16) for i in (1, 3, 5))
    assert r > b and g > b  # still a yellow, darkened


def test_ink_keeps_a_dark_colour() -> None:
    assert ink_on("#0072B2", "#ffffff") == "#0072b2"


@given(colors)
def test_text_on_any_colour_passes_aa(color: str) -> None:
    assert contrast(color, text_on(color)) >= 4.5


@given(colors, st.sampled_from(["#ffffff", "#f5f3ee"]))
def test_ink_on_light_background_passes_aa(color: str, background: str) -> None:
    assert contrast(ink_on(color, background), background) >= 4.5

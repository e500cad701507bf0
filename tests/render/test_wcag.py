"""One WCAG luminance for the cards and the online deck: known values, and the sRGB threshold
(0.04045) agrees with WCAG 2.1's printed 0.03928 on every 8-bit channel, so unifying the two
formulas changed no colour choice."""

from __future__ import annotations

import pytest

from kitgen.render.cards.design import INK, ink_on
from kitgen.render.wcag import contrast, luminance


def _linear(value: int, threshold: float) -> float:
    s = value / 255
    return s / 12.92 if s <= threshold else ((s + 0.055) / 1.055) ** 2.4


@pytest.mark.parametrize("value", range(256))
def test_both_published_thresholds_give_the_same_channel(value: int) -> None:
    grey = f"#{value:02x}{value:02x}{value:02x}"
    assert _linear(value, 0.03928) == _linear(value, 0.04045)
    assert luminance(grey) == pytest.approx(_linear(value, 0.03928), abs=1e-12)


def test_known_values() -> None:
    assert luminance("#000000") == 0
    assert luminance("#ffffff") == pytest.approx(1)
    assert luminance("#808080") == pytest.approx(0.2158605, abs=1e-6)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_card_ink_reads_on_its_band() -> None:
    assert ink_on("#0072B2") == "#ffffff"  # deep blue: white text
    assert ink_on("#F0E442") == INK  # yellow: near-black text
    assert contrast(ink_on("#2E7D8C"), "#2E7D8C") >= 4.5

"""The duplex calibration sheet read back from the PDF: its ruler labels stay apart."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from kitgen.render.cards import PAPERS, Layout
from kitgen.render.cards.calibrate import render_calibration


def _overlap(a: dict, b: dict) -> bool:
    return (
        a["x0"] < b["x1"]
        and b["x0"] < a["x1"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


@pytest.mark.parametrize("layout", [Layout.DUPLEX_LONG, Layout.DUPLEX_SHORT])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_ruler_labels_never_overlap(paper: str, layout: Layout) -> None:
    data = render_calibration(PAPERS[paper], layout, "fr")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        back = pdf.pages[1]
        words = back.extract_words(x_tolerance=0.5, y_tolerance=0.5)
        labels = [w for w in words if w["text"].lstrip("-−").isdigit()]
        texts = [w["text"].replace("−", "-") for w in labels]
        for value in ("5", "-5", "10", "-10"):
            assert texts.count(value) == 2 * 5, value  # X and Y ruler, behind each of 5 crosses
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                assert not _overlap(a, b), (a["text"], b["text"], a["x0"], a["top"])

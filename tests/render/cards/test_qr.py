"""The fast QR encoder makes exactly segno's symbols, and the cards point at the online deck."""

from __future__ import annotations

import random

import pytest
import segno

from kitgen.render.cards.qr import card_url, encode, qr_svg

BASE = "https://kitgen.readthedocs.io/en/latest/"


def _urls() -> list[str]:
    rng = random.Random(7)
    parts = ["a", "bb", "trust", "x-y", "q9", "premier-pas"]
    out = [card_url(BASE, "fr", "governance", "-".join(rng.choices(parts, k=rng.randint(1, 60))))
           for _ in range(120)]  # fmt: skip
    out += ["http://a.b/" + "x" * k for k in range(0, 1200, 37)]  # versions 1 to 30
    return out


@pytest.mark.parametrize("url", _urls())
def test_module_for_module_equal_to_segno(url: str) -> None:
    rows, size, mask = encode(url)
    assert mask is not None
    reference = segno.make_qr(url, error="m", boost_error=False, mask=mask)
    assert size == len(reference.matrix)
    assert rows == [int("".join(str(b) for b in row), 2) for row in reference.matrix]


def test_non_ascii_goes_to_segno() -> None:
    rows, _, mask = encode("https://exemple.ch/clôture")
    assert mask is None
    reference = segno.make_qr("https://exemple.ch/clôture", error="m", boost_error=False)
    assert rows == [int("".join(str(b) for b in row), 2) for row in reference.matrix]


def test_card_url_and_svg() -> None:
    url = card_url(BASE, "en", "governance", "written-rules")
    assert url == BASE + "en/deck/governance.html?card=written-rules"
    svg = qr_svg(url)
    assert svg.startswith("<svg") and 'stroke="#1d1d1f"' in svg
    rows, _, _ = encode(url)
    dark = sum(r.bit_count() for r in rows)
    drawn = sum(int(h) for h in __import__("re").findall(r"h(\d+)", svg))
    assert drawn == dark  # every dark module drawn once

"""The fast QR encoder makes exactly the symbols of segno's public ``make_qr`` (every version,
every mask it chooses), and the cards point at the online deck (only when the kit says where it
is hosted)."""

from __future__ import annotations

import random

import pypdfium2 as pdfium
import pytest
import segno
import zxingcpp
from cards_pdfcheck import open_pdf

from kitgen.links import Links
from kitgen.model import PromptSet
from kitgen.render.cards import DeckOptions, render_deck
from kitgen.render.cards.qr import encode, qr_svg

BASE = "https://kitgen.readthedocs.io/en/latest/"
LINKS = Links(base_url=BASE)


def _urls() -> list[str]:
    rng = random.Random(7)
    parts = ["a", "bb", "trust", "x-y", "q9", "premier-pas"]
    out = [str(LINKS.card("fr", "governance", "-".join(rng.choices(parts, k=rng.randint(1, 60)))))
           for _ in range(120)]  # fmt: skip
    out += ["http://a.b/" + "x" * k for k in range(5, 40, 5)]  # versions 1 to 4
    out += ["http://a.b/" + "x" * k for k in range(0, 1200, 37)]  # versions 1 to 30
    out += ["http://a.b/" + "x" * k for k in range(1200, 2320, 70)]  # versions 30 to 40
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
    url = str(LINKS.card("en", "governance", "written-rules"))
    assert url == BASE + "en/deck/governance.html?card=written-rules"
    svg = qr_svg(url)
    assert svg.startswith("<svg") and 'stroke="#1d1d1f"' in svg
    rows, _, _ = encode(url)
    dark = sum(r.bit_count() for r in rows)
    drawn = sum(int(h) for h in __import__("re").findall(r"h(\d+)", svg))
    assert drawn == dark  # every dark module drawn once


def _codes(pdf: bytes, page: int = 0) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    return sorted(r.text for r in zxingcpp.read_barcodes(document[page].render(scale=4).to_pil()))


def test_hosted_cards_open_their_card_in_the_online_deck(minimal: PromptSet) -> None:
    pdf = render_deck(minimal, "fr", DeckOptions(base_url="https://kit.example.org/k/"))
    expected = sorted(
        f"https://kit.example.org/k/fr/deck/minimal.html?card={p.id}" for p in minimal.prompts
    )
    assert _codes(pdf) == expected


def test_no_base_url_no_qr_code_but_the_footer_keeps_set_and_card(minimal: PromptSet) -> None:
    pdf = render_deck(minimal, "fr", DeckOptions())
    assert _codes(pdf) == [] and _codes(pdf, 1) == []
    with open_pdf(pdf) as doc:
        text = " ".join(page.extract_text() or "" for page in doc.pages)
    assert "http" not in text
    for prompt in minimal.prompts:
        assert prompt.id in text
    assert f"{minimal.id} · v{minimal.version}" in text


def test_the_compared_codes_use_every_mask_and_version() -> None:
    codes = [encode(url) for url in _urls()]
    assert {mask for _, _, mask in codes} == set(range(8))
    assert {(size - 17) // 4 for _, size, _ in codes} == set(range(1, 41))

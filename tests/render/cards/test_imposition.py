"""Imposition geometry: grid choice, mirrors, marks, without rendering."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kitgen.render.cards import CARDS, PAPERS, Layout, impose
from kitgen.render.cards.imposition import PRINTER_MARGIN


def test_poker_on_a4_is_three_by_three_with_shared_cut_lines() -> None:
    imp = impose(CARDS["poker"], PAPERS["a4"], Layout.DUPLEX_LONG)
    assert (imp.cols, imp.rows) == (3, 3)
    assert imp.describe() == "poker on A4: 3\u202f×\u202f3, shared cut lines"


def test_tarot_on_a4_gets_bleed_on_every_card() -> None:
    imp = impose(CARDS["tarot"], PAPERS["a4"], Layout.DUPLEX_LONG)
    assert imp.per_sheet == 4
    assert imp.gutter_x == imp.gutter_y == 6.0
    assert all(s.bleed == (3.0, 3.0, 3.0, 3.0) for s in imp.fronts)


@pytest.mark.parametrize("layout", [Layout.DUPLEX_LONG, Layout.DUPLEX_SHORT, Layout.FOLD])
@pytest.mark.parametrize("card", ["poker", "bridge", "tarot", "mini", "square", "a6"])
@pytest.mark.parametrize("paper", ["a4", "letter", "a3"])
def test_grid_stays_on_the_page_and_backs_mirror(layout: Layout, card: str, paper: str) -> None:
    imp = impose(CARDS[card], PAPERS[paper], layout)
    w, h = imp.page_width, imp.page_height
    for f, b in zip(imp.fronts, imp.backs, strict=True):
        for s in (f, b):
            left, top, right, bottom = s.bleed
            assert s.x - left >= PRINTER_MARGIN - 1e-6
            assert s.y - top >= PRINTER_MARGIN - 1e-6
            assert s.x + s.width + right <= w - PRINTER_MARGIN + 1e-6
            assert s.y + s.height + bottom <= h - PRINTER_MARGIN + 1e-6
        mirror_x = layout is Layout.FOLD and imp.fold and imp.fold.x1 == imp.fold.x2
        if layout is Layout.DUPLEX_LONG:
            mirror_x = not imp.landscape
        elif layout is Layout.DUPLEX_SHORT:
            mirror_x = imp.landscape
        if mirror_x:
            assert b.x == pytest.approx(w - f.x - f.width) and b.y == pytest.approx(f.y)
        else:
            assert b.y == pytest.approx(h - f.y - f.height) and b.x == pytest.approx(f.x)


@pytest.mark.parametrize("card", ["poker", "tarot", "mini", "euro"])
@pytest.mark.parametrize("paper", ["a4", "letter", "a3"])
def test_crop_marks_at_every_trim_line_outside_the_art(card: str, paper: str) -> None:
    imp = impose(CARDS[card], PAPERS[paper], Layout.DUPLEX_LONG)
    art = [(s.x - s.bleed[0], s.y - s.bleed[1], s.x + s.width + s.bleed[2],
            s.y + s.height + s.bleed[3]) for s in imp.fronts]  # fmt: skip
    xs = {round(v, 4) for s in imp.fronts for v in (s.x, s.x + s.width)}
    ys = {round(v, 4) for s in imp.fronts for v in (s.y, s.y + s.height)}
    vertical = {round(m.x1, 4) for m in imp.marks if m.x1 == m.x2}
    horizontal = {round(m.y1, 4) for m in imp.marks if m.y1 == m.y2}
    assert vertical == xs and horizontal == ys
    for m in imp.marks:
        assert min(m.x1, m.x2) >= PRINTER_MARGIN and max(m.x1, m.x2) <= imp.page_width - 4
        assert min(m.y1, m.y2) >= PRINTER_MARGIN and max(m.y1, m.y2) <= imp.page_height - 4
        for x0, y0, x1, y1 in art:  # never on the artwork
            inside_x = x0 < max(m.x1, m.x2) and min(m.x1, m.x2) < x1
            inside_y = y0 < max(m.y1, m.y2) and min(m.y1, m.y2) < y1
            assert not (inside_x and inside_y)


def test_shop_is_one_card_per_page_with_bleed() -> None:
    imp = impose(CARDS["poker"], PAPERS["a4"], Layout.SHOP)
    assert (imp.page_width, imp.page_height) == (69.0, 94.0)
    assert imp.marks == ()


def test_card_too_large_for_the_paper_is_refused() -> None:
    from kitgen.render.cards import parse_card

    with pytest.raises(ValueError, match="does not fit"):
        impose(parse_card("250x350"), PAPERS["a4"], Layout.DUPLEX_LONG)


#: Cards per sheet (double-sided layouts, fold) with the 4 mm printer margin, crop marks and the
#: calibration strip.  A7 is exactly an eighth of A4, so 8 per A4 sheet would need no margin at
#: all: 4 is the most a home printer can take.
PER_SHEET = {
    "a4": {"poker": (9, 4), "poker-us": (8, 4), "bridge": (9, 4), "tarot": (4, 2),
           "mini": (16, 8), "euro": (9, 4), "square": (6, 3), "a7": (4, 2), "a6": (2, 1)},
    "letter": {"poker": (8, 3), "poker-us": (8, 3), "bridge": (8, 4), "tarot": (4, 2),
               "mini": (16, 6), "euro": (8, 4), "square": (6, 3), "a7": (4, 2), "a6": (2, 1)},
}  # fmt: skip


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("card", list(CARDS))
def test_cards_per_sheet_for_every_size(card: str, paper: str) -> None:
    duplex, fold = PER_SHEET[paper][card]
    assert impose(CARDS[card], PAPERS[paper], Layout.DUPLEX_LONG).per_sheet == duplex
    assert impose(CARDS[card], PAPERS[paper], Layout.FOLD).per_sheet == fold


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("card", list(CARDS))
def test_no_orientation_fits_more(card: str, paper: str) -> None:
    """At least as many as upright cards or the card given already turned; turned only to gain."""
    size = CARDS[card]
    turned = replace(size, width=size.height, height=size.width)
    for layout in (Layout.DUPLEX_LONG, Layout.FOLD):
        chosen = impose(size, PAPERS[paper], layout)
        upright = impose(size, PAPERS[paper], layout, sideways=False)
        assert upright.rotation == 0
        assert chosen.per_sheet >= impose(turned, PAPERS[paper], layout).per_sheet
        assert chosen.per_sheet >= upright.per_sheet
        if chosen.rotation:
            assert chosen.per_sheet > upright.per_sheet
            assert "(cards turned sideways)" in chosen.describe()


def test_euro_on_a4_turns_sideways_to_fit_nine() -> None:
    imp = impose(CARDS["euro"], PAPERS["a4"], Layout.DUPLEX_LONG)
    assert imp.rotation == 90 and imp.per_sheet == 9
    assert all((s.width, s.height) == (92.0, 59.0) for s in (*imp.fronts, *imp.backs))
    assert (
        imp.describe()
        == "euro on A4 landscape: 3\u202f×\u202f3 (cards turned sideways), shared cut lines"
    )

"""The printing instructions page of a deck: what a facilitator needs to print it right.

One page in the deck's language, first or last in the PDF: scale, which edge to flip, paper
weight, cutting order, folding and gluing for the fold layout, and the calibration procedure.
Its words come from the ``output`` catalogue; the page is drawn by ``cards.typ``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kitgen.i18n import output_text
from kitgen.render.cards.imposition import Imposition, Layout
from kitgen.render.cards.sizes import PAPER_TITLES
from kitgen.typography import dimensions, typeset


class Placement(StrEnum):
    FIRST = "first"
    LAST = "last"
    NONE = "none"


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class InstructionPage:
    """The page's texts, typeset for the language, and where it goes."""

    title: str
    sections: tuple[Section, ...]
    #: A blank page after it, so the sheets of a double-sided deck stay paired.
    blank_back: bool
    placement: Placement
    #: The paper's width and height in millimetres.
    page_size: tuple[float, float]


def _num(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if lang in ("fr", "de", "it") else text


def _sides(imp: Imposition, lang: str, n_sheets: int, offset: int) -> str:
    if imp.layout is Layout.DUPLEX_LONG:
        return output_text(lang, "Print double-sided, flipping on the long edge.")
    if imp.layout is Layout.DUPLEX_SHORT:
        return output_text(lang, "Print double-sided, flipping on the short edge.")
    if imp.layout is Layout.FOLD:
        return output_text(
            lang, "Print single-sided: each sheet carries the fronts and, beside them, their backs."
        )
    first = offset + 1
    return output_text(
        lang,
        "Print the fronts (pages {a} to {b}) single-sided. Put the printed stack back in the "
        "tray so the backs print on the blank side, turned as for a long-edge flip, then print "
        "the backs (pages {c} to {d}).",
        a=first,
        b=first + n_sheets - 1,
        c=first + n_sheets,
        d=first + 2 * n_sheets - 1,
    )


def _cutting(imp: Imposition, lang: str) -> list[str]:
    lines = [
        output_text(
            lang,
            "Cut along the crop marks with a ruler and a cutter, or a guillotine: first every "
            "full-length cut in one direction, then those in the other.",
        )
    ]
    if imp.shared_cuts:
        lines.append(
            output_text(lang, "Neighbouring cards share one cut line: one cut separates them.")
        )
    if (imp.gutter_x > 0 and imp.cols > 1) or (imp.gutter_y > 0 and imp.rows > 1):
        lines.append(
            output_text(
                lang, "Where cards have a gap between them, cut on both sides of it and drop it."
            )
        )
    return lines


def instruction_page(
    imp: Imposition, lang: str, n_cards: int, placement: Placement
) -> InstructionPage | None:
    """The page for ``cards.typ``, or None when the deck has no instruction page."""
    if placement is Placement.NONE:
        return None
    n_sheets = imp.sheets(n_cards)
    paper = PAPER_TITLES.get(imp.paper.name, imp.paper.name)
    duplex = imp.layout in (Layout.DUPLEX_LONG, Layout.DUPLEX_SHORT)
    # First in a double-sided deck, the page gets a blank back so every sheet stays paired.
    blank_back = placement is Placement.FIRST and duplex
    offset = (2 if blank_back else 1) if placement is Placement.FIRST else 0

    sections: list[tuple[str, list[str]]] = [
        (
            output_text(lang, "This deck"),
            [
                output_text(
                    lang,
                    "{cards} cards of {size}, {per} per sheet; {paper} sheets to print: {sheets}.",
                    cards=n_cards,
                    size=dimensions(
                        _num(imp.card.width, lang), _num(imp.card.height, lang), unit="mm"
                    ),
                    per=imp.per_sheet,
                    sheets=n_sheets,
                    paper=paper,
                )
            ],
        ),
        (
            output_text(lang, "Scale"),
            [
                output_text(
                    lang,
                    "Print at 100 % (actual size), never “fit to page”. Check with a ruler: the "
                    "line at the bottom of each sheet measures 100 mm.",
                )
            ],
        ),
        (output_text(lang, "Sides"), [_sides(imp, lang, n_sheets, offset)]),
    ]
    if imp.layout is Layout.FOLD:
        paper_line = output_text(
            lang, "Paper of 100 to 120 g/m²: folded and glued, the card is twice as thick."
        )
    else:
        paper_line = output_text(
            lang,
            "Card stock of 200 to 300 g/m² if your printer takes it (often through the manual "
            "feed tray); 160 g/m² at the least.",
        )
    sections.append((output_text(lang, "Paper"), [paper_line]))
    if imp.layout is Layout.FOLD:
        sections.append(
            (
                output_text(lang, "Fold and glue"),
                [
                    output_text(
                        lang,
                        "Fold each sheet along the dashed line, printed side out, so that each "
                        "back lies behind its front.",
                    ),
                    output_text(
                        lang,
                        "Glue the two halves together (glue stick or spray glue, thin and right to "
                        "the edges) and let them dry flat under a weight; then cut.",
                    ),
                ],
            )
        )
    sections.append((output_text(lang, "Cutting"), _cutting(imp, lang)))
    if duplex or imp.layout is Layout.FRONTS_THEN_BACKS:
        flip = imp.layout.value if duplex else Layout.DUPLEX_LONG.value
        sections.append(
            (
                output_text(lang, "If the backs do not line up"),
                [
                    output_text(
                        lang,
                        "Run kitgen calibrate --paper {paper} --layout {layout}, print that sheet "
                        "exactly as you print the deck, hold it against a window and read on the "
                        "rulers where each cross falls.",
                        paper=imp.paper.name,
                        layout=flip,
                    ),
                    output_text(
                        lang,
                        "Build the deck again with --back-offset X,Y, for example "
                        "--back-offset 1.5,-0.5.",
                    ),
                ],
            )
        )
    return InstructionPage(
        title=typeset(output_text(lang, "How to print this deck"), lang),
        sections=tuple(
            Section(typeset(h, lang), tuple(typeset(x, lang) for x in lines))
            for h, lines in sections
        ),
        blank_back=blank_back,
        placement=placement,
        page_size=(imp.paper.width, imp.paper.height),
    )

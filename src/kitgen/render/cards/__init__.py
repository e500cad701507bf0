"""Print-ready card decks: sizes, imposition, text fitting and the Typst renderer."""

from __future__ import annotations

from kitgen.render.cards.imposition import Imposition, Layout, impose
from kitgen.render.cards.render import (
    DeckOptions,
    category_sizes,
    describe_imposition,
    render_card_pngs,
    render_deck,
)
from kitgen.render.cards.sizes import CARDS, PAPERS, Size, parse_card, parse_paper

__all__ = [
    "CARDS",
    "PAPERS",
    "DeckOptions",
    "Imposition",
    "Layout",
    "Size",
    "category_sizes",
    "describe_imposition",
    "impose",
    "parse_card",
    "parse_paper",
    "render_card_pngs",
    "render_deck",
]

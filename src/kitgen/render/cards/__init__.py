"""Print-ready card decks: sizes, imposition, text fitting and the Typst renderer.

Names are imported on first use, so that the worker processes of large decks (which import
only ``kitgen.render.cards._worker``) start without loading the model and its validators.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kitgen.render.cards.imposition import Imposition as Imposition
    from kitgen.render.cards.imposition import Layout as Layout
    from kitgen.render.cards.imposition import impose as impose
    from kitgen.render.cards.render import CardFaces as CardFaces
    from kitgen.render.cards.render import DeckOptions as DeckOptions
    from kitgen.render.cards.render import card_faces as card_faces
    from kitgen.render.cards.render import category_sizes as category_sizes
    from kitgen.render.cards.render import describe_imposition as describe_imposition
    from kitgen.render.cards.render import draw_faces as draw_faces
    from kitgen.render.cards.render import render_card_pngs as render_card_pngs
    from kitgen.render.cards.render import render_deck as render_deck
    from kitgen.render.cards.sizes import CARDS as CARDS
    from kitgen.render.cards.sizes import PAPERS as PAPERS
    from kitgen.render.cards.sizes import Size as Size
    from kitgen.render.cards.sizes import parse_card as parse_card
    from kitgen.render.cards.sizes import parse_paper as parse_paper

_HOMES = {
    "Imposition": "imposition",
    "Layout": "imposition",
    "impose": "imposition",
    "CardFaces": "render",
    "DeckOptions": "render",
    "card_faces": "render",
    "category_sizes": "render",
    "describe_imposition": "render",
    "draw_faces": "render",
    "render_card_pngs": "render",
    "render_deck": "render",
    "CARDS": "sizes",
    "PAPERS": "sizes",
    "Size": "sizes",
    "parse_card": "sizes",
    "parse_paper": "sizes",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)

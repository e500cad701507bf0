"""Print-ready card decks: sizes, imposition, text fitting and the Typst renderer.

The stages, one module each: ``options`` (how to print), ``document`` (the typed deck),
``fit`` (the sizes), ``pages`` (the page plan), ``payload`` (the JSON for Typst), ``runner``
(Typst, in process or in ``kitgen.typst_worker``), ``render`` (the PDF), ``faces`` and ``png``
(one face at a time).
"""

from __future__ import annotations

from kitgen.render.cards.faces import CardFaces, card_faces, draw_faces
from kitgen.render.cards.imposition import Imposition, Layout, impose
from kitgen.render.cards.options import DeckOptions, describe_imposition
from kitgen.render.cards.png import render_card_pngs
from kitgen.render.cards.render import category_sizes, render_deck
from kitgen.render.cards.sizes import CARDS, PAPERS, Size, parse_card, parse_paper

__all__ = [
    "CARDS",
    "PAPERS",
    "CardFaces",
    "DeckOptions",
    "Imposition",
    "Layout",
    "Size",
    "card_faces",
    "category_sizes",
    "describe_imposition",
    "draw_faces",
    "impose",
    "parse_card",
    "parse_paper",
    "render_card_pngs",
    "render_deck",
]

"""Card faces one at a time, at trim size: the live preview's SVG and the PNG export.

The faces are fitted once (``card_faces``) and drawn on request (``draw_faces``), one face per
page of a single compile; the QR codes are drawn only for the cards being drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from kitgen.model import PromptSet
from kitgen.render.cards import payload, runner
from kitgen.render.cards.document import CardText, Fitted, deck_document, qr_codes
from kitgen.render.cards.fit import fit_deck
from kitgen.render.cards.imposition import Layout
from kitgen.render.cards.options import DeckOptions, deck_imposition
from kitgen.render.cards.pages import Page, SheetSetup, sheet_setup
from kitgen.render.cards.runner import PNG_PPI


@dataclass(frozen=True)
class CardFaces:
    """A set's card faces measured once and drawn one card at a time (the live preview redraws
    only the cards whose :meth:`key` changed; ``render_card_pngs`` draws them all)."""

    fitted: Fitted
    sheets: SheetSetup

    @property
    def cards(self) -> tuple[CardText, ...]:
        return self.fitted.document.cards

    def size(self, index: int) -> float:
        """The prompt's font size (pt) chosen by the fit for the card's category."""
        return self.fitted.size_of(self.cards[index].category).size

    @cached_property
    def _keys(self) -> tuple[tuple[str, ...], str]:
        return payload.face_keys(self.fitted, self.sheets)

    def key(self, index: int) -> str:
        """A digest of everything the front of card ``index`` is drawn from."""
        return self._keys[0][index]

    def back_key(self) -> str:
        """A digest of everything the back (the same for every card) is drawn from."""
        return self._keys[1]


def card_faces(prompt_set: PromptSet, lang: str, options: DeckOptions) -> CardFaces:
    """Fit the set's cards at trim size (no bleed, no marks); raises the located fit errors."""
    face_opts = DeckOptions(
        card=options.card_size,
        paper=options.paper_size,
        layout=Layout.SHOP,
        bleed_mm=0.0,
        crop_marks=False,
        min_font_pt=options.min_font_pt,
        base_url=options.base_url,
        brand=options.brand,
    )
    document = deck_document(prompt_set, lang, face_opts.brand, face_opts.base_url)
    fitted = fit_deck(prompt_set, document, face_opts)
    return CardFaces(fitted, sheet_setup(deck_imposition(face_opts), face_opts.back_offset, lang))


def draw_faces(
    faces: CardFaces,
    indices: list[int],
    fmt: Literal["png", "svg"] = "png",
    ppi: float = PNG_PPI,
) -> tuple[list[bytes], bytes]:
    """The fronts of cards ``indices`` (in that order) and the back, as PNG (``ppi``) or SVG."""
    everyone = faces.cards
    cards = tuple(everyone[i] for i in indices) or everyone[:1]
    n = len(indices)
    pages = [Page("front", (i,), (), i + 1) for i in range(n)] + [Page("back", (), (0,), 1)]
    data = payload.deck_input(faces.fitted, faces.sheets, cards, qr_codes(cards), pages, max(n, 1))
    images = runner.compile_images(data, fmt, ppi)
    return images[:-1], images[-1]

"""How to print a deck (card size, paper, layout, bleed, marks, brand, address): the settings
the commands pass to the card renderer, and the imposition they lead to."""

from __future__ import annotations

from dataclasses import dataclass, field

from kitgen.render.brand import BrandMark
from kitgen.render.cards.imposition import Imposition, Layout, impose
from kitgen.render.cards.instructions import Placement
from kitgen.render.cards.sizes import CARDS, PAPERS, Size, parse_card, parse_paper


@dataclass(frozen=True)
class DeckOptions:
    """How to print a deck: card size, paper, layout, bleed and marks."""

    card: Size | str = field(default_factory=lambda: CARDS["poker"])
    paper: Size | str = field(default_factory=lambda: PAPERS["a4"])
    layout: Layout | str = Layout.DUPLEX_LONG
    bleed_mm: float = 3.0
    crop_marks: bool = True
    back_offset: tuple[float, float] = (0.0, 0.0)
    min_font_pt: float = 8.5
    #: The kit's brand: name and logo on the backs, colour where the set has none.
    brand: BrandMark = field(default_factory=BrandMark)
    #: Where the kit's site is hosted: QR codes open the online deck below it, and a back too
    #: small for the attribution names the set's page.  ``None`` (or ""): no address, no QR.
    base_url: str | None = None
    #: Where the printing instructions page goes (the commands default to first).
    instructions: Placement | str = Placement.NONE

    @property
    def card_size(self) -> Size:
        return self.card if isinstance(self.card, Size) else parse_card(self.card)

    @property
    def paper_size(self) -> Size:
        return self.paper if isinstance(self.paper, Size) else parse_paper(self.paper)

    @property
    def layout_kind(self) -> Layout:
        return Layout(self.layout)


def deck_imposition(options: DeckOptions) -> Imposition:
    """Where the cards go on the sheet for these options."""
    if not 0 <= options.bleed_mm <= 10:
        raise ValueError("bleed must be between 0 and 10 mm")
    return impose(
        options.card_size,
        options.paper_size,
        options.layout_kind,
        options.bleed_mm,
        options.crop_marks,
    )


def describe_imposition(options: DeckOptions) -> str:
    """What the imposition chose, e.g. ``poker on A4: 3 x 3, shared cut lines``."""
    return deck_imposition(options).describe()

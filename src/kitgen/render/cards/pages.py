"""The page plan: which cards each page of the PDF draws, and how a large deck is cut into
compiles that never split a sheet.  Also the sheet furniture every page shares (imposition,
calibration line and fold labels, back offset)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kitgen.i18n import output_text
from kitgen.render.cards.imposition import Imposition, Layout
from kitgen.typography import typeset

Side = Literal["front", "back", "fold"]


@dataclass(frozen=True)
class Page:
    """One page: card indices drawn on its front slots and its back slots, on sheet ``sheet``."""

    side: Side
    fronts: tuple[int, ...]
    backs: tuple[int, ...]
    sheet: int

    def shifted(self, lo: int) -> Page:
        """The page with card indices relative to its chunk's first card ``lo``."""
        return Page(
            self.side, tuple(i - lo for i in self.fronts), tuple(i - lo for i in self.backs),
            self.sheet,
        )  # fmt: skip


@dataclass(frozen=True)
class SheetSetup:
    """What every sheet of a deck shares besides its cards."""

    imposition: Imposition
    #: The calibration line's words ("print at 100 %") and the fold line's.
    info_text: str
    fold_label: str
    #: How far the backs move (mm, x and y) to meet their fronts; (0, 0) for a print shop.
    back_offset: tuple[float, float]


def sheet_setup(imp: Imposition, back_offset: tuple[float, float], lang: str) -> SheetSetup:
    offset = back_offset if imp.layout is not Layout.SHOP else (0.0, 0.0)
    return SheetSetup(
        imposition=imp,
        info_text=typeset(
            output_text(lang, "Print at 100 % / actual size: this line measures 100 mm"), lang
        ),
        fold_label=typeset(
            output_text(lang, "Fold here, printed side out; glue the two halves together"), lang
        ),
        back_offset=(float(offset[0]), float(offset[1])),
    )


def plan(imp: Imposition, n_cards: int) -> list[Page]:
    """Every page of the deck, in print order, for the imposition's layout."""
    per = imp.per_sheet
    sheets = [
        tuple(range(s * per, min(n_cards, (s + 1) * per))) for s in range(imp.sheets(n_cards))
    ]
    pages: list[Page] = []
    if imp.layout is Layout.FOLD:
        for n, ids in enumerate(sheets, 1):
            pages.append(Page("fold", ids, ids, n))
    elif imp.layout is Layout.FRONTS_THEN_BACKS:
        pages += [Page("front", ids, (), n) for n, ids in enumerate(sheets, 1)]
        pages += [Page("back", (), ids, n) for n, ids in enumerate(sheets, 1)]
    else:  # duplex and print shop: each front followed by its back
        for n, ids in enumerate(sheets, 1):
            pages.append(Page("front", ids, (), n))
            pages.append(Page("back", (), ids, n))
    return pages


def chunked(pages: list[Page], imp: Imposition, chunk_cards: int) -> list[list[Page]]:
    """Split pages into compiles of about ``chunk_cards`` cards, never splitting a sheet's
    pages."""
    per_chunk = max(1, chunk_cards // imp.per_sheet)
    if imp.layout is Layout.FRONTS_THEN_BACKS:
        return [pages]  # fronts then backs: order spans the whole deck
    chunks: list[list[Page]] = []
    current: list[Page] = []
    sheets_in: set[int] = set()
    for page in pages:
        if page.sheet not in sheets_in and len(sheets_in) >= per_chunk:
            chunks.append(current)
            current, sheets_in = [], set()
        sheets_in.add(page.sheet)
        current.append(page)
    if current:
        chunks.append(current)
    return chunks


def span(part: list[Page]) -> tuple[int, int]:
    """First and past-last card index drawn on these pages."""
    indices = [i for page in part for i in (*page.fronts, *page.backs)]
    return (min(indices), max(indices) + 1) if indices else (0, 0)

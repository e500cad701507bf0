"""Where each card goes on a sheet: grid choice, shared cut lines or gutters, mirrors, marks.

Everything here is plain geometry in millimetres, measured from the top-left corner of the page,
so it can be tested without rendering.  The template only draws what this module decides.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace
from enum import StrEnum

from kitgen.i18n import cli_text
from kitgen.render.cards.sizes import PAPER_TITLES, Size
from kitgen.typography import dimensions
from kitgen.wording import decimal_sign

#: Distance from the page edge that home printers cannot print (most print 3 to 4.2 mm).
PRINTER_MARGIN = 4.0
#: Crop marks start this far outside the artwork, so they never touch it.
MARK_GAP = 1.0
MARK_MIN = 2.5
MARK_MAX = 5.0
#: Height of the strip with the 100 mm calibration line and "print at 100 %".
INFO_STRIP = 4.5
#: Below this, a gutter is no use (cutting tolerance is about 1.5 mm): share the cut line.
MIN_GUTTER = 3.0
#: Art runs this far past a shared cut line, under its neighbour, so no hairline seam shows.
SHARED_OVERLAP = 0.2
#: White strip between the two halves of a fold sheet, with the dashed fold line in its middle.
FOLD_GAP = 4.0
#: On a sheet with shared cut lines, what marks one card (category band, opener/closer stripe)
#: stays this far inside the trim, so a cutting error never moves it onto the neighbour.
SEAM_INSET = 1.5


class Layout(StrEnum):
    DUPLEX_LONG = "duplex-long"
    DUPLEX_SHORT = "duplex-short"
    FOLD = "fold"
    SHOP = "shop"
    FRONTS_THEN_BACKS = "fronts-then-backs"


@dataclass(frozen=True)
class Slot:
    """A card's trim box and how far its artwork runs past each edge (left, top, right, bottom)."""

    x: float
    y: float
    width: float
    height: float
    bleed: tuple[float, float, float, float]

    def shifted(self, dx: float, dy: float) -> Slot:
        return replace(self, x=self.x + dx, y=self.y + dy)


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Axis:
    """Cards along one direction of the sheet."""

    count: int
    gutter: float  # 0: neighbours share one cut line
    start: float  # trim edge of the first card

    def positions(self, size: float) -> list[float]:
        return [self.start + i * (size + self.gutter) for i in range(self.count)]


@dataclass(frozen=True)
class Imposition:
    card: Size
    paper: Size
    layout: Layout
    bleed: float
    crop_marks: bool
    page_width: float
    page_height: float
    cols: int
    rows: int
    gutter_x: float
    gutter_y: float
    fronts: tuple[Slot, ...]
    backs: tuple[Slot, ...]  # backs[i] lies behind fronts[i] once the sheet is turned or folded
    marks: tuple[Line, ...]
    fold: Line | None
    info: tuple[float, float] | None  # top-left of the calibration strip
    #: Degrees the fronts are turned on the sheet (0, or 90 when sideways cards fit more);
    #: the backs turn with them (see ``back_rotation``).
    rotation: int = 0
    #: Where the calibration strip's words start, from the strip's left end.
    info_text_dx: float = 101.5

    @property
    def back_rotation(self) -> int:
        """A back turned so it lies behind its sideways front once the sheet is turned over."""
        turned_about_vertical = _mirrors_x(self.layout, self._fold_axis, self.landscape)
        return -self.rotation if turned_about_vertical else self.rotation

    @property
    def _fold_axis(self) -> str:
        if self.fold is None:
            return ""
        return "x" if self.fold.x1 == self.fold.x2 else "y"

    @property
    def landscape(self) -> bool:
        return self.page_width > self.page_height

    @property
    def shared_cuts(self) -> bool:
        """True when some neighbours share one cut line (no gutter between them)."""
        return (self.gutter_x == 0.0 and _neighbours(self.fronts, "x")) or (
            self.gutter_y == 0.0 and _neighbours(self.fronts, "y")
        )

    @property
    def seam_inset(self) -> float:
        """How far inside the trim the identifying marks stay (0: they run into the bleed)."""
        return SEAM_INSET if self.shared_cuts else 0.0

    @property
    def per_sheet(self) -> int:
        return len(self.fronts)

    def sheets(self, n_cards: int) -> int:
        return max(1, math.ceil(n_cards / self.per_sheet))

    def describe(self) -> str:
        """One line saying what was chosen, e.g. ``poker on A4: 3 × 3, shared cut lines``."""
        card = self.card.label
        if self.layout is Layout.SHOP:
            return cli_text(
                "{card} for a print shop: one card per page, {size} (trim + "
                "{bleed} mm bleed), front then back",
                card=card,
                size=dimensions(
                    _mm(self.card.width + 2 * self.bleed),
                    _mm(self.card.height + 2 * self.bleed),
                    unit="mm",
                ),
                bleed=_mm(self.bleed),
            )
        paper = PAPER_TITLES.get(self.paper.name, self.paper.name)
        if self.landscape:
            paper = cli_text("{paper} landscape", paper=paper)
        grid = dimensions(str(self.cols), str(self.rows))
        if self.rotation:
            grid = cli_text("{grid} (cards turned sideways)", grid=grid)
        if self.layout is Layout.FOLD:
            grid = (
                cli_text("{grid} fronts beside their backs ({count} cards per sheet)")
                if self.per_sheet > 1
                else cli_text("{grid} fronts beside their backs (1 card per sheet)")
            ).format(grid=grid, count=self.per_sheet)
        return cli_text(
            "{card} on {paper}: {grid}, {cuts}",
            card=card,
            paper=paper,
            grid=grid,
            cuts=self._cuts(),
        )

    def _cuts(self) -> str:
        gx = self.gutter_x if self.cols > 1 else None
        gy = self.gutter_y if self.rows > 1 else None
        gutters = {g for g in (gx, gy) if g is not None}
        if not gutters:
            return cli_text("one card, bleed all round") if self.bleed else cli_text("one card")
        if gutters == {0.0}:
            return cli_text("shared cut lines")
        if 0.0 not in gutters:
            if len(gutters) == 1:
                return cli_text(
                    "{gutter} mm gutters (bleed on every card)", gutter=_mm(gutters.pop())
                )
            return cli_text(
                "{x} mm gutters between columns, {y} mm between rows", x=_mm(gx), y=_mm(gy)
            )
        if gx == 0.0:
            return cli_text(
                "shared cut lines between columns, {y} mm gutters between rows", y=_mm(gy)
            )
        return cli_text("{x} mm gutters between columns, shared cut lines between rows", x=_mm(gx))


def _mm(value: float | None) -> str:
    """A length in millimetres as a message shows it: ``2.5`` (``2,5`` in French)."""
    return f"{value or 0:g}".replace(".", decimal_sign())


def _neighbours(slots: tuple[Slot, ...], axis: str) -> bool:
    """True when two slots touch along ``axis`` (their trims share an edge)."""
    starts = {round(s.x if axis == "x" else s.y, 4) for s in slots}
    ends = {round(s.x + s.width if axis == "x" else s.y + s.height, 4) for s in slots}
    return bool(starts & ends)


def _margin(crop_marks: bool, bottom: bool) -> float:
    need = PRINTER_MARGIN + (MARK_GAP + MARK_MIN if crop_marks else 0.0)
    return need + (INFO_STRIP + MARK_GAP if bottom else 0.0)


def _axis(length: float, size: float, bleed: float, margin: float, blocks: int) -> Axis | None:
    """Most cards of ``size`` along ``length``, in ``blocks`` mirrored halves for a fold."""
    gap = FOLD_GAP if blocks == 2 else 0.0

    def total(n: int, gutter: float) -> float:
        return blocks * (n * size + (n - 1) * gutter + 2 * bleed) + gap + 2 * margin

    n = 0
    while total(n + 1, 0.0) <= length + 1e-9:
        n += 1
    if n == 0:
        return None
    gutter = 0.0
    if n > 1 and bleed > 0:
        room = (length - total(n, 0.0)) / (blocks * (n - 1))
        gutter = min(2 * bleed, math.floor(room * 2) / 2)
        if gutter < min(2 * bleed, MIN_GUTTER):
            gutter = 0.0
    span = n * size + (n - 1) * gutter
    # One block is centred; for a fold the first block ends at the fold gap.
    start = (length - span) / 2 if blocks == 1 else length / 2 - gap / 2 - bleed - span
    return Axis(n, gutter, start)


def impose(
    card: Size,
    paper: Size,
    layout: Layout,
    bleed: float = 3.0,
    crop_marks: bool = True,
    sideways: bool = True,
) -> Imposition:
    """Choose the sheet orientation and grid holding the most cards, and place them.

    Cards are turned sideways (``sideways``) only when that fits more of them on a sheet.
    """
    if layout is Layout.SHOP:
        return _shop(card, paper, bleed)
    best: tuple[tuple[int, int, int, int, int], Imposition] | None = None
    turns = (False, True) if sideways and card.width != card.height else (False,)
    for turned, landscape in itertools.product(turns, (False, True)):
        placed = Size(card.name, card.height, card.width) if turned else card
        width, height = (paper.height, paper.width) if landscape else (paper.width, paper.height)
        fold_axes = ("x", "y") if layout is Layout.FOLD else ("",)
        for fold in fold_axes:
            ax = _axis(
                width, placed.width, bleed, _margin(crop_marks, False), 2 if fold == "x" else 1
            )
            ay = _axis(
                height, placed.height, bleed, _margin(crop_marks, True), 2 if fold == "y" else 1
            )
            if ax is None or ay is None:
                continue
            imp = _grid(placed, paper, layout, bleed, crop_marks, width, height, ax, ay, fold)
            imp = replace(imp, card=card, rotation=90 if turned else 0)
            gutters = int(ax.gutter > 0 or ax.count == 1) + int(ay.gutter > 0 or ay.count == 1)
            # The most cards; then upright cards, gutters, a portrait sheet, a vertical fold.
            upright = int(not turned)
            score = (imp.per_sheet, upright, gutters, int(not landscape), int(fold != "y"))
            if best is None or score > best[0]:
                best = (score, imp)
    if best is None:
        raise ValueError(
            cli_text(
                "a {card} card ({size}) with {bleed} mm bleed does not fit on "
                "{paper} with printer margins; choose a larger paper or --layout shop",
                card=card.label,
                size=dimensions(_mm(card.width), _mm(card.height), unit="mm"),
                bleed=_mm(bleed),
                paper=PAPER_TITLES.get(paper.name, paper.name),
            )
        )
    return best[1]


def _shop(card: Size, paper: Size, bleed: float) -> Imposition:
    slot = Slot(bleed, bleed, card.width, card.height, (bleed,) * 4)
    return Imposition(
        card=card,
        paper=paper,
        layout=Layout.SHOP,
        bleed=bleed,
        crop_marks=False,
        page_width=card.width + 2 * bleed,
        page_height=card.height + 2 * bleed,
        cols=1,
        rows=1,
        gutter_x=0.0,
        gutter_y=0.0,
        fronts=(slot,),
        backs=(slot,),
        marks=(),
        fold=None,
        info=None,
    )


def _grid(
    card: Size,
    paper: Size,
    layout: Layout,
    bleed: float,
    crop_marks: bool,
    width: float,
    height: float,
    ax: Axis,
    ay: Axis,
    fold: str,
) -> Imposition:
    xs = ax.positions(card.width)
    ys = ay.positions(card.height)
    fronts: list[Slot] = []
    for r, y in enumerate(ys):
        for c, x in enumerate(xs):
            inner_x = ax.gutter / 2 if ax.gutter else min(bleed, SHARED_OVERLAP)
            inner_y = ay.gutter / 2 if ay.gutter else min(bleed, SHARED_OVERLAP)
            left = bleed if c == 0 else inner_x
            right = bleed if c == ax.count - 1 else inner_x
            top = bleed if r == 0 else inner_y
            bottom = bleed if r == ay.count - 1 else inner_y
            fronts.append(Slot(x, y, card.width, card.height, (left, top, right, bottom)))
    mirror_x = _mirrors_x(layout, fold, landscape=width > height)
    backs = [_mirror(s, width, height, mirror_x) for s in fronts]
    marks: list[Line] = []
    if crop_marks:
        sheet_slots = fronts + backs if layout is Layout.FOLD else fronts
        marks = _crop_marks(sheet_slots, width, height)
    fold_line = None
    if fold == "x":  # stops above the calibration strip, which never crosses it
        bottom = height - PRINTER_MARGIN - INFO_STRIP - MARK_GAP
        fold_line = Line(width / 2, PRINTER_MARGIN, width / 2, bottom)
    elif fold == "y":
        fold_line = Line(PRINTER_MARGIN, height / 2, width - PRINTER_MARGIN, height / 2)
    cols = ax.count * (2 if fold == "x" else 1)
    rows = ay.count * (2 if fold == "y" else 1)
    if layout is Layout.FOLD:  # describe one half: the cards, not their backs
        cols, rows = ax.count, ay.count
    info = (max(PRINTER_MARGIN, xs[0] - bleed), height - PRINTER_MARGIN - INFO_STRIP)
    # The strip's words start after the 100 mm line, or past a vertical fold line.
    text_dx = 101.5 if fold != "x" else width / 2 + FOLD_GAP / 2 + 1.0 - info[0]
    return Imposition(
        card=card,
        paper=paper,
        layout=layout,
        bleed=bleed,
        crop_marks=crop_marks,
        page_width=width,
        page_height=height,
        cols=cols,
        rows=rows,
        gutter_x=ax.gutter,
        gutter_y=ay.gutter,
        fronts=tuple(fronts),
        backs=tuple(backs),
        marks=tuple(marks),
        fold=fold_line,
        info=info,
        info_text_dx=text_dx,
    )


def _mirrors_x(layout: Layout, fold: str, landscape: bool) -> bool:
    """True when the back side mirrors columns (turned about a vertical line), else rows."""
    if layout is Layout.FOLD:
        return fold == "x"
    long_edge_vertical = not landscape
    if layout is Layout.DUPLEX_SHORT:
        return not long_edge_vertical
    return long_edge_vertical  # duplex-long, and fronts-then-backs (turned like duplex-long)


def _mirror(slot: Slot, width: float, height: float, mirror_x: bool) -> Slot:
    left, top, right, bottom = slot.bleed
    if mirror_x:
        return Slot(width - slot.x - slot.width, slot.y, slot.width, slot.height,
                    (right, top, left, bottom))  # fmt: skip
    return Slot(slot.x, height - slot.y - slot.height, slot.width, slot.height,
                (left, bottom, right, top))  # fmt: skip


def _crop_marks(slots: list[Slot], width: float, height: float) -> list[Line]:
    """Short lines extending every trim line into the margin, stopping short of art and edge."""
    art_left = min(s.x - s.bleed[0] for s in slots)
    art_top = min(s.y - s.bleed[1] for s in slots)
    art_right = max(s.x + s.width + s.bleed[2] for s in slots)
    art_bottom = max(s.y + s.height + s.bleed[3] for s in slots)
    room = min(
        art_left - MARK_GAP - PRINTER_MARGIN,
        art_top - MARK_GAP - PRINTER_MARGIN,
        width - art_right - MARK_GAP - PRINTER_MARGIN,
        height - art_bottom - MARK_GAP - PRINTER_MARGIN - INFO_STRIP - MARK_GAP,
    )
    length = max(min(MARK_MAX, room), 0.0)
    xs = sorted({round(v, 6) for s in slots for v in (s.x, s.x + s.width)})
    ys = sorted({round(v, 6) for s in slots for v in (s.y, s.y + s.height)})
    lines: list[Line] = []
    for x in xs:
        lines.append(Line(x, art_top - MARK_GAP - length, x, art_top - MARK_GAP))
        lines.append(Line(x, art_bottom + MARK_GAP, x, art_bottom + MARK_GAP + length))
    for y in ys:
        lines.append(Line(art_left - MARK_GAP - length, y, art_left - MARK_GAP, y))
        lines.append(Line(art_right + MARK_GAP, y, art_right + MARK_GAP + length, y))
    return lines


def describe_imposition(
    card: Size, paper: Size, layout: Layout, bleed: float = 3.0, crop_marks: bool = True
) -> str:
    return impose(card, paper, layout, bleed, crop_marks).describe()

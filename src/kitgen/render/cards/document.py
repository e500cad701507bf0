"""The deck document: what a set's cards say in one language, typed and frozen.

Built once from the model (texts typeset for the language, colours and their inks, the QR
addresses) and read by every later stage; the fit pass (``fit``) adds the sizes it chose in a
``Fitted``, which the PDF and the faces are drawn from.  Nothing here is JSON: ``payload``
writes the documents out for Typst at the edge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kitgen.diagnostics import KitgenError, error
from kitgen.i18n import output_text
from kitgen.links import Links
from kitgen.model import Kind, PromptSet
from kitgen.render.brand import BrandMark, set_colour
from kitgen.render.cards import design
from kitgen.render.cards.design import Metrics
from kitgen.render.cards.qr import qr_svg
from kitgen.render.words import kind_label
from kitgen.typography import typeset


@dataclass(frozen=True)
class DeckHead:
    """The deck's own words and colours (the backs, the PDF's metadata)."""

    lang: str
    title: str
    document_title: str
    author: str
    version_label: str
    color: str
    ink: str
    brand_name: str | None
    brand_logo: str | None
    licence_line: str
    #: When the attribution cannot fit the back: the licence and the set page that credits it.
    licence_short: str


@dataclass(frozen=True)
class CategoryStyle:
    """A category's label and colours, in the set's order."""

    id: str
    label: str
    color: str
    ink: str


@dataclass(frozen=True)
class CardText:
    """One prompt as its card shows it."""

    id: str
    category: str
    kind: str
    #: Empty for a plain question.
    kind_label: str
    text: str
    follow: tuple[str, ...]
    #: The address its QR code opens; None: the card has no QR code.
    qr_alt: str | None


@dataclass(frozen=True)
class DeckDocument:
    """A set's cards in one language, before any sizes are chosen."""

    head: DeckHead
    categories: tuple[CategoryStyle, ...]
    cards: tuple[CardText, ...]

    def category(self, category_id: str) -> CategoryStyle:
        return next(c for c in self.categories if c.id == category_id)


@dataclass(frozen=True)
class FitParams:
    """The sizes the fit pass may choose from: ``steps`` sizes from ``min`` by ``step``."""

    min: float
    step: float
    steps: int
    follow_ratio: float
    title_max: float
    title_min: float

    @property
    def sizes(self) -> list[float]:
        return [round(self.min + k * self.step, 4) for k in range(self.steps)]


@dataclass(frozen=True)
class CategorySize:
    """The prompt and follow-up sizes (pt) chosen for one category."""

    id: str
    size: float
    follow_size: float


@dataclass(frozen=True)
class Fitted:
    """The deck document with everything the fit pass chose: what the faces are drawn from."""

    document: DeckDocument
    metrics: Metrics
    params: FitParams
    #: In the set's category order; a category with no prompt has the smallest size.
    sizes: tuple[CategorySize, ...]
    title_pt: float
    licence_pt: float
    #: The licence and attribution, or the short line when they do not fit the back.
    licence_line: str

    def size_of(self, category_id: str) -> CategorySize:
        return next(s for s in self.sizes if s.id == category_id)


def clean(text: str, lang: str) -> str:
    """Typeset for ``lang`` and fold line breaks and runs of spaces into one space."""
    return re.sub(r"[ \t\r\n]+", " ", typeset(text, lang)).strip()


def deck_document(
    prompt_set: PromptSet, lang: str, brand: BrandMark, base_url: str | None
) -> DeckDocument:
    """The document of ``prompt_set`` in ``lang``; a located error if the set lacks ``lang``."""
    if lang not in prompt_set.languages:
        have = ", ".join(prompt_set.languages)
        message = f"set {prompt_set.id} has no language {lang!r}; it has {have}"
        raise KitgenError(error(prompt_set.locate(("languages",)), message))
    title = clean(prompt_set.title.get_text(lang), lang)
    licence = design.licence_label(prompt_set.license)
    attribution = (
        clean(prompt_set.attribution.get_text(lang), lang) if prompt_set.attribution else ""
    )
    links = Links(base_url=base_url or None)
    colour = set_colour(prompt_set, brand.colour)
    head = DeckHead(
        lang=lang,
        title=title,
        document_title=title,
        author=attribution or title,
        version_label=f"{prompt_set.id} · v{prompt_set.version}",
        color=colour,
        ink=design.ink_on(colour),
        brand_name=clean(brand.name, lang) if brand.name else None,
        brand_logo=brand.logo_svg,
        licence_line=" · ".join(x for x in (licence, attribution) if x),
        licence_short=_licence_short(licence, links.set_page(lang, prompt_set.id), lang),
    )
    categories = tuple(
        CategoryStyle(c.id, clean(c.label.get_text(lang), lang), c.color, design.ink_on(c.color))
        for c in prompt_set.categories
    )
    cards = tuple(
        CardText(
            id=p.id,
            category=p.category,
            kind=p.kind.value,
            kind_label="" if p.kind is Kind.QUESTION else kind_label(lang, p.kind),
            text=clean(p.text.get_text(lang), lang),
            follow=tuple(clean(f.get_text(lang), lang) for f in p.follow_ups),
            qr_alt=links.card(lang, prompt_set.id, p.id),
        )
        for p in prompt_set.prompts
    )
    return DeckDocument(head, categories, cards)


def _licence_short(licence: str, address: str | None, lang: str) -> str:
    """Licence and the set page's address, breakable after each slash (zero-width spaces);
    the licence alone when the kit is hosted nowhere."""
    if address is None:
        return licence
    credits = output_text(lang, "credits:")
    words = typeset(f"{licence} · {credits}", lang)
    return f"{words} " + address.replace("/", "/\u200b")


def qr_codes(cards: tuple[CardText, ...]) -> tuple[str | None, ...]:
    """Each card's QR code as SVG (None where the card has none), in the cards' order.

    Drawn apart from the document, in a thread while Typst runs the fit pass: the fit never
    reads them.
    """
    return tuple(qr_svg(card.qr_alt) if card.qr_alt else None for card in cards)

"""The JSON documents the card templates read: the one place the typed deck becomes JSON.

``fit.typ`` gets the document and the size range (``fit_input``); ``cards.typ`` gets the fitted
document, the sheet furniture, the pages to draw and their cards (``deck_input``).  The keys are
the templates' names; everything upstream is frozen dataclasses.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from kitgen.render.cards.design import Metrics
from kitgen.render.cards.document import CardText, DeckDocument, FitParams, Fitted
from kitgen.render.cards.instructions import InstructionPage
from kitgen.render.cards.pages import Page, SheetSetup

#: A JSON object as the templates read it.
Json = dict[str, Any]


def _dump(data: Json) -> str:
    return json.dumps(data, ensure_ascii=False)


def _head(document: DeckDocument, fitted: Fitted | None) -> Json:
    h = document.head
    head: Json = {
        "lang": h.lang,
        "title": h.title,
        "document_title": h.document_title,
        "author": h.author,
        "version_label": h.version_label,
        "color": h.color,
        "ink": h.ink,
        "brand_name": h.brand_name,
        "brand_logo": h.brand_logo,
        "licence_line": fitted.licence_line if fitted else h.licence_line,
        "licence_short": h.licence_short,
    }
    if fitted is not None:
        head["title_pt"] = fitted.title_pt
        head["licence_pt"] = fitted.licence_pt
    return head


def _categories(document: DeckDocument, fitted: Fitted | None) -> Json:
    out: Json = {}
    for c in document.categories:
        cat: Json = {"label": c.label, "color": c.color, "ink": c.ink}
        if fitted is not None:
            size = fitted.size_of(c.id)
            cat["size"] = size.size
            cat["follow_size"] = size.follow_size
        out[c.id] = cat
    return out


def _card(card: CardText, qr: str | None) -> Json:
    return {
        "id": card.id,
        "category": card.category,
        "kind": card.kind,
        "kind_label": card.kind_label,
        "text": card.text,
        "follow": list(card.follow),
        "qr": qr,
        "qr_alt": card.qr_alt,
    }


def _fit(params: FitParams, caps: dict[str, int]) -> Json:
    return {
        "min": params.min,
        "step": params.step,
        "steps": params.steps,
        "follow_ratio": params.follow_ratio,
        "title_max": params.title_max,
        "title_min": params.title_min,
        "caps": caps,
    }


def fit_input(
    document: DeckDocument,
    metrics: Metrics,
    params: FitParams,
    caps: dict[str, int],
    lo: int,
    hi: int,
) -> str:
    """``fit.typ``'s document for cards ``lo`` to ``hi``; ``caps``: the largest size index to
    try for each category (none: all)."""
    return _dump(
        {
            "deck": _head(document, None),
            "categories": _categories(document, None),
            "category_order": [c.id for c in document.categories],
            "cards": [_card(card, None) for card in document.cards[lo:hi]],
            "metrics": metrics.to_data(),
            "fit": _fit(params, caps),
        }
    )


def _round(values: Sequence[float]) -> list[float]:
    return [round(v, 4) for v in values]


def _opening(fitted: Fitted) -> Json:
    document = fitted.document
    return {
        "deck": _head(document, fitted),
        "categories": _categories(document, fitted),
        "category_order": [c.id for c in document.categories],
    }


def _furniture(fitted: Fitted, sheets: SheetSetup) -> Json:
    """The sizes and the sheet: the same for every page of the deck."""
    imp = sheets.imposition
    return {
        "metrics": dict(fitted.metrics.to_data(), seam=imp.seam_inset),
        "fit": _fit(fitted.params, {}),
        "page": {"w": round(imp.page_width, 4), "h": round(imp.page_height, 4)},
        "slots": {
            "front": [_round((s.x, s.y, *s.bleed)) for s in imp.fronts],
            "back": [_round((s.x, s.y, *s.bleed)) for s in imp.backs],
        },
        "marks": [_round((ln.x1, ln.y1, ln.x2, ln.y2)) for ln in imp.marks],
        "fold": (
            _round((imp.fold.x1, imp.fold.y1, imp.fold.x2, imp.fold.y2)) if imp.fold else None
        ),
        "info": list(imp.info) if imp.info else None,
        "rotation": {"front": imp.rotation, "back": imp.back_rotation},
        "info_text": sheets.info_text,
        "info_text_dx": round(imp.info_text_dx, 4),
        "fold_label": sheets.fold_label,
        "back_offset": list(sheets.back_offset),
    }


def _instructions(page: InstructionPage | None) -> Json | None:
    if page is None:
        return None
    return {
        "title": page.title,
        "sections": [{"heading": s.heading, "lines": list(s.lines)} for s in page.sections],
        "blank_back": page.blank_back,
        "position": page.placement.value,
        "page": {"w": page.page_size[0], "h": page.page_size[1]},
    }


def deck_input(
    fitted: Fitted,
    sheets: SheetSetup,
    cards: Sequence[CardText],
    qr: Sequence[str | None],
    pages: Sequence[Page],
    n_sheets: int,
    instructions: InstructionPage | None = None,
) -> str:
    """``cards.typ``'s document: ``pages`` drawing ``cards`` (with their QR codes ``qr``), the
    sheet count for the calibration line, and the instruction page if any."""
    return _dump(
        {
            **_opening(fitted),
            "cards": [_card(card, code) for card, code in zip(cards, qr, strict=True)],
            **_furniture(fitted, sheets),
            "sheets": n_sheets,
            "pages": [
                {"side": p.side, "fronts": list(p.fronts), "backs": list(p.backs), "sheet": p.sheet}
                for p in pages
            ],
            "instructions": _instructions(instructions),
        }
    )


def _digest(*parts: Any) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def face_keys(fitted: Fitted, sheets: SheetSetup) -> tuple[tuple[str, ...], str]:
    """A digest of everything each card's front is drawn from, and one of the back's (the same
    for every card): the live preview redraws only the faces whose digest changed."""
    shared = {**_opening(fitted), **_furniture(fitted, sheets)}
    categories = shared["categories"]
    cards = fitted.document.cards
    fronts = tuple(_digest(shared, _card(card, None), categories[card.category]) for card in cards)
    return fronts, _digest(shared, _card(cards[0], None))

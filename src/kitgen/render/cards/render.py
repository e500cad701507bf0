"""Card decks as print-ready PDF (and PNG faces), from a loaded prompt set.

The flow: build one JSON document for the set (texts typeset for the language, QR codes,
colours), run the fit pass (``fit.typ``) once for the whole deck, then compile ``cards.typ``
with the chosen sizes, in chunks of sheets for large decks, and finish the PDF.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import typst

from kitgen import atomic, names
from kitgen.diagnostics import KitgenError, Location, error, excerpt
from kitgen.i18n import output_text
from kitgen.links import Links
from kitgen.model import Kind, PromptSet
from kitgen.render.brand import BrandMark, set_colour
from kitgen.render.cards import _worker, design, pdf
from kitgen.render.cards.fonts import font_paths
from kitgen.render.cards.imposition import Imposition, Layout, impose
from kitgen.render.cards.instructions import Placement, instruction_page
from kitgen.render.cards.qr import qr_svg
from kitgen.render.cards.sizes import CARDS, PAPERS, Size, larger_card, parse_card, parse_paper
from kitgen.render.words import kind_label
from kitgen.typography import typeset
from kitgen.workers import running

#: Sheets per Typst compile: memory grows with one compile, so large decks are cut in chunks.
CHUNK_CARDS = 504
#: Cards per fit pass in a worker (measuring needs less memory than drawing).
FIT_CHUNK_CARDS = 1008
#: Chunks compiled at once (each in its own process): two cores, two workers.
COMPILE_WORKERS = 2
PNG_PPI = 300


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


def describe_imposition(options: DeckOptions) -> str:
    """What the imposition chose, e.g. ``poker on A4: 3 x 3, shared cut lines``."""
    return _impose(options).describe()


def _impose(options: DeckOptions) -> Imposition:
    if not 0 <= options.bleed_mm <= 10:
        raise ValueError("bleed must be between 0 and 10 mm")
    return impose(
        options.card_size,
        options.paper_size,
        options.layout_kind,
        options.bleed_mm,
        options.crop_marks,
    )


# --------------------------------------------------------------------------- data for Typst


def _clean(text: str, lang: str) -> str:
    """Typeset for ``lang`` and fold line breaks and runs of spaces into one space."""
    return re.sub(r"[ \t\r\n]+", " ", typeset(text, lang)).strip()


def _deck_data(prompt_set: PromptSet, lang: str, options: DeckOptions) -> dict[str, Any]:
    if lang not in prompt_set.languages:
        where = (
            prompt_set.origin.locate(("languages",))
            if prompt_set.origin
            else Location(Path(f"{prompt_set.id}.yaml"))
        )
        raise KitgenError(
            error(where, f"set {prompt_set.id} has no language {lang!r}; it has "
                  + ", ".join(prompt_set.languages))
        )  # fmt: skip
    title = _clean(prompt_set.title.get_text(lang), lang)
    licence = design.licence_label(prompt_set.license)
    attribution = (
        _clean(prompt_set.attribution.get_text(lang), lang) if prompt_set.attribution else ""
    )
    version = f"{prompt_set.id} · v{prompt_set.version}"
    links = Links(base_url=options.base_url or None)
    colour = set_colour(prompt_set, options.brand.colour)
    cards = []
    for p in prompt_set.prompts:
        url = links.card(lang, prompt_set.id, p.id)
        cards.append(
            {
                "id": p.id,
                "category": p.category,
                "kind": p.kind.value,
                "kind_label": "" if p.kind is Kind.QUESTION else kind_label(lang, p.kind),
                "text": _clean(p.text.get_text(lang), lang),
                "follow": [_clean(f.get_text(lang), lang) for f in p.follow_ups],
                "qr": None,  # filled by _with_qr, in a thread while Typst works
                "qr_alt": url,  # None: the card has no QR code
            }
        )
    return {
        "deck": {
            "lang": lang,
            "title": title,
            "document_title": title,
            "author": attribution or title,
            "version_label": version,
            "color": colour,
            "ink": design.ink_on(colour),
            "brand_name": _clean(options.brand.name, lang) if options.brand.name else None,
            "brand_logo": options.brand.logo_svg,
            "licence_line": " · ".join(x for x in (licence, attribution) if x),
            # When the attribution cannot fit the back: the set's page credits it in full.
            "licence_short": _licence_short(licence, links.set_page(lang, prompt_set.id), lang),
        },
        "categories": {
            c.id: {
                "label": _clean(c.label.get_text(lang), lang),
                "color": c.color,
                "ink": design.ink_on(c.color),
            }
            for c in prompt_set.categories
        },
        "category_order": [c.id for c in prompt_set.categories],
        "cards": cards,
    }


def _licence_short(licence: str, address: str | None, lang: str) -> str:
    """Licence and the set page's address, breakable after each slash (zero-width spaces);
    the licence alone when the kit is hosted nowhere."""
    if address is None:
        return licence
    credits = output_text(lang, "credits:")
    words = typeset(f"{licence} · {credits}", lang)
    return f"{words} " + address.replace("/", "/\u200b")


def _template_root() -> Path:
    return Path(str(resources.files("kitgen.templates")))


def _timestamp() -> int:
    """``SOURCE_DATE_EPOCH`` when set (reproducible builds), else a fixed date."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    return int(value) if value.isdigit() else 0


# --------------------------------------------------------------------------- fit


def _fit(
    prompt_set: PromptSet,
    lang: str,
    options: DeckOptions,
    data: dict[str, Any],
    procs: ProcessPoolExecutor | None = None,
) -> dict[str, Any]:
    """Per-category font sizes; a located error for every prompt that cannot fit."""
    card = options.card_size
    m = design.metrics(card, options.bleed_mm)
    min_pt = options.min_font_pt
    max_pt = m.max_font_pt(min_pt)
    steps = int((max_pt - min_pt) / design.SIZE_STEP + 1e-9) + 1
    data["metrics"] = m.to_data()
    data["fit"] = {
        "min": min_pt,
        "step": design.SIZE_STEP,
        "steps": steps,
        "follow_ratio": design.FOLLOW_RATIO,
        "title_max": round(max(9.0, 15.0 * m.k), 1),
        "title_min": 8.0,
        "caps": {},
    }
    sizes = [round(min_pt + k * design.SIZE_STEP, 4) for k in range(steps)]
    cards = data["cards"]
    per = FIT_CHUNK_CARDS if procs is not None else max(FIT_CHUNK_CARDS, len(cards))
    spans = [(lo, min(len(cards), lo + per)) for lo in range(0, len(cards), per)]

    def run(span: tuple[int, int], caps: dict[str, int]) -> dict[str, Any]:
        lo, hi = span
        fit = dict(data["fit"], caps=caps)
        chunk = dict(data, cards=cards[lo:hi], fit=fit)
        result: dict[str, Any] = json.loads(_query(chunk, procs))
        for failure in result["failures"]:
            failure["index"] += lo
        return result

    # Large decks are measured in chunks (memory grows with one compile), two at a time; the
    # size of a category is the smallest its chunks chose.  A chunk that chose larger is checked
    # again at that size, as line breaking is not strictly monotonic.
    with ThreadPoolExecutor(max_workers=COMPILE_WORKERS) as pool:
        results = list(pool.map(lambda span: run(span, {}), spans))
        failures = [f for r in results for f in r["failures"]]
        if failures:
            raise KitgenError([_fit_error(prompt_set, card, min_pt, f) for f in failures])
        best: dict[str, float] = {}
        while True:
            for r in results:
                for cat, size in r["sizes"].items():
                    best[cat] = min(best.get(cat, size), size)
            stale = [i for i, r in enumerate(results)
                     if any(r["sizes"][cat] > best[cat] for cat in r["sizes"])]  # fmt: skip
            if not stale:
                break
            caps = {cat: sizes.index(round(size, 4)) for cat, size in best.items()}
            again = pool.map(run, [spans[i] for i in stale], [caps] * len(stale))
            for i, r in zip(stale, again, strict=True):
                results[i] = r
    if results[0]["licence"] is None:
        origin = prompt_set.origin
        key = "attribution" if prompt_set.attribution else "license"
        where = origin.locate((key,)) if origin else Location(Path(f"{prompt_set.id}.yaml"))
        raise KitgenError(
            error(
                where,
                f"the licence and attribution do not fit the back of a {card.label} card at "
                "5 pt; shorten the attribution",
                code="card-fit",
            )
        )
    return {
        "sizes": best,
        "failures": [],
        "title_pt": results[0]["title_pt"],
        "licence": results[0]["licence"],
    }


def _request(mode: str, template: str, data: dict[str, Any], tags: bool) -> dict[str, Any]:
    return {
        "mode": mode,
        "input": str(_template_root() / template),
        "root": str(_template_root()),
        "font_paths": font_paths(),
        "data": json.dumps(data, ensure_ascii=False),
        "timestamp": _timestamp(),
        "tags": tags,
    }


def _in_worker(procs: ProcessPoolExecutor, request: dict[str, Any]) -> bytes | None:
    """The request run in a fresh worker process; None if workers cannot start here."""
    try:
        return procs.submit(_worker.run, request).result()
    except BrokenProcessPool:  # e.g. a calling script without `if __name__ == "__main__":`
        return None
    except typst.TypstError as exc:  # a template bug, not the user's input
        raise RuntimeError(f"card template failed: {exc}") from exc


def _query(data: dict[str, Any], procs: ProcessPoolExecutor | None = None) -> str:
    if procs is not None:
        out = _in_worker(procs, _request("query", "fit.typ", data, True))
        if out is not None:
            return out.decode("utf-8")
    path = _template_root() / "fit.typ"
    return str(
        typst.query(
            str(path),
            "<fit>",
            field="value",
            one=True,
            root=str(_template_root()),
            font_paths=font_paths(),
            ignore_system_fonts=True,
            sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
        )
    )


def _fit_error(prompt_set: PromptSet, card: Size, min_pt: float, f: dict[str, Any]) -> Any:
    index = int(f["index"])
    prompt = prompt_set.prompts[index]
    origin = prompt_set.origin
    where = (
        origin.locate(("prompts", index, "text"))
        if origin is not None
        else Location(Path(f"{prompt_set.id}.yaml"))
    )
    bigger = larger_card(card)
    advice = f"shorten it or use --card {bigger.name}" if bigger else "shorten it"
    if f.get("word"):
        # Hyphenated where the language allows, a piece of the word still overflows its line.
        hyphenated = ", even hyphenated" if f.get("hyphenated") else ""
        why = (
            f"the word “{excerpt(str(f['word']), count=False)}” is "
            f"{float(f['word_mm']):.0f} mm wide, "
            f"room for {float(f['room_mm']):.0f} mm{hyphenated}"
        )
    else:
        why = f"needs {f['needs']} lines, room for {f['room']}"
    return error(
        where,
        f"prompt {prompt.id} does not fit a {card.label} card at {min_pt:g} pt ({why}); {advice}",
        code="card-fit",
    )


# --------------------------------------------------------------------------- pages


def _pages(imp: Imposition, n_cards: int) -> list[dict[str, Any]]:
    per = imp.per_sheet
    sheets = [list(range(s * per, min(n_cards, (s + 1) * per))) for s in range(imp.sheets(n_cards))]
    layout = imp.layout
    pages: list[dict[str, Any]] = []
    if layout is Layout.FOLD:
        for n, ids in enumerate(sheets, 1):
            pages.append({"side": "fold", "fronts": ids, "backs": ids, "sheet": n})
    elif layout is Layout.SHOP:
        for n, ids in enumerate(sheets, 1):
            pages.append({"side": "front", "fronts": ids, "backs": [], "sheet": n})
            pages.append({"side": "back", "fronts": [], "backs": ids, "sheet": n})
    elif layout is Layout.FRONTS_THEN_BACKS:
        pages += [{"side": "front", "fronts": ids, "backs": [], "sheet": n}
                  for n, ids in enumerate(sheets, 1)]  # fmt: skip
        pages += [{"side": "back", "fronts": [], "backs": ids, "sheet": n}
                  for n, ids in enumerate(sheets, 1)]  # fmt: skip
    else:
        for n, ids in enumerate(sheets, 1):
            pages.append({"side": "front", "fronts": ids, "backs": [], "sheet": n})
            pages.append({"side": "back", "fronts": [], "backs": ids, "sheet": n})
    return pages


def _slot(s: Any) -> list[float]:
    return [round(v, 4) for v in (s.x, s.y, *s.bleed)]


def _sheet_data(imp: Imposition, options: DeckOptions, data: dict[str, Any]) -> None:
    data["page"] = {"w": round(imp.page_width, 4), "h": round(imp.page_height, 4)}
    data["slots"] = {"front": [_slot(s) for s in imp.fronts], "back": [_slot(s) for s in imp.backs]}
    data["marks"] = [[round(v, 4) for v in (ln.x1, ln.y1, ln.x2, ln.y2)] for ln in imp.marks]
    data["fold"] = (
        [round(v, 4) for v in (imp.fold.x1, imp.fold.y1, imp.fold.x2, imp.fold.y2)]
        if imp.fold
        else None
    )
    data["info"] = list(imp.info) if imp.info else None
    data["metrics"]["seam"] = imp.seam_inset
    data["rotation"] = {"front": imp.rotation, "back": imp.back_rotation}
    lang = data["deck"]["lang"]
    data["info_text"] = typeset(
        output_text(lang, "Print at 100 % / actual size: this line measures 100 mm"), lang
    )
    data["info_text_dx"] = round(imp.info_text_dx, 4)
    data["fold_label"] = typeset(
        output_text(lang, "Fold here, printed side out; glue the two halves together"), lang
    )
    offset = options.back_offset if imp.layout is not Layout.SHOP else (0.0, 0.0)
    data["back_offset"] = [float(offset[0]), float(offset[1])]


def _compile(
    data: dict[str, Any],
    fmt: Literal["pdf", "png", "svg"] = "pdf",
    tags: bool = True,
    procs: ProcessPoolExecutor | None = None,
) -> bytes | list[bytes]:
    if procs is not None and fmt == "pdf":
        isolated = _in_worker(procs, _request("compile", "cards.typ", data, tags))
        if isolated is not None:
            return isolated
    path = _template_root() / "cards.typ"
    try:
        out: bytes | list[bytes] | None = typst.compile(
            str(path),
            root=str(_template_root()),
            font_paths=font_paths(),
            ignore_system_fonts=True,
            format=fmt,
            ppi=PNG_PPI if fmt == "png" else None,
            sys_inputs={"data": json.dumps(data, ensure_ascii=False)},
            timestamp=_timestamp(),
            pdf_tags=tags,
        )
    except typst.TypstError as exc:  # a template bug, not the user's input
        raise RuntimeError(f"card template failed: {exc}") from exc
    assert out is not None
    return out


def _with_qr(cards: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The cards with their QR codes drawn (``qr_alt`` holds each code's address, if any)."""
    return [dict(card, qr=qr_svg(card["qr_alt"]) if card["qr_alt"] else None) for card in cards]


def _prepare(
    prompt_set: PromptSet,
    lang: str,
    options: DeckOptions,
    procs: ProcessPoolExecutor | None = None,
    deck: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Deck data (``deck``, else built here) with fitted sizes; no QR codes yet."""
    data = deck if deck is not None else _deck_data(prompt_set, lang, options)
    fit = _fit(prompt_set, lang, options, data, procs)
    for cat_id, size in fit["sizes"].items():
        cat = data["categories"][cat_id]
        cat["size"] = float(size)
        cat["follow_size"] = max(
            options.min_font_pt, round(float(size) * design.FOLLOW_RATIO * 4) / 4
        )
    for cat in data["categories"].values():  # a category with no prompt
        cat.setdefault("size", options.min_font_pt)
        cat.setdefault("follow_size", options.min_font_pt)
    data["deck"]["title_pt"] = float(fit["title_pt"])
    data["deck"]["licence_pt"] = float(fit["licence"]["pt"])
    data["deck"]["licence_line"] = fit["licence"]["line"]
    return data


def category_sizes(prompt_set: PromptSet, lang: str, options: DeckOptions) -> dict[str, float]:
    """The font size chosen for each category (raises the located fit errors)."""
    data = _prepare(prompt_set, lang, options)
    return {k: v["size"] for k, v in data["categories"].items()}


def render_deck(
    prompt_set: PromptSet,
    lang: str,
    options: DeckOptions,
    progress: Callable[[str], None] | None = None,
) -> bytes:
    """The deck as PDF bytes: sheets for the layout, viewer preferences set, deterministic.

    QR codes are drawn in a thread while Typst (which releases the GIL) runs the fit pass and
    the chunks, so on two cores they cost little wall time.  A deck that fits one compile is a
    tagged PDF; a larger one is compiled in untagged chunks, since merging would drop the tags.
    """
    imp = _impose(options)
    deck = _deck_data(prompt_set, lang, options)
    cards = deck["cards"]
    pages = _pages(imp, len(cards))
    parts = _chunked(pages, imp)
    single = len(parts) == 1
    # A large deck runs its Typst work in fresh worker processes (see _worker.py).
    procs = None if single else _worker.pool(COMPILE_WORKERS)
    with ExitStack() as stack, ThreadPoolExecutor(max_workers=1) as pool:
        if procs is not None:
            stack.enter_context(running(procs))  # a Ctrl-C kills them, never waits
        spans = [_span(part) for part in parts]
        drawn = [pool.submit(_with_qr, cards[lo:hi]) for lo, hi in spans]
        data = _prepare(prompt_set, lang, options, procs, deck)
        _sheet_data(imp, options, data)
        n_sheets = imp.sheets(len(cards))
        data["sheets"] = n_sheets
        page_of_instructions = Placement(options.instructions)
        instructions = instruction_page(imp, lang, len(cards), page_of_instructions)

        def build(k: int) -> bytes:
            lo = spans[k][0]
            pages_k = [_shift(page, lo) for page in parts[k]]
            chunk = dict(data, pages=pages_k, cards=drawn[k].result())
            where = 0 if page_of_instructions is Placement.FIRST else len(parts) - 1
            chunk["instructions"] = instructions if k == where else None
            out = _as_bytes(_compile(chunk, tags=single, procs=procs))
            if progress is not None:
                progress(f"{min(n_sheets, parts[k][-1]['sheet'])}/{n_sheets} sheets")
            return out

        # Chunks of a large deck compile in worker processes, COMPILE_WORKERS at a time, and
        # are merged in order as they arrive.
        duplex = (
            imp.layout.value if imp.layout in (Layout.DUPLEX_LONG, Layout.DUPLEX_SHORT) else None
        )
        trim = None
        if imp.layout is Layout.SHOP:
            trim = (imp.bleed, imp.bleed, imp.card.width, imp.card.height)
        with ThreadPoolExecutor(max_workers=COMPILE_WORKERS) as workers:
            return pdf.finish(
                workers.map(build, range(len(parts))), duplex=duplex, trim_box_mm=trim
            )


def _span(part: list[dict[str, Any]]) -> tuple[int, int]:
    """First and past-last card index drawn on these pages."""
    indices = [i for page in part for i in (*page["fronts"], *page["backs"])]
    return (min(indices), max(indices) + 1) if indices else (0, 0)


def _shift(page: dict[str, Any], lo: int) -> dict[str, Any]:
    """The page with card indices relative to its chunk's first card."""
    return dict(
        page, fronts=[i - lo for i in page["fronts"]], backs=[i - lo for i in page["backs"]]
    )


def _as_bytes(out: bytes | list[bytes]) -> bytes:
    if isinstance(out, list):
        raise TypeError("expected one document")
    return out


def _chunked(pages: list[dict[str, Any]], imp: Imposition) -> list[list[dict[str, Any]]]:
    """Split pages into compiles of about CHUNK_CARDS cards, never splitting a sheet's pages."""
    per_chunk = max(1, CHUNK_CARDS // imp.per_sheet)
    if imp.layout is Layout.FRONTS_THEN_BACKS:
        return [pages]  # fronts then backs: order spans the whole deck
    chunks: list[list[dict[str, Any]]] = []
    current: list[dict[str, Any]] = []
    sheets_in: set[int] = set()
    for page in pages:
        if page["sheet"] not in sheets_in and len(sheets_in) >= per_chunk:
            chunks.append(current)
            current, sheets_in = [], set()
        sheets_in.add(page["sheet"])
        current.append(page)
    if current:
        chunks.append(current)
    return chunks


@dataclass(frozen=True)
class CardFaces:
    """A set's card faces measured once and drawn one card at a time (the live preview redraws
    only the cards whose :meth:`key` changed; ``render_card_pngs`` draws them all).

    ``data`` is the deck document with the fitted sizes and a one-card-per-page sheet; the QR
    codes are drawn only for the cards being drawn.
    """

    data: dict[str, Any]

    @property
    def cards(self) -> list[dict[str, Any]]:
        return list(self.data["cards"])

    def size(self, index: int) -> float:
        """The prompt's font size (pt) chosen by the fit for the card's category."""
        card = self.data["cards"][index]
        return float(self.data["categories"][card["category"]]["size"])

    def key(self, index: int) -> str:
        """A digest of everything the front of card ``index`` is drawn from."""
        card = self.data["cards"][index]
        return _digest(self._shared(), card, self.data["categories"][card["category"]])

    def back_key(self) -> str:
        """A digest of everything the back (the same for every card) is drawn from."""
        return _digest(self._shared(), self.data["cards"][0])

    def _shared(self) -> dict[str, Any]:
        return {k: v for k, v in self.data.items() if k not in ("cards", "pages", "sheets")}


def _digest(*parts: Any) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


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
    data = _prepare(prompt_set, lang, face_opts)
    _sheet_data(_impose(face_opts), face_opts, data)
    return CardFaces(data)


def draw_faces(
    faces: CardFaces, indices: list[int], fmt: Literal["png", "svg"] = "png"
) -> tuple[list[bytes], bytes]:
    """The fronts of cards ``indices`` (in that order) and the back, as PNG (300 dpi) or SVG."""
    cards = _with_qr([faces.data["cards"][i] for i in indices] or faces.data["cards"][:1])
    n = len(indices)
    fronts = [{"side": "front", "fronts": [i], "backs": [], "sheet": i + 1} for i in range(n)]
    back = {"side": "back", "fronts": [], "backs": [0], "sheet": 1}
    data = dict(faces.data, cards=cards, sheets=max(n, 1), pages=[*fronts, back])
    images = _compile(data, fmt=fmt)
    if not isinstance(images, list):
        images = [images]
    return images[:-1], images[-1]


def render_card_pngs(
    prompt_set: PromptSet, lang: str, options: DeckOptions, out_dir: Path
) -> list[Path]:
    """One 300 dpi PNG per card face at trim size, plus ``alt.json`` with each face's text.

    Files: ``<prompt-id>--front.png`` and ``<prompt-id>--back.png`` (``names.card_face``; backs
    are identical).
    """
    faces = card_faces(prompt_set, lang, options)
    data = faces.data
    fronts, back_png = draw_faces(faces, list(range(len(data["cards"]))))
    out_dir = Path(out_dir)
    written: list[Path] = []
    alt: dict[str, str] = {}
    back_alt = _back_alt(data, lang)
    for card, image in zip(data["cards"], fronts, strict=True):
        for face, payload, text in (
            ("front", image, _front_alt(card, data)),
            ("back", back_png, back_alt),
        ):
            name = names.card_face(card["id"], face)
            atomic.write_if_changed(out_dir / name, payload)
            written.append(out_dir / name)
            alt[name] = text
    atomic.write_if_changed(
        out_dir / "alt.json", json.dumps(alt, ensure_ascii=False, indent=2) + "\n"
    )
    return written


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ").replace("\u200b", "")


def _front_alt(card: dict[str, Any], data: dict[str, Any]) -> str:
    cat = data["categories"][card["category"]]["label"]
    parts = [f"{_plain(cat)}{' · ' + card['kind_label'] if card['kind_label'] else ''}."]
    parts.append(_plain(card["text"]))
    parts += [f"– {_plain(f)}" for f in card["follow"]]
    return "\n".join(parts)


def _back_alt(data: dict[str, Any], lang: str) -> str:
    back = output_text(lang, "Card back")
    return f"{back}: {_plain(data['deck']['title'])}. {_plain(data['deck']['licence_line'])}"


def write_deck(path: Path, pdf_bytes: bytes) -> None:
    atomic.write_bytes(Path(path), pdf_bytes)


__all__ = [
    "CardFaces",
    "DeckOptions",
    "card_faces",
    "category_sizes",
    "describe_imposition",
    "draw_faces",
    "render_card_pngs",
    "render_deck",
]

"""The fit pass: one font size per category, the largest at which all its prompts fit.

``fit.typ`` measures the cards (Typst's own line breaking and hyphenation); this module runs it
once for the deck, or in chunks of cards for a large deck, reconciles the chunks, and turns the
prompts that cannot fit into located errors.  Its result is ``document.Fitted``.
"""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from kitgen.diagnostics import Diagnostic, KitgenError, error, excerpt
from kitgen.model import PromptSet
from kitgen.render.cards import design, payload, runner
from kitgen.render.cards.design import Metrics
from kitgen.render.cards.document import CategorySize, DeckDocument, FitParams, Fitted
from kitgen.render.cards.options import DeckOptions
from kitgen.render.cards.sizes import Size, larger_card

#: Cards per fit pass in a worker (measuring needs less memory than drawing).
FIT_CHUNK_CARDS = 1008
#: Fit passes run at once (each in its own worker process for a large deck): two cores.
FIT_WORKERS = 2


def fit_params(metrics: Metrics, min_pt: float) -> FitParams:
    """The range of sizes for a card of these metrics, from ``min_pt`` up."""
    max_pt = metrics.max_font_pt(min_pt)
    steps = int((max_pt - min_pt) / design.SIZE_STEP + 1e-9) + 1
    return FitParams(
        min=min_pt,
        step=design.SIZE_STEP,
        steps=steps,
        follow_ratio=design.FOLLOW_RATIO,
        title_max=round(max(9.0, 15.0 * metrics.k), 1),
        title_min=8.0,
    )


@dataclass(frozen=True)
class _Failure:
    """A card that does not fit at the smallest size (``fit.typ``'s failure record)."""

    index: int
    needs: int | None
    room: int
    word: str | None
    word_mm: float | None
    hyphenated: bool
    room_mm: float


@dataclass(frozen=True)
class _Pass:
    """One run of ``fit.typ`` over a span of cards."""

    sizes: dict[str, float]
    failures: tuple[_Failure, ...]
    title_pt: float
    #: (line, pt) of the back's licence; None when neither line fits at 5 pt.
    licence: tuple[str, float] | None


def _parse(text: str, lo: int) -> _Pass:
    """``fit.typ``'s JSON result, card indices shifted by ``lo`` (the span's first card)."""
    raw: dict[str, Any] = json.loads(text)
    licence = raw["licence"]
    return _Pass(
        sizes=dict(raw["sizes"]),
        failures=tuple(
            _Failure(
                index=f["index"] + lo,
                needs=f["needs"],
                room=f["room"],
                word=f.get("word"),
                word_mm=f.get("word_mm"),
                hyphenated=bool(f.get("hyphenated")),
                room_mm=f["room_mm"],
            )
            for f in raw["failures"]
        ),
        title_pt=raw["title_pt"],
        licence=None if licence is None else (licence["line"], licence["pt"]),
    )


def fit_deck(
    prompt_set: PromptSet,
    document: DeckDocument,
    options: DeckOptions,
    procs: ProcessPoolExecutor | None = None,
) -> Fitted:
    """Per-category font sizes; a located error for every prompt that cannot fit.

    With ``procs``, the cards are measured in chunks of ``FIT_CHUNK_CARDS`` in worker processes.
    """
    card = options.card_size
    min_pt = options.min_font_pt
    metrics = design.metrics(card, options.bleed_mm)
    params = fit_params(metrics, min_pt)
    sizes = params.sizes
    n = len(document.cards)
    per = FIT_CHUNK_CARDS if procs is not None else max(FIT_CHUNK_CARDS, n)
    spans = [(lo, min(n, lo + per)) for lo in range(0, n, per)]

    def run(span: tuple[int, int], caps: dict[str, int]) -> _Pass:
        lo, hi = span
        data = payload.fit_input(document, metrics, params, caps, lo, hi)
        return _parse(runner.query_fit(data, procs), lo)

    # Large decks are measured in chunks (memory grows with one compile), two at a time; the
    # size of a category is the smallest its chunks chose.  A chunk that chose larger is checked
    # again at that size, as line breaking is not strictly monotonic.
    with ThreadPoolExecutor(max_workers=FIT_WORKERS) as pool:
        results = list(pool.map(lambda span: run(span, {}), spans))
        failures = [f for r in results for f in r.failures]
        if failures:
            raise KitgenError([_fit_error(prompt_set, card, min_pt, f) for f in failures])
        best: dict[str, float] = {}
        while True:
            for r in results:
                for cat, size in r.sizes.items():
                    best[cat] = min(best.get(cat, size), size)
            stale = [i for i, r in enumerate(results)
                     if any(r.sizes[cat] > best[cat] for cat in r.sizes)]  # fmt: skip
            if not stale:
                break
            caps = {cat: sizes.index(round(size, 4)) for cat, size in best.items()}
            again = pool.map(run, [spans[i] for i in stale], [caps] * len(stale))
            for i, r in zip(stale, again, strict=True):
                results[i] = r
    licence = results[0].licence
    if licence is None:
        key = "attribution" if prompt_set.attribution else "license"
        raise KitgenError(
            error(
                prompt_set.locate((key,)),
                f"the licence and attribution do not fit the back of a {card.label} card at "
                "5 pt; shorten the attribution",
                code="card-fit",
            )
        )
    chosen = []
    for category in document.categories:
        size = float(best[category.id]) if category.id in best else min_pt
        follow = max(min_pt, round(size * design.FOLLOW_RATIO * 4) / 4)
        chosen.append(CategorySize(category.id, size, follow if category.id in best else min_pt))
    line, pt = licence
    return Fitted(
        document=document,
        metrics=metrics,
        params=params,
        sizes=tuple(chosen),
        title_pt=float(results[0].title_pt),
        licence_pt=float(pt),
        licence_line=line,
    )


def _fit_error(prompt_set: PromptSet, card: Size, min_pt: float, f: _Failure) -> Diagnostic:
    prompt = prompt_set.prompts[f.index]
    where = prompt_set.locate(("prompts", f.index, "text"))
    bigger = larger_card(card)
    advice = f"shorten it or use --card {bigger.name}" if bigger else "shorten it"
    if f.word:
        # Hyphenated where the language allows, a piece of the word still overflows its line.
        hyphenated = ", even hyphenated" if f.hyphenated else ""
        why = (
            f"the word “{excerpt(str(f.word), count=False)}” is "
            f"{float(f.word_mm or 0):.0f} mm wide, "
            f"room for {float(f.room_mm):.0f} mm{hyphenated}"
        )
    else:
        why = f"needs {f.needs} lines, room for {f.room}"
    return error(
        where,
        f"prompt {prompt.id} does not fit a {card.label} card at {min_pt:g} pt ({why}); {advice}",
        code="card-fit",
    )

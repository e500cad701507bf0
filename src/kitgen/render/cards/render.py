"""Card decks as print-ready PDF, from a loaded prompt set: the stages put together.

The deck document (``document``) is built once; the fit pass (``fit``) runs once for the whole
deck; the page plan (``pages``) is cut into compiles of whole sheets; each compile's JSON is made
at the edge (``payload``) and run by Typst (``runner``), in worker processes for a large deck,
while the QR codes are drawn in a thread; then the PDF is finished (``pdf``).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack

from kitgen import typst_worker
from kitgen.model import PromptSet
from kitgen.render.cards import payload, pdf, runner
from kitgen.render.cards.document import deck_document, qr_codes
from kitgen.render.cards.fit import fit_deck
from kitgen.render.cards.imposition import Layout
from kitgen.render.cards.instructions import Placement, instruction_page
from kitgen.render.cards.options import DeckOptions, deck_imposition
from kitgen.render.cards.pages import chunked, plan, sheet_setup, span
from kitgen.workers import running

#: Cards per Typst compile: memory grows with one compile, so large decks are cut in chunks.
CHUNK_CARDS = 504
#: Chunks compiled at once (each in its own process): two cores, two workers.
COMPILE_WORKERS = 2


def category_sizes(prompt_set: PromptSet, lang: str, options: DeckOptions) -> dict[str, float]:
    """The font size chosen for each category (raises the located fit errors)."""
    document = deck_document(prompt_set, lang, options.brand, options.base_url)
    fitted = fit_deck(prompt_set, document, options)
    return {s.id: s.size for s in fitted.sizes}


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
    imp = deck_imposition(options)
    document = deck_document(prompt_set, lang, options.brand, options.base_url)
    cards = document.cards
    parts = chunked(plan(imp, len(cards)), imp, CHUNK_CARDS)
    single = len(parts) == 1
    # A large deck runs its Typst work in fresh worker processes (see kitgen.typst_worker).
    procs = None if single else typst_worker.pool(COMPILE_WORKERS)
    with ExitStack() as stack, ThreadPoolExecutor(max_workers=1) as pool:
        if procs is not None:
            stack.enter_context(running(procs))  # a Ctrl-C kills them, never waits
        spans = [span(part) for part in parts]
        drawn = [pool.submit(qr_codes, cards[lo:hi]) for lo, hi in spans]
        fitted = fit_deck(prompt_set, document, options, procs)
        sheets = sheet_setup(imp, options.back_offset, lang)
        n_sheets = imp.sheets(len(cards))
        placement = Placement(options.instructions)
        instructions = instruction_page(imp, lang, len(cards), placement)
        with_instructions = 0 if placement is Placement.FIRST else len(parts) - 1

        def build(k: int) -> bytes:
            lo, hi = spans[k]
            data = payload.deck_input(
                fitted,
                sheets,
                cards[lo:hi],
                drawn[k].result(),
                [page.shifted(lo) for page in parts[k]],
                n_sheets,
                instructions if k == with_instructions else None,
            )
            out = runner.compile_pdf(data, tags=single, procs=procs)
            if progress is not None:
                progress(f"{min(n_sheets, parts[k][-1].sheet)}/{n_sheets} sheets")
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

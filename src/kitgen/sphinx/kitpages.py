"""The pages of a kit that has no ``docs/`` for a language: its home page (the sets, each with
its summary, cards and sessions) and the printing instructions.

They are generated into the language's source folder beside the set pages, from the same
directives, so a kit made with ``kitgen init`` is a complete small site from its sets alone.
They are the templates ``pages/home.md`` and ``pages/printing.md`` (``kitgen.templating``).
"""

from __future__ import annotations

from kitgen import names
from kitgen.i18n import output_text
from kitgen.sphinx.pages import INDEX_LABEL, SETS_DIR
from kitgen.templating import render
from kitgen.typography import typeset

#: Label of the printing page (``{ref}`kitgen-printing```).
PRINTING_LABEL = "kitgen-printing"
PRINTING_DOC = names.PRINTING_DOC


def home_page(lang: str, title: str) -> str:
    """The kit's home page in ``lang``: what the site holds, then the table of its sets."""
    intro = output_text(
        lang,
        "Every prompt set of this kit: its cards to print, its session guides and its "
        "online deck for a shared screen.",
    )
    see_also = output_text(lang, "See also")
    return render(
        "pages/home.md",
        title=typeset(title, lang),
        intro=typeset(intro, lang),
        see_also=typeset(see_also, lang),
        index_label=INDEX_LABEL,
        printing_label=PRINTING_LABEL,
        sets_dir=SETS_DIR,
        index=names.INDEX,
        printing_doc=PRINTING_DOC,
    )


def printing_page(lang: str) -> str:
    """How to print the decks and guides (the kit's own advice, in ``lang``)."""
    title = output_text(lang, "Printing the kit")
    intro = output_text(
        lang,
        "Each set's page offers its card decks and session guides as PDF files, on A4 and "
        "US Letter paper.",
    )
    decks = output_text(lang, "Card decks")
    deck_advice = [
        output_text(lang, "Print at actual size (100 %), never fitted to the page."),
        output_text(
            lang,
            "Double-sided deck: print on both sides, flipping on the long edge, then cut "
            "along the marks.",
        ),
        output_text(
            lang,
            "Deck to fold: print one side only, fold each sheet in half, glue, then cut "
            "along the marks.",
        ),
        output_text(
            lang,
            "Thick paper (200 to 300 g/m²) makes cards that last. Print one sheet first and "
            "check that the backs line up with the fronts.",
        ),
    ]
    guides = output_text(lang, "Session guides")
    guide_advice = output_text(
        lang,
        "One guide per session, to print one-sided or to read on screen: the timed steps, "
        "the cards each step uses and what to say.",
    )
    return render(
        "pages/printing.md",
        label=PRINTING_LABEL,
        title=typeset(title, lang),
        intro=typeset(intro, lang),
        decks=typeset(decks, lang),
        deck_advice=[typeset(advice, lang) for advice in deck_advice],
        guides=typeset(guides, lang),
        guide_advice=typeset(guide_advice, lang),
    )

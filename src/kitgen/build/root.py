"""The site root: a static page to choose a language, and the marker that keeps GitHub Pages
from hiding Sphinx's ``_static`` folders.  Links are relative, so the page works from disk.

The page is the template ``kitgen/templates/root.html`` (autoescaped, see ``kitgen.templating``).
"""

from __future__ import annotations

from collections.abc import Mapping

from kitgen.i18n import output_text
from kitgen.templating import render
from kitgen.typography import typeset


def index_html(
    languages: tuple[str, ...], titles: Mapping[str, str], *, has_pages: bool = True
) -> str:
    """The language chooser at the site root; ``titles``: the kit's title in each language.

    Each choice says what the site holds: background pages only when the kit has pages of its
    own (``docs/<lang>/``); a kit of prompt sets alone has decks, guides and online decks.
    """
    choices = []
    for lang in languages:
        text = (
            output_text(
                lang, "The facilitator’s kit: background pages, card decks and session guides."
            )
            if has_pages
            else output_text(
                lang, "The facilitator’s kit: card decks, session guides and online decks."
            )
        )
        # TRANSLATORS: the link to the site in your language, named in your language.
        link = output_text(lang, "Read in English")
        choices.append(
            {
                "lang": lang,
                "title": typeset(titles.get(lang, lang), lang),
                "text": typeset(text, lang),
                "link": typeset(link, lang),
            }
        )
    title = " · ".join(typeset(titles.get(lang, lang), lang) for lang in languages)
    return render(
        "root.html", first=languages[0], title=title, languages=languages, choices=choices
    )

"""Assemble the deck's files: page, script, stylesheet and the font they use."""

from __future__ import annotations

import posixpath

import fontpkg_atkinson_hyperlegible as atkinson

from kitgen import urls
from kitgen.model import PromptSet
from kitgen.render.plainzero import derived_dir
from kitgen.render.webdeck.data import deck_data
from kitgen.render.webdeck.page import (
    PageParts,
    deck_script,
    relative,
    render_page,
    template_text,
    version,
)

#: Font files shipped beside the page (the Sphinx theme's copy lives elsewhere and may change):
#: Kitgen Hyperlegible, Atkinson Hyperlegible with a plain zero (kitgen.render.plainzero).
FONT_FILES = ("KitgenHyperlegible-Regular.ttf", "KitgenHyperlegible-Bold.ttf")
FONT_LICENSE = "OFL.txt"


def font_file(name: str) -> bytes:
    """The bytes of one of the FONT_FILES, made from the installed Atkinson Hyperlegible."""
    return (derived_dir(atkinson.ROOT / "files") / name).read_bytes()


#: No request may leave the site: scripts and styles from the deck's folder only, nothing else.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'"
)


def check_language(prompt_set: PromptSet, lang: str) -> None:
    if lang not in prompt_set.languages:
        raise ValueError(
            f"set {prompt_set.id!r} has no {lang!r} text (languages: "
            f"{', '.join(prompt_set.languages)})"
        )


def render_webdeck(
    prompt_set: PromptSet, lang: str, base_url: str | None, *, brand_colour: str | None = None
) -> dict[str, bytes]:
    """Files of the online deck of ``prompt_set`` in ``lang``, keyed by path under the site root.

    The page is ``urls.web_deck(lang, set_id)``; ``deck.js``, ``deck.css`` and ``fonts/`` beside
    it are shared by every set of that language (same bytes whichever set writes them).
    """
    check_language(prompt_set, lang)
    page = urls.web_deck(lang, prompt_set.id)
    folder = posixpath.dirname(page)
    js = deck_script()
    css = template_text("deck.css")
    parts = PageParts(
        csp=CSP,
        head_assets=(
            f'<link rel="stylesheet" href="deck.css?v={version(css)}">\n'
            f'<script src="deck.js?v={version(js)}" defer></script>'
        ),
        body_assets="",
        set_href=relative(page, urls.set_page(lang, prompt_set.id)),
        language_hrefs={
            other: relative(page, urls.web_deck(other, prompt_set.id))
            for other in prompt_set.languages
            if other != lang
        },
    )
    html = render_page(prompt_set, lang, base_url, deck_data(prompt_set, lang, brand_colour), parts)
    files = {
        page: html.encode("utf-8"),
        f"{folder}/deck.js": js.encode("utf-8"),
        f"{folder}/deck.css": css.encode("utf-8"),
    }
    for name in FONT_FILES:
        files[f"{folder}/fonts/{name}"] = font_file(name)
    files[f"{folder}/fonts/{FONT_LICENSE}"] = (atkinson.ROOT / "LICENSE").read_bytes()
    return files

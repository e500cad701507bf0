"""The online deck as one HTML file a facilitator can mail or put on any intranet.

Same page, same script and stylesheet as the site's deck, but inlined: the fonts become
``data:`` addresses, and the Content-Security-Policy allows exactly the inlined script and
stylesheet by their SHA-256 hashes (never ``'unsafe-inline'``).  The page links only to pages
that exist: the hosted set page and other languages when the kit has a ``base_url``, nothing
otherwise.
"""

from __future__ import annotations

import base64
import hashlib
import re

from kitgen import urls
from kitgen.model import PromptSet
from kitgen.render.webdeck.data import deck_data
from kitgen.render.webdeck.deck import FONT_FILES, check_language, font_file
from kitgen.render.webdeck.page import PageParts, deck_script, render_page, template_text

_FONT_URL = re.compile(r'url\("fonts/([^"]+)"\)')
_FONT_NOTICE = (
    "/* Kitgen Hyperlegible: Atkinson Hyperlegible, Copyright 2020 Braille Institute of America,\n"
    " * Inc., with a plain zero, embedded under the SIL Open Font License 1.1\n"
    " * (https://openfontlicense.org). */\n"
)


def source_hash(source: str) -> str:
    """CSP source expression allowing exactly this inline script or style."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def inline_fonts(css: str) -> str:
    """The stylesheet with its font files as ``data:`` addresses (only the shipped fonts)."""

    def data_url(match: re.Match[str]) -> str:
        name = match[1]
        if name not in FONT_FILES:
            raise ValueError(f"deck.css asks for a font kitgen does not ship: {name}")
        encoded = base64.b64encode(font_file(name)).decode("ascii")
        return f'url("data:font/ttf;base64,{encoded}")'

    return _FONT_NOTICE + _FONT_URL.sub(data_url, css)


def _inline(tag: str, source: str) -> str:
    if f"</{tag}" in source.lower():
        raise ValueError(f"the deck's {tag} contains '</{tag}' and cannot be inlined")
    return f"<{tag}>{source}</{tag}>"


def single_csp(js: str, css: str) -> str:
    """Nothing but the page's own script, stylesheet and inlined fonts."""
    return (
        f"default-src 'none'; script-src {source_hash(js)}; style-src {source_hash(css)}; "
        "font-src data:; img-src data:; base-uri 'none'; form-action 'none'"
    )


def render_single_deck(
    prompt_set: PromptSet, lang: str, base_url: str | None, *, brand_colour: str | None = None
) -> bytes:
    """The self-contained deck page of ``prompt_set`` in ``lang`` (UTF-8 HTML)."""
    check_language(prompt_set, lang)
    js = deck_script()
    css = inline_fonts(template_text("deck.css"))
    hosted: dict[str, str] = {}
    set_href = None
    if base_url is not None:
        set_href = urls.absolute(base_url, urls.set_page(lang, prompt_set.id))
        hosted = {
            other: urls.absolute(base_url, urls.web_deck(other, prompt_set.id))
            for other in prompt_set.languages
            if other != lang
        }
    parts = PageParts(
        csp=single_csp(js, css),
        head_assets=_inline("style", css),
        body_assets=_inline("script", js) + "\n",
        set_href=set_href,
        language_hrefs=hosted,
    )
    return render_page(
        prompt_set, lang, base_url, deck_data(prompt_set, lang, brand_colour), parts
    ).encode()

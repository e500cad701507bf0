"""The deck's HTML page: a fixed template filled with escaped text and one JSON data island."""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
from importlib import resources
from string import Template
from typing import Any

from kitgen import urls
from kitgen.model import PromptSet
from kitgen.render.typography import typeset
from kitgen.render.webdeck import labels

#: No request may leave the site: scripts and styles from the deck's folder only, nothing else.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
    "img-src 'self' data:; base-uri 'none'; form-action 'none'"
)

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def template_text(name: str) -> str:
    """A file of ``kitgen/templates/webdeck``."""
    return (resources.files("kitgen.templates") / "webdeck" / name).read_text(encoding="utf-8")


def json_island(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` survives
    as such, so no text can close the element or open a comment (``</script>``, ``<!--``)."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, escaped in _JSON_ESCAPES.items():
        text = text.replace(raw, escaped)
    return text


def version(content: str) -> str:
    """A short content hash for cache busting, so a new page never runs an old script."""
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:10]


def _relative(from_page: str, to_path: str) -> str:
    return posixpath.relpath(to_path, posixpath.dirname(from_page))


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def render_page(
    prompt_set: PromptSet,
    lang: str,
    base_url: str,
    data: dict[str, Any],
    *,
    js: str,
    css: str,
) -> str:
    """The deck page for ``lang``, linking ``deck.js`` and ``deck.css`` beside it."""
    ui = data["labels"]
    page = urls.web_deck(lang, prompt_set.id)
    others = [other for other in prompt_set.languages if other != lang]
    lang_links = "".join(
        f'<a href="{_e(_relative(page, urls.web_deck(other, prompt_set.id)))}" '
        f'hreflang="{_e(other)}" lang="{_e(other)}" data-lang-link>'
        f"{_e(labels.language_name(other))}</a>"
        for other in others
    )
    lang_nav = (
        f'<nav class="langs" aria-label="{_e(ui["other_languages"])}">{lang_links}</nav>'
        if others
        else ""
    )
    alternates = "".join(
        f'<link rel="alternate" hreflang="{_e(other)}" '
        f'href="{_e(urls.absolute(base_url, urls.web_deck(other, prompt_set.id)))}">\n'
        for other in prompt_set.languages
    )
    option = '          <option value="{value}">{label}</option>\n'
    category_options = "".join(
        option.format(value=_e(c["id"]), label=_e(c["label"])) for c in data["categories"]
    )
    level_options = "".join(
        option.format(value=_e(level["id"]), label=_e(level["label"])) for level in data["levels"]
    )
    values = {key: _e(value) for key, value in ui.items()}
    values.update(
        lang=_e(lang),
        csp=_e(CSP),
        title=_e(data["set"]["title"]),
        summary=_e(typeset(prompt_set.summary.get_text(lang), lang)),
        canonical=_e(urls.absolute(base_url, page)),
        alternates=alternates,
        css_version=version(css),
        js_version=version(js),
        set_href=_e(_relative(page, urls.set_page(lang, prompt_set.id))),
        lang_nav=lang_nav,
        category_options=category_options,
        level_options=level_options,
        data=json_island(data),
    )
    return Template(template_text("deck.html")).substitute(values)

"""The deck's HTML page: a fixed template filled with escaped text and one JSON data island."""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
from dataclasses import dataclass, field
from importlib import resources
from string import Template
from typing import Any

from kitgen import urls
from kitgen.i18n import language_name
from kitgen.model import PromptSet
from kitgen.typography import typeset

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


def relative(from_page: str, to_path: str) -> str:
    """``to_path`` as a link from ``from_page`` (both relative to the site root)."""
    return posixpath.relpath(to_path, posixpath.dirname(from_page))


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class PageParts:
    """What differs between the site's deck page and the single-file deck: the policy, how the
    script and stylesheet come in, and where the page may link to."""

    csp: str
    #: Markup at the end of ``<head>`` (the stylesheet, maybe the script).
    head_assets: str
    #: Markup at the end of ``<body>``, after the data island (an inline script).
    body_assets: str
    #: Link to the set's page; ``None`` when there is no page to link to.
    set_href: str | None
    #: Other language -> link to its deck (only decks that exist).
    language_hrefs: dict[str, str] = field(default_factory=dict)


def _head_links(prompt_set: PromptSet, page: str, base_url: str | None) -> str:
    """Canonical and alternate addresses: only when the kit says where it is hosted."""
    if base_url is None:
        return ""
    alternates = "".join(
        f'<link rel="alternate" hreflang="{_e(other)}" '
        f'href="{_e(urls.absolute(base_url, urls.web_deck(other, prompt_set.id)))}">\n'
        for other in prompt_set.languages
    )
    return f'<link rel="canonical" href="{_e(urls.absolute(base_url, page))}">\n{alternates}'


def render_page(
    prompt_set: PromptSet,
    lang: str,
    base_url: str | None,
    data: dict[str, Any],
    parts: PageParts,
) -> str:
    """The deck page for ``lang``; ``parts`` says how it gets its script and links."""
    ui = data["labels"]
    page = urls.web_deck(lang, prompt_set.id)
    lang_links = "".join(
        f'<a href="{_e(href)}" hreflang="{_e(other)}" lang="{_e(other)}" data-lang-link>'
        f"{_e(language_name(other))}</a>"
        for other, href in parts.language_hrefs.items()
    )
    lang_nav = (
        f'<nav class="langs" aria-label="{_e(ui["other_languages"])}">{lang_links}</nav>'
        if lang_links
        else ""
    )
    back = ui["back_to_set"]
    back_link = noscript_link = ""
    if parts.set_href is not None:
        href = _e(parts.set_href)
        back_link = (
            f'<a class="back" href="{href}"><span aria-hidden="true">←</span> {_e(back)}</a>'
        )
        noscript_link = f' <a href="{href}">{_e(back)}</a>'
    option = '          <option value="{value}">{label}</option>\n'
    category_options = "".join(
        option.format(value=_e(c["id"]), label=_e(c["label"])) for c in data["categories"]
    )
    level_options = "".join(
        option.format(value=_e(level["id"]), label=_e(level["label"])) for level in data["levels"]
    )
    session_options = "".join(
        option.format(value=_e(x["id"]), label=_e(x["title"])) for x in data["sessions"]
    )
    values = {key: _e(value) for key, value in ui.items()}
    values.update(
        lang=_e(lang),
        csp=_e(parts.csp),
        title=_e(data["set"]["title"]),
        summary=_e(typeset(prompt_set.summary.get_text(lang), lang)),
        head_links=_head_links(prompt_set, page, base_url),
        head_assets=parts.head_assets,
        body_assets=parts.body_assets,
        back_link=back_link,
        noscript_link=noscript_link,
        lang_nav=lang_nav,
        category_options=category_options,
        level_options=level_options,
        session_options=session_options,
        agenda_hidden="" if data["sessions"] else " hidden",
        data=json_island(data),
    )
    return Template(template_text("deck.html")).substitute(values)

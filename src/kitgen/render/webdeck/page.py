"""The deck's HTML page: a Jinja2 template filled with escaped text and one JSON data island."""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from markupsafe import Markup

from kitgen import urls
from kitgen.i18n import language_name
from kitgen.model import PromptSet
from kitgen.templating import render
from kitgen.typography import typeset

_JSON_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


#: A line of ``deck.js`` that stands for a file of the same folder (``deck_script``).
_INLINE = re.compile(r"(?P<indent> *)// @inline (?P<name>[a-z]+\.js)(?::.*)?")


def template_text(name: str) -> str:
    """A file of ``kitgen/templates/webdeck``."""
    return (resources.files("kitgen.templates") / "webdeck" / name).read_text(encoding="utf-8")


def deck_script() -> str:
    """``deck.js`` with the modules it names inlined: each ``// @inline NAME`` line becomes the
    file ``NAME`` of ``kitgen/templates/webdeck``, indented as the line is.

    ``draw.js`` (the seeded shuffle and the participants' slots) is a file of its own so that
    ``node --test`` tests it directly (``tests/render/webdeck/draw.test.mjs``); the page still
    gets one script, so the single-file deck's CSP hash covers all of it.
    """
    out = []
    for line in template_text("deck.js").splitlines(keepends=True):
        marker = _INLINE.fullmatch(line.rstrip("\n"))
        if marker is None:
            out.append(line)
            continue
        indent = marker["indent"]
        for inlined in template_text(marker["name"]).splitlines(keepends=True):
            out.append(indent + inlined if inlined.strip() else inlined)
    return "".join(out)


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


def render_page(
    prompt_set: PromptSet,
    lang: str,
    base_url: str | None,
    data: dict[str, Any],
    parts: PageParts,
) -> str:
    """The deck page for ``lang``; ``parts`` says how it gets its script and links.

    The page is the template ``webdeck/deck.html`` (autoescaped: only the data island and the
    assets, made safe here, go in as they are).  Canonical and alternate addresses are given
    only when the kit says where it is hosted.
    """
    page = urls.web_deck(lang, prompt_set.id)
    canonical = alternates = None
    if base_url is not None:
        canonical = urls.absolute(base_url, page)
        alternates = [
            {"lang": other, "href": urls.absolute(base_url, urls.web_deck(other, prompt_set.id))}
            for other in prompt_set.languages
        ]
    values: dict[str, Any] = dict(data["labels"])
    values.update(
        lang=lang,
        csp=parts.csp,
        title=data["set"]["title"],
        summary=typeset(prompt_set.summary.get_text(lang), lang),
        canonical=canonical,
        alternates=alternates,
        head_assets=Markup(parts.head_assets),
        body_assets=Markup(parts.body_assets),
        set_href=parts.set_href,
        language_links=[
            {"lang": other, "href": href, "name": language_name(other)}
            for other, href in parts.language_hrefs.items()
        ],
        categories=data["categories"],
        levels=data["levels"],
        sessions=data["sessions"],
        data=Markup(json_island(data)),
    )
    return render("webdeck/deck.html", **values)

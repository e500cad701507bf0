"""Generated text comes from Jinja2 templates shipped in ``kitgen/templates/``.

One environment for all of them: the site's generated MyST pages (``pages/*.md``), the online
deck (``webdeck/deck.html``) and the site root's language chooser (``root.html``).  Templates
whose name ends in ``.html`` are autoescaped: every value is escaped unless it is marked safe
(``markupsafe.Markup``: the deck's JSON island, its inlined script and stylesheet).  The escaping
is the standard library's ``html.escape`` (``'`` becomes ``&#x27;``), the one kitgen's other
HTML uses and ``kitgen serve`` reads back.  Markdown templates escape their texts with the ``md``
filter (``kitgen.markdown.escape``).  Undefined names are errors, never empty text.
"""

from __future__ import annotations

import html
from functools import cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_eval_context, select_autoescape
from jinja2.nodes import EvalContext
from markupsafe import Markup

from kitgen import markdown


@pass_eval_context
def _escape_html(context: EvalContext, value: Any) -> Any:
    """Escape with ``html.escape`` in HTML templates (autoescape keeps ``Markup`` as it is)."""
    if context.autoescape and isinstance(value, str) and not isinstance(value, Markup):
        return Markup(html.escape(value, quote=True))
    return value


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kitgen", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default=False),
        undefined=StrictUndefined,
        finalize=_escape_html,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = markdown.escape
    return env


def render(name: str, **values: Any) -> str:
    """The template ``name`` (a path under ``kitgen/templates/``) filled with ``values``."""
    return environment().get_template(name).render(**values)

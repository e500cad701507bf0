"""Text as literal Markdown: the one escaping of every text kitgen writes into Markdown or MyST.

The guide's Markdown (``render.guide.markdown``) and the site's generated pages (the templates
of ``kitgen/templates/pages``, through the ``md`` filter of ``kitgen.templating``) both escape
here, so an author's ``*``, ``<script>``, ``{role}``, ``%`` or leading ``#`` is never read as
Markdown, MyST or HTML, and the two cannot drift apart.
"""

from __future__ import annotations

import re

#: Every ASCII punctuation character: CommonMark lets a backslash make each one literal.
_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")
_BLANK_LINES = re.compile(r"\n\s*\n")


def one_line(text: str) -> str:
    """``text`` on one line with single spaces (any run of whitespace becomes one space)."""
    return " ".join(text.split())


def paragraph_texts(text: str) -> list[str]:
    """The paragraphs of ``text`` (blank lines separate them), each on one line."""
    return [one_line(p) for p in _BLANK_LINES.split(text.strip()) if p.strip()]


def escape(text: str) -> str:
    """``text`` as literal inline Markdown on one line (line breaks become spaces)."""
    return _PUNCT.sub(r"\\\1", one_line(text))


def paragraphs(text: str) -> str:
    """``text`` as literal Markdown paragraphs (blank lines in the source separate them)."""
    return "\n\n".join(escape(p) for p in paragraph_texts(text))

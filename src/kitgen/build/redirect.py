"""The site root of a one-language kit: no language to choose, so a plain redirect to the
language's home page (relative, so it works from disk and from any host)."""

from __future__ import annotations

from html import escape

from kitgen.typography import typeset

_PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta http-equiv="refresh" content="0; url={lang}/index.html">
<link rel="canonical" href="{lang}/index.html">
</head>
<body>
<p><a href="{lang}/index.html">{title}</a></p>
</body>
</html>
"""


def redirect_html(lang: str, title: str) -> str:
    """A page that sends the reader to ``<lang>/index.html``, the kit's home page."""
    return _PAGE.format(lang=escape(lang), title=escape(typeset(title, lang)))

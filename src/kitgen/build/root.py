"""The site root: a static page to choose a language, and the marker that keeps GitHub Pages
from hiding Sphinx's ``_static`` folders.  Links are relative, so the page works from disk."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from kitgen.i18n import output_text
from kitgen.typography import typeset

_PAGE = """<!DOCTYPE html>
<html lang="{first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{alternates}
<link rel="icon" type="image/svg+xml" href="{first}/_static/favicon.svg">
<style>
@font-face {{
  font-family: "Kitgen Hyperlegible";
  font-weight: 400;
  font-display: swap;
  src: url("{first}/_static/KitgenHyperlegible-Regular.ttf") format("truetype");
}}
@font-face {{
  font-family: "Kitgen Hyperlegible";
  font-weight: 700;
  font-display: swap;
  src: url("{first}/_static/KitgenHyperlegible-Bold.ttf") format("truetype");
}}
:root {{ color-scheme: light dark; --brand: #14506a; --ink: #1a1a1a; --paper: #fff; }}
@media (prefers-color-scheme: dark) {{
  :root {{ --brand: #7cc4de; --ink: #ececec; --paper: #131416; }}
}}
body {{
  margin: 0; min-height: 100vh; display: grid; place-items: center;
  font-family: "Kitgen Hyperlegible", system-ui, sans-serif; line-height: 1.5;
  color: var(--ink); background: var(--paper);
}}
main {{ width: 100%; max-width: 46rem; box-sizing: border-box; padding: 2rem 1.5rem;
  display: grid; gap: 1.5rem;
  grid-template-columns: repeat(auto-fit, minmax(min(16rem, 100%), 1fr)); }}
a.choice {{
  display: block; padding: 1.5rem; border: 2px solid var(--brand); border-radius: 0.75rem;
  color: inherit; text-decoration: none;
}}
a.choice:hover, a.choice:focus-visible {{
  background: color-mix(in srgb, var(--brand) 12%, transparent);
}}
a.choice h1 {{ font-size: 1.35rem; margin: 0 0 0.5rem; }}
a.choice p {{ margin: 0 0 1rem; }}
a.choice span {{ font-weight: 700; color: var(--brand); }}
</style>
</head>
<body>
<main>
{choices}
</main>
</body>
</html>
"""

_CHOICE = """<a class="choice" href="{lang}/index.html" lang="{lang}" hreflang="{lang}">
<h1>{title}</h1>
<p>{text}</p>
<span>{link} →</span>
</a>"""


def index_html(languages: tuple[str, ...], titles: Mapping[str, str]) -> str:
    """The language chooser at the site root; ``titles``: the kit's title in each language."""
    choices = []
    for lang in languages:
        title = titles.get(lang, lang)
        text = output_text(
            lang, "The facilitator’s kit: background pages, card decks and session guides."
        )
        # TRANSLATORS: the link to the site in your language, named in your language.
        link = output_text(lang, "Read in English")
        choices.append(
            _CHOICE.format(
                lang=escape(lang),
                title=escape(typeset(title, lang)),
                text=escape(typeset(text, lang)),
                link=escape(typeset(link, lang)),
            )
        )
    alternates = "\n".join(
        f'<link rel="alternate" hreflang="{escape(lang)}" href="{escape(lang)}/index.html">'
        for lang in languages
    )
    title = " · ".join(typeset(titles.get(lang, lang), lang) for lang in languages)
    return _PAGE.format(
        first=escape(languages[0]),
        title=escape(title),
        alternates=alternates,
        choices="\n".join(choices),
    )

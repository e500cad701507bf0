"""Each page gets its language's typography (French spacing, German and Italian quotes)."""

from __future__ import annotations

import re

import pytest
from docutils import nodes
from sphinx_site import Site, warnings_of

from kitgen.sphinx.typography import typeset_document, typeset_french
from kitgen.typography import NBSP, NNBSP

PAGE = """\
(theme-alpha)=
# Pourquoi ?

Qui décide : la direction ou l'équipe ? Elle a dit « oui » ; *vraiment* ! Rendez-vous à 08:30.

Le code `a ? b : c` et l'adresse https://example.test:8080/x restent tels quels.

```text
x = a ? b : c ;
```

(theme-alpha-background)=
## Contexte

```{kitgen-prompts} alpha
```
"""


def test_french_html_has_narrow_spaces_and_code_is_untouched(site: Site) -> None:
    site.page("fr", "themes/alpha.md", PAGE)
    app = site.build("fr")
    assert warnings_of(app) == ""
    html = (app.outdir / "themes" / "alpha.html").read_text(encoding="utf-8")
    assert f"Pourquoi{NNBSP}?" in html  # title
    assert f"Qui décide{NBSP}: la direction ou l’équipe{NNBSP}?" in html
    assert f"«{NNBSP}oui{NNBSP}»{NNBSP};" in html
    # Punctuation after an inline element gets its space from the text before it.
    assert re.search(rf"<em>vraiment</em>{NNBSP}!", html)
    assert "08:30" in html
    code = html.split("Le code")[1].split("</code>")[0]
    assert NNBSP not in code and "a ? b : c" in re.sub(r"<[^>]+>", "", code)
    assert "x = a ? b : c ;" in re.sub(r"<[^>]+>", "", html)
    assert "https://example.test:8080/x" in html
    # Text from the YAML is typeset too (generated card content).
    assert f"For the facilitator only{NNBSP}; never" in html


def test_english_pages_are_left_alone(site: Site) -> None:
    site.page("en", "themes/alpha.md", PAGE.replace("(theme-alpha)=", "(theme-alpha)=", 1))
    app = site.build("en")
    html = (app.outdir / "themes" / "alpha.html").read_text(encoding="utf-8")
    assert NNBSP not in html.split("kitgen-prompts")[0]
    assert "Qui décide : la direction" in html


def test_transform_is_idempotent_and_skips_literals() -> None:
    para = nodes.paragraph()
    para += nodes.Text("Quoi ")
    para += nodes.emphasis("", "", nodes.Text("donc"))
    para += nodes.Text(" ? « a »")
    para += nodes.literal("", "", nodes.Text("x : y"))
    document = nodes.section()
    document += para
    typeset_french(document)
    once = para.astext()
    typeset_french(document)
    assert para.astext() == once == f"Quoi donc{NNBSP}? «{NNBSP}a{NNBSP}»x : y"


def test_spans_in_another_language_keep_their_punctuation() -> None:
    para = nodes.paragraph()
    para += nodes.Text("Lire « ")
    para += nodes.inline("", "", nodes.Text("Enterprise 2.0: The Dawn?"), classes=["lang-en"])
    para += nodes.Text(" » : un classique ; ")
    para += nodes.inline("", "", nodes.Text("vrai ?"), classes=["lang-fr"])
    document = nodes.section()
    document += para
    typeset_french(document)
    assert para.astext() == (
        f"Lire «{NNBSP}Enterprise 2.0: The Dawn?{NNBSP}»{NBSP}: un classique{NNBSP}; vrai{NNBSP}?"
    )


def test_marked_english_span_keeps_its_colon_and_gets_a_lang_attribute(site: Site) -> None:
    page = PAGE.replace(
        "Qui décide :", "Lire « [Enterprise 2.0: The Dawn?]{.lang-en} » : vite. Qui décide :"
    )
    site.page("fr", "themes/alpha.md", page)
    extensions = ["colon_fence", "deflist", "attrs_inline"]
    app = site.build("fr", confoverrides={"myst_enable_extensions": extensions})
    assert warnings_of(app) == ""
    html = (app.outdir / "themes" / "alpha.html").read_text(encoding="utf-8")
    span = f'«{NNBSP}<span class="lang-en" lang="en">Enterprise 2.0: The Dawn?</span>{NNBSP}»'
    assert f"Lire {span}{NBSP}: vite." in html


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "Wirklich? „Ja“ – nein!"),
        ("it", "Davvero? «Sì» – no!"),
        ("en", "Wirklich ? « Ja » – nein !"),  # English pages stay as written
    ],
)
def test_german_and_italian_pages_get_their_own_typography(lang: str, expected: str) -> None:
    para = nodes.paragraph()
    para += nodes.Text("Wirklich ? « Ja » – nein !" if lang != "it" else "Davvero ? « Sì » – no !")
    para += nodes.literal("", "", nodes.Text(' "x" ?'))
    document = nodes.section()
    document += para
    typeset_document(document, lang)
    assert para.astext() == expected + ' "x" ?'

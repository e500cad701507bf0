"""The templates of generated text: HTML ones autoescaped (the standard library's escaping),
Markdown ones escaped by the ``md`` filter, undefined names an error."""

from __future__ import annotations

import jinja2
import pytest
from markupsafe import Markup

from kitgen.build.root import index_html
from kitgen.markdown import escape
from kitgen.sphinx.kitpages import home_page
from kitgen.templating import environment, render

HOSTILE = "<script>alert('x')</script> & \"quoted\" *star* {role}`y` % # [a](b)"

TEMPLATES = [
    "root.html",
    "webdeck/deck.html",
    "pages/index.md",
    "pages/set.md",
    "pages/guide.md",
    "pages/home.md",
    "pages/printing.md",
]


@pytest.mark.parametrize("name", TEMPLATES)
def test_every_template_compiles(name: str) -> None:
    template = environment().get_template(name)
    assert template.name == name


def test_html_templates_escape_every_value_as_html_escape_does() -> None:
    page = index_html(("en", "fr"), {"en": HOSTILE, "fr": "Mon kit"})
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot;" in page
    # Markup (the deck's data island and assets) goes in as it is.
    island = render(
        "root.html",
        first="en",
        title=Markup("<b>kept</b>"),
        languages=["en"],
        choices=[],
    )
    assert "<title><b>kept</b></title>" in island


def test_markdown_templates_escape_with_the_md_filter_not_html() -> None:
    page = home_page("en", HOSTILE)
    first = page.splitlines()[0]
    assert first == f"# {escape(HOSTILE)}"
    assert "&amp;" not in page and "&lt;" not in page
    assert r"\<script\>" in first and r"\{role\}\`y\`" in first


def test_an_undefined_name_is_an_error_not_empty_text() -> None:
    with pytest.raises(jinja2.UndefinedError):
        render("pages/guide.md", note="n", set_id="alpha")

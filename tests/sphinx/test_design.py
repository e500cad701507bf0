"""kitgen's own sphinx-design components write the HTML sphinx-design's public directives write.

``kitgen.sphinx.design`` builds grids, cards, badges and dropdowns with its own nodes (no
sphinx-design internals); this builds the same components through sphinx-design's directives and
roles in one page and requires the same elements, classes, attributes and text, so a
sphinx-design release that changes its markup (and so its CSS) fails here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from sphinx.testing.util import SphinxTestApp

CONF = """\
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
extensions = ["myst_parser", "sphinx_design", "design_components"]
myst_enable_extensions = ["colon_fence"]
html_theme = "basic"
"""

#: A directive emitting kitgen's components, as the prompts directive does.
COMPONENTS = """\
from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from kitgen.sphinx import design


def para(text):
    return nodes.paragraph(text, text)


class Components(SphinxDirective):
    def run(self):
        grid = design.grid("1 1 2 2", classes=["kitgen-card-grid"])
        grid[0] += design.grid_item(
            design.card(
                header=[design.card_text(nodes.Text("Header"))],
                body=[design.card_text(nodes.Text("Body text."))],
                footer=[design.card_text(nodes.Text("Foot"))],
                classes=["kitgen-card"],
            )
        )
        note = design.dropdown(
            "Facilitator note",
            para("A paragraph."),
            para("Another one."),
            classes=["sd-mt-0", "sd-ml-0", "sd-mr-0", "kitgen-note"],
        )
        badges = nodes.paragraph()
        badges += [
            design.badge("3 cards", "primary"),
            nodes.Text(" "),
            design.badge("plain", None),
            nodes.Text(" "),
            design.badge("solid", "secondary", outline=False),
        ]
        return [grid, note, badges]


def setup(app):
    design.setup_design(app)
    app.add_directive("components", Components)
"""

PAGE = """\
# Components

## Library

:::::{grid} 1 1 2 2
:gutter: 3
:class-container: kitgen-card-grid

::::{grid-item}
:child-direction: row

:::{card}
:width: 100%
:class-card: kitgen-card

Header
^^^
Body text.
+++
Foot
:::
::::
:::::

:::{dropdown} Facilitator note
:margin: 0 0 0 0
:class-container: kitgen-note

A paragraph.

Another one.
:::

{bdg-primary-line}`3 cards` {bdg}`plain` {bdg-secondary}`solid`

## Kitgen

```{components}
```
"""


class Shape(HTMLParser):
    """Tags with their attributes (classes as a set: order is not rendered) and text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[object] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {
            name: frozenset((value or "").split()) if name == "class" else value
            for name, value in attrs
        }
        self.items.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        self.items.append(f"/{tag}")

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.items.append(data.strip())


def shape(html: str) -> list[object]:
    parser = Shape()
    parser.feed(html)
    return parser.items


def section(html: str, name: str) -> str:
    match = re.search(rf'<section id="{name}">\s*<h2>.*?</h2>(.*?)</section>', html, re.DOTALL)
    assert match is not None, name
    return match.group(1)


def test_components_match_sphinx_design(
    tmp_path: Path, make_app: Callable[..., SphinxTestApp]
) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(CONF, encoding="utf-8")
    (src / "design_components.py").write_text(COMPONENTS, encoding="utf-8")
    (src / "index.md").write_text(PAGE, encoding="utf-8")
    app = make_app("html", srcdir=src)
    app.build()
    html = (Path(app.outdir) / "index.html").read_text(encoding="utf-8")
    library, ours = section(html, "library"), section(html, "kitgen")
    assert "sd-dropdown" in library and "sd-card-footer" in library and "sd-badge" in library
    assert shape(ours) == shape(library)
    # Byte for byte where sphinx-design's options give kitgen's class order: the badges, and
    # the dropdown from its <summary> on (the chevron's SVG included).
    for pattern in (r"<summary.*?</details>", r"<p><span.*?</p>"):
        library_bytes = re.search(pattern, library, re.DOTALL)
        our_bytes = re.search(pattern, ours, re.DOTALL)
        assert library_bytes is not None and our_bytes is not None, pattern
        assert our_bytes.group(0) == library_bytes.group(0)

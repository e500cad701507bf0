"""sphinx-design components built in code (grids, cards, badges, dropdowns), owned here.

The HTML is the markup sphinx-design's own directives write (``<div class="sd-...">``, the
dropdown as ``<details>``), so its CSS styles it unchanged; but the nodes and their HTML
visitors are kitgen's, so nothing depends on sphinx-design's internals (``create_component``'s
attributes, the dropdown's post-transform, ``create_bdg_classes``), which change between its
releases.  ``tests/sphinx/test_design.py`` builds the same components through sphinx-design's
public directives and requires the same HTML.  The dropdown's chevron is GitHub's Octicon
``chevron-right`` (MIT licence, in ``octicons-LICENSE`` beside this file), as sphinx-design
ships it.  Text always arrives as docutils nodes: nothing here parses markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator

from kitgen.sphinx.nodes import pass_through

#: Octicon ``chevron-right`` at 1.5em, byte for byte as sphinx-design writes it.
CHEVRON_RIGHT = (
    '<svg version="1.1" width="1.5em" height="1.5em" class="sd-octicon sd-octicon-chevron-right"'
    ' viewBox="0 0 24 24" aria-hidden="true"><path d="M8.72 18.78a.75.75 0 0 1 0-1.06L14.44 12'
    " 8.72 6.28a.751.751 0 0 1 .018-1.042.751.751 0 0 1 1.042-.018l6.25 6.25a.75.75 0 0 1 0"
    ' 1.06l-6.25 6.25a.75.75 0 0 1-1.06 0Z"></path></svg>'
)


class design_div(nodes.General, nodes.Element):  # type: ignore[misc]  # docutils naming
    """A ``<div>`` with the node's classes (and ``docutils``, as sphinx-design writes it)."""


class design_details(nodes.General, nodes.Element):  # type: ignore[misc]
    """A collapsed ``<details>``: its first child is the ``design_summary``."""


class design_summary(nodes.General, nodes.TextElement):  # type: ignore[misc]
    """The ``<summary>`` of a ``design_details``."""


def div(classes: Sequence[str], *children: nodes.Node) -> design_div:
    return design_div("", *children, classes=list(classes))


def grid(columns: str = "1 1 2 2", gutter: int = 3, classes: Sequence[str] = ()) -> nodes.Element:
    """A responsive grid; returns the container, whose only child is the row to fill."""
    xs, sm, md, lg = columns.split()
    container = div(["sd-container-fluid", "sd-sphinx-override", "sd-mb-4", *classes])
    container += div(
        [
            "sd-row",
            f"sd-row-cols-{xs}",
            f"sd-row-cols-xs-{xs}",
            f"sd-row-cols-sm-{sm}",
            f"sd-row-cols-md-{md}",
            f"sd-row-cols-lg-{lg}",
            f"sd-g-{gutter}",
            f"sd-g-xs-{gutter}",
            f"sd-g-sm-{gutter}",
            f"sd-g-md-{gutter}",
            f"sd-g-lg-{gutter}",
        ]
    )
    return container


def grid_item(*children: nodes.Node) -> nodes.Element:
    return div(["sd-col", "sd-d-flex-row"], *children)


def card(
    *,
    header: Iterable[nodes.Node] = (),
    body: Iterable[nodes.Node] = (),
    footer: Iterable[nodes.Node] = (),
    classes: Sequence[str] = (),
    ids: Sequence[str] = (),
) -> nodes.Element:
    """A card filling its grid cell, with optional header and footer."""
    node = div(["sd-card", "sd-sphinx-override", "sd-mb-3", "sd-shadow-sm", "sd-w-100", *classes])
    node["ids"] = list(ids)
    header = list(header)
    if header:
        node += div(["sd-card-header"], *header)
    node += div(["sd-card-body"], *body)
    footer = list(footer)
    if footer:
        node += div(["sd-card-footer"], *footer)
    return node


def card_text(*children: nodes.Node, classes: Sequence[str] = ()) -> nodes.paragraph:
    return nodes.paragraph("", "", *children, classes=["sd-card-text", *classes])


def badge(
    text: str,
    color: str | None = "secondary",
    *,
    outline: bool = True,
    classes: Sequence[str] = (),
) -> nodes.inline:
    """A badge; ``color=None`` leaves the colours to the site's CSS (``classes``)."""
    all_classes = ["sd-sphinx-override", "sd-badge"]
    if color is not None:
        all_classes += (
            [f"sd-outline-{color}", f"sd-text-{color}"]
            if outline
            else [f"sd-bg-{color}", f"sd-bg-text-{color}"]
        )
    return nodes.inline(text, text, classes=[*all_classes, *classes])


def dropdown(title: str, *children: nodes.Node, classes: Sequence[str] = ()) -> nodes.Element:
    """A collapsed dropdown (``<details>`` in HTML) titled ``title``.

    Its paragraphs get ``sd-card-text``, as in a sphinx-design dropdown.
    """
    marker = nodes.inline(
        "",
        "",
        nodes.raw("", CHEVRON_RIGHT, format="html"),
        classes=["sd-summary-state-marker", "sd-summary-chevron-right"],
    )
    summary = design_summary(
        "",
        "",
        nodes.inline(title, title, classes=["sd-summary-text"]),
        marker,
        classes=["sd-summary-title", "sd-card-header"],
    )
    for child in children:
        if isinstance(child, nodes.paragraph):
            child["classes"] = [*child["classes"], "sd-card-text"]
    body = div(["sd-summary-content", "sd-card-body"], *children)
    return design_details(
        "",
        summary,
        body,
        classes=["sd-sphinx-override", "sd-dropdown", "sd-card", "sd-mb-0", *classes],
    )


def button(reference: nodes.reference, color: str = "primary") -> nodes.paragraph:
    """A link styled as a sphinx-design button."""
    reference["classes"] += ["sd-sphinx-override", "sd-btn", "sd-text-wrap", f"sd-btn-{color}"]
    return nodes.paragraph("", "", reference)


def visit_div(self: HTML5Translator, node: design_div) -> None:
    self.body.append(self.starttag(node, "div", CLASS="docutils"))


def depart_div(self: HTML5Translator, node: nodes.Element) -> None:
    self.body.append("</div>\n")


def visit_details(self: HTML5Translator, node: design_details) -> None:
    self.body.append(self.starttag(node, "details"))


def depart_details(self: HTML5Translator, node: design_details) -> None:
    self.body.append("</details>")


def visit_summary(self: HTML5Translator, node: design_summary) -> None:
    self.body.append(self.starttag(node, "summary"))


def depart_summary(self: HTML5Translator, node: design_summary) -> None:
    self.body.append("</summary>")


def setup_design(app: Sphinx) -> None:
    through = (pass_through, pass_through)
    for node, visitors in (
        (design_div, (visit_div, depart_div)),
        (design_details, (visit_details, depart_details)),
        (design_summary, (visit_summary, depart_summary)),
    ):
        app.add_node(node, html=visitors, latex=through, text=through, man=through, texinfo=through)

"""sphinx-design components built in code (grids, cards, badges, dropdowns).

The nodes are the ones sphinx-design's own directives produce, so its CSS and its HTML
transforms (the dropdown becomes ``<details>``) apply unchanged.  Text always arrives as
docutils nodes: nothing here parses markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from docutils import nodes
from sphinx_design.badges_buttons import create_bdg_classes
from sphinx_design.shared import create_component


def grid(columns: str = "1 1 2 2", gutter: int = 3, classes: Sequence[str] = ()) -> nodes.Element:
    """A responsive grid; returns the container, whose only child is the row to fill."""
    xs, sm, md, lg = columns.split()
    container = create_component(
        "grid-container", ["sd-container-fluid", "sd-sphinx-override", "sd-mb-4", *classes]
    )
    row = create_component(
        "grid-row",
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
        ],
    )
    container += row
    return container


def grid_item(*children: nodes.Node) -> nodes.Element:
    return create_component("grid-item", ["sd-col", "sd-d-flex-row"], children=children)


def card(
    *,
    header: Iterable[nodes.Node] = (),
    body: Iterable[nodes.Node] = (),
    footer: Iterable[nodes.Node] = (),
    classes: Sequence[str] = (),
    ids: Sequence[str] = (),
) -> nodes.Element:
    """A card filling its grid cell, with optional header and footer."""
    node = create_component(
        "card", ["sd-card", "sd-sphinx-override", "sd-mb-3", "sd-shadow-sm", "sd-w-100", *classes]
    )
    node["ids"] = list(ids)
    header = list(header)
    if header:
        node += create_component("card-header", ["sd-card-header"], children=header)
    node += create_component("card-body", ["sd-card-body"], children=list(body))
    footer = list(footer)
    if footer:
        node += create_component("card-footer", ["sd-card-footer"], children=footer)
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
    all_classes = [*create_bdg_classes(color, outline), *classes]
    return nodes.inline(text, text, classes=all_classes)


def dropdown(title: str, *children: nodes.Node, classes: Sequence[str] = ()) -> nodes.Element:
    """A collapsed dropdown (``<details>`` in HTML) titled ``title``."""
    container = create_component(
        "dropdown",
        opened=False,
        type="dropdown",
        has_title=True,
        icon=None,
        chevron=None,
        container_classes=["sd-mb-0", *classes],
        title_classes=[],
        body_classes=[],
    )
    container += nodes.rubric(title, title)
    container.extend(children)
    return container


def button(reference: nodes.reference, color: str = "primary") -> nodes.paragraph:
    """A link styled as a sphinx-design button."""
    reference["classes"] += ["sd-sphinx-override", "sd-btn", "sd-text-wrap", f"sd-btn-{color}"]
    return nodes.paragraph("", "", reference)

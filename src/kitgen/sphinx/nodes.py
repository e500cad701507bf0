"""Small docutils nodes the site needs and docutils lacks, with their HTML output.

* ``accent_box``: a ``<div>`` carrying a set's or category's colour as a CSS variable (the
  colour is checked against ``#RRGGBB`` again here, so nothing else can reach the style);
* ``card_image``: a card face produced by ``kitgen build`` beside the site, not a Sphinx image
  (Sphinx would copy it under a hashed name; the kit's files keep stable addresses);
* links to files of the kit (``site_reference``): their addresses are relative to the site root
  and become relative to each page when the page is written, so the site works from any host
  and from disk.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.writers.html5 import HTML5Translator

_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")


class accent_box(nodes.General, nodes.Element):  # type: ignore[misc]  # docutils naming
    """A block whose ``accent`` colour is exposed to CSS as ``--kitgen-accent``."""


class card_image(nodes.General, nodes.Inline, nodes.Element):  # type: ignore[misc]
    """An ``<img>`` of a file of the kit: ``site`` (path under the site root), ``alt``."""


def site_reference(site_path: str, *children: nodes.Node, **attributes: Any) -> nodes.reference:
    """A link to a file of the kit, ``site_path`` being relative to the site root."""
    node = nodes.reference("", "", *children, internal=False, **attributes)
    node["kitgen_site"] = site_path
    return node


def relative_to_page(site_path: str, lang: str, page_uri: str) -> str:
    """``site_path`` relative to the page written at ``<lang>/<page_uri>``."""
    page = posixpath.join(lang, page_uri)
    base = page if page.endswith("/") else posixpath.dirname(page)
    return posixpath.relpath(site_path, base or ".")


def visit_accent_box(self: HTML5Translator, node: accent_box) -> None:
    color = node.get("accent", "")
    style = f"--kitgen-accent: {color}" if _COLOR.fullmatch(color) else None
    attributes = {"style": style} if style else {}
    self.body.append(self.starttag(node, "div", "", **attributes))


def depart_accent_box(self: HTML5Translator, node: accent_box) -> None:
    self.body.append("</div>\n")


def visit_card_image(self: HTML5Translator, node: card_image) -> None:
    attributes = {
        "src": node["uri"],
        "alt": node.get("alt", ""),
        "loading": "lazy",
        "decoding": "async",
    }
    for size in ("width", "height"):
        if node.get(size):
            attributes[size] = str(node[size])
    self.body.append(self.emptytag(node, "img", "", **attributes))
    raise nodes.SkipNode


def skip(self: Any, node: nodes.Element) -> None:
    raise nodes.SkipNode


def pass_through(self: Any, node: nodes.Element) -> None:
    """Other builders render the children only."""


def resolve_site_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Make site-root paths of kit files relative to the page being written (doctree-resolved)."""
    lang = str(app.config.language)
    page_uri = app.builder.get_target_uri(docname)
    for ref in doctree.findall(nodes.reference):
        site = ref.get("kitgen_site")
        if site:
            ref["refuri"] = relative_to_page(site, lang, page_uri)
    for image in doctree.findall(card_image):
        image["uri"] = relative_to_page(image["site"], lang, page_uri)


def setup_nodes(app: Sphinx) -> None:
    through = (pass_through, pass_through)
    app.add_node(
        accent_box,
        html=(visit_accent_box, depart_accent_box),
        latex=through,
        text=through,
        man=through,
        texinfo=through,
    )
    skipped = (skip, None)
    app.add_node(
        card_image,
        html=(visit_card_image, None),
        latex=skipped,
        text=skipped,
        man=skipped,
        texinfo=skipped,
    )
    app.connect("doctree-resolved", resolve_site_links)

"""What every kitgen directive shares: finding its set, located warnings, typeset text nodes."""

from __future__ import annotations

import re
from pathlib import Path

from docutils import nodes
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from kitgen.i18n import output_text
from kitgen.model import LocalText, PromptSet
from kitgen.sphinx.sets import WARNING_TYPE, read_set
from kitgen.typography import typeset

logger = logging.getLogger(__name__)

_BLANK_LINES = re.compile(r"\n\s*\n")


class KitgenDirective(SphinxDirective):
    """A directive whose first argument is a set id."""

    required_arguments = 1
    has_content = False

    @property
    def lang(self) -> str:
        return str(self.config.language or "en")

    def warn(self, message: str, subtype: str) -> None:
        logger.warning(message, type=WARNING_TYPE, subtype=subtype, location=self.get_location())

    def load(self) -> PromptSet | None:
        """The set named by the first argument, or ``None`` after a located warning."""
        found = read_set(self.env, self.arguments[0])
        if found.prompt_set is None:
            self.warn(found.problem, "set")
        return found.prompt_set

    # text: always typeset for the page's language, always a Text node
    def t(self, text: LocalText | str) -> str:
        raw = text if isinstance(text, str) else text.get_text(self.lang)
        return typeset(raw, self.lang)

    def text(self, text: LocalText | str) -> nodes.Text:
        return nodes.Text(self.t(text))

    def paragraphs(
        self, text: LocalText | str, classes: list[str] | None = None
    ) -> list[nodes.Node]:
        """A text with blank lines as several paragraphs."""
        raw = self.t(text)
        return [
            nodes.paragraph(part, "", nodes.Text(" ".join(part.split())), classes=classes or [])
            for part in _BLANK_LINES.split(raw.strip())
            if part.strip()
        ]

    def ref(self, target: str, *children: nodes.Node, explicit: bool = True) -> nodes.Element:
        """A cross-reference to the label ``target`` (std:ref), checked by Sphinx."""
        inner = list(children) or [nodes.inline(target, target)]
        return addnodes.pending_xref(
            "",
            *inner,
            refdomain="std",
            reftype="ref",
            reftarget=target,
            refexplicit=explicit,
            refwarn=True,
            refdoc=self.env.docname,
        )

    def theme_ref(self, theme: str) -> nodes.Element | None:
        """A link to the theme's page, or ``None`` when the kit has no page for it (a kit
        without ``docs/`` has none: its set pages stand alone)."""
        if not (Path(self.env.srcdir) / "themes" / f"{theme}.md").is_file():
            return None
        text = self.t(output_text(self.lang, "The theme page"))
        return self.ref(theme_label(theme), nodes.inline(text, text))

    def doc_ref(self, docname: str, *children: nodes.Node) -> nodes.Element:
        """A link to the page ``docname`` (absolute, from the source folder)."""
        explicit = bool(children)
        inner = list(children) or [nodes.inline(docname, docname)]
        return addnodes.pending_xref(
            "",
            *inner,
            refdomain="std",
            reftype="doc",
            reftarget="/" + docname,
            refexplicit=explicit,
            refwarn=True,
            refdoc=self.env.docname,
        )

    def register_id(self, node: nodes.Element, node_id: str, name: str | None = None) -> None:
        """Give ``node`` the HTML id ``node_id`` (and the label ``name``), once per page."""
        document = self.state.document
        if node_id in document.ids:
            self.warn(f"id {node_id!r} is already used on this page; the set is shown twice?", "id")
            return
        node["ids"].append(node_id)
        document.ids[node_id] = node
        if name:
            node["names"].append(name)
            document.note_explicit_target(node, node)


def set_label(set_id: str) -> str:
    """Label of a set's page: ``{ref}`set-<id>``` works from any page."""
    return f"set-{set_id}"


def theme_label(theme: str) -> str:
    """Label of a theme page, as the content writers declare it."""
    return f"theme-{theme}"

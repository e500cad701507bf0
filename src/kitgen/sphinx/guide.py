"""``{kitgen-guide} <set-id> <session-id>``: a session's facilitator guide as page content.

The guide document of the session is drawn as nodes (:mod:`kitgen.sphinx.guide_nodes`), its
headings the page's sections; under the title come the links to the set's page and the PDFs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives

from kitgen import catalog
from kitgen.i18n import output_text
from kitgen.links import THEMES_DIR, Links
from kitgen.model.source import GuideSource
from kitgen.render import words
from kitgen.render.guide import build_guide
from kitgen.sphinx.base import KitgenDirective, set_label
from kitgen.sphinx.guide_nodes import guide_nodes
from kitgen.sphinx.nodes import site_reference


class GuideDirective(KitgenDirective):
    required_arguments = 2
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "start": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        prompt_set = self.load()
        if prompt_set is None:
            return []
        session_id = self.arguments[1]
        if session_id not in {s.id for s in prompt_set.sessions}:
            known = ", ".join(s.id for s in prompt_set.sessions) or "none"
            self.warn(
                f"set {prompt_set.id!r} has no session {session_id!r} (sessions: {known})", "guide"
            )
            return []
        # Links go to the theme's page when this site has one, else to the set's page.
        has_theme = f"{THEMES_DIR}/{prompt_set.theme}" in self.env.found_docs
        targets = Links(theme_pages=((self.lang, prompt_set.theme),) if has_theme else ())
        source = GuideSource.from_set(prompt_set, session_id)
        start = self.options.get("start", "0:00")
        document = build_guide(source, self.lang, start=start, links=targets)
        anchors = int(self.config.myst_heading_anchors or 0)
        guide = guide_nodes(document, self.note_target, anchor_levels=anchors)
        self.set_source_info(guide)
        guide.insert(1, self.links(prompt_set.id, session_id))  # under the guide's title
        return [guide]

    def note_target(self, section: nodes.section) -> None:
        """A section's implicit target in the page, as docutils notes a heading's."""
        self.state.document.note_implicit_target(section, section)

    def links(self, set_id: str, session_id: str) -> nodes.paragraph:
        """A line under the guide's title: the set's page and the PDFs."""
        line = nodes.paragraph(classes=["kitgen-guide-links"])
        title = self.t(output_text(self.lang, "Download this set and its guides"))
        line += self.ref(set_label(set_id), nodes.inline(title, title))
        if self.config.kitgen_downloads:
            for paper in catalog.PAPERS:
                guide = catalog.GuideFile(set_id, session_id, self.lang, paper)
                pdf = output_text(self.lang, "PDF")
                label = self.t(f"{pdf} {words.paper_label(self.lang, paper)}")
                line += nodes.Text(" · ")
                line += site_reference(guide.path, nodes.Text(label), classes=["kitgen-download"])
        return line

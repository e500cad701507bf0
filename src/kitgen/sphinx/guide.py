"""``{kitgen-guide} <set-id> <session-id>``: a session's facilitator guide as page content.

The guide module writes the guide as MyST Markdown (every author text escaped); this directive
parses it in place, so its headings become the page's sections, and adds the links to the set's
page and to the PDFs under the title.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList

from kitgen import catalog
from kitgen.i18n import output_text
from kitgen.links import THEMES_DIR, Links
from kitgen.render import words
from kitgen.render.guide import GuideOptions, render_guide_markdown
from kitgen.render.guide.markdown import SITE_LINK
from kitgen.sphinx.base import KitgenDirective, set_label
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
        options = GuideOptions(
            session_id=session_id, start=self.options.get("start", "0:00"), links=targets
        )
        markdown = render_guide_markdown(prompt_set, self.lang, options, on_site=True)
        document = self.state.document
        before = {id(section) for section in document.findall(nodes.section)}
        holder = nodes.container()
        source = str(prompt_set.origin.path) if prompt_set.origin else self.get_source_info()[0]
        lines = StringList(markdown.splitlines(), source=source)
        # MyST attaches the guide's headings to the document as sections (not to ``holder``).
        self.state.nested_parse(lines, 0, holder, match_titles=True)
        new = [s for s in document.findall(nodes.section) if id(s) not in before]
        for part in (holder, *new):
            _mark_checklists(part)
            _site_links(part)
        links = self.links(prompt_set.id, session_id)
        if new and len(new[0]) and isinstance(new[0][0], nodes.title):
            new[0].insert(1, links)
            return list(holder.children)
        return [links, *holder.children]

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


def _mark_checklists(tree: nodes.Element) -> None:
    """Lists of ☐ items get the class ``checklist``: the box is their marker, not a bullet too."""
    for bullets in tree.findall(nodes.bullet_list):
        items = [item for item in bullets.children if isinstance(item, nodes.list_item)]
        checklist = items and all(item.astext().lstrip().startswith("☐") for item in items)
        if checklist and "checklist" not in bullets["classes"]:  # nested sections: seen twice
            bullets["classes"].append("checklist")


def _site_links(tree: nodes.Element) -> None:
    """The guide's links to site paths become links relative to the page (``site_reference``)."""
    for ref in tree.findall(nodes.reference):
        uri = ref.get("refuri", "")
        if uri.startswith(SITE_LINK):
            ref["kitgen_site"] = uri[len(SITE_LINK) :]

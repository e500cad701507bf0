"""``{kitgen-index} <view>``: tables over every set, for the prompt index page.

Views: ``sets`` (by theme), ``level <orid-level>``, ``sessions`` (shortest first) and
``minutes <short|medium|long>``.  Every row links to a set page, a card or a guide page through
Sphinx references, so a broken link is a build warning, not a 404.
"""

from __future__ import annotations

from collections.abc import Sequence

from docutils import nodes

from kitgen import catalog
from kitgen.i18n import output_ntext, output_ptext, output_text
from kitgen.model import Level, Prompt, PromptSet
from kitgen.names import prompt_label
from kitgen.render import words
from kitgen.sphinx.base import KitgenDirective, set_label
from kitgen.sphinx.sets import read_all

#: Minute buckets of the duration view: (name, lowest, highest) inclusive.
BUCKETS = (("short", 1, 5), ("medium", 6, 10), ("long", 11, 10_000))


def bucket_of(minutes: int) -> str:
    return next(name for name, low, high in BUCKETS if low <= minutes <= high)


def bucket_label(lang: str, name: str) -> str:
    """The heading of a minute bucket of ``BUCKETS``."""
    if name == "short":
        return output_text(lang, "5 minutes or less")
    if name == "medium":
        return output_text(lang, "6 to 10 minutes")
    return output_text(lang, "more than 10 minutes")


def table(
    headers: Sequence[str], rows: list[list[nodes.Node]], widths: Sequence[int]
) -> nodes.table:
    """A plain docutils table with a header row; each cell holds one paragraph."""
    table_node = nodes.table(classes=["kitgen-index-table"])
    group = nodes.tgroup(cols=len(headers))
    table_node += group
    for width in widths:
        group += nodes.colspec(colwidth=width)
    head = nodes.thead()
    head += _row([nodes.Text(h) for h in headers])
    group += head
    body = nodes.tbody()
    for cells in rows:
        body += _row(cells)
    group += body
    return table_node


def _row(cells: Sequence[nodes.Node]) -> nodes.row:
    row = nodes.row()
    for cell in cells:
        entry = nodes.entry()
        entry += nodes.paragraph("", "", cell)
        row += entry
    return row


class IndexDirective(KitgenDirective):
    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        view = self.arguments[0]
        detail = self.arguments[1] if len(self.arguments) > 1 else ""
        sets = sorted(read_all(self.env), key=lambda s: self.t(s.title).casefold())
        if view == "sets":
            return [self.sets_table(sets)]
        if view == "sessions":
            return [self.sessions_table(sets)]
        if view == "level" and detail in {level.value for level in Level}:
            prompts = [(s, p) for s in sets for p in s.prompts if p.level.value == detail]
            return [self.prompts_table(prompts)]
        if view == "minutes" and detail in {name for name, _, _ in BUCKETS}:
            prompts = [(s, p) for s in sets for p in s.prompts if bucket_of(p.minutes) == detail]
            prompts.sort(key=lambda sp: sp[1].minutes)
            return [self.prompts_table(prompts)]
        self.warn(
            f"unknown index view {' '.join(self.arguments)!r}; use sets, sessions, "
            "level <objective|reflective|interpretive|decisional> or minutes <short|medium|long>",
            "index",
        )
        return []

    def set_link(self, prompt_set: PromptSet) -> nodes.Node:
        title = self.t(prompt_set.title)
        return self.ref(set_label(prompt_set.id), nodes.inline(title, title))

    def sets_table(self, sets: list[PromptSet]) -> nodes.Node:
        rows: list[list[nodes.Node]] = []
        for s in sets:
            contents = nodes.inline()
            contents += nodes.Text(
                self.t(output_ntext(self.lang, "{n} card", "{n} cards", len(s.prompts)))
                + ", "
                + self.t(output_ntext(self.lang, "{n} session", "{n} sessions", len(s.sessions)))
                + " ("
                + ", ".join(
                    self.t(output_text(self.lang, "{n} min", n=x.minutes)) for x in s.sessions
                )
                + ")"
            )
            summary = nodes.inline()
            summary += self.text(s.summary)
            theme = self.theme_ref(s.theme)
            if theme is not None:
                summary += [nodes.Text(" "), theme]
            rows.append([self.set_link(s), summary, contents])
        headers = [
            self.t(output_text(self.lang, "Set")),
            self.t(output_text(self.lang, "In short")),
            self.t(output_ptext(self.lang, "index column", "Contents")),
        ]
        return table(headers, rows, [25, 50, 25])

    def prompts_table(self, prompts: list[tuple[PromptSet, Prompt]]) -> nodes.Node:
        if not prompts:
            return nodes.paragraph(
                "", "", nodes.Text(self.t(output_text(self.lang, "No card in this category.")))
            )
        rows: list[list[nodes.Node]] = []
        for s, p in prompts:
            text = self.t(p.text)
            card = self.ref(prompt_label(s.id, p.id), nodes.inline(text, text))
            rows.append(
                [
                    card,
                    self.set_link(s),
                    nodes.Text(self.t(output_text(self.lang, "{n} min", n=p.minutes))),
                    nodes.Text(self.t(words.group_label(self.lang, p.group))),
                ]
            )
        headers = [
            self.t(output_text(self.lang, "Card")),
            self.t(output_text(self.lang, "Set")),
            self.t(output_ptext(self.lang, "duration", "Time")),
            self.t(output_text(self.lang, "Working")),
        ]
        return table(headers, rows, [55, 20, 10, 15])

    def sessions_table(self, sets: list[PromptSet]) -> nodes.Node:
        sessions = sorted(
            ((s, x) for s in sets for x in s.sessions),
            key=lambda sx: (sx[1].minutes, self.t(sx[0].title).casefold()),
        )
        rows: list[list[nodes.Node]] = []
        for s, x in sessions:
            title = self.t(x.title)
            link = self.doc_ref(catalog.guide_page(s.id, x.id), nodes.inline(title, title))
            rows.append(
                [
                    link,
                    self.set_link(s),
                    nodes.Text(self.t(output_text(self.lang, "{n} min", n=x.minutes))),
                    nodes.Text(self.t(words.format_label(self.lang, x.format))),
                    nodes.Text(
                        self.t(
                            output_text(
                                self.lang,
                                "{low} to {high} people",
                                low=x.group_size.min,
                                high=x.group_size.max,
                            )
                        )
                    ),
                ]
            )
        headers = [
            self.t(output_text(self.lang, "Session")),
            self.t(output_text(self.lang, "Set")),
            self.t(output_ptext(self.lang, "duration", "Time")),
            self.t(output_text(self.lang, "Format")),
            self.t(output_text(self.lang, "People")),
        ]
        return table(headers, rows, [35, 25, 10, 12, 18])

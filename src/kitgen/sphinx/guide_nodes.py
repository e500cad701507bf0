"""A facilitator guide as docutils nodes, drawn from the guide document like every renderer.

The printed guide, the editable one, the MyST text (``kitgen guide --format md``) and the site's
guide pages all lay out one :class:`~kitgen.render.guide.content.GuideDocument`.  Here author
text enters as text nodes and is never parsed.  The nodes take the shapes MyST gives the same
Markdown (``render.guide.markdown``), so a page reads and links as the MyST text would:
sections nested by heading level, each with the implicit target docutils notes and the
GitHub-style anchor slug MyST records (``myst_heading_anchors`` levels only), tables with
automatic widths, admonitions for notes and warnings.  ``tests/sphinx/test_guide.py`` builds
both and requires the same tree.

Text is written on one line with single spaces, as the Markdown is (:mod:`kitgen.markdown`):
the page's typography (:mod:`kitgen.sphinx.typography`) puts the language's spaces back, as
on every page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from docutils import nodes

from kitgen.markdown import one_line, paragraph_texts
from kitgen.render.guide.content import GuideDocument, GuideStep, Link, before_lists
from kitgen.sphinx.nodes import site_reference

#: The box that starts each item of a checklist (as in the printed guide and the MyST text).
CHECKBOX = "☐"
#: Class of a list whose items are ☐ boxes: the box is their marker, not a bullet too.
CHECKLIST = "checklist"
#: Characters a GitHub-style slug drops (MyST's ``github_slugify``): all but word characters,
#: CJK ideographs, hyphens and spaces.
_SLUG_DROPS = re.compile(r"[^\w\u4e00-\u9fff\- ]")

#: Registers a section's implicit target in the page (docutils' ``note_implicit_target``).
NoteTarget = Callable[[nodes.section], None]


def github_slug(title: str) -> str:
    """A heading's anchor as GitHub (and MyST by default) makes it: lower case, spaces to
    hyphens, punctuation dropped; leading and trailing spaces are kept as hyphens."""
    return _SLUG_DROPS.sub("", title.lower().replace(" ", "-"))


def unique(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-1``, ``slug-2``... for a repeated heading (GitHub's rule)."""
    found, count = slug, 1
    while found in taken:
        found, count = f"{slug}-{count}", count + 1
    taken.add(found)
    return found


def guide_nodes(
    document: GuideDocument, note_target: NoteTarget, *, anchor_levels: int = 3
) -> nodes.section:
    """The guide as one section (its title the guide's), holding the others.

    ``note_target`` registers each section's implicit target in the page; sections of a level
    up to ``anchor_levels`` (``myst_heading_anchors``) also carry their anchor slug.
    """
    return _Guide(document, note_target, anchor_levels).render()


def _text(text: str) -> nodes.Text:
    return nodes.Text(one_line(text))


def _strong(text: str) -> nodes.strong:
    return nodes.strong("", "", _text(text))


def _emphasis(text: str) -> nodes.emphasis:
    return nodes.emphasis("", "", _text(text))


def _paragraph(*children: nodes.Node) -> nodes.paragraph:
    return nodes.paragraph("", "", *children)


def _items(paragraphs_of_items: Iterable[nodes.paragraph]) -> list[nodes.list_item]:
    return [nodes.list_item("", paragraph) for paragraph in paragraphs_of_items]


def _bullets(
    items: Iterable[nodes.paragraph], classes: Sequence[str] = (), *, marker: str = "-"
) -> nodes.bullet_list:
    return nodes.bullet_list("", *_items(items), bullet=marker, classes=list(classes))


def _table(
    head: Sequence[nodes.Node | None],
    rows: Iterable[Sequence[nodes.Node | None]],
    *,
    right: Sequence[int] = (),
) -> nodes.table:
    """A Markdown table as MyST draws it: equal column widths left to the browser, a
    paragraph in every cell (an empty one for an empty cell), ``right`` columns aligned right."""
    columns = len(head)
    group = nodes.tgroup(cols=columns)
    group += [nodes.colspec(colwidth=100 // columns) for _ in range(columns)]

    def row(cells: Sequence[nodes.Node | None]) -> nodes.row:
        line = nodes.row()
        for number, cell in enumerate(cells):
            entry = nodes.entry("", _paragraph(*([cell] if cell is not None else [])))
            if number in right:
                entry["classes"].append("text-right")
            line += entry
        return line

    group += nodes.thead("", row(head))
    group += nodes.tbody("", *(row(cells) for cells in rows))
    return nodes.table("", group, classes=["colwidths-auto"])


class _Guide:
    """Lays the document out in sections, the way Markdown headings nest (a block goes into the
    last section opened, whatever its level)."""

    def __init__(self, document: GuideDocument, note_target: NoteTarget, anchors: int) -> None:
        self.d = document
        self.L = document.labels
        self.colon = document.labels["colon"]
        self.note_target = note_target
        self.anchors = anchors
        self.slugs: set[str] = set()
        self.open: list[nodes.section] = []

    # -- structure -----------------------------------------------------------------------------

    def heading(self, level: int, *title: nodes.Node) -> None:
        """Open a section of ``level`` (1 for the guide's title) under the last one above it."""
        section = nodes.section()
        heading = nodes.title("", "", *title)
        section += heading
        text = heading.astext()
        section["names"].append(nodes.fully_normalize_name(text))
        if self.open:
            del self.open[level - 1 :]
            self.open[-1] += section
        self.open.append(section)
        self.note_target(section)
        slug = github_slug(text) if level <= self.anchors else ""
        if slug:  # an empty one gives no anchor and takes no part in numbering
            section["slug"] = unique(slug, self.slugs)

    def add(self, *blocks: nodes.Node) -> None:
        self.open[-1].extend(blocks)

    def field(self, name: str, value: str) -> nodes.paragraph:
        return _paragraph(_strong(name), nodes.Text(f"{self.colon} {one_line(value)}"))

    def link(self, link: Link) -> nodes.reference:
        return site_reference(link.path, _text(link.label))

    def checklist(self, items: Iterable[str]) -> nodes.bullet_list:
        boxes = (_paragraph(nodes.Text(f"{CHECKBOX} {one_line(item)}")) for item in items)
        return _bullets(boxes, [CHECKLIST])

    # -- the guide -----------------------------------------------------------------------------

    def render(self) -> nodes.section:
        d, L = self.d, self.L
        self.heading(1, _text(d.title))
        intro = _paragraph(_emphasis(d.kicker))
        if d.subtitle:
            intro += nodes.Text(f" · {one_line(d.subtitle)}")
        self.add(intro, self.field(L["purpose"], d.purpose))
        self.add(_bullets(self.field(f.label, f.value) for f in d.facts))
        if d.aims:
            self.heading(2, _text(L["aims"]))
            self.add(_bullets(self.field(a.label, a.value) for a in d.aims))
        self.heading(2, _text(L["before"]))
        for key, items in before_lists(d):
            self.heading(3, _text(L[key]))
            self.add(self.checklist(items))
        self.agenda()
        self.heading(2, _text(L["steps"]))
        for step in d.steps:
            self.step(step)
        self.after()
        self.actions()
        return self.open[0]

    def agenda(self) -> None:
        L = self.L
        head = ["#", L["col_time"], L["col_minutes"], L["col_step"], L["col_method"]]
        rows: list[list[nodes.Node | None]] = [
            [
                _text(str(r.number)),
                _strong(f"{one_line(r.start)}–{one_line(r.end)}"),
                _text(str(r.minutes)),
                _text(r.title),
                _text(r.method),
            ]
            for r in self.d.agenda
        ]
        total = [None, _strong(L["total"]), _strong(str(self.d.total_minutes)), None, None]
        self.heading(2, _text(L["agenda"]))
        self.add(_table([_text(h) for h in head], [*rows, total], right=(2,)))

    def step(self, s: GuideStep) -> None:
        L = self.L
        self.heading(3, _text(f"{s.number}. {one_line(s.title)}"))
        when = _emphasis(f"{one_line(s.start)}–{one_line(s.end)} · {one_line(s.duration)}")
        if s.is_break:
            # A break is not a way of working: no method, no cards, at most a word on timing.
            self.add(_paragraph(when, nodes.Text(" · "), _strong(s.method)))
            self.add(*(_paragraph(_text(p)) for p in paragraph_texts(s.instructions)))
            return
        method = self.field(L["method"], s.method)
        self.add(_paragraph(when, nodes.Text(" · "), *method.children))
        if s.setup:
            self.add(_bullets(self.field(f.label, f.value) for f in s.setup))
        if s.phases:
            phases = (
                _paragraph(
                    nodes.Text(f"{one_line(p.start)} · "),
                    _strong(p.duration),
                    nodes.Text(f" · {one_line(p.label)}"),
                )
                for p in s.phases
            )
            self.add(_bullets(phases, marker="+"))  # a list of its own, as in the MyST text
        self.add(_paragraph(_strong(L["instructions"])))
        self.add(*(_paragraph(_text(p)) for p in paragraph_texts(s.instructions)))
        if not s.prompts:
            self.add(_paragraph(_emphasis(L["no_prompt"])))
        for p in s.prompts:
            head = f"#{p.card} · {one_line(p.category)}"
            if p.set_title:
                head += f" · {one_line(p.set_title)}"
            self.heading(4, _text(head))
            self.add(_paragraph(_strong(p.text)), _paragraph(_emphasis(p.meta)))
            if p.follow_ups:
                self.add(
                    _paragraph(nodes.Text(f"{one_line(L['follow_ups'])}{self.colon}")),
                    _bullets(_paragraph(_text(f)) for f in p.follow_ups),
                )
            if p.note:
                first, *rest = paragraph_texts(p.note)
                label = _paragraph(_strong(L["note"]), nodes.Text(f"{self.colon} {first}"))
                note = nodes.note("", label)
                note += [_paragraph(_text(more)) for more in rest]
                self.add(note)
            for hint in p.hints:
                self.add(nodes.warning("", *(_paragraph(_text(h)) for h in paragraph_texts(hint))))
        if s.link is not None:
            label = nodes.Text(f"{one_line(L['knowledge_base'])}{self.colon} ")
            self.add(_paragraph(label, self.link(s.link)))

    def after(self) -> None:
        d, L = self.d, self.L
        if d.debrief:
            self.heading(2, _text(L["debrief"]))
            questions = _items(_paragraph(_text(q)) for q in d.debrief)
            self.add(
                nodes.enumerated_list("", *questions, enumtype="arabic", prefix="", suffix=".")
            )
        if d.variations:
            self.heading(2, _text(L["variations"]))
            self.add(*(self.field(v.name, v.description) for v in d.variations))
        if d.risks:
            self.heading(2, _text(L["risks"]))
            rows = [[_text(r.risk), _text(r.mitigation)] for r in d.risks]
            self.add(_table([_text(L["col_risk"]), _text(L["col_mitigation"])], rows))
        about = [_paragraph(_text(line)) for line in d.about]
        about += [_paragraph(self.link(link)) for link in d.links]
        self.heading(2, _text(L["about"]))
        self.add(_bullets(about))

    def actions(self) -> None:
        L = self.L
        head = [_text(L["col_what"]), _text(L["col_who"]), _text(L["col_when"])]
        self.heading(2, _text(L["actions"]))
        self.add(_paragraph(_text(L["actions_intro"])), _table(head, [[None] * 3] * 5))

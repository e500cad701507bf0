"""The guide as a Word document (.docx) a facilitator can edit, from the same guide document.

The PDF is for the room; this is for the facilitator who wants to adapt a session in a word
processor.  It holds the same sections, with Word's own headings, lists and tables, in the
guide's language (the document's language is set for spelling).  Text goes in as text: nothing
an author writes is read as markup.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

from kitgen.render.guide.content import GuideDocument, GuideStep, before_lists

CHECKBOX = "☐"


def render_docx(document: GuideDocument) -> bytes:
    """The guide as .docx bytes (the same bytes for the same guide: no creation date)."""
    return _Docx(document).render()


class _Docx:
    def __init__(self, document: GuideDocument) -> None:
        self.doc: Any = Document()
        self.d, self.L = document, document.labels
        self.colon = self.L["colon"]
        style = self.doc.styles["Normal"]
        style.font.name = "Atkinson Hyperlegible"
        style.font.size = Pt(11)
        lang = style.element.get_or_add_rPr()
        node = lang.find(qn("w:lang"))
        if node is None:
            node = lang.makeelement(qn("w:lang"), {})
            lang.append(node)
        node.set(qn("w:val"), document.lang)

    def render(self) -> bytes:
        d, L = self.d, self.L
        self.doc.core_properties.title = d.title
        self.doc.core_properties.language = d.lang
        self.doc.add_heading(d.title, level=0)
        intro = self.doc.add_paragraph()
        intro.add_run(d.kicker).italic = True
        if d.subtitle:
            intro.add_run(f" · {d.subtitle}")
        self.field(L["purpose"], d.purpose)
        for fact in d.facts:
            self.field(fact.label, fact.value, style="List Bullet")
        if d.aims:
            self.doc.add_heading(L["aims"], level=1)
            for aim in d.aims:
                self.field(aim.label, aim.value, style="List Bullet")
        self.before()
        self.agenda()
        self.doc.add_heading(L["steps"], level=1)
        for step in d.steps:
            self.step(step)
        self.after()
        self.actions()
        self.doc.core_properties.author = ""
        self.doc.core_properties.last_modified_by = "kitgen"
        out = io.BytesIO()
        self.doc.save(out)
        return _stable_zip(out.getvalue())

    def field(self, name: str, value: str, style: str | None = None) -> None:
        paragraph = self.doc.add_paragraph(style=style)
        paragraph.add_run(f"{name}{self.colon} ").bold = True
        paragraph.add_run(value)

    def checklist(self, items: tuple[str, ...]) -> None:
        for item in items:
            self.doc.add_paragraph(f"{CHECKBOX} {item}")

    def table(self, head: list[str], rows: list[list[str]]) -> None:
        table = self.doc.add_table(rows=1, cols=len(head))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, head, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row, strict=True):
                cell.text = text

    def before(self) -> None:
        self.doc.add_heading(self.L["before"], level=1)
        for key, items in before_lists(self.d):
            self.doc.add_heading(self.L[key], level=2)
            self.checklist(items)

    def agenda(self) -> None:
        d, L = self.d, self.L
        self.doc.add_heading(L["agenda"], level=1)
        head = ["#", L["col_time"], L["col_minutes"], L["col_step"], L["col_method"]]
        rows = [
            [str(r.number), f"{r.start}–{r.end}", str(r.minutes), r.title, r.method]
            for r in d.agenda
        ]
        rows.append(["", L["total"], str(d.total_minutes), "", ""])
        self.table(head, rows)

    def step(self, s: GuideStep) -> None:
        L = self.L
        self.doc.add_heading(f"{s.number}. {s.title}", level=2)
        when = self.doc.add_paragraph()
        when.add_run(f"{s.start}–{s.end} · {s.duration}").italic = True
        if s.is_break:
            when.add_run(f" · {s.method}").bold = True
            if s.instructions:
                self.doc.add_paragraph(s.instructions)
            return
        self.field(L["method"], s.method)
        for fact in s.setup:
            self.field(fact.label, fact.value, style="List Bullet")
        for phase in s.phases:
            self.doc.add_paragraph(
                f"{phase.start} · {phase.duration} · {phase.label}", style="List Bullet"
            )
        self.field(L["instructions"], s.instructions)
        if not s.prompts:
            self.doc.add_paragraph().add_run(L["no_prompt"]).italic = True
        for p in s.prompts:
            head = f"#{p.card} · {p.category}" + (f" · {p.set_title}" if p.set_title else "")
            self.doc.add_heading(head, level=3)
            self.doc.add_paragraph().add_run(p.text).bold = True
            self.doc.add_paragraph().add_run(p.meta).italic = True
            if p.follow_ups:
                self.doc.add_paragraph(f"{L['follow_ups']}{self.colon}")
                for follow_up in p.follow_ups:
                    self.doc.add_paragraph(follow_up, style="List Bullet")
            if p.note:
                self.field(L["note"], p.note)
            for hint in p.hints:
                self.doc.add_paragraph(hint, style="Intense Quote")
        if s.link is not None and s.link.url is not None:  # hosted nowhere: no address
            self.field(L["knowledge_base"], s.link.url)

    def after(self) -> None:
        d, L = self.d, self.L
        if d.debrief:
            self.doc.add_heading(L["debrief"], level=1)
            for question in d.debrief:
                self.doc.add_paragraph(question, style="List Number")
        if d.variations:
            self.doc.add_heading(L["variations"], level=1)
            for v in d.variations:
                self.field(v.name, v.description)
        if d.risks:
            self.doc.add_heading(L["risks"], level=1)
            self.table(
                [L["col_risk"], L["col_mitigation"]], [[r.risk, r.mitigation] for r in d.risks]
            )
        self.doc.add_heading(L["about"], level=1)
        for line in d.about:
            self.doc.add_paragraph(line, style="List Bullet")
        for link in d.links:
            if link.url is not None:
                self.doc.add_paragraph(f"{link.label} — {link.url}", style="List Bullet")

    def actions(self) -> None:
        L = self.L
        self.doc.add_heading(L["actions"], level=1)
        self.doc.add_paragraph(L["actions_intro"])
        self.table([L["col_what"], L["col_who"], L["col_when"]], [["", "", ""]] * 5)


def _stable_zip(data: bytes) -> bytes:
    """The same archive with every entry dated 1980-01-01, so one guide gives one set of bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(entry))
    return out.getvalue()

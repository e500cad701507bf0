"""The guide as a MyST Markdown page (``kitgen guide --format md``), from the same guide document.

Every text from the model is escaped character by character (``kitgen.markdown``), so nothing
an author writes (``*``, ``<script>``, ``{role}``, ``%``, a leading ``#``) is read as Markdown,
MyST or HTML.
"""

from __future__ import annotations

from kitgen.markdown import escape, paragraphs
from kitgen.render.guide.content import GuideDocument, GuideStep, Link, before_lists

_CHECKBOX = "☐"


def render_markdown(document: GuideDocument) -> str:
    """The guide as a MyST Markdown page, linking to hosted addresses (none when the kit is
    hosted nowhere).  The site draws the same document as nodes (kitgen.sphinx.guide_nodes), in
    the shapes MyST gives this text."""
    return _Page(document).render()


class _Page:
    def __init__(self, document: GuideDocument) -> None:
        self.d = document
        self.L = document.labels
        self.colon = document.labels["colon"]
        self.out: list[str] = []

    def add(self, *blocks: str) -> None:
        self.out.extend(blocks)

    def link(self, link: Link) -> str | None:
        """``[label](address)`` for ``link``, or ``None`` when it has nowhere to point."""
        return None if link.url is None else f"[{escape(link.label)}]({link.url})"

    def field(self, name: str, value: str) -> str:
        return f"**{escape(name)}**{self.colon} {escape(value)}"

    def checklist(self, items: tuple[str, ...]) -> str:
        return "\n".join(f"- {_CHECKBOX} {escape(item)}" for item in items)

    def render(self) -> str:
        d = self.d
        self.add(f"# {escape(d.title)}")
        intro = f"*{escape(d.kicker)}*"
        if d.subtitle:
            intro += f" · {escape(d.subtitle)}"
        self.add(intro, self.field(self.L["purpose"], d.purpose))
        self.add("\n".join(f"- {self.field(f.label, f.value)}" for f in d.facts))
        if d.aims:
            self.add(f"## {escape(self.L['aims'])}")
            self.add("\n".join(f"- {self.field(a.label, a.value)}" for a in d.aims))
        self.before()
        self.agenda()
        self.add(f"## {escape(self.L['steps'])}")
        for step in d.steps:
            self.step(step)
        self.after()
        self.actions()
        return "\n\n".join(self.out) + "\n"

    def before(self) -> None:
        L = self.L
        self.add(f"## {escape(L['before'])}")
        for key, items in before_lists(self.d):
            self.add(f"### {escape(L[key])}", self.checklist(items))

    def agenda(self) -> None:
        L = self.L
        head = ["\\#", L["col_time"], L["col_minutes"], L["col_step"], L["col_method"]]
        rows = [
            "| " + " | ".join([head[0], *(escape(h) for h in head[1:])]) + " |",
            "| --- | --- | ---: | --- | --- |",
        ]
        for r in self.d.agenda:
            cells = [
                str(r.number),
                f"**{escape(r.start)}–{escape(r.end)}**",
                str(r.minutes),
                escape(r.title),
                escape(r.method),
            ]
            rows.append("| " + " | ".join(cells) + " |")
        rows.append(f"|  | **{escape(L['total'])}** | **{self.d.total_minutes}** |  |  |")
        self.add(f"## {escape(L['agenda'])}", "\n".join(rows))

    def step(self, s: GuideStep) -> None:
        L = self.L
        self.add(f"### {s.number}\\. {escape(s.title)}")
        when = f"*{escape(s.start)}–{escape(s.end)} · {escape(s.duration)}*"
        if s.is_break:
            # A break is not a way of working: no method, no cards, at most a word on timing.
            self.add(f"{when} · **{escape(s.method)}**")
            if s.instructions:
                self.add(paragraphs(s.instructions))
            return
        self.add(f"{when} · " + self.field(L["method"], s.method))
        if s.setup:
            self.add("\n".join(f"- {self.field(f.label, f.value)}" for f in s.setup))
        if s.phases:
            # "+", not "-": right after the setup's list, the same marker would continue it.
            self.add(
                "\n".join(
                    f"+ {escape(p.start)} · **{escape(p.duration)}** · {escape(p.label)}"
                    for p in s.phases
                )
            )
        self.add(f"**{escape(L['instructions'])}**", paragraphs(s.instructions))
        if not s.prompts:
            self.add(f"*{escape(L['no_prompt'])}*")
        for p in s.prompts:
            head = f"\\#{p.card} · {escape(p.category)}"
            if p.set_title:
                head += f" · {escape(p.set_title)}"
            self.add(f"#### {head}", f"**{escape(p.text)}**", f"*{escape(p.meta)}*")
            if p.follow_ups:
                self.add(
                    f"{escape(L['follow_ups'])}{self.colon}",
                    "\n".join(f"- {escape(f)}" for f in p.follow_ups),
                )
            if p.note:
                note = f"**{escape(L['note'])}**{self.colon} {paragraphs(p.note)}"
                self.add("```{note}\n" + note + "\n```")
            for hint in p.hints:
                self.add("```{warning}\n" + paragraphs(hint) + "\n```")
        markup = self.link(s.link) if s.link is not None else None
        if markup is not None:
            self.add(f"{escape(L['knowledge_base'])}{self.colon} {markup}")

    def after(self) -> None:
        d, L = self.d, self.L
        if d.debrief:
            self.add(
                f"## {escape(L['debrief'])}",
                "\n".join(f"{i}. {escape(q)}" for i, q in enumerate(d.debrief, start=1)),
            )
        if d.variations:
            self.add(f"## {escape(L['variations'])}")
            for v in d.variations:
                self.add(self.field(v.name, v.description))
        if d.risks:
            rows = [
                f"| {escape(L['col_risk'])} | {escape(L['col_mitigation'])} |",
                "| --- | --- |",
                *(f"| {escape(r.risk)} | {escape(r.mitigation)} |" for r in d.risks),
            ]
            self.add(f"## {escape(L['risks'])}", "\n".join(rows))
        about = [f"- {escape(line)}" for line in d.about]
        about += [f"- {markup}" for markup in map(self.link, d.links) if markup]
        self.add(f"## {escape(L['about'])}", "\n".join(about))

    def actions(self) -> None:
        L = self.L
        rows = [
            f"| {escape(L['col_what'])} | {escape(L['col_who'])} | {escape(L['col_when'])} |",
            "| --- | --- | --- |",
            *(["|  |  |  |"] * 5),
        ]
        self.add(f"## {escape(L['actions'])}", escape(L["actions_intro"]), "\n".join(rows))

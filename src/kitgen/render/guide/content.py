"""The guide as one intermediate document, built once from the model and rendered twice.

The PDF and the MyST page are both drawn from :class:`GuideDocument`, so a printed guide and
its web page can never say different things.  Every human text in it is already typeset for
its language; renderers only lay it out (and escape it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kitgen.diagnostics import KitgenError, error
from kitgen.i18n import cli_text, output_ntext, output_text
from kitgen.links import Links
from kitgen.model import (
    LocalText,
    Prompt,
    PromptSet,
    Sensitivity,
    SessionFormat,
    Step,
)
from kitgen.model.methods import CHAIRS, METHODS, tables_for
from kitgen.model.source import GuideSource, SourcedPrompt
from kitgen.render import words
from kitgen.typography import typeset
from kitgen.wording import quoted

_CLOCK = re.compile(r"\s*(\d{1,2})(?:[:h.](\d{2})?)?\s*")
_CARD_EXCERPT = 90


# --- the document ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    label: str
    #: The page, relative to the site root (with its anchor): what the web guide links to.
    path: str
    #: Its hosted address, for the printed guide's QR code; ``None`` when the kit is hosted
    #: nowhere (the printed guide then shows no code and no address).
    url: str | None


@dataclass(frozen=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True)
class Phase:
    """One sub-timing of a method (1-2-4-All: alone, pairs, fours, all)."""

    label: str
    minutes: int
    start: str
    #: The minutes as the guide's language writes them ("5 min", "5 Min.").
    duration: str = ""


@dataclass(frozen=True)
class AgendaRow:
    number: int
    start: str
    end: str
    minutes: int
    title: str
    method: str


@dataclass(frozen=True)
class GuidePrompt:
    #: Position of the card in the session (1 for the first card used).
    card: int
    category: str
    text: str
    follow_ups: tuple[str, ...]
    #: "Opener · Objective (facts) · in pairs · 5 min".
    meta: str
    note: str | None
    #: Advice for a medium or high sensitivity prompt, and a remote-fit warning.
    hints: tuple[str, ...]
    sensitivity: str
    #: The set's title when the session mixes sets, else ``None``.
    set_title: str | None


@dataclass(frozen=True)
class GuideStep:
    number: int
    title: str
    start: str
    end: str
    minutes: int
    method: str
    phases: tuple[Phase, ...]
    instructions: str
    prompts: tuple[GuidePrompt, ...]
    link: Link | None
    is_break: bool = False
    #: How the room is arranged for this step (tables, chairs) and the written fallback.
    setup: tuple[Fact, ...] = ()
    #: The minutes as the guide's language writes them ("15 min", "15 Min.").
    duration: str = ""


@dataclass(frozen=True)
class Variation:
    name: str
    description: str


@dataclass(frozen=True)
class RiskRow:
    risk: str
    mitigation: str


@dataclass(frozen=True)
class GuideDocument:
    """Everything a guide shows, in order, already typeset; renderers only lay it out."""

    lang: str
    labels: dict[str, str]
    kicker: str
    title: str
    subtitle: str | None
    purpose: str
    facts: tuple[Fact, ...]
    aims: tuple[Fact, ...]
    materials: tuple[str, ...]
    room: str | None
    preparation: tuple[str, ...]
    cards: tuple[str, ...]
    agenda: tuple[AgendaRow, ...]
    steps: tuple[GuideStep, ...]
    debrief: tuple[str, ...]
    variations: tuple[Variation, ...]
    risks: tuple[RiskRow, ...]
    links: tuple[Link, ...]
    about: tuple[str, ...]
    plan_id: str | None = None
    total_minutes: int = 0


def before_lists(document: GuideDocument) -> list[tuple[str, tuple[str, ...]]]:
    """The checklists before the session, by label key, those with items only."""
    lists = [
        ("materials", document.materials),
        ("room", (document.room,) if document.room else ()),
        ("preparation", document.preparation),
        ("cards", document.cards),
    ]
    return [(key, items) for key, items in lists if items]


# --- clock -------------------------------------------------------------------------------------


def parse_clock(text: str) -> int:
    """Minutes after midnight for ``08:30``, ``8:30``, ``8h30``, ``8h`` or ``0:00``."""
    match = _CLOCK.fullmatch(text)
    if match is None:
        raise ValueError(
            cli_text(
                "{text} is not a time of day; write it as HH:MM, e.g. 08:30", text=quoted(text)
            )
        )
    hours, minutes = int(match[1]), int(match[2] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError(
            cli_text(
                "{text} is not a time of day; hours go to 23 and minutes to 59", text=quoted(text)
            )
        )
    return hours * 60 + minutes


def format_clock(minute: int) -> str:
    minute %= 24 * 60
    return f"{minute // 60:02d}:{minute % 60:02d}"


def format_elapsed(minute: int) -> str:
    """Time since the start, ``0:00``, ``0:45``, ``1:10``: never mistaken for a time of day."""
    return f"{minute // 60}:{minute % 60:02d}"


def split_minutes(total: int, shares: list[float]) -> list[int]:
    """Whole minutes proportional to ``shares`` that add up to ``total`` exactly.

    Largest remainder first; no phase gets zero minutes when there are enough to go round.
    """
    if not shares:
        return []
    weight = sum(shares)
    exact = [total * s / weight for s in shares]
    parts = [int(x) for x in exact]
    order = sorted(range(len(shares)), key=lambda i: (parts[i] - exact[i], i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    if total >= len(parts):
        while 0 in parts:
            parts[parts.index(max(parts))] -= 1
            parts[parts.index(0)] = 1
    return parts


# --- building ----------------------------------------------------------------------------------


def build_guide(
    source: GuideSource, lang: str, *, start: str = "0:00", links: Links | None = None
) -> GuideDocument:
    """The guide document of ``source`` in ``lang``, with clock times from ``start``; its
    links point where ``links`` says (the caller reads the kit's settings, never this)."""
    _check_language(source, lang)
    minute = parse_clock(start)
    # No start time (0:00, the default): times count from the start of the session.
    b = _Builder(source, lang, links or Links(), elapsed=minute == 0)
    return b.document(minute)


def _check_language(source: GuideSource, lang: str) -> None:
    for prompt_set in source.sets:
        if lang not in prompt_set.languages:
            raise KitgenError(
                error(
                    prompt_set.locate(("languages",)),
                    f"set {prompt_set.id!r} is written in {', '.join(prompt_set.languages)}, "
                    f"not {lang!r}; choose one of those languages",
                )
            )


class _Builder:
    def __init__(self, source: GuideSource, lang: str, links: Links, elapsed: bool) -> None:
        self.source = source
        self.clock = format_elapsed if elapsed else format_clock
        self.elapsed = elapsed
        self.session = source.session
        self.lang = lang
        self.links = links
        self.mixed = len({s.id for s in source.sets}) > 1

    # small helpers
    def t(self, text: LocalText | str) -> str:
        raw = text if isinstance(text, str) else text.get_text(self.lang)
        return typeset(raw, self.lang)

    def minutes(self, n: int) -> str:
        return self.t(output_text(self.lang, "{n} min", n=n))

    def method_label(self, slug: str) -> str:
        return self.t(words.method_label(self.lang, slug) or slug)

    def theme_link(self, prompt_set: PromptSet, item: Prompt | None = None) -> Link:
        """Where to read more: the theme's page (at the prompt's ``see`` anchor) when the site
        has one, else the set's page (at the prompt's card)."""
        path = self.links.background(
            self.lang,
            prompt_set.id,
            prompt_set.theme,
            item.see if item is not None else None,
            item.id if item is not None else "",
        )
        return Link(self.t(prompt_set.title), path, self.links.absolute(path))

    # sections
    def document(self, start: int) -> GuideDocument:
        session = self.session
        labels = {key: self.t(text) for key, text in _document_labels(self.lang).items()}
        labels["colon"] = "\u00a0:" if self.lang == "fr" else ":"
        steps, agenda = self.steps(start)
        cards = tuple(
            self.t(f"{p.card}. {p.category}: {_excerpt(p.text)}")
            for step in steps
            for p in step.prompts
        )
        subtitle = self.t(self.source.subtitle) if self.source.subtitle is not None else None
        return GuideDocument(
            lang=self.lang,
            labels=labels,
            kicker=self.t(
                output_text(self.lang, "Facilitator guide")
                if self.source.prompt_set is not None
                else output_text(self.lang, "Session plan")
            ),
            title=self.t(session.title),
            subtitle=subtitle,
            purpose=self.t(session.purpose),
            facts=self.facts(start),
            aims=self.aims(),
            materials=tuple(self.t(m) for m in session.materials),
            room=self.t(session.room) if session.room is not None else None,
            preparation=tuple(self.t(p) for p in session.preparation),
            cards=cards,
            agenda=agenda,
            steps=steps,
            debrief=tuple(self.t(q) for q in session.debrief),
            variations=tuple(
                Variation(self.t(words.variation_label(self.lang, v.name)), self.t(v.description))
                for v in session.variations
            ),
            risks=tuple(RiskRow(self.t(r.risk), self.t(r.mitigation)) for r in session.risks),
            links=tuple(self.theme_link(s) for s in self.source.sets),
            about=self.about(),
            plan_id=self.source.plan_id,
            total_minutes=session.minutes,
        )

    def facts(self, start: int) -> tuple[Fact, ...]:
        session = self.session
        size = session.group_size
        people = (
            self.t(output_ntext(self.lang, "{n} person", "{n} people", size.min))
            if size.min == size.max
            else self.t(
                output_text(self.lang, "{low} to {high} people", low=size.min, high=size.max)
            )
        )
        facts = []
        if session.audience is not None:
            facts.append(Fact(self.t(output_text(self.lang, "Audience")), self.t(session.audience)))
        facts += [
            Fact(self.t(output_text(self.lang, "Group size")), people),
            Fact(
                self.t(output_text(self.lang, "Duration")),
                self.t(_duration(session.minutes, self.lang)),
            ),
            Fact(
                self.t(output_text(self.lang, "Format")),
                self.t(words.format_label(self.lang, session.format)),
            ),
            Fact(
                self.t(output_text(self.lang, "Schedule")),
                self.schedule(start, session.minutes),
            ),
        ]
        return tuple(facts)

    def schedule(self, start: int, minutes: int) -> str:
        span = f"{self.clock(start)} – {self.clock(start + minutes)}"
        if not self.elapsed:
            return self.t(span)
        return self.t(
            output_text(self.lang, "{span}, counted from the start of the session", span=span)
        )

    def aims(self) -> tuple[Fact, ...]:
        aims = self.session.aims
        if aims is None:
            return ()
        return (
            Fact(self.t(output_text(self.lang, "What people will know")), self.t(aims.rational)),
            Fact(
                self.t(output_text(self.lang, "What people will feel")), self.t(aims.experiential)
            ),
        )

    def steps(self, start: int) -> tuple[tuple[GuideStep, ...], tuple[AgendaRow, ...]]:
        steps: list[GuideStep] = []
        agenda: list[AgendaRow] = []
        clock = start
        card = 0
        for number, (step, sourced) in enumerate(
            zip(self.session.steps, self.source.steps, strict=True), start=1
        ):
            prompts = []
            for item in sourced:
                card += 1
                prompts.append(self.prompt(item, card))
            method = self.method_label(step.method)
            title = self.t(step.title)
            begin, end = self.clock(clock), self.clock(clock + step.minutes)
            steps.append(
                GuideStep(
                    number=number,
                    title=title,
                    start=begin,
                    end=end,
                    minutes=step.minutes,
                    method=method,
                    phases=self.phases(step, clock),
                    instructions=self.t(step.instructions) if step.instructions else "",
                    prompts=tuple(prompts),
                    link=self.step_link(sourced),
                    is_break=step.is_break,
                    setup=self.setup(step),
                    duration=self.minutes(step.minutes),
                )
            )
            agenda.append(AgendaRow(number, begin, end, step.minutes, title, method))
            clock += step.minutes
        return tuple(steps), tuple(agenda)

    def phases(self, step: Step, clock: int) -> tuple[Phase, ...]:
        """The step's own sub-timings, or else its method's, in clock times."""
        if step.phases:
            timed = [(self.t(p.label), p.minutes) for p in step.phases]
        else:
            method = METHODS.get(step.method)
            if method is None or not method.phases:
                return ()
            parts = split_minutes(step.minutes, [share for _, share in method.phases])
            names = [words.phase_label(self.lang, step.method, p) for p, _ in method.phases]
            timed = [(self.t(n), part) for n, part in zip(names, parts, strict=True)]
        phases = []
        for name, part in timed:
            phases.append(Phase(name, part, self.clock(clock), self.minutes(part)))
            clock += part
        return tuple(phases)

    def setup(self, step: Step) -> tuple[Fact, ...]:
        """World Café tables, fishbowl chairs and the written fallback of a round."""
        lang = self.lang
        facts = []
        size = self.session.group_size
        if step.method == "world-cafe":
            if step.tables is not None:
                count = str(step.tables)
            elif tables_for(size.min) == tables_for(size.max):
                count = output_text(lang, "{n}, of 4 or 5 people", n=tables_for(size.min))
            else:
                count = output_text(
                    lang,
                    "one for every 4 or 5 people ({low} for {min} people, {high} for {max})",
                    low=tables_for(size.min),
                    min=size.min,
                    high=tables_for(size.max),
                    max=size.max,
                )
            facts.append(Fact(self.t(output_text(lang, "Tables")), self.t(count)))
        if step.method == "fishbowl":
            chairs = step.chairs if step.chairs is not None else CHAIRS[1]
            centre = self.t(output_text(lang, "In the centre"))
            seats = self.t(output_text(lang, "{n} chairs and an empty one", n=chairs))
            facts.append(Fact(centre, seats))
        if step.written_fallback is not None:
            written = self.t(output_text(lang, "In writing"))
            facts.append(Fact(written, self.t(step.written_fallback)))
        return tuple(facts)

    def prompt(self, item: SourcedPrompt, card: int) -> GuidePrompt:
        prompt, prompt_set = item.prompt, item.prompt_set
        meta = " · ".join(
            [
                words.kind_label(self.lang, prompt.kind),
                words.level_label(self.lang, prompt.level),
                words.group_label(self.lang, prompt.group),
                output_text(self.lang, "{n} min", n=prompt.minutes),
            ]
        )
        hints = []
        if prompt.sensitivity is Sensitivity.MEDIUM:
            hints.append(
                self.t(
                    output_text(
                        self.lang,
                        "Medium sensitivity: let people pass, and answer first yourself to set "
                        "the tone.",
                    )
                )
            )
        elif prompt.sensitivity is Sensitivity.HIGH:
            hints.append(
                self.t(
                    output_text(
                        self.lang,
                        "High sensitivity: only once trust is built. Offer to answer in writing"
                        " or to pass; what is said here stays here.",
                    )
                )
            )
        if self.session.format is not SessionFormat.IN_PERSON and not prompt.remote:
            hints.append(
                self.t(
                    output_text(
                        self.lang,
                        "This prompt is not meant for remote work: adapt it (breakout rooms, a "
                        "shared board) or replace it.",
                    )
                )
            )
        return GuidePrompt(
            card=card,
            category=self.t(prompt_set.category(prompt.category).label),
            text=self.t(prompt.text),
            follow_ups=tuple(self.t(f) for f in prompt.follow_ups),
            meta=self.t(meta),
            note=self.t(prompt.note) if prompt.note is not None else None,
            hints=tuple(hints),
            sensitivity=prompt.sensitivity.value,
            set_title=self.t(prompt_set.title) if self.mixed else None,
        )

    def step_link(self, sourced: tuple[SourcedPrompt, ...]) -> Link | None:
        """The knowledge-base page behind a step: its first prompt with a ``see`` anchor."""
        for item in sourced:
            if item.prompt.see:
                return self.theme_link(item.prompt_set, item.prompt)
        if sourced:
            return self.theme_link(sourced[0].prompt_set, sourced[0].prompt)
        return None

    def about(self) -> tuple[str, ...]:
        version = output_text(self.lang, "version")
        licence = output_text(self.lang, "Licence")
        lines = []
        for s in self.source.sets:
            parts = [
                f"{s.title.get_text(self.lang)} ({version} {s.version})",
                f"{licence} {s.license}",
            ]
            if s.attribution is not None:
                parts.append(s.attribution.get_text(self.lang))
            lines.append(self.t(" · ".join(parts)))
        if self.source.plan_id:
            plan_id = output_text(self.lang, "Plan id")
            lines.append(self.t(f"{plan_id}: {self.source.plan_id}"))
            lines.append(
                self.t(
                    output_text(
                        self.lang, "To rebuild it: kitgen plan --id {id}", id=self.source.plan_id
                    )
                )
            )
        return tuple(lines)


def _document_labels(lang: str) -> dict[str, str]:
    """Labels the renderers print as they are (headings, column names), by template key."""
    return {
        "purpose": output_text(lang, "Purpose"),
        "aims": output_text(lang, "Aims"),
        "before": output_text(lang, "Before the session"),
        "materials": output_text(lang, "Materials"),
        "room": output_text(lang, "Room set-up"),
        "preparation": output_text(lang, "Preparation"),
        "cards": output_text(lang, "Cards to pull from the deck, in order"),
        "agenda": output_text(lang, "Agenda"),
        "col_time": output_text(lang, "Time"),
        "col_minutes": output_text(lang, "Min"),
        "col_step": output_text(lang, "Step"),
        "col_method": output_text(lang, "Method"),
        "total": output_text(lang, "Total"),
        "steps": output_text(lang, "Steps"),
        "step": output_text(lang, "Step"),
        "method": output_text(lang, "Method"),
        "instructions": output_text(lang, "Instructions"),
        "prompts": output_text(lang, "Prompts used"),
        "follow_ups": output_text(lang, "Follow-ups"),
        "note": output_text(lang, "Facilitator note"),
        "knowledge_base": output_text(lang, "Knowledge base"),
        "no_prompt": output_text(lang, "No card in this step."),
        "debrief": output_text(lang, "Debrief questions"),
        "variations": output_text(lang, "Variations"),
        "risks": output_text(lang, "Risks and mitigations"),
        "col_risk": output_text(lang, "Risk"),
        "col_mitigation": output_text(lang, "Mitigation"),
        "actions": output_text(lang, "Actions for the next session"),
        "actions_intro": output_text(
            lang, "Fill in at the end of the session; read it back at the start of the next one."
        ),
        "col_what": output_text(lang, "What"),
        "col_who": output_text(lang, "Who"),
        "col_when": output_text(lang, "By when"),
        "session_date": output_text(lang, "Session date"),
        "facilitator": output_text(lang, "Facilitator"),
        "next_session": output_text(lang, "Next session"),
        "review": output_text(lang, "To review next time"),
        "about": output_text(lang, "About this guide"),
        "page": output_text(lang, "Page"),
    }


def _duration(minutes: int, lang: str) -> str:
    """ "45 min", "90 min (1 h 30)": the units of ``lang`` (German "90 Min. (1 Std. 30 Min.)"),
    the same words as every other duration of the guide."""
    text = output_text(lang, "{n} min", n=minutes)
    if minutes < 60:
        return text
    hours, rest = divmod(minutes, 60)
    clock = (
        output_text(lang, "{hours} h {minutes}", hours=hours, minutes=f"{rest:02d}")
        if rest
        else output_text(lang, "{hours} h", hours=hours)
    )
    return f"{text} ({clock})"


def _excerpt(text: str) -> str:
    """The start of a prompt, enough to find its card in the deck."""
    if len(text) <= _CARD_EXCERPT:
        return text
    cut = text[:_CARD_EXCERPT].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"

"""The texts of a planned session: a :class:`Session` the guide builder prints like any other.

A planned session has no author; its title, instructions (scaled to the group and the step's
minutes), materials, variations and risks are words of the ``output`` catalogue
(:mod:`kitgen.i18n`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kitgen.i18n import output_text
from kitgen.model import Level, PromptSet, Sensitivity, Session, SessionFormat
from kitgen.model.methods import BREAK
from kitgen.model.source import SourcedPrompt
from kitgen.plan.ids import PlanRequest
from kitgen.plan.methods import ASSUMED_SIZE, UNKNOWN_RANGE, WELCOME, step_span
from kitgen.typography import quote


@dataclass(frozen=True)
class PlanStep:
    #: ``opener``, ``middle``, ``closer`` or ``break``.
    role: str
    minutes: int
    method: str
    prompt: SourcedPrompt | None


def used_prompts(steps: Sequence[PlanStep]) -> list[SourcedPrompt]:
    return [s.prompt for s in steps if s.prompt is not None]


def set_titles(lang: str, steps: Sequence[PlanStep]) -> list[str]:
    seen: dict[str, str] = {}
    for sp in used_prompts(steps):
        seen.setdefault(sp.prompt_set.id, sp.prompt_set.title.get_text(lang))
    return [seen[k] for k in sorted(seen)]


class SessionWriter:
    """The texts of a planned session, as a :class:`Session` the guide builder can print."""

    def __init__(
        self, request: PlanRequest, sets: tuple[PromptSet, ...], steps: tuple[PlanStep, ...]
    ) -> None:
        self.r = request
        self.lang = request.lang
        self.sets = sets
        self.steps = steps
        self.size = request.group_size or ASSUMED_SIZE
        self.remote = request.format is not SessionFormat.IN_PERSON

    def themes(self) -> str:
        titles = set_titles(self.lang, self.steps)
        return join(self.lang, [quote(title, self.lang) for title in titles])

    def session(self) -> Session:
        r = self.r
        size = (
            {"min": r.group_size, "max": r.group_size}
            if r.group_size is not None
            else {"min": UNKNOWN_RANGE[0], "max": UNKNOWN_RANGE[1]}
        )
        themes = self.themes()
        return Session.model_validate(
            {
                "id": "plan",
                "title": output_text(
                    self.lang, "A {minutes}-minute conversation session", minutes=r.minutes
                ),
                "purpose": output_text(
                    self.lang,
                    "Open a structured conversation about {themes}: start from the facts, "
                    "welcome the feelings, look for meaning, then decide on a first step.",
                    themes=themes,
                ),
                "minutes": r.minutes,
                "group_size": size,
                "format": r.format.value,
                "materials": self.materials(),
                "steps": [self.step(s) for s in self.steps],
                "debrief": [
                    output_text(self.lang, "What happened in this session?"),
                    output_text(self.lang, "How did you feel?"),
                    output_text(self.lang, "What do you conclude?"),
                    output_text(self.lang, "What will you do before next time?"),
                ],
                "variations": self.variations(),
                "risks": self.risks(),
                "aims": {
                    "rational": output_text(
                        self.lang,
                        "Pool what each person sees and understands of {themes}.",
                        themes=themes,
                    ),
                    "experiential": output_text(
                        self.lang, "Leave feeling heard, with one action chosen together."
                    ),
                },
                "preparation": self.preparation(),
                "room": self.room(),
            }
        )

    def materials(self) -> list[str]:
        lang = self.lang
        here = [
            output_text(lang, "The session's cards, printed with kitgen cards"),
            output_text(lang, "A flipchart and markers"),
            output_text(lang, "Sticky notes and a pen for everyone"),
        ]
        away = [
            output_text(lang, "A video call with breakout rooms"),
            output_text(lang, "A shared whiteboard"),
            output_text(lang, "The online deck, opened on the right card at each step"),
        ]
        chosen = {
            SessionFormat.IN_PERSON: here,
            SessionFormat.REMOTE: away,
            SessionFormat.HYBRID: here + away,
        }[self.r.format]
        return [*chosen, output_text(lang, "A timer everyone can see")]

    def room(self) -> str:
        if self.r.format is SessionFormat.REMOTE:
            return output_text(
                self.lang,
                "Cameras on if possible; breakout rooms prepared; the online deck's "
                "link ready to paste in the chat.",
            )
        small = self.r.group_size is not None and self.r.group_size <= 12
        if small:
            return output_text(
                self.lang, "Chairs in a circle, no tables, so everyone sees everyone."
            )
        return output_text(
            self.lang, "Tables of four to six, a flipchart visible from every table."
        )

    def preparation(self) -> list[str]:
        lang = self.lang
        steps = []
        if self.r.format is not SessionFormat.REMOTE:
            steps.append(
                output_text(
                    lang, "Print the session's cards and stack them in the order of the steps."
                )
            )
        steps.append(output_text(lang, "Read the facilitator note of every card."))
        if self.remote:
            steps.append(output_text(lang, "Set up the breakout rooms and test them."))
        return steps

    def step(self, step: PlanStep) -> dict[str, object]:
        if step.prompt is None:
            return {
                "title": output_text(self.lang, "Break"),
                "minutes": step.minutes,
                "method": BREAK,
                "prompts": [],
                "instructions": output_text(
                    self.lang, "Announce the time you start again, and keep to it."
                ),
            }
        prompt, prompt_set = step.prompt.prompt, step.prompt.prompt_set
        if step.role == "opener":
            title = output_text(self.lang, "Welcome and opening")
        elif step.role == "closer":
            title = output_text(self.lang, "Closing")
        else:
            category = prompt_set.category(prompt.category).label.get_text(self.lang)
            title = f"{level_title(self.lang, prompt.level)} · {category}"
        parts = []
        if step.role == "opener":
            parts.append(
                output_text(
                    self.lang,
                    "Welcome the group: the purpose of the session in one sentence, the end"
                    " time, and two rules (speak for yourself; anyone may pass).",
                )
            )
        parts.append(self.how(step))
        work = step.minutes - (WELCOME if step.role == "opener" else 0)
        if work >= 1.5 * prompt.minutes and prompt.follow_ups:
            parts.append(
                output_text(
                    self.lang,
                    "This step has more time than the card: use the follow-ups to go deeper.",
                )
            )
        if step.role == "closer":
            parts.append(
                output_text(
                    self.lang,
                    "Finish on time: thank people, and write the actions agreed on the last"
                    " page of this guide.",
                )
            )
        return {
            "title": title,
            "minutes": step.minutes,
            "method": step.method,
            "prompts": [prompt.id],
            "instructions": " ".join(parts),
        }

    def how(self, step: PlanStep) -> str:
        rooms = output_text(self.lang, " (breakout rooms)") if self.remote else ""
        if step.method == "pairs":
            work = step.minutes - (WELCOME if step.role == "opener" else 0)
            return output_text(
                self.lang,
                "Form pairs{rooms}. Each person answers the card for about {half} min, "
                "then swap. Collect two or three answers in plenary.",
                rooms=rooms,
                half=max(1, (work - 2) // 2),
            )
        if step.method == "small-groups":
            size = 5 if self.size % 4 and self.size % 5 == 0 else 4
            count = (
                output_text(
                    self.lang, ", that is {groups} groups", groups=max(1, round(self.size / size))
                )
                if self.r.group_size is not None
                else ""
            )
            return output_text(
                self.lang,
                "Form groups of about {size}{count}{rooms}. Each group reads the card; "
                "everyone answers once before any discussion. One reporter per group "
                "shares one idea.",
                size=size,
                count=count,
                rooms=rooms,
            )
        if step.method == "1-2-4-all":
            return output_text(
                self.lang,
                "1-2-4-All: everyone thinks alone in silence, then in pairs, then in "
                "fours{rooms}; finally each four shares one idea that stood out.",
                rooms=rooms,
            )
        return method_instructions(self.lang, step.method)

    def variations(self) -> list[dict[str, str]]:
        out = []
        if self.r.format is SessionFormat.IN_PERSON:
            out.append(
                {
                    "name": "remote",
                    "description": output_text(
                        self.lang,
                        "Pairs and groups in breakout rooms; a shared whiteboard replaces the "
                        "flipchart. Check that every card is marked as working remotely.",
                    ),
                }
            )
        elif self.r.format is SessionFormat.REMOTE:
            out.append(
                {
                    "name": "in-person",
                    "description": output_text(
                        self.lang, "In a room, breakout rooms become tables; keep the same timings."
                    ),
                }
            )
        short = self.short_version()
        if short is not None:
            out.append({"name": "short", "description": short})
        return out

    def short_version(self) -> str | None:
        """Keep the opener, the first prompt of each level in between, and the closer."""
        steps = self.steps
        opener, closer = steps[0], steps[-1]
        assert opener.prompt is not None and closer.prompt is not None
        low, high = opener.prompt.prompt.level.rank, closer.prompt.prompt.level.rank
        kept = {0, len(steps) - 1}
        seen: set[int] = set()
        for index, step in enumerate(steps):
            if step.role != "middle" or step.prompt is None:
                continue
            rank = step.prompt.prompt.level.rank
            if low < rank < high and rank not in seen:
                seen.add(rank)
                kept.add(index)
        dropped = [str(i + 1) for i in range(len(steps)) if i not in kept]
        if not dropped:
            return None
        minutes = 0
        for i in kept:
            step = steps[i]
            assert step.prompt is not None
            minutes += step_span(step.role, step.prompt.prompt, step.method, self.size)[0]
        dropped_text = output_text(self.lang, "; drop steps {steps}", steps=", ".join(dropped))
        return output_text(
            self.lang,
            "A {minutes}-minute version: keep the opening, one card per level and "
            "the closing{dropped}, going back to each card's own timing.",
            minutes=minutes,
            dropped=dropped_text,
        )

    def risks(self) -> list[dict[str, str]]:
        lang = self.lang
        risks = [
            {
                "risk": output_text(lang, "One or two people take all the airtime."),
                "mitigation": output_text(
                    lang, "Announce timed turns; everyone answers once before any discussion."
                ),
            },
            {
                "risk": output_text(lang, "The group jumps straight to solutions."),
                "mitigation": output_text(
                    lang, "Go back to facts and feelings: the steps are in this order on purpose."
                ),
            },
        ]
        if any(sp.prompt.sensitivity is not Sensitivity.LOW for sp in used_prompts(self.steps)):
            risks.append(
                {
                    "risk": output_text(lang, "A delicate question makes someone uncomfortable."),
                    "mitigation": output_text(
                        lang,
                        "Anyone may pass; answer first yourself; what is said here stays here.",
                    ),
                }
            )
        if self.remote:
            risks.append(
                {
                    "risk": output_text(lang, "Silence on the video call."),
                    "mitigation": output_text(
                        lang,
                        "Call on people by name; have them write in the chat first, then read "
                        "aloud.",
                    ),
                }
            )
        return risks


def level_title(lang: str, level: Level) -> str:
    """The title of a middle step, by the ORID level of its card."""
    match level:
        case Level.OBJECTIVE:
            return output_text(lang, "The facts")
        case Level.REFLECTIVE:
            return output_text(lang, "Feelings")
        case Level.INTERPRETIVE:
            return output_text(lang, "Meaning")
        case Level.DECISIONAL:
            return output_text(lang, "Decisions")


def method_instructions(lang: str, method: str) -> str:
    """What the facilitator says for a step worked as a round, in plenary or in writing."""
    if method == "round":
        return output_text(
            lang,
            "Go round: each person answers in one or two sentences, with no discussion until "
            "everyone has spoken. Anyone may pass.",
        )
    if method == "silent-writing":
        return output_text(
            lang,
            "Everyone writes an answer alone and in silence on a sticky note (or on the shared "
            "board), then the answers are read aloud.",
        )
    return output_text(
        lang,
        "Ask the whole group. Let silences happen and note the answers on the flipchart "
        "without commenting on them.",
    )


def join(lang: str, items: list[str]) -> str:
    """``a, b and c`` in ``lang``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + output_text(lang, " and ") + items[-1]

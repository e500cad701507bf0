"""The texts of a planned session: a :class:`Session` the guide builder prints like any other.

A planned session has no author; its title, instructions (scaled to the group and the step's
minutes), materials, variations and risks come from :mod:`kitgen.plan.texts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kitgen.model import PromptSet, Sensitivity, Session, SessionFormat
from kitgen.model.methods import BREAK
from kitgen.plan.ids import PlanRequest
from kitgen.plan.methods import ASSUMED_SIZE, UNKNOWN_RANGE, WELCOME, step_span
from kitgen.plan.texts import join, level_title, text
from kitgen.render.guide.content import SourcedPrompt


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


_QUOTES = {"fr": ("« ", " »"), "en": ("“", "”")}


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

    def t(self, key: str, **values: object) -> str:
        return text(self.lang, key, **values)

    def themes(self) -> str:
        left, right = _QUOTES[self.lang]
        return join(
            self.lang, [f"{left}{title}{right}" for title in set_titles(self.lang, self.steps)]
        )

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
                "title": self.t("title", minutes=r.minutes),
                "purpose": self.t("purpose", themes=themes),
                "minutes": r.minutes,
                "group_size": size,
                "format": r.format.value,
                "materials": self.materials(),
                "steps": [self.step(s) for s in self.steps],
                "debrief": [self.t(f"debrief_{i}") for i in range(1, 5)],
                "variations": self.variations(),
                "risks": self.risks(),
                "aims": {
                    "rational": self.t("aim_rational", themes=themes),
                    "experiential": self.t("aim_experiential"),
                },
                "preparation": self.preparation(),
                "room": self.room(),
            }
        )

    def materials(self) -> list[str]:
        here = ["material_cards", "material_flipchart", "material_notes"]
        away = ["material_call", "material_board", "material_deck"]
        keys = {
            SessionFormat.IN_PERSON: here,
            SessionFormat.REMOTE: away,
            SessionFormat.HYBRID: here + away,
        }[self.r.format]
        return [self.t(k) for k in [*keys, "material_timer"]]

    def room(self) -> str:
        if self.r.format is SessionFormat.REMOTE:
            return self.t("room_remote")
        small = self.r.group_size is not None and self.r.group_size <= 12
        return self.t("room_circle" if small else "room_tables")

    def preparation(self) -> list[str]:
        keys = [] if self.r.format is SessionFormat.REMOTE else ["prep_print"]
        keys.append("prep_read")
        if self.remote:
            keys.append("prep_rooms")
        return [self.t(k) for k in keys]

    def step(self, step: PlanStep) -> dict[str, object]:
        if step.prompt is None:
            return {
                "title": self.t("step_break"),
                "minutes": step.minutes,
                "method": BREAK,
                "prompts": [],
                "instructions": self.t("break"),
            }
        prompt, prompt_set = step.prompt.prompt, step.prompt.prompt_set
        if step.role == "opener":
            title = self.t("step_opener")
        elif step.role == "closer":
            title = self.t("step_closer")
        else:
            category = prompt_set.category(prompt.category).label.get_text(self.lang)
            title = f"{level_title(self.lang, prompt.level)} · {category}"
        parts = []
        if step.role == "opener":
            parts.append(self.t("welcome"))
        parts.append(self.how(step))
        work = step.minutes - (WELCOME if step.role == "opener" else 0)
        if work >= 1.5 * prompt.minutes and prompt.follow_ups:
            parts.append(self.t("deepen"))
        if step.role == "closer":
            parts.append(self.t("close"))
        return {
            "title": title,
            "minutes": step.minutes,
            "method": step.method,
            "prompts": [prompt.id],
            "instructions": " ".join(parts),
        }

    def how(self, step: PlanStep) -> str:
        rooms = self.t("rooms") if self.remote else ""
        if step.method == "pairs":
            work = step.minutes - (WELCOME if step.role == "opener" else 0)
            return self.t("pairs", rooms=rooms, half=max(1, (work - 2) // 2))
        if step.method == "small-groups":
            size = 5 if self.size % 4 and self.size % 5 == 0 else 4
            count = (
                self.t("count", groups=max(1, round(self.size / size)))
                if self.r.group_size is not None
                else ""
            )
            return self.t("small-groups", size=size, count=count, rooms=rooms)
        if step.method == "1-2-4-all":
            return self.t("1-2-4-all", rooms=rooms)
        return self.t(step.method)

    def variations(self) -> list[dict[str, str]]:
        out = []
        if self.r.format is SessionFormat.IN_PERSON:
            out.append({"name": "remote", "description": self.t("variation_remote")})
        elif self.r.format is SessionFormat.REMOTE:
            out.append({"name": "in-person", "description": self.t("variation_in_person")})
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
        dropped_text = self.t("dropped", steps=", ".join(dropped))
        return self.t("variation_short", minutes=minutes, dropped=dropped_text)

    def risks(self) -> list[dict[str, str]]:
        keys = ["airtime", "jump"]
        if any(sp.prompt.sensitivity is not Sensitivity.LOW for sp in used_prompts(self.steps)):
            keys.append("sensitive")
        if self.remote:
            keys.append("silence")
        return [
            {"risk": self.t(f"risk_{k}"), "mitigation": self.t(f"mitigation_{k}")} for k in keys
        ]

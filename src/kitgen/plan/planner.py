"""Compose a session across all prompt sets that fits a time budget to the minute.

The arc is fixed: an opener first, a closer last, and in between prompts whose ORID levels
climb one step at a time (at least one prompt for each level between the opener's and the
closer's).  Each prompt becomes one step whose method suits the group size; every step can
stretch between its prompt's own minutes and about twice that, which is what lets the plan
land exactly on the budget.  Long sessions get a break near the middle.

Everything random comes from one ``random.Random(seed)`` over candidates in a fixed order, so
the same request and the same prompts always give the same plan.
"""

from __future__ import annotations

import difflib
import os
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kitgen.diagnostics import KitgenError, Location, error
from kitgen.i18n import cli_text, languages
from kitgen.load.arc import ArcFinding, arc_findings
from kitgen.load.room import LONG_SESSION, middle_position
from kitgen.model import (
    Kind,
    LocalText,
    Prompt,
    PromptSet,
    Sensitivity,
    Session,
    SessionFormat,
)
from kitgen.model.methods import BREAK
from kitgen.model.source import GuideSource, SourcedPrompt
from kitgen.plan import ids
from kitgen.plan.ids import PlanIdError, PlanRequest
from kitgen.plan.methods import ASSUMED_SIZE, choose_method, step_span
from kitgen.plan.session import PlanStep, SessionWriter, set_titles, used_prompts
from kitgen.wording import quoted

#: Sessions at least this long get a break (the length from which ``kitgen validate`` asks
#: for one); its length range.
BREAK_FROM = LONG_SESSION
BREAK_SPAN = (10, 15)
MAX_MINUTES = 600
ATTEMPTS = 40


@dataclass(frozen=True)
class Plan:
    """A composed session, its id, and the guide source it renders from."""

    id: str
    request: PlanRequest
    steps: tuple[PlanStep, ...]
    source: GuideSource

    @property
    def session(self) -> Session:
        return self.source.session

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return tuple(s.prompt.prompt for s in self.steps if s.prompt is not None)

    def findings(self) -> list[ArcFinding]:
        """Arc problems of the plan (the checks ``kitgen validate`` runs on sessions)."""
        return arc_findings(self.session, [[p.prompt for p in s] for s in self.source.steps])


@dataclass(frozen=True, eq=False)
class _Item:
    role: str
    prompt: SourcedPrompt | None
    method: str
    lo: int
    hi: int
    #: ORID rank of the prompt (0 for objective); -1 for a break.
    rank: int = -1
    high: bool = False


# --- public API --------------------------------------------------------------------------------


def plan_session(
    sets: Sequence[PromptSet],
    minutes: int,
    group_size: int | None = None,
    format: SessionFormat | str | None = None,
    themes: Iterable[str] | None = None,
    *,
    lang: str = "fr",
    seed: int = 0,
) -> Plan:
    """A session of exactly ``minutes`` drawn from ``sets``; ``KitgenError`` says what to relax."""
    where = _location(sets)
    fmt = _format(format, where)
    request = PlanRequest(
        minutes=minutes,
        group_size=group_size,
        format=fmt,
        themes=tuple(sorted(set(themes or ()))),
        lang=lang,
        seed=seed,
    )
    _check_request(request, where)
    chosen = _select_sets(sets, request, where)
    plan_id = ids.encode(request, ids.content_hash(chosen))
    return _Planner(chosen, request, where).plan(plan_id)


def plan_from_id(sets: Sequence[PromptSet], plan_id: str) -> Plan:
    """The plan ``plan_id`` stands for, rebuilt from ``sets`` (which must be the same prompts)."""
    where = _location(sets)
    try:
        decoded = ids.decode(plan_id)
    except PlanIdError as exc:
        message = cli_text("{id} is not a plan id: {problem}", id=quoted(plan_id), problem=exc)
        raise KitgenError(error(where, message)) from None
    themes_by_token = {ids.theme_token(s.theme): s.theme for s in sets}
    themes = [themes_by_token.get(token) for token in decoded.theme_tokens]
    request = PlanRequest(
        minutes=decoded.minutes,
        group_size=decoded.group_size,
        format=decoded.format,
        themes=tuple(sorted(t for t in themes if t is not None)),
        lang=decoded.lang,
        seed=decoded.seed,
    )
    options = _options_text(request)
    if None in themes:
        raise KitgenError(
            error(
                where,
                cli_text(
                    "plan id {id} was made from other prompt sets: one of its themes is not among "
                    "these sets ({themes}); rebuild it with the prompts it was made from, or make "
                    "a new plan with `kitgen plan {options}`",
                    id=quoted(plan_id),
                    themes=", ".join(sorted({s.theme for s in sets})),
                    options=options,
                ),
            )
        )
    _check_request(request, where)
    chosen = _select_sets(sets, request, where)
    if ids.content_hash(chosen) != decoded.content_hash:
        raise KitgenError(
            error(
                where,
                cli_text(
                    "plan id {id} was made from other prompts than these (prompts were added, "
                    "removed or changed since), so it cannot be rebuilt exactly; rebuild it with "
                    "the prompts it was made from, or make a new plan from these with "
                    "`kitgen plan {options}`",
                    id=quoted(plan_id),
                    options=options,
                ),
            )
        )
    plan = _Planner(chosen, request, where).plan(plan_id)
    return plan


# --- request checks ----------------------------------------------------------------------------


def _location(sets: Sequence[PromptSet]) -> Location:
    """Where planner problems point: the folder the sets were loaded from."""
    paths = [s.origin.path.resolve().parent for s in sets if s.origin is not None]
    if not paths:
        return Location(Path("prompts"))
    return Location(Path(os.path.commonpath(paths)))


def _format(value: SessionFormat | str | None, where: Location) -> SessionFormat:
    if value is None:
        return SessionFormat.IN_PERSON
    try:
        return SessionFormat(value)
    except ValueError:
        known = ", ".join(f.value for f in SessionFormat)
        message = cli_text(
            "unknown format {value}; use one of {known}", value=quoted(value), known=known
        )
        raise KitgenError(error(where, message)) from None


def _check_request(request: PlanRequest, where: Location) -> None:
    if not 1 <= request.minutes <= MAX_MINUTES:
        raise KitgenError(
            error(
                where,
                cli_text(
                    "--minutes must be between 1 and {most}, not {minutes}",
                    most=MAX_MINUTES,
                    minutes=request.minutes,
                ),
            )
        )
    if request.group_size is not None and not 2 <= request.group_size <= 1000:
        raise KitgenError(
            error(
                where,
                cli_text(
                    "a group of {size} cannot hold a conversation; --group-size goes from 2 to "
                    "1000 (or leave it out)",
                    size=request.group_size,
                ),
            )
        )
    if request.lang not in languages():
        raise KitgenError(
            error(
                where,
                cli_text(
                    "plans are written in {languages}, not {lang}; choose {options}",
                    languages=", ".join(languages()),
                    lang=quoted(request.lang),
                    options=_lang_options(languages()),
                ),
            )
        )
    if request.seed < 0:
        message = cli_text("--seed must be 0 or more, not {seed}", seed=request.seed)
        raise KitgenError(error(where, message))


def _select_sets(
    sets: Sequence[PromptSet], request: PlanRequest, where: Location
) -> tuple[PromptSet, ...]:
    """The sets a plan draws from: those written in the language and on the themes asked."""
    if not sets:
        message = cli_text("no prompt set to plan from; add sets or point --prompts")
        raise KitgenError(error(where, message))
    all_themes = sorted({s.theme for s in sets})
    for theme in request.themes:
        if theme not in all_themes:
            close = difflib.get_close_matches(theme, all_themes, n=1, cutoff=0.5)
            hint = cli_text("did you mean {theme}? ", theme=quoted(close[0])) if close else ""
            message = cli_text(
                "unknown theme {theme}; {hint}themes: {themes}",
                theme=quoted(theme),
                hint=hint,
                themes=", ".join(all_themes),
            )
            raise KitgenError(error(where, message))
    chosen = [s for s in sets if not request.themes or s.theme in request.themes]
    in_lang = [s for s in chosen if request.lang in s.languages]
    if not in_lang:
        langs = sorted({lang for s in chosen for lang in s.languages})
        raise KitgenError(
            error(
                where,
                cli_text(
                    "no prompt set {scope} is written in {lang}; use {options}",
                    scope=_scope(request),
                    lang=quoted(request.lang),
                    options=_lang_options(langs),
                ),
            )
        )
    return tuple(sorted(in_lang, key=lambda s: s.id))


def _scope(request: PlanRequest) -> str:
    if not request.themes:
        return cli_text("in these prompts")
    if len(request.themes) == 1:
        return cli_text("for theme {themes}", themes=request.themes[0])
    return cli_text("for themes {themes}", themes=", ".join(request.themes))


def _lang_options(langs: Sequence[str]) -> str:
    """``--lang fr or --lang en``."""
    return cli_text(" or ").join(f"--lang {lang}" for lang in langs)


def _options_text(request: PlanRequest) -> str:
    parts = [f"--minutes {request.minutes}"]
    if request.group_size is not None:
        parts.append(f"--group-size {request.group_size}")
    if request.format is not SessionFormat.IN_PERSON:
        parts.append(f"--format {request.format.value}")
    if request.themes:
        parts.append(f"--themes {','.join(request.themes)}")
    parts += [f"--lang {request.lang}", f"--seed {request.seed}"]
    return " ".join(parts)


# --- composing ---------------------------------------------------------------------------------


class _Planner:
    def __init__(self, sets: tuple[PromptSet, ...], request: PlanRequest, where: Location):
        self.sets = sets
        self.request = request
        self.where = where
        self.size = request.group_size or ASSUMED_SIZE
        self.remote = request.format is not SessionFormat.IN_PERSON
        pool = [
            SourcedPrompt(s, p)
            for s in sets
            for p in sorted(s.prompts, key=lambda p: p.id)
            if p.remote or not self.remote
        ]
        openers = [self.item("opener", sp) for sp in pool if sp.prompt.kind is Kind.OPENER]
        # A delicate opener is a last resort: it starts the session before trust is built.
        self.openers = [o for o in openers if not o.high] or openers
        self.closers = [self.item("closer", sp) for sp in pool if sp.prompt.kind is Kind.CLOSER]
        self.middles = [
            self.item("middle", sp)
            for sp in pool
            if sp.prompt.kind not in (Kind.OPENER, Kind.CLOSER)
        ]

    def item(self, role: str, sp: SourcedPrompt) -> _Item:
        method = choose_method(sp.prompt, self.size)
        lo, hi = step_span(role, sp.prompt, method, self.size)
        high = sp.prompt.sensitivity is Sensitivity.HIGH
        return _Item(role, sp, method, lo, hi, sp.prompt.level.rank, high)

    # feasibility
    def allowed(self, opener: _Item, closer: _Item) -> list[_Item]:
        return [m for m in self.middles if opener.rank <= m.rank <= closer.rank]

    def cheapest(self, opener: _Item, closer: _Item) -> dict[int, int] | None:
        """Fewest minutes of a prompt at each level strictly between the pair's; None if a
        level has no prompt."""
        allowed = self.allowed(opener, closer)
        found = {}
        for rank in range(opener.rank + 1, closer.rank):
            spans = [m.lo for m in allowed if m.rank == rank]
            if not spans:
                return None
            found[rank] = min(spans)
        return found

    def pairs(self) -> list[tuple[_Item, _Item, int, int]]:
        """Every usable (opener, closer) with the least and most minutes it can fill."""
        extra = BREAK_SPAN if self.request.minutes >= BREAK_FROM else (0, 0)
        out = []
        for o in self.openers:
            for c in self.closers:
                if o.rank > c.rank:
                    continue
                cheap = self.cheapest(o, c)
                if cheap is None:
                    continue
                least = o.lo + c.lo + sum(cheap.values()) + extra[0]
                most = o.hi + c.hi + sum(m.hi for m in self.allowed(o, c)) + extra[1]
                out.append((o, c, least, most))
        return out

    def _missing_kind(self) -> str:
        """The kind of prompt the plan lacks (an opener first), as the message names it."""
        if not self.openers:
            if self.remote:
                return cli_text("remote-friendly opener prompt")
            return cli_text("opener prompt")
        if self.remote:
            return cli_text("remote-friendly closer prompt")
        return cli_text("closer prompt")

    def explain_impossible(self, pairs: list[tuple[_Item, _Item, int, int]]) -> KitgenError:
        r = self.request
        scope = _scope(r)
        prompts = cli_text("remote-friendly prompts") if self.remote else cli_text("prompts")
        relax = cli_text("drop --format remote, or ") if self.remote else ""
        if not self.openers or not self.closers:
            return KitgenError(
                error(
                    self.where,
                    cli_text(
                        "no {kind} {scope}; a session needs one; {relax}add themes (--themes) "
                        "or write one",
                        kind=self._missing_kind(),
                        scope=scope,
                        relax=relax,
                    ),
                )
            )
        if not pairs:
            return KitgenError(
                error(
                    self.where,
                    cli_text(
                        "the {prompts} {scope} cannot climb the ORID levels from an opener to a "
                        "closer without skipping one; {relax}add themes (--themes) or write "
                        "prompts of the missing level",
                        prompts=prompts,
                        scope=scope,
                        relax=relax,
                    ),
                )
            )
        least = min(p[2] for p in pairs)
        most = max(p[3] for p in pairs)
        if r.minutes < least:
            return KitgenError(
                error(
                    self.where,
                    cli_text(
                        "{least} minutes is the least a session can take with the {prompts} "
                        "{scope} (an opener, one prompt per ORID level in between, a closer); ask "
                        "for --minutes {least} or more",
                        least=least,
                        prompts=prompts,
                        scope=scope,
                    ),
                )
            )
        if r.minutes > most:
            return KitgenError(
                error(
                    self.where,
                    cli_text(
                        "the {prompts} {scope} fill {most} minutes at most; ask for --minutes "
                        "{most} or fewer, {relax}or add themes (--themes)",
                        prompts=prompts,
                        scope=scope,
                        most=most,
                        relax=relax,
                    ),
                )
            )
        near = sorted({m for p in pairs for m in (p[2], p[3])}, key=lambda m: abs(m - r.minutes))[0]
        return KitgenError(
            error(
                self.where,
                cli_text(
                    "no combination of the {prompts} {scope} fills exactly {minutes} minutes; try "
                    "--minutes {near}",
                    prompts=prompts,
                    scope=scope,
                    minutes=r.minutes,
                    near=near,
                ),
            )
        )

    # composing
    def plan(self, plan_id: str) -> Plan:
        budget = self.request.minutes
        pairs = self.pairs()
        feasible = [p for p in pairs if p[2] <= budget <= p[3]]
        if not feasible:
            raise self.explain_impossible(pairs)
        rng = random.Random(self.request.seed)
        best: list[tuple[_Item, int]] | None = None
        best_early = 0
        weights = [4 if _same_set(o, c) else 1 for o, c, _, _ in feasible]
        floor = int(all(o.high for o, _, _, _ in feasible))  # every usable opener is delicate
        for attempt in range(ATTEMPTS):
            opener, closer, _, _ = rng.choices(feasible, weights=weights)[0]
            items = self.fill(opener, closer, rng, cheapest_first=attempt == ATTEMPTS - 1)
            if items is None:
                continue
            timed = self.timed(items, rng)
            early = self.early_delicate(timed)
            if best is None or early < best_early:
                best, best_early = timed, early
            if early <= floor:
                break
        if best is None:
            return self.fallback(plan_id, feasible)
        return self.build(plan_id, best)

    def early_delicate(self, timed: list[tuple[_Item, int]]) -> int:
        """How many high-sensitivity prompts start in the session's first quarter."""
        count = clock = 0
        for item, minutes in timed:
            count += item.high and clock < self.request.minutes / 4
            clock += minutes
        return count

    def fallback(self, plan_id: str, feasible: list[tuple[_Item, _Item, int, int]]) -> Plan:
        """Cheapest-first over every feasible pair: slower to vary, but always fills."""
        rng = random.Random(self.request.seed)
        for opener, closer, _, _ in feasible:
            items = self.fill(opener, closer, rng, cheapest_first=True)
            if items is not None:
                return self.build(plan_id, self.timed(items, rng))
        raise KitgenError(
            error(
                self.where,
                cli_text(
                    "no combination of prompts {scope} fills exactly {minutes} minutes; try one "
                    "minute more or less",
                    scope=_scope(self.request),
                    minutes=self.request.minutes,
                ),
            )
        )

    def fill(
        self, opener: _Item, closer: _Item, rng: random.Random, *, cheapest_first: bool
    ) -> list[_Item] | None:
        """Opener, middles (in ORID order), closer and maybe a break whose spans hold the
        budget; None when this draw cannot reach it."""
        budget = self.request.minutes
        pause = BREAK_SPAN if budget >= BREAK_FROM else None
        low = opener.lo + closer.lo + (pause[0] if pause else 0)
        high = opener.hi + closer.hi + (pause[1] if pause else 0)
        cheap = self.cheapest(opener, closer)
        assert cheap is not None
        allowed = self.allowed(opener, closer)
        chosen: list[_Item] = []
        ranks = list(cheap)
        rng.shuffle(ranks)
        still_needed = sum(cheap.values())
        for rank in ranks:
            still_needed -= cheap[rank]
            options = [m for m in allowed if m.rank == rank and low + m.lo + still_needed <= budget]
            pick = (
                min(options, key=lambda m: m.lo)
                if cheapest_first
                else self.draw(options, [opener, closer, *chosen], rng)
            )
            chosen.append(pick)
            low, high = low + pick.lo, high + pick.hi
        unused = [m for m in allowed if m not in chosen]
        while high < budget:
            options = [m for m in unused if low + m.lo <= budget]
            if not options:
                return None
            pick = (
                min(options, key=lambda m: m.lo)
                if cheapest_first
                else self.draw(options, [opener, closer, *chosen], rng)
            )
            unused.remove(pick)
            chosen.append(pick)
            low, high = low + pick.lo, high + pick.hi
        order = {id(m): rng.random() for m in chosen}
        set_order = {s.id: i for i, s in enumerate(self.sets)}
        chosen.sort(
            key=lambda m: (
                m.rank,
                m.high,
                set_order[m.prompt.prompt_set.id] if m.prompt is not None else 0,
                order[id(m)],
            )
        )
        items = [opener, *chosen, closer]
        if pause:
            items.insert(self.break_position(items), _Item("break", None, BREAK, *pause))
        return items

    @staticmethod
    def draw(options: list[_Item], used: list[_Item], rng: random.Random) -> _Item:
        """A random option, four times likelier from a set already in the plan (coherence)."""
        sets = {id(i.prompt.prompt_set) for i in used if i.prompt is not None}
        weights = [
            4 if m.prompt is not None and id(m.prompt.prompt_set) in sets else 1 for m in options
        ]
        return rng.choices(options, weights=weights)[0]

    def break_position(self, items: list[_Item]) -> int:
        """Insert the break between two middle steps, nearest the middle of the session."""
        return middle_position([i.lo for i in items], range(2, len(items) - 1) or [1])

    def timed(self, items: list[_Item], rng: random.Random) -> list[tuple[_Item, int]]:
        """Each item with its minutes: its least, plus the spare minutes spread at random."""
        minutes = [i.lo for i in items]
        spare = self.request.minutes - sum(minutes)
        room = [i.hi - i.lo for i in items]
        assert 0 <= spare <= sum(room)
        for _ in range(spare):
            k = rng.choices(range(len(items)), weights=room)[0]
            minutes[k] += 1
            room[k] -= 1
        return list(zip(items, minutes, strict=True))

    # the session
    def build(self, plan_id: str, timed: list[tuple[_Item, int]]) -> Plan:
        steps = tuple(PlanStep(i.role, m, i.method, i.prompt) for i, m in timed)
        session = SessionWriter(self.request, self.sets, steps).session()
        source = GuideSource(
            session=session,
            steps=tuple((s.prompt,) if s.prompt is not None else () for s in steps),
            sets=tuple(s for s in self.sets if any(p.prompt_set is s for p in used_prompts(steps))),
            prompt_set=None,
            subtitle=LocalText(" · ".join(set_titles(self.request.lang, steps))),
            plan_id=plan_id,
        )
        return Plan(plan_id, self.request, steps, source)


def _same_set(a: _Item, b: _Item) -> bool:
    return (
        a.prompt is not None and b.prompt is not None and a.prompt.prompt_set is b.prompt.prompt_set
    )

"""Room checks: does each step of a session work with real people in a real room?

Part of the arc checks (warnings, never errors).  A long session has a break; World Café tables
seat four or five; a fishbowl has three or four chairs in the centre and enough people around
them; a high-sensitivity prompt is answered in pairs or trios, not before a table or the room;
a round gives each person about twenty seconds, or says how the others answer in writing; and
sub-timings leave the return they announce its minutes.  The handbook gives the reason for
each rule ("Sessions that work in the room").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator, Sequence

from kitgen.load.findings import ArcFinding
from kitgen.model import Prompt, Sensitivity, Session, Step
from kitgen.model.methods import BREAK, CHAIRS, METHODS, TABLE_SIZE, tables_for
from kitgen.model.origin import DataPath

#: A session this long or longer needs a break (a step with ``method: break``).
LONG_SESSION = 90
#: Seconds a person needs in a round, and the least below which it is "well under".
ROUND_SECONDS = 20
ROUND_FLOOR = 15
#: Words of a step title that name a break, in the languages of the kit.
BREAK_WORDS = {"pause", "break", "pausa"}


def middle_position(minutes: Sequence[int], candidates: Iterable[int]) -> int:
    """Of ``candidates`` (indexes into the steps), the one whose step starts nearest the middle
    of the session: where a break goes."""
    half = sum(minutes) / 2
    starts = [sum(minutes[:i]) for i in range(len(minutes) + 1)]
    return min(candidates, key=lambda p: (abs(starts[p] - half), p))


def room_findings(session: Session, prompts: Sequence[Sequence[Prompt]]) -> Iterator[ArcFinding]:
    """Every room problem of ``session``, whose step ``t`` uses the prompts ``prompts[t]``."""
    yield from _break(session)
    for t, (step, used) in enumerate(zip(session.steps, prompts, strict=True)):
        at = ("steps", t)
        name = _step_name(session, t)
        if step.method == "world-cafe":
            yield from _tables(session, step, at, name)
        if step.method == "fishbowl":
            yield from _fishbowl(session, step, at, name)
        yield from _sensitive(session, step, used, at, name)
        if step.method == "round":
            yield from _round(session, step, at, name)
        if step.phases:
            yield from _phases(step, at, name)


def _step_name(session: Session, t: int) -> str:
    title = next(iter(session.steps[t].title.values()))
    return f"step #{t + 1} {title!r} of session {session.id!r}"


def _break(session: Session) -> Iterator[ArcFinding]:
    steps = session.steps
    if session.minutes < LONG_SESSION or any(s.method == BREAK for s in steps[1:-1]):
        return
    fake = [t for t, s in enumerate(steps) if not s.prompts and _says_break(s)]
    if fake:
        title = next(iter(steps[fake[0]].title.values()))
        yield ArcFinding(
            ("steps", fake[0], "method"),
            f"session {session.id!r} runs {session.minutes} minutes without a break, and step "
            f"#{fake[0] + 1} {title!r} looks like one; write `method: break` so that the guide "
            "shows it as a break",
            "arc.break",
        )
        return
    at = middle_position([s.minutes for s in steps], range(1, len(steps)) or [0])
    title = next(iter(steps[at].title.values()))
    yield ArcFinding(
        ("steps", at),
        f"session {session.id!r} runs {session.minutes} minutes without a break; add a step "
        f"with `method: break` (10 to 15 minutes) before step #{at + 1} {title!r}, near the "
        "middle",
        "arc.break",
    )


def _says_break(step: Step) -> bool:
    """Whether a step's title names a break ("Pause", "Break", "Coffee break")."""
    words = {w.strip(".:!?()").lower() for text in step.title.values() for w in text.split()}
    return bool(words & BREAK_WORDS)


def _tables(session: Session, step: Step, at: DataPath, name: str) -> Iterator[ArcFinding]:
    if step.tables is None:
        return  # sized from the group: one table per four or five people
    low, high = session.group_size.min, session.group_size.max
    fewest, most = math.floor(low / step.tables), math.ceil(high / step.tables)
    small, large = TABLE_SIZE
    if low / step.tables >= small - 0.5 and high / step.tables < large + 0.5:
        return  # about four or five a table at both ends of the group
    people = f"{low} people" if low == high else f"{low} to {high} people"
    per_table = f"{fewest}" if fewest == most else f"{fewest} to {most}"
    fit = (
        f"{tables_for(low)} tables for {low}"
        if low == high
        else f"{tables_for(low)} tables for {low}, {tables_for(high)} for {high}"
    )
    yield ArcFinding(
        (*at, "tables"),
        f"{name} seats {people} at {step.tables} tables, {per_table} a table; World Café "
        f"tables work with {small} or {large}: leave out `tables` so that the guide sizes them "
        f"from the group ({fit}), or change the count or group_size",
        "arc.world-cafe",
    )


def _fishbowl(session: Session, step: Step, at: DataPath, name: str) -> Iterator[ArcFinding]:
    chairs = step.chairs if step.chairs is not None else CHAIRS[1]
    if chairs > CHAIRS[1]:
        yield ArcFinding(
            (*at, "chairs"),
            f"{name} puts {chairs} people in the centre of the fishbowl; keep {CHAIRS[0]} or "
            f"{CHAIRS[1]} chairs plus an empty one (`chairs: {CHAIRS[1]}`), so that the inner "
            "circle stays a conversation and the empty chair invites others in",
            "arc.fishbowl",
        )
        chairs = CHAIRS[1]
    needed = 2 * chairs
    if session.group_size.min < needed:
        yield ArcFinding(
            (*at, "chairs") if step.chairs is not None else (*at, "method"),
            f"{name} is a fishbowl of {chairs} chairs, which needs at least {needed} people (as "
            f"many listening around as talking in the centre) but group_size allows "
            f"{session.group_size.min}; raise group_size.min"
            + (f", use {CHAIRS[0]} chairs (`chairs: {CHAIRS[0]}`)" if chairs > CHAIRS[0] else "")
            + " or pick another method",
            "arc.fishbowl",
        )


def _sensitive(
    session: Session, step: Step, used: Sequence[Prompt], at: DataPath, name: str
) -> Iterator[ArcFinding]:
    method = METHODS.get(step.method)
    if method is None or session.group_size.max <= 3:
        return
    if method.circle is not None and method.circle <= 3:
        return
    for r, prompt in enumerate(used):
        if prompt.sensitivity is Sensitivity.HIGH:
            yield ArcFinding(
                (*at, "prompts", r),
                f"{name} puts high-sensitivity prompt {prompt.id!r} to a {step.method} step, "
                "where more than three people hear each answer; give it a step in pairs or "
                "trios (`method: pairs` or `trios`) or in silent-writing",
                "arc.sensitive-group",
            )


def _round(session: Session, step: Step, at: DataPath, name: str) -> Iterator[ArcFinding]:
    if step.written_fallback is not None:
        return
    returns = [p.minutes for p in step.phases if p.return_]
    # With phases, people speak in the return; the other phases are for thinking or writing.
    minutes = sum(returns) if returns else step.minutes
    people = session.group_size.max
    seconds = minutes * 60 // people
    if seconds >= ROUND_FLOOR:
        return
    needed = math.ceil(people * ROUND_SECONDS / 60)
    yield ArcFinding(
        (*at, "phases") if returns else (*at, "minutes"),
        f"{name} gives its round {minutes} minutes for up to {people} people, {seconds} "
        f"seconds each; allow about {ROUND_SECONDS} seconds a person ({needed} minutes for "
        f"{people}), or add a `written_fallback` saying how the others answer in writing",
        "arc.round",
    )


def _phases(step: Step, at: DataPath, name: str) -> Iterator[ArcFinding]:
    total = sum(p.minutes for p in step.phases)
    work = sum(p.minutes for p in step.phases if not p.return_)
    returns = [p for p in step.phases if p.return_]
    if returns and work >= step.minutes:
        label = next(iter(returns[0].label.values()))
        yield ArcFinding(
            (*at, "phases"),
            f"the phases of {name} take {work} of its {step.minutes} minutes before the return "
            f"they announce ({label!r}), which gets none; shorten them, or lengthen the step",
            "arc.phases",
        )
    elif total != step.minutes:
        yield ArcFinding(
            (*at, "phases"),
            f"the phases of {name} add up to {total} minutes but the step lasts "
            f"{step.minutes}; make them add up, so that the guide's clock times are right",
            "arc.phases",
        )

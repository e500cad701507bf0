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

from kitgen.i18n import cli_text
from kitgen.load.findings import ArcFinding
from kitgen.model import Prompt, Sensitivity, Session, Step
from kitgen.model.methods import BREAK, CHAIRS, METHODS, TABLE_SIZE, tables_for
from kitgen.model.origin import DataPath
from kitgen.wording import quoted

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
    return cli_text(
        "step #{number} {title} of session {session}",
        number=t + 1,
        title=quoted(_title(session.steps[t])),
        session=quoted(session.id),
    )


def _title(step: Step) -> str:
    """The step's title as the author wrote it first (the set's first language)."""
    return next(iter(step.title.values()))


def _break(session: Session) -> Iterator[ArcFinding]:
    steps = session.steps
    if session.minutes < LONG_SESSION or any(s.method == BREAK for s in steps[1:-1]):
        return
    fake = [t for t, s in enumerate(steps) if not s.prompts and _says_break(s)]
    if fake:
        yield ArcFinding(
            ("steps", fake[0], "method"),
            cli_text(
                "session {session} runs {minutes} minutes without a break, and step #{number} "
                "{title} looks like one; write `method: break` so that the guide shows it as a "
                "break",
                session=quoted(session.id),
                minutes=session.minutes,
                number=fake[0] + 1,
                title=quoted(_title(steps[fake[0]])),
            ),
            "arc.break",
        )
        return
    at = middle_position([s.minutes for s in steps], range(1, len(steps)) or [0])
    yield ArcFinding(
        ("steps", at),
        cli_text(
            "session {session} runs {minutes} minutes without a break; add a step with "
            "`method: break` (10 to 15 minutes) before step #{number} {title}, near the middle",
            session=quoted(session.id),
            minutes=session.minutes,
            number=at + 1,
            title=quoted(_title(steps[at])),
        ),
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
    small, large = TABLE_SIZE
    if low / step.tables >= small - 0.5 and high / step.tables < large + 0.5:
        return  # about four or five a table at both ends of the group
    yield ArcFinding(
        (*at, "tables"),
        cli_text(
            "{step} seats {low}–{high} people at {tables} tables, {fewest}–{most} a table; World "
            "Café tables work with {small} or {large}: leave out `tables` so that the guide "
            "sizes them from the group ({low_tables} tables for {low} people, {high_tables} for "
            "{high}), or change the count or group_size",
            step=name,
            low=low,
            high=high,
            tables=step.tables,
            fewest=math.floor(low / step.tables),
            most=math.ceil(high / step.tables),
            small=small,
            large=large,
            low_tables=tables_for(low),
            high_tables=tables_for(high),
        ),
        "arc.world-cafe",
    )


def _fishbowl(session: Session, step: Step, at: DataPath, name: str) -> Iterator[ArcFinding]:
    chairs = step.chairs if step.chairs is not None else CHAIRS[1]
    least, most = CHAIRS
    if chairs > most:
        yield ArcFinding(
            (*at, "chairs"),
            cli_text(
                "{step} puts {chairs} people in the centre of the fishbowl; keep {least} or "
                "{most} chairs plus an empty one (`chairs: {most}`), so that the inner circle "
                "stays a conversation and the empty chair invites others in",
                step=name,
                chairs=chairs,
                least=least,
                most=most,
            ),
            "arc.fishbowl",
        )
        chairs = most
    needed = 2 * chairs
    if session.group_size.min < needed:
        fewer = (
            cli_text(", use {least} chairs (`chairs: {least}`)", least=least)
            if chairs > least
            else ""
        )
        yield ArcFinding(
            (*at, "chairs") if step.chairs is not None else (*at, "method"),
            cli_text(
                "{step} is a fishbowl of {chairs} chairs, which needs at least {needed} people "
                "(as many listening around as talking in the centre) but group_size allows "
                "{low}; raise group_size.min{fewer} or pick another method",
                step=name,
                chairs=chairs,
                needed=needed,
                low=session.group_size.min,
                fewer=fewer,
            ),
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
                cli_text(
                    "{step} puts high-sensitivity prompt {prompt} to a {method} step, where more "
                    "than three people hear each answer; give it a step in pairs or trios "
                    "(`method: pairs` or `trios`) or in silent-writing",
                    step=name,
                    prompt=quoted(prompt.id),
                    method=step.method,
                ),
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
    yield ArcFinding(
        (*at, "phases") if returns else (*at, "minutes"),
        cli_text(
            "{step} gives its round {minutes} minutes for up to {people} people, {seconds} "
            "seconds each; allow about {wanted} seconds a person ({needed} minutes for "
            "{people}), or add a `written_fallback` saying how the others answer in writing",
            step=name,
            minutes=minutes,
            people=people,
            seconds=seconds,
            wanted=ROUND_SECONDS,
            needed=math.ceil(people * ROUND_SECONDS / 60),
        ),
        "arc.round",
    )


def _phases(step: Step, at: DataPath, name: str) -> Iterator[ArcFinding]:
    total = sum(p.minutes for p in step.phases)
    work = sum(p.minutes for p in step.phases if not p.return_)
    returns = [p for p in step.phases if p.return_]
    if returns and work >= step.minutes:
        yield ArcFinding(
            (*at, "phases"),
            cli_text(
                "the phases of {step} take {work} of its {minutes} minutes before the return "
                "they announce ({label}), which gets none; shorten them, or lengthen the step",
                step=name,
                work=work,
                minutes=step.minutes,
                label=quoted(next(iter(returns[0].label.values()))),
            ),
            "arc.phases",
        )
    elif total != step.minutes:
        yield ArcFinding(
            (*at, "phases"),
            cli_text(
                "the phases of {step} add up to {total} minutes but the step lasts {minutes}; "
                "make them add up, so that the guide's clock times are right",
                step=name,
                total=total,
                minutes=step.minutes,
            ),
            "arc.phases",
        )

"""Arc checks: does each session read as a good conversation?  Warnings, never errors.

A session opens with an opener, ends with a closer, climbs the ORID levels one at a time without
going back, keeps delicate prompts out of its first quarter, uses only remote-friendly prompts
when people join remotely, and gives each group method the people and minutes it needs.
The checks of how each step works in the room (breaks, tables, chairs, rounds, sub-timings)
are in :mod:`kitgen.load.room`.

The checks work on a session and its resolved prompts, so the planner runs the very same rules
on the sessions it composes (whose prompts come from several sets).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kitgen.diagnostics import Diagnostic, warning
from kitgen.i18n import cli_text
from kitgen.load.findings import ArcFinding
from kitgen.load.room import room_findings
from kitgen.model import Kind, Origin, Prompt, PromptSet, Sensitivity, Session, SessionFormat
from kitgen.model.methods import METHODS
from kitgen.model.origin import DataPath
from kitgen.wording import quoted

__all__ = ["ArcFinding", "arc_findings", "check_arcs"]


def check_arcs(prompt_set: PromptSet, origin: Origin) -> list[Diagnostic]:
    by_id = {p.id: p for p in prompt_set.prompts}
    found: list[Diagnostic] = []
    for s, session in enumerate(prompt_set.sessions):
        prompts = [[by_id[ref] for ref in step.prompts if ref in by_id] for step in session.steps]
        found += [
            warning(origin.locate(("sessions", s, *f.path)), f.message, f.code)
            for f in arc_findings(session, prompts)
        ]
    return found


def arc_findings(session: Session, prompts: Sequence[Sequence[Prompt]]) -> list[ArcFinding]:
    """Every arc problem of ``session``, whose step ``t`` uses the prompts ``prompts[t]``."""
    return [*_findings(session, prompts), *room_findings(session, prompts)]


def _findings(session: Session, prompts: Sequence[Sequence[Prompt]]) -> Iterator[ArcFinding]:
    name = quoted(session.id)
    # (path of the reference, prompt, minute at which its step starts)
    uses: list[tuple[DataPath, Prompt, int]] = []
    start = 0
    for t, (step, used) in enumerate(zip(session.steps, prompts, strict=True)):
        uses += [(("steps", t, "prompts", r), p, start) for r, p in enumerate(used)]
        method = METHODS.get(step.method)
        # (A fishbowl's group depends on its chairs: a room check.)
        if (
            method is not None
            and method.slug != "fishbowl"
            and method.min_group > session.group_size.min
        ):
            yield ArcFinding(
                ("steps", t, "method"),
                cli_text(
                    "method {method} needs at least {people} people but session {session} allows "
                    "{allowed}; raise group_size.min or pick another method",
                    method=quoted(step.method),
                    people=method.min_group,
                    session=name,
                    allowed=session.group_size.min,
                ),
                "arc.method",
            )
        if method is not None and step.minutes < method.min_minutes:
            yield ArcFinding(
                ("steps", t, "minutes"),
                cli_text(
                    "method {method} needs at least {needed} minutes, this step has {minutes}; "
                    "give it more time or pick another method",
                    method=quoted(step.method),
                    needed=method.min_minutes,
                    minutes=step.minutes,
                ),
                "arc.method",
            )
        start += step.minutes
    if not uses:
        return
    first_path, first, _ = uses[0]
    if first.kind is not Kind.OPENER:
        yield ArcFinding(
            first_path,
            cli_text(
                "session {session} opens with {kind} {prompt}; start with an opener prompt",
                session=name,
                kind=first.kind.value,
                prompt=quoted(first.id),
            ),
            "arc.opener",
        )
    last_path, last, _ = uses[-1]
    if last.kind is not Kind.CLOSER:
        yield ArcFinding(
            last_path,
            cli_text(
                "session {session} ends with {kind} {prompt}; finish with a closer prompt",
                session=name,
                kind=last.kind.value,
                prompt=quoted(last.id),
            ),
            "arc.closer",
        )
    highest = previous = first.level
    for path, prompt, _ in uses[1:]:
        level = prompt.level
        if level.rank > highest.rank + 1:
            yield ArcFinding(
                path,
                cli_text(
                    "session {session} jumps from {low} to {high} at {prompt}; insert a prompt of "
                    "the level in between (ORID order)",
                    session=name,
                    low=highest.value,
                    high=level.value,
                    prompt=quoted(prompt.id),
                ),
                "arc.orid",
            )
        elif level.rank < previous.rank:
            yield ArcFinding(
                path,
                cli_text(
                    "session {session} goes back from {high} to {low} at {prompt}; keep the ORID "
                    "levels in order",
                    session=name,
                    high=previous.value,
                    low=level.value,
                    prompt=quoted(prompt.id),
                ),
                "arc.orid",
            )
        highest = max(highest, level, key=lambda x: x.rank)
        previous = level
    early = session.minutes / 4
    remote = session.format in (SessionFormat.REMOTE, SessionFormat.HYBRID)
    for path, prompt, minute in uses:
        if prompt.sensitivity is Sensitivity.HIGH and minute < early:
            yield ArcFinding(
                path,
                cli_text(
                    "session {session} uses high-sensitivity prompt {prompt} at minute {minute}, "
                    "in its first quarter; move it later, once trust is built",
                    session=name,
                    prompt=quoted(prompt.id),
                    minute=minute,
                ),
                "arc.sensitivity",
            )
        if remote and not prompt.remote:
            yield ArcFinding(
                path,
                cli_text(
                    "session {session} is {format} but prompt {prompt} is not marked remote: "
                    "true; use a remote-friendly prompt or adapt this one",
                    session=name,
                    format=session.format.value,
                    prompt=quoted(prompt.id),
                ),
                "arc.remote",
            )

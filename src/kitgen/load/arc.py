"""Arc checks: does each session read as a good conversation?  Warnings, never errors.

A session opens with an opener, ends with a closer, climbs the ORID levels one at a time without
going back, keeps delicate prompts out of its first quarter, and uses only remote-friendly prompts
when people join remotely.
"""

from __future__ import annotations

from collections.abc import Iterator

from kitgen.diagnostics import Diagnostic, warning
from kitgen.model import Kind, Origin, PromptSet, Sensitivity, SessionFormat
from kitgen.model.methods import METHODS


def check_arcs(prompt_set: PromptSet, origin: Origin) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for s in range(len(prompt_set.sessions)):
        found += _check_session(prompt_set, s, origin)
    return found


def _check_session(prompt_set: PromptSet, s: int, origin: Origin) -> Iterator[Diagnostic]:
    session = prompt_set.sessions[s]
    by_id = {p.id: p for p in prompt_set.prompts}
    # (data path of the reference, prompt, minute at which its step starts)
    uses = []
    start = 0
    for t, step in enumerate(session.steps):
        for r, ref in enumerate(step.prompts):
            if ref in by_id:
                uses.append((("sessions", s, "steps", t, "prompts", r), by_id[ref], start))
        method = METHODS.get(step.method)
        if method is not None and method.min_group > session.group_size.min:
            yield warning(
                origin.locate(("sessions", s, "steps", t, "method")),
                f"method {step.method!r} needs at least {method.min_group} people but session "
                f"{session.id!r} allows {session.group_size.min}; raise group_size.min or pick "
                "another method",
                "arc.method",
            )
        if method is not None and step.minutes < method.min_minutes:
            yield warning(
                origin.locate(("sessions", s, "steps", t, "minutes")),
                f"method {step.method!r} needs at least {method.min_minutes} minutes, this step "
                f"has {step.minutes}; give it more time or pick another method",
                "arc.method",
            )
        start += step.minutes
    where = f"session {session.id!r}"
    if not uses:
        return
    first_path, first, _ = uses[0]
    if first.kind is not Kind.OPENER:
        yield warning(
            origin.locate(first_path),
            f"{where} opens with {first.kind.value} {first.id!r}; start with an opener prompt",
            "arc.opener",
        )
    last_path, last, _ = uses[-1]
    if last.kind is not Kind.CLOSER:
        yield warning(
            origin.locate(last_path),
            f"{where} ends with {last.kind.value} {last.id!r}; finish with a closer prompt",
            "arc.closer",
        )
    highest = uses[0][1].level
    previous = highest
    for path, prompt, _ in uses[1:]:
        level = prompt.level
        if level.rank > highest.rank + 1:
            yield warning(
                origin.locate(path),
                f"{where} jumps from {highest.value} to {level.value} at {prompt.id!r}; "
                "insert a prompt of the level in between (ORID order)",
                "arc.orid",
            )
        elif level.rank < previous.rank:
            yield warning(
                origin.locate(path),
                f"{where} goes back from {previous.value} to {level.value} at {prompt.id!r}; "
                "keep the ORID levels in order",
                "arc.orid",
            )
        highest = max(highest, level, key=lambda x: x.rank)
        previous = level
    early = session.minutes / 4
    remote = session.format in (SessionFormat.REMOTE, SessionFormat.HYBRID)
    for path, prompt, minute in uses:
        if prompt.sensitivity is Sensitivity.HIGH and minute < early:
            yield warning(
                origin.locate(path),
                f"{where} uses high-sensitivity prompt {prompt.id!r} at minute {minute}, in its "
                "first quarter; move it later, once trust is built",
                "arc.sensitivity",
            )
        if remote and not prompt.remote:
            yield warning(
                origin.locate(path),
                f"{where} is {session.format.value} but prompt {prompt.id!r} is not marked "
                "remote: true; use a remote-friendly prompt or adapt this one",
                "arc.remote",
            )

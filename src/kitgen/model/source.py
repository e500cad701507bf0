"""A session and its prompts, resolved: what any guide or plan is made from.

Both the planner (``kitgen.plan``) and the guide renderer read these, so they live in the
model: a plan never has to import a renderer to say what it is made of.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from kitgen.diagnostics import KitgenError, error
from kitgen.i18n import cli_text
from kitgen.model.prompt_set import Prompt, PromptSet, Session
from kitgen.model.text import LocalText
from kitgen.wording import quoted


@dataclass(frozen=True)
class SourcedPrompt:
    """A prompt with the set it belongs to (a plan mixes prompts from several sets)."""

    prompt_set: PromptSet
    prompt: Prompt


@dataclass(frozen=True)
class GuideSource:
    """A session and its prompts, resolved: what any guide (set or plan) is made from."""

    session: Session
    #: The prompts of each step, in order.
    steps: tuple[tuple[SourcedPrompt, ...], ...]
    #: The sets the session draws on (for links, licences and attributions).
    sets: tuple[PromptSet, ...]
    #: The set whose guide this is; ``None`` for a plan composed across sets.
    prompt_set: PromptSet | None = None
    #: The line under the title (the set's title for a set's guide).
    subtitle: LocalText | None = None
    plan_id: str | None = None

    @classmethod
    def from_set(cls, prompt_set: PromptSet, session_id: str | None = None) -> GuideSource:
        """The source of one of the set's sessions (the first one by default)."""
        session = find_session(prompt_set, session_id)
        steps = tuple(
            tuple(SourcedPrompt(prompt_set, prompt_set.prompt(ref)) for ref in step.prompts)
            for step in session.steps
        )
        return cls(session, steps, (prompt_set,), prompt_set, prompt_set.title)


def find_session(prompt_set: PromptSet, session_id: str | None) -> Session:
    if not prompt_set.sessions:
        raise KitgenError(
            error(
                prompt_set.locate(("sessions",)),
                cli_text(
                    "set {id} has no session, so there is no guide to print; add one under "
                    "sessions, or compose one with `kitgen plan`",
                    id=quoted(prompt_set.id),
                ),
            )
        )
    if session_id is None:
        return prompt_set.sessions[0]
    ids = [s.id for s in prompt_set.sessions]
    if session_id not in ids:
        close = difflib.get_close_matches(session_id, ids, n=1)
        hint = cli_text("did you mean {session}? ", session=quoted(close[0])) if close else ""
        message = cli_text(
            "set {id} has no session {session}; {hint}its sessions are: {sessions}",
            id=quoted(prompt_set.id),
            session=quoted(session_id),
            hint=hint,
            sessions=", ".join(ids),
        )
        raise KitgenError(error(prompt_set.locate(("sessions",)), message))
    return prompt_set.session(session_id)

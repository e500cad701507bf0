"""The prompt-set data model: what a YAML file in ``prompts/`` means.

Every renderer (cards, guides, site pages, web deck, planner) reads these objects and nothing
else.  The key names are a public format: add optional keys, never rename.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator
from pydantic_core import PydanticCustomError

from kitgen.diagnostics import Location
from kitgen.model.methods import BREAK
from kitgen.model.text import LocalText
from kitgen.model.types import (
    Color,
    Lang,
    Minutes,
    SetId,
    Slug,
    SpdxId,
    ThemeId,
    Url,
    Version,
    Year,
)


class Kind(StrEnum):
    """The role a prompt plays in a conversation's arc."""

    OPENER = "opener"
    QUESTION = "question"
    PROVOCATION = "provocation"
    SCENARIO = "scenario"
    CLOSER = "closer"


class Level(StrEnum):
    """ORID level: objective (facts), reflective (feelings), interpretive (meaning), decisional."""

    OBJECTIVE = "objective"
    REFLECTIVE = "reflective"
    INTERPRETIVE = "interpretive"
    DECISIONAL = "decisional"

    @property
    def rank(self) -> int:
        """Position in the ORID order, 0 for objective."""
        return list(Level).index(self)


class Group(StrEnum):
    SOLO = "solo"
    PAIRS = "pairs"
    SMALL_GROUPS = "small-groups"
    PLENARY = "plenary"


class Sensitivity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class SessionFormat(StrEnum):
    IN_PERSON = "in-person"
    REMOTE = "remote"
    HYBRID = "hybrid"


class _Strict(BaseModel):
    """Base for every object of the format: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Source(_Strict):
    """A published work the set draws on; titles stay as published (not translated)."""

    title: str = Field(min_length=1)
    url: Url | None = Field(default=None, description="Only an address known to exist.")
    year: Year | None = Field(default=None, description="Leave out when unknown.")


class Category(_Strict):
    id: Slug
    label: LocalText
    color: Color


class Prompt(_Strict):
    """One discussion card: a main prompt and up to three follow-ups."""

    id: Slug
    category: Slug
    kind: Kind = Field(strict=False)
    level: Level = Field(strict=False)
    text: LocalText
    follow_ups: list[LocalText] = Field(max_length=3)
    minutes: Minutes
    group: Group = Field(strict=False)
    sensitivity: Sensitivity = Field(strict=False)
    remote: bool
    note: LocalText | None = Field(
        default=None, description="For the facilitator; never printed on participant cards."
    )
    see: Slug | None = Field(default=None, description="Anchor in the theme page.")


class GroupSize(_Strict):
    min: int = Field(ge=1, le=1000)
    max: int = Field(ge=1, le=1000)


class Phase(_Strict):
    """A sub-timing of a step, such as seven minutes on the first card, then the return."""

    label: LocalText
    minutes: Minutes
    return_: bool = Field(
        default=False,
        alias="return",
        description="True for the return to the whole group (a debrief, a round) that the "
        "phase announces.",
    )


class Step(_Strict):
    """A timed block of a session's agenda; ``method: break`` makes it a break (no prompts)."""

    model_config = ConfigDict(
        # A break uses no prompts and may leave out instructions; every other step needs them.
        json_schema_extra={
            "if": {"properties": {"method": {"const": BREAK}}, "required": ["method"]},
            "then": {"properties": {"prompts": {"maxItems": 0}}},
            "else": {"required": ["instructions"]},
        }
    )

    title: LocalText
    minutes: Minutes
    method: Slug = Field(
        description="How people work, e.g. plenary, pairs, 1-2-4-all; break for a break."
    )
    prompts: list[Slug] = Field(
        default_factory=list, description="Prompt ids, in order; none for a break."
    )
    instructions: LocalText | None = Field(
        default=None, description="For the facilitator; required except for a break."
    )
    # Optional keys the arc checks read (see load/arc.py).
    phases: list[Phase] = Field(
        default_factory=list,
        max_length=12,
        description="Sub-timings, in order; they add up to the step's minutes. Without them "
        "the guide prints the method's own (1-2-4-all, world-cafe, fishbowl).",
    )
    tables: int | None = Field(
        default=None,
        ge=1,
        le=200,
        description="How many tables a world-cafe uses; leave out to size them from the "
        "group (one table per 4-5 people).",
    )
    chairs: int | None = Field(
        default=None,
        ge=1,
        le=50,
        description="Chairs in the centre of a fishbowl, not counting the empty one (3-4).",
    )
    written_fallback: LocalText | None = Field(
        default=None,
        description="How people answer in writing when a round is too short for every "
        "voice, e.g. on a sticky note.",
    )

    @property
    def is_break(self) -> bool:
        return self.method == BREAK


class Variation(_Strict):
    name: Slug = Field(description="Not translated, e.g. remote or short.")
    description: LocalText


class Risk(_Strict):
    risk: LocalText
    mitigation: LocalText


class Aims(_Strict):
    """What people should know (rational) and feel (experiential) at the end."""

    rational: LocalText
    experiential: LocalText


class Session(_Strict):
    """A facilitator guide's agenda built from the set's prompts."""

    id: Slug
    title: LocalText
    purpose: LocalText
    minutes: Minutes
    group_size: GroupSize
    format: SessionFormat = Field(strict=False)
    materials: list[LocalText]
    steps: list[Step] = Field(min_length=1)
    debrief: list[LocalText]
    variations: list[Variation]
    risks: list[Risk]
    # Optional additions used by the facilitator guide.
    audience: LocalText | None = None
    aims: Aims | None = None
    preparation: list[LocalText] = Field(default_factory=list)
    room: LocalText | None = Field(default=None, description="Room set-up.")


def _string_only(schema: dict[str, Any]) -> None:
    """A key that may be left out but never written empty: its schema is the text's alone."""
    for branch in schema.pop("anyOf", []):
        if branch.get("type") != "null":
            schema.update(branch)
    schema.pop("default", None)


class PromptSet(_Strict):
    """A deck of prompts on one theme, with the sessions that use them."""

    model_config = ConfigDict(title="kitgen prompt set")

    schema_: Literal[1] = Field(alias="schema")
    id: SetId
    version: Version
    languages: list[Lang] = Field(min_length=1)
    title: LocalText
    summary: LocalText
    theme: ThemeId
    license: SpdxId
    attribution: LocalText | None = None
    sources: list[Source]
    color: Color | None = Field(
        default=None,
        description="The deck's colour; without one, the kit's brand colour (kitgen.toml).",
        json_schema_extra=_string_only,
    )
    categories: list[Category] = Field(min_length=1)
    prompts: list[Prompt] = Field(min_length=1)
    sessions: list[Session]

    @field_validator("color", mode="before")
    @classmethod
    def _written_colour(cls, value: object) -> object:
        """``color:`` left empty (or ``color: #1f6f8b`` unquoted, which YAML reads as a
        comment) is a mistake to point at, not a set without a colour."""
        if value is None:
            raise PydanticCustomError("string_type", "Input should be a valid string")
        return value

    _origin: Origin | None = PrivateAttr(default=None)

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def origin(self) -> Origin | None:
        """Where this set was loaded from, for located messages; ``None`` if built in code."""
        return self._origin

    def locate(self, data_path: tuple[str | int, ...] = ()) -> Location:
        """Where ``data_path`` of this set is, for a message: its line in the file the set was
        loaded from, or, for a set built in code, the file it stands for (``<id>.yaml``)."""
        if self._origin is None:
            return Location(Path(f"{self.id}.yaml"))
        return self._origin.locate(data_path)

    def prompt(self, prompt_id: str) -> Prompt:
        return next(p for p in self.prompts if p.id == prompt_id)

    def category(self, category_id: str) -> Category:
        return next(c for c in self.categories if c.id == category_id)

    def session(self, session_id: str) -> Session:
        return next(s for s in self.sessions if s.id == session_id)


from kitgen.model.origin import Origin  # noqa: E402  (PromptSet's private attribute type)

PromptSet.model_rebuild()

"""The central data model: typed, immutable objects loaded once from a prompt set's YAML."""

from __future__ import annotations

from kitgen.model.origin import DataPath, Origin, Position
from kitgen.model.prompt_set import (
    Aims,
    Category,
    Group,
    GroupSize,
    Kind,
    Level,
    Phase,
    Prompt,
    PromptSet,
    Risk,
    Sensitivity,
    Session,
    SessionFormat,
    Source,
    Step,
    Variation,
)
from kitgen.model.text import LocalText

__all__ = [
    "Aims",
    "Category",
    "DataPath",
    "Group",
    "GroupSize",
    "Kind",
    "Level",
    "LocalText",
    "Origin",
    "Phase",
    "Position",
    "Prompt",
    "PromptSet",
    "Risk",
    "Sensitivity",
    "Session",
    "SessionFormat",
    "Source",
    "Step",
    "Variation",
]

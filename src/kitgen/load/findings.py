"""One arc or room problem of a session, before it is located in a file."""

from __future__ import annotations

from dataclasses import dataclass

from kitgen.model.origin import DataPath


@dataclass(frozen=True)
class ArcFinding:
    """One arc problem; ``path`` is relative to the session (e.g. ``("steps", 2, "method")``)."""

    path: DataPath
    message: str
    code: str

"""Where each value of a loaded prompt set sits in its YAML file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kitgen.diagnostics import Location

#: A path into the YAML document, e.g. ``("prompts", 3, "text", "fr")``.
DataPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    """Where a value starts and, for a mapping entry, where its key starts."""

    line: int
    column: int
    key_line: int | None = None
    key_column: int | None = None


@dataclass(frozen=True)
class Origin:
    """The file a prompt set came from and the position of every value in it."""

    path: Path
    positions: Mapping[DataPath, Position] = field(default_factory=dict)

    def locate(self, data_path: DataPath, *, key: bool = False) -> Location:
        """The position of ``data_path``, or of its nearest located ancestor."""
        probe = tuple(data_path)
        while probe:
            position = self.positions.get(probe)
            if position is not None:
                if key and position.key_line is not None and position.key_column is not None:
                    return Location(self.path, position.key_line, position.key_column)
                return Location(self.path, position.line, position.column)
            probe = probe[:-1]
        root = self.positions.get(())
        if root is not None:
            return Location(self.path, root.line, root.column)
        return Location(self.path, 1, 1)

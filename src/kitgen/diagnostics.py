"""Located messages: ``PATH:LINE:COL: error: MESSAGE``, the one shape every problem takes."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Location:
    """A 1-based line and column in a file."""

    path: Path
    line: int = 1
    column: int = 1

    def display_path(self) -> str:
        """The path relative to the working directory when it lies below it."""
        try:
            return os.path.relpath(self.path)
        except ValueError:  # another drive on Windows
            return str(self.path)

    def __str__(self) -> str:
        return f"{self.display_path()}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Diagnostic:
    location: Location
    severity: Severity = field(compare=False)
    message: str = field(compare=True)
    code: str = field(default="", compare=False)
    #: What many diagnostics of one cause have in common, said once above them (see
    #: ``kitgen.diagnostic_groups``); empty when the message stands alone.
    summary: str = field(default="", compare=False)

    def __str__(self) -> str:
        text = " ".join(self.message.split())  # always one line
        return f"{self.location}: {self.severity.value}: {text}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(location: Location, message: str, code: str = "", summary: str = "") -> Diagnostic:
    return Diagnostic(location, Severity.ERROR, message, code, summary)


def warning(location: Location, message: str, code: str = "", summary: str = "") -> Diagnostic:
    return Diagnostic(location, Severity.WARNING, message, code, summary)


class KitgenError(Exception):
    """Raised with one or more located diagnostics; the CLI prints them and exits 1."""

    def __init__(self, diagnostics: Diagnostic | Iterable[Diagnostic]) -> None:
        if isinstance(diagnostics, Diagnostic):
            diagnostics = [diagnostics]
        self.diagnostics: list[Diagnostic] = list(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))

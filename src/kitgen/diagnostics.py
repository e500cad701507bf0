"""Located messages: ``PATH:LINE:COL: error: MESSAGE``, the one shape every problem takes.

A message quotes values from the input (ids, texts, file names). Printed raw, an id holding
``ESC ]0;...`` would retitle the terminal, ``ESC [2J`` clear it, U+202E reverse the line: every
line kitgen prints goes through ``escaped`` first.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

#: Characters outside printable ASCII; each is checked against ``_ACTIVE``.
_NOT_PLAIN = re.compile(r"[^\x20-\x7e]")
#: Unicode categories that act on a terminal or on the order of text instead of showing: controls
#: (C0, DEL, C1: ESC starts every terminal escape), format characters (bidi embeddings,
#: overrides, isolates and marks, zero-width characters) and line or paragraph separators.
_ACTIVE = frozenset({"Cc", "Cf", "Zl", "Zp"})


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if unicodedata.category(char) not in _ACTIVE:
        return char
    return ascii(char)[1:-1]  # Python's own escape: \x1b, \u202e, \U000e0001


def escaped(text: str, keep: str = "") -> str:
    """``text`` safe to print on a terminal: controls and bidi characters written as escapes.

    ``keep`` lists characters left as they are (``"\\n\\t"`` where a caller folds whitespace).
    Escaping twice changes nothing (a backslash is left alone).
    """
    if not keep:
        return _NOT_PLAIN.sub(_escape, text)
    return _NOT_PLAIN.sub(lambda m: m.group() if m.group() in keep else _escape(m), text)


#: Characters of a value a message quotes in full; a longer one is shown as an excerpt.
EXCERPT_CHARS = 40
#: A run of non-space characters longer than this in a message is cut, whoever built the
#: message: a 1.5 MB word must not come back as a 1.5 MB line.
_LONG_RUN = re.compile(r"\S{201,}")


def excerpt(text: str, width: int = EXCERPT_CHARS, *, count: bool = True) -> str:
    """``text``, or its beginning and end (and its length) when it is longer than ``width``."""
    if len(text) <= width:
        return text
    head = width * 2 // 3
    length = f" ({len(text):,} characters)" if count else ""
    return f"{text[:head]}…{text[-(width - head) :]}{length}"


def shown_path(path: Path) -> str:
    """A path as the user wrote it: relative stays relative, absolute stays absolute.

    The one exception is an absolute path below the working directory, which kitgen found itself
    (``kitgen build`` lists the project's files from its root): it is shown relative to that
    directory, never with ``../`` climbing out of it.
    """
    if path.is_absolute():
        try:
            return escaped(str(path.relative_to(Path.cwd())))
        except (ValueError, OSError):  # outside the working directory, or it is gone
            return escaped(str(path))
    return escaped(str(path))


_ASCII_SPACES = re.compile(r"[ \t\n\r\f\v]+")


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
        """The path as the user wrote it (see ``shown_path``)."""
        return shown_path(self.path)

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
        # Always one line; only ASCII whitespace folds (French no-break spaces stay); a very
        # long run (a 1.5 MB word) is cut to an excerpt, whoever built the message.
        short = _LONG_RUN.sub(lambda m: excerpt(m.group(), 120), self.message)
        text = _ASCII_SPACES.sub(" ", escaped(short, keep="\n\t")).strip()
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


class UnlocatedError(Exception):
    """A problem that belongs to no file or line (no kit here): the CLI prints
    ``error: MESSAGE`` and exits 1, and never invents a location for it."""

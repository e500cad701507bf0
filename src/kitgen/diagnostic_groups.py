"""Many diagnostics with one cause, printed as one summary line and a few located examples.

Adding a language to ``languages:`` makes every text of a set wrong in the same way; sixty
near-identical lines hide the one thing to do.  Diagnostics that share a ``summary`` (set by the
check that knows the common cause) in one file are printed as that summary first, then the
first located lines, then "and N more" (every line with ``--all``).  Located lines keep the
``PATH:LINE:COL: error: message`` shape that editors parse.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kitgen.diagnostics import Diagnostic, Severity, escaped
from kitgen.i18n import cli_text

#: Located lines shown under a summary unless every line is asked for.
SHOWN = 3
#: Fewer diagnostics than this are printed as they are: a summary would not shorten them.
GROUP_FROM = SHOWN + 3


@dataclass(frozen=True)
class _Key:
    path: str
    severity: Severity
    summary: str


def _key(diagnostic: Diagnostic) -> _Key:
    return _Key(diagnostic.location.display_path(), diagnostic.severity, diagnostic.summary)


def summary_line(key_path: str, severity: Severity, count: int, summary: str) -> str:
    message = cli_text("{count} problems of one kind: {summary}", count=count, summary=summary)
    return f"{key_path}: {severity.value}: {escaped(message)}"


def more_line(key_path: str, severity: Severity, count: int) -> str:
    message = cli_text("and {count} more of this kind (--all lists them all)", count=count)
    return f"{key_path}: {severity.value}: {escaped(message)}"


def grouped_lines(diagnostics: Iterable[Diagnostic], *, show_all: bool = False) -> list[str]:
    """The lines to print for ``diagnostics``, in their order, large groups summarised."""
    items = list(diagnostics)
    sizes: dict[_Key, int] = {}
    for d in items:
        if d.summary:
            sizes[_key(d)] = sizes.get(_key(d), 0) + 1
    members: dict[_Key, list[Diagnostic]] = {}
    for d in items:
        if d.summary and sizes[_key(d)] >= GROUP_FROM:
            members.setdefault(_key(d), []).append(d)
    lines: list[str] = []
    done: set[_Key] = set()
    for d in items:
        key = _key(d)
        if key not in members:
            lines.append(str(d))
            continue
        if key in done:
            continue
        done.add(key)
        group = members[key]
        lines.append(summary_line(key.path, key.severity, len(group), key.summary))
        shown = group if show_all else group[:SHOWN]
        lines += [str(x) for x in shown]
        if len(group) > len(shown):
            lines.append(more_line(key.path, key.severity, len(group) - len(shown)))
    return lines

"""What the single-file commands (``cards``, ``guide``, ``plan``, ``deck``) check about ``-o``.

``kitgen cards SET.yaml -o SET.yaml`` once replaced the set with a PDF, exit 0. An output that
is one of the command's inputs is refused before any work; the output's name is printed on
standard output, unless the output is itself standard output or another stream.  A name
ending in another format's extension (``kitgen deck SET -o d.pdf``, which would be HTML) is a
usage error, before any work; a neutral name (``guide.txt`` with ``--format md``) is the
user's choice.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import click

from kitgen.atomic import is_special
from kitgen.cli.main import say
from kitgen.diagnostics import KitgenError, Location, error, shown_path
from kitgen.i18n import cli_text


def refuse_input_as_output(output: Path, inputs: Iterable[Path]) -> None:
    """Raise a located error when ``output`` is (a link to) one of ``inputs``."""
    if is_special(output):
        return
    for source in inputs:
        try:
            same = output.samefile(source)
        except OSError:  # the output does not exist yet, or the input is gone
            continue
        if same:
            message = cli_text(
                "the output is an input of this command ({input}); write it to another file",
                input=shown_path(source),
            )
            raise KitgenError(error(Location(output), message))


def report_output(output: Path) -> None:
    """Print the written file's name: on standard output, or on stderr when the output is a
    stream (``-``, ``/dev/stdout``) that the name would otherwise corrupt."""
    say(output, err=is_special(output))


#: The extensions of the files kitgen reads or writes: an output named with one of them is
#: taken for that format.
FORMAT_SUFFIXES = frozenset(
    {".pdf", ".html", ".htm", ".md", ".docx", ".png", ".yaml", ".yml", ".json", ".toml"}
)


def refuse_wrong_extension(output: Path, suffixes: tuple[str, ...]) -> None:
    """A usage error when ``output``'s name ends in the extension of another format than
    ``suffixes`` (the first is the one to suggest); a stream, a name without an extension or
    with one kitgen does not write (``.txt``, ``.bin``) is fine."""
    suffix = output.suffix.lower()
    if suffix not in FORMAT_SUFFIXES or suffix in suffixes or is_special(output):
        return
    message = cli_text(
        "{file} ends in {given}, but this command writes a {expected} file; give it a name "
        "ending in {expected}",
        file=shown_path(output),
        given=output.suffix,
        expected=suffixes[0],
    )
    raise click.BadParameter(message, param_hint="--output")

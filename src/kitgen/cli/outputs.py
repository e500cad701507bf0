"""What the single-file commands (``cards``, ``guide``, ``plan``, ``deck``) check about ``-o``.

``kitgen cards SET.yaml -o SET.yaml`` once replaced the set with a PDF, exit 0. An output that
is one of the command's inputs is refused before any work; the output's name is printed on
standard output, unless the output is itself standard output or another stream.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

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

"""Command group, shared error handling and exit codes (0 ok, 1 invalid input, 2 usage)."""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from kitgen import __version__
from kitgen.cli import text
from kitgen.cli.helps import HELPS
from kitgen.cli.text import Option, cli_msgid, option
from kitgen.diagnostic_groups import grouped_lines
from kitgen.diagnostics import (
    Diagnostic,
    KitgenError,
    Location,
    UnlocatedError,
    error,
    escaped,
)
from kitgen.i18n import cli_text

#: name -> "module:attribute"; modules are imported only when their command runs.
COMMANDS: dict[str, str] = {
    "validate": "kitgen.cli.validate:validate",
    "schema": "kitgen.cli.validate:schema",
    "new": "kitgen.cli.validate:new",
    "init": "kitgen.cli.validate:init",
    "cards": "kitgen.cli.cards:cards",
    "calibrate": "kitgen.cli.cards:calibrate",
    "deck": "kitgen.cli.deck:deck",
    "guide": "kitgen.cli.guide:guide",
    "plan": "kitgen.cli.guide:plan",
    "build": "kitgen.cli.build:build",
    "serve": "kitgen.cli.serve:serve",
}

EXIT_INVALID = 1

F = TypeVar("F", bound=Callable[..., Any])


#: Where ``--all`` is remembered for the command being run.
_SHOW_ALL = "kitgen.show_all"


def _remember_all(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    ctx.meta[_SHOW_ALL] = value


#: ``--all``: every located line of a group of problems with one cause, not the first few.
all_option = option(
    "--all",
    is_flag=True,
    expose_value=False,
    callback=_remember_all,
    help=cli_msgid(
        "List every problem of a kind that occurs many times (default: a summary and the "
        "first few)."
    ),
)


def checked_by(
    parse: Callable[[str], object],
) -> Callable[[click.Context, click.Parameter, str], str]:
    """A click callback keeping an option's text when ``parse`` accepts it (``--card``,
    ``--start``): the ``ValueError`` of ``parse`` becomes a usage error naming the option."""

    def check(ctx: click.Context, param: click.Parameter, value: str) -> str:
        try:
            parse(value)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
        return value

    return check


def say(line: object, *, err: bool = True) -> None:
    """Print one line of the command (progress, a result, a message), input values escaped.

    Every line kitgen prints goes through here or ``echo_diagnostics``: an id or a file name
    holding terminal escapes or bidi overrides is shown as ``\\x1b``, ``\\u202e``.
    """
    click.echo(escaped(str(line)), err=err)


def echo_diagnostics(diagnostics: list[Diagnostic]) -> None:
    """Print problems one line each; many of one kind under a one-line summary."""
    ctx = click.get_current_context(silent=True)
    show_all = bool(ctx is not None and ctx.meta.get(_SHOW_ALL))
    for line in grouped_lines(diagnostics, show_all=show_all):
        say(line)


def chosen_language(lang: str | None, default: str, languages: Sequence[str]) -> str:
    """``--lang``, or the set's default language; a usage error for a language it lacks."""
    language = lang or default
    if language not in languages:
        message = cli_text("the set is written in {languages}", languages=", ".join(languages))
        raise click.BadParameter(message, param_hint="--lang")
    return language


def _tolerant_stdout() -> None:
    """A character the terminal's encoding lacks (a French no-break space on a Latin-1
    terminal) is printed as an escape, never a traceback (stderr already does this)."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


def reports_errors(func: F) -> F:
    """Print located errors as one line each and exit 1, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KitgenError as exc:
            echo_diagnostics(exc.diagnostics)
            sys.exit(EXIT_INVALID)
        except UnlocatedError as exc:  # no file to point at: no made-up PATH:1:1
            say(f"error: {exc}")
            sys.exit(EXIT_INVALID)
        except OSError as exc:
            message = str(exc.strerror or exc)
            if exc.filename:  # e.g. a file that vanished during the run: located, like the rest
                echo_diagnostics([error(Location(Path(os.fsdecode(exc.filename))), message)])
            else:
                say(f"error: {message}")
            sys.exit(EXIT_INVALID)

    return wrapper  # type: ignore[return-value]


class LazyGroup(text.TranslatedHelp, click.Group):
    """Lists every command but imports a command's module only when it is used."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        _tolerant_stdout()
        return super().main(*args, **kwargs)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The list of commands with the first sentence of each help, as click writes it, from
        :data:`~kitgen.cli.helps.HELPS`: no command's module is imported to show it."""
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        # A bare command with the same help shortens it as click does (in the user's language).
        shown = {name: text.Command(name, help=HELPS[name]) for name in names}
        rows = [(name, command.get_short_help_str(limit)) for name, command in shown.items()]
        with formatter.section(cli_text("Commands")):
            formatter.write_dl(rows)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        return command


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=cli_msgid(
        "Build card decks, facilitator guides and the knowledge base from prompt sets.\n\n"
        "Exit codes: 0 ok, 1 invalid input (located errors are printed as PATH:LINE:COL), "
        "2 usage."
    ),
)
@click.version_option(
    __version__, prog_name="kitgen", cls=Option, help=cli_msgid("Show the version and exit.")
)
def main() -> None:
    """The ``kitgen`` command group (its help is the message id above)."""

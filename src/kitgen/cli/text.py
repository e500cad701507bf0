"""The command's help and click's own words, in the user's language, looked up when shown.

Click keeps a help text from the moment a command module is imported; the language is known
only when the text is shown (``KITGEN_LANG``, then the locale).  So help texts are written as
English message ids marked with :func:`cli_msgid` (which ``kitgen.i18n.extract`` collects) and
:class:`Command` and :class:`Option` translate them when click prints them.

Click asks the standard library's ``gettext.gettext``/``ngettext`` for its own words ("Usage:",
"Missing argument", "No such option"): they read the global text domain and the language of
the locale variables.  While a kitgen command runs, :func:`click_words_in_user_language` binds
a kitgen domain to a compiled catalogue of those words in a temporary folder, makes it the
global domain and names the user's language in ``LANGUAGE``; it puts all three back afterwards.
Words click adds later stay English until they are added to :func:`_click_words`.
"""

from __future__ import annotations

import contextlib
import functools
import gettext
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar, cast

import click

from kitgen import atomic
from kitgen.i18n import cli_language, cli_ntext, cli_text
from kitgen.typography import typeset
from kitgen.wording import decimal_sign, quoted

F = TypeVar("F", bound=Callable[..., Any])


def cli_msgid(text: str) -> str:
    """Mark ``text`` as a message id to translate when it is shown (gettext's ``N_``)."""
    return text


@contextlib.contextmanager
def _help_in_user_language(
    item: click.Command | click.Option, values: dict[str, str] | None = None
) -> Iterator[None]:
    """While click formats ``item``, its help is the translation of its message id (with
    ``values`` in its placeholders)."""
    original = item.help
    item.help = cli_text(original, **(values or {})) if original else original
    try:
        yield
    finally:
        item.help = original


class TranslatedHelp(click.Command):
    """A command whose help text is a message id, translated each time it is shown, and
    whose run (when click's ``main`` starts it) has click's own words in the user's language."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        with click_words_in_user_language():
            return super().main(*args, **kwargs)

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with _help_in_user_language(self):
            super().format_help_text(ctx, formatter)

    def get_short_help_str(self, limit: int = 45) -> str:
        with _help_in_user_language(self):
            return super().get_short_help_str(limit)

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        """``[OPTIONS]`` in the usage line, in the user's language."""
        words = {
            "[OPTIONS]": cli_text("[OPTIONS]"),
            "COMMAND [ARGS]...": cli_text("COMMAND [ARGS]..."),
        }
        return [words.get(piece, piece) for piece in super().collect_usage_pieces(ctx)]


class Command(TranslatedHelp):
    """``kitgen``'s commands: help in the user's language."""


class Option(click.Option):
    """An option whose help text is a message id, translated each time it is shown.

    ``help_values`` fill the help's placeholders (``"{cards}, or WxH in mm."``).  Its metavar
    (``TEXT``, ``FLOAT RANGE`` in click) and the default and range after its help are written
    in the user's language too: ``--bleed NOMBRE  Fond perdu en mm.  [par défaut : 3 ; 0<=x<=10]``.
    """

    def __init__(self, *args: Any, help_values: dict[str, str] | None = None, **attrs: Any):
        super().__init__(*args, **attrs)
        self.help_values = help_values

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        record = super().get_help_record(ctx)  # the option's names and metavar
        if record is None:
            return None
        help_text = cli_text(self.help, **(self.help_values or {})) if self.help else ""
        extras = self._help_extras(ctx)
        if extras:
            shown = typeset("; ".join(extras), cli_language())
            help_text = f"{help_text}  [{shown}]" if help_text else f"[{shown}]"
        return record[0], help_text

    def _help_extras(self, ctx: click.Context) -> list[str]:
        """The default, the range and "required", as click lists them, in the user's words."""
        extras = []
        if self.show_default and not self.is_flag:
            default = self.get_default(ctx, call=False)
            if default is not None and not callable(default):
                extras.append(cli_text("default: {default}", default=shown_value(default)))
        if isinstance(self.type, click.IntRange | click.FloatRange):
            extras.append(_described_range(self.type))
        if self.required:
            extras.append(cli_text("required"))
        return extras

    def make_metavar(self, ctx: click.Context | None = None) -> str:
        if self.metavar is not None or isinstance(self.type, click.Choice):
            return super().make_metavar(ctx) if ctx is not None else str(self.metavar)
        metavar = type_metavar(self.type)
        return f"{metavar}..." if self.nargs != 1 else metavar

    def get_error_hint(self, ctx: click.Context | None) -> str:
        """``« --lang »`` in French, as every other value a message quotes."""
        return " / ".join(quoted(name) for name in self.opts)


class Argument(click.Argument):
    """An argument named in the usage line in the user's language (its metavar is a message
    id: ``FOLDER`` is ``DOSSIER`` in French) and in errors with the user's quotation marks."""

    def make_metavar(self, ctx: click.Context | None = None) -> str:
        if self.metavar is not None:
            return cli_text(self.metavar)
        return super().make_metavar(ctx) if ctx is not None else self.human_readable_name

    def get_error_hint(self, ctx: click.Context | None) -> str:
        return quoted(self.make_metavar(ctx) if ctx is not None else self.human_readable_name)


class Choice(click.Choice[str]):
    """A choice whose refusal quotes as the user's language does: « b5 » n’est pas l’un de
    « a4 », « letter », « a3 » (click quotes with Python's repr)."""

    def get_invalid_choice_message(self, value: Any, ctx: click.Context | None) -> str:
        return cli_ntext(
            "{value} is not {choices}.",
            "{value} is not one of {choices}.",
            len(self.choices),
            value=quoted(value),
            choices=", ".join(quoted(choice) for choice in self.choices),
        )


class FloatRange(click.FloatRange):
    """A number within bounds, refused in the user's words and decimal sign (« 12,5 n’est pas
    dans l’intervalle 0<=x<=10 », where click says "float range" and 12.5).  The help writes
    a default with the user's decimal sign (8,5), so a decimal comma is read too."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and value.count(",") == 1 and "." not in value:
            value = value.replace(",", ".")
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.fail(_range_problem(self, value, float), param, ctx)


class IntRange(click.IntRange):
    """A whole number within bounds, refused in the user's words (see :class:`FloatRange`)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return super().convert(value, param, ctx)
        except click.BadParameter:
            self.fail(_range_problem(self, value, int), param, ctx)


def _range_problem(
    kind: click.IntRange | click.FloatRange, value: Any, number: type[int] | type[float]
) -> str:
    """Why ``value`` is refused: not a number, or outside the range."""
    try:
        parsed = number(value)
    except (TypeError, ValueError):
        if number is int:
            return cli_text("{value} is not a whole number.", value=quoted(value))
        return cli_text("{value} is not a number.", value=quoted(value))
    return cli_text(
        "{value} is not in the range {range}.",
        value=shown_value(parsed),
        range=_described_range(kind),
    )


def type_metavar(kind: click.ParamType[Any]) -> str:
    """What an option's value is, in the user's language, in place of click's type name."""
    if isinstance(kind, click.Path):
        if not kind.file_okay:
            return cli_text("FOLDER")
        return cli_text("FILE") if not kind.dir_okay else cli_text("PATH")
    if isinstance(kind, click.IntRange) or kind is click.INT:
        return cli_text("INTEGER")
    if isinstance(kind, click.FloatRange) or kind is click.FLOAT:
        return cli_text("NUMBER")
    return cli_text("TEXT")


def shown_value(value: object) -> str:
    """A default as the help shows it: ``8,5`` with a French decimal comma, ``3`` for 3.0."""
    if isinstance(value, float):
        return f"{value:g}".replace(".", decimal_sign())
    return str(value)


def _described_range(kind: click.IntRange | click.FloatRange) -> str:
    """``0<=x<=10`` as click writes a range, its numbers with the user's decimal sign."""
    low = "" if kind.min is None else f"{shown_value(kind.min)}{'<' if kind.min_open else '<='}"
    high = "" if kind.max is None else f"{'<' if kind.max_open else '<='}{shown_value(kind.max)}"
    return f"{low}x{high}"


def argument(*param_decls: str, **attrs: Any) -> Callable[[F], F]:
    """``@click.argument`` making an :class:`Argument`."""
    return click.argument(*param_decls, cls=Argument, **attrs)


def command(**attrs: Any) -> Callable[[Callable[..., Any]], Command]:
    """``@click.command`` making a :class:`Command` (give ``help=cli_msgid(...)``)."""
    return cast(Callable[[Callable[..., Any]], Command], click.command(cls=Command, **attrs))


def option(*param_decls: str, **attrs: Any) -> Callable[[F], F]:
    """``@click.option`` making an :class:`Option` (give ``help=cli_msgid(...)``)."""
    return click.option(*param_decls, cls=Option, **attrs)


@functools.cache
def _click_words(lang: str) -> dict[str, str]:
    """Click's messages that a kitgen user can meet, translated (``lang`` keys the cache)."""
    return {
        "Usage:": cli_text("Usage:"),
        "Options": cli_text("Options"),
        "Commands": cli_text("Commands"),
        "Show this message and exit.": cli_text("Show this message and exit."),
        "Show the version and exit.": cli_text("Show the version and exit."),
        "default: {default}": cli_text("default: {default}"),
        "required": cli_text("required"),
        "Error: {message}": cli_text("Error: {message}"),
        "Try '{command} {option}' for help.": cli_text("Try '{command} {option}' for help."),
        "Aborted!": cli_text("Aborted!"),
        "Missing command.": cli_text("Missing command."),
        "Missing argument": cli_text("Missing argument"),
        "Missing option": cli_text("Missing option"),
        "Missing parameter": cli_text("Missing parameter"),
        "No such option {name!r}.": cli_text("No such option {name!r}."),
        "No such command {name!r}.": cli_text("No such command {name!r}."),
        "Did you mean {possibility}?": cli_text("Did you mean {possibility}?"),
        "(Did you mean one of: {possibilities}?)": cli_text(
            "(Did you mean one of: {possibilities}?)"
        ),
        "Got unexpected extra argument ({args})": cli_text(
            "Got unexpected extra argument ({args})"
        ),
        "Got unexpected extra arguments ({args})": cli_text(
            "Got unexpected extra arguments ({args})"
        ),
        "Option {name!r} requires an argument.": cli_text("Option {name!r} requires an argument."),
        "Option {name!r} does not take a value.": cli_text(
            "Option {name!r} does not take a value."
        ),
        "Invalid value for {param_hint}: {message}": cli_text(
            "Invalid value for {param_hint}: {message}"
        ),
        "Invalid value: {message}": cli_text("Invalid value: {message}"),
        "{value!r} is not {choice}.": cli_text("{value!r} is not {choice}."),
        "{value!r} is not one of {choices}.": cli_text("{value!r} is not one of {choices}."),
        "{value!r} is not a valid {number_type}.": cli_text(
            "{value!r} is not a valid {number_type}."
        ),
        "{value} is not in the range {range}.": cli_text("{value} is not in the range {range}."),
        "file": cli_text("file"),
        "directory": cli_text("directory"),
        "path": cli_text("path"),
        "{name} {filename!r} does not exist.": cli_text("{name} {filename!r} does not exist."),
        "{name} {filename!r} is a file.": cli_text("{name} {filename!r} is a file."),
        "{name} {filename!r} is a directory.": cli_text("{name} {filename!r} is a directory."),
        "{name} {filename!r} is not readable.": cli_text("{name} {filename!r} is not readable."),
        "{name} {filename!r} is not writable.": cli_text("{name} {filename!r} is not writable."),
        "Could not open file {filename!r}: {message}": cli_text(
            "Could not open file {filename!r}: {message}"
        ),
    }


#: Click's ``ngettext`` pairs among :func:`_click_words` (singular, plural).
#: (Click's own message ids; the one plural kitgen does not translate is left unmarked.)
_CLICK_PLURALS = (
    (
        cli_msgid("Got unexpected extra argument ({args})"),
        cli_msgid("Got unexpected extra arguments ({args})"),
    ),
    (
        cli_msgid("Did you mean {possibility}?"),
        cli_msgid("(Did you mean one of: {possibilities}?)"),
    ),
    (
        cli_msgid("Option {name!r} requires an argument."),
        "Option {name!r} requires {nargs} arguments.",
    ),
    (cli_msgid("{value!r} is not {choice}."), cli_msgid("{value!r} is not one of {choices}.")),
)

#: The gettext domain of click's words while a kitgen command runs.
CLICK_DOMAIN = "kitgen-click"


def click_catalogue(lang: str) -> bytes:
    """Click's words in ``lang`` as a compiled gettext catalogue (``.mo``), with the language's
    plural rule (CLDR's: French and Italian have a third form, for millions, worded as the
    plural); a word without a translation stays English."""
    from babel.messages.catalog import Catalog  # Babel is imported by cli_text already
    from babel.messages.mofile import write_mo

    words = _click_words(lang)
    catalog = Catalog(locale=lang, domain=CLICK_DOMAIN)
    in_pairs = {msgid for pair in _CLICK_PLURALS for msgid in pair}
    for msgid, translation in words.items():
        if msgid not in in_pairs:
            catalog.add(msgid, translation)
    for singular, plural in _CLICK_PLURALS:
        others = (words.get(plural, plural),) * (catalog.num_plurals - 1)  # fr: 1000000, 2
        catalog.add((singular, plural), (words.get(singular, singular), *others))
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


@contextlib.contextmanager
def click_words_in_user_language() -> Iterator[None]:
    """While the block runs, click's gettext lookups answer in the user's language.

    Only the standard library's public gettext API: the catalogue is written (atomically) to a
    temporary folder of ours, :data:`CLICK_DOMAIN` is bound to it and made the global domain,
    and ``LANGUAGE`` (which gettext reads first, kitgen never) names :func:`cli_language`.
    The previous domain and ``LANGUAGE`` are put back and the folder removed afterwards, so
    nothing changes at import and nothing stays after a command.
    """
    lang = cli_language()
    previous_domain = gettext.textdomain()
    previous_language = os.environ.get("LANGUAGE")
    folder = _click_catalogue_folder(lang)
    if folder is None:
        yield  # click's own words stay English; kitgen's messages still follow the user
        return
    with folder:
        gettext.bindtextdomain(CLICK_DOMAIN, folder.name)
        gettext.textdomain(CLICK_DOMAIN)
        os.environ["LANGUAGE"] = lang
        try:
            yield
        finally:
            gettext.textdomain(previous_domain)
            if previous_language is None:
                os.environ.pop("LANGUAGE", None)
            else:
                os.environ["LANGUAGE"] = previous_language


def _click_catalogue_folder(lang: str) -> tempfile.TemporaryDirectory[str] | None:
    """A temporary folder holding click's words in ``lang``, or None when none can be written
    (a full disk, a read-only temporary folder): the command must still run and say why its
    own work fails, in one located line, instead of failing here with a traceback."""
    try:
        folder = tempfile.TemporaryDirectory(prefix="kitgen-click-", ignore_cleanup_errors=True)
    except OSError:
        return None
    try:
        mo_file = Path(folder.name) / lang / "LC_MESSAGES" / f"{CLICK_DOMAIN}.mo"
        mo_file.parent.mkdir(parents=True)
        atomic.write_bytes(mo_file, click_catalogue(lang))
    except OSError:
        folder.cleanup()
        return None
    return folder

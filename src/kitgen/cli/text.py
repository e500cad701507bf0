"""The command's help and click's own words, in the user's language, looked up when shown.

Click keeps a help text from the moment a command module is imported; the language is known
only when the text is shown (``KITGEN_LANG``, then the locale).  So help texts are written as
English message ids marked with :func:`cli_msgid` (which ``kitgen.i18n.extract`` collects) and
:class:`Command` and :class:`Option` translate them when click prints them.

Click asks the standard library's ``gettext.gettext``/``ngettext`` for its own words ("Usage:",
"Missing argument", "No such option"): they read the global text domain and the language of
the locale variables.  While a kitgen command runs, :func:`click_words_in_user_language` binds
a kitgen domain to the compiled catalogues of those words the package ships, makes it the
global domain and names the user's language in ``LANGUAGE``; it puts both back afterwards.
Words click adds later stay English until they are added to
:data:`kitgen.i18n.click_words.CLICK_WORDS`.
"""

from __future__ import annotations

import contextlib
import gettext
import os
from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

import click

from kitgen.i18n import cli_language, cli_ntext, cli_text
from kitgen.i18n import cli_msgid as cli_msgid  # the commands' modules mark help texts with it
from kitgen.i18n.catalogs import LOCALE_DIR
from kitgen.i18n.click_words import CLICK_DOMAIN, click_catalogue_path
from kitgen.typography import typeset
from kitgen.wording import decimal_sign, quoted

F = TypeVar("F", bound=Callable[..., Any])


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


@contextlib.contextmanager
def click_words_in_user_language() -> Iterator[None]:
    """While the block runs, click's gettext lookups answer in the user's language.

    Only the standard library's public gettext API: :data:`CLICK_DOMAIN` is bound to the
    package's catalogues (:mod:`kitgen.i18n.click_words`) and made the global domain, and
    ``LANGUAGE`` (which gettext reads first, kitgen never) names :func:`cli_language`.  The
    previous domain and ``LANGUAGE`` are put back afterwards, so nothing changes at import and
    nothing stays after a command; nothing is written.
    """
    lang = cli_language()
    if not click_catalogue_path(lang).is_file():
        yield  # English, or a catalogue not compiled yet: click's own words stay English
        return
    previous_domain = gettext.textdomain()
    previous_language = os.environ.get("LANGUAGE")
    gettext.bindtextdomain(CLICK_DOMAIN, str(LOCALE_DIR))
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

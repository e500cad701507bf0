"""Click's own words ("Usage:", "No such option") in each language, shipped compiled.

Click asks the standard library's ``gettext.gettext``/``ngettext`` for them, which read a
compiled catalogue (``.mo``) from disk.  ``python -m kitgen.i18n.extract`` writes one per
language beside the ``.po`` files (``locale/<lang>/LC_MESSAGES/kitgen-click.mo``), from the
translations in the ``cli`` domain, and a test checks that the shipped files say what the
catalogues say: a command binds the domain to the package's folder and writes nothing.
"""

from __future__ import annotations

import datetime
import gettext
import io
from pathlib import Path

from kitgen.i18n.catalogs import LOCALE_DIR, cli_msgid, cli_translations

#: The gettext domain of click's words while a kitgen command runs.
CLICK_DOMAIN = "kitgen-click"

#: Click's messages that a kitgen user can meet (click's own message ids).
CLICK_WORDS: tuple[str, ...] = (
    cli_msgid("Usage:"),
    cli_msgid("Options"),
    cli_msgid("Commands"),
    cli_msgid("Show this message and exit."),
    cli_msgid("Show the version and exit."),
    cli_msgid("default: {default}"),
    cli_msgid("required"),
    cli_msgid("Error: {message}"),
    cli_msgid("Try '{command} {option}' for help."),
    cli_msgid("Aborted!"),
    cli_msgid("Missing command."),
    cli_msgid("Missing argument"),
    cli_msgid("Missing option"),
    cli_msgid("Missing parameter"),
    cli_msgid("No such option {name!r}."),
    cli_msgid("No such command {name!r}."),
    cli_msgid("Did you mean {possibility}?"),
    cli_msgid("(Did you mean one of: {possibilities}?)"),
    cli_msgid("Got unexpected extra argument ({args})"),
    cli_msgid("Got unexpected extra arguments ({args})"),
    cli_msgid("Option {name!r} requires an argument."),
    cli_msgid("Option {name!r} does not take a value."),
    cli_msgid("Invalid value for {param_hint}: {message}"),
    cli_msgid("Invalid value: {message}"),
    cli_msgid("{value!r} is not {choice}."),
    cli_msgid("{value!r} is not one of {choices}."),
    cli_msgid("{value!r} is not a valid {number_type}."),
    cli_msgid("{value} is not in the range {range}."),
    cli_msgid("file"),
    cli_msgid("directory"),
    cli_msgid("path"),
    cli_msgid("{name} {filename!r} does not exist."),
    cli_msgid("{name} {filename!r} is a file."),
    cli_msgid("{name} {filename!r} is a directory."),
    cli_msgid("{name} {filename!r} is not readable."),
    cli_msgid("{name} {filename!r} is not writable."),
    cli_msgid("Could not open file {filename!r}: {message}"),
)

#: Click's ``ngettext`` pairs among :data:`CLICK_WORDS` (singular, plural).
#: (Click's own message ids; the one plural kitgen does not translate is left unmarked.)
CLICK_PLURALS: tuple[tuple[str, str], ...] = (
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

#: The date in the compiled files' header: the same words give the same bytes.
_FIXED_DATE = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)


def click_catalogue_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    """Where the compiled catalogue of click's words in ``lang`` is shipped."""
    return locale_dir / lang / "LC_MESSAGES" / f"{CLICK_DOMAIN}.mo"


def click_catalogue(lang: str) -> bytes:
    """Click's words in ``lang`` as a compiled gettext catalogue (``.mo``), with the language's
    plural rule (CLDR's: French and Italian have a third form, for millions, worded as the
    plural); a word without a translation stays English."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    translate = cli_translations(lang).gettext
    catalog = Catalog(
        locale=lang,
        domain=CLICK_DOMAIN,
        project="kitgen",
        creation_date=_FIXED_DATE,
        revision_date=_FIXED_DATE,
    )
    in_pairs = {msgid for pair in CLICK_PLURALS for msgid in pair}
    for msgid in CLICK_WORDS:
        if msgid not in in_pairs:
            catalog.add(msgid, translate(msgid))
    for singular, plural in CLICK_PLURALS:
        others = (translate(plural),) * (catalog.num_plurals - 1)  # fr: 1000000, 2
        catalog.add((singular, plural), (translate(singular), *others))
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def shipped_click_words(lang: str, locale_dir: Path = LOCALE_DIR) -> gettext.NullTranslations:
    """The shipped catalogue of ``lang`` as gettext reads it (an empty one when missing)."""
    path = click_catalogue_path(lang, locale_dir)
    if not path.is_file():
        return gettext.NullTranslations()
    with path.open("rb") as fp:
        return gettext.GNUTranslations(fp)

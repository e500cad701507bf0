"""Load the ``.po`` catalogues with Babel and answer lookups with stdlib gettext.

The ``.po`` files are the only source: they are compiled in memory on first use (Babel's
``read_po`` and ``write_mo``) and cached per language and domain, so an editable install, a
wheel and CI all read the same files and there is no compiled artefact to keep in step.
"""

from __future__ import annotations

import gettext
import io
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path

LOCALE_DIR = Path(__file__).parent / "locale"
DOMAINS = ("output", "cli")
FALLBACK = "en"
# Where gettext looks for the language of messages, in its order (after our own variable).
_LOCALE_VARIABLES = ("KITGEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG")


def output_text(lang: str, msgid: str, /, **fmt: object) -> str:
    """The interface word ``msgid`` of an output in ``lang``, formatted with ``fmt``."""
    return _format(_translations(_normalise(lang), "output").gettext(msgid), fmt)


def output_ntext(lang: str, singular: str, plural: str, n: int, /, **fmt: object) -> str:
    """A count phrase of an output in ``lang``: the form that suits ``n`` (gettext's ``ngettext``).

    "{n} card" / "{n} cards": each catalogue's ``Plural-Forms`` header picks the form (French
    says "0 carte", English "0 cards"); ``n`` is also a placeholder, so ``fmt`` may omit it.
    """
    text = _translations(_normalise(lang), "output").ngettext(singular, plural, n)
    return _format(text, {"n": n, **fmt})


def output_msgid(msgid: str, /) -> str:
    """Mark ``msgid`` as an output message kept for later (gettext's ``N_``): the extractor
    finds it here, :func:`output_text` translates it where it is shown."""
    return msgid


def output_ptext(lang: str, context: str, msgid: str, /, **fmt: object) -> str:
    """Like :func:`output_text` for an English text that needs two translations.

    ``context`` tells them apart (gettext's ``msgctxt``): "Time" as a clock time or a duration.
    """
    return _format(_translations(_normalise(lang), "output").pgettext(context, msgid), fmt)


def cli_text(msgid: str, /, **fmt: object) -> str:
    """A message of the command in the user's language (see :func:`cli_language`)."""
    return _format(_translations(cli_language(), "cli").gettext(msgid), fmt)


def cli_msgid(text: str, /) -> str:
    """Mark ``text`` as a message id of the command to translate when it is shown (gettext's
    ``N_``): the extractor finds it here, :func:`cli_text` translates it where it is shown."""
    return text


def cli_translations(lang: str) -> gettext.NullTranslations:
    """The command's catalogue in ``lang`` (English behind it), for a language other than
    the user's: the compiled catalogue of click's words is written for every language."""
    return _translations(_normalise(lang), "cli")


def cli_ntext(singular: str, plural: str, n: int, /, **fmt: object) -> str:
    """A count phrase of the command in the user's language: the form that suits ``n``.

    "{n} file checked" / "{n} files checked", never "3 file(s)"; like :func:`output_ntext`,
    ``n`` is also a placeholder.
    """
    text = _translations(cli_language(), "cli").ngettext(singular, plural, n)
    return _format(text, {"n": n, **fmt})


def cli_language() -> str:
    """The language the command speaks: ``KITGEN_LANG``, then the locale variables.

    Like gettext, the first variable that is set and not empty decides (``fr_CH.UTF-8`` is
    French); a language without a catalogue, ``C`` and ``POSIX`` mean English.
    """
    for name in _LOCALE_VARIABLES:
        value = os.environ.get(name, "")
        if value:
            lang = _normalise(value)
            return lang if lang in languages() else FALLBACK
    return FALLBACK


def preload(langs: Iterable[str]) -> None:
    """Compile the output catalogues of ``langs`` now, before worker processes are forked
    (a caller that forks; ``kitgen build`` spawns its workers).

    A forked worker then finds them compiled and never imports Babel itself: an import in a
    child can wait forever on a module lock that another thread of the parent held at fork time.
    """
    for lang in {*langs, FALLBACK}:
        _translations(_normalise(lang), "output")


@cache
def language_name(lang: str) -> str:
    """The name of ``lang`` in that language ("Français", "Deutsch"), from Babel's CLDR data.

    Not a message: every language Babel knows has its name, catalogue or not.
    """
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(_normalise(lang)).get_display_name(_normalise(lang))
    except (ValueError, TypeError, UnknownLocaleError):
        return lang
    return name[:1].upper() + name[1:] if name else lang


@cache
def is_language(code: str) -> bool:
    """Whether ``code`` names a language, by Babel's CLDR data (``xx`` and ``qq`` do not).

    A language without a kitgen catalogue is still a language: its outputs speak English.
    """
    from babel import localedata

    return bool(code) and code.isalpha() and localedata.exists(code)


@cache
def languages() -> tuple[str, ...]:
    """The languages that ship a catalogue, sorted (always includes English)."""
    found = {p.name for p in LOCALE_DIR.iterdir() if (p / "LC_MESSAGES").is_dir()}
    return tuple(sorted(found | {FALLBACK}))


def catalog_path(lang: str, domain: str) -> Path:
    """Where the ``.po`` file of ``lang`` for ``domain`` lives."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{domain}.po"


def _normalise(value: str) -> str:
    """``fr_CH.UTF-8``, ``fr-CH`` or ``FR`` -> ``fr``."""
    for sep in ".@":
        value = value.split(sep, 1)[0]
    return value.replace("-", "_").split("_", 1)[0].strip().lower()


def _format(text: str, fmt: dict[str, object]) -> str:
    """Placeholders are filled only when values are given (other braces stay as written)."""
    return text.format(**fmt) if fmt else text


@cache
def _translations(lang: str, domain: str) -> gettext.NullTranslations:
    """The catalogue of ``lang`` for ``domain`` with English behind it."""
    english = _compiled(FALLBACK, domain)
    if lang == FALLBACK or lang not in languages():
        return english
    own = _compiled(lang, domain)
    own.add_fallback(english)
    return own


def _compiled(lang: str, domain: str) -> gettext.NullTranslations:
    path = catalog_path(lang, domain)
    if not path.is_file():
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo  # imported on first lookup only
    from babel.messages.pofile import read_po

    with path.open("rb") as fp:
        catalog = read_po(fp, locale=lang, domain=domain)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)

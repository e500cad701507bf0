"""The catalogues are complete: the templates match the code, every language translates all.

A message added to the code without running ``python -m kitgen.i18n.extract`` fails the first
test; a message left untranslated in one language fails the second, naming it.
"""

from __future__ import annotations

import io
import string
from gettext import GNUTranslations
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

from kitgen.i18n.catalogs import DOMAINS, FALLBACK, catalog_path, cli_translations, languages
from kitgen.i18n.click_words import (
    CLICK_PLURALS,
    CLICK_WORDS,
    click_catalogue,
    click_catalogue_path,
    shipped_click_words,
)
from kitgen.i18n.extract import extract, template_path


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as fp:
        return read_po(fp, locale=lang)


def _ids(catalog: Catalog) -> set[tuple[str, str | None]]:
    """Message ids with their context (gettext's msgctxt), which tells two "Time" apart."""
    return {(str(m.id), m.context) for m in catalog if m.id}


def missing_translations(template: Catalog, catalog: Catalog) -> list[str]:
    """The message ids of ``template`` that ``catalog`` lacks or leaves empty or fuzzy.

    A plural message (``output_ntext``) needs every form the language's ``Plural-Forms`` asks
    for, each filled in: one empty ``msgstr[1]`` counts as missing.
    """
    missing = []
    for message in template:
        if not message.id:
            continue
        entry = catalog.get(message.id, context=message.context)
        if entry is None or entry.fuzzy or not _complete(entry, catalog.num_plurals):
            missing.append(str(message.id))
    return missing


def _complete(entry: Message, num_plurals: int) -> bool:
    if isinstance(entry.string, (tuple, list)):
        return len(entry.string) == num_plurals and all(entry.string)
    return bool(entry.string)


def _forms(text: object) -> list[str]:
    """The texts of a message: one, or each plural form."""
    return [str(t) for t in text] if isinstance(text, (tuple, list)) else [str(text)]


@pytest.mark.parametrize("domain", DOMAINS)
def test_template_matches_the_sources(domain: str) -> None:
    found = _ids(extract(domain))
    committed = _ids(_read(template_path(domain)))
    assert found == committed, (
        f"{domain}.pot is out of date (run python -m kitgen.i18n.extract): "
        f"new {sorted(found - committed)}, gone {sorted(committed - found)}"
    )


@pytest.mark.parametrize("lang", [lang for lang in languages() if lang != FALLBACK])
@pytest.mark.parametrize("domain", DOMAINS)
def test_every_message_is_translated(domain: str, lang: str) -> None:
    template = _read(template_path(domain))
    catalog = _read(catalog_path(lang, domain), lang)
    assert missing_translations(template, catalog) == []


def test_a_missing_translation_is_reported() -> None:
    """The check above is not vacuous: one empty message in a copy of a catalogue fails it."""
    template = _read(template_path("output"))
    catalog = _read(catalog_path("fr", "output"), "fr")
    singles = {(str(m.id), m.context) for m in template if m.id and not m.pluralizable}
    victim, context = sorted(singles, key=str)[0]
    entry = catalog.get(victim, context=context)
    assert entry is not None
    entry.string = ""
    assert missing_translations(template, catalog) == [victim]
    catalog.delete(victim, context=context)
    assert missing_translations(template, catalog) == [victim]


def test_a_missing_plural_form_is_reported() -> None:
    """A plural message with one form left empty, or a form short, is missing too."""
    template = _read(template_path("output"))
    catalog = _read(catalog_path("fr", "output"), "fr")
    plurals = [m for m in template if m.id and m.pluralizable]
    assert plurals, "the output catalogue has plural messages (output_ntext)"
    victim = plurals[0]
    entry = catalog.get(victim.id, context=victim.context)
    assert entry is not None and all(entry.string)
    assert missing_translations(template, catalog) == []
    entry.string = (entry.string[0], "")
    assert missing_translations(template, catalog) == [str(victim.id)]
    entry.string = (entry.string[0],)
    assert missing_translations(template, catalog) == [str(victim.id)]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "nplurals=2; plural=(n != 1);"), ("fr", "nplurals=2; plural=(n > 1);")]
    + [(lang, "nplurals=2; plural=(n != 1);") for lang in ("de", "it")],
)
@pytest.mark.parametrize("domain", DOMAINS)
def test_plural_forms_header(domain: str, lang: str, expected: str) -> None:
    """French counts 0 and 1 as singular ("0 carte"); the others only 1."""
    assert _read(catalog_path(lang, domain), lang).plural_forms == expected


def test_english_catalogue_lists_every_message() -> None:
    for domain in DOMAINS:
        template = _read(template_path(domain))
        assert _ids(template) <= _ids(_read(catalog_path(FALLBACK, domain), FALLBACK))


@pytest.mark.parametrize("lang", [lang for lang in languages() if lang != FALLBACK])
@pytest.mark.parametrize("domain", DOMAINS)
def test_translations_keep_the_placeholders(domain: str, lang: str) -> None:
    """``{n}`` in the English text is ``{n}`` in every translation: none lost, none invented."""
    catalog = _read(catalog_path(lang, domain), lang)
    wrong = [
        str(m.id)
        for m in catalog
        if m.id and m.string
        for text in _forms(m.string)
        if text and _fields(_forms(m.id)[-1]) != _fields(text)
    ]
    assert wrong == []


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("domain", DOMAINS)
def test_german_follows_swiss_spelling(domain: str) -> None:
    """The German catalogue is written for Swiss facilitators: "ss", never "ß" (Grösse, aussen),
    one spelling throughout instead of a mix of both."""
    catalog = _read(catalog_path("de", domain), "de")
    with_sharp_s = [
        str(message.id)
        for message in catalog
        if message.id
        and any(
            "ß" in form
            for form in (message.string if isinstance(message.string, tuple) else (message.string,))
        )
    ]
    assert with_sharp_s == []


@pytest.mark.parametrize("lang", languages())
def test_shipped_click_words_say_what_the_catalogue_says(lang: str) -> None:
    """The compiled ``kitgen-click.mo`` of each language answers as the ``cli`` catalogue does,
    plural forms included (run python -m kitgen.i18n.extract after translating)."""
    shipped = shipped_click_words(lang)
    fresh = GNUTranslations(io.BytesIO(click_catalogue(lang)))
    stale = [
        msgid
        for msgid in CLICK_WORDS
        if shipped.gettext(msgid) != fresh.gettext(msgid) or fresh.gettext(msgid) == ""
    ]
    for singular, plural in CLICK_PLURALS:
        for n in (0, 1, 2, 1_000_000):
            if shipped.ngettext(singular, plural, n) != fresh.ngettext(singular, plural, n):
                stale.append(f"{singular} (n={n})")
    assert not stale, f"kitgen-click.mo of {lang} is out of date: {stale}"
    assert fresh.gettext("Usage:") == cli_translations(lang).gettext("Usage:")


def test_a_stale_click_catalogue_is_noticed(tmp_path: Path) -> None:
    """The check above can fail: a catalogue of other words answers differently."""
    other = click_catalogue_path("fr", tmp_path)
    other.parent.mkdir(parents=True)
    other.write_bytes(click_catalogue("de"))
    assert shipped_click_words("fr", tmp_path).gettext("Usage:") != (
        shipped_click_words("fr").gettext("Usage:")
    )
    assert shipped_click_words("fr", tmp_path / "none").gettext("Usage:") == "Usage:"

"""The lookup functions: translation, English fallback, formatting, the command's language."""

from __future__ import annotations

import pytest

from kitgen.i18n import (
    cli_language,
    cli_ntext,
    cli_text,
    is_language,
    languages,
    output_ntext,
    output_text,
)

_LOCALE_VARIABLES = ("KITGEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def clean_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in _LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_shipped_languages() -> None:
    assert set(languages()) >= {"en", "fr", "de", "it"}


@pytest.mark.parametrize(
    ("code", "known"),
    [
        *[("fr", True), ("pt", True), ("rm", True), ("gsw", True)],
        *[("xx", False), ("qq", False), ("zz", False), ("", False), ("../fr", False)],
    ],
)
def test_is_language_knows_languages_without_a_catalogue(code: str, known: bool) -> None:
    """A language is what CLDR knows (Romansh, Swiss German), catalogue or not."""
    assert is_language(code) is known


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Card back"),
        ("fr", "Dos de carte"),
        ("de", "Kartenrückseite"),
        ("it", "Retro della carta"),
        ("fr_CH.UTF-8", "Dos de carte"),
        ("rm", "Card back"),  # no Romansh catalogue: English
        ("", "Card back"),
    ],
)
def test_output_text_translates_then_falls_back_to_english(lang: str, expected: str) -> None:
    assert output_text(lang, "Card back") == expected


@pytest.mark.parametrize(
    ("lang", "n", "cards", "sessions", "people"),
    [
        ("en", 1, "1 card", "1 session", "1 person"),
        ("en", 2, "2 cards", "2 sessions", "2 people"),
        ("en", 0, "0 cards", "0 sessions", "0 people"),
        ("fr", 1, "1 carte", "1 séance", "1 personne"),
        ("fr", 2, "2 cartes", "2 séances", "2 personnes"),
        ("fr", 0, "0 carte", "0 séance", "0 personne"),  # French: 0 is singular
        ("de", 1, "1 Karte", "1 Sitzung", "1 Person"),
        ("de", 2, "2 Karten", "2 Sitzungen", "2 Personen"),
        ("de", 0, "0 Karten", "0 Sitzungen", "0 Personen"),
        ("it", 1, "1 carta", "1 incontro", "1 persona"),
        ("it", 2, "2 carte", "2 incontri", "2 persone"),
        ("it", 0, "0 carte", "0 incontri", "0 persone"),
        ("rm", 1, "1 card", "1 session", "1 person"),  # no catalogue: English rules
        ("rm", 3, "3 cards", "3 sessions", "3 people"),
    ],
)
def test_output_ntext_picks_the_plural_form(
    lang: str, n: int, cards: str, sessions: str, people: str
) -> None:
    assert output_ntext(lang, "{n} card", "{n} cards", n) == cards
    assert output_ntext(lang, "{n} session", "{n} sessions", n) == sessions
    assert output_ntext(lang, "{n} person", "{n} people", n) == people


def test_output_ntext_unknown_message_falls_back_to_english_rules() -> None:
    assert output_ntext("fr", "{n} goat of {who}", "{n} goats of {who}", 1, who="Ana") == (
        "1 goat of Ana"
    )
    assert output_ntext("de", "{n} goat", "{n} goats", 0) == "0 goats"


def test_unknown_message_is_its_english_id_formatted() -> None:
    assert output_text("fr", "No such message {n}", n=3) == "No such message 3"
    assert output_text("de", "Braces {stay} without values") == "Braces {stay} without values"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "fr_CH.UTF-8"}, "fr"),
        ({"LANG": "de_CH.UTF-8", "LC_MESSAGES": "it_CH.UTF-8"}, "it"),
        ({"LANG": "de_CH.UTF-8", "LC_MESSAGES": "it_CH", "LC_ALL": "fr_FR@euro"}, "fr"),
        ({"LC_ALL": "", "LANG": "fr_BE.UTF-8"}, "fr"),  # empty values do not count
        ({"LANG": "fr_CH.UTF-8", "KITGEN_LANG": "en"}, "en"),
        ({"KITGEN_LANG": "de"}, "de"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "es_ES.UTF-8"}, "en"),  # no catalogue: English
    ],
)
def test_cli_language_reads_the_locale_like_gettext(
    clean_locale: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name, value in env.items():
        clean_locale.setenv(name, value)
    assert cli_language() == expected


def test_cli_text_follows_the_locale(clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setenv("LANG", "fr_CH.UTF-8")
    # a message without translation comes back as its English id, formatted
    assert cli_text("{n} sets checked", n=2) == "2 sets checked"


@pytest.mark.parametrize(
    ("lang", "n", "expected"),
    [
        ("en", 1, "1 file checked: 1 error, 0 warnings"),
        ("en", 3, "3 files checked: 3 errors, 0 warnings"),
        ("fr", 1, "1 fichier vérifié\u00a0: 1 erreur, 0 avertissement"),  # French: 0 and 1
        ("fr", 3, "3 fichiers vérifiés\u00a0: 3 erreurs, 0 avertissement"),
        ("de", 1, "1 Datei geprüft: 1 Fehler, 0 Warnungen"),
        ("de", 3, "3 Dateien geprüft: 3 Fehler, 0 Warnungen"),
        ("it", 1, "1 file verificato: 1 errore, 0 avvisi"),
        ("it", 3, "3 file verificati: 3 errori, 0 avvisi"),
    ],
)
def test_cli_ntext_picks_the_plural_form_of_the_users_language(
    clean_locale: pytest.MonkeyPatch, lang: str, n: int, expected: str
) -> None:
    """The command's counts: never "3 file(s)" (the validate summary, three counts)."""
    clean_locale.setenv("KITGEN_LANG", lang)
    summary = cli_text(
        "{files}: {errors}, {warnings}",
        files=cli_ntext("{n} file checked", "{n} files checked", n),
        errors=cli_ntext("{n} error", "{n} errors", n),
        warnings=cli_ntext("{n} warning", "{n} warnings", 0),
    )
    assert summary == expected


@pytest.mark.parametrize("lang", ["en", "fr", "de", "it"])
def test_no_command_message_counts_with_a_bracketed_plural(lang: str) -> None:
    """Counts go through cli_ntext: no "(s)", "(en)", "/i" plural left in the catalogue."""
    from babel.messages.pofile import read_po

    from kitgen.i18n.catalogs import catalog_path

    with catalog_path(lang, "cli").open("rb") as fp:
        catalog = read_po(fp, locale=lang)
    bracketed = [
        str(message.id)
        for message in catalog
        if message.id
        for text in (message.id, message.string)
        for part in (text if isinstance(text, tuple) else (text,))
        if any(mark in (part or "") for mark in ("(s)", "(en)", "(n)", "(e)", "/i ", "/e "))
    ]
    assert bracketed == []

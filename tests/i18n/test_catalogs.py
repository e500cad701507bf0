"""The lookup functions: translation, English fallback, formatting, the command's language."""

from __future__ import annotations

import pytest

from kitgen.i18n import cli_language, cli_text, languages, output_text

_LOCALE_VARIABLES = ("KITGEN_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def clean_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in _LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_shipped_languages() -> None:
    assert set(languages()) >= {"en", "fr", "de", "it"}


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

"""The command in the user's language: `--help`, click's own words and usage errors.

The language comes from ``KITGEN_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``,
``LANG``); help texts are translated when shown, not when a command module is imported.
"""

from __future__ import annotations

import gettext
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import click.core
import click.exceptions
import pytest
from click.testing import CliRunner

from kitgen.cli import main
from kitgen.cli.text import click_words_in_user_language
from kitgen.i18n import cli_text

NBSP = "\u00a0"  # French: a no-break space before a colon
NNBSP = "\u202f"  # French: a narrow one inside « » and before ; ! ?


def run_process(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``python -m kitgen`` with only the given language variables set."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("KITGEN_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
    }
    return subprocess.run(
        [sys.executable, "-m", "kitgen", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**clean, "PYTHONIOENCODING": "utf-8", "COLUMNS": "100", **env},
        timeout=120,
        check=False,
    )


def test_main_help_is_french_under_a_french_locale() -> None:
    done = run_process("--help", LANG="fr_CH.UTF-8")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith(f"Utilisation{NBSP}: ")
    assert "Construit les jeux de cartes, les guides d’animation" in out
    assert f"Codes de sortie{NBSP}: 0 tout va bien" in out
    assert f"Commandes{NBSP}:" in out and f"Options{NBSP}:" in out
    assert "Affiche cette aide et quitte." in out
    assert "Vérifie des fichiers ou des dossiers de jeux de questions" in out  # validate's line


def test_command_help_and_usage_error_are_french() -> None:
    done = run_process("validate", "--help", LANG="fr_CH.UTF-8")
    assert done.returncode == 0
    assert "Traite les avertissements comme des erreurs (code 1)." in done.stdout
    assert "Affiche chaque problème d’un genre qui se répète souvent" in done.stdout
    usage = run_process("validate", LANG="fr_CH.UTF-8")
    assert usage.returncode == 2
    assert f"Essayez «{NNBSP}" in usage.stderr
    assert f" validate --help{NNBSP}» pour l’aide." in usage.stderr
    assert f"Erreur{NBSP}: Argument manquant «{NNBSP}CHEMINS...{NNBSP}»." in usage.stderr
    assert "Traceback" not in usage.stderr


@pytest.mark.parametrize(
    ("env", "usage", "options"),
    [
        ({"LANG": "fr_CH.UTF-8"}, f"Utilisation{NBSP}:", "[OPTIONS]"),
        ({"LANG": "fr_CH.UTF-8", "KITGEN_LANG": "en"}, "Usage:", "[OPTIONS]"),
        ({"LANG": "en_GB.UTF-8", "KITGEN_LANG": "fr"}, f"Utilisation{NBSP}:", "[OPTIONS]"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "Aufruf:", "[OPTIONEN]"),
        ({"LANG": "it_CH.UTF-8", "LC_ALL": "C"}, "Usage:", "[OPTIONS]"),
        ({"LANG": "it_CH.UTF-8"}, "Uso:", "[OPZIONI]"),
        ({"LANG": "pt_BR.UTF-8"}, "Usage:", "[OPTIONS]"),
        ({}, "Usage:", "[OPTIONS]"),
    ],
)
def test_language_from_kitgen_lang_then_the_locale(
    env: dict[str, str], usage: str, options: str
) -> None:
    done = run_process("schema", "--help", **env)
    assert done.returncode == 0
    assert done.stdout.startswith(f"{usage} ")
    assert done.stdout.splitlines()[0].endswith(f"kitgen schema {options}")


def test_help_is_translated_when_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Modules imported under English still show French help once the language changes."""
    english = CliRunner().invoke(main, ["validate", "--help"])
    assert "Treat warnings as errors (exit 1)." in english.stdout
    monkeypatch.setenv("KITGEN_LANG", "fr")
    french = CliRunner().invoke(main, ["validate", "--help"])
    assert "Traite les avertissements comme des erreurs (code 1)." in french.stdout
    assert "Treat warnings" not in french.stdout


def _commands() -> list[str]:
    assert isinstance(main, click.Group)
    return main.list_commands(click.Context(main))


@pytest.mark.parametrize("name", _commands())
def test_every_help_text_has_a_french_translation(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No option or command help is left out of the catalogue (a help not marked cli_msgid)."""
    command = main.get_command(click.Context(main), name)
    assert isinstance(command, click.Command)
    english = CliRunner().invoke(main, [name, "--help"]).stdout
    monkeypatch.setenv("KITGEN_LANG", "fr")
    french = CliRunner().invoke(main, [name, "--help"]).stdout
    texts = [command.help or ""] + [p.help for p in command.params if isinstance(p, click.Option)]
    for text in texts:
        assert text, f"kitgen {name}: a help text is missing"
        first_words = " ".join(text.split("{")[0].split()[:4])  # before any placeholder
        assert first_words in " ".join(english.split())
        assert first_words not in " ".join(french.split()), f"not translated: {text!r}"


def test_a_terminal_without_the_french_characters_gets_no_traceback() -> None:
    """French help holds narrow no-break spaces and apostrophes a Latin-1 terminal cannot
    show: they come out as escapes, the rest as it is."""
    env = {k: v for k, v in os.environ.items() if k not in ("KITGEN_LANG", "LC_ALL", "LANGUAGE")}
    done = subprocess.run(
        [sys.executable, "-m", "kitgen", "--help"],
        capture_output=True,
        env={**env, "LANG": "fr_CH.UTF-8", "PYTHONIOENCODING": "latin-1"},
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert b"Traceback" not in done.stderr
    out = done.stdout.decode("latin-1")
    assert "Construit les jeux de cartes, les guides d\\u2019animation" in out


#: Click's own names for a value's type, which a French help must not show.
CLICK_TYPE_NAMES = re.compile(r"\b(TEXT|FLOAT|INTEGER|RANGE|PATH|FILE|DIRECTORY|BOOLEAN)\b")


def test_french_help_names_values_and_defaults_the_french_way(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Metavars in French (NOMBRE, not FLOAT RANGE), defaults with a decimal comma and no
    trailing .0, French spacing in the bracket."""
    monkeypatch.setenv("KITGEN_LANG", "fr")
    out = CliRunner().invoke(main, ["cards", "--help"], terminal_width=200).stdout
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith("  --")}
    assert lines["--lang"].split()[1] == "TEXTE"
    assert lines["--bleed"].split()[1] == "NOMBRE"
    assert lines["--png"].split()[1] == "DOSSIER"
    assert f"[par défaut{NBSP}: 3{NNBSP}; 0<=x<=10]" in lines["--bleed"]
    assert "3.0" not in out
    assert lines["--min-font"].split()[1] == "NOMBRE" and "[4<=x<=40]" in lines["--min-font"]
    assert "-o, --output CHEMIN" in out


@pytest.mark.parametrize("name", _commands())
def test_no_french_help_shows_clicks_type_names(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KITGEN_LANG", "fr")
    out = CliRunner().invoke(main, [name, "--help"], terminal_width=200).stdout
    options = [line.split("  ")[1] for line in out.splitlines() if line.startswith("  -")]
    assert [o for o in options if CLICK_TYPE_NAMES.search(o)] == []
    usage = out.splitlines()[0]
    assert "[OPTIONS]" in usage  # the same word in French


@pytest.mark.parametrize(
    ("lang", "hint", "error"),
    [
        (
            "fr",
            f"Essayez «{NNBSP}kitgen cards --help{NNBSP}» pour l’aide.",
            f"«{NNBSP}--bogus{NNBSP}»",
        ),
        ("de", "„kitgen cards --help“", "„--bogus“"),
        ("it", "«kitgen cards --help»", "«--bogus»"),
        ("en", "Try 'kitgen cards --help' for help.", "No such option '--bogus'"),
    ],
)
def test_clicks_own_messages_quote_as_the_language_does(
    lang: str, hint: str, error: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KITGEN_LANG", lang)
    result = CliRunner().invoke(main, ["cards", "--bogus"], prog_name="kitgen")
    assert result.exit_code == 2
    assert hint in result.stderr and error in result.stderr
    missing = CliRunner().invoke(main, ["cards", "x.yaml", "-o", "d.pdf", "--lang"])
    assert "'--lang'" in missing.stderr if lang == "en" else "'--lang'" not in missing.stderr


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            f"«{NNBSP}b5{NNBSP}» ne fait pas partie des choix possibles{NBSP}: "
            f"«{NNBSP}a4{NNBSP}», «{NNBSP}letter{NNBSP}», «{NNBSP}a3{NNBSP}».",
        ),
        ("en", "'b5' is not one of 'a4', 'letter', 'a3'."),
    ],
)
def test_a_refused_choice_quotes_the_choices_as_the_language_does(
    lang: str, expected: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Click writes the choices with Python's repr ('a4'); French readers get « a4 »."""
    monkeypatch.setenv("KITGEN_LANG", lang)
    out = tmp_path / "d.pdf"
    result = CliRunner().invoke(main, ["cards", "x.yaml", "-o", str(out), "--paper", "b5"])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("name", "english", "french"),
    [
        ("init", "FOLDER", "DOSSIER"),
        ("new", "SET_ID", "ID_DU_JEU"),
        ("validate", "PATHS...", "CHEMINS..."),
    ],
)
def test_arguments_are_named_in_the_users_language(
    name: str, english: str, french: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert CliRunner().invoke(main, [name, "--help"]).stdout.splitlines()[0].endswith(english)
    monkeypatch.setenv("KITGEN_LANG", "fr")
    assert CliRunner().invoke(main, [name, "--help"]).stdout.splitlines()[0].endswith(french)


@pytest.mark.parametrize(
    ("lang", "args", "expected"),
    [
        ("fr", ["--bleed", "12.5"], "12,5 n’est pas dans l’intervalle 0<=x<=10."),
        ("fr", ["--bleed", "abc"], f"«{NNBSP}abc{NNBSP}» n’est pas un nombre."),
        ("en", ["--bleed", "12.5"], "12.5 is not in the range 0<=x<=10."),
        ("en", ["--bleed", "abc"], "'abc' is not a number."),
        ("de", ["--bleed", "12.5"], "12,5 liegt nicht im Bereich 0<=x<=10."),
    ],
)
def test_a_number_out_of_range_is_refused_in_the_users_words(
    lang: str, args: list[str], expected: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Click said "float range" and wrote 12.5 with a point in French."""
    monkeypatch.setenv("KITGEN_LANG", lang)
    out = tmp_path / "d.pdf"
    result = CliRunner().invoke(main, ["cards", "x.yaml", "-o", str(out), *args])
    assert result.exit_code == 2
    assert expected in result.stderr
    assert "float" not in result.stderr


def test_a_decimal_comma_is_read_where_the_help_writes_one(
    minimal_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The French help says « par défaut : 8,5 »: --min-font 8,5 and --bleed 2,5 are numbers."""
    monkeypatch.setenv("KITGEN_LANG", "fr")
    out = tmp_path / "d.pdf"
    args = ["cards", str(minimal_path), "-o", str(out), "--bleed", "2,5", "--min-font", "8,5"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_click_is_left_as_it_is_and_the_global_domain_is_put_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Click's words come through the standard library's gettext, not by rebinding click."""
    assert click.core._ is gettext.gettext
    assert click.exceptions.ngettext is gettext.ngettext
    monkeypatch.setenv("KITGEN_LANG", "fr")
    monkeypatch.setenv("LANGUAGE", "de")
    domain = gettext.textdomain()
    result = CliRunner().invoke(main, ["cards", "--bogus"])
    assert f"Utilisation{NBSP}: main cards" in result.output
    assert f"L’option «{NNBSP}--bogus{NNBSP}» n’existe pas." in result.output
    assert (gettext.textdomain(), os.environ["LANGUAGE"]) == (domain, "de")
    assert gettext.gettext("Usage:") == "Usage:"


@pytest.mark.parametrize("lang", ["en", "fr", "de", "it"])
def test_click_asks_gettext_and_finds_the_user_language(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KITGEN_LANG", lang)
    singular = "Got unexpected extra argument ({args})"
    plural = "Got unexpected extra arguments ({args})"
    with click_words_in_user_language():
        assert gettext.gettext("Usage:") == cli_text("Usage:")
        assert gettext.ngettext(singular, plural, 1) == cli_text(singular)
        assert gettext.ngettext(singular, plural, 3) == cli_text(plural)
        assert gettext.ngettext(singular, plural, 1_000_000) == cli_text(plural)
    assert gettext.gettext("Usage:") == "Usage:"

"""The command in the user's language: `--help`, click's own words and usage errors.

The language comes from ``KITGEN_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``,
``LANG``); help texts are translated when shown, not when a command module is imported.
"""

from __future__ import annotations

import os
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from kitgen.cli import main

NBSP = "\u00a0"  # French: a no-break space before a colon


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
    assert "Essayez '" in usage.stderr and " validate --help' pour l’aide." in usage.stderr
    assert f"Erreur{NBSP}: Argument manquant 'PATHS...'." in usage.stderr
    assert "Traceback" not in usage.stderr


@pytest.mark.parametrize(
    ("env", "usage"),
    [
        ({"LANG": "fr_CH.UTF-8"}, f"Utilisation{NBSP}:"),
        ({"LANG": "fr_CH.UTF-8", "KITGEN_LANG": "en"}, "Usage:"),
        ({"LANG": "en_GB.UTF-8", "KITGEN_LANG": "fr"}, f"Utilisation{NBSP}:"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "de_CH.UTF-8"}, "Aufruf:"),
        ({"LANG": "it_CH.UTF-8", "LC_ALL": "C"}, "Usage:"),
        ({"LANG": "it_CH.UTF-8"}, "Uso:"),
        ({"LANG": "pt_BR.UTF-8"}, "Usage:"),
        ({}, "Usage:"),
    ],
)
def test_language_from_kitgen_lang_then_the_locale(env: dict[str, str], usage: str) -> None:
    done = run_process("schema", "--help", **env)
    assert done.returncode == 0
    assert done.stdout.startswith(f"{usage} ")
    assert done.stdout.splitlines()[0].endswith("kitgen schema [OPTIONS]")


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

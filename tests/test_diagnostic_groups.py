"""Many problems with one cause: one summary line, the first located lines, "and N more"."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kitgen.cli import main
from kitgen.diagnostic_groups import GROUP_FROM, SHOWN, grouped_lines
from kitgen.diagnostics import Location, error, warning
from kitgen.load import load

GOOD = Path(__file__).resolve().parent / "load" / "good"


def _one_language_set_gets_english(tmp_path: Path) -> Path:
    """The issue's case: adding a language makes every text of a one-language set plain."""
    text = (GOOD / "one-language.yaml").read_text(encoding="utf-8")
    assert "languages: [fr]\n" in text
    path = tmp_path / "set.yaml"
    path.write_text(text.replace("languages: [fr]\n", "languages: [fr, en]\n"), "utf-8")
    return path


def _validate(*args: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["validate", "--no-docs", "-q", *args])
    return result.exit_code, result.stderr.splitlines()


def test_adding_a_language_gives_one_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _one_language_set_gets_english(tmp_path)
    monkeypatch.chdir(tmp_path)
    located = [str(d) for d in load(Path(path.name), docs_dir=False).diagnostics]
    assert len(located) >= GROUP_FROM
    code, lines = _validate(path.name)
    assert code == 1
    assert lines[0] == (
        f"set.yaml: error: {len(located)} problems of one kind: texts written in one language "
        "only, but the set has languages fr, en; give each text one line per language"
    )
    assert lines[1 : 1 + SHOWN] == located[:SHOWN]
    assert lines[1 + SHOWN :] == [
        f"set.yaml: error: and {len(located) - SHOWN} more of this kind (--all lists them all)"
    ]


def test_all_lists_every_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _one_language_set_gets_english(tmp_path)
    monkeypatch.chdir(tmp_path)
    located = [str(d) for d in load(Path(path.name), docs_dir=False).diagnostics]
    code, lines = _validate("--all", path.name)
    assert code == 1
    assert lines[0].startswith(f"set.yaml: error: {len(located)} problems of one kind: ")
    assert lines[1:] == located
    for line in lines[1:]:  # every located line keeps the shape editors parse
        name, row, column, rest = line.split(":", 3)
        assert (name, rest[:8]) == ("set.yaml", " error: ")
        assert int(row) >= 1 and int(column) >= 1


def test_small_groups_and_lone_problems_print_as_they_are(tmp_path: Path) -> None:
    here = tmp_path / "a.yaml"
    few = [error(Location(here, n), f"problem {n}", summary="same cause") for n in range(1, 6)]
    assert len(few) < GROUP_FROM
    assert grouped_lines(few) == [str(d) for d in few]
    lone = [error(Location(here, n), f"problem {n}") for n in range(1, 20)]
    assert grouped_lines(lone) == [str(d) for d in lone]


def test_groups_are_per_file_cause_and_severity(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    cause = [error(Location(a, n), f"x {n}", summary="cause") for n in range(1, 8)]
    other = [warning(Location(a, n), f"w {n}", summary="cause") for n in range(1, 3)]
    elsewhere = [error(Location(b, n), f"y {n}", summary="cause") for n in range(1, 3)]
    lines = grouped_lines([cause[0], other[0], *cause[1:], *other[1:], *elsewhere])
    path_a = cause[0].location.display_path()
    assert lines == [
        f"{path_a}: error: 7 problems of one kind: cause",
        *(str(d) for d in cause[:SHOWN]),
        f"{path_a}: error: and {7 - SHOWN} more of this kind (--all lists them all)",
        str(other[0]),
        str(other[1]),
        *(str(d) for d in elsewhere),
    ]


def test_the_summary_speaks_the_user_s_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _one_language_set_gets_english(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KITGEN_LANG", "fr")
    located = [str(d) for d in load(Path(path.name), docs_dir=False).diagnostics]
    code, lines = _validate(path.name)
    assert code == 1
    assert lines[0] == (
        f"set.yaml: error: {len(located)} problèmes du même genre\u00a0: des textes écrits dans "
        "une seule langue, alors que le jeu a les langues fr, en\u202f; donnez à chaque texte "
        "une ligne par langue"
    )
    assert lines[-1] == (
        f"set.yaml: error: et {len(located) - SHOWN} autres du même genre (--all les affiche tous)"
    )

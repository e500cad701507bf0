"""``--back-offset``: a French decimal comma is never read silently as two values."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kitgen.cli.main import main
from kitgen.cli.offset import parse_back_offset


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("-1.5,0.5", (-1.5, 0.5)),
        ("1,-0.5", (1.0, -0.5)),  # a signed Y: only one reading
        ("-1.0,5", (-1.0, 5.0)),  # a point in X: only one reading
        ("0,0", (0.0, 0.0)),
        ("2,0", (2.0, 0.0)),  # X = 2 and Y = 0 whichever way it is read
        (" 1.5 , -2 ", (1.5, -2.0)),
        ("20,-20", (20.0, -20.0)),
    ],
)
def test_unambiguous_values_are_read(value: str, expected: tuple[float, float]) -> None:
    assert parse_back_offset(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "-1,5",
            "'-1,5' is ambiguous: X = -1 mm and Y = 5 mm, or -1.5 mm with a decimal comma? "
            "Write decimals with a point and give both values: --back-offset=-1.5,0 or "
            "--back-offset=-1.0,5",
        ),
        (
            "-1,5,0,5",
            "'-1,5,0,5' has decimal commas; write decimals with a point: --back-offset=-1.5,0.5",
        ),
        (
            "-1,5,0",
            "'-1,5,0' has decimal commas; write decimals with a point: --back-offset=-1.5,0 or "
            "--back-offset=-1,5.0",
        ),
        (
            "nan,0",
            "'nan,0' is not a distance; write two numbers of millimetres, e.g. "
            "--back-offset=-1.5,0.5",
        ),
        (
            "1,-inf",
            "'1,-inf' is not a distance; write two numbers of millimetres, e.g. "
            "--back-offset=-1.5,0.5",
        ),
        (
            "1e999,0",
            "'1e999,0' is not a distance; write two numbers of millimetres, e.g. "
            "--back-offset=-1.5,0.5",
        ),
        ("1.5", "write X,Y in millimetres, decimals with a point, e.g. --back-offset=-1.5,0.5"),
        ("1;2", "write X,Y in millimetres, decimals with a point, e.g. --back-offset=-1.5,0.5"),
        ("21,0", "an offset over 20 mm is not a printer misalignment"),
    ],
)
def test_ambiguous_or_impossible_values_are_refused(value: str, message: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_back_offset(value)
    assert str(info.value) == message


def test_every_suggested_value_is_accepted_as_written() -> None:
    for value in ("-1,5", "-1,5,0,5", "-1,5,0", "0,25", "1,5,0,25"):
        with pytest.raises(ValueError) as info:
            parse_back_offset(value)
        suggestions = str(info.value).split("--back-offset=")[1:]
        assert suggestions
        for suggestion in suggestions:
            parse_back_offset(suggestion.split(" ")[0])


def test_cards_refuses_a_decimal_comma_and_writes_nothing(
    minimal_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "deck.pdf"
    result = CliRunner().invoke(
        main, ["cards", str(minimal_path), "-o", str(out), "--back-offset=-1,5"]
    )
    assert result.exit_code == 2
    assert "'-1,5' is ambiguous: X = -1 mm and Y = 5 mm, or -1.5 mm" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_handbook_agrees(repo_root: Path, lang: str) -> None:
    """The handbook's command is accepted as written; the decimal comma it warns of is refused."""
    page = (repo_root / "docs" / lang / "handbook.md").read_text(encoding="utf-8")
    commands = re.findall(r"^\s*kitgen cards .*--back-offset=(\S+)$", page, re.MULTILINE)
    assert commands == ["-1.5,0.5"]
    assert parse_back_offset(commands[0]) == (-1.5, 0.5)
    warned = re.findall(r"`--back-offset=(-1,5)`", page)
    assert warned == ["-1,5"]
    with pytest.raises(ValueError, match="ambiguous"):
        parse_back_offset(warned[0])


def test_the_refusal_speaks_french(monkeypatch: pytest.MonkeyPatch) -> None:
    """The French reader who typed the decimal comma is told so in French, with the decimal
    comma in the reading that uses it."""
    monkeypatch.setenv("KITGEN_LANG", "fr")
    with pytest.raises(ValueError) as info:
        parse_back_offset("-1,5")
    assert str(info.value) == (
        "«\u202f-1,5\u202f» est ambigu\u00a0: X = -1 mm et Y = 5 mm, ou -1,5 mm avec une "
        "virgule décimale\u202f? Écrivez les décimales avec un point et donnez les deux "
        "valeurs\u00a0: --back-offset=-1.5,0 ou --back-offset=-1.0,5"
    )

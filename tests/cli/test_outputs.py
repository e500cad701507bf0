"""``-o`` of the single-file commands: a name ending in another format's extension is refused
before any work (``kitgen deck SET -o d.pdf`` once wrote HTML under a .pdf name, exit 0)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kitgen.cli.main import main

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture()
def workshop(tmp_path: Path) -> Path:
    """A set with sessions, outside the repository (no theme page needed)."""
    return Path(shutil.copy(DATA / "guide" / "workshop.yaml", tmp_path / "workshop.yaml"))


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), prog_name="kitgen", env={"KITGEN_LANG": "en"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("command", "name", "extra", "given", "expected"),
    [
        ("deck", "d.pdf", [], ".pdf", ".html"),
        ("cards", "d.html", [], ".html", ".pdf"),
        ("guide", "g.html", [], ".html", ".pdf"),
        ("guide", "g.pdf", ["--format", "md"], ".pdf", ".md"),
        ("guide", "g.md", ["--format", "docx"], ".md", ".docx"),
    ],
)
def test_an_output_named_for_another_format_is_a_usage_error(
    workshop: Path,
    tmp_path: Path,
    command: str,
    name: str,
    extra: list[str],
    given: str,
    expected: str,
) -> None:
    out = tmp_path / "out" / name
    code, stdout, err = invoke(command, str(workshop), "-o", str(out), *extra)
    assert (code, stdout) == (2, "")
    assert (
        f"Invalid value for --output: {out} ends in {given}, but this command writes a "
        f"{expected} file; give it a name ending in {expected}"
    ) in err
    assert "Traceback" not in err
    assert not out.parent.exists()


def test_calibrate_refuses_a_name_that_is_not_a_pdf(tmp_path: Path) -> None:
    code, _, err = invoke("calibrate", "-o", str(tmp_path / "sheet.png"))
    assert code == 2
    assert "ends in .png, but this command writes a .pdf file" in err
    assert not (tmp_path / "sheet.png").exists()


@pytest.mark.parametrize(
    ("command", "name"),
    [
        ("deck", "Deck.HTML"),
        ("deck", "deck.htm"),
        ("deck", "deck"),
        ("guide", "g.md"),
        ("guide", "guide"),
        ("cards", "cards.bin"),
    ],
)
def test_names_of_the_format_written_are_fine(
    workshop: Path, tmp_path: Path, command: str, name: str
) -> None:
    """Any case of the right extension; a name without one, or with one kitgen never writes,
    is the user's choice (the guide tests write --format md to guide.txt)."""
    out = tmp_path / name
    code, stdout, err = invoke(command, str(workshop), "-o", str(out))
    assert code == 0, err
    assert stdout.strip() == str(out)
    assert out.stat().st_size > 0

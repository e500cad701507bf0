"""The ``kitgen`` command line: exit codes, help, --strict, folders, and the repository's sets."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from kitgen import __version__
from kitgen.cli import main

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "load" / "bad"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), prog_name="kitgen")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def run_process(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kitgen", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=120,
        check=False,
    )


@pytest.fixture()
def valid(tmp_path: Path, minimal_path: Path) -> Path:
    """A valid set in a folder without a knowledge base (so the theme check is skipped)."""
    path = tmp_path / "minimal.yaml"
    shutil.copy(minimal_path, path)
    return path


def _unknown_method(data: dict[str, Any]) -> None:
    data["sessions"][0]["steps"][0]["method"] = "brainstorm"


# Exit codes.


def test_valid_file_exits_0(valid: Path) -> None:
    code, out, err = run("validate", str(valid))
    assert code == 0
    assert out == ""
    assert err == "1 file checked: 0 errors, 0 warnings\n"


def test_quiet_prints_nothing_when_valid(valid: Path) -> None:
    assert run("validate", "-q", str(valid)) == (0, "", "")


def test_invalid_file_exits_1(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAD)
    code, out, err = run("validate", "kind-enum.yaml")
    assert code == 1
    assert out == ""
    expected = (BAD / "kind-enum.expected").read_text(encoding="utf-8")
    assert err == expected + "1 file checked: 1 error, 0 warnings\n"


def test_missing_file_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run("validate", "nowhere.yaml")
    assert code == 1
    assert err.splitlines()[0] == "nowhere.yaml:1:1: error: file not found; check the path"


def test_folder_without_sets_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "empty").mkdir()
    monkeypatch.chdir(tmp_path)
    code, _, err = run("validate", "empty")
    assert code == 1
    assert err == "empty:1:1: error: no prompt set (*.yaml) found here\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate"], "Missing argument 'PATHS...'"),
        (["validate", "--nope", "x.yaml"], "No such option '--nope'"),
        (["new"], "Missing argument 'SET_ID'"),
        (["new", "demo", "--lang"], "Option '--lang' requires an argument"),
        (["schema", "extra"], "Got unexpected extra argument (extra)"),
        (["frobnicate"], "No such command 'frobnicate'"),
        (["--nope"], "No such option '--nope'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str) -> None:
    code, out, err = run(*args)
    assert code == 2
    assert out == ""
    assert f"Error: {message}" in err
    assert "Traceback" not in err


def test_real_process_exit_codes(valid: Path) -> None:
    """The installed command behaves the same outside the test runner, without tracebacks."""
    ok = run_process("validate", valid.name, cwd=valid.parent)
    assert (ok.returncode, ok.stdout) == (0, "")
    bad = run_process("validate", "python-tag.yaml", "empty-file.yaml", cwd=BAD)
    assert bad.returncode == 1
    assert "Traceback" not in bad.stderr
    assert bad.stderr.splitlines() == [
        *(BAD / "python-tag.expected").read_text(encoding="utf-8").splitlines(),
        *(BAD / "empty-file.expected").read_text(encoding="utf-8").splitlines(),
        "2 files checked: 2 errors, 0 warnings",
    ]
    usage = run_process("validate", cwd=valid.parent)
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


# Version and help.


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out == f"kitgen, version {__version__}\n"
    assert __version__ != "0.0.0", "kitgen is not installed (pip install -e .)"


def test_main_help_lists_commands_and_exit_codes() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for name in ("validate", "schema", "new"):
        assert f"  {name} " in out
    assert "Exit codes" in out


def _commands() -> list[str]:
    group = main
    assert isinstance(group, click.Group)
    return group.list_commands(click.Context(group))


@pytest.mark.parametrize("name", _commands())
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_every_command_help_lists_its_options(name: str, flag: str) -> None:
    code, out, err = run(name, flag)
    assert code == 0, err
    assert out.startswith(f"Usage: kitgen {name} ")
    assert "Options:" in out
    command = main.get_command(click.Context(main), name)
    assert isinstance(command, click.Command)
    assert command.help, f"kitgen {name} has no help text"
    for param in command.params:
        if isinstance(param, click.Option):
            for opt in param.opts:
                assert opt in out, f"kitgen {name} --help does not list {opt}"


@pytest.mark.parametrize("name", ["validate", "schema", "new"])
def test_format_commands_explain_every_option(name: str) -> None:
    command = main.get_command(click.Context(main), name)
    assert isinstance(command, click.Command)
    for param in command.params:
        if isinstance(param, click.Option) and param.name != "help":
            assert param.help, f"kitgen {name}: option {param.opts[0]} has no help text"


# --strict and folders.


def test_strict_turns_warnings_into_exit_1(
    write_set: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_set(_unknown_method)
    monkeypatch.chdir(path.parent)
    code, _, err = run("validate", path.name)
    assert code == 0
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{path.name}:")
    assert ": warning: method 'brainstorm' is not one kitgen knows" in lines[0]
    assert lines[1] == "1 file checked: 0 errors, 1 warning"
    strict_code, _, strict_err = run("validate", "--strict", path.name)
    assert strict_code == 1
    assert strict_err == err


def test_folders_are_expanded(tmp_path: Path, minimal_path: Path) -> None:
    folder = tmp_path / "sets"
    folder.mkdir()
    shutil.copy(minimal_path, folder / "a.yaml")
    shutil.copy(minimal_path, folder / "b.yml")
    shutil.copy(BAD / "schema-2.yaml", folder / "c.yaml")
    (folder / "notes.txt").write_text("not a set", encoding="utf-8")
    (folder / "sub").mkdir()
    shutil.copy(BAD / "empty-file.yaml", folder / "sub" / "ignored.yaml")
    code, _, err = run("validate", str(folder))
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 3
    assert lines[0].endswith("c.yaml:2:9: error: schema is the number 2, but this kitgen reads "
                              "format version 1 only; write `schema: 1`")  # fmt: skip
    # a.yaml and b.yml share an id: in one folder (one kit) they would write the same files.
    assert lines[1].endswith("b.yml:6:5: error: set id 'minimal' is also used by "
                             f"{folder / 'a.yaml'}; give each set its own id")  # fmt: skip
    assert lines[2] == "3 files checked: 2 errors, 0 warnings"


def test_files_and_folders_mix(tmp_path: Path, valid: Path) -> None:
    folder = tmp_path / "more"
    folder.mkdir()
    shutil.copy(valid, folder / "again.yaml")
    code, _, err = run("validate", str(valid), str(folder))
    assert code == 0
    assert err == "2 files checked: 0 errors, 0 warnings\n"


def test_repository_prompts_validate() -> None:
    prompts = ROOT / "prompts"
    if not any(prompts.glob("*.yaml")):
        pytest.skip("prompts/ is still empty")
    done = run_process("validate", "prompts/", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert ": 0 errors, " in done.stderr


def test_no_docs_skips_the_theme_check_inside_a_project(minimal_path: Path) -> None:
    """tests/data lies in the repository, whose docs/ has no page for the 'minimal' theme."""
    code, _, err = run("validate", str(minimal_path))
    assert code == 1
    assert "theme 'minimal' has no knowledge-base page" in err
    code, _, err = run("validate", "--no-docs", str(minimal_path))
    assert (code, err.strip()) == (0, "1 file checked: 0 errors, 0 warnings")


def test_docs_points_the_theme_check_at_another_knowledge_base(minimal_path: Path) -> None:
    docs = ROOT / "tests" / "load" / "docs"  # has pages for the theme 'corpus' only
    code, _, err = run("validate", "--docs", str(docs), str(minimal_path))
    assert code == 1
    assert "minimal.yaml:16:8: error: theme 'minimal' has no knowledge-base page in fr, en" in err
    code, _, err = run("validate", "--docs", str(docs), "--no-docs", str(minimal_path))
    assert code == 2
    assert "exclude each other" in err

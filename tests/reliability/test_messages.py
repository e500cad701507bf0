"""What kitgen prints: paths as the user wrote them, input values escaped.

``kitgen validate /srv/kits/x.yaml`` printed ``../../../../srv/kits/x.yaml``; an id holding
``ESC ]0;`` retitled the terminal, ``ESC [2J`` cleared it, U+202E reversed the line. Every
diagnostic and progress line now shows the path as given and the input's active characters as
escapes (``\\x1b``, ``\\u202e``).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from reliability_support import LOCATED, kitgen_env, run_kitgen

from kitgen.diagnostics import escaped, shown_path

#: Characters that must never reach a terminal from kitgen: controls but newline, bidi controls.
ACTIVE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

TITLE = "\x1b]0;PWNED\x07"
CLEAR = "\x1b[2J"
RTL = "\u202e"


def run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_kitgen(args, cwd=cwd, env=kitgen_env(KITGEN_LANG="en"))


def invalid_set(minimal_path: Path, folder: Path, name: str = "broken.yaml") -> Path:
    """The minimal set with one error (an unknown category): one located line."""
    data: dict[str, Any] = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    data["prompts"][1]["category"] = "no-such-category"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def located_paths(result: subprocess.CompletedProcess[str]) -> set[str]:
    lines = [LOCATED.match(line) for line in result.stderr.splitlines()]
    found = {m["path"] for m in lines if m}
    assert found, result.stderr
    return found


# --------------------------------------------------------------------------- paths as given


def test_an_absolute_path_prints_absolute(minimal_path: Path, tmp_path: Path) -> None:
    target = invalid_set(minimal_path, tmp_path / "kits")
    elsewhere = tmp_path / "work" / "deep"
    elsewhere.mkdir(parents=True)
    result = run(["validate", "--no-docs", target], elsewhere)
    assert result.returncode == 1
    assert located_paths(result) == {str(target)}
    folder = run(["validate", "--no-docs", target.parent], elsewhere)
    assert located_paths(folder) == {str(target)}


def test_a_relative_path_prints_as_written(minimal_path: Path, tmp_path: Path) -> None:
    invalid_set(minimal_path, tmp_path / "kits")
    work = tmp_path / "work"
    work.mkdir()
    result = run(["validate", "--no-docs", "../kits/broken.yaml"], work)
    assert located_paths(result) == {"../kits/broken.yaml"}
    below = run(["validate", "--no-docs", "kits"], tmp_path)
    assert located_paths(below) == {"kits/broken.yaml"}


def test_shown_path_keeps_the_writing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert shown_path(Path("../a/b.yaml")) == "../a/b.yaml"
    assert shown_path(Path("/srv/kits/x.yaml")) == "/srv/kits/x.yaml"
    # A file kitgen found itself below the working directory (build lists the project).
    assert shown_path(tmp_path / "prompts" / "x.yaml") == "prompts/x.yaml"


# --------------------------------------------------------------------------- escaped values


def hostile_ids(minimal_path: Path, folder: Path) -> Path:
    data: dict[str, Any] = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    data["id"] = f"set{TITLE}{RTL}"
    data["prompts"][0]["id"] = f"p{CLEAR}x"
    data["prompts"][0]["see"] = f"nowhere\x1b[31m{RTL}"
    data["prompts"][1]["category"] = f"cat{CLEAR}{RTL}\u2066"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"ids{CLEAR}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def assert_inert(result: subprocess.CompletedProcess[str]) -> None:
    for stream in (result.stdout, result.stderr):
        assert ACTIVE.findall(stream) == [], stream
    assert "Traceback" not in result.stderr


def test_validate_escapes_ids_and_file_names(minimal_path: Path, tmp_path: Path) -> None:
    path = hostile_ids(minimal_path, tmp_path)
    result = run(["validate", "--no-docs", path.name], tmp_path)
    assert result.returncode == 1
    assert_inert(result)
    out = result.stderr
    assert "ids\\x1b[2J.yaml:" in out  # the file name, escaped, in every located line
    for shown in ("set\\x1b]0;PWNED\\x07\\u202e", "p\\x1b[2Jx", "cat\\x1b[2J\\u202e\\u2066"):
        assert shown in out, shown


def test_cards_and_guide_progress_lines_are_escaped(minimal_path: Path, tmp_path: Path) -> None:
    name = f"deck{TITLE}{RTL}.pdf"
    cards = run(["cards", minimal_path, "-o", name, "--lang", "en"], tmp_path)
    assert cards.returncode == 0, cards.stderr
    assert (tmp_path / name).read_bytes().startswith(b"%PDF")
    assert_inert(cards)
    assert "deck\\x1b]0;PWNED\\x07\\u202e.pdf" in cards.stdout
    (tmp_path / "set.yaml").write_bytes(minimal_path.read_bytes())  # outside any project
    guide = run(["guide", "set.yaml", "-o", f"guide{CLEAR}.md"], tmp_path)
    assert guide.returncode == 0, guide.stderr
    assert_inert(guide)
    assert "writing guide\\x1b[2J.md" in guide.stderr


def test_long_text_values_are_escaped_in_errors(minimal_path: Path, tmp_path: Path) -> None:
    """A prompt text quoted by the fit check (a word no card can hold) comes out escaped."""
    data: dict[str, Any] = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    data["prompts"][0]["text"]["en"] = f"Look {RTL}{'w' * 60}{CLEAR}{'v' * 60} here"
    path = tmp_path / "wide.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    result = run(["cards", path, "-o", "wide.pdf", "--lang", "en", "--card", "mini"], tmp_path)
    assert result.returncode == 1, result.stderr
    assert_inert(result)


def test_escaping_is_idempotent_and_keeps_ordinary_text() -> None:
    text = "Qu’est-ce\u202fqui change ? « café » 数字 👋 \\x1b"
    assert escaped(text) == text
    once = escaped(f"a{TITLE}b{RTL}c\u2028d")
    assert once == "a\\x1b]0;PWNED\\x07b\\u202ec\\u2028d"
    assert escaped(once) == once

"""The build worker's outcome: a located line per problem, never a traceback."""

from __future__ import annotations

import re
from pathlib import Path

from kitgen.serve.builder import build_once


def test_a_broken_setting_is_a_located_line(tmp_path: Path) -> None:
    (tmp_path / "prompts").mkdir()
    (tmp_path / "kitgen.toml").write_text('languages = ["fr"\n', encoding="utf-8")
    built = build_once(tmp_path, tmp_path / "site")
    assert not built.ok
    assert len(built.errors) == 1
    assert re.match(r".*kitgen\.toml:\d+:\d+: error: ", built.errors[0])
    assert not (tmp_path / "site").exists()  # nothing written

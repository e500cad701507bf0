"""The loader's file-name rule: a set file is named after its set's id (one check for all)."""

from __future__ import annotations

import shutil
from pathlib import Path

from kitgen.diagnostics import Location
from kitgen.load import load, misnamed


def test_a_file_named_after_its_set_passes(tmp_path: Path, minimal_path: Path) -> None:
    prompt_set = load(minimal_path, docs_dir=False).prompt_set
    assert prompt_set is not None
    path = shutil.copy(minimal_path, tmp_path / f"{prompt_set.id}.yaml")
    assert misnamed(Path(path), prompt_set) is None


def test_a_misnamed_file_is_one_located_error(tmp_path: Path, minimal_path: Path) -> None:
    path = Path(shutil.copy(minimal_path, tmp_path / "other-name.yaml"))
    prompt_set = load(path, docs_dir=False).prompt_set
    assert prompt_set is not None
    wrong = misnamed(path, prompt_set)
    assert wrong is not None
    assert wrong.location == Location(path)
    assert wrong.message == (
        f"other-name.yaml holds set '{prompt_set.id}'; name the file {prompt_set.id}.yaml "
        "(the site finds sets by file name)"
    )

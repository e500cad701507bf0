"""Shared fixtures: the repository, a valid minimal set, and a loader for edited copies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from kitgen.load import load_set
from kitgen.model import PromptSet

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def minimal_path() -> Path:
    """A small valid bilingual set (the `kitgen new` scaffold)."""
    return DATA / "minimal.yaml"


@pytest.fixture()
def minimal_set(minimal_path: Path) -> PromptSet:
    return load_set(minimal_path, docs_dir=None)


@pytest.fixture()
def write_set(tmp_path: Path, minimal_path: Path) -> Callable[..., Path]:
    """Write a copy of the minimal set changed by ``edit(data)``; return its path."""

    def write(edit: Callable[[dict], None] | None = None, name: str = "set.yaml") -> Path:
        data = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
        if edit is not None:
            edit(data)
        path = tmp_path / name
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return path

    return write

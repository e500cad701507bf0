"""Fixtures of the build tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # helpers beside the tests

from kit_project import make_project


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A small kitgen project: two sets, pages in both languages, the real docs config."""
    return make_project(tmp_path)

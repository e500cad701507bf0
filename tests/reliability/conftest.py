"""The reliability proofs import their helpers (reliability_support, write_audit) by name, and
share the one-set kit that several of them build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # helpers beside the tests (importlib mode)


@pytest.fixture(scope="module")
def alpha_kit(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    """A kit holding one set, ``alpha`` (the minimal set), made once per test module."""
    from reliability_support import make_project, set_from

    minimal = repo_root / "tests" / "data" / "minimal.yaml"
    root = tmp_path_factory.mktemp("alpha-kit")
    return make_project(root / "kit", repo_root, {"alpha": set_from(minimal, "alpha")})

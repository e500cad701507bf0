"""Reproducible builds: two clean ``kitgen build`` runs of the shipped kit, from two copies of
the project into two folders, give byte-identical sites (PDFs, PNGs, HTML, search index)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from reliability_support import kitgen_env, run_kitgen, tree

pytestmark = pytest.mark.slow


def _copy_project(repo: Path, target: Path) -> Path:
    """The kit's inputs only (no build output, no generated pages), at a new place on disk."""
    target.mkdir(parents=True)
    shutil.copy(repo / "kitgen.toml", target / "kitgen.toml")
    shutil.copytree(repo / "prompts", target / "prompts")
    shutil.copytree(repo / "docs", target / "docs", ignore=shutil.ignore_patterns("_build", "sets"))
    return target


def _digests(site: Path) -> dict[str, str]:
    return {name: hashlib.sha256(p.read_bytes()).hexdigest() for name, p in tree(site).items()}


def test_two_clean_builds_are_byte_identical(tmp_path: Path, repo_root: Path) -> None:
    env = kitgen_env(SOURCE_DATE_EPOCH="1700000000")
    sites = []
    for name in ("first", "second"):
        project = _copy_project(repo_root, tmp_path / name / "project")
        site = tmp_path / name / "site"
        result = run_kitgen(
            ["build", "-q", "-o", site], cwd=project, env=env, memory=None, timeout=1800
        )
        assert result.returncode == 0, result.stderr[-4000:]
        sites.append(_digests(site))
    first, second = sites
    kinds = {Path(name).suffix for name in first}
    assert {".pdf", ".png", ".html", ".js", ".json"} <= kinds, kinds
    assert any(name.endswith("searchindex.js") for name in first)
    assert first.keys() == second.keys(), sorted(first.keys() ^ second.keys())
    different = sorted(name for name in first if first[name] != second[name])
    assert different == [], different

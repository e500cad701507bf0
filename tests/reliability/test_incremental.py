"""Incremental builds: a no-op ``kitgen build`` rewrites nothing; changing one prompt rebuilds
only what depends on its set.  (Speed is measured in benchmarks/bench_incremental.py.)"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from reliability_support import kitgen_env, make_project, run_kitgen, set_from, tree

from kitgen.build.cache import cache_folder
from kitgen.build.manifest import manifest_path

pytestmark = pytest.mark.slow

ENV = kitgen_env(SOURCE_DATE_EPOCH="1700000000")


def _build(project: Path, site: Path) -> None:
    result = run_kitgen(["build", "-q", "-o", site], cwd=project, env=ENV, memory=None)
    assert result.returncode == 0, result.stderr


def _state(site: Path) -> dict[str, tuple[int, str]]:
    return {
        name: (path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
        for name, path in tree(site).items()
    }


@pytest.fixture()
def built(tmp_path: Path, repo_root: Path, minimal_path: Path) -> tuple[Path, Path]:
    sets = {sid: set_from(minimal_path, sid) for sid in ("alpha", "beta")}
    project = make_project(tmp_path / "project", repo_root, sets)
    site = tmp_path / "site"
    _build(project, site)
    return project, site


def test_a_no_op_build_rewrites_nothing(built: tuple[Path, Path]) -> None:
    project, site = built
    before = _state(site)
    manifest = manifest_path(cache_folder(project, site))
    manifest_mtime = manifest.stat().st_mtime_ns
    assert any(name.endswith(".pdf") for name in before)
    assert any(name.endswith(".png") for name in before)
    assert any(name.endswith("searchindex.js") for name in before)
    _build(project, site)
    after = _state(site)
    changed = sorted(name for name in after if before.get(name) != after[name])
    assert changed == [], changed
    assert after.keys() == before.keys()
    assert manifest.stat().st_mtime_ns == manifest_mtime


def test_changing_one_prompt_rebuilds_only_its_set(built: tuple[Path, Path]) -> None:
    project, site = built
    before = _state(site)
    path = project / "prompts" / "alpha.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["prompts"][1]["text"] = {"fr": "Une question changée ?", "en": "A changed question?"}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    _build(project, site)
    after = _state(site)
    changed = {name for name in after if before.get(name) != after[name]}

    def of(set_id: str, suffix: str) -> set[str]:
        return {
            n for n in after if n.endswith(suffix) and f"/{set_id}" in f"/{n.split('/', 2)[-1]}"
        }

    alpha_decks = of("alpha", ".pdf")
    beta_kit = (
        of("beta", ".pdf")
        | of("beta", ".png")
        | {n for n in after if "/cards/beta/" in n or "/deck/beta" in n}
    )
    assert alpha_decks and beta_kit
    # The set that changed: every deck and guide (the changed card is in each of them).
    assert alpha_decks <= changed, sorted(alpha_decks - changed)
    # The changed card's images, and the web decks.
    assert any("/cards/alpha/how-it-felt" in n for n in changed)
    assert any("/deck/alpha" in n for n in changed)
    # The other set: not one of its files was rewritten.
    assert not (beta_kit & changed), sorted(beta_kit & changed)
    # The set's page on the site shows the new text; the other set's page is untouched.
    assert "A changed question" in (site / "en" / "sets" / "alpha.html").read_text("utf-8")
    assert "en/sets/alpha.html" in changed
    assert "en/sets/beta.html" not in changed
    assert "en/themes/beta.html" not in changed

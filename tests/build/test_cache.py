"""The output holds exactly the published site: the build's cache lives beside kitgen.toml, one
folder per output; two clean builds into two folders publish byte-identical trees; an output
an earlier kitgen built (cache inside it) is taken over; a deleted cache is no proof of
ownership, so a non-empty output is then refused unless forced."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from kit_project import make_project

from kitgen.build import Project, build_kit
from kitgen.build.cache import CACHE_DIR, LEGACY_DIR, cache_folder, remove_legacy_cache
from kitgen.build.manifest import manifest_path
from kitgen.diagnostics import KitgenError


def published(site: Path) -> dict[str, bytes]:
    """Every file of the output folder, by relative path: the whole tree."""
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A small kit (one set) built from scratch into ``a/`` and into ``b/``."""
    project = make_project(tmp_path_factory.mktemp("kit"))
    (project / "prompts" / "beta.yaml").unlink()
    for lang in ("fr", "en"):
        (project / "docs" / lang / "themes" / "beta.md").unlink()
        index = project / "docs" / lang / "index.md"
        index.write_text(index.read_text(encoding="utf-8").replace("themes/beta\n", ""), "utf-8")
    for output in ("a", "b"):
        build_kit(Project.find(project), project / output)
    yield project


def copy_of(project: Path, tmp_path: Path) -> Path:
    """The built kit copied elsewhere (outputs and caches too): its caches still apply."""
    copy = tmp_path / "kit"
    shutil.copytree(project, copy, symlinks=True)
    return copy


@pytest.mark.slow
def test_two_clean_builds_publish_the_same_bytes_and_no_cache(two_builds: Path) -> None:
    a, b = published(two_builds / "a"), published(two_builds / "b")
    assert len(a) > 50 and "index.html" in a and "en/searchindex.js" in a
    assert a.keys() == b.keys()
    assert [name for name in a if a[name] != b[name]] == []
    for name in a:
        assert not {CACHE_DIR, LEGACY_DIR, ".doctrees", "_sources"} & set(name.split("/")), name
        assert not name.endswith((".pickle", ".doctree", ".buildinfo", "manifest.json")), name
    # Each output has its own cache beside kitgen.toml, with its manifest.
    caches = {cache_folder(two_builds, two_builds / out) for out in ("a", "b")}
    assert len(caches) == 2
    assert all(c.parent == two_builds / CACHE_DIR for c in caches)
    assert all(manifest_path(c).is_file() for c in caches)


def test_the_cache_is_named_after_the_output_relative_to_the_kit(tmp_path: Path) -> None:
    kit, moved = tmp_path / "kit", tmp_path / "elsewhere" / "kit"
    inside = cache_folder(kit, kit / "out" / "site")
    assert inside.parent == kit / CACHE_DIR and inside.name.startswith("out-site-")
    assert cache_folder(moved, moved / "out" / "site").name == inside.name  # the kit moved
    assert cache_folder(kit, kit / "out" / "other") != inside
    outside = cache_folder(kit, tmp_path / "www")
    assert outside.parent == kit / CACHE_DIR and outside.name != inside.name


@pytest.mark.slow
def test_an_output_with_the_old_cache_inside_is_taken_over(
    two_builds: Path, tmp_path: Path
) -> None:
    project = copy_of(two_builds, tmp_path)
    site = project / "a"
    cache = cache_folder(project, site)
    # As an earlier kitgen left it: the cache inside the output, none beside kitgen.toml.
    legacy = site / LEGACY_DIR
    shutil.move(cache, legacy)
    data = json.loads((legacy / "manifest.json").read_text(encoding="utf-8"))
    data["jobs"]["deck:en:gone:a4"] = {"fingerprint": "x", "outputs": ["en/downloads/gone.pdf"]}
    (legacy / "manifest.json").write_text(json.dumps(data), encoding="utf-8")
    (site / "en" / "downloads" / "gone.pdf").write_bytes(b"%PDF-old")
    (legacy / "notes.txt").write_text("mine", encoding="utf-8")  # not kitgen's: kept

    report = build_kit(Project.find(project), site)  # no --force needed: kitgen's own output
    assert "en/downloads/gone.pdf" in report.removed  # the old manifest was taken over
    assert sorted(p.name for p in legacy.iterdir()) == ["notes.txt"]
    assert manifest_path(cache).is_file()
    (legacy / "notes.txt").unlink()
    legacy.rmdir()
    assert published(site) == published(project / "b")


@pytest.mark.slow
def test_a_deleted_cache_refuses_the_output_unless_forced(two_builds: Path, tmp_path: Path) -> None:
    project = copy_of(two_builds, tmp_path)
    site = project / "a"
    before = published(site)
    shutil.rmtree(project / CACHE_DIR)
    with pytest.raises(KitgenError) as refused:
        build_kit(Project.find(project), site)
    (problem,) = refused.value.diagnostics
    assert problem.location.path == site
    assert "--force" in problem.message and "manifest.json" in problem.message
    assert published(site) == before
    assert not (project / CACHE_DIR).exists()
    build_kit(Project.find(project), site, force=True)
    assert published(site) == before
    assert manifest_path(cache_folder(project, site)).is_file()


def test_only_the_old_cache_s_own_entries_are_deleted(tmp_path: Path) -> None:
    site = tmp_path / "site"
    legacy = site / LEGACY_DIR
    (legacy / "doctrees" / "en").mkdir(parents=True)
    (legacy / "html" / "en").mkdir(parents=True)
    (legacy / "doctrees" / "en" / "environment.pickle").write_bytes(b"x")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("mine", encoding="utf-8")
    (legacy / "html" / "en" / "link").symlink_to(outside)
    assert not remove_legacy_cache(site)  # no manifest: nothing proves it is kitgen's
    assert (legacy / "doctrees").is_dir()
    (legacy / "manifest.json").write_text("{}", encoding="utf-8")
    assert remove_legacy_cache(site)
    assert not legacy.exists()
    assert (outside / "keep.txt").read_text(encoding="utf-8") == "mine"  # not followed
    linked = tmp_path / "linked"
    (linked / LEGACY_DIR).mkdir(parents=True)
    (linked / LEGACY_DIR / "manifest.json").write_text("{}", encoding="utf-8")
    (site / LEGACY_DIR).symlink_to(linked / LEGACY_DIR)
    assert not remove_legacy_cache(site)  # a linked .kitgen is never entered
    assert (linked / LEGACY_DIR / "manifest.json").is_file()

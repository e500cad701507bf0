"""``kitgen build`` on a small project: every file made and linked, a no-op build rewrites and
reruns nothing, a removed set leaves nothing behind, and problems fail the build."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from kit_project import make_project

from kitgen.build import Project, SiteWarnings, build_kit
from kitgen.build.project import NoKitError
from kitgen.cli.main import main
from kitgen.diagnostics import KitgenError
from kitgen.typography import NNBSP

pytestmark = pytest.mark.slow


def files(site: Path) -> dict[str, int]:
    """Every deployed file (the whole output: the build's cache is elsewhere) and its
    modification time."""
    return {
        p.relative_to(site).as_posix(): p.stat().st_mtime_ns
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    project = make_project(tmp_path_factory.mktemp("kit"))
    site = project / "dist"
    build_kit(Project.find(project), site)
    yield project, site


def test_every_file_is_made_and_linked(built: tuple[Path, Path]) -> None:
    _, site = built
    assert (site / ".nojekyll").is_file()
    root = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="fr/index.html"' in root and 'href="en/index.html"' in root
    for lang in ("fr", "en"):
        page_path = site / lang / "sets" / "alpha.html"
        page = page_path.read_text(encoding="utf-8")
        links = re.findall(r'href="(\.\./downloads/[^"]+\.pdf)"', page)
        assert len(set(links)) == 4 + 2  # 2 papers x 2 layouts, 1 session x 2 papers
        for link in set(links):
            assert (page_path.parent / link).resolve().read_bytes().startswith(b"%PDF")
        images = re.findall(r'src="(\.\./cards/[^"]+\.png)"', page)
        assert len(images) == 4
        for image in images:
            assert (page_path.parent / image).resolve().read_bytes().startswith(b"\x89PNG")
        deck = re.search(r'href="(\.\./deck/alpha\.html)"', page)
        assert deck and (page_path.parent / deck.group(1)).resolve().is_file()
        assert (site / lang / "sets" / "alpha" / "short-talk.html").is_file()
        assert (site / lang / "searchindex.js").is_file()
    french = (site / "fr" / "sets" / "alpha.html").read_text(encoding="utf-8")
    assert f"only{NNBSP}; never" in french


def test_no_op_build_reruns_and_rewrites_nothing(built: tuple[Path, Path]) -> None:
    project, site = built
    before = files(site)
    report = build_kit(Project.find(project), site)
    assert report.skipped == report.jobs
    assert report.written == 0
    assert files(site) == before


def test_removed_set_leaves_nothing_behind(tmp_path: Path) -> None:
    project = make_project(tmp_path)
    site = project / "dist"
    build_kit(Project.find(project), site)
    assert any("beta" in name for name in files(site))
    (project / "prompts" / "beta.yaml").unlink()
    for lang in ("fr", "en"):
        (project / "docs" / lang / "themes" / "beta.md").unlink()
        index = project / "docs" / lang / "index.md"
        index.write_text(index.read_text(encoding="utf-8").replace("themes/beta\n", ""), "utf-8")
    report = build_kit(Project.find(project), site)
    left = [name for name in files(site) if "beta" in name]
    assert left == []
    assert any(name.endswith("beta--en--cards--a4--fold.pdf") for name in report.removed)
    assert (site / "en" / "sets" / "alpha.html").is_file()


def test_untranslated_page_fails_before_any_work(project: Path) -> None:
    (project / "docs" / "fr" / "extra.md").write_text("# En plus\n", encoding="utf-8")
    with pytest.raises(KitgenError) as failure:
        build_kit(Project.find(project), project / "dist")
    assert "page fr/extra.md has no en version" in str(failure.value)
    assert not (project / "dist").exists()


def test_site_warning_fails_the_command(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for lang in ("fr", "en"):
        page = project / "docs" / lang / "themes" / "beta.md"
        page.write_text(page.read_text(encoding="utf-8") + "\nSee {ref}`no-such-label`.\n")
    monkeypatch.chdir(project)
    # Through the group, as the command runs: invoking the command object alone makes click
    # cache its help option without the group's -h (tests/cli then failed, run after this).
    result = CliRunner().invoke(main, ["build", "-q", "-o", "dist"])
    assert result.exit_code == 1
    assert "undefined label: 'no-such-label'" in result.output
    assert "error: the site has 2 warnings; fix them" in result.output
    with pytest.raises(SiteWarnings):
        build_kit(Project.find(project), project / "dist")


def test_build_outside_a_kit_says_so_without_a_made_up_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No kitgen.toml: no file to point at, so no ``kitgen.toml:1:1`` that does not exist;
    the message says there is no kit here and how to make one."""
    if (tmp_path / "kitgen.toml").exists() or any(
        (folder / "kitgen.toml").is_file() for folder in tmp_path.parents
    ):
        pytest.skip("a kitgen.toml above the temporary folder")
    with pytest.raises(NoKitError) as failure:
        Project.find(tmp_path)
    assert "no kit here" in str(failure.value)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KITGEN_LANG", "en")
    result = CliRunner().invoke(main, ["build", "-o", "site"])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: no kit here: no kitgen.toml in this folder or above; make one with "
        "kitgen init my-kit --lang fr, then run this command in my-kit\n"
    )
    assert not (tmp_path / "site").exists()


def test_docs_for_some_languages_only_is_a_located_error(project: Path) -> None:
    (project / "kitgen.toml").write_text('languages = ["fr", "en", "it"]\n', encoding="utf-8")
    with pytest.raises(KitgenError) as failure:
        Project.find(project)
    assert "no documentation folder for it" in str(failure.value)


def test_set_without_a_kit_language_fails_before_any_work(project: Path) -> None:
    (project / "kitgen.toml").write_text('languages = ["fr", "en", "de"]\n', encoding="utf-8")
    for lang in ("fr", "en"):
        shutil.copytree(project / "docs" / lang, project / "docs" / "de", dirs_exist_ok=True)
    with pytest.raises(KitgenError) as failure:
        build_kit(Project.find(project), project / "dist")
    problems = failure.value.diagnostics
    assert [p.location.path.name for p in problems] == ["alpha.yaml", "beta.yaml"]
    assert all(p.location.line > 1 for p in problems)  # at the set's `languages` key
    assert "set 'alpha' has no de text, but the kit is written in fr, en, de" in str(problems[0])
    assert not (project / "dist").exists()


def test_extra_languages_of_a_set_are_allowed(project: Path) -> None:
    (project / "kitgen.toml").write_text(
        'languages = ["en"]\ntitle = "Kit"\nbase_url = "https://kit.example.org/"\n', "utf-8"
    )
    site = project / "dist"
    build_kit(Project.find(project), site)
    assert (site / "en" / "sets" / "alpha.html").is_file()
    assert (site / "en" / "downloads" / "alpha--en--cards--a4--fold.pdf").is_file()
    assert not (site / "fr").exists()

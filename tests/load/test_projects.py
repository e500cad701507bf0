"""Checks that depend on the project around a set: its knowledge base, and the other sets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kitgen.diagnostics import KitgenError
from kitgen.load import load, load_all
from kitgen.load.checks import find_docs_dir

BASE = Path(__file__).resolve().parent / "good" / "base.yaml"
PAGE = "# Corpus\n\n(first-look)=\n## First look\n"


def project(root: Path, langs: tuple[str, ...] = ("fr", "en"), page: str = PAGE) -> Path:
    """A project folder with pages for theme 'corpus' in ``langs`` and the base set."""
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    for lang in langs:
        folder = root / "docs" / lang / "themes"
        folder.mkdir(parents=True)
        (folder / "corpus.md").write_text(page, encoding="utf-8")
    (root / "prompts").mkdir()
    shutil.copy(BASE, root / "prompts" / "corpus.yaml")
    return root / "prompts" / "corpus.yaml"


def messages(path: Path) -> list[str]:
    return [d.message for d in load(path).diagnostics]


def test_complete_project_is_valid(tmp_path: Path) -> None:
    path = project(tmp_path)
    assert find_docs_dir(path) == (tmp_path / "docs").resolve()
    assert messages(path) == []


def test_page_missing_in_one_language(tmp_path: Path) -> None:
    path = project(tmp_path, langs=("fr",))
    assert messages(path) == [
        "theme 'corpus' has no knowledge-base page in en (expected docs/en/themes/corpus.md); "
        "write the page or fix 'theme'"
    ]


def test_suggests_a_theme_that_exists_in_every_language(tmp_path: Path) -> None:
    path = project(tmp_path)
    for lang in ("fr", "en"):
        (tmp_path / "docs" / lang / "themes" / "corpus.md").rename(
            tmp_path / "docs" / lang / "themes" / "corpuses.md"
        )
    (tmp_path / "docs" / "fr" / "themes" / "corpora.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "docs" / "fr" / "themes" / "index.md").write_text("# Thèmes\n", encoding="utf-8")
    (tmp_path / "docs" / "en" / "themes" / "index.md").write_text("# Themes\n", encoding="utf-8")
    (message,) = messages(path)
    assert message.endswith("; did you mean 'corpuses'?")


def test_anchor_missing_in_one_language(tmp_path: Path) -> None:
    path = project(tmp_path)
    (tmp_path / "docs" / "en" / "themes" / "corpus.md").write_text("# Corpus\n", encoding="utf-8")
    assert messages(path) == [
        "prompt 'first-look' points to 'first-look', but docs/en/themes/corpus.md has no target "
        "'(first-look)='; add it above a heading or fix 'see'"
    ]


def test_no_knowledge_base_yet_skips_the_check(tmp_path: Path) -> None:
    path = project(tmp_path, langs=())
    assert find_docs_dir(path) is None
    assert messages(path) == []


def test_search_stops_at_the_project_root(tmp_path: Path) -> None:
    """A docs/ folder above the project (another project) is not this set's knowledge base."""
    outer = tmp_path
    for lang in ("fr", "en"):
        (outer / "docs" / lang / "themes").mkdir(parents=True)
        (outer / "docs" / lang / "themes" / "other.md").write_text("# Other\n", encoding="utf-8")
    inner = outer / "inner"
    inner.mkdir()
    path = project(inner, langs=())
    assert find_docs_dir(path) is None
    assert messages(path) == []


def test_explicit_docs_dir(tmp_path: Path) -> None:
    path = project(tmp_path, langs=())
    docs = tmp_path / "kb"
    (docs / "fr" / "themes").mkdir(parents=True)
    (docs / "fr" / "themes" / "corpus.md").write_text(PAGE, encoding="utf-8")
    result = load(path, docs_dir=docs)
    assert [d.message for d in result.diagnostics] == [
        "theme 'corpus' has no knowledge-base page in en (expected docs/en/themes/corpus.md); "
        "write the page or fix 'theme'"
    ]
    assert load(path, docs_dir=None).diagnostics == []


def test_load_all_refuses_two_sets_with_one_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = project(tmp_path)
    shutil.copy(path, path.with_name("copy.yaml"))
    monkeypatch.chdir(tmp_path)
    with pytest.raises(KitgenError) as info:
        load_all([Path("prompts")])
    assert [str(d) for d in info.value.diagnostics] == [
        "prompts/corpus.yaml:3:5: error: set id 'corpus' is also used by prompts/copy.yaml; "
        "give each set its own id"
    ]


def test_load_all_reports_every_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = Path(__file__).resolve().parent / "bad"
    folder = tmp_path / "sets"
    folder.mkdir()
    for case in ("kind-enum", "schema-2"):
        shutil.copy(bad / f"{case}.yaml", folder / f"{case}.yaml")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(KitgenError) as info:
        load_all([Path("sets")], docs_dir=None)
    assert [d.location.path.name for d in info.value.diagnostics] == [
        "kind-enum.yaml",
        "schema-2.yaml",
    ]


def test_load_all_without_files(tmp_path: Path) -> None:
    with pytest.raises(KitgenError, match=r"no prompt set \(\*\.yaml\) found"):
        load_all([tmp_path])

"""An incremental build publishes what a clean build of the same sources publishes, byte for byte
(the whole tree): a random sequence of edits (a prompt's text, a set's title, a page, a setting,
a set added or removed), each followed by an incremental build of the edited kit, compared with
a clean build of the same sources into a new folder.

It is a property test on a tiny kit (one set, a glossary, two languages) with few examples:
each step costs a clean build.  Without kitgen.sphinx.rewrite it fails (found: the glossary's
menu kept the set's old title after ``prompt_text``, ``set_title``); the glossary also puts
index entries in ``searchindex.js``, which kitgen.sphinx.searchindex keeps.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st
from kit_project import THEME, make_project, write_set

from kitgen.build import Project, build_kit
from kitgen.build.cache import cache_folder

pytestmark = pytest.mark.slow

#: A glossary page: its terms are the search index's entries.
GLOSSARY = (Path(__file__).resolve().parents[1] / "data" / "glossary.md").read_text(
    encoding="utf-8"
)

Edit = Callable[[Path], None]


def published(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def toctree(project: Path, lang: str, entry: str, *, add: bool) -> None:
    index = project / "docs" / lang / "index.md"
    text = index.read_text(encoding="utf-8")
    text = (
        text.replace("sets/index\n", f"{entry}\nsets/index\n")
        if add
        else text.replace(f"{entry}\n", "")
    )
    index.write_text(text, encoding="utf-8")


def tiny_kit(root: Path) -> Path:
    """One set (alpha), its theme page and a glossary, in French and English."""
    project = make_project(root)
    (project / "prompts" / "beta.yaml").unlink()
    for lang in ("fr", "en"):
        (project / "docs" / lang / "themes" / "beta.md").unlink()
        toctree(project, lang, "themes/beta", add=False)
        (project / "docs" / lang / "glossary.md").write_text(GLOSSARY, encoding="utf-8")
        toctree(project, lang, "glossary", add=True)
    return project


def edit_set(project: Path, set_id: str, change: Callable[[dict[str, Any]], None]) -> None:
    path = project / "prompts" / f"{set_id}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def prompt_text(text: str) -> Edit:
    def edit(project: Path) -> None:
        edit_set(project, "alpha", lambda d: d["prompts"][1]["text"].update(en=text, fr=text))

    return edit


def set_title(title: str) -> Edit:
    def edit(project: Path) -> None:
        edit_set(project, "alpha", lambda d: d["title"].update(en=title, fr=title))

    return edit


def page(heading: str, words: str) -> Edit:
    """The English theme page: a section heading (in every page's menu) and a paragraph."""

    def edit(project: Path) -> None:
        path = project / "docs" / "en" / "themes" / "alpha.md"
        text = THEME.format(set_id="alpha").replace("## Background", f"## {heading}")
        path.write_text(text.replace("Some words.", words), encoding="utf-8")

    return edit


def setting(key: str, value: str) -> Edit:
    def edit(project: Path) -> None:
        toml = project / "kitgen.toml"
        lines = [
            line
            for line in toml.read_text(encoding="utf-8").splitlines()
            if not line.startswith(f"{key} =")
        ]
        at = next(i for i, line in enumerate(lines) if line.startswith("["))  # top-level key
        lines.insert(at, f"{key} = {value}")
        toml.write_text("\n".join(lines) + "\n", encoding="utf-8")

    return edit


def kit_title(title: str) -> Edit:
    """The kit's English title (a Sphinx setting that changes Sphinx's ``.buildinfo``)."""

    def edit(project: Path) -> None:
        toml = project / "kitgen.toml"
        lines = toml.read_text(encoding="utf-8").splitlines()
        at = lines.index("[title]") + 1
        lines = [*lines[:at], *(line for line in lines[at:] if not line.startswith("en ="))]
        lines.insert(at, f'en = "{title}"')
        toml.write_text("\n".join(lines) + "\n", encoding="utf-8")

    return edit


def gamma(present: bool) -> Edit:
    """Add the set gamma (its file, its theme pages, in the menu), or remove it."""

    def edit(project: Path) -> None:
        for lang in ("fr", "en"):
            theme = project / "docs" / lang / "themes" / "gamma.md"
            there = theme.exists()
            if present and not there:
                theme.write_text(THEME.format(set_id="gamma"), encoding="utf-8")
                toctree(project, lang, "themes/gamma", add=True)
            elif not present and there:
                theme.unlink()
                toctree(project, lang, "themes/gamma", add=False)
        if present:
            write_set(project, "gamma")
        else:
            (project / "prompts" / "gamma.yaml").unlink(missing_ok=True)

    return edit


words = st.sampled_from(["Who speaks first?", "Une question « nouvelle » ?", "What if not?"])
edits = st.one_of(
    words.map(prompt_text),
    st.sampled_from(["Talking at work", "Le travail, autrement"]).map(set_title),
    st.tuples(st.sampled_from(["Background", "Context"]), words).map(lambda a: page(*a)),
    st.sampled_from(
        [
            ("base_url", '"https://kit.example.org/"'),
            ("base_url", '"https://other.example.net/kit/"'),
            ("min_font_pt", "8"),
        ]
    ).map(lambda a: setting(*a)),
    st.sampled_from(["Talking about work", "Our own kit"]).map(kit_title),
    st.booleans().map(gamma),
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The tiny kit, built once into dist/ (each example starts from a copy)."""
    project = tiny_kit(tmp_path_factory.mktemp("kit"))
    build_kit(Project.find(project), project / "dist")
    yield project


@settings(
    max_examples=5,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # No shrinking: a sequence is at most three edits, and each try costs clean builds (10 min
    # of shrinking for a two-edit failure); the failing sequence is printed as found.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(steps=st.lists(edits, min_size=1, max_size=3))
# Always tried: Sphinx keeps the previous .buildinfo as .buildinfo.bak when a setting changes,
# which a clean build never has (it was published once).
@example(steps=[kit_title("Our own kit")])
def test_every_incremental_build_equals_a_clean_one(
    base: Path, tmp_path_factory: pytest.TempPathFactory, steps: list[Edit]
) -> None:
    work = tmp_path_factory.mktemp("example")
    project = work / "kit"
    shutil.copytree(base, project, symlinks=True)
    for number, step in enumerate(steps):
        step(project)
        build_kit(Project.find(project), project / "dist")
        clean = project / f"clean-{number}"
        build_kit(Project.find(project), clean)
        incremental, fresh = published(project / "dist"), published(clean)
        assert incremental.keys() == fresh.keys()
        assert [name for name in fresh if incremental[name] != fresh[name]] == [], number
        shutil.rmtree(clean)
        shutil.rmtree(cache_folder(project, clean))
    shutil.rmtree(work)

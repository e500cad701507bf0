"""Every input of an output is in its fingerprint, and no other: each input is changed in turn
(a set file, a page, each setting of kitgen.toml, a file of kitgen's package, kitgen's version,
Sphinx's version) and exactly the jobs that read it run again, exactly the files it shows in
change."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from kit_project import make_project, write_set

from kitgen.build import Project, build_kit
from kitgen.build import manifest as manifest_module
from kitgen.build.cache import cache_folder
from kitgen.build.manifest import Manifest

pytestmark = pytest.mark.slow

KIT_JOBS = ("deck", "guide", "cards", "webdeck")


def state(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def fingerprints(project: Path, site: Path) -> dict[str, str]:
    jobs = Manifest.read(cache_folder(project, site)).jobs
    return {key: entry.fingerprint for key, entry in jobs.items()}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    project = make_project(tmp_path_factory.mktemp("kit"))
    build_kit(Project.find(project), project / "dist")
    yield project


def rebuild(
    built: Path, tmp_path: Path, change: Callable[[Path], None]
) -> tuple[set[str], set[str]]:
    """In a copy of the built kit: change one input, build; the jobs that ran again (their
    fingerprint changed) and the published files whose bytes changed (or that came or went)."""
    project = tmp_path / "kit"
    shutil.copytree(built, project, symlinks=True)
    site = project / "dist"
    before, prints = state(site), fingerprints(project, site)
    change(project)
    build_kit(Project.find(project), site)
    after, new_prints = state(site), fingerprints(project, site)
    ran = {key for key in prints if new_prints.get(key) != prints[key]}
    return ran, {
        name for name in before.keys() | after.keys() if after.get(name) != before.get(name)
    }


def kind(key: str) -> str:
    return key.split(":", 1)[0]


def settings(project: Path, old: str, new: str) -> None:
    toml = project / "kitgen.toml"
    text = toml.read_text(encoding="utf-8")
    assert old in text
    toml.write_text(text.replace(old, new), encoding="utf-8")


def test_a_set_file_reruns_its_set_and_the_site(built: Path, tmp_path: Path) -> None:
    ran, changed = rebuild(built, tmp_path, lambda p: write_set(p, "alpha", "A new question?"))
    assert ran == {k for k in fingerprints(built, built / "dist") if ":alpha" in k or "site:" in k}
    assert not any("beta" in name for name in changed)
    assert "en/downloads/alpha--en--cards--a4--fold.pdf" in changed
    assert "en/sets/alpha.html" in changed and "en/deck/alpha.html" in changed
    assert not any(name.startswith("fr/downloads/") for name in changed)  # an English text


def test_a_page_reruns_only_the_site_of_its_language(built: Path, tmp_path: Path) -> None:
    def edit(project: Path) -> None:
        page = project / "docs" / "en" / "themes" / "beta.md"
        page.write_text(page.read_text(encoding="utf-8").replace("Some words.", "New words."))

    ran, changed = rebuild(built, tmp_path, edit)
    assert ran == {"site:en"}
    assert "en/themes/beta.html" in changed
    assert changed <= {"en/themes/beta.html", "en/searchindex.js"}


def test_a_file_beside_the_language_folders_reruns_every_language(
    built: Path, tmp_path: Path
) -> None:
    """docs/conf.py (or anything outside docs/<lang>/) is read by the site of every language."""

    def edit(project: Path) -> None:
        with (project / "docs" / "conf.py").open("a", encoding="utf-8") as conf:
            conf.write("\n# a comment changes no page\n")

    ran, changed = rebuild(built, tmp_path, edit)
    assert ran == {"site:fr", "site:en"}
    assert changed == set()


def test_base_url_reruns_every_output_that_prints_addresses(built: Path, tmp_path: Path) -> None:
    old = 'base_url = "https://kitgen.readthedocs.io/en/latest/"'
    ran, changed = rebuild(
        built, tmp_path, lambda p: settings(p, old, 'base_url = "https://kit.example.org/"')
    )
    assert ran == set(fingerprints(built, built / "dist"))
    for lang in ("fr", "en"):
        assert f"{lang}/downloads/beta--{lang}--cards--a4--fold.pdf" in changed  # the QR codes
        assert f"{lang}/downloads/beta--short-talk--{lang}--guide--a4.pdf" in changed


def test_the_title_reruns_only_the_site(built: Path, tmp_path: Path) -> None:
    old = 'en = "Talking about social media at work"'
    ran, changed = rebuild(built, tmp_path, lambda p: settings(p, old, 'en = "A new title"'))
    assert ran == {"site:fr", "site:en"}
    assert "index.html" in changed and "en/index.html" in changed
    assert not any(name.endswith((".pdf", ".png")) for name in changed)
    assert not any(name.startswith("fr/") and name.endswith(".html") for name in changed)


def test_the_brand_reruns_the_kit_files_that_show_it(built: Path, tmp_path: Path) -> None:
    def brand(project: Path) -> None:
        with (project / "kitgen.toml").open("a", encoding="utf-8") as toml:
            toml.write('\n[brand]\nname = "Acme"\ncolour = "#aa3300"\n')

    ran, changed = rebuild(built, tmp_path, brand)
    assert {kind(k) for k in ran} == {*KIT_JOBS, "site"}
    assert "en/downloads/alpha--en--cards--a4--fold.pdf" in changed  # the card backs
    assert "en/downloads/alpha--short-talk--en--guide--a4.pdf" in changed  # the guide's header
    assert "en/cards/alpha/first-look--back.png" in changed  # the card images' backs


def test_a_file_of_kitgen_s_package_reruns_every_job(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A template or a font of the package, changed: every output may show it."""
    package = tmp_path / "package"
    shutil.copytree(manifest_module.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    template = next(iter(sorted(package.rglob("*.typ"))))
    template.write_text(template.read_text(encoding="utf-8") + "\n// changed\n", "utf-8")
    monkeypatch.setattr(manifest_module, "PACKAGE", package)
    ran, changed = rebuild(built, tmp_path, lambda p: None)
    assert ran == set(fingerprints(built, built / "dist"))
    assert changed == set()  # the workers still render with the installed package


@pytest.mark.parametrize(
    ("package", "kinds"), [("kitgen", {*KIT_JOBS, "site"}), ("sphinx", {"site"})]
)
def test_a_package_version_reruns_the_jobs_it_renders(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, package: str, kinds: set[str]
) -> None:
    real = manifest_module.metadata.version

    def version(name: str) -> str:
        return "999.0" if name == package else real(name)

    monkeypatch.setattr(manifest_module.metadata, "version", version)
    ran, _ = rebuild(built, tmp_path, lambda p: None)
    every = fingerprints(built, built / "dist")
    assert ran == {key for key in every if kind(key) in kinds}


def test_the_logo_s_bytes_rerun_every_output_that_shows_it(built: Path, tmp_path: Path) -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{}</svg>'
    square = '<rect width="10" height="10" fill="#{}"/>'
    start = tmp_path / "start"

    def with_logo(project: Path) -> None:
        (project / "logo.svg").write_text(svg.format(square.format("123456")), "utf-8")
        with (project / "kitgen.toml").open("a", encoding="utf-8") as toml:
            toml.write('\n[brand]\nlogo = "logo.svg"\n')

    rebuild(built, start, with_logo)
    ran, changed = rebuild(
        start / "kit",
        tmp_path / "then",
        lambda p: (p / "logo.svg").write_text(svg.format(square.format("654321")), "utf-8"),
    )
    assert {kind(k) for k in ran} == {*KIT_JOBS, "site"}
    assert "en/downloads/alpha--en--cards--a4--fold.pdf" in changed
    assert any(name.startswith("en/_static/") or name == "en/index.html" for name in changed)

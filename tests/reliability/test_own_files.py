"""kitgen deletes and overwrites only what it made.

``kitgen build`` removed every ``*.md`` below ``docs/<lang>/sets/`` (a person's notes too, and
through a symbolic link, files anywhere), trusted its manifest's paths (``../../x`` was deleted
as stale), built into any folder (overwriting someone's ``index.html``), and left the hidden
temporary files of a killed build in the site for good.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from reliability_support import LOCATED, kitgen_env, run_kitgen

from kitgen.atomic import remove_temporaries
from kitgen.build.cache import cache_folder
from kitgen.build.manifest import manifest_path
from kitgen.sphinx.pages import generated_note, remove_stale

NOTES = "---\norphan: true\n---\n\n# My notes\n\nWritten by hand, kept by kitgen.\n"


def build(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_kitgen(
        ["build", "-q", "-j", "2", *args],
        cwd=project,
        memory=None,
        timeout=1800,
        env=kitgen_env(KITGEN_LANG="en"),
    )


def generated(path: Path, lang: str = "en") -> Path:
    """A page as kitgen generates it (its first line is the generated-page comment)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"% {generated_note(lang, Path('gone.yaml'))}\n\n```{{kitgen-prompts}} gone\n```\n"
    )
    return path


@pytest.mark.slow
def test_build_deletes_only_what_it_made(alpha_kit: Path, tmp_path: Path) -> None:
    sets = alpha_kit / "docs" / "en" / "sets"
    notes = sets / "my-notes.md"
    notes.parent.mkdir(parents=True, exist_ok=True)
    notes.write_text(NOTES, encoding="utf-8")
    stale = generated(sets / "gone.md")
    first = build(alpha_kit)
    assert first.returncode == 0, first.stderr[-3000:]
    assert notes.read_text(encoding="utf-8") == NOTES  # a person's page stays
    assert not stale.exists()  # a page kitgen generated for a vanished set goes
    assert (sets / "alpha.md").is_file()

    # A damaged or hostile manifest names files outside the site: nothing there is deleted.
    site = alpha_kit / "dist"
    manifest = manifest_path(cache_folder(alpha_kit, site))
    victim = tmp_path / "victim.txt"
    victim.write_text("mine", encoding="utf-8")
    beside = alpha_kit / "kitgen.toml"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["jobs"]["deck:evil"] = {
        "fingerprint": "x",
        "outputs": [str(victim), "../kitgen.toml", "en/../../kitgen.toml"],
    }
    manifest.write_text(json.dumps(data), encoding="utf-8")
    # A temporary file a killed build left behind, and a person's file with a similar name.
    left = site / "en" / "downloads" / ".alpha--en--cards--a4--duplex-long.pdf.k3x_9qzt.tmp"
    left.write_bytes(b"")
    kept = site / "en" / ".notes.tmp"
    kept.write_text("mine", encoding="utf-8")

    second = build(alpha_kit)
    assert second.returncode == 0, second.stderr[-3000:]
    assert victim.read_text(encoding="utf-8") == "mine"
    assert beside.is_file()
    assert not left.exists()
    assert kept.read_text(encoding="utf-8") == "mine"
    assert "deck:evil" not in manifest.read_text(encoding="utf-8")


@pytest.mark.slow
def test_a_folder_kitgen_did_not_make_is_refused_unless_forced(alpha_kit: Path) -> None:
    foreign = alpha_kit / "www"
    foreign.mkdir()
    (foreign / "index.html").write_text("<p>someone's site</p>", encoding="utf-8")
    refused = build(alpha_kit, "-o", "www")
    assert refused.returncode == 1, refused.stderr[-3000:]
    lines = [line for line in refused.stderr.splitlines() if LOCATED.match(line)]
    assert lines and lines[0].startswith("www:1:1: error: "), refused.stderr
    assert "--force" in lines[0]
    assert (foreign / "index.html").read_text(encoding="utf-8") == "<p>someone's site</p>"
    assert sorted(p.name for p in foreign.iterdir()) == ["index.html"]
    # An empty folder is fine, and --force builds into a foreign one.
    (alpha_kit / "empty").mkdir()
    assert build(alpha_kit, "-o", "empty").returncode == 0
    forced = build(alpha_kit, "-o", "www", "--force")
    assert forced.returncode == 0, forced.stderr[-3000:]
    assert manifest_path(cache_folder(alpha_kit, foreign)).is_file()


def test_stale_pages_are_removed_only_when_generated(tmp_path: Path) -> None:
    folder = tmp_path / "sets"
    kept = generated(folder / "alpha.md")
    stale = generated(folder / "old" / "session.md")
    french = generated(folder / "other-language.md", lang="fr")  # not this language's page
    person = folder / "notes.md"
    person.write_text("# Notes\n", encoding="utf-8")
    remove_stale(folder, {kept}, "en")
    assert kept.is_file() and person.is_file() and french.is_file()
    assert not stale.exists() and not (folder / "old").exists()


def test_stale_pages_are_never_removed_through_a_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    target = generated(elsewhere / "page.md")
    linked_file = generated(tmp_path / "outside.md")
    srcdir = tmp_path / "docs" / "en"
    srcdir.mkdir(parents=True)
    (srcdir / "sets").symlink_to(elsewhere)
    remove_stale(srcdir / "sets", set(), "en")  # the folder itself is a link
    assert target.is_file()
    (srcdir / "sets").unlink()
    (srcdir / "sets").mkdir()
    (srcdir / "sets" / "sub").symlink_to(elsewhere)
    (srcdir / "sets" / "link.md").symlink_to(linked_file)
    remove_stale(srcdir / "sets", set(), "en")  # a linked sub-folder, a linked page
    assert target.is_file() and linked_file.is_file()
    assert (srcdir / "sets" / "link.md").is_symlink()


def test_only_atomic_temporaries_are_removed(tmp_path: Path) -> None:
    ours = tmp_path / "a" / ".deck.pdf.ab_12xyz.tmp"
    ours.parent.mkdir()
    ours.write_bytes(b"")
    theirs = [tmp_path / ".notes.tmp", tmp_path / "deck.pdf.ab12xyz9.tmp", tmp_path / "x.tmp"]
    for path in theirs:
        path.write_text("mine", encoding="utf-8")
    outside = tmp_path.parent / f"{tmp_path.name}-out"
    outside.mkdir()
    linked = outside / ".page.html.zz99zz99.tmp"
    linked.write_bytes(b"")
    (tmp_path / "link").symlink_to(outside)
    assert remove_temporaries(tmp_path) == [ours]
    assert all(path.exists() for path in theirs) and linked.exists()

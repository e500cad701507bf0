"""Names that cannot collide, and ids the site keeps for itself.

Output names joined ids with ``-``: set ``a-b`` with session ``c`` and set ``a`` with session
``b-c`` both got the guide ``a-b-c-en-guide-a4.pdf``, and one overwrote the other (their cards'
labels ``prompt-a-b-c`` clashed too). A set called ``index`` replaced the prompt index page and
the build failed with warnings that did not say why. Two files holding one set id (``a.yaml``
and ``a.yml``) were both built, into the same files.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reliability_support import (
    LOCATED,
    assert_located_failure,
    kitgen_env,
    make_project,
    run_kitgen,
    set_from,
)

from kitgen import names
from kitgen.model.patterns import SLUG_RE

#: Two sets whose (set, session) and (set, prompt) pairs joined with "-" give the same names.
PAIRS = {"a-b": ("c", "c"), "a": ("b-c", "b-c")}


def _named_set(minimal: Path, set_id: str, session_id: str, prompt_id: str) -> dict[str, Any]:
    data = set_from(minimal, set_id)
    data["title"] = {"fr": f"Jeu {set_id}", "en": f"Set {set_id}"}
    session = data["sessions"][0]  # type: ignore[index]
    session["id"] = session_id
    session["title"] = {"fr": f"Séance {session_id}", "en": f"Session {session_id} of {set_id}"}
    data["prompts"][0]["id"] = prompt_id  # type: ignore[index]
    session["steps"][0]["prompts"] = [prompt_id]
    return data


def _run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_kitgen(
        list(args), cwd=project, memory=None, timeout=1800, env=kitgen_env(KITGEN_LANG="en")
    )


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, repo_root: Path) -> Path:
    """The site of a kit holding both sets of ``PAIRS``."""
    minimal = repo_root / "tests" / "data" / "minimal.yaml"
    sets = {sid: _named_set(minimal, sid, *pair) for sid, pair in PAIRS.items()}
    project = make_project(tmp_path_factory.mktemp("names") / "kit", repo_root, sets)
    result = _run(project, "build", "-q", "-j", "2", "-o", "site")
    assert result.returncode == 0, result.stderr[-3000:]
    return project / "site"


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


@pytest.mark.slow
def test_two_sets_whose_names_joined_alike_both_get_their_guides(built: Path) -> None:
    for lang in ("fr", "en"):
        downloads = built / lang / "downloads"
        guides = sorted(p.name for p in downloads.glob("*.pdf") if "guide" in p.name)
        assert len(guides) == 4, guides  # two sets, one session each, two papers: none lost
        for set_id, (session_id, _) in PAIRS.items():
            for paper in ("a4", "letter"):
                guide = downloads / names.guide_filename(set_id, session_id, lang, paper)
                text = _pdf_text(guide)
                # Each guide is its own set's: its own session's title, not the other's.
                assert (
                    f"Séance {session_id}" in text
                    if lang == "fr"
                    else (f"Session {session_id} of {set_id}" in text)
                ), (guide.name, text[:300])
            # The set's page links to its own guides, and every file it links to exists.
            page = (built / lang / "sets" / f"{set_id}.html").read_text(encoding="utf-8")
            targets = re.findall(r'(?:href|src)="\.\./((?:downloads|cards)/[^"#?]+)"', page)
            assert {f"downloads/{names.guide_filename(set_id, session_id, lang, 'a4')}"} <= set(
                targets
            )
            missing = [t for t in targets if not (built / lang / t).is_file()]
            assert not missing, missing


@pytest.mark.slow
def test_the_reserved_ids_cover_every_name_the_site_gives_itself(built: Path) -> None:
    """Derived from a real site: every page or folder in a language's folder, and in ``sets/``
    every entry that is not a set's, has a name no set may take."""
    for lang in ("fr", "en"):
        own = {p.name.removesuffix(".html") for p in (built / lang).iterdir()}
        in_sets = {p.name.removesuffix(".html") for p in (built / lang / "sets").iterdir()}
        in_sets -= set(PAIRS)
        candidates = {n for n in own | in_sets if SLUG_RE.fullmatch(n)}
        assert candidates <= names.RESERVED_SET_IDS, candidates - names.RESERVED_SET_IDS
        assert names.INDEX in in_sets


RESERVED_CASES = sorted(names.RESERVED_SET_IDS)


def _set_text(minimal: Path, set_id: str, theme: str) -> str:
    text = minimal.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^id: minimal$", f"id: {set_id}", text)
    return re.sub(r"(?m)^theme: minimal( .*)?$", f"theme: {theme}", text)


def test_validate_refuses_reserved_ids_with_located_errors(tmp_path: Path, repo_root: Path) -> None:
    minimal = repo_root / "tests" / "data" / "minimal.yaml"
    folder = tmp_path / "prompts"
    folder.mkdir()
    for set_id in RESERVED_CASES:
        (folder / f"{set_id}.yaml").write_text(_set_text(minimal, set_id, "ok"), encoding="utf-8")
    (folder / "fine.yaml").write_text(_set_text(minimal, "fine", "index"), encoding="utf-8")
    result = run_kitgen(["validate", "--no-docs", "prompts"], cwd=tmp_path)
    errors = assert_located_failure(result, "a name the site gives its own pages")
    id_line = next(
        i for i, line in enumerate(minimal.read_text().splitlines(), 1) if line.startswith("id:")
    )
    for set_id in RESERVED_CASES:
        assert f"prompts/{set_id}.yaml:{id_line}:5: error: id: '{set_id}' is a name" in "\n".join(
            errors
        ), (set_id, result.stderr)
    assert any(
        e.startswith("prompts/fine.yaml:") and "the page that lists the themes" in e for e in errors
    ), result.stderr
    assert len(errors) == len(RESERVED_CASES) + 1, result.stderr


def test_a_set_called_index_stops_the_build_before_any_work(
    tmp_path: Path, repo_root: Path
) -> None:
    minimal = repo_root / "tests" / "data" / "minimal.yaml"
    project = make_project(tmp_path / "kit", repo_root, {"index": set_from(minimal, "index")})
    result = _run(project, "build", "-q", "-o", "site")
    errors = assert_located_failure(result, "id: 'index' is a name the site gives")
    assert errors[0].startswith("prompts/index.yaml:"), result.stderr
    assert not (project / "site").exists()


def test_two_files_with_one_set_id_are_refused(tmp_path: Path, repo_root: Path) -> None:
    minimal = repo_root / "tests" / "data" / "minimal.yaml"
    project = make_project(tmp_path / "kit", repo_root, {"alpha": set_from(minimal, "alpha")})
    twin = project / "prompts" / "alpha.yml"
    twin.write_bytes((project / "prompts" / "alpha.yaml").read_bytes())
    for args in (["validate", "prompts"], ["build", "-q", "-o", "site"]):
        result = _run(project, *args)
        errors = assert_located_failure(result, "set id 'alpha' is also used by")
        assert [e for e in errors if LOCATED.match(e)["sev"] == "error"] == [  # type: ignore[index]
            e for e in errors if e.startswith("prompts/alpha.yml:")
        ], result.stderr
    assert not (project / "site").exists()

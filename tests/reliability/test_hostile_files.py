"""Hostile files get one located error, exit 1, no traceback, in bounded time and memory.

Each case runs the real command in a subprocess whose address space is capped (1 GiB): a file
that made kitgen expand an alias bomb or recurse without end would crash it instead of
answering with ``PATH:LINE:COL: error: ...``.  Commands added by later modules (cards, guide,
build) are exercised too as soon as they exist.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from reliability_support import (
    assert_located_failure,
    kitgen_env,
    make_project,
    run_kitgen,
    set_from,
)


def _available(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _commands(target: Path, out: Path) -> list[list[str | Path]]:
    """Every command that reads prompt sets, with the arguments that make it read ``target``."""
    commands: list[list[str | Path]] = [["validate", target]]
    if _available("kitgen.cli.cards"):
        commands.append(["cards", target, "-o", out / "cards"])
    if _available("kitgen.cli.guide"):
        commands.append(["guide", target, "-o", out / "guide"])
    return commands


def _project(tmp_path: Path, minimal_path: Path) -> Path:
    """A project folder with one valid set in prompts/."""
    project = tmp_path / "project"
    (project / "prompts").mkdir(parents=True)
    shutil.copy(minimal_path, project / "prompts" / "minimal.yaml")
    return project


def _valid_text(minimal_path: Path, edit: Callable[[dict], None]) -> str:  # type: ignore[type-arg]
    data = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    edit(data)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _check_all(project: Path, target: Path, *needles: str, prelude: str = "") -> None:
    out = project.parent / "out"
    for command in _commands(target, out):
        result = run_kitgen(command, cwd=project, prelude=prelude)
        errors = assert_located_failure(result, *needles)
        assert str(target.name) in errors[0] or str(target) in errors[0], (command, errors)
        # Nothing was produced from a refused file.
        produced = [p for p in out.rglob("*") if p.is_file()] if out.exists() else []
        assert produced == [], (command, produced)


def test_alias_bomb(tmp_path: Path, minimal_path: Path) -> None:
    project = _project(tmp_path, minimal_path)
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 12):  # 10**12 values once expanded
        refs = ",".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    target = project / "prompts" / "bomb.yaml"
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    _check_all(project, target, "alias")


def test_alias_bomb_inside_a_valid_set(tmp_path: Path, minimal_path: Path) -> None:
    """The bomb hides in a prompt's follow-ups of an otherwise valid set."""
    project = _project(tmp_path, minimal_path)
    text = (project / "prompts" / "minimal.yaml").read_text(encoding="utf-8")
    bomb = ["x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    bomb += [f"x-a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    target = project / "prompts" / "bomb.yaml"
    target.write_text("\n".join(bomb) + "\n" + text, encoding="utf-8")
    _check_all(project, target, "alias")


@pytest.mark.parametrize(
    "nested",
    ["x: " + "[" * 100_000 + "]" * 100_000, "x: " + "{a: " * 50_000 + "1" + "}" * 50_000],
    ids=["sequences", "mappings"],
)
def test_deep_nesting(tmp_path: Path, minimal_path: Path, nested: str) -> None:
    project = _project(tmp_path, minimal_path)
    target = project / "prompts" / "deep.yaml"
    target.write_text(nested + "\n", encoding="utf-8")
    _check_all(project, target, "nesting deeper")


def test_deep_block_nesting(tmp_path: Path, minimal_path: Path) -> None:
    project = _project(tmp_path, minimal_path)
    target = project / "prompts" / "deep.yaml"
    target.write_text(
        "".join(f"{' ' * i}k{i}:\n" for i in range(2000)) + " " * 2000 + "k: 1\n", "utf-8"
    )
    _check_all(project, target, "nesting deeper")


def test_huge_file(tmp_path: Path, minimal_path: Path) -> None:
    project = _project(tmp_path, minimal_path)
    target = project / "prompts" / "huge.yaml"
    text = (project / "prompts" / "minimal.yaml").read_text(encoding="utf-8")
    target.write_text(text + "# padding\n" * 300_000, encoding="utf-8")  # 3 MB
    _check_all(project, target, "limit")


def test_sparse_enormous_file(tmp_path: Path, minimal_path: Path) -> None:
    """A 64 GiB (sparse) file is refused from its size, without reading it."""
    project = _project(tmp_path, minimal_path)
    target = project / "prompts" / "enormous.yaml"
    with target.open("wb") as stream:
        stream.truncate(64 * 1024**3)
    _check_all(project, target, "limit")


def test_wide_flat_list_is_bounded(tmp_path: Path, minimal_path: Path) -> None:
    """Two megabytes of one-character items: many values without any alias."""
    project = _project(tmp_path, minimal_path)
    target = project / "prompts" / "wide.yaml"
    target.write_text("x: [" + ",".join(["a"] * 1_000_000) + "]\n", encoding="utf-8")
    # 256 MiB of address space: composing a million YAML nodes would need about twice that.
    result = run_kitgen(["validate", target], cwd=project, memory=256 * 1024**2)
    assert_located_failure(result, "wide.yaml:1:", "more than 200,000 values")


def test_symlink_out_of_the_project(tmp_path: Path, minimal_path: Path) -> None:
    project = _project(tmp_path, minimal_path)
    outside = tmp_path / "outside" / "secret.yaml"
    outside.parent.mkdir()
    shutil.copy(minimal_path, outside)  # even a valid set is refused through the link
    target = project / "prompts" / "linked.yaml"
    target.symlink_to(Path("..") / ".." / "outside" / "secret.yaml")
    _check_all(project, target, "outside its folder")
    # Listing the folder reads the link too, and refuses it.
    result = run_kitgen(["validate", project / "prompts"], cwd=project)
    assert_located_failure(result, "linked.yaml", "outside its folder")


def test_symlink_chain_leaving_the_folder(tmp_path: Path, minimal_path: Path) -> None:
    """A link to a link inside the folder that itself leaves the folder."""
    project = _project(tmp_path, minimal_path)
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "passwd").write_text("root:x:0:0:root:/root:/bin/sh\n", "utf-8")
    (project / "prompts" / "hop.yaml").symlink_to(tmp_path / "etc" / "passwd")
    target = project / "prompts" / "entry.yaml"
    target.symlink_to("hop.yaml")
    _check_all(project, target, "outside its folder")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("theme", "../../etc/passwd"),
        ("theme", ".."),
        ("id", "../../outside"),
        ("id", "sets/../../x"),
        ("id", "/tmp/evil"),
    ],
)
def test_dotdot_in_names(tmp_path: Path, minimal_path: Path, key: str, value: str) -> None:
    """Names that become file names or page paths cannot climb out of their folder."""
    project = _project(tmp_path, minimal_path)
    target = project / "prompts" / "dots.yaml"
    target.write_text(_valid_text(minimal_path, lambda d: d.update({key: value})), "utf-8")
    _check_all(project, target, key)
    assert not (tmp_path / "outside").exists()


@pytest.mark.parametrize("where", ["prompt", "category", "session"])
def test_dotdot_in_inner_ids(tmp_path: Path, minimal_path: Path, where: str) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        section = {"prompt": "prompts", "category": "categories", "session": "sessions"}[where]
        data[section][0]["id"] = "../../escape"

    project = _project(tmp_path, minimal_path)
    target = project / "prompts" / "dots.yaml"
    target.write_text(_valid_text(minimal_path, edit), "utf-8")
    _check_all(project, target, "id")


def test_fifo_does_not_block(tmp_path: Path, minimal_path: Path) -> None:
    """A named pipe would block a read forever; it is refused from its type."""
    project = _project(tmp_path, minimal_path)
    target = project / "prompts" / "pipe.yaml"
    os.mkfifo(target)
    _check_all(project, target, "not a regular file")


def test_device_is_refused(tmp_path: Path) -> None:
    """A device named on the command line (an endless one, or an empty one) is refused."""
    for device in ("/dev/zero", os.devnull):
        result = run_kitgen(["validate", device], cwd=tmp_path)
        assert_located_failure(result, "not a regular file")


_VANISH_BEFORE_READ = """
import kitgen.load.loader as _loader
from pathlib import Path as _Path
_parse = _loader.parse_yaml
def _vanish(path, *args, **kwargs):
    _Path(path).unlink(missing_ok=True)
    return _parse(path, *args, **kwargs)
_loader.parse_yaml = _vanish
"""

_VANISH_AT_OPEN = """
import pathlib as _pathlib
_open = _pathlib.Path.open
def _vanish(self, mode="r", *args, **kwargs):
    if self.suffix == ".yaml" and "r" in mode and "b" in mode:
        self.unlink(missing_ok=True)
    return _open(self, mode, *args, **kwargs)
_pathlib.Path.open = _vanish
"""


@pytest.mark.parametrize("prelude", [_VANISH_BEFORE_READ, _VANISH_AT_OPEN], ids=["listed", "open"])
def test_file_vanishing_between_listing_and_reading(
    tmp_path: Path, minimal_path: Path, prelude: str
) -> None:
    """The folder is listed with the file in it; the file is gone when kitgen reads it."""
    project = _project(tmp_path, minimal_path)
    folder = project / "prompts"
    result = run_kitgen(["validate", folder], cwd=project, prelude=prelude)
    assert_located_failure(result, "minimal.yaml", "vanished" if "open" in prelude else "")
    assert not (folder / "minimal.yaml").exists()  # the fault was really injected


def test_bounds_are_real(tmp_path: Path) -> None:
    """The harness itself: a run that needs more than the memory cap does fail."""
    result = run_kitgen(
        ["--version"], cwd=tmp_path, prelude="_hog = bytearray(2 * 1024**3)", memory=1024**3
    )
    assert result.returncode != 0
    assert "MemoryError" in result.stderr


# --------------------------------------------------------------------------- kitgen build

_VANISH_AFTER_PLANNING = """
import kitgen.build.kit as _kit
from pathlib import Path as _Path
_plan = _kit.plan_jobs
def _vanish(project, sets, *args, **kwargs):
    jobs = _plan(project, sets, *args, **kwargs)
    (_Path(project.prompts) / "beta.yaml").unlink()
    return jobs
_kit.plan_jobs = _vanish
"""


def _bomb(path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 12)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _outside_link(path: Path) -> None:
    outside = path.parents[2] / "outside.yaml"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("damage", "prelude", "needle"),
    [
        (_bomb, "", "alias"),
        (lambda p: p.write_text("x: " + "[" * 5000 + "]" * 5000, "utf-8"), "", "nesting"),
        (lambda p: p.write_text("# pad\n" * 500_000, "utf-8"), "", "limit"),
        (_outside_link, "", "outside its folder"),
        (lambda p: (p.unlink(), os.mkfifo(p)), "", "not a regular file"),
        (lambda p: None, _VANISH_BEFORE_READ, "beta.yaml"),
        (lambda p: None, _VANISH_AFTER_PLANNING, "beta.yaml"),
    ],
    ids=["alias-bomb", "deep", "huge", "symlink-out", "fifo", "vanish-on-read", "vanish-mid-build"],
)
def test_build_refuses_hostile_files(
    tmp_path: Path,
    repo_root: Path,
    minimal_path: Path,
    damage: Callable[[Path], object],
    prelude: str,
    needle: str,
) -> None:
    sets = {sid: set_from(minimal_path, sid) for sid in ("alpha", "beta")}
    project = make_project(tmp_path / "project", repo_root, sets)
    damage(project / "prompts" / "beta.yaml")
    result = run_kitgen(
        ["build", "-q", "-o", tmp_path / "site"],
        cwd=project,
        prelude=prelude,
        env=kitgen_env(SOURCE_DATE_EPOCH="1700000000"),
        memory=2 * 1024**3,  # Sphinx and Typst workers: still bounded
    )
    assert_located_failure(result, needle)

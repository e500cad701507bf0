"""Atomic outputs: every file is written beside its target and renamed into place, so a build
that fails or is killed leaves every earlier output intact and no half-written file."""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
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
    tree,
)
from write_audit import audit_source, audit_tree

import kitgen
from kitgen.build.cache import cache_folder

PACKAGE = Path(kitgen.__file__).resolve().parent
TEMP_NAME = re.compile(r"^\..+\.[A-Za-z0-9_]+\.tmp$")


# --------------------------------------------------------------------------- static audit


def test_every_write_in_the_source_goes_through_atomic() -> None:
    findings = audit_tree(PACKAGE, allowed={"kitgen/atomic.py"})
    assert findings == [], "\n".join(map(str, findings))


@pytest.mark.parametrize(
    "source",
    [
        "path.write_text('x')",
        "Path('a').write_bytes(b'x')",
        "open(path, 'w')",
        "open(path, mode='ab')",
        "open(path, 'r+')",
        "open(path, flags)",
        "path.open('w', encoding='utf-8')",
        "io.open(path, 'wb')",
        "os.fdopen(fd, 'wb')",
        "os.open(path, os.O_WRONLY)",
        "shutil.copy(a, b)",
        "shutil.copytree(a, b)",
        "copyfile(a, b)",
        "copy_asset(a, b)",
        "os.replace(a, b)",
        "tmp.replace(path)",
        "tmp.rename(path)",
        "tempfile.NamedTemporaryFile(dir=out)",
        "image.save('card.png')",
        "image.save(out / 'card.png')",
        "typst.compile(src, output='x.pdf')",
        "typst.compile(src, 'x.pdf')",
        "subprocess.run(['pdftoppm', 'a.pdf', 'b'])",
        "path.touch()",
    ],
)
def test_the_audit_catches(source: str) -> None:
    """The audit is not blind: each way of writing a file is a finding."""
    assert audit_source(source), source


@pytest.mark.parametrize(
    "source",
    [
        "atomic.write_bytes(path, data)",
        "write_bytes(path, data)",
        "write_if_changed(path, text)",
        "with atomic_open(path) as stream:\n    image.save(stream, 'PNG')",
        "buffer = io.BytesIO()\ncode.save(buffer, kind='svg')",
        "code.save(io.BytesIO(), kind='svg')",
        "open(path)",
        "open(path, 'rb')",
        "path.open('rb')",
        "text.replace('a', 'b')",
        "typst.compile(src, font_paths=fonts)",
        "webbrowser.open(self.url)",
    ],
)
def test_the_audit_allows(source: str) -> None:
    assert audit_source(source) == [], source


# --------------------------------------------------------------------------- dynamic audit

#: Records every file opened for writing and every rename, printed when the process exits.
AUDIT_HOOK = """
import atexit as _atexit, json as _json, os as _os, sys as _sys
_events = []
_WRITE_FLAGS = _os.O_WRONLY | _os.O_RDWR | _os.O_CREAT | _os.O_APPEND | _os.O_TRUNC
def _hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, _os.PathLike)):
        path, mode, flags = args
        writing = any(c in mode for c in "wax+") if isinstance(mode, str) else bool(
            (flags or 0) & _WRITE_FLAGS
        )
        if writing:
            _events.append(["write", _os.path.abspath(_os.fsdecode(path))])
    elif event == "os.rename":
        _events.append(["rename", _os.path.abspath(_os.fsdecode(args[0])),
                        _os.path.abspath(_os.fsdecode(args[1]))])
_sys.addaudithook(_hook)
_atexit.register(lambda: _os.write(2, ("\\nAUDIT " + _json.dumps(_events) + "\\n").encode()))
"""


def _audited(stderr: str) -> list[list[str]]:
    line = next(x for x in stderr.splitlines() if x.startswith("AUDIT "))
    events: list[list[str]] = json.loads(line.removeprefix("AUDIT "))
    return events


def _check_atomic(out: Path, stderr: str) -> None:
    """Inside ``out``: only temporary names are opened for writing; each output is a rename."""
    out = out.resolve()
    events = [e for e in _audited(stderr) if Path(e[-1]).is_relative_to(out)]
    written = [Path(e[1]) for e in events if e[0] == "write"]
    renamed = {Path(e[2]): Path(e[1]) for e in events if e[0] == "rename"}
    assert written, "nothing was audited: the hook saw no write"
    for path in written:
        assert TEMP_NAME.match(path.name), f"{path} was opened for writing in place"
    outputs = [p for p in out.rglob("*") if p.is_file()]
    assert outputs
    for path in outputs:
        assert path in renamed, f"{path} was not renamed into place"
        assert renamed[path].parent == path.parent
        assert TEMP_NAME.match(renamed[path].name)
        assert not TEMP_NAME.match(path.name), f"temporary file left behind: {path}"


def _env() -> dict[str, str]:
    return kitgen_env(PYTHONDONTWRITEBYTECODE="1")


def test_cards_and_pngs_are_renamed_into_place(tmp_path: Path, minimal_path: Path) -> None:
    out = tmp_path / "out"
    result = run_kitgen(
        ["cards", minimal_path, "-o", out / "deck.pdf", "--png", out / "png"],
        cwd=tmp_path,
        prelude=AUDIT_HOOK,
        env=_env(),
    )
    assert result.returncode == 0, result.stderr
    _check_atomic(out, result.stderr)
    assert len(list((out / "png").glob("*.png"))) >= 8


@pytest.mark.parametrize("suffix", [".pdf", ".md"])
def test_guides_are_renamed_into_place(tmp_path: Path, minimal_path: Path, suffix: str) -> None:
    out = tmp_path / "out"
    source = tmp_path / "set.yaml"  # away from the repository's docs/ and its theme pages
    source.write_bytes(minimal_path.read_bytes())
    result = run_kitgen(
        ["guide", source, "-o", out / f"guide{suffix}"],
        cwd=tmp_path,
        prelude=AUDIT_HOOK,
        env=_env(),
    )
    assert result.returncode == 0, result.stderr
    _check_atomic(out, result.stderr)


# --------------------------------------------------------------------------- failures keep outputs


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(folder).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _break_yaml(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\n  broken: [unclosed\n", "utf-8")


def _too_long(path: Path) -> None:
    """Valid YAML and a valid set, but a prompt no card can hold: a late, render-time error."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["prompts"][1]["text"] = {lang: "word " * 600 for lang in data["languages"]}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


CARDS = ["cards", "{set}", "-o", "{out}/deck.pdf", "--png", "{out}/png"]
GUIDE_PDF = ["guide", "{set}", "-o", "{out}/guide.pdf"]
GUIDE_MD = ["guide", "{set}", "-o", "{out}/guide.md"]


@pytest.mark.parametrize(
    ("command", "breakage"),
    [
        (CARDS, _break_yaml),
        (CARDS, _too_long),  # a guide has room for a long prompt: only cards fail late
        (GUIDE_PDF, _break_yaml),
        (GUIDE_MD, _break_yaml),
    ],
    ids=["cards-invalid-yaml", "cards-too-long", "guide-pdf-invalid-yaml", "guide-md-invalid-yaml"],
)
def test_a_failing_run_keeps_the_earlier_output(
    tmp_path: Path,
    minimal_path: Path,
    command: list[str],
    breakage: Callable[[Path], None],
) -> None:
    source = tmp_path / "set.yaml"
    source.write_bytes(minimal_path.read_bytes())
    out = tmp_path / "out"
    args = [a.format(set=source, out=out) for a in command]
    good = run_kitgen(args, cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    before = _snapshot(out)
    assert before
    breakage(source)
    failed = run_kitgen(args, cwd=tmp_path)
    assert_located_failure(failed, "set.yaml:")
    assert _snapshot(out) == before  # same bytes, same mtimes, no new file


# --------------------------------------------------------------------------- killed mid-write


def _large_set(minimal_path: Path, target: Path, count: int) -> None:
    """``count`` prompts made from the minimal set's, one session with an opener and a closer."""
    data = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    base = data["prompts"]
    prompts = []
    for i in range(count):
        prompt = {**base[i % len(base)], "id": f"p{i:05d}", "kind": "question"}
        prompt["text"] = {lang: f"{i}. {text}" for lang, text in prompt["text"].items()}
        prompts.append(prompt)
    prompts[0]["kind"], prompts[-1]["kind"] = "opener", "closer"
    data["prompts"] = prompts
    session = data["sessions"][0]
    steps = session["steps"]
    steps[0]["prompts"], steps[-1]["prompts"] = [prompts[0]["id"]], [prompts[-1]["id"]]
    session["steps"] = [steps[0], steps[-1]]
    session["minutes"] = steps[0]["minutes"] + steps[-1]["minutes"]
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def _kill_during_write(args: list[str], cwd: Path, output: Path) -> bool:
    """Start ``kitgen ARGS``; SIGKILL it as soon as the temporary file of ``output`` appears.

    False when the run ended before the temporary file could be seen.
    """
    prefix = f".{output.name}."
    code = "import sys\nfrom kitgen.cli import main\nsys.argv = ['kitgen', *sys.argv[1:]]\nmain()"
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=kitgen_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 900
        while process.poll() is None and time.monotonic() < deadline:
            with os.scandir(output.parent) as entries:
                if any(e.name.startswith(prefix) and e.name.endswith(".tmp") for e in entries):
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    return True
        return False
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _is_the_whole_large_deck(target: Path, before: bytes) -> bool:
    """True when ``target`` is a complete PDF with more pages than the earlier small deck."""
    import io

    from pypdf import PdfReader

    try:
        pages = len(PdfReader(io.BytesIO(target.read_bytes())).pages)
    except Exception:  # a partial file: exactly what the test must catch
        return False
    return pages > len(PdfReader(io.BytesIO(before)).pages)


@pytest.mark.slow
def test_cards_killed_mid_write_keep_the_earlier_pdf(tmp_path: Path, minimal_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "deck.pdf"
    good = run_kitgen(["cards", minimal_path, "-o", target], cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    before = target.read_bytes()
    large = tmp_path / "large.yaml"
    _large_set(minimal_path, large, 2000)
    for _attempt in range(5):
        if not _kill_during_write(["cards", str(large), "-o", str(target)], tmp_path, target):
            continue
        if target.read_bytes() != before and _is_the_whole_large_deck(target, before):
            # On a loaded machine the run can finish its rename between the moment the
            # temporary file was seen and the moment SIGKILL lands: a complete new deck is
            # the other allowed outcome, not a caught kill. Put the earlier one back, retry.
            target.write_bytes(before)
            continue
        break
    else:
        pytest.fail("kitgen was never caught while its temporary file was open")
    assert target.read_bytes() == before
    left = [p.name for p in out.iterdir() if p.name != "deck.pdf"]
    # SIGKILL cannot be caught: the temporary file may remain, hidden, and only that.
    assert all(TEMP_NAME.match(name) for name in left), left
    assert len(left) <= 1


# --------------------------------------------------------------------------- kitgen build

#: Like AUDIT_HOOK, but each event is written at once to an inherited file descriptor, so the
#: build's workers (run through sitecustomize, they leave without running atexit) are traced too.
BUILD_AUDIT_HOOK = """
import json as _json, os as _os, sys as _sys
_log = _os.open(_os.environ["KITGEN_AUDIT_LOG"], _os.O_WRONLY | _os.O_APPEND | _os.O_CREAT)
_WRITE_FLAGS = _os.O_WRONLY | _os.O_RDWR | _os.O_CREAT | _os.O_APPEND | _os.O_TRUNC
def _hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, _os.PathLike)):
        path, mode, flags = args
        writing = any(c in mode for c in "wax+") if isinstance(mode, str) else bool(
            (flags or 0) & _WRITE_FLAGS
        )
        if writing:
            _emit("write", path)
    elif event == "os.rename":
        _emit("rename", args[0], args[1])
def _emit(kind, *paths):
    line = [kind, *(_os.path.abspath(_os.fsdecode(p)) for p in paths)]
    _os.write(_log, (_json.dumps(line) + "\\n").encode())
_sys.addaudithook(_hook)
"""

BUILD_ENV = {"SOURCE_DATE_EPOCH": "1700000000", "PYTHONDONTWRITEBYTECODE": "1"}


def _small_project(tmp_path: Path, repo_root: Path, minimal_path: Path) -> Path:
    sets = {sid: set_from(minimal_path, sid) for sid in ("alpha", "beta")}
    return make_project(tmp_path / "project", repo_root, sets)


def _build(
    project: Path, site: Path, prelude: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return run_kitgen(
        ["build", "-q", "-o", site],
        cwd=project,
        env=kitgen_env(**BUILD_ENV, **(env or {})),
        memory=None,
        prelude=prelude,
        workers_too=True,  # the build's spawned workers are traced too
    )


@pytest.mark.slow
def test_build_publishes_every_file_by_rename(
    tmp_path: Path, repo_root: Path, minimal_path: Path
) -> None:
    """Traced in the main process and in every worker: below the site (the build's cache,
    where Sphinx works, is elsewhere) only temporary names are opened for writing."""
    project = _small_project(tmp_path, repo_root, minimal_path)
    site = tmp_path / "site"
    log = tmp_path / "audit.log"
    result = _build(project, site, BUILD_AUDIT_HOOK, {"KITGEN_AUDIT_LOG": str(log)})
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    published = site.resolve()
    written = [
        Path(e[1]) for e in events if e[0] == "write" and Path(e[1]).is_relative_to(published)
    ]
    renamed = {Path(e[2]): Path(e[1]) for e in events if e[0] == "rename"}
    assert len(written) > 50
    for path in written:
        assert TEMP_NAME.match(path.name), f"{path} was written in place"
    for name, path in tree(site).items():
        assert path.resolve() in renamed, f"{name} was not renamed into place"
        assert TEMP_NAME.match(renamed[path.resolve()].name)


def _site_state(project: Path, site: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the site and of its cache, with its bytes and modification time."""
    files = {
        **tree(site),
        **{f"cache/{n}": p for n, p in tree(cache_folder(project, site)).items()},
    }
    return {name: (path.read_bytes(), path.stat().st_mtime_ns) for name, path in files.items()}


@pytest.mark.slow
def test_a_failing_build_keeps_the_earlier_site(
    tmp_path: Path, repo_root: Path, minimal_path: Path
) -> None:
    project = _small_project(tmp_path, repo_root, minimal_path)
    site = tmp_path / "site"
    assert _build(project, site).returncode == 0
    before = _site_state(project, site)
    # 1. Invalid YAML: nothing at all is written, not even the build's cache.
    _break_yaml(project / "prompts" / "beta.yaml")
    assert_located_failure(_build(project, site), "beta.yaml:")
    assert _site_state(project, site) == before
    # 2. A late failure (a prompt no card can hold): beta's decks stay as they were.
    (project / "prompts" / "beta.yaml").write_text(
        yaml.safe_dump(set_from(minimal_path, "beta"), allow_unicode=True, sort_keys=False),
        "utf-8",
    )
    _too_long(project / "prompts" / "beta.yaml")
    assert_located_failure(_build(project, site), "beta.yaml:")
    after = _site_state(project, site)
    decks = [n for n in before if "/downloads/beta--" in n and "--cards--" in n]
    assert decks
    for name in decks:
        assert after[name] == before[name], name


def _hidden_temp(name: str) -> bool:
    return TEMP_NAME.match(Path(name).name) is not None


@pytest.mark.slow
def test_build_killed_mid_write_leaves_old_or_new_files(
    tmp_path: Path, repo_root: Path, minimal_path: Path
) -> None:
    """Killed (the whole process group, workers too) while it writes: every file of the site
    is byte for byte the earlier build's or the new build's, never a mix or a torn file."""
    project = _small_project(tmp_path, repo_root, minimal_path)
    site = tmp_path / "site"
    assert _build(project, site).returncode == 0
    old = {n: p.read_bytes() for n, p in tree(site).items()}
    data = set_from(minimal_path, "alpha")
    data["prompts"][1]["text"] = {"fr": "Une autre question ?", "en": "Another question?"}  # type: ignore[index]
    (project / "prompts" / "alpha.yaml").write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8"
    )
    earlier = tmp_path / "earlier"
    cache = cache_folder(project, site)
    shutil.copytree(site, earlier / "site")
    shutil.copytree(cache, earlier / "cache")
    assert _build(project, site).returncode == 0
    new = {n: p.read_bytes() for n, p in tree(site).items()}
    assert old != new

    code = "import sys\nfrom kitgen.cli import main\nsys.argv = ['kitgen', *sys.argv[1:]]\nmain()"
    for _attempt in range(5):
        for folder, copy in ((site, "site"), (cache, "cache")):
            shutil.rmtree(folder)  # the earlier site, and its cache: the same work to redo
            shutil.copytree(earlier / copy, folder)
        process = subprocess.Popen(
            [sys.executable, "-c", code, "build", "-q", "-o", str(site)],
            cwd=project,
            env=kitgen_env(**BUILD_ENV),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        caught = False
        try:
            while process.poll() is None and not caught:
                for _folder, _dirs, files in os.walk(site):
                    if any(_hidden_temp(f) for f in files):
                        os.killpg(process.pid, signal.SIGKILL)
                        caught = True
                        break
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        if caught:
            break
    else:
        pytest.fail("never caught the build while it was writing")
    for name, path in tree(site).items():
        if _hidden_temp(name):
            continue  # SIGKILL cannot be caught: a temporary file may remain, hidden
        content = path.read_bytes()
        assert content in (old.get(name), new.get(name)), f"{name} is neither old nor new"
    # And the next build finishes the job.
    assert _build(project, site).returncode == 0
    final = {n: p.read_bytes() for n, p in tree(site).items() if not _hidden_temp(n)}
    assert final == new

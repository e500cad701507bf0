"""Worker processes die with kitgen; Ctrl-C stops ``kitgen build`` without waiting for its jobs.

After SIGKILL of ``kitgen build`` or ``kitgen cards``, their workers lived on, blocked, 130-300 MB
each; Ctrl-C let every running job finish (and write) first. Each test makes the workers block
for good (a job that never ends), so the old behaviour cannot pass by luck, and waits for the
state it expects with a bounded poll loop (the bound is a hang guard, not a measure).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from reliability_support import inherited, kitgen_env, make_project, set_from

#: Upper bound of every wait below: only reached when the behaviour is wrong.
HANG_GUARD_S = 120.0

#: Every job of ``kitgen build`` blocks forever in its worker (run in every process: the
#: workers are spawned, so the patch reaches them through ``sitecustomize``).
BLOCKING_JOBS = """
import threading
import kitgen.build.kit as kit

def _run(*args, **kwargs):  # whatever build.kit._run takes
    print("job started", flush=True)
    threading.Event().wait()

_run.__module__ = "kitgen.build.kit"  # pickled by reference: kitgen.build.kit._run is this
kit._run = _run
"""

BLOCKING_BUILD = """
import sys
from kitgen.cli import main
sys.argv = ["kitgen", "build", "-q", "-j", "2", "-o", "site"]
main()
"""

#: The card renderer's pool (spawn workers) running tasks that never end.
BLOCKING_CARDS_POOL = """
import time
from kitgen import typst_worker

with typst_worker.pool(2) as pool:
    futures = [pool.submit(time.sleep, 10**6) for _ in range(2)]
    print("job started", flush=True)
    futures[0].result()
"""


def children(pid: int) -> set[int]:
    """The live processes whose parent is ``pid`` (read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its exit status is left


def wait_for(state: Callable[[], bool], what: str) -> None:
    """Poll until ``state()`` holds; fail (naming ``what``) if the hang guard is reached."""
    deadline = time.monotonic() + HANG_GUARD_S
    while not state():
        if time.monotonic() > deadline:
            pytest.fail(f"still waiting for: {what}")
        time.sleep(0.05)


def start(code: str, cwd: Path) -> subprocess.Popen[str]:
    """Run ``code`` in a new session (its own process group, like a command in a terminal);
    every Python process it starts has the build's jobs blocking (``BLOCKING_JOBS``)."""
    patch = cwd / ".blocking"
    patch.mkdir(exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=cwd,
        env=kitgen_env(KITGEN_LANG="en", **inherited(BLOCKING_JOBS, patch)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()  # a worker is running (or the run failed)
    if "job started" not in line:
        process.kill()
        pytest.fail(f"no worker started: {line}{process.communicate()[1][-3000:]}")
    return process


def workers_of(process: subprocess.Popen[str], count: int) -> set[int]:
    wait_for(lambda: len(children(process.pid)) >= count, f"{count} worker processes")
    return children(process.pid)


@pytest.fixture()
def project(tmp_path: Path, repo_root: Path, minimal_path: Path) -> Path:
    return make_project(
        tmp_path / "kit",
        repo_root,
        {"alpha": set_from(minimal_path, "alpha"), "beta": set_from(minimal_path, "beta")},
    )


def kill_tree(process: subprocess.Popen[str], workers: set[int]) -> None:
    """Clean up after a failing test: nothing of ours may outlive it."""
    for pid in [process.pid, *workers]:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)
    process.communicate()


def assert_workers_die_with_a_killed_parent(code: str, cwd: Path) -> None:
    process = start(code, cwd)
    workers = workers_of(process, 2)
    try:
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        wait_for(lambda: not any(alive(pid) for pid in workers), "the workers to end")
    finally:
        kill_tree(process, workers)


def test_build_workers_die_with_a_killed_parent(project: Path) -> None:
    assert_workers_die_with_a_killed_parent(BLOCKING_BUILD, project)


def test_cards_workers_die_with_a_killed_parent(tmp_path: Path) -> None:
    assert_workers_die_with_a_killed_parent(BLOCKING_CARDS_POOL, tmp_path)


@pytest.mark.parametrize("target", ["group", "parent"], ids=["ctrl-c", "sigint-to-kitgen"])
def test_an_interrupted_build_stops_without_finishing_its_jobs(project: Path, target: str) -> None:
    """Ctrl-C in a terminal signals the whole group; ``kill -INT`` only kitgen itself. Either
    way the build ends, its workers too, though their jobs would never have finished."""
    process = start(BLOCKING_BUILD, project)
    workers = workers_of(process, 2)
    try:
        if target == "group":
            os.killpg(process.pid, signal.SIGINT)
        else:
            os.kill(process.pid, signal.SIGINT)
        wait_for(lambda: process.poll() is not None, "kitgen build to stop")
        assert process.returncode != 0
        wait_for(lambda: not any(alive(pid) for pid in workers), "the workers to end")
        _, err = process.communicate()
        assert "Traceback" not in err, err[-3000:]
        assert not (project / "site" / "en" / "index.html").exists()  # no job wrote
    finally:
        kill_tree(process, workers)


#: One process compiles a Typst document, then builds a kit with two workers: a forked worker
#: calling Typst then hung for good (a test run making cards before ``tests/build`` did, twice).
TYPST_THEN_BUILD = """
import pathlib, sys, typst
from kitgen.build import Project, build_kit
page = pathlib.Path("page.typ")
page.write_text("Hello", encoding="utf-8")
assert typst.compile(str(page), format="pdf").startswith(b"%PDF")
report = build_kit(Project.find(pathlib.Path.cwd()), pathlib.Path("site"), workers=2)
print("built", report.written, flush=True)
"""


def test_a_build_after_typst_in_the_same_process_does_not_hang(project: Path) -> None:
    """The timeout bounds a hang (the build takes seconds); it measures nothing."""
    try:
        result = subprocess.run(
            [sys.executable, "-c", TYPST_THEN_BUILD],
            cwd=project,
            env=kitgen_env(KITGEN_LANG="en"),
            capture_output=True,
            text=True,
            timeout=HANG_GUARD_S * 5,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("kitgen build hung after Typst ran in the same process")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("built "), result.stdout
    assert (project / "site" / "en" / "index.html").is_file()
    assert sorted((project / "site" / "fr" / "downloads").glob("alpha-*.pdf"))

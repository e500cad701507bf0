"""``kitgen build`` ends in one clean line when the machine fails it, never a traceback.

A full disk, a read-only output folder and a killed worker process ended ``kitgen build`` in a
traceback (the single-file commands already gave clean errors). The faults are injected in the
command's own process before it starts, and in each of its spawned workers.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from reliability_support import LOCATED, kitgen_env, run_kitgen

PRELUDES = {
    # The disk fills up while a file is flushed.
    "disk full": """
import os
def _full(fd):
    raise OSError(28, "No space left on device")
os.fsync = _full
""",
    # Every temporary file is refused, as in a read-only folder (root ignores permission bits).
    "read-only": """
import os, tempfile
def _refuse(*args, dir=None, prefix="", suffix="", **kwargs):
    raise OSError(30, "Read-only file system", os.path.join(str(dir), prefix + "x" + suffix))
tempfile.mkstemp = _refuse
""",
    # A worker process is killed in the middle of its job (out of memory, or by hand).
    "killed worker": """
import os, signal
import kitgen.build.kit as kit
def _run(*args, **kwargs):  # whatever build.kit._run takes
    os.kill(os.getpid(), signal.SIGKILL)
_run.__module__ = "kitgen.build.kit"
kit._run = _run
""",
}

NEEDLES = {
    "disk full": "No space left on device",
    "read-only": "Read-only file system",
    "killed worker": "a worker process ended before the",
}


def build(project: Path, site: str) -> subprocess.CompletedProcess[str]:
    return run_kitgen(
        ["build", "-q", "-o", site],
        cwd=project,
        memory=None,
        timeout=1800,
        env=kitgen_env(KITGEN_LANG="en"),
    )


@pytest.mark.parametrize("fault", list(PRELUDES))
def test_a_failing_machine_is_one_clean_line(alpha_kit: Path, fault: str) -> None:
    site = f"site-{fault.replace(' ', '-')}"
    result = run_kitgen(
        ["build", "-q", "-j", "2", "-o", site],
        cwd=alpha_kit,
        prelude=PRELUDES[fault],
        workers_too=True,
        memory=None,
        timeout=1800,
        env=kitgen_env(KITGEN_LANG="en"),
    )
    assert result.returncode == 1, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    errors = [line for line in result.stderr.splitlines() if LOCATED.match(line)]
    assert errors, result.stderr[-3000:]
    assert all(NEEDLES[fault] in line for line in errors), errors
    if fault == "killed worker":
        assert all(line.startswith(f"{site}:1:1: error: ") for line in errors), errors
    assert ".tmp" not in result.stderr


def test_a_link_loop_in_the_pages_is_named_before_any_work(alpha_kit: Path) -> None:
    """``docs/en/loop -> ..`` made Sphinx read the pages again and again, with no word why."""
    loop = alpha_kit / "docs" / "en" / "loop"
    loop.symlink_to("..")
    try:
        result = build(alpha_kit, "site-loop")
    finally:
        loop.unlink()
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if LOCATED.match(line)]
    assert len(errors) == 1, result.stderr[-3000:]
    assert errors[0].startswith("docs/en/loop:1:1: error: this link leads to a folder")
    assert not (alpha_kit / "site-loop").exists()


def test_sphinx_warnings_are_printed_without_colour_codes(alpha_kit: Path) -> None:
    page = alpha_kit / "docs" / "en" / "themes" / "alpha.md"
    before = page.read_text(encoding="utf-8")
    page.write_text(before + "\nSee {ref}`no-such-label`.\n", encoding="utf-8")
    try:
        result = build(alpha_kit, "site-warning")
    finally:
        page.write_text(before, encoding="utf-8")
    assert result.returncode == 1
    assert "undefined label: 'no-such-label'" in result.stderr
    assert "\x1b" not in result.stderr and "\\x1b[" not in result.stderr, result.stderr[-2000:]

"""Every test file under tests/ is collected by a plain ``pytest`` run.

pytest's default ``norecursedirs`` skips folders named ``build``: tests/build/ never ran, and
nothing said so. This runs the collection the way CI does and compares it with the files on disk.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent


def collected_files(*args: str) -> set[str]:
    """The test files a ``pytest --collect-only`` run from the repository's root reaches."""
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return {line.split("::", 1)[0] for line in result.stdout.splitlines() if "::" in line}


def test_every_test_file_is_collected() -> None:
    on_disk = {p.relative_to(ROOT).as_posix() for p in TESTS.rglob("test_*.py")}
    assert "tests/build/test_build.py" in on_disk
    assert sorted(on_disk - collected_files()) == []


def test_the_guard_sees_an_uncollected_folder() -> None:
    """With pytest's old default, the comparison above does find tests/build/ missing."""
    old_default = "norecursedirs=*.egg .* _darcs build CVS dist node_modules venv {arch}"
    missing = {
        p.relative_to(ROOT).as_posix() for p in (TESTS / "build").rglob("test_*.py")
    } - collected_files("-o", old_default)
    assert "tests/build/test_build.py" in missing

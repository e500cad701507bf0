"""A small kit built once with ``kitgen build``, then served by a real ``kitgen serve``.

The kit is the build tests' two-set project (``tests/build/kit_project.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # served_kit.py
sys.path.insert(0, str(HERE.parent / "build"))  # the build tests' kit

from kit_project import make_project  # noqa: E402
from served_kit import Served, start_server, stop_server  # noqa: E402


@pytest.fixture(scope="module")
def built_kit(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A kit and its output made by ``kitgen build`` (the server's first build is a no-op)."""
    kit = make_project(tmp_path_factory.mktemp("serve"))
    site = kit.parent / "site"
    result = subprocess.run(
        [sys.executable, "-m", "kitgen", "build", "-q", "-o", str(site)],
        cwd=kit,
        capture_output=True,
        text=True,
        timeout=1800,
        env=dict(os.environ, KITGEN_LANG="en"),
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return kit, site


@pytest.fixture(scope="module")
def served(built_kit: tuple[Path, Path]) -> Iterator[Served]:
    """``kitgen serve`` on the built kit, once its first build and previews are done."""
    kit, site = built_kit
    server = start_server(kit, site, kit.parent / "serve.log")
    try:
        server.wait_for(
            "first build", lambda s: s["generations"]["site"] >= 2 and not s["building"]
        )
        yield server
    finally:
        stop_server(server)

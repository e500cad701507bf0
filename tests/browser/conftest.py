"""Browser fixtures: axe-core from npm and the real site built once per session by ``kitgen
build`` (Chromium and the loopback server come from ``tests/conftest.py``).

Never ``playwright install``: the browser is ``/usr/bin/chromium`` (installed by ``dev.sh``).
"""

from __future__ import annotations

import fcntl
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kitgen.model import PromptSet

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's script, to inject into a page (installed by ``npm ci`` in ``dev.sh test``)."""
    if not AXE.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `npm ci --ignore-scripts`")
        pytest.skip("axe-core is not installed: run `npm ci --ignore-scripts`")
    return AXE.read_text(encoding="utf-8")


def _site_root(out: Path) -> Path:
    """The folder holding one sub-folder per language (``fr/``, ``en/``) in a build output."""
    for candidate in [out, *sorted(p for p in out.rglob("*") if p.is_dir())]:
        if (candidate / "en" / "index.html").is_file() or (
            candidate / "fr" / "index.html"
        ).is_file():
            return candidate
    raise AssertionError(f"no built site (en/index.html or fr/index.html) under {out}")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real kit built once per test run with ``kitgen build -o``; returns the site root.

    Under pytest-xdist the workers share one build (a lock file in the run's temporary folder).
    """
    if importlib.util.find_spec("kitgen.cli.build") is None:
        pytest.skip("`kitgen build` (kitgen.cli.build) does not exist yet: no site to test")
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # one folder per run, above the workers' own
    out = shared / "kitgen-built-site"
    with (shared / "kitgen-built-site.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = shared / "kitgen-built-site.ok"
        if not done.exists():
            result = subprocess.run(
                [sys.executable, "-m", "kitgen", "build", "-q", "-o", str(out)],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=1800,
            )
            assert result.returncode == 0, result.stderr[-4000:]
            done.write_text("ok\n")
    return _site_root(out)


@pytest.fixture(scope="module")
def serve_deck(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> Callable[[PromptSet], str]:
    """``serve_deck(prompt_set)``: the set's English online deck on loopback; its page's URL."""
    from kitgen.render.webdeck import render_webdeck

    def start(prompt_set: PromptSet) -> str:
        root = tmp_path_factory.mktemp("deck-site")
        for relative, content in render_webdeck(prompt_set, "en", "https://example.org/").items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        return f"{serve(root)}en/deck/{prompt_set.id}.html"

    return start

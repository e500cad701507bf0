"""Shared browser fixtures: Debian's Chromium through Playwright, a loopback static server,
axe-core from npm, and the real site built once per session by ``kitgen build``.

Never ``playwright install``: the browser is ``/usr/bin/chromium`` (installed by ``dev.sh``).
"""

from __future__ import annotations

import fcntl
import functools
import importlib.util
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """One headless Chromium for the session (a Playwright ``Browser``)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (./dev.sh test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """``serve(folder)`` serves a folder on 127.0.0.1 and returns its base URL (ends with /)."""
    servers: list[ThreadingHTTPServer] = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


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

"""Shared fixtures: the repository, a valid minimal set, a loader for edited copies, goldens."""

from __future__ import annotations

import functools
import signal
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from kitgen.load import load_set
from kitgen.model import PromptSet

# A suite started in the background of a non-interactive shell (`./dev.sh test &`, nohup) inherits
# SIGINT ignored, and so would every kitgen process the tests start: the tests that stop kitgen
# with SIGINT, as Ctrl-C does, would then wait for nothing. Children inherit a handler as the
# default disposition, so restoring Python's own handler here gives them Ctrl-C back.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"

#: Debian's Chromium (installed by ``dev.sh test``); never ``playwright install``.
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def english_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command speaks English in tests whatever the machine's locale; a test that checks
    another language sets ``KITGEN_LANG`` (or the locale variables) itself."""
    monkeypatch.setenv("KITGEN_LANG", "en")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite golden files (tests/load/bad/*.expected, tests/load/arc/*.expected) from "
        "the actual output, so that nobody edits them by hand; read the diff before committing.",
    )


@pytest.fixture()
def golden(request: pytest.FixtureRequest) -> Callable[[Path, list[str]], list[str]]:
    """``golden(path, actual)``: the lines of a golden file to compare ``actual`` with.

    With ``--update-golden`` the file is first rewritten from ``actual`` (the test then passes
    and ``git diff`` shows what changed).
    """
    update = bool(request.config.getoption("--update-golden"))

    def lines(path: Path, actual: list[str]) -> list[str]:
        if update:
            path.write_text("".join(f"{line}\n" for line in actual), encoding="utf-8")
        return path.read_text(encoding="utf-8").splitlines()

    return lines


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def minimal_path() -> Path:
    """A small valid bilingual set (the `kitgen new` scaffold)."""
    return DATA / "minimal.yaml"


@pytest.fixture()
def minimal_set(minimal_path: Path) -> PromptSet:
    return load_set(minimal_path, docs_dir=None)


@pytest.fixture()
def write_set(tmp_path: Path, minimal_path: Path) -> Callable[..., Path]:
    """Write a copy of the minimal set changed by ``edit(data)``; return its path."""

    def write(edit: Callable[[dict], None] | None = None, name: str = "set.yaml") -> Path:
        data = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
        if edit is not None:
            edit(data)
        path = tmp_path / name
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
        return path

    return write


class StillChromium:
    """A Playwright ``Browser`` whose contexts and pages prefer reduced motion.

    A check made while a CSS animation runs measures a state between two frames (axe saw the
    online deck's card at 20 % opacity on a busy machine). Every context therefore emulates
    ``prefers-reduced-motion: reduce`` unless a test asks for ``reduced_motion`` itself (the test
    that the animation exists). ``settle`` waits for any animation that still runs.
    """

    def __init__(self, browser: Any) -> None:
        self._browser = browser

    def new_context(self, **options: Any) -> Any:
        options.setdefault("reduced_motion", "reduce")
        return self._browser.new_context(**options)

    def new_page(self, **options: Any) -> Any:
        options.setdefault("reduced_motion", "reduce")
        return self._browser.new_page(**options)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)


#: Resolves once every finite animation of the document has finished (or was cancelled).
SETTLE_SCRIPT = """() => Promise.all(document.getAnimations()
    .filter(a => a.effect === null || a.effect.getComputedTiming().iterations !== Infinity)
    .map(a => a.finished.catch(() => null))).then(() => document.getAnimations().length)"""


def _settle(page: Any) -> None:
    page.wait_for_load_state("load")
    page.evaluate(SETTLE_SCRIPT)


@pytest.fixture(scope="session")
def settle() -> Callable[[Any], None]:
    """``settle(page)`` waits for a state, not for time: loaded, and no finite animation runs."""
    return _settle


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium for the session (a ``Browser`` preferring reduced motion)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (./dev.sh test installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield StillChromium(browser)
        browser.close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A browser that closes a connection early is not a test failure: stay quiet."""


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """``serve(folder)`` serves a folder on 127.0.0.1 and returns its base URL (ends with /)."""
    servers: list[ThreadingHTTPServer] = []

    def start(folder: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(folder))
        server = _QuietServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()

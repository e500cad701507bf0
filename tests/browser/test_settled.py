"""Browser checks measure a settled page: reduced motion, animations finished, no timed waits.

axe once measured the online deck's card while its ``card-in`` fade (opacity 0.2 to 1) ran, and
failed on a different deck each run on a busy machine. These tests hold the fix in place: the
shared Chromium (tests/conftest.py) prefers reduced motion, the deck's CSS honours it, ``settle``
really waits for animations, and no browser test waits for a fixed time.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from kitgen.load import load_set
from kitgen.model import PromptSet

TESTS = Path(__file__).resolve().parents[1]
DECK_SET = TESTS / "render" / "webdeck" / "data" / "deck.yaml"
REDUCED = "matchMedia('(prefers-reduced-motion: reduce)').matches"

#: Calls that wait for time instead of a state.
TIMED_WAITS = {"wait_for_timeout", "sleep"}


@pytest.fixture(scope="module")
def deck_page_url(serve_deck: Callable[[PromptSet], str]) -> str:
    return serve_deck(load_set(DECK_SET, docs_dir=None))


@pytest.fixture()
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context()
    yield context.new_page()
    context.close()


def test_the_shared_chromium_prefers_reduced_motion(chromium: Browser) -> None:
    page = chromium.new_page()
    page.set_content("<p>still</p>")
    assert page.evaluate(REDUCED) is True
    page.close()
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    assert context.new_page().evaluate(REDUCED) is True
    context.close()


def test_the_online_deck_does_not_animate_in_the_shared_chromium(
    page: Page, deck_page_url: str
) -> None:
    page.goto(deck_page_url)
    expect(page.locator("html.ready")).to_have_count(1)
    for _ in range(3):
        page.click("#next")
        assert page.evaluate("getComputedStyle(document.getElementById('card')).animationName") in (
            "none",
            "",
        )
        assert page.evaluate("document.getAnimations().length") == 0


def test_settle_waits_for_running_animations(
    chromium: Browser, settle: Callable[[Page], None]
) -> None:
    """Where motion is allowed, ``settle`` returns once the animation has finished."""
    context = chromium.new_context(reduced_motion="no-preference")
    page = context.new_page()
    page.set_content(
        "<style>@keyframes fade { from { opacity: 0.2 } }"
        " p { animation: fade 0.6s linear }</style><p id=p>fading</p>"
    )
    assert page.evaluate("document.getAnimations().length") == 1  # the check is not blind
    settle(page)
    assert page.evaluate("document.getAnimations().length") == 0
    assert page.evaluate("getComputedStyle(document.getElementById('p')).opacity") == "1"
    context.close()


def _timed_waits(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    shown = path.relative_to(TESTS) if path.is_relative_to(TESTS) else path
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func: Any = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in TIMED_WAITS:
                found.append(f"{shown}:{node.lineno}: {name}()")
    return found


def _drives_a_browser(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    return "playwright" in text or "chromium" in text


def test_no_browser_test_waits_for_time() -> None:
    files = [p for p in sorted(TESTS.rglob("test_*.py")) if _drives_a_browser(p)]
    assert len(files) >= 4, files  # the browser tests and the hostile-text proofs
    assert [wait for path in files for wait in _timed_waits(path)] == []


def test_the_timed_wait_audit_is_not_blind(tmp_path: Path) -> None:
    probe = tmp_path / "test_probe.py"
    probe.write_text("page.wait_for_timeout(150)\ntime.sleep(1)\nsleep(2)\n", "utf-8")
    assert len(_timed_waits(probe)) == 3

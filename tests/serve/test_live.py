"""Live authoring in Chromium: an edit reloads the open pages with the new text; a broken
file shows its located error over the page while the last good card stays served; fixing it
clears the overlay; Ctrl-C stops the server and its workers without a traceback.

The tests wait for states (an element, a text, the server's status), never for time.
"""

from __future__ import annotations

import os
import re
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect
from served_kit import PATIENCE, Served, gone, start_server, stop_server

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WAIT_MS = PATIENCE * 1000


@pytest.fixture()
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context()
    yield context.new_page()
    context.close()


@pytest.fixture()
def alpha(served: Served) -> Iterator[Path]:
    """The served kit's first set file, restored after the test."""
    path = served.kit / "prompts" / "alpha.yaml"
    original = path.read_text(encoding="utf-8")
    yield path
    if path.read_text(encoding="utf-8") != original:
        path.write_text(original, encoding="utf-8")
        served.wait_for("restored", lambda s: not s["errors"])


def _replace_text(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


FIRST = "What did you notice about this topic in your work this month (en)"


def _first_card(served: Served, page: Page) -> Locator:
    """Open the first set's preview once it is drawn; the image of its first card."""
    served.wait_for("previews", lambda s: s["generations"]["preview"] >= 3)
    page.goto(f"{served.url}_preview/alpha.html?lang=en")
    return page.locator("#card-first-look img.front")


def test_edit_reloads_the_preview_and_the_site_page(
    served: Served, page: Page, alpha: Path
) -> None:
    front = _first_card(served, page)
    expect(front).to_have_attribute("alt", re.compile(re.escape(FIRST)))
    old_src = front.get_attribute("src")
    site_page = page.context.new_page()
    site_page.goto(f"{served.url}en/sets/alpha.html")
    expect(site_page.locator("body")).to_contain_text(FIRST)

    _replace_text(alpha, FIRST, "What changed in your team this spring (en)")

    expect(front).to_have_attribute(
        "alt", re.compile("What changed in your team this spring"), timeout=WAIT_MS
    )
    assert front.get_attribute("src") != old_src  # the card was redrawn, under a new name
    expect(page.locator("#card-how-it-felt img.front")).to_be_visible()
    expect(site_page.locator("body")).to_contain_text(
        "What changed in your team this spring", timeout=WAIT_MS
    )


def test_broken_yaml_shows_the_overlay_and_keeps_the_last_card(
    served: Served, page: Page, alpha: Path
) -> None:
    front = _first_card(served, page)
    src = front.get_attribute("src")
    assert src is not None
    good = served.get(src)
    # The online deck has a strict Content-Security-Policy: the poll and overlay must pass it.
    deck = page.context.new_page()
    deck.goto(f"{served.url}en/deck/alpha.html")

    _replace_text(alpha, "prompts:\n", "prompts:\n  - id: [unclosed\n")

    overlay = page.locator("#kitgen-overlay")
    expect(overlay).to_be_visible(timeout=WAIT_MS)
    expect(overlay).to_contain_text(re.compile(r"prompts/alpha\.yaml:\d+:\d+: error: "))
    expect(deck.locator("#kitgen-overlay")).to_contain_text("alpha.yaml", timeout=WAIT_MS)
    assert served.get(src) == good  # the last good card is still served
    assert any("alpha.yaml" in line for line in served.status()["errors"])

    _replace_text(alpha, "prompts:\n  - id: [unclosed\n", "prompts:\n")

    expect(overlay).to_have_count(0, timeout=WAIT_MS)
    expect(deck.locator("#kitgen-overlay")).to_have_count(0, timeout=WAIT_MS)
    expect(page.locator("#card-first-look img.front")).to_be_visible()


def _parent(pid: int) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return None


def _descendants(pid: int) -> set[int]:
    """Every process started by ``pid``, at any depth (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (parent := _parent(int(entry.name))) is not None:
            parents[int(entry.name)] = parent
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] != "Z"


def test_ctrl_c_stops_cleanly(built_kit: tuple[Path, Path], tmp_path: Path) -> None:
    kit, site = built_kit
    server = start_server(kit, site, tmp_path / "serve.log")
    server.wait_for("first build", lambda s: s["generations"]["site"] >= 2 and not s["building"])
    workers = _descendants(server.process.pid)
    assert workers  # the builder process at least
    assert stop_server(server) == 0  # SIGINT, as Ctrl-C sends
    log = server.log.read_text(encoding="utf-8")
    assert "Traceback" not in log
    assert log.rstrip().endswith("Stopped.")
    assert gone(workers, _alive) == []


def test_a_killed_build_process_is_started_again(served: Served) -> None:
    builders = [
        pid
        for pid in _descendants(served.process.pid)
        if _parent(pid) == served.process.pid
        and b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
    assert len(builders) == 1
    before = served.wait_for("no build pending", lambda s: not s["errors"])["generations"]["site"]
    os.kill(builders[0], signal.SIGKILL)
    page = served.kit / "docs" / "en" / "themes" / "alpha.md"
    original = page.read_text(encoding="utf-8")
    try:
        page.write_text(original + "\nA sentence added after the crash.\n", encoding="utf-8")
        served.wait_for("a build after the crash", lambda s: s["generations"]["site"] > before)
        assert b"A sentence added after the crash." in served.get("en/themes/alpha.html")
        assert "the build process stopped" in served.log.read_text(encoding="utf-8")
    finally:
        page.write_text(original, encoding="utf-8")

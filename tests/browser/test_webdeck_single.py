"""The single-file deck (``kitgen deck``) opened straight from the disk in Chromium.

A facilitator mails the file or drops it on an intranet: it must work with no folder beside it,
request nothing, and run under its own Content-Security-Policy (hashes, no 'unsafe-inline').
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser, Page, expect

from kitgen.cli.main import main

DECK_SET = Path(__file__).resolve().parents[1] / "render" / "webdeck" / "data" / "deck.yaml"

#: Records every Content-Security-Policy violation the page reports (runs before its scripts).
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.fixture(scope="module")
def deck_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``kitgen deck`` run on a copy of the deck fixture, alone in an empty folder."""
    folder = tmp_path_factory.mktemp("single")
    shutil.copy(DECK_SET, folder / "deck.yaml")
    (folder / "kitgen.toml").write_text("[kitgen]\n", encoding="utf-8")
    out = folder / "mail" / "deck.html"
    args = ["deck", str(folder / "deck.yaml"), "-o", str(out), "--lang", "fr"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.parent.iterdir()) == ["deck.html"]
    return out


class Seen:
    def __init__(self) -> None:
        self.requests: list[str] = []
        self.console: list[str] = []


def open_from_disk(chromium: Browser, url: str, seen: Seen) -> tuple[Any, Page]:
    context = chromium.new_context(reduced_motion="reduce", service_workers="block")
    page = context.new_page()
    page.add_init_script(LISTEN)
    page.on("request", lambda request: seen.requests.append(request.url))
    page.on("console", lambda m: seen.console.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.console.append(str(e)))
    page.goto(url)
    expect(page.locator("html.ready")).to_have_count(1)
    return context, page


def test_draws_a_card_from_disk_with_no_request_and_no_violation(
    chromium: Browser, deck_file: Path
) -> None:
    seen = Seen()
    url = deck_file.as_uri()
    context, page = open_from_disk(chromium, url, seen)
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    first = page.locator("#card").get_attribute("data-card")
    page.click("#random")
    expect(page.locator("#card")).not_to_have_attribute("data-card", first or "")
    expect(page.locator("#card-count")).to_contain_text("Carte")
    assert page.locator("#card-text").inner_text().strip()
    # The inlined stylesheet applies (its hash is right) and its embedded font loads.
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(245, 243, 238)"
    loaded = page.evaluate(
        "document.fonts.load('700 2rem \"Kitgen Hyperlegible\"').then(f => f.length)"
    )
    assert loaded == 1
    # Reduced motion: the card does not animate.
    animation = page.evaluate("getComputedStyle(document.getElementById('card')).animationName")
    assert animation in ("none", "")
    # The session link is shareable from disk too (no "null" origin).
    page.click("#session-panel summary")
    page.fill("#seed", "river")
    page.click("#session-form button[type=submit]")
    assert page.input_value("#share-link").startswith(url + "?")
    assert page.evaluate("window.__violations") == []
    assert seen.console == []
    outside = [r for r in seen.requests if not (r.startswith(url) or r.startswith("data:"))]
    assert outside == [] and seen.requests, seen.requests
    # The listener does see a violation: an injected inline style is refused by the policy.
    page.evaluate(
        "document.head.append(Object.assign(document.createElement('style'),"
        " {textContent: 'body { color: red }'}))"
    )
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.wait_for_function("window.__violations.length > 0")
    assert page.evaluate("window.__violations")[0].startswith("style-src")
    context.close()


def test_a_card_from_the_address_opens_from_disk(chromium: Browser, deck_file: Path) -> None:
    seen = Seen()
    context, page = open_from_disk(chromium, deck_file.as_uri() + "?card=what-it-means", seen)
    expect(page.locator("#card")).to_have_attribute("data-card", "what-it-means")
    page.keyboard.press("Space")
    expect(page.locator("#follow-ups")).to_be_visible()
    assert page.evaluate("window.__violations") == [] and seen.console == []
    context.close()

"""The online deck in a real browser: Debian's Chromium driven by Playwright, on loopback.

The deck is rendered for a fixture set (tests/render/webdeck/data/deck.yaml) into a temporary
site and served by a local http.server.  Every test also checks that the page logged no console
error and sent no request off the machine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.webdeck import render_webdeck

DECK_SET = Path(__file__).resolve().parents[1] / "render" / "webdeck" / "data" / "deck.yaml"
SET_ID = "deck-test"
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def deck_set() -> PromptSet:
    return load_set(DECK_SET, docs_dir=None)


@pytest.fixture(scope="module")
def deck_url(
    deck_set: PromptSet,
    tmp_path_factory: pytest.TempPathFactory,
    serve: Callable[[Path], str],
) -> str:
    """Base URL of a site holding the deck in both languages."""
    root = tmp_path_factory.mktemp("deck-site")
    for lang in deck_set.languages:
        for relative, content in render_webdeck(deck_set, lang, "https://example.org/").items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    return serve(root)


class Watch:
    """What a page did that it must not: console errors, uncaught errors, outside requests."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.requests: list[str] = []


def new_context(chromium: Browser, watch: Watch, **options: Any) -> BrowserContext:
    context = chromium.new_context(service_workers="block", **options)

    def route(route: Any) -> None:
        url = route.request.url
        watch.requests.append(url)
        host = urlparse(url).hostname
        if urlparse(url).scheme in ("http", "https") and host != "127.0.0.1":
            watch.outside.append(url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", route)
    return context


def watch_page(page: Page, watch: Watch) -> Page:
    page.on("console", lambda m: watch.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.errors.append(str(e)))
    return page


@pytest.fixture()
def watch() -> Watch:
    return Watch()


@pytest.fixture()
def context(chromium: Browser, watch: Watch) -> Iterator[BrowserContext]:
    context = new_context(chromium, watch, viewport={"width": 1280, "height": 720})
    yield context
    context.close()
    assert watch.errors == [], watch.errors
    assert watch.outside == [], watch.outside
    assert watch.requests, "the route saw no request: the check would be vacuous"


@pytest.fixture()
def page(context: BrowserContext, watch: Watch) -> Page:
    return watch_page(context.new_page(), watch)


def open_deck(page: Page, base: str, query: str = "", lang: str = "en") -> Page:
    page.goto(f"{base}{lang}/deck/{SET_ID}.html{query}")
    expect(page.locator("html.ready")).to_have_count(1)
    return page


def card(page: Page) -> str:
    return page.locator("#card").get_attribute("data-card") or ""


def params(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


# ---- one card at a time ---------------------------------------------------------------------


def test_shows_the_first_card(page: Page, deck_url: str, deck_set: PromptSet) -> None:
    open_deck(page, deck_url)
    first = deck_set.prompts[0]
    expect(page.locator("#card-text")).to_have_text(first.text.get_text("en"))
    expect(page.locator("#card-count")).to_have_text("Card 1 of 9")
    expect(page.locator("#card-category")).to_have_text("Sunny")
    expect(page.locator("#card-meta")).to_contain_text("5\u00a0min")
    expect(page.locator("#card-meta")).to_contain_text("Works on a video call")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_title("A test set: the online deck · Online deck")
    # The facilitator's note is nowhere in the page.
    assert "SECRET-NOTE-EN" not in page.content()


def test_next_and_previous(page: Page, deck_url: str, deck_set: PromptSet) -> None:
    ids = [p.id for p in deck_set.prompts]
    open_deck(page, deck_url)
    page.click("#next")
    assert card(page) == ids[1]
    expect(page.locator("#card-count")).to_have_text("Card 2 of 9")
    page.click("#next")
    page.click("#prev")
    assert card(page) == ids[1]
    page.click("#prev")
    page.click("#prev")  # wraps around to the last card
    assert card(page) == ids[-1]
    expect(page.locator("#announcer")).to_contain_text(deck_set.prompts[-1].text.get_text("en"))


def test_draw_goes_through_the_whole_deck_without_repeats(page: Page, deck_url: str) -> None:
    open_deck(page, deck_url)
    seen = [card(page)]
    for _ in range(8):
        page.click("#random")
        assert card(page) != seen[-1]
        seen.append(card(page))
    assert len(set(seen)) == 9, seen


def test_follow_ups_are_revealed_on_demand(page: Page, deck_url: str) -> None:
    open_deck(page, deck_url)
    toggle = page.locator("#toggle-follow-ups")
    expect(page.locator("#follow-ups")).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    toggle.click()
    expect(page.locator("#follow-ups")).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(page.locator("#follow-up-list li")).to_have_text(
        ["Who else noticed it?", "Since when has it been like this?", "What surprised you?"]
    )
    page.click("#next")  # a card without follow-ups
    expect(page.locator("#follow-ups")).to_be_hidden()
    expect(toggle).to_be_disabled()


# ---- filters ------------------------------------------------------------------------------


def visit_all(page: Page) -> list[str]:
    """Card ids met by pressing Next until the first card comes back."""
    first = card(page)
    ids = [first]
    for _ in range(20):
        page.click("#next")
        if card(page) == first:
            return ids
        ids.append(card(page))
    raise AssertionError("Next never came back to the first card")


def test_filter_by_category_level_and_remote(page: Page, deck_url: str) -> None:
    open_deck(page, deck_url)
    page.click("#filters-panel summary")
    page.select_option("#filter-category", "sky")
    expect(page.locator("#card-count")).to_have_text("Card 1 of 3")
    assert visit_all(page) == ["felt-heard", "hardest-part", "hostile-text"]
    page.select_option("#filter-level", "reflective")
    assert visit_all(page) == ["felt-heard", "hardest-part"]
    page.check("#filter-remote")
    assert visit_all(page) == ["felt-heard"]
    assert params(page)["cat"] == ["sky"]
    assert params(page)["level"] == ["reflective"]
    assert params(page)["remote"] == ["1"]
    page.select_option("#filter-level", "decisional")  # sky + decisional: nothing
    expect(page.locator("#empty")).to_be_visible()
    expect(page.locator("#next")).to_be_disabled()
    page.click("#show-all")
    expect(page.locator("#card-count")).to_have_text("Card 1 of 9")
    expect(page.locator("#filter-remote")).not_to_be_checked()


def test_remote_filter_keeps_only_remote_cards(
    page: Page, deck_url: str, deck_set: PromptSet
) -> None:
    open_deck(page, deck_url, "?remote=1")
    assert visit_all(page) == [p.id for p in deck_set.prompts if p.remote]
    expect(page.locator("#filters-panel")).to_have_attribute("open", "")


# ---- timer --------------------------------------------------------------------------------


def test_timer_counts_the_cards_minutes(page: Page, deck_url: str) -> None:
    # Time stands still except when the test moves it: no real waiting, no drift.
    page.clock.install(time=START)
    page.clock.pause_at(START + timedelta(seconds=1))
    open_deck(page, deck_url)  # first card: 5 minutes
    display = page.locator("#timer-display")
    start = page.locator("#timer-start")
    expect(display).to_have_text("5:00")
    start.click()
    expect(start).to_have_text("Pause")
    page.clock.run_for(60_000)
    expect(display).to_have_text("4:00")
    start.click()  # pause
    page.clock.run_for(120_000)
    expect(display).to_have_text("4:00")
    expect(start).to_have_text("Resume")
    start.click()
    page.clock.run_for(3 * 60_000 + 30_000)
    expect(display).to_have_text("0:30")
    expect(page.locator("#timer-status")).to_have_text("")
    page.clock.run_for(31_000)
    expect(display).to_have_text("0:00")
    expect(page.locator("#timer-status")).to_have_text("Time is up")
    expect(page.locator("#alert")).to_have_text("Time is up")
    expect(page.locator("#timer")).to_have_class("timer done")
    page.click("#timer-reset")
    expect(display).to_have_text("5:00")
    page.click("#next")  # 3 minutes
    expect(display).to_have_text("3:00")


# ---- per-participant draws ----------------------------------------------------------------


def test_numbered_participants_get_different_cards(page: Page, deck_url: str) -> None:
    cards = []
    for number in range(1, 10):
        open_deck(page, deck_url, f"?seed=river&name={number}")
        expect(page.locator("#participant-label")).to_have_text(f"Card drawn for {number}")
        cards.append(card(page))
    assert len(set(cards)) == 9, cards
    # Same seed and number: same card, on reload and in a fresh page.
    open_deck(page, deck_url, "?seed=river&name=4")
    page.reload()
    expect(page.locator("#card")).to_have_attribute("data-card", cards[3])
    # Another session code deals differently.
    others = []
    for number in range(1, 10):
        open_deck(page, deck_url, f"?seed=forest&name={number}")
        others.append(card(page))
    assert others != cards
    # A name alone (no list) also keeps its card from one visit to the next.
    open_deck(page, deck_url, "?seed=river&name=Zo%C3%A9")
    zoe = card(page)
    open_deck(page, deck_url, "?seed=river&name=%20zo%C3%A9%20")
    assert card(page) == zoe


def test_a_name_needs_a_session_code(page: Page, deck_url: str) -> None:
    open_deck(page, deck_url)
    page.click("#session-panel summary")
    page.fill("#your-name", "Alice")
    page.click("#session-form button[type=submit]")
    expect(page.locator("#seed")).to_be_focused()
    assert page.evaluate("document.getElementById('seed').validationMessage").startswith(
        "Enter the session code"
    )
    expect(page.locator("#participant-banner")).to_be_hidden()
    page.fill("#seed", "river")
    page.click("#session-form button[type=submit]")
    expect(page.locator("#participant-label")).to_have_text("Card drawn for Alice")


def test_facilitator_view_lists_who_drew_what(
    page: Page, context: BrowserContext, watch: Watch, deck_url: str
) -> None:
    names = ["Alice", "Bob", "Chloé", "Dev", "Émile", "Farah", "Gus", "Hana", "Ivo"]
    open_deck(page, deck_url, "?seed=river&names=" + ",".join(names))
    expect(page.locator("#session-panel")).to_have_attribute("open", "")
    rows = page.locator("#assignment-rows tr")
    expect(rows).to_have_count(9)
    expect(page.locator("#assignment-rows th")).to_have_text(names)
    drawn = page.locator("#assignment-rows button").evaluate_all(
        "buttons => buttons.map(b => b.dataset.card)"
    )
    assert len(set(drawn)) == 9, drawn  # nine people, nine different cards
    links = page.locator("#assignment-rows a").evaluate_all("links => links.map(a => a.href)")
    # Each participant's own link shows the card the facilitator sees for them, every time.
    other = watch_page(context.new_page(), watch)
    for name, link, expected in zip(names, links, drawn, strict=True):
        other.goto(link)
        expect(other.locator("#participant-label")).to_have_text(f"Card drawn for {name}")
        expect(other.locator("#card")).to_have_attribute("data-card", expected)
    other.reload()
    expect(other.locator("#card")).to_have_attribute("data-card", drawn[-1])
    # A participant who wanders off can come back to their card.
    other.click("#next")
    expect(other.locator("#participant-label")).to_be_hidden()
    other.click("#my-card")
    expect(other.locator("#card")).to_have_attribute("data-card", drawn[-1])
    # Clicking a row shows that card to the room.
    page.locator("#assignment-rows button").nth(2).click()
    assert card(page) == drawn[2]


def test_session_form_builds_the_shared_link(page: Page, deck_url: str) -> None:
    open_deck(page, deck_url, "?remote=1")
    page.click("#session-panel summary")
    page.fill("#seed", "lake")
    page.fill("#participants", "Ana\nBen\nana\n\nCléo")
    page.click("#session-form button[type=submit]")
    expect(page.locator("#assignment-rows th")).to_have_text(["Ana", "Ben", "Cléo"])
    query = params(page)
    assert query["seed"] == ["lake"]
    assert query["names"] == ["Ana,Ben,Cléo"]
    share = page.locator("#share-link").input_value()
    assert "name=" not in share.replace("names=", "") and "card=" not in share
    assert "remote=1" in share
    # A participant who types their name gets their row's card, filtered like the room.
    ben = page.locator("#assignment-rows button").nth(1).get_attribute("data-card")
    page.fill("#your-name", "  ben ")
    page.click("#session-form button[type=submit]")
    assert card(page) == ben
    expect(page.locator("#participant-label")).to_have_text("Card drawn for ben")


def test_participant_draws_follow_the_filters(
    page: Page, deck_url: str, deck_set: PromptSet
) -> None:
    remote = {p.id for p in deck_set.prompts if p.remote}
    for number in range(1, 8):
        open_deck(page, deck_url, f"?seed=river&remote=1&name={number}")
        assert card(page) in remote


# ---- the URL carries the state ------------------------------------------------------------


def test_the_url_restores_the_state(
    page: Page, context: BrowserContext, watch: Watch, deck_url: str
) -> None:
    open_deck(page, deck_url)
    page.click("#filters-panel summary")
    page.select_option("#filter-category", "deep")
    page.click("#next")
    shown = card(page)
    assert params(page) == {"cat": ["deep"], "card": [shown]}
    restored = watch_page(context.new_page(), watch)
    restored.goto(page.url)
    expect(restored.locator("html.ready")).to_have_count(1)
    assert card(restored) == shown
    expect(restored.locator("#filter-category")).to_have_value("deep")
    expect(restored.locator("#card-count")).to_have_text("Card 2 of 3")


def test_card_parameter_opens_that_card(page: Page, deck_url: str) -> None:
    open_deck(page, deck_url, "?card=pattern")
    assert card(page) == "pattern"
    expect(page.locator("#notice")).to_be_hidden()
    # A QR code's card wins over filters that would hide it.
    open_deck(page, deck_url, "?card=room-facts&remote=1")
    assert card(page) == "room-facts"
    expect(page.locator("#filter-remote")).not_to_be_checked()
    open_deck(page, deck_url, "?card=no-such-card")
    assert card(page) == "opening-round"
    expect(page.locator("#notice")).to_contain_text("no-such-card")


def test_language_link_keeps_the_card(page: Page, deck_url: str) -> None:
    open_deck(page, deck_url, "?card=pattern&level=interpretive")
    link = page.locator("a[hreflang=fr]")
    link.click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("html.ready")).to_have_count(1)
    assert card(page) == "pattern"
    expect(page.locator("#card-text")).to_have_text(
        "Quel schéma revient d’un projet à l’autre\u202f?"
    )
    expect(page.locator("#next")).to_have_text("Suivante →")
    assert page.locator("a.back").get_attribute("href") == "../sets/deck-test.html"


# ---- keyboard, screen readers, motion --------------------------------------------------------


def test_keyboard_alone_drives_the_deck(page: Page, deck_url: str) -> None:
    page.clock.install()
    open_deck(page, deck_url)
    keys = page.keyboard
    keys.press("ArrowRight")
    assert card(page) == "room-facts"
    keys.press("ArrowLeft")
    assert card(page) == "opening-round"
    keys.press("Space")
    expect(page.locator("#follow-ups")).to_be_visible()
    keys.press("Space")
    expect(page.locator("#follow-ups")).to_be_hidden()
    keys.press("r")
    assert card(page) != "opening-round"
    keys.press("t")
    expect(page.locator("#timer")).to_have_class("timer running")
    keys.press("t")
    expect(page.locator("#timer")).to_have_class("timer")
    keys.press("f")
    page.wait_for_function("document.fullscreenElement !== null")
    keys.press("f")
    page.wait_for_function("document.fullscreenElement === null")
    # Tab reaches every control, with a visible focus ring; Enter presses.
    for _ in range(30):
        keys.press("Tab")
        focused = page.evaluate("document.activeElement.id")
        if focused == "random":
            break
    else:
        raise AssertionError("Tab never reached the draw button")
    ring = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )
    assert ring[0] != "none" and ring[1] >= 2
    before = card(page)
    keys.press("Enter")
    assert card(page) != before
    # Filters by keyboard: open the panel, pick a category with the arrow keys.
    for _ in range(30):
        keys.press("Tab")
        if page.evaluate("document.activeElement.closest('#filters-panel') !== null"):
            break
    keys.press("Enter")
    keys.press("Tab")
    assert page.evaluate("document.activeElement.id") == "filter-category"
    keys.press("ArrowDown")
    expect(page.locator("#filter-category")).to_have_value("sunny")
    expect(page.locator("#card-count")).to_have_text(re.compile(r"Card \d of 3"))
    shown = card(page)
    # Arrows and letters inside a text field belong to the field, not to the deck.
    page.focus("#session-panel summary")
    keys.press("Enter")
    keys.press("Tab")
    assert page.evaluate("document.activeElement.id") == "seed"
    keys.type("rf")
    keys.press("ArrowLeft")
    keys.press("ArrowRight")
    assert card(page) == shown
    expect(page.locator("#seed")).to_have_value("rf")
    expect(page.locator("#timer")).to_have_class("timer")


def test_new_card_is_announced(page: Page, deck_url: str) -> None:
    open_deck(page, deck_url)
    live = page.locator("#announcer")
    expect(live).to_have_attribute("aria-live", "polite")
    page.keyboard.press("ArrowRight")
    expect(live).to_have_text(
        "Card 2 of 9. Sunny. How many people took part in the last team meeting?"
    )


def test_reduced_motion_means_no_animation(chromium: Browser, deck_url: str) -> None:
    watch = Watch()
    context = new_context(chromium, watch, reduced_motion="reduce")
    page = watch_page(context.new_page(), watch)
    open_deck(page, deck_url)
    page.click("#next")
    assert page.evaluate("getComputedStyle(document.getElementById('card')).animationName") in (
        "none",
        "",
    )
    context.close()
    assert watch.errors == []


def test_animation_without_reduced_motion(chromium: Browser, deck_url: str) -> None:
    watch = Watch()
    context = new_context(chromium, watch, reduced_motion="no-preference")
    page = watch_page(context.new_page(), watch)
    open_deck(page, deck_url)
    page.click("#next")
    name = page.evaluate("getComputedStyle(document.getElementById('card')).animationName")
    assert name == "card-in"  # so the reduced-motion test above can fail
    context.close()
    assert watch.errors == []


# ---- hostile text, phones, offline ---------------------------------------------------------


def test_hostile_text_is_shown_literally(page: Page, deck_url: str, deck_set: PromptSet) -> None:
    open_deck(page, deck_url, "?card=hostile-text")
    expected = deck_set.prompt("hostile-text").text.get_text("en")
    expect(page.locator("#card-text")).to_have_text(expected)
    page.keyboard.press("Space")
    expect(page.locator("#follow-up-list li")).to_have_text(["<b>not bold</b>?"])
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#card img, #card b, #card script").count() == 0
    assert page.locator("script").count() == 2


def test_phone_layout_does_not_scroll_sideways(chromium: Browser, deck_url: str) -> None:
    watch = Watch()
    context = new_context(chromium, watch, viewport={"width": 390, "height": 844})
    page = watch_page(context.new_page(), watch)
    for query in ("?card=what-it-means", "?card=hostile-text", "?seed=x&names=A,B,C"):
        open_deck(page, deck_url, query, lang="fr")
        page.keyboard.press("Space")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (query, width)
    context.close()
    assert watch.errors == []


def test_keeps_working_offline(page: Page, context: BrowserContext, deck_url: str) -> None:
    open_deck(page, deck_url)
    context.set_offline(True)
    page.click("#random")
    page.keyboard.press("ArrowRight")
    page.click("#filters-panel summary")
    page.select_option("#filter-category", "deep")
    expect(page.locator("#card-count")).to_have_text(re.compile(r"Card \d of 3"))
    context.set_offline(False)


def test_works_from_disk(chromium: Browser, deck_set: PromptSet, tmp_path: Path) -> None:
    for relative, content in render_webdeck(deck_set, "fr", "https://example.org/").items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    watch = Watch()
    context = new_context(chromium, watch)
    page = watch_page(context.new_page(), watch)
    page.goto((tmp_path / "fr" / "deck" / f"{SET_ID}.html").as_uri() + "?card=pattern")
    expect(page.locator("html.ready")).to_have_count(1)
    assert card(page) == "pattern"
    font = page.evaluate(
        "document.fonts.load('700 2rem \"Kitgen Hyperlegible\"').then(f => f.length)"
    )
    assert font == 1
    context.close()
    assert watch.errors == [] and watch.outside == []


def test_font_is_loaded_from_the_site(page: Page, deck_url: str, watch: Watch) -> None:
    open_deck(page, deck_url)
    page.evaluate("document.fonts.ready")
    assert page.evaluate("document.fonts.check('700 2rem \"Kitgen Hyperlegible\"')")
    assert any(url.endswith("KitgenHyperlegible-Bold.ttf") for url in watch.requests)


# ---- accessibility: axe-core inside the page ---------------------------------------------------

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


def axe_violations(page: Page, axe_source: str) -> list[dict[str, Any]]:
    """axe-core's violations for the page as it is now."""
    page.add_script_tag(content=axe_source)
    result: dict[str, Any] = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
    )
    return list(result["violations"])


def serious(violations: list[dict[str, Any]]) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


STATES = {
    "card": ("", []),
    "follow-ups and panels": (
        "?seed=river&names=Alice,Bob,Chlo%C3%A9&card=opening-round",
        ["Space", "open-filters"],
    ),
    "participant": ("?seed=river&name=2", []),
    "no match": ("?cat=sky&level=decisional", ["open-filters"]),
    "hostile text": ("?card=hostile-text", ["Space"]),
    "time is up": ("?card=one-step", ["timer-done"]),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("viewport", [(1280, 720), (390, 844)], ids=["projector", "phone"])
def test_no_serious_accessibility_violation(
    chromium: Browser,
    deck_url: str,
    axe_source: str,
    lang: str,
    viewport: tuple[int, int],
) -> None:
    watch = Watch()
    # The page's CSP forbids inline scripts; axe is injected by the test, so it bypasses it.
    context = new_context(
        chromium, watch, bypass_csp=True, viewport={"width": viewport[0], "height": viewport[1]}
    )
    page = watch_page(context.new_page(), watch)
    page.clock.install(time=START)
    found = {}
    for state, (query, actions) in STATES.items():
        open_deck(page, deck_url, query, lang=lang)
        for action in actions:
            if action == "open-filters":
                page.click("#filters-panel summary")
            elif action == "timer-done":
                page.click("#timer-start")
                page.clock.run_for(3 * 60_000)
            else:
                page.keyboard.press(action)
        found[state] = serious(axe_violations(page, axe_source))
    context.close()
    assert watch.errors == []
    assert found == {state: [] for state in STATES}, found


# ---- the decks of the real built site ------------------------------------------------------------


def test_built_site_decks_open_their_cards(
    chromium: Browser, built_site: Path, serve: Callable[[Path], str]
) -> None:
    """Every deck of ``kitgen build`` opens the card a QR code names; its links resolve."""
    base = serve(built_site)
    watch = Watch()
    context = new_context(chromium, watch)
    page = watch_page(context.new_page(), watch)
    decks = sorted(built_site.glob("*/deck/*.html"))
    assert decks
    for deck in decks:
        relative = deck.relative_to(built_site).as_posix()
        island = page.request.get(base + relative).text()
        ids = re.findall(r'"id":"([a-z0-9-]+)","kind"', island)
        assert ids, relative
        page.goto(f"{base}{relative}?card={ids[-1]}")
        expect(page.locator("html.ready")).to_have_count(1)
        assert card(page) == ids[-1], relative
        for href in page.locator("a[href]").evaluate_all("links => links.map(a => a.href)"):
            path = urlparse(href).path.lstrip("/")
            assert (built_site / path).is_file(), (relative, href)
    context.close()
    assert watch.errors == [] and watch.outside == []

"""The knowledge base in a real browser: Debian's Chromium through Playwright, served on loopback.

The real kit is built once per run (``built_site`` in tests/browser/conftest.py).  Every test
fails on a console error or on any request that would leave the machine: the context routes
``**/*`` and aborts whatever is not on 127.0.0.1.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
from playwright.sync_api import Browser, Page, Request, Route, expect

from kitgen.load import load_set

ROOT = Path(__file__).resolve().parents[2]
LANGS = ["fr", "en"]
LOOPBACK = {"127.0.0.1", "localhost"}


@pytest.fixture(scope="module")
def site_url(built_site: Path, serve: Callable[[Path], str]) -> str:
    return serve(built_site)


class Watched:
    """A page whose console errors and off-machine requests are recorded."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.outside: list[str] = []


@pytest.fixture()
def watched(chromium: Browser) -> Iterator[Watched]:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    w = Watched(page)

    def route(route: Route, request: Request) -> None:
        host = urlparse(request.url).hostname or ""
        if request.url.startswith(("http://", "https://")) and host not in LOOPBACK:
            w.outside.append(request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", route)
    page.on("console", lambda m: w.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: w.errors.append(str(e)))
    yield w
    context.close()
    assert w.errors == [], "console errors"
    assert w.outside == [], "requests leaving the machine"


def set_ids() -> list[str]:
    return sorted(p.stem for p in (ROOT / "prompts").glob("*.yaml"))


@pytest.mark.parametrize("lang", LANGS)
def test_home_page(watched: Watched, site_url: str, lang: str) -> None:
    page = watched.page
    page.goto(f"{site_url}{lang}/index.html")
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("article h1").first).to_be_visible()
    other = "en" if lang == "fr" else "fr"
    expect(page.locator(f".sidebar-language a[hreflang={other}]")).to_be_visible()
    # The text is set in the theme font (Kitgen Hyperlegible, plain zero), served by the site
    # itself and loaded: fonts.check() alone is also true for a family no @font-face declares.
    used = page.evaluate(
        """async () => {
            await document.fonts.ready;
            const family = getComputedStyle(document.querySelector("article p")).fontFamily;
            const loaded = [...document.fonts]
                .filter((f) => f.status === "loaded")
                .map((f) => f.family.replace(/"/g, ""));
            return { first: family.split(",")[0].replace(/"/g, "").trim(), loaded };
        }"""
    )
    assert used["first"] == "Kitgen Hyperlegible", used
    assert "Kitgen Hyperlegible" in used["loaded"], used


def test_root_page_chooses_a_language(watched: Watched, site_url: str) -> None:
    page = watched.page
    page.goto(site_url)
    links = page.locator("a.choice")
    expect(links).to_have_count(2)
    page.locator("a.choice[hreflang=fr]").click()
    expect(page).to_have_url(f"{site_url}fr/index.html")


@pytest.mark.parametrize(
    ("start", "target"),
    [
        ("fr/themes/governance.html", "en/themes/governance.html"),
        ("en/sets/engagement.html", "fr/sets/engagement.html"),
        ("fr/sets/governance/breakfast-45.html", "en/sets/governance/breakfast-45.html"),
        ("en/contributing/i18n.html", "fr/contributing/i18n.html"),
    ],
)
def test_language_switch_keeps_the_page(
    watched: Watched, site_url: str, start: str, target: str
) -> None:
    page = watched.page
    page.goto(site_url + start)
    other = target.split("/", 1)[0]
    page.locator(f".sidebar-language a[hreflang={other}]").click()
    expect(page).to_have_url(site_url + target)
    expect(page.locator("html")).to_have_attribute("lang", other)


def test_language_switch_on_a_phone(chromium: Browser, site_url: str) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site_url}en/themes/engagement.html")
    switch = page.locator(".kitgen-language-top a[hreflang=fr]")
    expect(switch).to_be_visible()
    switch.click()
    expect(page).to_have_url(f"{site_url}fr/themes/engagement.html")
    context.close()


def search_word(text: str) -> str:
    """A distinctive word of a prompt: its longest plain word."""
    words = re.findall(r"[^\W\d_]{6,}", text)
    return max(words, key=len)


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_a_prompt(watched: Watched, site_url: str, lang: str) -> None:
    set_id = set_ids()[0]
    prompt_set = load_set(ROOT / "prompts" / f"{set_id}.yaml")
    word = search_word(prompt_set.prompts[0].text.get_text(lang))
    page = watched.page
    page.goto(f"{site_url}{lang}/search.html?q={word}")
    results = page.locator("#search-results ul.search li a")
    expect(results.first).to_be_visible(timeout=15_000)
    # Results are added one by one; the summary ("... found N pages ...") comes last.
    finished = (
        "() => /\\d/.test(document.querySelector('#search-results .search-summary')"
        "?.innerText ?? '')"
    )
    page.wait_for_function(finished, timeout=15_000)
    hrefs = results.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert any(f"sets/{set_id}.html" in h or f"themes/{set_id}.html" in h for h in hrefs), hrefs


@pytest.mark.parametrize("lang", LANGS)
def test_every_download_link_on_a_set_page_returns_its_pdf(
    watched: Watched, site_url: str, lang: str
) -> None:
    page = watched.page
    for set_id in set_ids():
        url = f"{site_url}{lang}/sets/{set_id}.html"
        page.goto(url)
        hrefs = page.locator("a.kitgen-download").evaluate_all(
            "links => links.map(a => a.getAttribute('href'))"
        )
        assert len(hrefs) >= 4 + 2, hrefs  # decks, and at least one guide in both papers
        for href in sorted(set(hrefs)):
            response = page.request.get(urljoin(url, href))
            assert response.status == 200, href
            assert response.body().startswith(b"%PDF"), href
        deck = page.locator("a", has_text=re.compile("jeu en ligne|online deck")).first
        response = page.request.get(urljoin(url, deck.get_attribute("href") or ""))
        assert response.status == 200


def test_card_previews_load(watched: Watched, site_url: str) -> None:
    page = watched.page
    page.goto(f"{site_url}fr/sets/{set_ids()[0]}.html")
    images = page.locator(".kitgen-previews img")
    count = images.count()
    assert count >= 12
    for i in range(count):
        image = images.nth(i)
        image.scroll_into_view_if_needed()
        expect(image).to_have_attribute("alt", re.compile(r"^Recto de la carte"))
        page.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
        )

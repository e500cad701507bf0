"""axe-core on the real built site (``kitgen build``): a theme page and every online deck.

The site is built once per session by the ``built_site`` fixture (tests/browser/conftest.py).
Only serious and critical violations fail; the page's own CSP is bypassed to inject axe. axe
measures a settled page: the shared Chromium prefers reduced motion (no ``card-in`` fade) and
``settle`` waits for any animation left before the check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page

LANGS = ["en", "fr"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@pytest.fixture(scope="module")
def site_url(built_site: Path, serve: Callable[[Path], str]) -> str:
    return serve(built_site)


@pytest.fixture()
def page(chromium: Browser) -> Iterator[Page]:
    context = chromium.new_context(bypass_csp=True, service_workers="block")
    yield context.new_page()
    context.close()


@pytest.fixture()
def serious_violations(
    page: Page, axe_source: str, settle: Callable[[Page], None]
) -> Callable[[str], list[str]]:
    """``serious_violations(url)``: axe's serious and critical findings on a settled page."""

    def check(url: str) -> list[str]:
        page.goto(url)
        settle(page)
        page.add_script_tag(content=axe_source)
        result: dict[str, Any] = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS
        )
        return [
            f"{v['id']} ({v['impact']}, {len(v['nodes'])} nodes): {v['nodes'][0]['target']}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]

    return check


def pages(site: Path, lang: str, folder: str) -> list[str]:
    found = sorted(
        p.relative_to(site).as_posix()
        for p in (site / lang / folder).glob("*.html")
        if p.name != "index.html"
    )
    assert found, f"no page in {lang}/{folder}/ of the built site"
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_theme_page(
    serious_violations: Callable[[str], list[str]], built_site: Path, site_url: str, lang: str
) -> None:
    theme = pages(built_site, lang, "themes")[0]
    assert serious_violations(site_url + theme) == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_online_deck(
    serious_violations: Callable[[str], list[str]], built_site: Path, site_url: str, lang: str
) -> None:
    found = {deck: serious_violations(site_url + deck) for deck in pages(built_site, lang, "deck")}
    assert found == {deck: [] for deck in found}

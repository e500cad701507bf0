"""The single-file deck: everything inlined, allowed by hash, linking only to real pages."""

from __future__ import annotations

import base64
import hashlib
import html
import re

import pytest

from kitgen import urls
from kitgen.model import PromptSet
from kitgen.render.webdeck import render_single_deck, render_webdeck
from kitgen.render.webdeck.page import deck_script

BASE = "https://kit.example.org/workshops/"


def _csp(page: str) -> str:
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert match
    return html.unescape(match[1])


def _sha(source: str) -> str:
    return base64.b64encode(hashlib.sha256(source.encode()).digest()).decode()


def test_script_and_style_are_inlined_and_allowed_by_their_hashes(deck_set: PromptSet) -> None:
    page = render_single_deck(deck_set, "fr", None).decode()
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    styles = re.findall(r"<style>(.*?)</style>", page, re.DOTALL)
    assert len(scripts) == 1 and len(styles) == 1
    assert scripts[0] == deck_script()  # the same features as the site's deck
    policy = _csp(page)
    assert "unsafe-inline" not in policy and "'self'" not in policy
    assert f"script-src 'sha256-{_sha(scripts[0])}';" in policy
    assert f"style-src 'sha256-{_sha(styles[0])}';" in policy
    # Nothing is fetched: no external script, stylesheet or font; fonts are data: addresses.
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"(?!data:)", page.split("<body>")[0])
    fonts = re.findall(r'url\("([^"]+)"\)', styles[0])
    assert len(fonts) == 2 and all(u.startswith("data:font/ttf;base64,") for u in fonts)
    assert base64.b64decode(fonts[0].split(",", 1)[1])[:4] == b"\x00\x01\x00\x00"


def test_same_data_as_the_site_deck(deck_set: PromptSet) -> None:
    island = re.compile(r'<script type="application/json" id="deck-data">(.*?)</script>', re.S)
    single = render_single_deck(deck_set, "en", BASE).decode()
    site = render_webdeck(deck_set, "en", BASE)[urls.web_deck("en", deck_set.id)].decode()
    assert island.findall(single) == island.findall(site) != []


def test_without_base_url_no_address_at_all(deck_set: PromptSet) -> None:
    page = render_single_deck(deck_set, "fr", None).decode()
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert not re.search(r'href="(?!data:)', page)
    assert 'rel="canonical"' not in page and "data-lang-link>" not in page


def test_with_base_url_links_go_to_the_hosted_pages(deck_set: PromptSet) -> None:
    page = render_single_deck(deck_set, "fr", BASE).decode()
    hrefs = set(re.findall(r'href="([^"]+)"', page)) - {"data:,"}
    assert hrefs == {
        BASE + urls.set_page("fr", deck_set.id),
        BASE + urls.web_deck("fr", deck_set.id),
        BASE + urls.web_deck("en", deck_set.id),
    }
    assert f'<a href="{BASE}en/deck/{deck_set.id}.html" hreflang="en"' in page


def test_unknown_language_is_refused(deck_set: PromptSet) -> None:
    with pytest.raises(ValueError, match="has no 'de' text"):
        render_single_deck(deck_set, "de", None)

"""The deck's files: where they go, what the page links to, what it never shows."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from kitgen import urls
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.webdeck import FONT_FILES, render_webdeck
from kitgen.render.webdeck.contrast import contrast
from kitgen.render.webdeck.data import PAGE_BACKGROUND
from kitgen.typography import NBSP, NNBSP

BASE = "https://kitgen.example.org/latest/"
LIMIT = 150 * 1024


def page_of(files: dict[str, bytes], prompt_set: PromptSet, lang: str) -> str:
    return files[urls.web_deck(lang, prompt_set.id)].decode("utf-8")


def island(page: str) -> dict:  # type: ignore[type-arg]
    match = re.search(
        r'<script type="application/json" id="deck-data">(.*?)</script>', page, re.DOTALL
    )
    assert match
    return json.loads(match[1])  # type: ignore[no-any-return]


def test_files_and_paths(deck_set: PromptSet) -> None:
    files = render_webdeck(deck_set, "fr", BASE)
    assert set(files) == {
        "fr/deck/deck-test.html",
        "fr/deck/deck.js",
        "fr/deck/deck.css",
        "fr/deck/fonts/OFL.txt",
        *(f"fr/deck/fonts/{name}" for name in FONT_FILES),
    }
    for name in FONT_FILES:
        assert files[f"fr/deck/fonts/{name}"][:4] == b"\x00\x01\x00\x00"  # TrueType
    page = page_of(files, deck_set, "fr")
    assert page.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert 'href="../sets/deck-test.html"' in page
    assert 'href="../../en/deck/deck-test.html" hreflang="en" lang="en"' in page
    assert f'<link rel="canonical" href="{BASE}fr/deck/deck-test.html">' in page
    assert re.search(r'<link rel="stylesheet" href="deck\.css\?v=[0-9a-f]{10}">', page)
    assert re.search(r'<script src="deck\.js\?v=[0-9a-f]{10}" defer>', page)
    # Every font the stylesheet asks for is shipped.
    css = files["fr/deck/deck.css"].decode()
    for url in re.findall(r'url\("([^"]+)"\)', css):
        assert f"fr/deck/{url}" in files


def test_no_request_outside_the_site(deck_set: PromptSet) -> None:
    files = render_webdeck(deck_set, "en", BASE)
    for path, content in files.items():
        if path.endswith((".html", ".js", ".css")):
            text = content.decode()
            # Only the canonical and alternate links name the host; nothing is loaded from it.
            loads = re.findall(r'(?:src|url)\s*[=(]\s*"?([^")\s>]+)', text)
            assert all("//" not in target for target in loads), (path, loads)
            assert "@import" not in text
            assert "fetch(" not in text and "XMLHttpRequest" not in text


def test_notes_never_reach_the_page(deck_set: PromptSet) -> None:
    for lang in ("fr", "en"):
        for content in render_webdeck(deck_set, lang, BASE).values():
            assert b"NOTE-SECRETE-FR" not in content
            assert b"SECRET-NOTE-EN" not in content


def test_data_island_is_typeset(deck_set: PromptSet) -> None:
    fr = island(page_of(render_webdeck(deck_set, "fr", BASE), deck_set, "fr"))
    first = fr["prompts"][0]
    assert first["text"] == f"Qu’avez-vous remarqué en arrivant ce matin{NNBSP}?"
    assert first["follow_ups"][0].endswith(f"{NNBSP}?")
    assert fr["labels"]["keys"].startswith(f"Touches{NBSP}:")
    assert fr["set"]["title"] == f"Un jeu d’essai{NBSP}: le deck en ligne"
    en = island(page_of(render_webdeck(deck_set, "en", BASE), deck_set, "en"))
    assert en["prompts"][0]["text"] == "What did you notice on your way in this morning?"
    assert en["labels"]["next"] == "Next"
    assert [p["id"] for p in en["prompts"]] == [p.id for p in deck_set.prompts]
    assert [level["id"] for level in en["levels"]] == [
        "objective",
        "reflective",
        "interpretive",
        "decisional",
    ]
    assert en["prompts"][1]["remote"] is False
    assert "note" not in en["prompts"][0]


def test_colours_are_readable(deck_set: PromptSet) -> None:
    data = island(page_of(render_webdeck(deck_set, "en", BASE), deck_set, "en"))
    for category in data["categories"]:
        assert contrast(category["color"], category["on"]) >= 4.5
        assert contrast(category["ink"], "#ffffff") >= 4.5
    # The set colour is a light yellow: the accent used for buttons is darkened.
    assert data["set"]["accent"] != "#f0e442"
    assert contrast(data["set"]["accent"], PAGE_BACKGROUND) >= 4.5
    assert contrast(data["set"]["accent"], data["set"]["on_accent"]) >= 4.5


def test_unknown_language(deck_set: PromptSet) -> None:
    with pytest.raises(ValueError, match="no 'de' text"):
        render_webdeck(deck_set, "de", BASE)


def test_one_language_set(write_set: Callable[..., Path]) -> None:
    def english_only(node: object) -> object:
        if isinstance(node, dict):
            if set(node) == {"fr", "en"}:
                return node["en"]
            return {key: english_only(value) for key, value in node.items()}
        if isinstance(node, list):
            return [english_only(item) for item in node]
        return node

    def edit(data: dict) -> None:  # type: ignore[type-arg]
        plain = english_only(data)
        assert isinstance(plain, dict)
        data.update(plain, languages=["en"])

    prompt_set = load_set(write_set(edit), docs_dir=None)
    page = page_of(render_webdeck(prompt_set, "en", BASE), prompt_set, "en")
    assert "data-lang-link" not in page
    assert 'class="langs"' not in page


def test_output_is_reproducible(deck_set: PromptSet) -> None:
    assert render_webdeck(deck_set, "fr", BASE) == render_webdeck(deck_set, "fr", BASE)


def test_shared_assets_are_the_same_for_every_set(
    deck_set: PromptSet, minimal_set: PromptSet
) -> None:
    a = render_webdeck(deck_set, "en", BASE)
    b = render_webdeck(minimal_set, "en", BASE)
    shared = set(a) & set(b)
    assert "en/deck/deck.js" in shared
    assert all(a[path] == b[path] for path in shared)


def big_set(write_set: Callable[..., Path]) -> PromptSet:
    """A set larger than any real one: 60 long bilingual prompts with three follow-ups."""
    sentence = "Quelle est la dernière décision qui vous a vraiment surpris, et pourquoi ? "

    def edit(data: dict) -> None:  # type: ignore[type-arg]
        template = data["prompts"][0]
        prompts = []
        for i in range(60):
            prompt = dict(template, id=f"prompt-{i}")
            prompt["text"] = {"fr": sentence * 4, "en": sentence * 4}
            prompt["follow_ups"] = [{"fr": sentence, "en": sentence}] * 3
            prompts.append(prompt)
        data["prompts"] = prompts
        data["sessions"] = []

    return load_set(write_set(edit), docs_dir=None)


def test_page_weight_under_150_kb(write_set: Callable[..., Path]) -> None:
    prompt_set = big_set(write_set)
    files = render_webdeck(prompt_set, "fr", BASE)
    weight = sum(len(v) for k, v in files.items() if k.endswith((".html", ".js", ".css")))
    assert len(files[urls.web_deck("fr", prompt_set.id)]) > 40_000  # the data is all there
    assert weight < LIMIT, f"{weight} bytes"

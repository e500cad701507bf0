"""Prompt text is data: nothing an author writes can end the JSON island or become markup."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kitgen import urls
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.webdeck import render_webdeck
from kitgen.render.webdeck.page import json_island
from kitgen.typography import typeset

HOSTILE = (
    'x </script><script>alert(1)</script> <!-- <script> </SCRIPT > <img src=x onerror="alert(2)">'
    " & &amp; ]]> \u2028 \u2029 javascript:alert(3) `${1}` $title"
)


class Collector(HTMLParser):
    """Elements, script contents and comments as an HTML5 parser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.comments: list[str] = []
        self._in_script = False
        self._title: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        self._in_title = tag == "title"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        if self._in_title:
            self._title.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    @property
    def title(self) -> str:
        return "".join(self._title)


def hostile_set(write_set: Callable[..., Path]) -> PromptSet:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["title"] = {"fr": HOSTILE, "en": HOSTILE}
        data["summary"] = {"fr": HOSTILE, "en": HOSTILE}
        data["categories"][0]["label"] = {"fr": HOSTILE, "en": HOSTILE}
        data["prompts"][0]["text"] = {"fr": HOSTILE, "en": HOSTILE}
        data["prompts"][0]["follow_ups"] = [{"fr": HOSTILE, "en": HOSTILE}]

    return load_set(write_set(edit), docs_dir=None)


def test_hostile_text_cannot_break_out(write_set: Callable[..., Path]) -> None:
    prompt_set = hostile_set(write_set)
    for lang in ("fr", "en"):
        page = render_webdeck(prompt_set, lang, "https://example.org/")[
            urls.web_deck(lang, prompt_set.id)
        ].decode()
        parsed = Collector()
        parsed.feed(page)
        parsed.close()
        # Exactly the page's two scripts: the data island and deck.js, nothing injected.
        scripts = [attrs for tag, attrs in parsed.tags if tag == "script"]
        assert [s.get("type") or s.get("src", "").split("?")[0] for s in scripts] == [
            "deck.js",
            "application/json",
        ]
        assert parsed.comments == []
        assert not any(tag == "img" for tag, _ in parsed.tags)
        assert len(re.findall(r"</script", page, re.IGNORECASE)) == 2
        assert "<!--" not in page
        # The island holds the text, exactly as typeset, and parses back.
        data = json.loads(parsed.scripts[-1])
        expected = typeset(HOSTILE, lang)
        assert data["prompts"][0]["text"] == expected
        assert data["prompts"][0]["follow_ups"] == [expected]
        assert data["categories"][0]["label"] == expected
        assert data["set"]["title"] == expected
        # Text outside the island is escaped text, not markup.
        assert parsed.title.startswith(expected)


@given(st.text())
def test_json_island_round_trips_without_angle_brackets(text: str) -> None:
    island = json_island({"text": text, "list": [text]})
    assert "<" not in island and ">" not in island and "&" not in island
    assert "\u2028" not in island and "\u2029" not in island
    assert json.loads(island) == {"text": text, "list": [text]}

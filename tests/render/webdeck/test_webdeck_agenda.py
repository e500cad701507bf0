"""The deck's session agendas: every step with its minutes, a break marked as a break, no
facilitator instructions, and no agenda panel for a set without sessions."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kitgen import urls
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.webdeck import render_webdeck
from kitgen.render.webdeck.data import deck_data

ROOM_SET = Path(__file__).resolve().parents[2] / "load" / "arc" / "good.yaml"
BASE = "https://kitgen.example.org/"


def page(prompt_set: PromptSet, lang: str) -> str:
    files = render_webdeck(prompt_set, lang, BASE)
    return files[urls.web_deck(lang, prompt_set.id)].decode("utf-8")


def test_sessions_and_their_steps_reach_the_deck() -> None:
    room = load_set(ROOM_SET, docs_dir=None)
    sessions = deck_data(room, "en")["sessions"]
    assert [s["id"] for s in sessions] == [s.id for s in room.sessions]
    workshop = sessions[0]
    assert workshop["minutes"] == 120
    assert [(s["minutes"], s["method"], s["break"]) for s in workshop["steps"]] == [
        (10, "Round", False),
        (15, "In pairs", False),
        (15, "Break", True),
        (10, "In threes", False),
        (40, "World Café", False),
        (20, "Silent writing", False),
        (10, "Round", False),
    ]
    assert workshop["steps"][2]["prompts"] == [] and workshop["steps"][3]["prompts"] == ["delicate"]
    # The facilitator's instructions stay in the guide: the page is public.
    html = page(room, "en")
    for session in room.sessions:
        for step in session.steps:
            if step.instructions is not None:
                assert step.instructions.get_text("en") not in html


def test_the_page_offers_a_panel_per_session() -> None:
    room = load_set(ROOM_SET, docs_dir=None)
    html = page(room, "en")
    assert '<details id="agenda-panel" class="panel">' in html
    options = re.findall(r'<option value="([^"]+)">([^<]+)</option>', html)
    assert ("workshop-120", "A two-hour workshop") in options
    assert ("breakfast-45", "A breakfast seminar") in options


def test_no_agenda_without_sessions(deck_set: PromptSet) -> None:
    assert deck_set.sessions == []
    html = page(deck_set, "fr")
    assert '<details id="agenda-panel" class="panel" hidden>' in html
    match = re.search(r'id="deck-data">(.*?)</script>', html, re.DOTALL)
    assert match and json.loads(match[1])["sessions"] == []


def test_french_break_word_and_typography(deck_set: PromptSet) -> None:
    labels = deck_data(deck_set, "fr")["labels"]
    assert labels["break"] == "Pause" and labels["agenda"] == "Déroulés des séances"
    assert labels["agenda_help"].startswith("Suivez une séance étape par étape\u00a0:")

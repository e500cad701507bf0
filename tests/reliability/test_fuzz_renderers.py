"""Property tests over the renderers: any valid set builds, or fails with located errors.

Sets are generated as data (random texts with accents, long words, punctuation and markup
characters; random counts of categories, prompts, follow-ups, sessions and steps), written to
YAML and loaded through the model, then given to the cards, the guide (PDF and Markdown) and
the web deck.  The only acceptable failure is a ``KitgenError`` whose every diagnostic points
into the file (a word too long for a card, a session missing...).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from kitgen.diagnostics import KitgenError
from kitgen.links import Links
from kitgen.load import load
from kitgen.model import Group, Kind, Level, PromptSet, Sensitivity, SessionFormat
from kitgen.model.methods import METHODS
from kitgen.render.cards import DeckOptions, render_deck
from kitgen.render.guide import GuideOptions, render_guide_markdown, render_guide_pdf
from kitgen.render.webdeck import render_webdeck

#: Renderers get a hosted kit, so the links and QR codes are exercised too.
HOSTED = Links(base_url="https://example.org/")

LETTERS = "abcdefghijklmnopqrstuvwxyzéèêëàâçùûôîïœæÉÈÀÇŒABCDEFGHIJKLMNOPQRSTUVWXYZ"
PUNCTUATION = [
    "?", "!", ";", ":", "«", "»", "—", "–", "…", "(", ")", "’", "'", '"', ",", ".", "-",
    "#", "*", "_", "`", "$", "\\", "[", "]", "{", "}", "<b>", "</script>", "&", "&amp;", "@",
    "25 %", "08:30", "3 h", "1 000", "https://example.org/a?b=c", "javascript:x()",
]  # fmt: skip

_short = st.text(alphabet=LETTERS, min_size=1, max_size=10)
_long = st.text(alphabet=LETTERS, min_size=14, max_size=22)
_mark = st.sampled_from(PUNCTUATION)
#: Mostly ordinary words, some punctuation and markup, now and then a long word.
_word = st.one_of(*[_short] * 10, _mark, _mark, _long)
_text = st.lists(_word, min_size=1, max_size=24).map(" ".join)
_short_text = st.lists(_word, min_size=1, max_size=10).map(" ".join)
#: A word no card can hold (60 letters): half the sets get one, in one prompt.
_huge = st.text(alphabet=LETTERS, min_size=60, max_size=70)
_slug = st.from_regex(r"[a-z][a-z0-9]{0,8}", fullmatch=True)


def _local(langs: list[str], words: st.SearchStrategy[str] = _text) -> st.SearchStrategy[Any]:
    """A text in the set's shape: a plain string for one language, a map for several."""
    if len(langs) == 1:
        return words
    return st.fixed_dictionaries({lang: words for lang in langs})


@st.composite
def _step(draw: st.DrawFn, text: st.SearchStrategy[Any], ids: list[str]) -> dict[str, Any]:
    """A step: a break (no prompts, maybe no instructions) or a working step, with or without
    the optional keys the guide prints (sub-timings, tables, chairs, a written fallback)."""
    minutes = draw(st.integers(1, 40))
    if draw(st.integers(0, 5)) == 0:
        step: dict[str, Any] = {"title": draw(text), "minutes": minutes, "method": "break"}
        if draw(st.booleans()):
            step["instructions"] = draw(text)
        return step
    step = {
        "title": draw(text),
        "minutes": minutes,
        "method": draw(st.sampled_from(sorted(METHODS))),
        "prompts": draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3)),
        "instructions": draw(text),
    }
    if draw(st.booleans()):
        step["phases"] = [
            {
                "label": draw(text),
                "minutes": draw(st.integers(1, 20)),
                "return": draw(st.booleans()),
            }
            for _ in range(draw(st.integers(1, 4)))
        ]
    if draw(st.booleans()):
        step["tables"] = draw(st.integers(1, 12))
        step["chairs"] = draw(st.integers(1, 8))
    if draw(st.booleans()):
        step["written_fallback"] = draw(text)
    return step


@st.composite
def prompt_sets(draw: st.DrawFn, min_sessions: int = 0) -> dict[str, Any]:
    langs = draw(st.sampled_from([["fr", "en"], ["en"], ["fr"], ["en", "fr"]]))
    text = _local(langs)
    categories = [
        {"id": f"c{i}", "label": draw(text), "color": draw(st.sampled_from(COLOURS))}
        for i in range(draw(st.integers(1, 3)))
    ]
    prompts = []
    for i in range(draw(st.integers(1, 20))):
        prompt: dict[str, Any] = {
            "id": f"p{i}-{draw(_slug)}",
            "category": draw(st.sampled_from(categories))["id"],
            "kind": draw(st.sampled_from([k.value for k in Kind])),
            "level": draw(st.sampled_from([v.value for v in Level])),
            "text": draw(text),
            "follow_ups": draw(st.lists(_local(langs, _short_text), max_size=3)),
            "minutes": draw(st.integers(1, 30)),
            "group": draw(st.sampled_from([g.value for g in Group])),
            "sensitivity": draw(st.sampled_from([s.value for s in Sensitivity])),
            "remote": draw(st.booleans()),
        }
        if draw(st.booleans()):
            prompt["note"] = draw(text)
        prompts.append(prompt)
    if draw(st.booleans()):
        victim = draw(st.sampled_from(prompts))
        huge = draw(_huge)
        victim["text"] = (
            f"{victim['text']} {huge}"
            if isinstance(victim["text"], str)
            else {k: f"{v} {huge}" for k, v in victim["text"].items()}
        )
    ids = [p["id"] for p in prompts]
    sessions = []
    for s in range(draw(st.integers(min_sessions, 2))):
        steps = [draw(_step(text, ids)) for _ in range(draw(st.integers(1, 4)))]
        low = draw(st.integers(1, 12))
        sessions.append(
            {
                "id": f"s{s}",
                "title": draw(text),
                "purpose": draw(text),
                "minutes": sum(step["minutes"] for step in steps),
                "group_size": {"min": low, "max": low + draw(st.integers(0, 20))},
                "format": draw(st.sampled_from([f.value for f in SessionFormat])),
                "materials": draw(st.lists(text, max_size=2)),
                "steps": steps,
                "debrief": draw(st.lists(text, max_size=2)),
                "variations": [],
                "risks": [{"risk": draw(text), "mitigation": draw(text)}][
                    : draw(st.integers(0, 1))
                ],
            }
        )
    return {
        "schema": 1,
        "id": "fuzz",
        "version": "1.0",
        "languages": langs,
        "title": draw(text),
        "summary": draw(text),
        "theme": "fuzz",
        "license": "CC-BY-4.0",
        "sources": [],
        "color": draw(st.sampled_from(COLOURS)),
        "categories": categories,
        "prompts": prompts,
        "sessions": sessions,
    }


COLOURS = ["#1f6f8b", "#ffe066", "#2a7f62", "#000000", "#ffffff", "#d4145a"]

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


def _load(tmp_path: Path, data: dict[str, Any]) -> PromptSet:
    path = tmp_path / "fuzz.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    result = load(path, docs_dir=None)
    assert result.prompt_set is not None, "\n".join(map(str, result.diagnostics))
    return result.prompt_set


def _located(exc: KitgenError, prompt_set: PromptSet) -> None:
    assert prompt_set.origin is not None
    assert exc.diagnostics
    for diagnostic in exc.diagnostics:
        assert diagnostic.location.path == prompt_set.origin.path, str(diagnostic)
        assert diagnostic.location.line >= 1 and diagnostic.location.column >= 1
        assert "\n" not in str(diagnostic)


def _pdf_pages(data: bytes) -> int:
    assert data.startswith(b"%PDF-")
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.mark.slow
@SETTINGS
@given(data=prompt_sets())
def test_cards_build_or_fail_located(tmp_path: Path, data: dict[str, Any]) -> None:
    prompt_set = _load(tmp_path, data)
    lang = prompt_set.languages[-1]
    try:
        pdf = render_deck(prompt_set, lang, DeckOptions(base_url="https://example.org/"))
    except KitgenError as exc:
        _located(exc, prompt_set)
        event("cards: located error")
        return
    event("cards: built")
    assert _pdf_pages(pdf) >= 2


@pytest.mark.slow
@SETTINGS
@given(data=prompt_sets(min_sessions=1))
def test_guides_build_or_fail_located(tmp_path: Path, data: dict[str, Any]) -> None:
    prompt_set = _load(tmp_path, data)
    lang = prompt_set.languages[0]
    try:
        pdf = render_guide_pdf(prompt_set, lang, GuideOptions(links=HOSTED))
        markdown = render_guide_markdown(prompt_set, lang, GuideOptions(links=HOSTED))
    except KitgenError as exc:
        _located(exc, prompt_set)
        event("guide: located error")
        return
    event("guide: built")
    assert _pdf_pages(pdf) >= 1
    assert markdown.startswith("# ")


@settings(SETTINGS, max_examples=40)
@given(data=prompt_sets())
def test_web_decks_build(tmp_path: Path, data: dict[str, Any]) -> None:
    prompt_set = _load(tmp_path, data)
    for lang in prompt_set.languages:
        files = render_webdeck(prompt_set, lang, "https://example.org/")
        page = files[f"{lang}/deck/fuzz.html"].decode("utf-8")
        assert "</html>" in page
        assert all(p["id"] in page for p in data["prompts"])


MINIMAL = Path(__file__).resolve().parents[1] / "data" / "minimal.yaml"
_YAML_NOISE = "[]{}:-,'\"#&*!|>%@`? \t\n\\"


@st.composite
def damaged_yaml(draw: st.DrawFn) -> str:
    """The minimal set with a few random edits: lines dropped, doubled, cut or sprinkled."""
    lines = MINIMAL.read_text(encoding="utf-8").splitlines()
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "double", "cut", "noise", "indent"]))
        if action == "drop" and len(lines) > 1:
            del lines[i]
        elif action == "double":
            lines.insert(i, lines[i])
        elif action == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif action == "noise":
            at = draw(st.integers(0, len(lines[i])))
            noise = draw(st.text(alphabet=_YAML_NOISE, min_size=1, max_size=3))
            lines[i] = lines[i][:at] + noise + lines[i][at:]
        else:
            lines[i] = " " * draw(st.integers(1, 3)) + lines[i]
    return "\n".join(lines) + "\n"


@pytest.mark.slow
@settings(SETTINGS, max_examples=40)
@given(text=damaged_yaml(), command=st.sampled_from(["cards", "guide", "validate"]))
def test_damaged_yaml_never_gets_a_traceback(tmp_path: Path, text: str, command: str) -> None:
    """Through the CLI: exit 0 or 1, and every message located, never an exception."""
    from click.testing import CliRunner

    from kitgen.cli import main

    path = tmp_path / "set.yaml"
    path.write_text(text, encoding="utf-8")
    args = [command, str(path)]
    if command != "validate":
        args += ["-o", str(tmp_path / f"out-{command}.pdf")]
    result = CliRunner().invoke(main, args, catch_exceptions=True)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.exception,
        result.output,
    )
    assert result.exit_code in (0, 1), result.output
    event(f"{command}: exit {result.exit_code}")
    if result.exit_code == 1:
        errors = [x for x in result.output.splitlines() if ": error: " in x]
        assert errors and all(x.startswith(f"{path.name}:") or "set.yaml:" in x for x in errors)

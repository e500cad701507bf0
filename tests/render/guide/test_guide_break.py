"""A break (``method: break``) is a step of its own: the guide shows it as a break, not as work."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from guide_helpers import flat, page_texts

from kitgen.i18n import output_text
from kitgen.load import load_set
from kitgen.render.guide import (
    GuideOptions,
    GuideSource,
    build_guide,
    render_guide_markdown,
    render_guide_pdf,
)

BREAK_TITLE = {"fr": "Café (fr)", "en": "Coffee (en)"}
BREAK_WORD = {"fr": "Resume at the time announced (fr)", "en": "Resume at the time announced (en)"}


def with_break(data: dict[str, Any], *, instructions: bool = True) -> None:
    """The minimal session, 25 minutes longer, with a 10-minute break after its second step."""
    session = data["sessions"][0]
    step: dict[str, Any] = {"title": BREAK_TITLE, "minutes": 10, "method": "break"}
    if instructions:
        step["instructions"] = BREAK_WORD
    session["steps"].insert(2, step)
    session["minutes"] += 10


@pytest.fixture
def break_set(write_set: Callable[..., Path]) -> Path:
    return write_set(with_break)


def test_the_break_is_a_step_without_method_or_cards(break_set: Path) -> None:
    prompt_set = load_set(break_set, docs_dir=None)
    step = prompt_set.sessions[0].steps[2]
    assert step.is_break and step.prompts == []
    document = build_guide(GuideSource.from_set(prompt_set), "en", start="09:00")
    shown = document.steps[2]
    assert shown.is_break and shown.prompts == () and shown.phases == ()
    assert (shown.start, shown.end, shown.method) == ("09:20", "09:30", output_text("en", "Break"))
    assert document.agenda[2].method == output_text("en", "Break")
    # The cards keep their numbers across the break.
    assert [p.card for p in document.steps[3].prompts] == [4]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pdf_shows_the_break_as_a_break(break_set: Path, lang: str) -> None:
    prompt_set = load_set(break_set, docs_dir=None)
    pages = page_texts(render_guide_pdf(prompt_set, lang, GuideOptions(start="09:00")))
    text = " ".join(pages[1:])
    method_line = flat(output_text(lang, "Method"))
    # From the break's time line (printed above its heading) to the next step's.
    section = text[text.index("09:20–09:30 · 10 min") : text.index("09:30–09:35")]
    assert f"3. {BREAK_TITLE[lang]}" in section
    assert flat(output_text(lang, "Break")) in section
    assert BREAK_WORD[lang] in section
    # No "Method:" line, no "Instructions" heading and no "no card" notice for a break.
    assert method_line not in section
    assert flat(output_text(lang, "Instructions")) not in section
    assert flat(output_text(lang, "No card in this step.")) not in section


def test_web_page_shows_the_break_as_a_break(break_set: Path) -> None:
    prompt_set = load_set(break_set, docs_dir=None)
    markdown = render_guide_markdown(prompt_set, "en", GuideOptions(start="09:00"))
    section = markdown[markdown.index("### 3\\. ") : markdown.index("### 4\\. ")]
    assert section.splitlines()[0] == "### 3\\. Coffee \\(en\\)"
    assert "*09\\:20–09\\:30 · 10 min* · **Break**" in section
    assert "Resume at the time announced \\(en\\)" in section
    assert "Method" not in section and "Instructions" not in section
    # The agenda lists it as a break too.
    assert "| 3 | **09\\:20–09\\:30** | 10 | Coffee \\(en\\) | Break |" in markdown


def test_a_break_needs_no_instructions(write_set: Callable[..., Path]) -> None:
    path = write_set(lambda data: with_break(data, instructions=False))
    prompt_set = load_set(path, docs_dir=None)
    assert prompt_set.sessions[0].steps[2].instructions is None
    markdown = render_guide_markdown(prompt_set, "fr", GuideOptions())
    section = markdown[markdown.index("### 3\\. ") : markdown.index("### 4\\. ")]
    assert section.strip().splitlines()[-1] == "*0\\:20–0\\:30 · 10 min* · **Pause**"

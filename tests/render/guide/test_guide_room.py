"""How a step works in the room reaches the guide: World Café tables sized from the group,
fishbowl chairs, a round's written fallback, and the step's own sub-timings."""

from __future__ import annotations

from pathlib import Path

import pytest
from guide_helpers import page_texts

from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.guide import (
    GuideOptions,
    GuideSource,
    build_guide,
    render_guide_markdown,
    render_guide_pdf,
)
from kitgen.render.guide.content import Fact

ROOM_SET = Path(__file__).resolve().parents[2] / "load" / "arc" / "good.yaml"


@pytest.fixture(scope="module")
def room_set() -> PromptSet:
    return load_set(ROOM_SET, docs_dir=None)


def test_world_cafe_tables_are_sized_from_the_group(room_set: PromptSet) -> None:
    guide = build_guide(GuideSource.from_set(room_set, "workshop-120"), "en")
    cafe = guide.steps[4]
    assert cafe.setup == (Fact("Tables", "one for every 4 or 5 people (2 for 8 people, 5 for 24)"),)
    fixed = build_guide(GuideSource.from_set(room_set, "cafe-60"), "en").steps[2]
    assert fixed.setup == (Fact("Tables", "3"),)


def test_fishbowl_chairs_and_written_fallback(room_set: PromptSet) -> None:
    guide = build_guide(GuideSource.from_set(room_set, "breakfast-45"), "en")
    assert guide.steps[3].setup == (Fact("In the centre", "4 chairs and an empty one"),)
    assert guide.steps[4].setup == (
        Fact(
            "In writing",
            "Five volunteers speak; the others write their sentence on a sticky note.",
        ),
    )
    assert all(step.setup == () for step in guide.steps[:3])


def test_the_steps_own_sub_timings_replace_the_methods(room_set: PromptSet) -> None:
    guide = build_guide(GuideSource.from_set(room_set, "workshop-120"), "en", start="09:00")
    writing = guide.steps[5]
    assert [(p.start, p.minutes, p.label) for p in writing.phases] == [
        ("10:30", 8, "What I keep"),
        ("10:38", 7, "What I drop"),
        ("10:45", 5, "One sentence each"),
    ]
    # A World Café without sub-timings of its own keeps the method's: two rounds, a harvest.
    assert [p.minutes for p in guide.steps[4].phases] == [16, 16, 8]


def test_pdf_and_web_page_print_the_room_set_up(room_set: PromptSet) -> None:
    options = GuideOptions("breakfast-45", start="08:00")
    text = " ".join(page_texts(render_guide_pdf(room_set, "en", options)))
    assert "In the centre: 4 chairs and an empty one" in text
    assert "In writing: Five volunteers speak; the others write their sentence" in text
    markdown = render_guide_markdown(room_set, "en", options)
    assert "- **In the centre**: 4 chairs and an empty one" in markdown
    assert "- **In writing**: Five volunteers speak\\; the others write their" in markdown
    workshop = render_guide_markdown(room_set, "en", GuideOptions("workshop-120", start="09:00"))
    assert "- **Tables**: one for every 4 or 5 people \\(2 for 8 people\\, 5 for 24\\)" in workshop
    # Phases are a list of their own ("+"): "-" would continue the setup's list before it.
    assert "+ 10\\:45 · **5 min** · One sentence each" in workshop

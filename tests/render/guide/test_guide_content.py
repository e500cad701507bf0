"""The guide document: clock maths, sub-timings, links, typography, labels."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kitgen.links import Links
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.model.methods import METHODS
from kitgen.render.guide import GuideSource, build_guide, parse_clock
from kitgen.render.guide.content import format_clock, split_minutes
from kitgen.typography import typeset


@pytest.mark.parametrize(
    ("text", "minute"),
    [("0:00", 0), ("08:30", 510), ("8:30", 510), ("8h30", 510), ("8h", 480), ("23:59", 1439)],
)
def test_parse_clock(text: str, minute: int) -> None:
    assert parse_clock(text) == minute


@pytest.mark.parametrize("text", ["24:00", "8:60", "noon", "", "8:3", "-1:00"])
def test_parse_clock_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="not a time of day"):
        parse_clock(text)


def test_format_clock_wraps_at_midnight() -> None:
    assert format_clock(0) == "00:00" and format_clock(24 * 60 + 5) == "00:05"


@given(st.integers(0, 600), st.sampled_from([m for m in METHODS.values() if m.phases]))
def test_split_minutes_adds_up(total: int, method: object) -> None:
    shares = [share for _, share in method.phases]  # type: ignore[attr-defined]
    parts = split_minutes(total, shares)
    assert sum(parts) == total and len(parts) == len(shares)
    if total >= len(shares):
        assert min(parts) >= 1


def test_one_two_four_all_over_twelve_minutes() -> None:
    assert split_minutes(12, [s for _, s in METHODS["1-2-4-all"].phases]) == [1, 2, 4, 5]


HOSTED = Links(base_url="https://x.org/", theme_pages=(("en", "workshop"), ("fr", "workshop")))


def test_document_times_phases_and_links(workshop: PromptSet) -> None:
    doc = build_guide(GuideSource.from_set(workshop), "en", start="8:30", links=HOSTED)
    assert [(r.start, r.end) for r in doc.agenda] == [
        ("08:30", "08:38"),
        ("08:38", "08:43"),
        ("08:43", "08:55"),
        ("08:55", "09:20"),
        ("09:20", "09:30"),
    ]
    assert sum(r.minutes for r in doc.agenda) == doc.total_minutes == 60
    step = doc.steps[2]
    assert [(p.start, p.minutes) for p in step.phases] == [
        ("08:43", 1),
        ("08:44", 2),
        ("08:46", 4),
        ("08:50", 5),
    ]
    assert doc.steps[0].link is not None
    assert doc.steps[0].link.url == "https://x.org/en/themes/workshop.html#two-faces"
    assert doc.steps[1].link is None and doc.steps[1].prompts == ()
    assert [p.card for s in doc.steps for p in s.prompts] == [1, 2, 3, 4]
    assert len(doc.cards) == 4 and doc.cards[0].startswith("1. Facts: When did you")
    assert doc.links[0].url == "https://x.org/en/themes/workshop.html"
    assert any("CC-BY-SA-4.0" in line for line in doc.about)


def test_every_text_is_typeset(workshop: PromptSet) -> None:
    doc = build_guide(GuideSource.from_set(workshop), "fr", links=HOSTED)

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return [s for f in dataclasses.fields(value) for s in strings(getattr(value, f.name))]
        if isinstance(value, dict):
            return [s for v in value.values() for s in strings(v)]
        if isinstance(value, tuple | list):
            return [s for v in value for s in strings(v)]
        return []

    # Every string but addresses and the colon glue (" :" after a bold label) is human text.
    texts = [t for t in strings(doc) if not t.startswith("https://") and t != "\u00a0:"]
    assert texts
    for text in texts:
        assert typeset(text, "fr") == text, text
    assert any("\u202f?" in t for t in texts)  # French spacing really applied


def test_links_come_from_the_caller_never_from_kitgen_toml(
    tmp_path: Path, write_set: Callable[..., Path]
) -> None:
    (tmp_path / "kitgen.toml").write_text('base_url = "https://kb.example.org/"\n')
    prompt_set = load_set(write_set(), docs_dir=None)
    doc = build_guide(GuideSource.from_set(prompt_set), "en")
    # No Links given: hosted nowhere, so no address; the site path is the set's own page.
    assert [(link.path, link.url) for link in doc.links] == [("en/sets/minimal.html", None)]
    assert all(s.link is None or s.link.url is None for s in doc.steps)
    hosted = build_guide(
        GuideSource.from_set(prompt_set), "en", links=Links(base_url="https://kb.example.org/")
    )
    assert hosted.links[0].url == "https://kb.example.org/en/sets/minimal.html"
    first = next(s.link for s in hosted.steps if s.link is not None)
    assert first.path.startswith("en/sets/minimal.html#prompt-")


def test_step_links_go_to_the_theme_page_only_where_the_site_has_one(workshop: PromptSet) -> None:
    only_fr = Links(base_url="https://x.org/", theme_pages=(("fr", "workshop"),))
    fr = build_guide(GuideSource.from_set(workshop), "fr", links=only_fr)
    en = build_guide(GuideSource.from_set(workshop), "en", links=only_fr)
    assert fr.steps[0].link is not None and en.steps[0].link is not None
    assert fr.steps[0].link.path == "fr/themes/workshop.html#two-faces"
    assert en.steps[0].link.path.startswith("en/sets/workshop.html#prompt-")


def test_unknown_language_falls_back_to_english_labels(
    write_set: Callable[..., Path],
) -> None:
    def spanish(data: dict) -> None:  # type: ignore[type-arg]
        data["languages"] = ["es"]  # a language with no catalogue

        def plain(value: object) -> object:
            if isinstance(value, dict) and set(value) == {"fr", "en"}:
                return value["en"]
            if isinstance(value, dict):
                return {k: plain(v) for k, v in value.items()}
            if isinstance(value, list):
                return [plain(v) for v in value]
            return value

        data.update(plain({k: v for k, v in data.items() if k != "languages"}))  # type: ignore[arg-type]

    prompt_set = load_set(write_set(spanish), docs_dir=None)
    doc = build_guide(GuideSource.from_set(prompt_set), "es", links=HOSTED)
    assert doc.labels["agenda"] == "Agenda" and doc.title.startswith("A 25-minute")


def test_a_german_guide_writes_minutes_one_way(tmp_path: Path) -> None:
    """German guides once mixed "25 min" (the session's length) and "5 Min." (its steps): every
    duration now comes from the catalogue, so a German guide says "Min." throughout."""
    from kitgen.kit_init import init_kit
    from kitgen.render.guide import GuideOptions, render_guide_markdown

    init_kit(tmp_path / "kit", ["de"])
    (path,) = (tmp_path / "kit" / "prompts").iterdir()
    page = render_guide_markdown(load_set(path, docs_dir=None), "de", GuideOptions())
    text = page.replace("\\", "").replace("\u00a0", " ").replace("\u202f", " ")  # unescaped
    assert "25 Min." in text and "5 Min." in text
    assert re.findall(r"\d min\b", text) == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["45 min", "60 min (1 h)", "90 min (1 h 30)"]),
        ("fr", ["45 min", "60 min (1 h)", "90 min (1 h 30)"]),
        ("de", ["45 Min.", "60 Min. (1 Std.)", "90 Min. (1 Std. 30 Min.)"]),
        ("it", ["45 min", "60 min (1 h)", "90 min (1 h 30 min)"]),
    ],
)
def test_session_length_in_the_units_of_each_language(lang: str, expected: list[str]) -> None:
    from kitgen.render.guide.content import _duration

    assert [_duration(n, lang) for n in (45, 60, 90)] == expected

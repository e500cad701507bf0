"""Every theme page has one shape, in both languages (issue 13).

A facilitator finds the same parts in the same order on every page: title, a short intro, an
"in short" box, then fixed sections.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
THEMES_DIR = ROOT / "docs"
BOX = {"fr": "En bref", "en": "In short"}
SECTIONS = {
    "fr": [
        "Les faits et leurs sources",
        "Hier et aujourd’hui",
        "Les positions en présence",
        "Questions pour la salle",
        "Liste de contrôle",
        "Les cartes de discussion",
        "Pour aller plus loin",
    ],
    "en": [
        "Facts and sources",
        "Then and now",
        "Where people stand",
        "Questions for the room",
        "Checklist",
        "The discussion cards",
        "Further reading",
    ],
}
_FENCE = re.compile(r"^```.*?^```\s*$", re.M | re.S)


def theme_pages(lang: str) -> list[Path]:
    """Every theme page of ``lang`` (the themes index is not a theme)."""
    return sorted(p for p in (THEMES_DIR / lang / "themes").glob("*.md") if p.stem != "index")


def shape(markdown: str) -> tuple[int, list[str], str | None, int, list[str]]:
    """Intro paragraphs, level-1 titles, the first box's title and bullets, level-2 headings."""
    text = _FENCE.sub("", markdown)
    titles = re.findall(r"^# (.+)$", text, re.M)
    first_h2 = re.search(r"^## ", text, re.M)
    head = text[: first_h2.start()] if first_h2 else text
    box = re.search(r"^:::\{admonition\} ([^\n]+)\n(.*?)^:::\s*$", head, re.M | re.S)
    before_box = head[: box.start()] if box else head
    after_title = before_box.split("\n# ", 1)[-1].split("\n", 1)[-1]
    intro = [p for p in re.split(r"\n\s*\n", after_title) if p.strip() and not p.startswith("(")]
    bullets = re.findall(r"^- ", box.group(2), re.M) if box else []
    h2 = re.findall(r"^## (.+)$", text, re.M)
    return len(intro), titles, box.group(1).strip() if box else None, len(bullets), h2


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_theme_page_has_the_same_parts_in_the_same_order(lang: str) -> None:
    pages = theme_pages(lang)
    assert len(pages) >= 8
    for page in pages:
        name = page.relative_to(ROOT)
        intro, titles, box, bullets, h2 = shape(page.read_text(encoding="utf-8"))
        assert len(titles) == 1, f"{name}: one title, found {titles}"
        assert 1 <= intro <= 2, f"{name}: 1-2 intro paragraphs before the box, found {intro}"
        assert box == BOX[lang], f"{name}: the box after the intro is titled {box!r}"
        assert 3 <= bullets <= 5, f"{name}: the box holds {bullets} bullets, wants 3-5"
        assert h2 == SECTIONS[lang], f"{name}: sections {h2}"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_cards_section_shows_the_theme_set(lang: str) -> None:
    for page in theme_pages(lang):
        text = page.read_text(encoding="utf-8")
        cards = text.split(f"## {SECTIONS[lang][-2]}", 1)[1].split("\n## ", 1)[0]
        assert f"```{{kitgen-prompts}} {page.stem}" in cards, page.relative_to(ROOT)


def test_the_shape_reader_sees_a_wrong_page() -> None:
    wrong = (
        "(theme-x)=\n# Title\n\nIntro.\n\n## Facts and sources\n\n"
        ":::{admonition} In short\n- one\n:::\n\n## Checklist\n"
    )
    intro, titles, box, bullets, h2 = shape(wrong)
    assert (intro, titles, box, bullets) == (1, ["Title"], None, 0)
    assert h2 == ["Facts and sources", "Checklist"]

"""A printed guide uses few pages: tables and short sections are never split across pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from guide_helpers import page_texts

from kitgen.load import load_set
from kitgen.render.guide import GuideOptions, render_guide_pdf

PROMPTS = Path(__file__).resolve().parents[3] / "prompts"


def _page_of(pages: list[str], text: str, after: int = 0) -> int:
    return next(n for n, page in enumerate(pages) if n >= after and text in page)


@pytest.mark.parametrize(
    ("set_id", "session", "lang", "most"),
    [("relationships", "breakfast-45", "fr", 5), ("relationships", "breakfast-45", "en", 5),
     ("time-spent", "workshop-120", "fr", 8), ("security-blocking", "workshop-120", "fr", 9)],
)  # fmt: skip
def test_tables_and_short_sections_stay_whole(
    set_id: str, session: str, lang: str, most: int
) -> None:
    prompt_set = load_set(PROMPTS / f"{set_id}.yaml", docs_dir=None)
    pdf = render_guide_pdf(prompt_set, lang, GuideOptions(session, "a4", "08:30"))
    pages = page_texts(pdf)
    assert len(pages) <= most  # one page fewer than before tables and sections were kept whole
    agenda = "Déroulé" if lang == "fr" else "Agenda"
    start = _page_of(pages, agenda)
    assert "Total" in pages[start].split(agenda, 1)[1]  # the agenda ends where it starts
    chosen = next(s for s in prompt_set.sessions if s.id == session)
    for heading, items in (
        ("Matériel" if lang == "fr" else "Materials", chosen.materials),
        ("Préparation" if lang == "fr" else "Preparation", chosen.preparation),
    ):
        if not items or len(items) > 8:
            continue
        page = _page_of(pages, heading, after=start)
        last = " ".join(items[-1].get_text(lang).split())[:30]
        assert last in pages[page].replace("\u202f", " ").replace("\u00a0", " ")

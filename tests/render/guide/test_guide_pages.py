"""A printed guide uses few pages: tables and short sections are never split across pages."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest
from guide_helpers import flat, page_texts

from kitgen.i18n import output_text
from kitgen.links import Links
from kitgen.load import find_sets, load_set
from kitgen.model import PromptSet
from kitgen.plan import plan_session
from kitgen.render.guide import GuideOptions, render_guide_pdf, render_source_pdf
from kitgen.typography import typeset

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


@pytest.fixture(scope="module")
def shipped_sets() -> list[PromptSet]:
    return [load_set(path, docs_dir=None) for path in find_sets([PROMPTS])]


def _action_rows(pdf: bytes, lang: str) -> tuple[int, int]:
    """(page, rows) of the actions form: the page its table is on and its rows to fill in."""
    heading = flat(typeset(output_text(lang, "Actions for the next session"), lang))
    what = typeset(output_text(lang, "What"), lang)
    review = typeset(output_text(lang, "To review next time"), lang).split()[-1]
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages):
            if heading not in flat(page.extract_text() or ""):
                continue
            words = page.extract_words()
            top = min(w["top"] for w in words if w["text"] == what)
            end = min(w["top"] for w in words if w["text"] == review and w["top"] > top)
            rules = {
                round(line["top"])
                for line in page.lines
                if abs(line["top"] - line["bottom"]) < 0.5 and top < line["top"] < end
            }
            return number, len(rules) - 1  # the header's rule is not a row
    raise AssertionError("no actions form")


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_60_minute_plan_is_a_short_handout(shipped_sets: list[PromptSet], paper: str) -> None:
    """Before: 5 pages on A4 and 5 or 6 on Letter, the form for actions alone on the last page.
    Now the form takes the room the guide's last page leaves (at least 5 rows) and starts a page
    of its own (10 rows) only when that room is too small."""
    counts = []
    for seed in range(4):
        for lang in ("fr", "en"):
            plan = plan_session(shipped_sets, 60, 12, lang=lang, seed=seed)
            options = GuideOptions(paper=paper, links=Links(base_url="https://kit.example.org/"))
            pdf = render_source_pdf(plan.source, lang, options)
            pages = page_texts(pdf)
            counts.append(len(pages))
            page, rows = _action_rows(pdf, lang)
            assert page == len(pages) - 1  # the form ends the guide
            risks = flat(typeset(output_text(lang, "Risks and mitigations"), lang))
            if risks in pages[page]:  # the guide's end shares the page with the form
                assert 5 <= rows <= 10, rows
            else:  # a page of its own: the full form
                assert rows == 10, rows
    assert max(counts) <= 5, counts
    if paper == "a4":
        assert sum(n <= 4 for n in counts) >= len(counts) // 2, counts  # two A4 sheets, duplex

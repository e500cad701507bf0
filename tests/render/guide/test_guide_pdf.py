"""The printed guide, read back from the PDF: agenda times, steps, prompts, notes, last page."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from guide_helpers import GUIDE_SET, HOSTED, flat, page_lines, page_texts

from kitgen.diagnostics import KitgenError
from kitgen.i18n import output_text
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.guide import GuideOptions, render_guide_pdf
from kitgen.typography import typeset


def used_prompts(workshop: PromptSet, session_index: int = 0) -> list[str]:
    session = workshop.sessions[session_index]
    return [ref for step in session.steps for ref in step.prompts]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_agenda_rows_have_computed_start_times(guide_pdf: Callable[..., bytes], lang: str) -> None:
    lines = [line for page in page_lines(guide_pdf(lang=lang, start="08:30")) for line in page]
    expected = [
        ("1", "08:30–08:38", "8"),
        ("2", "08:38–08:43", "5"),
        ("3", "08:43–08:55", "12"),
        ("4", "08:55–09:20", "25"),
        ("5", "09:20–09:30", "10"),
    ]
    for number, times, minutes in expected:
        assert any(line.startswith(f"{number} {times} {minutes} ") for line in lines), (
            number,
            times,
        )


def test_without_start_times_count_from_0_00_and_say_so(workshop: PromptSet) -> None:
    text = " ".join(page_texts(render_guide_pdf(workshop, "en", GuideOptions())))
    assert "0:00–0:08" in text and "0:50–1:00" in text
    assert "0:00 – 1:00, counted from the start of the session" in text
    assert "00:" not in text  # never a bare 00:00 that reads as midnight
    fr = " ".join(page_texts(render_guide_pdf(workshop, "fr", GuideOptions())))
    assert "compté depuis le début de la séance" in fr and "00:" not in fr


def test_a_start_time_gives_clock_times_that_wrap(workshop: PromptSet) -> None:
    late = " ".join(page_texts(render_guide_pdf(workshop, "en", GuideOptions(start="23:30"))))
    assert "23:30–23:38" in late and "00:20–00:30" in late


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_step_in_order(
    guide_pdf: Callable[..., bytes], workshop: PromptSet, lang: str
) -> None:
    pages = page_texts(guide_pdf(lang=lang))
    steps_text = " ".join(pages[1:])  # step sections start after the first page
    session = workshop.sessions[0]
    position = 0
    for number, step in enumerate(session.steps, start=1):
        heading = flat(f"{number}. {typeset(step.title.get_text(lang), lang)}")
        found = steps_text.find(heading, position)
        assert found >= 0, heading
        assert flat(typeset(step.instructions.get_text(lang), lang)) in steps_text
        position = found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_prompt_follow_up_and_note_is_printed(
    guide_pdf: Callable[..., bytes], workshop: PromptSet, lang: str
) -> None:
    text = " ".join(page_texts(guide_pdf(lang=lang)))
    with_notes = 0
    for ref in used_prompts(workshop):
        prompt = workshop.prompt(ref)
        assert flat(typeset(prompt.text.get_text(lang), lang)) in text, ref
        for follow_up in prompt.follow_ups:
            assert flat(typeset(follow_up.get_text(lang), lang)) in text
        if prompt.note is not None:
            with_notes += 1
            assert flat(typeset(prompt.note.get_text(lang), lang)) in text, ref
    # One "facilitator note" box per prompt that has a note: none missing, none invented.
    assert text.count(flat(typeset(output_text(lang, "Facilitator note"), lang))) == with_notes == 3


MEDIUM = "Medium sensitivity: let people pass, and answer first yourself to set the tone."
HIGH = (
    "High sensitivity: only once trust is built. Offer to answer in writing or to pass; what is "
    "said here stays here."
)
NOT_REMOTE = (
    "This prompt is not meant for remote work: adapt it (breakout rooms, a shared board) or "
    "replace it."
)


def test_sensitivity_hints_and_not_remote_warning(guide_pdf: Callable[..., bytes]) -> None:
    text = " ".join(page_texts(guide_pdf(lang="en")))
    assert flat(output_text("en", MEDIUM)) in text
    assert flat(output_text("en", HIGH)) in text
    assert flat(output_text("en", NOT_REMOTE)) not in text  # in-person session
    remote = " ".join(page_texts(guide_pdf(lang="en", session="quick-30")))
    assert flat(output_text("en", MEDIUM)) in remote


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_last_page_captures_actions(guide_pdf: Callable[..., bytes], lang: str) -> None:
    pages = page_texts(guide_pdf(lang=lang))
    last = pages[-1]
    for msgid in (
        "Actions for the next session",
        "What",
        "Who",
        "By when",
        "Session date",
        "To review next time",
    ):
        assert flat(typeset(output_text(lang, msgid), lang)) in last, msgid
    assert all(
        flat(typeset(output_text(lang, "Actions for the next session"), lang)) not in p
        for p in pages[:-1]
    )
    assert "Ouverture" not in last and "Opening" not in last  # nothing else on that page


def test_front_page_facts_materials_and_preparation(guide_pdf: Callable[..., bytes]) -> None:
    pages = page_texts(guide_pdf(lang="en"))
    text = " ".join(pages)
    first = pages[0]
    for fact in ("Audience", "A team and its manager.", "8 to 16 people", "60 min (1 h)"):
        assert fact in first, fact
    assert "In person" in first and "08:30 – 09:30" in first
    for item in ("The printed deck", "A flipchart", "Print the session's cards."):
        assert item in text
    assert "What people will know" in text and "Know the two faces of commitment." in text
    assert "What will you remember?" in text and "Timed turns." in text
    assert "Breakout rooms of four." in text and "Short version" in text


def test_method_sub_timings_are_printed(guide_pdf: Callable[..., bytes]) -> None:
    text = " ".join(page_texts(guide_pdf(lang="en")))
    section = text[text.index("3. What it costs") :]
    # 1-2-4-All over 12 minutes from 08:43: 1, 2, 4 and 5 minutes (a table, read row by row).
    assert section.startswith("3. What it costs Method: 1-2-4-All")
    assert "08:43 08:44 08:46 08:50 1 min 2 min 4 min 5 min" in section
    assert "alone in pairs in fours" in section


def test_links_and_qr_codes_point_to_the_knowledge_base(guide_pdf: Callable[..., bytes]) -> None:
    pdf = guide_pdf(lang="en")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    uris = {
        annot.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    }
    base = "https://kitgen.readthedocs.io/en/latest/en/themes/workshop.html"
    assert {base, f"{base}#two-faces"} <= uris
    # The printed QR codes decode to the same pages: the front page, then each step with cards.
    document = pdfium.PdfDocument(pdf)
    codes = [
        [r.text for r in zxingcpp.read_barcodes(document[i].render(scale=3).to_pil())]
        for i in range(len(document))
    ]
    assert codes[0] == [base]
    decoded = [url for page in codes[1:] for url in page]
    assert decoded.count(f"{base}#two-faces") == 1  # step 1: its prompt has see: two-faces
    assert decoded.count(base) == 3  # steps 3, 4 and 5; step 2 has no card, so no code
    assert codes[-1] == []  # the action page


def test_no_base_url_no_qr_code_and_no_address(guide_pdf: Callable[..., bytes]) -> None:
    pdf = guide_pdf(lang="en", hosted=False)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    annotations = [annot for page in reader.pages for annot in page.get("/Annots", [])]
    assert annotations == []
    text = " ".join(page_texts(pdf))
    assert "http" not in text and "readthedocs" not in text and "3. What it costs" in text
    document = pdfium.PdfDocument(pdf)
    for i in range(len(document)):
        assert zxingcpp.read_barcodes(document[i].render(scale=3).to_pil()) == []
    # The hosted guide does show codes on the same pages (so this check can fail).
    hosted = pdfium.PdfDocument(guide_pdf(lang="en"))
    assert zxingcpp.read_barcodes(hosted[0].render(scale=3).to_pil()) != []


def test_session_option_and_errors(guide_pdf: Callable[..., bytes], workshop: PromptSet) -> None:
    text = " ".join(page_texts(guide_pdf(lang="en", session="quick-30")))
    assert "A 30-minute version" in text and "Remote" in text
    assert flat(output_text("en", NOT_REMOTE)) not in text  # both prompts are remote-friendly
    with pytest.raises(KitgenError, match="no session 'quick-3'; did you mean 'quick-30'"):
        render_guide_pdf(workshop, "en", GuideOptions(session_id="quick-3"))
    with pytest.raises(KitgenError, match="written in fr, en, not 'de'"):
        render_guide_pdf(workshop, "de", GuideOptions())
    with pytest.raises(ValueError, match="not a time of day"):
        render_guide_pdf(workshop, "en", GuideOptions(start="25:00"))


def test_letter_paper_and_determinism(guide_pdf: Callable[..., bytes]) -> None:
    letter = pypdf.PdfReader(io.BytesIO(guide_pdf(lang="en", paper="letter")))
    box = letter.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    a4 = pypdf.PdfReader(io.BytesIO(guide_pdf(lang="en")))
    assert round(float(a4.pages[0].mediabox.height)) == 842
    fresh = load_set(GUIDE_SET, docs_dir=None)  # not the cached fixture: really deterministic
    again = render_guide_pdf(fresh, "en", GuideOptions(paper="letter", start="08:30", links=HOSTED))
    assert again == guide_pdf(lang="en", paper="letter")


def test_french_lines_never_start_with_high_punctuation(guide_pdf: Callable[..., bytes]) -> None:
    # Typeset text keeps "?" ":" ";" "!" with the word before (narrow no-break space).
    lines = [line for page in page_lines(guide_pdf(lang="fr")) for line in page]
    assert any(line.endswith("rôle ?") for line in lines)
    assert not [line for line in lines if line[:1] in "?:;!»"]


def test_hostile_text_is_printed_literally(write_set: Callable[..., Path]) -> None:
    hostile = '#set page(width: 1cm) *bold* $x$ <script>alert(1)</script> \\ ] ) "'

    def edit(data: dict) -> None:  # type: ignore[type-arg]
        data["sessions"][0]["steps"][0]["instructions"] = {"fr": hostile, "en": hostile}

    pdf = render_guide_pdf(load_set(write_set(edit), docs_dir=None), "en", GuideOptions())
    assert flat(hostile) in " ".join(page_texts(pdf))

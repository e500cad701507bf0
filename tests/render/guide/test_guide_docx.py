"""The editable guide (.docx) read back with python-docx: same sections, plain text, stable."""

from __future__ import annotations

import io
import subprocess
import sys

import docx

from kitgen.model import PromptSet
from kitgen.render.guide import GuideOptions, render_guide_docx


def _text(data: bytes) -> tuple[list[tuple[str, str]], list[list[list[str]]], str]:
    document = docx.Document(io.BytesIO(data))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return paragraphs, tables, document.core_properties.language


def test_docx_holds_the_guide_as_editable_text(workshop: PromptSet) -> None:
    paragraphs, tables, lang = _text(render_guide_docx(workshop, "fr", GuideOptions()))
    assert lang == "fr"
    styles = {style for style, _ in paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet"} <= styles
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings[:2] == ["Objectifs", "Avant la séance"] or "Déroulé" in headings
    agenda = tables[0]
    session = workshop.sessions[0]
    assert len(agenda) == 1 + len(session.steps) + 1  # header, one row per step, total
    assert agenda[1][1].startswith("0:00–") and agenda[-1][2] == str(session.minutes)
    everything = " ".join(t for _, t in paragraphs) + str(tables)
    assert "\\" not in everything  # no Markdown escapes such as 08\\:30
    assert any(text.startswith("☐ ") for _, text in paragraphs)
    for step in session.steps:
        assert step.title.get_text("fr") in everything


def test_docx_is_the_same_bytes_every_time(workshop: PromptSet) -> None:
    options = GuideOptions(start="08:30")
    assert render_guide_docx(workshop, "en", options) == render_guide_docx(workshop, "en", options)


def test_the_guide_package_loads_python_docx_only_for_a_docx_guide() -> None:
    """A site build's jobs import the guide renderers for PDF and Markdown: python-docx (a
    large import) waits until a .docx is asked for."""
    script = (
        "import sys\n"
        "import kitgen.render.guide as guide\n"
        "assert 'docx' not in sys.modules, 'docx loaded eagerly'\n"
        "assert 'kitgen.render.guide.docx' not in sys.modules\n"
        "print('lazy')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert (done.returncode, done.stdout) == (0, "lazy\n"), done.stderr

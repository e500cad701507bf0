"""The guide's MyST page: parses without warnings, says what the PDF says, escapes everything."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docutils.core
import pytest
from docutils import nodes
from guide_helpers import GUIDE_SET, flat, page_texts
from myst_parser.parsers.docutils_ import Parser

from kitgen.load import load_set
from kitgen.markdown import escape
from kitgen.model import PromptSet
from kitgen.render.guide import (
    GuideOptions,
    GuideSource,
    build_guide,
    render_guide_markdown,
)

HOSTILE = [
    "<script>alert(1)</script>",
    "{role}`x` and {eval-rst}`y`",
    "**not bold** and *not italic* and __no__",
    "[a link](https://evil.example) ![img](x.png)",
    "% not a comment",
    "# not a heading",
    "1. not a list",
    "- not a list either",
    "| not | a | table |",
    "$not math$ and $$more$$",
    ":::{note}\nnot a directive\n:::",
    "```{raw} html\n<b>raw</b>\n```",
    "(target)= and [^1] and {{ substitution }}",
    "&lt; stays &amp; as typed \\ backslash",
    "    indented code",
    "<div>block html</div>",
]


def parse(markdown: str) -> tuple[nodes.document, str]:
    """The docutils tree of a MyST page and every warning the parser printed."""
    warnings = io.StringIO()
    tree = docutils.core.publish_doctree(
        markdown,
        parser=Parser(),
        settings_overrides={"warning_stream": warnings, "report_level": 1, "halt_level": 5},
    )
    return tree, warnings.getvalue()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("session", ["workshop-60", "quick-30"])
def test_page_parses_without_warnings(workshop: PromptSet, lang: str, session: str) -> None:
    markdown = render_guide_markdown(workshop, lang, GuideOptions(session, start="08:30"))
    tree, warnings = parse(markdown)
    assert warnings == ""
    assert not list(tree.findall(nodes.system_message))
    assert not list(tree.findall(nodes.raw))


def test_page_and_pdf_say_the_same_things(
    workshop: PromptSet, guide_pdf: Callable[..., bytes]
) -> None:
    document = build_guide(GuideSource.from_set(workshop), "en", start="08:30")
    tree, _ = parse(render_guide_markdown(workshop, "en", GuideOptions(start="08:30")))
    web = flat(tree.astext())
    printed = " ".join(page_texts(guide_pdf(lang="en")))
    texts = [document.title, document.purpose, *document.materials, *document.debrief]
    for step in document.steps:
        texts += [step.title, step.instructions, f"{step.start}–{step.end}"]
        for prompt in step.prompts:
            texts += [prompt.text, *prompt.follow_ups, *prompt.hints]
            texts += [prompt.note] if prompt.note else []
    for risk in document.risks:
        texts += [risk.risk, risk.mitigation]
    for text in texts:
        assert flat(text) in web, text
        assert flat(text) in printed, text


def test_agenda_is_a_table_with_start_times(workshop: PromptSet) -> None:
    tree, _ = parse(render_guide_markdown(workshop, "en", GuideOptions(start="08:30")))
    tables = list(tree.findall(nodes.table))
    agenda = tables[0]
    rows = [[flat(e.astext()) for e in r.findall(nodes.entry)] for r in agenda.findall(nodes.row)]
    assert rows[0] == ["#", "Time", "Min", "Step", "Method"]
    assert rows[1] == ["1", "08:30–08:38", "8", "Opening", "In pairs"]
    assert rows[5] == ["5", "09:20–09:30", "10", "Closing", "Round"]
    assert rows[6][2] == "60"
    actions = tables[-1]
    assert [flat(e.astext()) for e in next(actions.findall(nodes.row)).findall(nodes.entry)] == [
        "What",
        "Who",
        "By when",
    ]


def test_hostile_text_stays_text(write_set: Callable[..., Path]) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        session = data["sessions"][0]
        for i, text in enumerate(HOSTILE):
            session["debrief"].append({"fr": text, "en": text})
            if i < 3:
                session["steps"][i]["instructions"] = {"fr": text, "en": text}
        session["title"] = {"fr": HOSTILE[0], "en": HOSTILE[0]}
        data["prompts"][0]["text"] = {"fr": HOSTILE[2], "en": HOSTILE[2]}
        data["prompts"][0]["note"] = {"fr": HOSTILE[1], "en": HOSTILE[1]}

    prompt_set = load_set(write_set(edit), docs_dir=None)
    markdown = render_guide_markdown(prompt_set, "en", GuideOptions())
    tree, warnings = parse(markdown)
    assert warnings == ""
    assert not list(tree.findall(nodes.raw))
    assert not list(tree.findall(nodes.literal))
    assert not list(tree.findall(nodes.literal_block))
    assert not list(tree.findall(nodes.math)) and not list(tree.findall(nodes.image))
    assert not list(tree.findall(nodes.footnote_reference))
    links = [ref.get("refuri", "") for ref in tree.findall(nodes.reference)]
    assert not any("evil" in link for link in links)
    # No author text became emphasis: the prompt (which the page sets in bold) stays whole.
    strong = [s.astext() for s in tree.findall(nodes.strong)]
    emphasis = [e.astext() for e in tree.findall(nodes.emphasis)]
    assert "not bold" not in strong and "not italic" not in emphasis and "no" not in strong
    assert HOSTILE[2] in strong
    assert tree.findall(nodes.title).__next__().astext() == HOSTILE[0]
    text = flat(tree.astext())
    for hostile in HOSTILE:
        assert flat(hostile) in text, hostile


@pytest.mark.parametrize("text", HOSTILE)
def test_escape_round_trips_any_text(text: str) -> None:
    tree, warnings = parse(f"Before {escape(text)} after")
    assert warnings == ""
    assert flat(tree.astext()) == flat(f"Before {text} after")


def test_markdown_is_deterministic() -> None:
    one = render_guide_markdown(load_set(GUIDE_SET, docs_dir=None), "fr", GuideOptions())
    two = render_guide_markdown(load_set(GUIDE_SET, docs_dir=None), "fr", GuideOptions())
    assert one == two

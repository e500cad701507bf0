"""Facilitator guides: one guide document (``content``), printed (``pdf``), as MyST text
(``markdown``) and editable in a word processor (``docx``), so they never diverge; the site
draws the same document as nodes (``kitgen.sphinx.guide_nodes``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kitgen.links import Links
from kitgen.model import PromptSet
from kitgen.model.source import GuideSource, SourcedPrompt
from kitgen.render.brand import BrandMark
from kitgen.render.guide.content import GuideDocument, build_guide, parse_clock
from kitgen.render.guide.markdown import render_markdown
from kitgen.render.guide.pdf import PAPERS, render_pdf

__all__ = [
    "PAPERS",
    "GuideDocument",
    "GuideOptions",
    "GuideSource",
    "SourcedPrompt",
    "build_guide",
    "parse_clock",
    "render_guide_docx",
    "render_guide_markdown",
    "render_guide_pdf",
    "render_source_docx",
    "render_source_markdown",
    "render_source_pdf",
]


@dataclass(frozen=True)
class GuideOptions:
    """Which session, on which paper, starting at what time of day, linking where."""

    #: The session to print; ``None`` for the set's first session.
    session_id: str | None = None
    paper: str = "a4"
    start: str = "0:00"
    #: Where links and QR codes may point (default: nowhere, so no address is printed).
    links: Links = field(default_factory=Links)
    #: The kit's brand, in the printed guide's header.
    brand: BrandMark = field(default_factory=BrandMark)


def render_source_pdf(source: GuideSource, lang: str, options: GuideOptions) -> bytes:
    """The printed guide of a resolved session (a set's session or a plan)."""
    document = build_guide(source, lang, start=options.start, links=options.links)
    return render_pdf(document, options.paper, options.brand)


def render_source_markdown(source: GuideSource, lang: str, options: GuideOptions) -> str:
    """The MyST page of a resolved session (a set's session or a plan)."""
    document = build_guide(source, lang, start=options.start, links=options.links)
    return render_markdown(document)


def render_guide_pdf(prompt_set: PromptSet, lang: str, options: GuideOptions) -> bytes:
    """The printed facilitator guide of one of the set's sessions."""
    return render_source_pdf(GuideSource.from_set(prompt_set, options.session_id), lang, options)


def render_guide_markdown(prompt_set: PromptSet, lang: str, options: GuideOptions) -> str:
    """The facilitator guide of one of the set's sessions as a MyST Markdown page."""
    return render_source_markdown(
        GuideSource.from_set(prompt_set, options.session_id), lang, options
    )


def render_source_docx(source: GuideSource, lang: str, options: GuideOptions) -> bytes:
    """The editable Word document of a resolved session (a set's session or a plan).

    python-docx loads here, where the format is chosen: a site build's jobs never need it.
    """
    from kitgen.render.guide.docx import render_docx

    return render_docx(build_guide(source, lang, start=options.start, links=options.links))


def render_guide_docx(prompt_set: PromptSet, lang: str, options: GuideOptions) -> bytes:
    """The facilitator guide of one of the set's sessions as an editable Word document."""
    return render_source_docx(GuideSource.from_set(prompt_set, options.session_id), lang, options)

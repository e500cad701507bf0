"""The units of work of a kit build, each run in a worker process.

A job names what it makes (a deck, a guide, a set's card images, a web deck, one language of the
site) and runs from plain data (paths and strings), so it can cross a process boundary.  It
returns what it wrote, or the located diagnostics that stopped it; it never raises
``KitgenError`` across the boundary (its diagnostics would not survive pickling).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from kitgen import catalog
from kitgen.atomic import write_if_changed
from kitgen.diagnostics import Diagnostic, KitgenError
from kitgen.links import Links
from kitgen.load import load_set
from kitgen.model import PromptSet
from kitgen.render.brand import BrandMark

#: Job kinds, in the order the progress display lists them.
KINDS = ("deck", "guide", "cards", "webdeck", "site")


@dataclass(frozen=True)
class Job:
    kind: str
    lang: str
    set_path: Path | None = None
    set_id: str = ""
    paper: str = ""
    layout: str = ""
    session_id: str = ""
    #: Settings from kitgen.toml the output depends on.
    links: Links = field(default_factory=Links)
    brand: BrandMark = field(default_factory=BrandMark)
    min_font_pt: float = 8.5
    #: Fingerprint of kitgen's code (site jobs: a change makes Sphinx read every page again).
    code: str = ""

    @property
    def key(self) -> str:
        """A stable name for the manifest."""
        parts = [self.kind, self.lang, self.set_id, self.session_id, self.paper, self.layout]
        return ":".join(p for p in parts if p)


@dataclass
class Outcome:
    job: Job
    #: Files made by the job, relative to the site root, whether rewritten or unchanged.
    outputs: list[str] = field(default_factory=list)
    #: How many of them were actually rewritten.
    written: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: Sphinx warnings, one per line (site jobs).
    warnings: list[str] = field(default_factory=list)


@functools.lru_cache(maxsize=16)
def _load(path: Path, mtime_ns: int) -> PromptSet:
    return load_set(path)


def load(path: Path) -> PromptSet:
    """A set, loaded once per worker process (and again if the file changes)."""
    return _load(path, path.stat().st_mtime_ns)


def run_job(job: Job, site: Path) -> Outcome:
    """Run ``job`` writing under ``site`` (the site root)."""
    outcome = Outcome(job)
    try:
        if job.kind == "deck":
            _deck(job, site, outcome)
        elif job.kind == "guide":
            _guide(job, site, outcome)
        elif job.kind == "cards":
            _cards(job, site, outcome)
        elif job.kind == "webdeck":
            _webdeck(job, site, outcome)
        else:
            raise ValueError(f"unknown job kind {job.kind!r}")
    except KitgenError as exc:
        outcome.diagnostics = exc.diagnostics
    return outcome


def _write(site: Path, relative: str, data: bytes | str, outcome: Outcome) -> None:
    outcome.outputs.append(relative)
    if write_if_changed(site / relative, data):
        outcome.written += 1


def _deck(job: Job, site: Path, outcome: Outcome) -> None:
    from kitgen.render.cards import DeckOptions, render_deck

    assert job.set_path is not None
    prompt_set = load(job.set_path)
    options = DeckOptions(
        paper=job.paper,
        layout=job.layout,
        min_font_pt=job.min_font_pt,
        base_url=job.links.base_url,
        brand=job.brand,
        instructions="first",
    )
    pdf = render_deck(prompt_set, job.lang, options)
    deck = catalog.DeckFile(prompt_set.id, job.lang, job.paper, job.layout)
    _write(site, deck.path, pdf, outcome)


def _guide(job: Job, site: Path, outcome: Outcome) -> None:
    from kitgen.render.guide import GuideOptions, render_guide_pdf

    assert job.set_path is not None
    prompt_set = load(job.set_path)
    options = GuideOptions(
        session_id=job.session_id, paper=job.paper, links=job.links, brand=job.brand
    )
    pdf = render_guide_pdf(prompt_set, job.lang, options)
    guide = catalog.GuideFile(prompt_set.id, job.session_id, job.lang, job.paper)
    _write(site, guide.path, pdf, outcome)


def _cards(job: Job, site: Path, outcome: Outcome) -> None:
    from kitgen.render.cards import DeckOptions, render_card_pngs

    assert job.set_path is not None
    prompt_set = load(job.set_path)
    folder = site / catalog.card_images_dir(job.lang, prompt_set.id)
    before = {p: p.stat().st_mtime_ns for p in folder.glob("*")} if folder.is_dir() else {}
    options = DeckOptions(min_font_pt=job.min_font_pt, base_url=job.links.base_url, brand=job.brand)
    ppi = catalog.preview_ppi(options.card_size.width)
    written = render_card_pngs(prompt_set, job.lang, options, folder, preview_ppi=ppi)
    files = sorted({*written, folder / "alt.json"})
    for path in files:
        outcome.outputs.append(path.relative_to(site).as_posix())
        if before.get(path) != path.stat().st_mtime_ns:
            outcome.written += 1


def _webdeck(job: Job, site: Path, outcome: Outcome) -> None:
    from kitgen.render.webdeck import render_webdeck

    assert job.set_path is not None
    prompt_set = load(job.set_path)
    for relative, data in sorted(
        render_webdeck(
            prompt_set, job.lang, job.links.base_url, brand_colour=job.brand.colour
        ).items()
    ):
        _write(site, relative, data, outcome)

"""``kitgen build``: every deck, guide, card image, web deck and both languages of the site.

The work is split into jobs run by a pool of worker processes (the decks and guides are
independent; each language of the site is one job).  Jobs whose inputs have not changed since
the last build are skipped, every file is written atomically and only when its bytes change, and
files of sets that are gone are deleted: a no-op build rewrites nothing.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import os
import time
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path

from kitgen import catalog, urls
from kitgen.atomic import remove_temporaries, write_if_changed
from kitgen.build.cache import cache_folder, legacy_cache, remove_legacy_cache
from kitgen.build.jobs import KINDS, Job, Outcome, run_job
from kitgen.build.loops import refuse_link_loops
from kitgen.build.manifest import (
    Entry,
    Manifest,
    code_fingerprint,
    job_fingerprint,
    refuse_foreign_folder,
    remove_stale,
    tree_fingerprints,
)
from kitgen.build.pools import JobPools, OneBuild
from kitgen.build.project import Project
from kitgen.build.redirect import redirect_html
from kitgen.build.root import index_html
from kitgen.build.site import build_language
from kitgen.config import as_mapping
from kitgen.diagnostics import Diagnostic, KitgenError, Location, error
from kitgen.i18n import cli_text
from kitgen.links import Links
from kitgen.load import duplicate_set_ids, find_sets, load, misnamed
from kitgen.model import PromptSet
from kitgen.render.brand import BrandMark
from kitgen.render.glyphs import glyph_warnings
from kitgen.sphinx.translations import untranslated
from kitgen.wording import quoted
from kitgen.workers import held_interrupts

#: Progress callback: (job kind, total of that kind) when starting; (kind, None) per job done.
Progress = Callable[[str, int | None], None]


class SiteWarnings(Exception):
    """The site built with warnings; a kit is only published without any."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        super().__init__("\n".join(lines))


@dataclass
class Report:
    site: Path
    jobs: int = 0
    skipped: int = 0
    written: int = 0
    removed: list[str] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    seconds: float = 0.0


def kit_links(project: Project, qr: bool | None = None) -> Links:
    """Where the kit's printed outputs may point: below ``base_url`` unless ``qr`` is False,
    to the pages this build makes (theme pages only where the docs have them)."""
    base_url = project.config.base_url if qr is not False else None
    return Links.for_kit(base_url, project.docs)


def plan_jobs(
    project: Project, sets: list[tuple[Path, PromptSet]], links: Links | None = None
) -> list[Job]:
    """Every job of the build: the two site builds first (the longest), then the kit files."""
    config = project.config
    links = links if links is not None else kit_links(project)
    brand = BrandMark.from_brand(config.brand)
    jobs = [Job("site", lang) for lang in project.languages]
    for path, prompt_set in sets:
        for lang in project.languages:
            if lang not in prompt_set.languages:
                continue
            base = Job(
                "",
                lang,
                set_path=path,
                set_id=prompt_set.id,
                links=links,
                brand=brand,
                min_font_pt=config.min_font_pt,
            )
            for deck in catalog.deck_files(prompt_set, lang):
                jobs.append(replace(base, kind="deck", paper=deck.paper, layout=deck.layout))
            for guide in catalog.guide_files(prompt_set, lang):
                jobs.append(
                    replace(base, kind="guide", paper=guide.paper, session_id=guide.session_id)
                )
            jobs.append(replace(base, kind="cards"))
            jobs.append(replace(base, kind="webdeck"))
    return jobs


def load_sets(project: Project) -> tuple[list[tuple[Path, PromptSet]], list[Diagnostic]]:
    """Every set of the project; all errors of all files at once, or the sets and warnings."""
    files = find_sets([project.prompts]) if project.prompts.is_dir() else []
    if not files:
        raise KitgenError(
            error(Location(project.prompts), cli_text("no prompt set (*.yaml) found"))
        )
    sets: list[tuple[Path, PromptSet]] = []
    problems: list[Diagnostic] = []
    warnings: list[Diagnostic] = []
    for path in files:
        result = load(path)
        warnings += result.warnings
        if result.prompt_set is None:
            problems += result.errors or result.diagnostics
        elif wrong := misnamed(path, result.prompt_set):
            problems.append(wrong)
        elif missing := missing_languages(project, result.prompt_set):
            problems.append(missing)
        else:
            sets.append((path, result.prompt_set))
            warnings += glyph_warnings(result.prompt_set)  # never a silent blank
    problems += duplicate_set_ids(s for _, s in sets)  # a.yaml and a.yml: one set's names
    if problems:
        raise KitgenError(problems)
    return sets, warnings


def missing_languages(project: Project, prompt_set: PromptSet) -> Diagnostic | None:
    """A set must carry every language of the kit (it may carry more)."""
    missing = [lang for lang in project.languages if lang not in prompt_set.languages]
    if not missing:
        return None
    origin = prompt_set.origin
    location = origin.locate(("languages",)) if origin is not None else Location(project.prompts)
    return error(
        location,
        cli_text(
            "set {id} has no {missing} text, but the kit is written in {languages} "
            "(kitgen.toml): add {missing} to its languages and translate it",
            id=quoted(prompt_set.id),
            missing=", ".join(missing),
            languages=", ".join(project.languages),
        ),
    )


def check_translations(project: Project) -> None:
    """Fail when a page or a label exists in one language and not in another."""
    gaps = untranslated(project.docs, project.languages)
    if gaps:
        raise KitgenError(
            [error(Location(project.docs / g.lang / g.page), g.message()) for g in gaps]
        )


def site_inputs(project: Project) -> dict[str, str]:
    """Digest, per language, of what its site is made from: the settings (and the logo's
    bytes), the docs but the other languages' folders (not the generated set pages either, which
    follow from the sets) and the prompt sets.  A page edited in one language reruns that
    language only: the pages of every language match (:func:`check_translations` runs first)."""
    generated = {project.source(lang) / urls.SETS_DIR for lang in project.languages}

    def skip(path: Path) -> bool:
        return (
            any(folder in path.parents for folder in generated)
            or "_build" in path.parts
            or path.suffix == ".mo"  # compiled by Sphinx from the .po beside it
        )

    def outside(others: set[Path]) -> Callable[[Path], bool]:
        return lambda path: not any(folder in path.parents for folder in others)

    views = {
        lang: outside({project.source(other) for other in project.languages if other != lang})
        for lang in project.languages
    }
    settings = repr(sorted(as_mapping(project.config).items()))
    logo = project.config.brand.logo  # the settings name it; the site shows its bytes
    if logo is not None and logo.is_file():
        settings += hashlib.sha256(logo.read_bytes()).hexdigest()
    trees = tree_fingerprints([project.docs, project.prompts], skip, views)
    return {lang: settings + tree for lang, tree in trees.items()}


def described(job: Job, project: Project) -> str:
    """The job as its fingerprint sees it: its set file named relative to the kit, so a kit
    moved or copied elsewhere (with its cache) skips what is done."""
    path = job.set_path
    if path is not None and path.is_relative_to(project.root):
        path = path.relative_to(project.root)
    return repr(replace(job, set_path=path))


def root_page(project: Project) -> str:
    """The site root: the language chooser, or the home page's address for one language."""
    if len(project.languages) == 1:
        lang = project.languages[0]
        return redirect_html(lang, project.config.title_for(lang))
    return index_html(
        project.languages,
        {lang: project.config.title_for(lang) for lang in project.languages},
        has_pages=project.has_docs,
    )


def _run(job: Job, site: Path, project: Project, cache: Path) -> Outcome:
    if job.kind == "site":
        return build_language(job, site, project, cache)
    return run_job(job, site)


def _os_error(exc: BaseException) -> OSError | None:
    """The operating system's error behind ``exc``, also when Sphinx wrapped it (an
    ``ExtensionError`` keeps it as ``orig_exc``) or it came back from a worker."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, OSError):
            return item
        todo += [item.__cause__, item.__context__, getattr(item, "orig_exc", None), *item.args]
    return None


def _outcome(future: Future[Outcome], job: Job, site: Path) -> Outcome:
    """The job's outcome; a worker that died or a renderer that crashed as one clear error."""
    try:
        return future.result()
    except BrokenProcessPool as exc:
        # A worker was killed (out of memory, or by hand): one line, no traceback.
        message = cli_text(
            "a worker process ended before the {job} job was done (killed, or out of "
            "memory?); nothing was lost, build again",
            job=job.key,
        )
        raise KitgenError(error(Location(site), message)) from exc
    except Exception as exc:
        system = _os_error(exc)
        if system is not None:  # a full disk, a read-only folder: one line (the CLI)
            raise system from exc
        # A renderer crashed (a bug, not bad input): stop, and say which job it was.
        raise RuntimeError(f"kitgen build: the {job.key} job failed: {exc}") from exc


def build_kit(
    project: Project,
    site: Path,
    *,
    progress: Progress | None = None,
    workers: int | None = None,
    force: bool = False,
    qr: bool | None = None,
    pools: JobPools | None = None,
) -> Report:
    """Build the whole kit into ``site``; raise ``KitgenError`` or ``SiteWarnings`` on failure.

    A folder holding files kitgen build did not make is refused unless ``force``.
    ``qr``: print QR codes and addresses (default: when the kit has a ``base_url``).
    ``pools``: where the jobs run (default: a pool of ``workers`` processes for this build).
    """
    started = time.perf_counter()
    cache = cache_folder(project.root, site)
    refuse_foreign_folder(site, cache, force=force)
    refuse_link_loops([project.source(lang) for lang in project.languages])
    site = site.resolve()
    report = Report(site)
    check_translations(project)
    sets, report.warnings = load_sets(project)
    code = code_fingerprint()
    jobs = [
        replace(j, code=code) if j.kind == "site" else j
        for j in plan_jobs(project, sets, kit_links(project, qr))
    ]
    report.jobs = len(jobs)

    # An output an earlier kitgen built with its cache inside: its manifest is taken over.
    legacy = legacy_cache(site)
    manifest = Manifest.read(cache if legacy is None else legacy)
    for folder in (site, cache):  # left by a build that was killed (SIGKILL cannot clean up)
        remove_temporaries(folder)
    fresh = Manifest()
    to_run: list[tuple[Job, str]] = []
    inputs = site_inputs(project)
    for job in jobs:
        if job.kind == "site":
            fingerprint = job_fingerprint(code + inputs[job.lang], repr(job), None)
        else:
            fingerprint = job_fingerprint(code, described(job, project), job.set_path)
        if manifest.is_fresh(job.key, fingerprint, site):
            fresh.jobs[job.key] = manifest.jobs[job.key]
            report.skipped += 1
        else:
            to_run.append((job, fingerprint))

    counts = {kind: sum(1 for j in jobs if j.kind == kind) for kind in KINDS}
    diagnostics: list[Diagnostic] = []
    site_warnings: list[str] = []
    workers = workers or max(1, min(len(to_run), os.cpu_count() or 1))
    if progress is not None:
        for kind in KINDS:
            if counts[kind]:
                progress(kind, counts[kind])
        for job in jobs:
            if job.key in fresh.jobs:
                progress(job.kind, None)
    with pools or OneBuild(workers) as runner:
        for stage in runner.stages(to_run):
            with held_interrupts():  # a Ctrl-C while workers start: no traceback from them
                futures: dict[Future[Outcome], tuple[Job, str]] = {
                    runner.executor(job).submit(_run, job, site, project, cache): (job, fp)
                    for job, fp in stage
                }
            for future in concurrent.futures.as_completed(futures):
                job, fingerprint = futures[future]
                outcome = _outcome(future, job, site)
                if progress is not None:
                    progress(job.kind, None)
                diagnostics += outcome.diagnostics
                site_warnings += outcome.warnings
                report.written += outcome.written
                if not outcome.diagnostics:
                    # A site built with warnings made its files but must run again next time.
                    done = fingerprint if not outcome.warnings else ""
                    fresh.jobs[job.key] = Entry(done, outcome.outputs)

    write_if_changed(site / "index.html", root_page(project))
    write_if_changed(site / ".nojekyll", b"")
    if diagnostics or site_warnings:
        # Keep what failed jobs made last time; they run again next time.
        for key, entry in manifest.jobs.items():
            if key not in fresh.jobs:
                fresh.jobs[key] = Entry("", entry.outputs)
    report.removed = remove_stale(site, manifest.outputs(), fresh.outputs())
    fresh.write(cache)
    remove_legacy_cache(site)  # the new cache holds the manifest now
    report.seconds = time.perf_counter() - started
    if diagnostics:
        raise KitgenError(sorted(set(diagnostics)))
    if site_warnings:
        raise SiteWarnings(site_warnings)
    return report

"""One language of the knowledge base, built with Sphinx's Python API.

Each language runs in its own worker process: Sphinx keeps its interface translations in
module-level state, so two languages built in one process would share them.  The build is
strict (nitpicky, every warning fails it) and keeps going to report all warnings at once.

Sphinx writes into a staging folder kept beside the site (``.kitgen/html/<lang>``, so its own
incremental rebuilds still work); the files are then published into ``<site>/<lang>`` through
:func:`kitgen.atomic.write_if_changed`: atomically, and only those whose bytes changed (Sphinx
rewrites its search index and static files on every run).  The published files are the job's
outputs in the build manifest, so pages that disappear are deleted from the site.
"""

from __future__ import annotations

import io
import posixpath
import shutil
from pathlib import Path

from kitgen.atomic import write_if_changed
from kitgen.build.jobs import Job, Outcome
from kitgen.build.project import Project

#: Folders of a language's output that belong to the kit, not to Sphinx.
KIT_FOLDERS = ("downloads", "cards", "deck")
#: Files of Sphinx's output that are not part of the site.
SKIPPED_FILES = frozenset({".buildinfo"})
#: Pages Sphinx writes that are not documents.
SPECIAL_PAGES = frozenset({"search", "genindex", "py-modindex"})


def doctrees(site: Path, lang: str) -> Path:
    """Sphinx's cache for a language, kept beside the site (not deployed)."""
    return site / ".kitgen" / "doctrees" / lang


def staging(site: Path, lang: str) -> Path:
    """Where Sphinx writes a language (not deployed): it writes in place, and rewrites some
    files on every build, so its output reaches the site through :func:`publish`."""
    return site / ".kitgen" / "html" / lang


def build_language(job: Job, site: Path, project: Project) -> Outcome:
    """Build ``docs/<lang>`` into ``<site>/<lang>`` and report Sphinx's warnings."""
    from sphinx.application import Sphinx
    from sphinx.locale import translators
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    lang = job.lang
    docs = project.docs
    config = project.config
    # The kit's settings come from kitgen.toml, not from docs/conf.py.
    overrides: dict[str, object] = {
        "language": lang,
        "nitpicky": True,
        "kitgen_languages": list(config.languages),
    }
    if config.title or config.titles:
        overrides["kitgen_titles"] = {code: config.title_for(code) for code in config.languages}
    warnings = io.StringIO()
    translators.clear()  # never inherit another language's interface strings
    # Sphinx re-reads pages when sources or settings change, not when the code of the
    # extension that renders them does: a new kitgen means a fresh environment.
    stamp = doctrees(site, lang) / "kitgen-code.txt"
    fresh = bool(job.code) and (
        not stamp.is_file() or stamp.read_text(encoding="utf-8") != job.code
    )
    # Until this run finishes: one killed after Sphinx saved its environment but before it
    # wrote the pages would leave pages Sphinx believes current; the next run starts fresh.
    stamp.unlink(missing_ok=True)
    with patch_docutils(docs), docutils_namespace():
        app = Sphinx(
            srcdir=docs / lang,
            confdir=docs,
            outdir=staging(site, lang),
            doctreedir=doctrees(site, lang),
            buildername="html",
            confoverrides=overrides,
            status=None,
            warning=warnings,
            freshenv=fresh,
            warningiserror=False,
            parallel=0,
        )
        app.build()
        found = set(app.env.found_docs)
    outcome = Outcome(job)
    outcome.warnings = [line for line in warnings.getvalue().splitlines() if line.strip()]
    if outcome.warnings:
        # Sphinx only warns about the pages it reads; an incremental run after this one would
        # skip the faulty pages and pass.  Forget the environment so the next run reads all.
        shutil.rmtree(doctrees(site, lang), ignore_errors=True)
    elif job.code:
        write_if_changed(stamp, job.code)
    remove_stale_pages(staging(site, lang), found)
    outcome.outputs, outcome.written = publish(staging(site, lang), site, lang)
    return outcome


def publish(built: Path, site: Path, lang: str) -> tuple[list[str], int]:
    """Copy Sphinx's output into ``<site>/<lang>``, each file atomically and only when its
    bytes change: a killed build leaves no half page, a no-op build rewrites nothing.

    Returns the published paths (relative to the site root) and how many were rewritten.
    """
    outputs: list[str] = []
    written = 0
    for path in sorted(built.rglob("*")):
        if not path.is_file() or path.name in SKIPPED_FILES:
            continue
        relative = f"{lang}/{path.relative_to(built).as_posix()}"
        outputs.append(relative)
        written += write_if_changed(site / relative, path.read_bytes())
    return outputs, written


def remove_stale_pages(outdir: Path, docnames: set[str]) -> list[Path]:
    """Delete HTML pages of documents that no longer exist (Sphinx leaves them behind)."""
    removed = []
    for page in sorted(outdir.rglob("*.html")):
        relative = page.relative_to(outdir).as_posix()
        top = relative.split("/", 1)[0]
        if top in KIT_FOLDERS or top.startswith("_"):
            continue
        docname = posixpath.splitext(relative)[0]
        if docname in docnames or docname in SPECIAL_PAGES:
            continue
        page.unlink()
        removed.append(page)
    return removed

"""One language of the knowledge base, built with Sphinx's Python API.

Each language runs in its own worker process: Sphinx keeps its interface translations in
module-level state, so two languages built in one process would share them.  The build is
strict (nitpicky, every warning fails it) and keeps going to report all warnings at once.

Sphinx writes into a staging folder in the build's cache (``<cache>/html/<lang>``, see
:mod:`kitgen.build.cache`, so its own incremental rebuilds still work); the files are then
published into ``<site>/<lang>`` through
:func:`kitgen.atomic.write_if_changed`: atomically, and only those whose bytes changed (Sphinx
rewrites its search index and static files on every run).  The published files are the job's
outputs in the build manifest, so pages that disappear are deleted from the site.
"""

from __future__ import annotations

import io
import posixpath
import re
import shutil
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kitgen import names
from kitgen.atomic import write_if_changed
from kitgen.build.jobs import Job, Outcome
from kitgen.build.project import Project
from kitgen.sphinx.settings import site_settings

if TYPE_CHECKING:
    from sphinx.application import Sphinx

#: Folders of a language's output that belong to the kit, not to Sphinx.
KIT_FOLDERS = names.KIT_FOLDERS
#: Files of Sphinx's output that are not part of the site: its build record, and the copy of
#: the previous one it keeps when a setting changed.
SKIPPED_FILES = frozenset({".buildinfo", ".buildinfo.bak"})
#: Pages Sphinx writes that are not documents.
SPECIAL_PAGES = frozenset(names.SPHINX_PAGES)

#: Colour codes Sphinx puts around a warning (``ESC[91m`` ... ``ESC[39;49;00m``).
_SGR = re.compile(r"\x1b\[[0-9;]*m")


def doctrees(cache: Path, lang: str) -> Path:
    """Sphinx's environment and doctrees for a language, in the build's cache."""
    return cache / "doctrees" / lang


def staging(cache: Path, lang: str) -> Path:
    """Where Sphinx writes a language (in the build's cache): it writes in place, and rewrites
    some files on every build, so its output reaches the site through :func:`publish`."""
    return cache / "html" / lang


def sources(cache: Path, lang: str) -> Path:
    """The generated source folder of a language the kit has no ``docs/<lang>/`` for (in the
    build's cache): its home, printing and set pages are all generated there."""
    return cache / "src" / lang


def source_folder(project: Project, cache: Path, lang: str) -> tuple[Path, bool]:
    """Where a language's pages are read from, and whether kitgen generates its home page."""
    own = project.source(lang)
    if own.is_dir():
        return own, False
    return sources(cache, lang), True


def sphinx_app(
    project: Project,
    lang: str,
    srcdir: Path,
    outdir: Path,
    doctreedir: Path,
    warning: IO[str],
    *,
    fresh: bool = False,
    kit_pages: bool = False,
) -> Sphinx:
    """The Sphinx application of one language: kitgen's configuration, the kit's
    ``docs/conf.py`` over it when there is one, the kit's settings from ``kitgen.toml``."""
    from sphinx.application import Sphinx

    settings = site_settings(project.config, project.prompts, project.docs / "conf.py")
    settings.update(language=lang, nitpicky=True, kitgen_kit_pages=kit_pages)
    srcdir.mkdir(parents=True, exist_ok=True)
    return Sphinx(
        srcdir=srcdir,
        confdir=None,
        outdir=outdir,
        doctreedir=doctreedir,
        buildername="html",
        confoverrides=settings,
        status=None,
        warning=warning,
        freshenv=fresh,
        warningiserror=False,
        parallel=0,
    )


def build_language(job: Job, site: Path, project: Project, cache: Path) -> Outcome:
    """Build a language of the site into ``<site>/<lang>`` (Sphinx working in ``cache``) and
    report Sphinx's warnings."""
    from sphinx.locale import translators
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    lang = job.lang
    srcdir, kit_pages = source_folder(project, cache, lang)
    warnings = io.StringIO()
    translators.clear()  # never inherit another language's interface strings
    # Sphinx re-reads pages when sources or settings change, not when the code of the
    # extension that renders them does: a new kitgen means a fresh environment.
    stamp = doctrees(cache, lang) / "kitgen-code.txt"
    fresh = bool(job.code) and (
        not stamp.is_file() or stamp.read_text(encoding="utf-8") != job.code
    )
    # Until this run finishes: one killed after Sphinx saved its environment but before it
    # wrote the pages would leave pages Sphinx believes current; the next run starts fresh.
    stamp.unlink(missing_ok=True)
    with patch_docutils(project.docs), docutils_namespace():
        app = sphinx_app(
            project,
            lang,
            srcdir,
            staging(cache, lang),
            doctrees(cache, lang),
            warnings,
            fresh=fresh,
            kit_pages=kit_pages,
        )
        app.build()
        found = set(app.env.found_docs)
    outcome = Outcome(job)
    # Sphinx colours its warnings as a library; the command prints them plain (and escaped).
    plain = _SGR.sub("", warnings.getvalue())
    outcome.warnings = [line for line in plain.splitlines() if line.strip()]
    if outcome.warnings:
        # Sphinx only warns about the pages it reads; an incremental run after this one would
        # skip the faulty pages and pass.  Forget the environment so the next run reads all.
        shutil.rmtree(doctrees(cache, lang), ignore_errors=True)
    elif job.code:
        write_if_changed(stamp, job.code)
    remove_stale_pages(staging(cache, lang), found)
    outcome.outputs, outcome.written = publish(staging(cache, lang), site, lang)
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

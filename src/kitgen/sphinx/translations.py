"""No page left untranslated: every language folder holds the same pages with the same labels.

Parallel sources (``docs/fr/x.md`` beside ``docs/en/x.md``) drift silently: a page added in one
language only, or a section label renamed on one side, breaks the language switch and the
cross-references of the other.  This check compares the folders; the site build and the tests
run it, and each Sphinx build reports what concerns its own language as located warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # kitgen build runs the check without loading Sphinx
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

SOURCE_SUFFIXES = (".md", ".rst")
#: Folders of a language folder that hold no hand-written page (``sets`` is generated from the
#: prompt sets, in every language each set has).
IGNORED_PARTS = frozenset({"_build", "_static", "_templates", "_figures", "sets"})
#: MyST label lines: ``(name)=`` alone on a line (outside code blocks).
_LABEL = re.compile(r"^\((?P<name>[^)\s]+)\)=\s*$")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


@dataclass(frozen=True, order=True)
class Gap:
    """Page ``page`` (path relative to the language folder) exists in ``lang`` but ``detail``."""

    lang: str
    page: str
    missing_in: str
    label: str = ""

    def message(self) -> str:
        if self.label:
            return (
                f"label {self.label!r} of {self.lang}/{self.page} is missing from "
                f"{self.missing_in}/{self.page}: keep the same labels in every language"
            )
        return (
            f"page {self.lang}/{self.page} has no {self.missing_in} version: add "
            f"{self.missing_in}/{self.page} (every page exists in every language)"
        )


def pages(folder: Path) -> set[str]:
    """Source pages of a language folder, as paths relative to it (POSIX separators)."""
    found: set[str] = set()
    if not folder.is_dir():
        return found
    for path in folder.rglob("*"):
        if path.suffix not in SOURCE_SUFFIXES or not path.is_file():
            continue
        relative = path.relative_to(folder)
        if IGNORED_PARTS.intersection(relative.parts) or any(
            part.startswith(".") for part in relative.parts
        ):
            continue
        found.add(relative.as_posix())
    return found


def labels(path: Path) -> set[str]:
    """The explicit MyST labels ``(name)=`` of a page, ignoring fenced code."""
    found: set[str] = set()
    fence: str | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        opening = _FENCE.match(line)
        if opening:
            marker = opening.group(1)
            if fence is None:
                fence = marker
            elif marker.startswith(fence[0]) and len(marker) >= len(fence):
                fence = None
            continue
        if fence is None:
            match = _LABEL.match(line)
            if match:
                found.add(match.group("name").lower())
    return found


def untranslated(docs_dir: Path, languages: Sequence[str]) -> list[Gap]:
    """Every page or label present in one language folder and missing from another."""
    by_lang = {lang: pages(docs_dir / lang) for lang in languages}
    gaps: list[Gap] = []
    for lang in languages:
        for other in languages:
            if other == lang:
                continue
            for page in sorted(by_lang[lang] - by_lang[other]):
                gaps.append(Gap(lang, page, other))
            for page in sorted(by_lang[lang] & by_lang[other]):
                mine = labels(docs_dir / lang / page)
                theirs = labels(docs_dir / other / page)
                gaps += [Gap(lang, page, other, label) for label in sorted(mine - theirs)]
    return sorted(gaps)


def check_language(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn, on this language's pages, about pages and labels the other languages lack."""
    from sphinx.util import logging

    from kitgen.sphinx.sets import WARNING_TYPE

    logger = logging.getLogger(__name__)
    srcdir = Path(app.srcdir)
    lang = srcdir.name
    languages: Iterable[str] = app.config.kitgen_languages
    if lang not in languages or app.config.kitgen_kit_pages:
        return  # generated sources (no docs/<lang>/) are the same pages in every language
    for gap in untranslated(srcdir.parent, list(languages)):
        if gap.lang != lang:
            continue
        docname = gap.page.rsplit(".", 1)[0]
        logger.warning(
            gap.message(),
            type=WARNING_TYPE,
            subtype="untranslated",
            location=docname if docname in env.found_docs else None,
        )

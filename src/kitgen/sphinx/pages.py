"""Pages generated from ``prompts/`` at ``builder-inited``: the prompt index, one page per set
and one per session guide, under ``<language source>/sets/``.

The pages hold headings and directives, never an author's text unescaped (set titles are
escaped character by character); the directives read the YAML when the page is read.  A page is
written only when its content changes, so a no-op build re-reads nothing, and pages of sets
that are gone are removed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

from kitgen import catalog, urls
from kitgen.atomic import write_if_changed
from kitgen.model import Level, PromptSet
from kitgen.render.typography import typeset
from kitgen.sphinx.base import set_label
from kitgen.sphinx.index import BUCKETS
from kitgen.sphinx.sets import WARNING_TYPE, load_cached, report, set_files
from kitgen.sphinx.words import enum_word, word

logger = logging.getLogger(__name__)

#: Folder of generated pages inside a language's source folder (see ``urls.set_page``).
SETS_DIR = urls.SETS_DIR
INDEX_LABEL = "kitgen-sets"
_PUNCT = re.compile(r"([!-/:-@\[-`{-~])")


def escape(text: str) -> str:
    """``text`` as literal Markdown on one line: every ASCII punctuation mark backslashed."""
    return _PUNCT.sub(r"\\\1", " ".join(text.split()))


def _comment(lang: str, path: Path) -> str:
    note = word(lang, "generated", path=f"prompts/{path.name}")
    return f"% {note}\n"


def set_docname(lang: str, set_id: str) -> str:
    """Docname of a set's page, derived from the site's URL scheme."""
    return urls.set_page(lang, set_id).removeprefix(f"{lang}/").removesuffix(".html")


def _words(lang: str) -> Callable[..., str]:
    def w(key: str, **values: object) -> str:
        return typeset(word(lang, key, **values), lang)

    return w


def index_page(sets: list[PromptSet], lang: str, prompts_dir: Path) -> str:
    w = _words(lang)
    entries = "\n".join(set_docname(lang, s.id).removeprefix(f"{SETS_DIR}/") for s in sets)
    out = [
        _comment(lang, prompts_dir / "*.yaml"),
        f"({INDEX_LABEL})=",
        f"# {escape(w('sets_title'))}",
        "",
        escape(w("sets_intro")),
        "",
        "```{toctree}",
        ":hidden:",
        "",
        entries,
        "```",
        "",
        f"## {escape(w('by_theme'))}",
        "",
        "```{kitgen-index} sets",
        "```",
        "",
        f"## {escape(w('by_level'))}",
        "",
        "::::{tab-set}",
    ]
    for level in Level:
        out += [
            f":::{{tab-item}} {escape(typeset(enum_word(lang, level), lang))}",
            f":sync: {level.value}",
            "",
            f"```{{kitgen-index}} level {level.value}",
            "```",
            ":::",
        ]
    out += [
        "::::",
        "",
        f"## {escape(w('by_duration'))}",
        "",
        f"### {escape(w('sessions_by_length'))}",
        "",
        "```{kitgen-index} sessions",
        "```",
        "",
        f"### {escape(w('prompts_by_length'))}",
        "",
        "::::{tab-set}",
    ]
    for name, _, _ in BUCKETS:
        out += [
            f":::{{tab-item}} {escape(w('bucket_' + name))}",
            f":sync: {name}",
            "",
            f"```{{kitgen-index}} minutes {name}",
            "```",
            ":::",
        ]
    out += ["::::", ""]
    return "\n".join(out)


def set_page(prompt_set: PromptSet, lang: str) -> str:
    w = _words(lang)
    sid = prompt_set.id
    assert prompt_set.origin is not None
    guides = "\n".join(f"{sid}/{s.id}" for s in prompt_set.sessions)
    out = [
        _comment(lang, prompt_set.origin.path),
        f"({set_label(sid)})=",
        f"# {escape(typeset(prompt_set.title.get_text(lang), lang))}",
        "",
        f"```{{kitgen-set-intro}} {sid}",
        "```",
        "",
        f"## {escape(w('set_downloads'))}",
        "",
        f"```{{kitgen-downloads}} {sid}",
        "```",
        "",
    ]
    if prompt_set.sessions:
        out += [
            f"## {escape(w('set_sessions'))}",
            "",
            "```{toctree}",
            ":hidden:",
            "",
            guides,
            "```",
            "",
            f"```{{kitgen-sessions}} {sid}",
            "```",
            "",
        ]
    out += [
        f"## {escape(w('set_cards'))}",
        "",
        f"```{{kitgen-prompts}} {sid}",
        ":targets:",
        ":no-intro:",
        "```",
        "",
        f"## {escape(w('set_previews'))}",
        "",
        escape(w("set_previews_intro")),
        "",
        f"```{{kitgen-previews}} {sid}",
        "```",
        "",
    ]
    return "\n".join(out)


def guide_page(prompt_set: PromptSet, session_id: str, lang: str) -> str:
    assert prompt_set.origin is not None
    return "\n".join(
        [
            _comment(lang, prompt_set.origin.path),
            f"```{{kitgen-guide}} {prompt_set.id} {session_id}",
            "```",
            "",
        ]
    )


def generate_pages(app: Sphinx) -> None:
    """Write the generated pages of this language and remove those of vanished sets."""
    if not app.config.kitgen_generate_pages:
        return
    lang = str(app.config.language)
    srcdir = Path(app.srcdir)
    sets: list[PromptSet] = []
    for path in set_files(app.config):
        result = load_cached(path)
        report(result)
        prompt_set = result.prompt_set
        if prompt_set is None or prompt_set.id != path.stem:
            continue
        if lang not in prompt_set.languages:
            logger.warning(
                "set %r has no %r text, so its page exists in %s only",
                prompt_set.id,
                lang,
                ", ".join(prompt_set.languages),
                type=WARNING_TYPE,
                subtype="untranslated",
                location=f"{path}:1:1",
            )
            continue
        sets.append(prompt_set)
    sets.sort(key=lambda s: typeset(s.title.get_text(lang), lang).casefold())
    pages: dict[Path, str] = {
        srcdir / SETS_DIR / "index.md": index_page(sets, lang, Path(app.config.kitgen_prompts_dir))
    }
    for prompt_set in sets:
        pages[srcdir / f"{set_docname(lang, prompt_set.id)}.md"] = set_page(prompt_set, lang)
        for session in prompt_set.sessions:
            docname = catalog.guide_page(prompt_set.id, session.id)
            pages[srcdir / f"{docname}.md"] = guide_page(prompt_set, session.id, lang)
    if app.config.kitgen_kit_pages:
        # No docs/ for this language: the kit's home page and printing page are generated too.
        from kitgen.sphinx.kitpages import PRINTING_DOC, home_page, printing_page

        title = app.config.kitgen_titles.get(lang) or str(app.config.project)
        pages[srcdir / "index.md"] = home_page(lang, title)
        pages[srcdir / f"{PRINTING_DOC}.md"] = printing_page(lang)
    written = [path for path, text in pages.items() if write_if_changed(path, text)]
    if written:
        logger.info("kitgen: %d generated page(s) updated", len(written))
    remove_stale(srcdir / SETS_DIR, set(pages))


def remove_stale(folder: Path, keep: set[Path]) -> None:
    """Delete generated pages that are no longer produced, then empty folders."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*.md")):
        if path not in keep:
            path.unlink()
    for sub in sorted((p for p in folder.rglob("*") if p.is_dir()), reverse=True):
        if not any(sub.iterdir()):
            sub.rmdir()

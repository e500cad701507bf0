"""The search index after a build that writes only some pages equals a clean build's.

Sphinx 9 rebuilds ``searchindex.js`` from the previous one and the pages it writes, with two
gaps: it reloads the previous index without its index entries (``indexentries``: the glossary's
terms), so the index lost every entry of the pages not written this time; and a word no page
holds any more stays in the index with an empty list of pages.  With Sphinx's public means only:
the pages holding index entries (the index domain's data) are written on every build, so Sphinx
indexes their entries again, in the order of a clean build (it writes pages sorted by name); and
once the build is done, the words of no page leave ``searchindex.js``, written again in Sphinx's
own serialization (the builder's ``indexer_format``) only when one was dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from kitgen.atomic import write_if_changed

#: The parts of the index mapping a word to its pages (one page number, or a list of them).
_WORD_KEYS = ("terms", "titleterms")


def pages_with_entries(env: BuildEnvironment) -> set[str]:
    """The pages that hold index entries: written on every build to keep them in the index."""
    entries = env.domains.index_domain.entries
    return {doc for doc, found in entries.items() if found and doc in env.found_docs}


def without_empty_words(data: dict[str, Any]) -> bool:
    """Drop from ``data`` (the index) the words whose list of pages is empty; whether any was."""
    dropped = False
    for key in _WORD_KEYS:
        words = data.get(key)
        if not isinstance(words, dict):
            continue
        for word in [word for word, docs in words.items() if docs == []]:
            del words[word]
            dropped = True
    return dropped


def drop_empty_words(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``: ``searchindex.js`` without the words no page holds any more."""
    builder = app.builder
    if exception is not None or getattr(builder, "indexer", None) is None:
        return
    index_format = getattr(builder, "indexer_format", None)
    name = getattr(builder, "searchindex_filename", None)
    if index_format is None or not isinstance(name, str):
        return
    path = Path(app.outdir) / name
    try:
        data = index_format.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(data, dict) and without_empty_words(data):
        write_if_changed(path, str(index_format.dumps(data)))

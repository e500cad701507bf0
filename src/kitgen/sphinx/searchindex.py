"""The search index after a build that writes only some pages equals a clean build's.

Sphinx 9 rebuilds ``searchindex.js`` from the previous one and the pages it writes, with two
gaps: it reloads the previous index without its index entries (``indexentries``: the glossary's
terms), and its environment, pickled before pages are written, never holds them; so the index
lost every entry of the pages not written this time.  And a word no page holds any more stays
in the index with an empty list of pages.  So kitgen keeps each page's entries in the build
cache (beside the doctrees), gives back those of the pages not written, in the order of a clean
build (by page name), and drops the words of no page, just before the index is written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from kitgen.atomic import write_if_changed

#: File in Sphinx's doctree folder (the build cache) with the entries of every indexed page.
ENTRIES_FILE = "kitgen-index-entries.json"

Entries = dict[str, list[tuple[str, str, str]]]


def _saved(path: Path) -> Entries:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(doc): [(str(e[0]), str(e[1]), str(e[2])) for e in entries if len(e) == 3]
        for doc, entries in data.items()
        if isinstance(entries, list)
    }


def complete_index(app: Sphinx) -> list[Any]:
    """``html-collect-pages`` (after the pages, before the search index): the saved entries
    of the pages not written, sorted; no word without pages; the entries saved for next time."""
    indexer = getattr(app.builder, "indexer", None)
    if indexer is None:
        return []
    indexed = indexer._titles  # the pages the index will list
    entries: Entries = indexer._index_entries
    path = Path(app.doctreedir) / ENTRIES_FILE
    for doc, saved in _saved(path).items():
        if doc in indexed and doc not in entries:
            entries[doc] = saved
    ordered = sorted((doc, e) for doc, e in entries.items() if doc in indexed)
    entries.clear()
    entries.update(ordered)
    for mapping in (indexer._mapping, indexer._title_mapping):
        for word in [word for word, docs in mapping.items() if not docs]:
            del mapping[word]
    write_if_changed(path, json.dumps(entries, ensure_ascii=False, sort_keys=True) + "\n")
    return []

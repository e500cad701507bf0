"""Write every page again when what pages show of each other changed: incremental equals clean.

Sphinx re-reads only the pages whose sources changed, and writes only those (and the page whose
toctree lists them).  But a page's HTML also shows what other pages hold: the navigation lists
every page's title and sections (a set renamed in its YAML file must be renamed in the menu of
the glossary and the handbook), and a cross-reference prints its target's title.  So the
environment's cross-page data (titles, tables of contents, toctrees, labels and terms) is noted
before reading; when reading changed it, every page is written again (reading, the costly part,
stays incremental).  When it did not, the pages Sphinx chose are enough, plus the pages holding
index entries, which the search index only keeps when they are written (kitgen.sphinx.searchindex).
"""

from __future__ import annotations

from collections.abc import Set

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from kitgen.sphinx.searchindex import pages_with_entries

#: Environment attribute holding the snapshot between ``env-get-outdated`` and ``env-updated``
#: (removed again before Sphinx pickles the environment).
BEFORE = "kitgen_cross_page_before"
#: Standard-domain data other pages print: section labels, glossary terms, objects.
_STD_KEYS = ("labels", "anonlabels", "objects")


def cross_page(env: BuildEnvironment) -> str:
    """What a page can show of the others, as text: equal text, equal pages."""
    std = env.domaindata.get("std", {})
    parts = [
        repr(sorted(env.all_docs)),
        repr(sorted((doc, str(title)) for doc, title in env.titles.items())),
        repr(sorted((doc, str(toc)) for doc, toc in env.tocs.items())),
        repr(sorted((doc, list(docs)) for doc, docs in env.toctree_includes.items())),
        *(repr(sorted(std.get(key, {}).items())) for key in _STD_KEYS),
    ]
    return "\n".join(parts)


def note_before(
    app: Sphinx, env: BuildEnvironment, added: Set[str], changed: Set[str], removed: Set[str]
) -> list[str]:
    """``env-get-outdated``: note the cross-page data before any page is read again."""
    setattr(env, BEFORE, cross_page(env))
    return []


def pages_to_write(app: Sphinx, env: BuildEnvironment) -> list[str]:
    """``env-updated``: every page when the cross-page data changed, else the pages holding
    index entries (the one handler: Sphinx writes the union of what its handlers return)."""
    before = getattr(env, BEFORE, None)
    if hasattr(env, BEFORE):
        delattr(env, BEFORE)
    if before is not None and before == cross_page(env):
        return sorted(pages_with_entries(env))
    return sorted(env.found_docs)

"""Re-read the pages that list the sets when a set file is added or removed.

A page reading a set notes its file as a dependency, so an edited or deleted set re-reads it;
but a *new* file is nobody's dependency yet, and a generated page holding only a directive
(the home page's ``kitgen-index``) does not change when the list does.  So the environment
keeps the names of the set files and which pages listed the sets (or looked up a set that
did not exist); when the names differ from the last build, those pages are read again.
"""

from __future__ import annotations

from collections.abc import Set

from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment

from kitgen.sphinx.sets import listers, set_files

#: Environment attribute (pickled with it): the set files' names at the last read.
NAMES = "kitgen_set_names"


def outdated_listers(
    app: Sphinx, env: BuildEnvironment, added: Set[str], changed: Set[str], removed: Set[str]
) -> list[str]:
    """``env-get-outdated``: the listing pages, when a set file appeared or went away."""
    names = [path.name for path in set_files(env.config)]
    before: list[str] | None = getattr(env, NAMES, None)
    setattr(env, NAMES, names)
    if before is None or before == names:
        return []
    return sorted(d for d in listers(env) if d in env.found_docs and d not in removed)


def purge_lister(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    """``env-purge-doc``: a page read again records itself again if it still lists sets."""
    listers(env).discard(docname)


def merge_listers(
    app: Sphinx, env: BuildEnvironment, docnames: Set[str], other: BuildEnvironment
) -> None:
    """``env-merge-info``: keep what a parallel reader recorded."""
    listers(env).update(listers(other) & set(docnames))

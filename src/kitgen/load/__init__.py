"""From YAML files to the typed model, with located diagnostics."""

from __future__ import annotations

from kitgen.load.loader import (
    LoadResult,
    duplicate_set_ids,
    find_sets,
    load,
    load_all,
    load_set,
    misnamed,
)

__all__ = [
    "LoadResult",
    "duplicate_set_ids",
    "find_sets",
    "load",
    "load_all",
    "load_set",
    "misnamed",
]

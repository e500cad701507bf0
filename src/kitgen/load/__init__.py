"""From YAML files to the typed model, with located diagnostics."""

from __future__ import annotations

from kitgen.load.loader import LoadResult, find_sets, load, load_all, load_set, misnamed

__all__ = ["LoadResult", "find_sets", "load", "load_all", "load_set", "misnamed"]

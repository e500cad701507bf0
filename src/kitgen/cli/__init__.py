"""The ``kitgen`` command: a thin layer over the library; each command lives in its own module."""

from __future__ import annotations

from kitgen.cli.main import main

__all__ = ["main"]

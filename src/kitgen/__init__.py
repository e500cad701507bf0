"""kitgen: card decks, facilitator guides and a knowledge base from one set of prompt files."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kitgen")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

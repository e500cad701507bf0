"""Folders reached twice through symbolic links: refused before the build reads them.

A link inside ``docs/<lang>/`` pointing back to a folder above it made Sphinx read the same pages
again and again (``docs/en/loop/en/loop/...``): minutes of work, hundreds of warnings and no word
about the cause. ``kitgen build`` names the link and stops before any work.
"""

from __future__ import annotations

import os
from pathlib import Path

from kitgen.diagnostics import KitgenError, Location, error
from kitgen.i18n import cli_text


def repeated_folder(root: Path) -> Path | None:
    """The first link below ``root`` that leads to a folder already reached (a loop or a
    second way into the same pages), or None."""
    if not root.is_dir():
        return None
    seen = {root.resolve()}
    for top, dirs, _files in os.walk(root, followlinks=True):
        for name in list(dirs):
            path = Path(top) / name
            real = path.resolve()
            if real in seen:
                return _first_link(root, path)
            seen.add(real)
    return None


def _first_link(root: Path, path: Path) -> Path:
    """The first symbolic link on the way from ``root`` down to ``path`` (the one to remove)."""
    step = root
    for part in path.relative_to(root).parts:
        step = step / part
        if step.is_symlink():
            return step
    return path


def refuse_link_loops(folders: list[Path]) -> None:
    """Raise a located error naming the first link that reaches a folder a second time."""
    for folder in folders:
        link = repeated_folder(folder)
        if link is not None:
            message = cli_text(
                "this link leads to a folder the site already reads (a loop?); the pages would "
                "be read again and again; remove the link"
            )
            raise KitgenError(error(Location(link), message))

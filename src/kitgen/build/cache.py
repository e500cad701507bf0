"""Where ``kitgen build`` keeps what is not the site: beside ``kitgen.toml``, never in the output.

The output folder holds exactly the published site (a static host or Read the Docs serves it
as it is).  Sphinx's environment and doctrees, its staging HTML, the generated sources of a
language without pages and the build manifest live in ``<kit>/.kitgen-cache/<output>/``: one
folder per output folder, so ``-o a`` and ``-o b`` never share a manifest or a Sphinx
environment.  The folder is named after the output's path (relative to the kit when inside it,
so moving the kit keeps its cache) and a digest of that path.

Before this, the cache was ``<output>/.kitgen/``; such an output is kitgen's own (its manifest
says so), so its manifest is taken over and its cache folders are deleted once the new cache
holds a manifest.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

#: The cache folder, beside kitgen.toml (git-ignored).
CACHE_DIR = ".kitgen-cache"
#: The cache inside the output folder, as kitgen made it before (migrated away).
LEGACY_DIR = ".kitgen"
#: What kitgen put in the legacy cache: the only names it deletes there.
LEGACY_ENTRIES = ("doctrees", "html", "src", "manifest.json")

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def cache_folder(root: Path, site: Path) -> Path:
    """The cache of the build of the kit at ``root`` into ``site``."""
    root, site = root.resolve(), site.resolve()
    name = site.relative_to(root).as_posix() if site.is_relative_to(root) else site.as_posix()
    slug = _UNSAFE.sub("-", name).strip("-.")[-40:] or "site"
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:12]
    return root / CACHE_DIR / f"{slug}-{digest}"


def legacy_cache(site: Path) -> Path | None:
    """``<site>/.kitgen/`` when an earlier kitgen built there (it holds its manifest)."""
    folder = site / LEGACY_DIR
    if folder.is_symlink() or not folder.is_dir():
        return None
    manifest = folder / "manifest.json"
    return folder if manifest.is_file() and not manifest.is_symlink() else None


def remove_legacy_cache(site: Path) -> bool:
    """Delete what an earlier kitgen cached in ``<site>/.kitgen/`` (its own names only, never
    through a link); the folder goes too when nothing else is in it.  True if it was there."""
    folder = legacy_cache(site)
    if folder is None:
        return False
    for name in LEGACY_ENTRIES:
        path = folder / name
        if path.is_symlink() or path.is_file():
            path.unlink()
        elif path.is_dir():
            shutil.rmtree(path)
    if not any(folder.iterdir()):
        folder.rmdir()
    return True

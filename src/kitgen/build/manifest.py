"""What the previous build made, so this one can skip unchanged work and delete stale files.

``manifest.json``, in the build's cache (:mod:`kitgen.build.cache`, never in the site), maps
each job to the fingerprint of its inputs (the set's file, the settings, the code of kitgen and
its renderers) and to the files it wrote.  A job whose fingerprint is unchanged and whose files
are all there is not run again; a file that no job claims any more (a removed set, a removed
session) is deleted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path, PurePosixPath

import kitgen
from kitgen.atomic import write_if_changed
from kitgen.build.cache import legacy_cache
from kitgen.diagnostics import KitgenError, Location, error
from kitgen.i18n import cli_text

VERSION = 1
#: Packages whose version changes the outputs: kitgen itself (its version is printed in the
#: site, and its files do not change when only the version does), then third-party renderers.
RENDER_PACKAGES = (
    "kitgen",
    "typst",
    "fontpkg-atkinson-hyperlegible",
    "segno",
    "pypdfium2",
    "pypdf",
)


#: Where, in the build's cache folder, kitgen build records what it made.
MANIFEST = "manifest.json"


def manifest_path(cache: Path) -> Path:
    """The manifest of the build whose cache is ``cache``."""
    return cache / MANIFEST


@dataclass
class Entry:
    fingerprint: str
    outputs: list[str] = field(default_factory=list)


@dataclass
class Manifest:
    jobs: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def read(cls, cache: Path) -> Manifest:
        try:
            data = json.loads(manifest_path(cache).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict) or data.get("version") != VERSION:
            return cls()
        jobs = {}
        for key, entry in data.get("jobs", {}).items():
            if isinstance(entry, dict) and isinstance(entry.get("fingerprint"), str):
                outputs = [str(o) for o in entry.get("outputs", []) if isinstance(o, str)]
                jobs[str(key)] = Entry(entry["fingerprint"], outputs)
        return cls(jobs)

    def write(self, cache: Path) -> None:
        data = {
            "version": VERSION,
            "jobs": {
                key: {"fingerprint": e.fingerprint, "outputs": sorted(set(e.outputs))}
                for key, e in sorted(self.jobs.items())
            },
        }
        write_if_changed(manifest_path(cache), json.dumps(data, indent=1, sort_keys=True) + "\n")

    def outputs(self) -> set[str]:
        return {o for entry in self.jobs.values() for o in entry.outputs}

    def is_fresh(self, key: str, fingerprint: str, site: Path) -> bool:
        """True when ``key`` last ran with ``fingerprint`` and all its files still exist."""
        entry = self.jobs.get(key)
        return (
            entry is not None
            and entry.fingerprint == fingerprint
            and bool(entry.outputs)
            and all((site / o).is_file() for o in entry.outputs)
        )


#: kitgen's own files (code, templates, fonts, catalogues), all in the code's fingerprint.
PACKAGE = Path(kitgen.__file__).resolve().parent


def code_fingerprint() -> str:
    """A digest of kitgen's own files and the versions of the packages that render outputs."""
    digest = hashlib.sha256()
    package = PACKAGE
    for path in sorted(package.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    _add_versions(digest, RENDER_PACKAGES)
    return digest.hexdigest()


#: Packages whose version changes the site.
SITE_PACKAGES = ("sphinx", "myst-parser", "sphinx-design", "furo", "docutils", "pygments")


def job_fingerprint(code: str, description: str, set_file: Path | None) -> str:
    digest = hashlib.sha256(code.encode())
    digest.update(description.encode())
    if set_file is not None:
        digest.update(set_file.read_bytes())
    return digest.hexdigest()


def tree_fingerprints(
    roots: list[Path], skip: Callable[[Path], bool], views: Mapping[str, Callable[[Path], bool]]
) -> dict[str, str]:
    """A digest per view of the files under ``roots`` its predicate keeps (names and bytes) and
    of the site's packages; one walk, each file read once however many views hold it (a site
    language each)."""
    digests = {name: hashlib.sha256() for name in views}
    for root in roots:
        for path in sorted(root.rglob("*")):
            if not path.is_file() or skip(path):
                continue
            holders = [digests[name] for name, keeps in views.items() if keeps(path)]
            if not holders:
                continue
            label = path.relative_to(root.parent).as_posix().encode() + b"\0"
            data = path.read_bytes()
            for digest in holders:
                digest.update(label)
                digest.update(data)
    for digest in digests.values():
        _add_versions(digest, SITE_PACKAGES)
    return {name: digest.hexdigest() for name, digest in digests.items()}


def refuse_foreign_folder(site: Path, cache: Path, *, force: bool = False) -> None:
    """Raise a located error when ``site`` holds files but kitgen has no record of building
    there (no manifest in ``cache``, none of an earlier kitgen in ``<site>/.kitgen/``): the
    build would overwrite and then own someone's ``index.html``.  A deleted cache is no proof
    either way, so it is refused too.  ``force`` builds anyway."""
    if force or not site.is_dir() or manifest_path(cache).is_file():
        return
    if legacy_cache(site) is not None:
        return
    if any(site.iterdir()):
        raise KitgenError(
            error(
                Location(site),
                cli_text(
                    "this folder holds files kitgen build did not make, or its record of them "
                    "({manifest}) was deleted; build into a new or empty folder, or pass --force "
                    "to build over them",
                    manifest=f"{cache.parent.name}/{cache.name}/{MANIFEST}",
                ),
            )
        )


def inside(site: Path, relative: str) -> Path | None:
    """The file a manifest entry names, if it is a plain relative path to a regular file in
    ``site`` reached through no symbolic link; else None (an entry like ``../../x`` or
    ``/home/x`` in a damaged or hostile manifest deletes nothing)."""
    entry = PurePosixPath(relative)
    if not relative or entry.is_absolute() or ".." in entry.parts or "\\" in relative:
        return None
    path = site.joinpath(*entry.parts)
    step = site
    for part in entry.parts:
        step = step / part
        if step.is_symlink():
            return None
    if not path.is_file() or not path.resolve().is_relative_to(site.resolve()):
        return None
    return path


def remove_stale(site: Path, old: set[str], new: set[str]) -> list[str]:
    """Delete files the previous build made and this one did not; then empty folders."""
    removed = []
    for relative in sorted(old - new):
        path = inside(site, relative)
        if path is not None:
            path.unlink()
            removed.append(relative)
            parent = path.parent
            while parent != site and parent.is_dir() and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
    return removed


def _add_versions(digest: hashlib._Hash, packages: tuple[str, ...]) -> None:
    """Feed the installed version of each package (or "none") into ``digest``."""
    for name in packages:
        try:
            digest.update(f"{name}={metadata.version(name)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())

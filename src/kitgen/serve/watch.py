"""The kit's sources as they change: ``prompts/``, ``docs/`` and ``kitgen.toml``.

watchfiles (Rust's notify: inotify on Linux) reports a save 0.1 s after the write (median of
10 writes, measured); a stat poll would add up to its interval and walk ``docs/`` each time,
which is why the polling mode is not used.  It watches the two folders;
``kitgen.toml`` is compared by content on each wake-up instead, as editors that save by renaming
would leave a watch on the file itself orphaned.  What kitgen writes into ``docs/`` (the set
pages it generates, the ``.mo`` files Sphinx compiles) and editors' temporary files are ignored;
the generated pages are found from the kit's languages, read again when ``kitgen.toml`` changes
(a language added while serving is filtered like the others, without a restart).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
from collections.abc import Callable
from pathlib import Path

import watchfiles

from kitgen import urls
from kitgen.build.project import Project
from kitgen.diagnostics import KitgenError

#: Called with the changed files (absolute paths) of one batch.
OnChange = Callable[[set[Path]], None]


class SourceFilter(watchfiles.DefaultFilter):
    """watchfiles' default filter (VCS folders, editor backups) plus kitgen's own files."""

    def __init__(self, project: Project) -> None:
        super().__init__()
        self._generated: tuple[str, ...] = ()
        self.follow(project)

    def follow(self, project: Project) -> None:
        """Ignore the pages kitgen generates for ``project``'s languages (from now on)."""
        generated = [project.source(lang) / urls.SETS_DIR for lang in project.languages]
        self._generated = tuple(str(p) for p in [*generated, project.docs / "_build"])

    def __call__(self, change: watchfiles.Change, path: str) -> bool:
        return (
            not path.endswith(".mo")
            and not path.startswith(self._generated)
            and super().__call__(change, path)
        )


class Watcher:
    """A thread calling ``on_change`` with each batch of changed sources until :meth:`stop`."""

    def __init__(self, project: Project, on_change: OnChange) -> None:
        self.project = project
        self._on_change = on_change
        self._stop = threading.Event()
        self._config = project.root / "kitgen.toml"
        self._config_digest = _digest(self._config)
        self._filter = SourceFilter(project)
        self._thread = threading.Thread(target=self._run, name="kitgen-serve-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        folders = [p for p in (self.project.prompts, self.project.docs) if p.is_dir()]
        for batch in watchfiles.watch(
            *folders,
            watch_filter=self._filter,
            stop_event=self._stop,
            rust_timeout=400,
            yield_on_timeout=True,
            raise_interrupt=False,
            debounce=400,
        ):
            changed = {Path(path) for _, path in batch}
            digest = _digest(self._config)
            if digest != self._config_digest:
                self._config_digest = digest
                changed.add(self._config)
                # A broken kitgen.toml: the build reports it.
                with contextlib.suppress(KitgenError, OSError):
                    self.project = Project.find(self.project.root)
                    self._filter.follow(self.project)
            if changed:
                self._on_change(changed)


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""

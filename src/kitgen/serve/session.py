"""One ``kitgen serve`` run: the server, the watcher, the previews and the builds, tied together.

Every change asks for a build of the kit, run by a separate thread in the builder process;
changes made during a build are gathered into the next one.  A saved set file is also handled
at once on the caller's thread: its preview is redrawn (only the cards that changed) and the
preview pages reload.  Whatever fails keeps the last good output served and shows its
located errors in the open pages and on the terminal.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

from kitgen.build.project import Project
from kitgen.diagnostics import shown_path
from kitgen.i18n import cli_ntext, cli_text
from kitgen.load import find_sets
from kitgen.serve.builder import Builder, Built
from kitgen.serve.http import Server
from kitgen.serve.preview import PREFIX, Previews, Refresh
from kitgen.serve.status import Status
from kitgen.serve.watch import Watcher

#: Prints one line on the terminal.
Say = Callable[[str], None]
#: The source of the errors of the last build.
BUILD = "build"
SET_SUFFIXES = (".yaml", ".yml")


class Session:
    def __init__(
        self, project: Project, site: Path, *, host: str, port: int, say: Say, open_page: bool
    ) -> None:
        self.project = project
        self.site = site.resolve()
        self.say = say
        self.status = Status()
        self.previews = Previews(project)
        self.server = Server((host, port), self.site, self.status, self.previews)
        self._open_page = open_page
        self._changes: queue.Queue[set[Path]] = queue.Queue()
        self._pending: set[Path] = set()
        self._pending_lock = threading.Lock()
        self._dirty = threading.Event()
        self._stopping = threading.Event()
        self._builder: Builder | None = None
        self._threads: list[threading.Thread] = []
        self._watcher = Watcher(project, self._changes.put)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"

    def run(self) -> None:
        """Serve until interrupted (Ctrl-C); everything started here is stopped on the way out."""
        try:
            self._start()
            while True:
                try:
                    batch = self._changes.get(timeout=0.5)
                except queue.Empty:
                    continue
                while not self._changes.empty():  # one pass for a burst of saves
                    batch |= self._changes.get_nowait()
                self.handle(batch)
        finally:
            self.stop()

    def _start(self) -> None:
        self._builder = Builder(self.project.root, self.site)
        self._spawn(self.server.serve_forever, "kitgen-serve-http")
        self._spawn(self._build_loop, "kitgen-serve-build")
        self._watcher.start()
        files = self._set_files()
        line = cli_text(
            "Serving {url} (previews: {url}{prefix}{set}.html); Ctrl-C stops.",
            url=self.url,
            prefix=PREFIX.lstrip("/"),
            set=files[0].stem if files else "",
        )
        self.say(line)
        self._request_build(set())
        for path in files:
            self._refresh(path, quiet=True)

    def _spawn(self, target: Callable[[], None], name: str) -> None:
        thread = threading.Thread(target=target, name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def stop(self) -> None:
        self._stopping.set()
        self._dirty.set()
        self._watcher.stop()
        if self._threads:
            self.server.shutdown()
        self.server.server_close()
        if self._builder is not None:
            self._builder.close()
        for thread in self._threads:
            thread.join(timeout=10)

    # ------------------------------------------------------------------ changes

    def handle(self, changed: set[Path]) -> None:
        """React to changed sources: a build of the kit, and the previews meanwhile.

        The build is asked for first: it runs in other processes, and the site's pages are what
        takes longest; the cards of the preview are redrawn here while it runs.
        """
        if self.project.root / "kitgen.toml" in changed:
            with contextlib.suppress(Exception):  # a broken kitgen.toml is reported by the build
                self.project = Project.find(self.project.root)
                self.previews.project = self.project
            changed |= set(self._set_files())
        self._request_build(changed)
        for path in sorted(changed):
            if path.parent == self.project.prompts and path.suffix in SET_SUFFIXES:
                if path.is_file():
                    self._refresh(path)
                else:
                    self.previews.forget(path)
                    self.status.set_errors(f"set:{path}", [])
                    self.status.bump("preview")

    def _set_files(self) -> list[Path]:
        prompts = self.project.prompts
        return find_sets([prompts]) if prompts.is_dir() else []

    def _refresh(self, path: Path, *, quiet: bool = False) -> Refresh:
        outcome = self.previews.refresh(path)
        lines = [str(d) for d in outcome.errors]
        if self.status.set_errors(f"set:{path}", lines):
            for line in lines:
                self.say(line)
        if not outcome.errors:
            self.status.bump("preview")
            if not quiet:
                line = cli_ntext(
                    "{file}: {n} card face redrawn in {seconds} s",
                    "{file}: {n} card faces redrawn in {seconds} s",
                    outcome.drawn,
                    file=shown_path(path),
                    seconds=f"{outcome.seconds:.2f}",
                )
                self.say(line)
        return outcome

    # ------------------------------------------------------------------ builds

    def _request_build(self, changed: set[Path]) -> None:
        with self._pending_lock:
            self._pending |= changed
        self._dirty.set()

    def _build_loop(self) -> None:
        first = True
        while True:
            self._dirty.wait()
            if self._stopping.is_set() or self._builder is None:
                return
            self._dirty.clear()
            with self._pending_lock:
                changed, self._pending = self._pending, set()
            self.status.building = True
            try:
                built = self._builder.build(on_site=lambda: self.status.bump("site"))
            except (EOFError, OSError):
                if self._stopping.is_set():
                    return  # the builder was stopped: we are shutting down
                # The worker died (killed, out of memory): say so, start another, try again.
                self.say(cli_text("error: the build process stopped; starting it again"))
                self._builder.close()
                self._builder = Builder(self.project.root, self.site)
                self._request_build(changed)
                continue
            self.status.building = self._dirty.is_set()  # more changes came meanwhile
            self._report(built, changed, first)
            if first and self._open_page:
                webbrowser.open(self.url)
            first = False

    def _report(self, built: Built, changed: set[Path], first: bool) -> None:
        # A set file's own errors come from its preview, which is redrawn as soon as it is
        # saved; the build's lines about the same file would outlive the fix by a build.
        sets = {shown_path(p) for p in self._set_files()}
        lines = [line for line in built.errors if line.split(":", 1)[0] not in sets]
        if self.status.set_errors(BUILD, lines):
            for line in lines:
                self.say(line)
        if not built.ok:
            return
        self.status.bump("site")  # the decks and guides too are done now
        what = ", ".join(sorted(shown_path(p) for p in changed)) or cli_text("the kit")
        self.say(
            cli_text(
                "{what}: built in {seconds} s ({jobs}, {written})",
                what=what if not first else cli_text("the kit"),
                seconds=f"{built.seconds:.1f}",
                jobs=cli_ntext(
                    "{n} job run of {jobs}",
                    "{n} jobs run of {jobs}",
                    built.jobs - built.skipped,
                    jobs=built.jobs,
                ),
                written=cli_ntext("{n} file written", "{n} files written", built.written),
            )
        )

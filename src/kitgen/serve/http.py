"""The local server: the built site as it is on disk, plus what only a served kit has.

Standard library ``ThreadingHTTPServer`` (a local, one-author server needs no more).  HTML
responses get the reload script (:mod:`kitgen.serve.inject`); ``/_kitgen/`` answers the
pages' polls; ``/_preview/`` serves the author's preview pages and their card faces from
memory.  Nothing is ever cached by the browser.
"""

from __future__ import annotations

import functools
import posixpath
from html import escape
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from kitgen.i18n import cli_text
from kitgen.serve.inject import RELOAD_JS, SCRIPT_PATH, STATUS_PATH, inject
from kitgen.serve.page import ZOOMS
from kitgen.serve.preview import IMAGES, PREFIX, Previews
from kitgen.serve.status import Status

WAITING = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>{text}</p></body></html>'
)


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], site: Path, status: Status, previews: Previews):
        self.site = site
        self.status = status
        self.previews = previews
        handler = functools.partial(Handler, directory=str(site))
        super().__init__(address, handler)

    def handle_error(self, request: object, client_address: object) -> None:
        """A browser closing a connection early is no news: stay quiet."""


class Handler(SimpleHTTPRequestHandler):
    server: Server

    def log_message(self, format: str, *args: object) -> None:
        """One line per rebuild is what the terminal shows, not one per request."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        if path == STATUS_PATH:
            self._send(self.server.status.to_json(), "application/json")
        elif path == SCRIPT_PATH:
            self._send(RELOAD_JS.encode("utf-8"), "text/javascript; charset=utf-8")
        elif path.startswith(IMAGES):
            self._image(path.removeprefix(IMAGES))
        elif path in (PREFIX, f"{PREFIX}index.html"):
            index = self.server.previews.index().encode("utf-8")
            generation = self.server.status.generation("preview")
            self._send(inject(index, "preview", generation), "text/html; charset=utf-8")
        elif path.startswith(PREFIX):
            self._preview(path.removeprefix(PREFIX), parse_qs(url.query))
        elif (page := self._html_file(url.path)) is not None:
            generation = self.server.status.generation("site")
            self._send(inject(page.read_bytes(), "site", generation), "text/html; charset=utf-8")
        else:
            super().do_GET()

    def _html_file(self, path: str) -> Path | None:
        """The HTML file a request for ``path`` (still quoted) is answered with, if any."""
        local = Path(self.translate_path(path))
        if local.is_dir():
            if not path.endswith("/"):
                return None  # the parent class redirects to the folder's address
            local = local / "index.html"
        return local if local.suffix == ".html" and local.is_file() else None

    def _image(self, name: str) -> None:
        data = self.server.previews.image(posixpath.basename(name))
        if data is None:
            self.send_error(HTTPStatus.NOT_FOUND)
        else:
            self._send(data, "image/svg+xml")

    def _preview(self, name: str, query: dict[str, list[str]]) -> None:
        set_id = name.removesuffix(".html")
        lang = query.get("lang", [None])[0]
        zoom = next((z for z in ZOOMS if f"{z:g}" == query.get("zoom", [""])[0]), 1.0)
        if not name.endswith(".html") or not self.server.previews.knows(set_id):
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        # A set whose preview is not drawn yet (just after start): a page that waits for it.
        page = self.server.previews.page(set_id, lang, zoom) or WAITING.format(
            text=escape(cli_text("Drawing the cards…"))
        )
        generation = self.server.status.generation("preview")
        self._send(inject(page.encode("utf-8"), "preview", generation), "text/html; charset=utf-8")

    def _send(self, data: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

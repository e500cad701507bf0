"""The reload script exists only in served responses, never in what ``kitgen build`` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from served_kit import Served

from kitgen.serve.inject import SCRIPT_ID, SCRIPT_PATH, STATUS_PATH

pytestmark = pytest.mark.slow  # a small kit is built first

MARKERS = (SCRIPT_ID.encode(), SCRIPT_PATH.encode(), STATUS_PATH.encode(), b"kitgen-overlay")


def _files_with_markers(site: Path) -> list[str]:
    return [
        path.relative_to(site).as_posix()
        for path in sorted(site.rglob("*"))
        if path.is_file() and any(marker in path.read_bytes() for marker in MARKERS)
    ]


def test_no_reload_script_in_build_output(built_kit: tuple[Path, Path]) -> None:
    _, site = built_kit
    pages = list(site.rglob("*.html"))
    assert len(pages) > 20, pages  # the site, the set pages, the online decks
    assert _files_with_markers(site) == []


def test_served_pages_get_it_files_on_disk_keep_none(served: Served) -> None:
    page = served.get("en/index.html")
    assert f'id="{SCRIPT_ID}"'.encode() in page
    assert page.index(SCRIPT_ID.encode()) < page.rindex(b"</body>")
    # The server's own build rewrote the site without the script either.
    assert _files_with_markers(served.site) == []

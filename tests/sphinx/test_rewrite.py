"""Pages show each other's titles (the menu): when a title changes, every page is written again,
while reading stays incremental; an edit that changes no title writes only what Sphinx chose."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from sphinx.testing.util import SphinxTestApp
from sphinx_site import Site, touch_later, warnings_of

#: Every page shows the whole menu (as the kit's theme does).
MENU = {
    "html_sidebars": {"**": ["globaltoc.html"]},
    "html_theme_options": {"globaltoc_collapse": False},
}


def rebuild(site: Site, lang: str) -> tuple[SphinxTestApp, set[str]]:
    """Build again with the menu; return the app and the documents it read."""
    app = site.app(lang, confoverrides=MENU)
    read: set[str] = set()
    app.connect("source-read", lambda app, docname, source: read.add(docname))
    app.build()
    return app, read


def written(app: SphinxTestApp) -> dict[str, int]:
    out = Path(app.outdir)
    return {p.relative_to(out).as_posix(): p.stat().st_mtime_ns for p in out.rglob("*.html")}


def titled(title: str) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        data["title"]["en"] = title

    return edit


def test_a_renamed_set_is_renamed_in_the_menu_of_every_page(site: Site) -> None:
    site.write_set("beta", titled("Beta before"))
    first = site.build("en", confoverrides=MENU)
    pages = sorted(written(first))
    assert all("Beta before" in site.html(first, page[:-5]) for page in pages if "/" in page)
    site.write_set("beta", titled("Beta after"))
    touch_later(site.root / "prompts" / "beta.yaml")
    app, read = rebuild(site, "en")
    assert "themes/alpha" not in read and "index" not in read  # reading stays incremental
    for page in pages:
        html = site.html(app, page[:-5])
        assert "Beta before" not in html, page
    for page in ("themes/alpha", "index", "sets/alpha", "sets/alpha/short-talk"):
        assert "Beta after" in site.html(app, page), page
    assert warnings_of(app) == ""


def test_an_edit_that_renames_nothing_writes_only_the_pages_sphinx_chose(site: Site) -> None:
    first = site.build("en", confoverrides=MENU)
    before = written(first)
    page = site.root / "en" / "themes" / "beta.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Some words.", "Other words."))
    touch_later(page)
    app, read = rebuild(site, "en")
    assert read == {"themes/beta"}
    after = written(app)
    changed = {name for name in after if after[name] != before.get(name)}
    assert "themes/beta.html" in changed
    assert "themes/alpha.html" not in changed and "sets/alpha.html" not in changed
    assert "Other words." in site.html(app, "themes/beta")

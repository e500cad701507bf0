"""Dependency tracking: editing a YAML re-reads exactly the pages that show it; a no-op build
re-reads nothing and leaves the generated pages untouched."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.testing.util import SphinxTestApp
from sphinx_site import THEME, Site, touch_later, warnings_of


def rebuild(site: Site, lang: str) -> tuple[SphinxTestApp, set[str]]:
    """Build again in the same folders; return the app and the documents it read."""
    app = site.app(lang)
    read: set[str] = set()
    app.connect("source-read", lambda app, docname, source: read.add(docname))
    app.build()
    return app, read


def generated(site: Site, lang: str) -> dict[Path, int]:
    folder = site.root / lang / "sets"
    return {p: p.stat().st_mtime_ns for p in sorted(folder.rglob("*.md"))}


def test_no_op_build_reads_nothing_and_rewrites_no_generated_page(site: Site) -> None:
    first = site.build("en")
    assert warnings_of(first) == ""
    before = generated(site, "en")
    assert {p.relative_to(site.root / "en").as_posix() for p in before} == {
        "sets/index.md",
        "sets/alpha.md",
        "sets/beta.md",
        "sets/alpha/short-talk.md",
        "sets/beta/short-talk.md",
    }
    app, read = rebuild(site, "en")
    assert read == set()
    assert generated(site, "en") == before
    assert warnings_of(app) == ""


def test_touching_a_set_rereads_only_the_pages_that_use_it(site: Site) -> None:
    site.build("fr")
    touch_later(site.root / "prompts" / "alpha.yaml")
    _, read = rebuild(site, "fr")
    assert read == {"themes/alpha", "sets/alpha", "sets/alpha/short-talk", "sets/index"}


def test_editing_a_set_changes_its_pages(site: Site) -> None:
    site.build("en")

    def edit(data: dict[str, Any]) -> None:
        data["prompts"][2]["text"]["en"] = "A brand new question about the team (en)"

    site.write_set("beta", edit)
    touch_later(site.root / "prompts" / "beta.yaml")
    app, read = rebuild(site, "en")
    assert "themes/beta" in read and "themes/alpha" not in read
    assert "A brand new question about the team (en)" in site.html(app, "sets/beta")
    assert "A brand new question" not in site.html(app, "sets/alpha")


def test_removed_set_loses_its_generated_pages(site: Site) -> None:
    site.build("en")
    (site.root / "prompts" / "beta.yaml").unlink()
    site.page("en", "themes/beta.md", "(theme-beta)=\n# Theme beta\n\nNo cards any more.\n")
    app, _ = rebuild(site, "en")
    assert not (site.root / "en" / "sets" / "beta.md").exists()
    assert not (site.root / "en" / "sets" / "beta").exists()
    assert "beta" not in (site.root / "en" / "sets" / "index.md").read_text(encoding="utf-8")
    assert warnings_of(app) == ""


def test_adding_a_set_rereads_the_pages_that_list_the_sets(site: Site) -> None:
    """A new set file is nobody's dependency: the pages listing the sets, or naming a set that
    was missing, are read again when the list of set files changes (not otherwise)."""
    site.page("en", "listing.md", "# Listing\n\n```{kitgen-index} sets\n```\n")
    site.page("en", "early.md", "# Early\n\n```{kitgen-prompts} gamma\n```\n")
    site.page("en", "plain.md", "# Plain\n\nNo sets here.\n")
    first = site.build("en")
    assert "gamma" not in site.html(first, "listing")
    site.write_set("gamma")
    site.page("en", "themes/gamma.md", THEME.format(set_id="gamma"))
    app, read = rebuild(site, "en")
    assert {"listing", "early", "sets/index"} <= read
    assert "plain" not in read and "themes/alpha" not in read
    assert 'href="sets/gamma.html#set-gamma"' in site.html(app, "listing")
    assert "no prompt set" not in warnings_of(app)  # early.md now shows gamma's cards
    _, again = rebuild(site, "en")
    assert again == set()

"""The search index keeps the glossary's entries after a build that writes only some pages, and
loses the words no page holds any more: it is the same file as a full build's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sphinx_site import INDEX, Site, touch_later, warnings_of

#: A glossary page: its terms are the search index's entries.
GLOSSARY = (Path(__file__).resolve().parents[1] / "data" / "glossary.md").read_text(
    encoding="utf-8"
)


def index_entries(outdir: Path) -> dict[str, Any]:
    """``indexentries`` of ``searchindex.js`` (``Search.setIndex({...})``)."""
    text = (outdir / "searchindex.js").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    entries: dict[str, Any] = data["indexentries"]
    return entries


def test_glossary_entries_survive_a_build_that_does_not_write_the_glossary(site: Site) -> None:
    for lang in ("fr", "en"):  # every page exists in every language
        site.page(lang, "glossary.md", GLOSSARY)
        home = INDEX.format(title=f"Home {lang}").replace("```\n", "glossary\n```\n")
        site.page(lang, "index.md", home)
    first = site.build("en")
    outdir = Path(first.outdir)
    assert set(index_entries(outdir)) == {"facilitator", "prompt card"}
    clean = (outdir / "searchindex.js").read_bytes()
    page = site.root / "en" / "themes" / "beta.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Some words.", "Other words."))
    touch_later(page)
    app = site.build("en")
    assert warnings_of(app) == ""
    assert set(index_entries(outdir)) == {"facilitator", "prompt card"}
    page.write_text(page.read_text(encoding="utf-8").replace("Other words.", "Some words."))
    touch_later(page)
    site.build("en")
    assert (outdir / "searchindex.js").read_bytes() == clean

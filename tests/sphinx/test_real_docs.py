"""The knowledge base itself builds in both languages, nitpicky and without a warning, through
the Sphinx application ``kitgen build`` makes."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from sphinx.locale import translators
from sphinx.util.docutils import docutils_namespace, patch_docutils

from kitgen.build import Project
from kitgen.build.site import sphinx_app
from kitgen.typography import NNBSP

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_site_builds_nitpicky_without_warnings(tmp_path: Path, lang: str) -> None:
    warnings = StringIO()
    translators.clear()
    project = Project.find(DOCS.parent)
    with patch_docutils(DOCS), docutils_namespace():
        # The same application kitgen build makes: kitgen's settings, docs/conf.py over them.
        app = sphinx_app(
            project,
            lang,
            DOCS / lang,
            tmp_path / lang,
            tmp_path / "doctrees" / lang,
            warnings,
            fresh=True,
        )
        app.build()
    translators.clear()
    assert warnings.getvalue() == ""
    assert app.statuscode == 0
    out = tmp_path / lang
    # Every set has its page, every page knows its translation.
    sets = sorted(p.stem for p in (DOCS.parent / "prompts").glob("*.yaml"))
    for set_id in sets:
        page = (out / "sets" / f"{set_id}.html").read_text(encoding="utf-8")
        other = "en" if lang == "fr" else "fr"
        assert f'href="../../{other}/sets/{set_id}.html"' in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert f'lang="{lang}"' in index.split(">")[1]
    # Running text in Kitgen Hyperlegible, shipped with the site: its zero has no slash.
    assert '"Kitgen Hyperlegible", "Atkinson Hyperlegible"' in index
    assert 'url("KitgenHyperlegible-Regular.ttf")' in (out / "_static" / "kitgen.css").read_text(
        encoding="utf-8"
    )
    face = TTFont(out / "_static" / "KitgenHyperlegible-Regular.ttf")
    assert face["glyf"][face.getBestCmap()[0x30]].numberOfContours == 2
    if lang == "fr":
        engagement = (out / "themes" / "engagement.html").read_text(encoding="utf-8")
        assert f"{NNBSP}?" in engagement.split("<title>")[1].split("</title>")[0]

"""The knowledge base itself builds in both languages with ``-n -W --keep-going``."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from sphinx.application import Sphinx
from sphinx.locale import translators
from sphinx.util.docutils import docutils_namespace, patch_docutils

from kitgen.render.typography import NNBSP

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_site_builds_nitpicky_without_warnings(tmp_path: Path, lang: str) -> None:
    warnings = StringIO()
    translators.clear()
    with patch_docutils(DOCS), docutils_namespace():
        app = Sphinx(
            srcdir=DOCS / lang,
            confdir=DOCS,
            outdir=tmp_path / lang,
            doctreedir=tmp_path / "doctrees" / lang,
            buildername="html",
            confoverrides={"language": lang, "nitpicky": True},
            status=None,
            warning=warnings,
            freshenv=True,
            warningiserror=True,  # -W; Sphinx keeps going and reports every warning
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
    if lang == "fr":
        engagement = (out / "themes" / "engagement.html").read_text(encoding="utf-8")
        assert f"{NNBSP}?" in engagement.split("<title>")[1].split("</title>")[0]

"""The untranslated-page check: same pages and same labels in every language folder."""

from __future__ import annotations

import re
from pathlib import Path

from sphinx_site import Site, warnings_of

from kitgen.sphinx.translations import Gap, labels, untranslated

REPO_DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_complete_project_has_no_gap(site: Site) -> None:
    assert untranslated(site.root, ["fr", "en"]) == []


def test_missing_page_and_label_are_reported(site: Site) -> None:
    site.page("fr", "extra.md", "# En plus\n")
    site.page("en", "themes/beta.md", "(theme-beta)=\n# Beta\n\n(beta-only-en)=\n## X\n")
    gaps = untranslated(site.root, ["fr", "en"])
    assert Gap("fr", "extra.md", "en") in gaps
    assert Gap("en", "themes/beta.md", "fr", "beta-only-en") in gaps
    assert Gap("fr", "themes/beta.md", "en", "theme-beta-background") in gaps


def test_sphinx_build_warns_about_its_own_language(site: Site) -> None:
    site.page("fr", "extra.md", "---\norphan: true\n---\n# En plus\n")
    app = site.build("fr")
    warnings = warnings_of(app)
    assert "page fr/extra.md has no en version" in warnings
    assert "[kitgen.untranslated]" in warnings
    other = site.build("en")
    assert "extra.md" not in warnings_of(other)


def test_labels_ignore_code_blocks(tmp_path: Path) -> None:
    page = tmp_path / "p.md"
    page.write_text("(real)=\n# T\n\n```md\n(not-a-label)=\n```\n\n(Other)=\n", encoding="utf-8")
    assert labels(page) == {"real", "other"}


def test_repository_docs_are_fully_translated() -> None:
    assert untranslated(REPO_DOCS, ["fr", "en"]) == []


def test_repository_pages_link_to_labels_not_to_heading_slugs() -> None:
    """Heading anchors are made from the heading's words, so they differ between languages
    (one of MyST's i18n pitfalls): pages link to explicit labels, the same in both."""
    slug_links = re.compile(r"\]\((?!https?://)[^)\s]*#[^)\s]+\)")
    found = [
        f"{page.relative_to(REPO_DOCS)}: {match.group(0)}"
        for page in sorted(REPO_DOCS.glob("*/**/*.md"))
        if "sets" not in page.relative_to(REPO_DOCS).parts
        for match in slug_links.finditer(page.read_text(encoding="utf-8"))
    ]
    assert found == []

"""``{kitgen-guide}``: a session guide from the guide renderer's MyST, as page sections."""

from __future__ import annotations

from sphinx_site import Site, text_of, warnings_of


def test_guide_page_has_the_guide_sections_and_its_downloads(site: Site) -> None:
    app = site.build("en")
    assert warnings_of(app) == ""
    html = site.html(app, "sets/alpha/short-talk")
    text = text_of(html)
    assert "A 25-minute conversation (en)" in text
    assert "Opening (en)" in text and "Closing (en)" in text
    assert "Pair people who do not work together (en)" in text
    links = html.split("<h1>")[1].split("</p>")[0]
    assert "../../downloads/alpha-short-talk-en-guide-a4.pdf" in links
    assert "../../downloads/alpha-short-talk-en-guide-letter.pdf" in links
    assert 'href="../alpha.html' in links


def test_guide_is_in_the_navigation_under_its_set(site: Site) -> None:
    app = site.build("fr")
    assert "sets/alpha/short-talk" in app.env.toctree_includes["sets/alpha"]

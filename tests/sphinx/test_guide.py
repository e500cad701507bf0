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
    assert "../../downloads/alpha--short-talk--en--guide--a4.pdf" in links
    assert "../../downloads/alpha--short-talk--en--guide--letter.pdf" in links
    assert 'href="../alpha.html' in links


def test_guide_is_in_the_navigation_under_its_set(site: Site) -> None:
    app = site.build("fr")
    assert "sets/alpha/short-talk" in app.env.toctree_includes["sets/alpha"]


def test_guide_page_has_one_marker_per_checklist_item_and_elapsed_times(site: Site) -> None:
    """Each box is its item's only marker (its list has no bullet), and with no start time
    the page counts from 0:00, saying so, never from a bare 00:00."""
    import re

    app = site.build("en")
    html = site.html(app, "sets/alpha/short-talk")
    lists = re.findall(r"<ul([^>]*)>(.*?)</ul>", html, re.S)
    boxed = [(attrs, body) for attrs, body in lists if "☐" in body]
    assert boxed
    assert all("checklist" in attrs for attrs, _ in boxed)
    from kitgen.sphinx.settings import THEME  # the stylesheet every kit's site ships

    css = (THEME / "static" / "kitgen.css").read_text("utf-8")
    assert re.search(r"ul\.checklist \{[^}]*list-style: none", css)
    text = text_of(html)
    assert "00:00" not in text
    assert "0:00 – 0:25, counted from the start of the session" in text

"""``{kitgen-guide}``: a session's guide as page sections, drawn from the guide document."""

from __future__ import annotations

from pathlib import Path

import pytest
from docutils import nodes
from sphinx_site import Site, text_of, warnings_of

from kitgen.links import Links
from kitgen.load import load_set
from kitgen.render.guide import GuideOptions, render_guide_markdown

#: A set of the shipped kit: notes, warnings, phases, breaks, risks and variations.
REAL_SET = Path(__file__).resolve().parents[2] / "prompts" / "relationships.yaml"
#: The test site's hosted address (its kitgen.toml).
BASE_URL = "https://kit.example.org/"


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


def _comparable(section: nodes.Element, base_url: str) -> str:
    """A guide's section tree with what differs by origin alone left out: where each node was
    read (source, line), what only the page adds (the line of links under the title, the class
    of checklists) and how a link to a page of the site is written (a hosted address in the
    MyST text, a site path in the page)."""
    tree = section.deepcopy()
    for node in list(tree.findall(nodes.Element)):
        for attribute in ("source", "line"):
            node.attributes.pop(attribute, None)
        if "checklist" in node["classes"]:
            node["classes"].remove("checklist")
        if isinstance(node, nodes.paragraph) and "kitgen-guide-links" in node["classes"]:
            node.parent.remove(node)
        if isinstance(node, nodes.reference):
            uri = node.attributes.pop("refuri", None)
            if uri is not None:
                node["kitgen_site"] = uri.removeprefix(base_url)
            node.attributes.pop("internal", None)
    return tree.pformat()


@pytest.mark.parametrize(("set_id", "source"), [("alpha", None), ("relationships", REAL_SET)])
def test_the_guide_page_is_the_guide_s_myst_text_as_nodes(
    site: Site, set_id: str, source: Path | None
) -> None:
    """The page's nodes (drawn from the guide document) equal the guide's MyST text, the one
    ``kitgen guide --format md`` writes, as MyST reads it: same sections and anchors, tables,
    lists, notes and warnings, every session of a real set included."""
    if source is not None:
        (site.root / "prompts" / f"{set_id}.yaml").write_bytes(source.read_bytes())
    prompt_set = load_set(site.root / "prompts" / f"{set_id}.yaml", docs_dir=False)
    theme_pages = (("en", set_id),) if set_id == "alpha" else ()
    links = Links(base_url=BASE_URL, theme_pages=theme_pages)
    for session in prompt_set.sessions:
        options = GuideOptions(session_id=session.id, links=links)
        text = render_guide_markdown(prompt_set, "en", options)
        site.page("en", f"as-text/{session.id}.md", f"---\norphan: true\n---\n\n{text}")
    app = site.build("en")
    for session in prompt_set.sessions:
        page = app.env.get_doctree(f"sets/{set_id}/{session.id}")
        written = app.env.get_doctree(f"as-text/{session.id}")
        drawn = next(page.findall(nodes.section))
        parsed = next(written.findall(nodes.section))
        assert _comparable(drawn, BASE_URL) == _comparable(parsed, BASE_URL), session.id

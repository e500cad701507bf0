"""Each folder is a language; every page links to the same page in the other language."""

from __future__ import annotations

import re

from sphinx_site import Site, warnings_of


def switch_links(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<a class="kitgen-language-link" href="([^"]+)" hreflang="([^"]+)"', html)


def test_language_comes_from_the_folder(site: Site) -> None:
    app = site.build("fr")
    assert app.config.language == "fr"
    html = site.html(app, "index")
    assert '<html lang="fr"' in html
    assert "Recherche" in html or "Rechercher" in html  # Sphinx's own words, in French


def test_switch_lands_on_the_same_page_in_the_other_language(site: Site) -> None:
    for lang, other in (("fr", "en"), ("en", "fr")):
        app = site.build(lang)
        assert warnings_of(app) == ""
        assert switch_links(site.html(app, "index")) == [(f"../{other}/index.html", other)]
        assert switch_links(site.html(app, "themes/alpha")) == [
            (f"../../{other}/themes/alpha.html", other)
        ]
        assert switch_links(site.html(app, "sets/alpha/short-talk")) == [
            (f"../../../{other}/sets/alpha/short-talk.html", other)
        ]
        assert switch_links(site.html(app, "search")) == [(f"../{other}/search.html", other)]


def test_labels_resolve_in_both_languages(site: Site) -> None:
    for lang in ("fr", "en"):
        site.page(
            lang,
            "index.md",
            "# Home\n\n{ref}`theme-beta-background` · {ref}`set-alpha`\n\n"
            "```{toctree}\nthemes/alpha\nthemes/beta\nsets/index\n```\n",
        )
        app = site.build(lang)
        assert warnings_of(app) == ""
        html = site.html(app, "index")
        assert 'href="themes/beta.html#theme-beta-background"' in html
        assert 'href="sets/alpha.html#set-alpha"' in html or 'href="sets/alpha.html"' in html


def test_kit_links_are_relative_to_each_page(site: Site) -> None:
    app = site.build("en")
    page = site.html(app, "sets/alpha")
    assert 'href="../downloads/alpha--en--cards--a4--duplex-long.pdf"' in page
    assert 'href="../downloads/alpha--short-talk--en--guide--letter.pdf"' in page
    assert 'href="../deck/alpha.html"' in page
    assert 'src="../cards/alpha/first-look--preview.png"' in page
    assert 'href="../cards/alpha/first-look--front.png"' in page
    guide = site.html(app, "sets/alpha/short-talk")
    assert 'href="../../downloads/alpha--short-talk--en--guide--a4.pdf"' in guide

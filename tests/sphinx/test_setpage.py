"""The generated set page: its sources, titles kept as published and years only when known."""

from __future__ import annotations

from typing import Any

from sphinx_site import Site, text_of, warnings_of

from kitgen.typography import NNBSP

SOURCES = [
    {"title": "Counterproductive: Time Management in the Knowledge Economy", "year": 2018},
    {"title": "Code des obligations (CO), RS 220, art. 328b"},
    {"title": "Liberating Structures: Simple Rules", "url": "https://x.test/ls", "year": 2013},
]


def _with_sources(data: dict[str, Any]) -> None:
    data["sources"] = SOURCES


def test_sources_keep_their_published_title_and_show_a_year_only_when_known(site: Site) -> None:
    site.write_set("alpha", _with_sources)
    app = site.build("fr")
    assert warnings_of(app) == ""
    html = site.html(app, "sets/alpha")
    sources = html.split('class="kitgen-sources')[1].split("</ul>")[0]
    text = text_of(sources)
    # An English title in a French page: no French space before its colon.
    assert "Counterproductive: Time Management in the Knowledge Economy, 2018" in text
    assert f"Counterproductive{NNBSP}:" not in text and "Counterproductive\u00a0:" not in text
    # No year given: no ", None" and no dangling comma.
    assert "art. 328b" in text and "None" not in text and "328b," not in text
    assert 'href="https://x.test/ls"' in sources
    assert "Liberating Structures: Simple Rules</a>, 2013" in sources


def test_download_box_says_100_percent_the_flip_and_the_instructions(site: Site) -> None:
    for lang, words in (
        ("en", ["to print at 100% (actual size)", "flipping on the long edge",
                "Each file starts with a page of printing instructions."]),
        ("fr", ["à imprimer à 100 % (taille réelle)", "bord long",
                "Chaque fichier commence par une page d’instructions d’impression."]),
    ):  # fmt: skip
        app = site.build(lang)
        text = text_of(site.html(app, "sets/alpha")).replace(NNBSP, " ").replace("\u00a0", " ")
        for expected in words:
            assert expected in text, (lang, expected)


def test_counts_agree_with_their_number(site: Site) -> None:
    """One session is "1 séance", never "1 séances" (the set page and the theme's badges)."""
    for lang, one, many in (("fr", "1 séance", "4 cartes"), ("en", "1 session", "4 cards")):
        app = site.build(lang)
        for page in ("sets/alpha", "themes/alpha"):
            text = text_of(site.html(app, page)).replace(NNBSP, " ").replace("\u00a0", " ")
            assert one in text and many in text, (lang, page)
            assert f"{one}s" not in text, (lang, page)

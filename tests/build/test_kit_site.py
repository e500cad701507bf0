"""A kit made by ``kitgen init`` builds a complete small site from its sets alone (no docs/),
in any languages: the home page lists the sets, every set has its page, guides, decks and
online deck; the interface speaks the kit's language; one language means no chooser."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner

from kitgen.build import Project, build_kit
from kitgen.cli import main
from kitgen.i18n import output_text
from kitgen.i18n.catalogs import catalog_path
from kitgen.kit_init import example_set, init_kit
from kitgen.scaffold_words import starter_ids
from kitgen.typography import typeset

pytestmark = pytest.mark.slow

#: The kit's title, given to kitgen init: kitgen.toml is where the site's title comes from.
TITLE = "Atelier Acme"


def foreign_words(lang: str) -> list[str]:
    """The English interface texts that ``lang``'s catalogue translates differently: none of
    them may appear on a page in ``lang`` (plain texts of five characters or more)."""
    with catalog_path(lang, "output").open("rb") as fp:
        catalogue = read_po(fp, locale=lang)
    found = []
    for message in catalogue:
        english = message.id.strip() if isinstance(message.id, str) else ""
        if len(english) < 5 or "{" in english or not re.search("[a-z]", english):
            continue
        if message.string and message.string.strip() != english:
            found.append(english)
    return found


def visible_text(page: Path) -> str:
    """What a reader sees or hears of a page: its text and its labels, not its code."""
    html = re.sub(r"<script.*?</script>|<style.*?</style>", "", page.read_text("utf-8"), flags=re.S)
    # Links to a translation speak the language they lead to.
    html = re.sub(r"<a [^>]*hreflang=[^>]*>.*?</a>", "", html, flags=re.S)
    labels = re.findall(r'(?:aria-label|title|alt|placeholder)="([^"]*)"', html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html) + " " + " ".join(labels)).split())


def _kitgen(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), prog_name="kitgen")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stderr


def _build(root: Path, languages: list[str]) -> Path:
    """``kitgen init kit --lang ...`` then, in the kit, ``kitgen build -o site``: edit nothing."""
    here = Path.cwd()
    os.chdir(root)
    try:
        code, err = _kitgen("init", "kit", "--lang", ",".join(languages), "--title", TITLE)
        assert (code, err) == (0, "")
        os.chdir("kit")
        code, err = _kitgen("build", "-q", "-o", "site")
    finally:
        os.chdir(here)
    assert (code, err) == (0, ""), err  # no warning either
    return root / "kit" / "site"


@pytest.fixture(scope="module", params=[["fr"], ["de", "fr"], ["en"]], ids=lambda x: ",".join(x))
def kit_site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Path, list[str]]]:
    languages: list[str] = request.param
    yield _build(tmp_path_factory.mktemp("kit"), languages), languages


def _published(site: Path) -> list[Path]:
    return [p for p in sorted(site.rglob("*")) if p.is_file()]


def _text(path: Path) -> str:
    return unescape(path.read_text(encoding="utf-8"))


def test_every_page_of_the_kit_is_made(kit_site: tuple[Path, list[str]]) -> None:
    site, languages = kit_site
    # The example set and its session are named in the kit's first language (premier-jeu).
    example, session = example_set(languages), starter_ids(languages[0])["short-talk"]
    for lang in languages:
        home = _text(site / lang / "index.html")
        assert f' lang="{lang}"' in home.split(">")[1]
        assert f"<title>{TITLE}</title>" in home
        # The home page lists the set: its title, summary and counts, linked to its page.
        assert output_text(lang, "Title of the set") in home
        assert f'href="sets/{example}.html"' in home
        for page in (
            f"sets/{example}.html",
            f"sets/{example}/{session}.html",
            "sets/index.html",
            "printing.html",
            "search.html",
            f"deck/{example}.html",
        ):
            assert (site / lang / page).is_file(), page
        downloads = sorted(p.name for p in (site / lang / "downloads").iterdir())
        assert f"{example}--{lang}--cards--a4--duplex-long.pdf" in downloads
        assert f"{example}--{session}--{lang}--guide--a4.pdf" in downloads
        for name in downloads:
            assert (site / lang / "downloads" / name).read_bytes().startswith(b"%PDF")
        set_page = _text(site / lang / "sets" / f"{example}.html")
        assert f'href="../deck/{example}.html"' in set_page
        assert "themes/" not in set_page  # no theme page in a kit without docs
        # The web guide links inside the site (the set's page), never to a hosted address.
        guide = _text(site / lang / "sets" / example / f"{session}.html")
        assert f'href="../{example}.html' in guide
        assert "https://" not in re.sub(
            r'href="https://(github\.com/pradyunsg/furo|pradyunsg\.me)[^"]*"', "", guide
        )
    assert "readthedocs.io" not in "".join(
        p.read_bytes().decode("utf-8", "replace") for p in _published(site)
    )


def test_root_page(kit_site: tuple[Path, list[str]]) -> None:
    site, languages = kit_site
    root = _text(site / "index.html")
    assert TITLE in root
    if len(languages) == 1:
        lang = languages[0]
        assert f'<html lang="{lang}">' in root
        assert f'url={lang}/index.html"' in root
        home = _text(site / lang / "index.html")
        assert "kitgen-language-switch" not in home  # nothing to switch to
    else:
        for lang in languages:
            assert f'href="{lang}/index.html"' in root
            # Only what a kit of sets alone holds: no background pages (pages de fond).
            kit = "The facilitator’s kit: card decks, session guides and online decks."
            pages = "The facilitator’s kit: background pages, card decks and session guides."
            assert typeset(output_text(lang, kit), lang) in root
            assert typeset(output_text(lang, pages), lang) not in root
        assert "kitgen-language-switch" in _text(site / languages[0] / "index.html")


def test_the_interface_speaks_the_kits_languages(kit_site: tuple[Path, list[str]]) -> None:
    site, languages = kit_site
    for lang in languages:
        if lang == "en":
            continue
        foreign = foreign_words(lang)
        assert len(foreign) > 100, "the check must compare the whole catalogue"
        patterns = [re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])") for word in foreign]
        for page in sorted((site / lang).rglob("*.html")):
            text = visible_text(page)
            found = [p.pattern for p in patterns if p.search(text)]
            assert found == [], f"{page.relative_to(site)}: {found}"


def test_pages_of_the_kit_join_its_site(tmp_path: Path) -> None:
    """docs/<lang>/ without a conf.py: the kit's own home page, a theme page, the set pages."""
    init_kit(tmp_path / "kit", ["fr"])
    kit = tmp_path / "kit"
    docs = kit / "docs" / "fr"
    (docs / "themes").mkdir(parents=True)
    (docs / "index.md").write_text(
        "# Notre atelier\n\nBienvenue.\n\n```{toctree}\nthemes/premier-jeu\nsets/index\n```\n",
        encoding="utf-8",
    )
    (docs / "themes" / "premier-jeu.md").write_text(
        "(theme-premier-jeu)=\n# Le sujet\n\nDe quoi parle-t-on.\n", encoding="utf-8"
    )
    site = kit / "site"
    build_kit(Project.find(kit), site)
    home = _text(site / "fr" / "index.html")
    assert "Notre atelier" in home and "Bienvenue." in home
    assert not (site / "fr" / "printing.html").exists()  # the kit's pages replace kitgen's
    set_page = _text(site / "fr" / "sets" / "premier-jeu.html")
    assert 'href="../themes/premier-jeu.html' in set_page
    assert (site / "fr" / "themes" / "premier-jeu.html").is_file()


def _set_links(page: Path) -> list[str]:
    """The sets a home page's table links to (each row's anchor on the set's page)."""
    return sorted(set(re.findall(r'href="sets/[^"#]+\.html#set-([^"]+)"', _text(page))))


def test_home_page_follows_sets_added_and_removed(tmp_path: Path) -> None:
    """An incremental build lists the sets a clean build lists, after ``kitgen new`` and after
    a set file is deleted (a new file is no page's dependency until the page is read again)."""
    site = _build(tmp_path, ["fr"])
    kit = site.parent
    home = site / "fr" / "index.html"
    assert _set_links(home) == ["premier-jeu"]
    here = Path.cwd()
    os.chdir(kit)
    try:
        assert _kitgen("new", "mon-jeu") == (0, "")
        assert _kitgen("build", "-q", "-o", "site") == (0, "")
        incremental = _set_links(home)
        assert _kitgen("build", "-q", "-o", "clean") == (0, "")
        assert incremental == _set_links(kit / "clean" / "fr" / "index.html")
        assert incremental == ["mon-jeu", "premier-jeu"]
        (kit / "prompts" / "mon-jeu.yaml").unlink()
        assert _kitgen("build", "-q", "-o", "site") == (0, "")
    finally:
        os.chdir(here)
    assert _set_links(home) == ["premier-jeu"]

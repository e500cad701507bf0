"""No dead links: every QR code and address that ``kitgen build`` prints is a page it makes.

A small kit is built twice, hosted (``base_url``) and not; every QR code of every deck and guide
is decoded (zxing-cpp) and every link annotation read, and each must name a file of the built
site (and an anchor or card that exists there).  Without ``base_url`` there is none at all.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pypdf
import pypdfium2 as pdfium
import pytest
import zxingcpp
from click.testing import CliRunner
from kit_project import make_project

from kitgen import names
from kitgen.build import Project, build_kit
from kitgen.cli.main import main

pytestmark = pytest.mark.slow

BASE = "https://kit.example.org/workshops/"


def _kit(root: Path, base_url: str | None) -> Path:
    project = make_project(root)
    config = project / "kitgen.toml"
    text = re.sub(r"(?m)^base_url = .*\n", "", config.read_text(encoding="utf-8"))
    if base_url is not None:
        text = f'base_url = "{base_url}"\n' + text
    config.write_text(text, encoding="utf-8")
    return project


def _printed_addresses(pdf: Path) -> tuple[list[str], list[str]]:
    """The QR codes of every page, decoded, and the link annotations' addresses."""
    document = pdfium.PdfDocument(pdf)
    codes = [
        result.text
        for page in document
        for result in zxingcpp.read_barcodes(page.render(scale=3).to_pil())
    ]
    reader = pypdf.PdfReader(pdf)
    uris = [
        annot.get_object()["/A"]["/URI"]
        for page in reader.pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    ]
    return codes, uris


def _deck_cards(page: Path) -> set[str]:
    island = re.search(r'id="deck-data">(.*?)</script>', page.read_text(encoding="utf-8"), re.S)
    assert island
    return {p["id"] for p in json.loads(island[1])["prompts"]}


def _anchors(page: Path) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', page.read_text(encoding="utf-8")))


def _check_resolves(site: Path, address: str) -> None:
    assert address.startswith(BASE), address
    parts = urlsplit(address[len(BASE) :])
    target = site / parts.path
    assert target.is_file(), f"{address}: {parts.path} is not in the built site"
    card = parse_qs(parts.query).get("card")
    if card:
        assert card[0] in _deck_cards(target), address
    if parts.fragment:
        assert parts.fragment in _anchors(target), address


@pytest.fixture(scope="module")
def hosted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = _kit(tmp_path_factory.mktemp("hosted"), BASE)
    site = project / "dist"
    build_kit(Project.find(project), site)
    return site


def test_every_printed_address_is_a_page_of_the_built_site(hosted: Path) -> None:
    pdfs = sorted(hosted.glob("*/downloads/*.pdf"))
    assert len([p for p in pdfs if "--guide--" in p.name]) == 8 and len(pdfs) == 24
    codes_seen = uris_seen = 0
    for pdf in pdfs:
        codes, uris = _printed_addresses(pdf)
        if "--cards--" in pdf.name:  # one code per card, each opening that card
            set_id, lang = names.split(pdf.stem)[:2]  # the name gives its parts back
            cards = {parse_qs(urlsplit(code).query)["card"][0] for code in codes}
            assert (
                len(codes)
                == len(cards)
                == len(_deck_cards(hosted / lang / "deck" / f"{set_id}.html"))
            )
        else:
            assert codes, pdf.name
        for address in [*codes, *uris]:
            _check_resolves(hosted, address)
        codes_seen += len(codes)
        uris_seen += len(uris)
    assert codes_seen > 50 and uris_seen > 0


def test_site_pages_link_inside_the_site(hosted: Path) -> None:
    pages = sorted(hosted.rglob("*.html"))
    assert any("sets" in p.parts and p.parent.name != "sets" for p in pages)  # the web guides
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "kitgen.invalid" not in text, page
        for href in re.findall(r'<a [^>]*href="([^"]+)"', text):
            assert not href.startswith(BASE), (page, href)


def test_web_guide_links_to_the_knowledge_base_page(hosted: Path) -> None:
    guide = hosted / "en" / "sets" / "alpha" / "short-talk.html"
    hrefs = set(re.findall(r'href="([^"]+)"', guide.read_text(encoding="utf-8")))
    assert "../../themes/alpha.html#theme-alpha-background" in {html.unescape(h) for h in hrefs}


def test_without_base_url_nothing_printed_points_anywhere(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    project = _kit(tmp_path_factory.mktemp("local"), None)
    site = project / "dist"
    build_kit(Project.find(project), site)
    pdfs = sorted(site.glob("*/downloads/*.pdf"))
    assert len(pdfs) == 24
    for pdf in pdfs:
        assert _printed_addresses(pdf) == ([], []), pdf.name
        text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
        assert "http" not in text, pdf.name
    deck = (site / "fr" / "deck" / "alpha.html").read_text(encoding="utf-8")
    assert 'rel="canonical"' not in deck


def test_qr_option_needs_a_base_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _kit(tmp_path, None)
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["build", "-q", "--qr", "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "set base_url in kitgen.toml" in result.output
    assert not (tmp_path / "out").exists()

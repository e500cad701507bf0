"""A client's kit: ``[brand]`` in kitgen.toml shows on the card backs, in the guides' header,
as the site's logo, and gives its colour to a set without one (read back from the outputs)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner

from kitgen.build import Project, build_kit
from kitgen.cli.main import main

pytestmark = pytest.mark.slow

LOGO = Path(__file__).resolve().parents[1] / "data" / "brand" / "logo.png"
NAME = "Atelier Lac"
COLOUR = "#5b2a86"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("brand")
    result = CliRunner().invoke(main, ["init", str(root / "kit"), "--lang", "fr", "--title", "K"])
    assert result.exit_code == 0, result.output
    kit = root / "kit"
    shutil.copy(LOGO, kit / "logo.png")
    with (kit / "kitgen.toml").open("a", encoding="utf-8") as toml:
        toml.write(f'\n[brand]\nname = "{NAME}"\nlogo = "logo.png"\ncolour = "{COLOUR}"\n')
    for path in (kit / "prompts").glob("*.yaml"):  # the set leaves its colour to the brand
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^color:.*\n", "", text), encoding="utf-8")
    build_kit(Project.find(kit), kit / "site")
    return kit / "site"


def test_card_backs_show_the_brand_in_its_colour(site: Path) -> None:
    decks = sorted(site.glob("fr/downloads/*--cards--a4--duplex-long.pdf"))
    assert decks
    with pdfplumber.open(decks[0]) as pdf:
        backs = [p for p in pdf.pages if NAME in (p.extract_text() or "")]
        assert backs and all(p.images for p in backs)  # the logo on every back page
        purple = (round(0x5B / 255, 3), round(0x2A / 255, 3), round(0x86 / 255, 3))
        fills = {tuple(round(c, 3) for c in r["non_stroking_color"] or ()) for r in backs[0].rects}
        assert purple in fills


def test_guides_carry_the_brand_in_their_header(site: Path) -> None:
    guides = sorted(site.glob("fr/downloads/*--guide--a4.pdf"))
    assert guides
    with pdfplumber.open(guides[0]) as pdf:
        for page in pdf.pages:
            assert page.images and page.images[0]["top"] < 25 * 72 / 25.4  # in the header
            assert (page.extract_text() or "").startswith(NAME)


def test_site_logo_and_colour(site: Path) -> None:
    home = (site / "fr" / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<img class="sidebar-logo" src="([^"]+)"', home)
    assert match and (site / "fr" / match[1]).read_bytes() == LOGO.read_bytes()
    set_id = next((site.parent / "prompts").glob("*.yaml")).stem
    set_page = site / "fr" / "sets" / f"{set_id}.html"
    assert f"--kitgen-accent: {COLOUR}" in set_page.read_text(encoding="utf-8")
    deck = (site / "fr" / "deck" / f"{set_id}.html").read_text(encoding="utf-8")
    assert '"accent":"#5b2a86"' in deck

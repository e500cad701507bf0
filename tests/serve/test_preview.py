"""The author's preview: one card redrawn per edit, warnings on their card, the last good
preview kept while the file is broken."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kitgen.build.project import Project
from kitgen.config import Brand, Config
from kitgen.serve.preview import Previews

DATA = Path(__file__).resolve().parents[1] / "data" / "minimal.yaml"
SECOND = "What surprised you most, and why (en)"
LOGO = Path(__file__).resolve().parents[1] / "data" / "brand" / "logo.png"


@pytest.fixture()
def kit(tmp_path: Path) -> tuple[Previews, Path]:
    (tmp_path / "prompts").mkdir()
    path = tmp_path / "prompts" / "minimal.yaml"
    path.write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")
    return Previews(Project(root=tmp_path, config=Config())), path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _fronts(page: str) -> dict[str, str]:
    return dict(re.findall(r'id="card-([^"]+)".*?class="front" src="([^"]+)"', page))


def test_an_edit_redraws_that_card_alone(kit: tuple[Previews, Path]) -> None:
    previews, path = kit
    first = previews.refresh(path)
    assert first.errors == []
    cards = len(_fronts(previews.page("minimal", "en") or ""))
    assert cards >= 3
    assert first.drawn == 2 * cards  # every card, in fr and in en
    assert previews.refresh(path).drawn == 0  # nothing changed: all from the cache
    before = _fronts(previews.page("minimal", "en") or "")

    _edit(path, SECOND, "What astonished you most, and why (en)")  # same length, same fit
    again = previews.refresh(path)
    assert again.drawn == 1
    page = previews.page("minimal", "en") or ""
    after = _fronts(page)
    assert [k for k in after if after[k] != before[k]] == ["how-it-felt"]
    assert "What astonished you most, and why (en)" in page
    name = after["how-it-felt"].rsplit("/", 1)[1]
    image = previews.image(name)
    assert image is not None and b"<svg" in image[:300]
    assert previews.image(before["how-it-felt"].rsplit("/", 1)[1]) is None  # pruned


def test_a_warning_shows_on_the_card_it_concerns(kit: tuple[Previews, Path]) -> None:
    previews, path = kit
    # A rune: no bundled font draws it (emoji have a fallback font), so the validator warns.
    _edit(path, SECOND, "What surprised you most, and why \u16a0 (en)")
    assert previews.refresh(path).errors == []
    page = previews.page("minimal", "en") or ""
    warned = re.findall(r'id="card-([^"]+)" data-warnings="([1-9])"', page)
    assert warned == [("how-it-felt", "1")]
    card = page.split('id="card-how-it-felt"', 1)[1].split("</li>", 1)[0]
    assert re.search(r'class="warning" role="note">[^<]*minimal\.yaml:\d+:\d+: warning: ', card)


def test_a_broken_file_keeps_the_last_good_preview(kit: tuple[Previews, Path]) -> None:
    previews, path = kit
    previews.refresh(path)
    good = previews.page("minimal", "fr")
    _edit(path, "prompts:\n", "prompts:\n  - id: [unclosed\n")
    outcome = previews.refresh(path)
    assert outcome.errors
    assert all(re.match(r".*minimal\.yaml:\d+:\d+: error: ", str(d)) for d in outcome.errors)
    assert previews.page("minimal", "fr") == good


def test_real_size_by_default_enlarged_on_request(kit: tuple[Previews, Path]) -> None:
    previews, path = kit
    previews.refresh(path)
    real = previews.page("minimal", "en") or ""
    double = previews.page("minimal", "en", zoom=2.0) or ""
    cards = len(_fronts(real))
    assert real.count('style="width: 63mm; height: 88mm"') == 2 * cards  # front and back
    assert double.count('style="width: 126mm; height: 176mm"') == 2 * cards
    assert 'href="minimal.html?lang=en&amp;zoom=2" aria-current=true' in double


def test_the_preview_index_lists_every_set(kit: tuple[Previews, Path]) -> None:
    previews, path = kit
    (path.parent / "second.yaml").write_text("id: second\n", encoding="utf-8")  # broken: listed
    listed = re.findall(r'<a href="([^"]+)">([^<]*)</a>', previews.index())
    assert listed == [("minimal.html", "minimal"), ("second.html", "second")]  # not drawn yet
    previews.refresh(path)
    title = previews.page("minimal", "fr") or ""
    first = re.findall(r'<a href="([^"]+)">([^<]*)</a>', previews.index())[0]
    assert first[0] == "minimal.html" and f"<h1>{first[1]}</h1>" in title  # by its title


def test_card_backs_carry_the_kits_brand(tmp_path: Path) -> None:
    """The backs show the kit's [brand] (here its logo), as the printed deck does."""
    (tmp_path / "prompts").mkdir()
    path = tmp_path / "prompts" / "minimal.yaml"
    path.write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")
    backs = []
    for brand in (Brand(), Brand(name="Atelier Lac", logo=LOGO, colour="#5b2a86")):
        previews = Previews(Project(root=tmp_path, config=Config(brand=brand)))
        assert previews.refresh(path).errors == []
        page = previews.page("minimal", "en") or ""
        back = re.search(r'class="back" src="[^"]*/([^"/]+)"', page)
        assert back is not None
        image = previews.image(back.group(1))
        assert image is not None
        backs.append(image)
    plain, branded = backs
    assert b"<image " in branded  # the logo (the PNG, wrapped in SVG), drawn on the back
    assert b"<image " not in plain

"""Kitgen Hyperlegible: a plain zero in running text, checked in the faces and in the PDFs.

The PDF check reads the fonts Typst embedded: for each, the glyph its ToUnicode map gives for
``0`` must have two contours (outer and counter); Atkinson Hyperlegible's slashed zero has three.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from embedded_fonts import contours, drawn
from fontTools.ttLib import TTFont

from kitgen.load import load_set
from kitgen.render.cards import DeckOptions, render_deck
from kitgen.render.cards.fonts import font_dir
from kitgen.render.guide import GuideOptions, render_guide_pdf
from kitgen.render.plainzero import FAMILY, derived_dir

ROOT = Path(__file__).resolve().parents[2]


def test_derived_faces_have_a_plain_zero_and_their_own_name() -> None:
    for path in sorted(font_dir().glob("*.ttf")):
        assert contours(TTFont(path), "zero") == 3  # the slashed original
    faces = sorted(derived_dir(font_dir()).glob("*.ttf"))
    assert len(faces) == 4
    for path in faces:
        font = TTFont(path)
        assert contours(font, "zero") == 2 and contours(font, "zero.tf") == 2
        assert font["name"].getDebugName(1) == FAMILY
        assert "Atkinson Hyperlegible" in (font["name"].getDebugName(10) or "")
        assert "Open Font License" in (font["name"].getDebugName(10) or "")


def test_cards_print_a_plain_zero() -> None:
    prompt_set = load_set(ROOT / "prompts" / "engagement.yaml", docs_dir=None)
    zeros = drawn(render_deck(prompt_set, "fr", DeckOptions(instructions="first")), "0")
    assert zeros  # "v1.0", "2012", "100 %"
    assert all("KitgenHyperlegible" in name for name in zeros), zeros
    assert set(zeros.values()) == {2}


def test_guides_print_a_plain_zero() -> None:
    prompt_set = load_set(ROOT / "prompts" / "engagement.yaml", docs_dir=None)
    zeros = drawn(render_guide_pdf(prompt_set, "fr", GuideOptions(None, "a4", "08:30")), "0")
    assert zeros
    assert set(zeros.values()) == {2}, zeros


def test_the_derivation_gives_the_same_bytes_every_time() -> None:
    from kitgen.render.plainzero import plain_zero_font

    source = (font_dir() / "AtkinsonHyperlegible-Regular.ttf").read_bytes()
    assert plain_zero_font(source) == plain_zero_font(source)


def test_a_read_only_cache_falls_back_to_a_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    cache.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    tempfile.tempdir = None  # read TMPDIR again
    try:
        folder = derived_dir(font_dir())
    finally:
        tempfile.tempdir = None
    assert folder.is_relative_to(tmp_path / "tmp")
    assert len(list(folder.glob("KitgenHyperlegible-*.ttf"))) == 4

"""The fallback fonts: 🚀 prints from Noto Emoji, → ✓ ★ ☐ from DejaVu Sans; the rest is named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from embedded_fonts import drawn, glyphs

import kitgen
from kitgen.load import load_set
from kitgen.render.cards import DeckOptions, render_deck
from kitgen.render.cards.fonts import FALLBACK_FAMILY, SYMBOLS_FAMILY, fallback_dir
from kitgen.render.glyphs import glyph_warnings

#: Symbols facilitation text uses: arrows, check and cross marks, stars, bullets, ballot boxes,
#: shapes used as markers. Neither Atkinson Hyperlegible nor Noto Emoji draws any of them.
SYMBOLS = "→ ← ↑ ↓ ⇒ ➜ ➔ ➤ ✓ ✗ ✘ ★ ☆ ◦ ■ □ ☐ ☒ ► ◆ ◇ ○ ● ✦ ⚑ ❖"


def test_the_fallback_fonts_ship_with_their_licences() -> None:
    assert (fallback_dir() / "NotoEmoji-Regular.ttf").is_file()
    assert "SIL Open Font License" in (fallback_dir() / "OFL.txt").read_text(encoding="utf-8")
    assert (fallback_dir() / "DejaVuSans-Symbols.ttf").is_file()
    licence = (fallback_dir() / "DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream Vera Fonts Copyright" in licence and "public domain" in licence


def test_every_template_lists_both_fallbacks_after_the_text_faces() -> None:
    templates = Path(kitgen.__file__).parent / "templates"
    fonts = [
        line
        for typ in sorted(templates.glob("*.typ"))
        for line in typ.read_text(encoding="utf-8").splitlines()
        if line.startswith("#set text(font:")
    ]
    assert len(fonts) >= 4  # cards, fit pass, guide, calibration sheet
    for line in fonts:
        assert f'"{FALLBACK_FAMILY}", "{SYMBOLS_FAMILY}")' in line, line


def test_a_rocket_prints_and_an_ideogram_is_still_named(write_set: Callable[..., Path]) -> None:
    def edit(data: dict) -> None:
        data["prompts"][0]["text"] = {"fr": "Départ 🚀 ⚠ 漢 prêt ?", "en": "Go 🚀 ⚠ 漢 ready?"}

    prompt_set = load_set(write_set(edit), docs_dir=None)
    pdf = render_deck(prompt_set, "en", DeckOptions())
    rocket = drawn(pdf, "🚀")
    assert rocket and all("NotoEmoji" in name for name in rocket)
    assert all(n > 0 for n in rocket.values())  # an outline, not an empty box
    warning = [d.message for d in glyph_warnings(prompt_set, ["en"])]
    assert len(warning) == 1
    assert "'漢' (U+6F22)" in warning[0] and "🚀" not in warning[0] and "⚠" not in warning[0]


def test_arrows_checks_stars_and_boxes_print_from_a_real_font(
    write_set: Callable[..., Path],
) -> None:
    def edit(data: dict) -> None:
        data["prompts"][0]["text"] = {"fr": f"Repères {SYMBOLS}", "en": f"Markers {SYMBOLS}"}

    prompt_set = load_set(write_set(edit), docs_dir=None)
    assert glyph_warnings(prompt_set) == []  # the check counts the new font
    pdf = render_deck(prompt_set, "en", DeckOptions())
    for char, fonts in glyphs(pdf, SYMBOLS.replace(" ", "")).items():
        assert fonts, f"{char} is not in the PDF's text"
        assert all("DejaVuSans" in font for font in fonts), (char, fonts)
        for name, contours in fonts.values():
            assert name != ".notdef" and contours > 0, (char, fonts)  # a glyph, not a box

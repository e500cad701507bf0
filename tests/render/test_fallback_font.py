"""The fallback font: 🚀 and common symbols print from Noto Emoji; the rest is still named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from embedded_fonts import drawn

from kitgen.load import load_set
from kitgen.render.cards import DeckOptions, render_deck
from kitgen.render.cards.fonts import fallback_dir
from kitgen.render.glyphs import glyph_warnings


def test_the_fallback_font_ships_with_its_licence() -> None:
    assert (fallback_dir() / "NotoEmoji-Regular.ttf").is_file()
    assert "SIL Open Font License" in (fallback_dir() / "OFL.txt").read_text(encoding="utf-8")


def test_a_rocket_prints_and_an_arrow_is_still_named(write_set: Callable[..., Path]) -> None:
    def edit(data: dict) -> None:
        data["prompts"][0]["text"] = {"fr": "Lancement 🚀 ⚠ → prêt ?", "en": "Launch 🚀 ⚠ → ready?"}

    prompt_set = load_set(write_set(edit), docs_dir=None)
    pdf = render_deck(prompt_set, "en", DeckOptions())
    rocket = drawn(pdf, "🚀")
    assert rocket and all("NotoEmoji" in name for name in rocket)
    assert all(n > 0 for n in rocket.values())  # an outline, not an empty box
    warning = [d.message for d in glyph_warnings(prompt_set, ["en"])]
    assert len(warning) == 1
    assert "'→' (U+2192)" in warning[0] and "🚀" not in warning[0] and "⚠" not in warning[0]

"""PNG faces for slides: one per face at 300 dpi, with the prompt as alt text beside them."""

from __future__ import annotations

import json
import struct
from pathlib import Path

from kitgen.model import PromptSet
from kitgen.render.cards import DeckOptions
from kitgen.render.cards.png import render_card_pngs


def _png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_one_png_per_face_at_300_dpi_with_alt_text(minimal: PromptSet, tmp_path: Path) -> None:
    files = render_card_pngs(minimal, "en", DeckOptions(), tmp_path)
    names = sorted(p.name for p in files)
    ids = [p.id for p in minimal.prompts]
    assert names == sorted([f"{i}--front.png" for i in ids] + [f"{i}--back.png" for i in ids])
    w, h = _png_size(tmp_path / "first-look--front.png")
    assert abs(w - 63 / 25.4 * 300) <= 1 and abs(h - 88 / 25.4 * 300) <= 1
    alt = json.loads((tmp_path / "alt.json").read_text("utf-8"))
    assert "What did you notice about this topic" in alt["first-look--front.png"]
    assert "Where exactly did it happen" in alt["first-look--front.png"]
    assert "For the facilitator" not in json.dumps(alt)
    assert (tmp_path / "first-look--back.png").read_bytes() == (
        tmp_path / "next-step--back.png"
    ).read_bytes()


def test_ppi_sets_the_resolution_of_every_face(minimal: PromptSet, tmp_path: Path) -> None:
    render_card_pngs(minimal, "en", DeckOptions(), tmp_path, ppi=96)
    for face in ("first-look--front.png", "first-look--back.png"):
        w, h = _png_size(tmp_path / face)
        assert abs(w - 63 / 25.4 * 96) <= 1 and abs(h - 88 / 25.4 * 96) <= 1

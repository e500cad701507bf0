"""PNG faces for slides: one per face at 300 dpi, with the prompt as alt text beside them."""

from __future__ import annotations

import json
import struct
from pathlib import Path

from kitgen import catalog
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


def test_previews_are_twice_their_displayed_width(minimal: PromptSet, tmp_path: Path) -> None:
    options = DeckOptions()
    ppi = catalog.preview_ppi(options.card_size.width)
    files = render_card_pngs(minimal, "en", options, tmp_path, preview_ppi=ppi)
    previews = [p for p in files if p.name.endswith("--preview.png")]
    ids = [p.id for p in minimal.prompts]
    assert sorted(p.name for p in previews) == sorted(f"{i}--preview.png" for i in ids)
    for path in previews:
        w, h = _png_size(path)
        assert abs(w - 2 * catalog.PREVIEW_WIDTH) <= 1 and abs(h - 2 * catalog.PREVIEW_HEIGHT) <= 1
        assert path.read_bytes()[25] == 3  # PNG colour type 3: an indexed palette
        front = path.with_name(path.name.replace("--preview", "--front"))
        assert path.stat().st_size < front.stat().st_size / 3
    alt = json.loads((tmp_path / "alt.json").read_text("utf-8"))
    assert alt["first-look--preview.png"] == alt["first-look--front.png"]

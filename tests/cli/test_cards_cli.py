"""End-to-end runs of `kitgen cards` and `kitgen calibrate`."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from click.testing import CliRunner
from pypdf import PdfReader

from kitgen.cli.main import main


def test_cards_writes_the_pdf_and_says_what_it_chose(minimal_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.pdf"
    result = CliRunner().invoke(main, ["cards", str(minimal_path), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "poker on A4: 3\u202f×\u202f3, shared cut lines" in result.stderr
    assert result.stdout.strip() == str(out)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 4  # the instructions and their blank back, then one sheet
    assert (reader.pages[0].extract_text() or "").startswith("How to print this deck")


def test_instructions_option(minimal_path: Path, tmp_path: Path) -> None:
    def pages(*args: str) -> list[str]:
        out = tmp_path / "deck.pdf"
        result = CliRunner().invoke(main, ["cards", str(minimal_path), "-o", str(out), *args])
        assert result.exit_code == 0, result.output
        return [p.extract_text() or "" for p in PdfReader(io.BytesIO(out.read_bytes())).pages]

    assert pages("--instructions", "last")[-1].startswith("Comment imprimer ce jeu")
    assert len(pages("--instructions", "none")) == 2
    assert not any("Comment imprimer" in t for t in pages("--layout", "shop"))
    shop = ["cards", str(minimal_path), "-o", str(tmp_path / "x.pdf"), "--layout", "shop"]
    result = CliRunner().invoke(main, [*shop, "--instructions", "first"])
    assert result.exit_code == 2
    assert "--instructions none" in result.stderr and "Traceback" not in result.output


def test_cards_options(minimal_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.pdf"
    png = tmp_path / "png"
    args = ["cards", str(minimal_path), "-o", str(out), "--card", "tarot", "--paper", "letter",
            "--layout", "fronts-then-backs", "--bleed", "2", "--no-crop-marks",
            "--back-offset", "1,-0.5", "--min-font", "9", "--png", str(png)]  # fmt: skip
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "tarot on Letter: 2\u202f×\u202f2" in result.stderr
    assert (png / "first-look--front.png").is_file() and (png / "alt.json").is_file()


def test_unfittable_prompt_exits_1_with_located_error(
    write_set: Callable[..., Path], tmp_path: Path
) -> None:
    def edit(data: dict) -> None:
        data["prompts"][0]["text"] = {"fr": "Une très longue question. " * 40, "en": "x"}

    path = write_set(edit)
    result = CliRunner().invoke(main, ["cards", str(path), "-o", str(tmp_path / "d.pdf")])
    assert result.exit_code == 1
    line = result.stderr.strip().splitlines()[-1]
    assert line.endswith("shorten it or use --card tarot")
    assert ": error: prompt first-look does not fit a poker card at 8.5 pt (needs " in line
    assert line.split(":")[0].endswith("set.yaml")
    assert not (tmp_path / "d.pdf").exists()


def test_bad_card_is_a_usage_error(minimal_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["cards", str(minimal_path), "-o", str(tmp_path / "d.pdf"), "--card", "huge"]
    )
    assert result.exit_code == 2
    assert "unknown card size" in result.stderr


def test_calibrate_writes_a_duplex_test_sheet(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    result = CliRunner().invoke(main, ["calibrate", "-o", str(out), "--paper", "letter"])
    assert result.exit_code == 0, result.output
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 2
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/Duplex"] == "/DuplexFlipLongEdge"
    assert abs(float(reader.pages[0].mediabox.width) - 612) < 0.3
    assert "--back-offset" in (reader.pages[1].extract_text() or "")


@pytest.mark.parametrize(
    ("toml", "title"),
    [('languages = ["fr", "en"]\n', "Calibrage recto verso"),
     ('languages = ["en", "fr"]\n', "Duplex calibration"),
     ("", "Calibrage recto verso")],  # no languages: the default kit is French, then English
)  # fmt: skip
def test_calibrate_speaks_the_kits_first_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, toml: str, title: str
) -> None:
    (tmp_path / "kitgen.toml").write_text(toml, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["calibrate", "-o", "sheet.pdf"])
    assert result.exit_code == 0, result.output
    reader = PdfReader(io.BytesIO((tmp_path / "sheet.pdf").read_bytes()))
    assert title in (reader.pages[0].extract_text() or "")
    result = CliRunner().invoke(main, ["calibrate", "-o", "de.pdf", "--lang", "de"])
    assert result.exit_code == 0, result.output


def test_shop_file_has_no_crop_marks_and_the_help_says_so(
    minimal_path: Path, tmp_path: Path
) -> None:
    """The decision of issue 14: a shop file has no marks (its trim box says where to cut), so
    --no-crop-marks changes nothing there; on home sheets it removes the marks."""
    runner = CliRunner()

    def build(name: str, *args: str) -> bytes:
        out = tmp_path / name
        result = runner.invoke(main, ["cards", str(minimal_path), "-o", str(out), *args])
        assert result.exit_code == 0, result.output
        return out.read_bytes()

    shop = build("shop.pdf", "--layout", "shop")
    assert shop == build("shop-nomarks.pdf", "--layout", "shop", "--no-crop-marks")
    for page in PdfReader(io.BytesIO(shop)).pages:
        assert page.trimbox != page.mediabox and page.bleedbox == page.mediabox
    import pdfplumber

    trims = [page.trimbox for page in PdfReader(io.BytesIO(shop)).pages]
    with pdfplumber.open(io.BytesIO(shop)) as pdf:  # no line reaches outside the trim
        for page, trim in zip(pdf.pages, trims, strict=True):
            x0, y0, x1, y1 = (float(v) for v in trim)
            top, bottom = page.height - y1, page.height - y0
            for ln in page.lines:
                assert x0 <= ln["x0"] and ln["x1"] <= x1
                assert top <= ln["top"] and ln["bottom"] <= bottom
    home = ["--instructions", "none"]
    with (
        pdfplumber.open(io.BytesIO(build("a.pdf", *home))) as marked,
        pdfplumber.open(io.BytesIO(build("b.pdf", *home, "--no-crop-marks"))) as plain,
    ):
        assert len(marked.pages[0].lines) >= len(plain.pages[0].lines) + 16  # 2 per cut line
    help_text = runner.invoke(main, ["cards", "--help"]).output
    assert "a shop file has none" in " ".join(help_text.split())


def test_cards_qr_follow_kitgen_toml_and_the_option(minimal_path: Path, tmp_path: Path) -> None:
    def codes(pdf: Path) -> list[str]:
        pages = [page.render(scale=3).to_pil() for page in pdfium.PdfDocument(pdf)]
        return [r.text for page in pages for r in zxingcpp.read_barcodes(page)]

    kit = tmp_path / "kit"
    kit.mkdir()
    set_path = Path(shutil.copy(minimal_path, kit / "minimal.yaml"))
    out = tmp_path / "deck.pdf"
    args = ["cards", str(set_path), "-o", str(out), "--lang", "en"]
    assert CliRunner().invoke(main, args).exit_code == 0
    assert codes(out) == []  # no kitgen.toml, no base_url: no QR code
    refused = CliRunner().invoke(main, [*args, "--qr"])
    assert refused.exit_code == 2 and "set base_url in kitgen.toml" in refused.stderr
    (kit / "kitgen.toml").write_text('base_url = "https://kit.example.org/"\n')
    assert CliRunner().invoke(main, args).exit_code == 0
    found = codes(out)
    assert found and all(
        c.startswith("https://kit.example.org/en/deck/minimal.html?card=") for c in found
    )
    assert CliRunner().invoke(main, [*args, "--no-qr"]).exit_code == 0
    assert codes(out) == []

"""``kitgen guide`` and ``kitgen plan`` end to end: files written, ids printed, errors located."""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pdfplumber
import pypdf
import pytest
from click.testing import CliRunner

from kitgen.cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
WORKSHOP = DATA / "guide" / "workshop.yaml"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), prog_name="kitgen")
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def pdf_text(path: Path) -> str:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as doc:
        return " ".join(" ".join((p.extract_text() or "").split()) for p in doc.pages)


@pytest.fixture()
def workshop(tmp_path: Path) -> Path:
    """The guide fixture outside the repository (so no theme page is required)."""
    return Path(shutil.copy(WORKSHOP, tmp_path / "workshop.yaml"))


@pytest.fixture()
def prompts(tmp_path: Path) -> Path:
    folder = tmp_path / "prompts"
    shutil.copytree(DATA / "plan", folder)
    return folder


def test_guide_pdf_with_start_time(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "guide.pdf"
    code, stdout, stderr = run(
        "guide", str(workshop), "-o", str(out), "--lang", "en", "--start", "08:30"
    )
    assert code == 0, stderr
    assert stdout.strip() == str(out)
    text = pdf_text(out)
    assert "1 08:30–08:38 8 Opening" in text and "5 09:20–09:30 10 Closing" in text
    assert "Actions for the next session" in text


def test_guide_session_paper_and_default_name(
    workshop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, stdout, stderr = run("guide", str(workshop), "--session", "quick-30", "--paper", "letter")
    assert code == 0, stderr
    out = tmp_path / stdout.strip()
    assert out.name == "workshop--quick-30--fr--guide--letter.pdf"
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert "Version de 30 minutes" in pdf_text(out)


def test_guide_markdown(workshop: Path, tmp_path: Path) -> None:
    out = tmp_path / "guide.md"
    code, _, stderr = run("guide", str(workshop), "-o", str(out), "--lang", "en")
    assert code == 0, stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# A 60\\-minute workshop on commitment\n")
    forced = tmp_path / "guide.txt"
    assert run("guide", str(workshop), "-o", str(forced), "--format", "md")[0] == 0
    assert forced.read_text(encoding="utf-8").startswith("# ")


def test_guide_errors(workshop: Path, tmp_path: Path) -> None:
    code, _, stderr = run("guide", str(workshop), "--session", "workshop-6", "-o", "x.pdf")
    assert code == 1
    assert re.search(
        r"workshop\.yaml:\d+:\d+: error: set 'workshop' has no session 'workshop-6'; "
        r"did you mean 'workshop-60'\?",
        stderr,
    ), stderr
    code, _, stderr = run("guide", str(workshop), "--start", "8.75", "-o", "x.pdf")
    assert code == 2 and "not a time of day" in stderr
    code, _, stderr = run("guide", str(tmp_path / "missing.yaml"), "-o", "x.pdf")
    assert code == 1 and "missing.yaml" in stderr
    assert not (tmp_path / "x.pdf").exists()


def test_plan_prints_its_id_and_the_id_rebuilds_it(prompts: Path, tmp_path: Path) -> None:
    first = tmp_path / "plan.pdf"
    code, stdout, stderr = run(
        "plan", "--minutes", "60", "--group-size", "12", "--seed", "3", "--lang", "en",
        "--prompts", str(prompts), "-o", str(first), "--start", "14:00",
    )  # fmt: skip
    assert code == 0, stderr
    plan_id = stdout.strip()
    assert re.fullmatch(r"[a-z2-7]+", plan_id), stdout
    text = pdf_text(first)
    assert "A 60-minute conversation session" in text and plan_id in text
    assert "14:00–" in text and "–15:00" in text
    again = tmp_path / "again.pdf"
    code, stdout, stderr = run(
        "plan", "--id", plan_id, "--prompts", str(prompts), "-o", str(again), "--start", "14:00"
    )
    assert code == 0, stderr
    assert stdout.strip() == plan_id
    assert again.read_bytes() == first.read_bytes()


def test_plan_remote_markdown_and_themes(prompts: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.md"
    code, stdout, stderr = run(
        "plan", "--minutes", "45", "--format", "remote", "--themes", "commitment,trust",
        "--prompts", str(prompts), "-o", str(out),
    )  # fmt: skip
    assert code == 0, stderr
    text = out.read_text(encoding="utf-8")
    assert "À distance" in text and stdout.strip() in text


def test_plan_refusals(prompts: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.pdf"
    code, stdout, stderr = run("plan", "--minutes", "5", "--prompts", str(prompts), "-o", str(out))
    assert code == 1 and stdout == ""
    assert re.search(r"prompts:1:1: error: \d+ minutes is the least", stderr), stderr
    code, _, stderr = run(
        "plan", "--minutes", "60", "--format", "remote", "--themes", "offline",
        "--prompts", str(prompts), "-o", str(out),
    )  # fmt: skip
    assert code == 1 and "no remote-friendly opener prompt for theme offline" in stderr
    code, _, stderr = run("plan", "--id", "nonsense", "--prompts", str(prompts))
    assert code == 1 and "'nonsense' is not a plan id" in stderr
    code, _, stderr = run("plan", "--prompts", str(prompts))
    assert code == 2 and "give --minutes" in stderr
    assert not out.exists()


def _uris(path: Path) -> list[str]:
    return [
        annot.get_object()["/A"]["/URI"]
        for page in pypdf.PdfReader(path).pages
        for annot in page.get("/Annots", [])
        if "/A" in annot.get_object()
    ]


def test_guide_and_plan_qr_follow_kitgen_toml_and_the_option(
    workshop: Path, prompts: Path, tmp_path: Path
) -> None:
    out = tmp_path / "guide.pdf"
    assert run("guide", str(workshop), "-o", str(out), "--lang", "en")[0] == 0
    assert _uris(out) == [] and "http" not in pdf_text(out)  # no kitgen.toml: no address
    code, _, stderr = run("guide", str(workshop), "-o", str(out), "--qr")
    assert code == 2 and "set base_url in kitgen.toml" in stderr
    (tmp_path / "kitgen.toml").write_text('base_url = "https://kit.example.org/"\n')
    assert run("guide", str(workshop), "-o", str(out), "--lang", "en")[0] == 0
    uris = _uris(out)
    assert uris and all(u.startswith("https://kit.example.org/en/sets/workshop.html") for u in uris)
    assert run("guide", str(workshop), "-o", str(out), "--no-qr")[0] == 0
    assert _uris(out) == []
    plan = tmp_path / "plan.pdf"
    args = ["plan", "--minutes", "60", "--seed", "3", "--prompts", str(prompts), "-o", str(plan)]
    assert run(*args)[0] == 0 and _uris(plan)
    assert run(*args, "--no-qr")[0] == 0 and _uris(plan) == []


def test_guide_docx_from_the_suffix_and_the_option(workshop: Path, tmp_path: Path) -> None:
    import docx

    out = tmp_path / "guide.docx"
    code, _, err = run("guide", str(workshop), "-o", str(out), "--lang", "en")
    assert code == 0, err
    document = docx.Document(io.BytesIO(out.read_bytes()))
    assert document.core_properties.language == "en"
    assert document.paragraphs[0].style.name == "Title"
    named = tmp_path / "guide.bin"
    code, _, err = run("guide", str(workshop), "-o", str(named), "--format", "docx")
    assert code == 0, err
    assert named.read_bytes()[:2] == b"PK"  # a Word document is a zip archive

"""End-to-end runs of `kitgen deck` (the single-file online deck)."""

from __future__ import annotations

import re
from pathlib import Path

from click.testing import CliRunner

from kitgen.cli.main import main


def test_deck_writes_one_html_file(minimal_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "deck.html"
    result = CliRunner().invoke(main, ["deck", str(minimal_path), "-o", str(out), "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    page = out.read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="fr">')
    assert [p.name for p in out.parent.iterdir()] == ["deck.html"]


def test_deck_in_a_language_the_set_lacks_is_a_usage_error(
    minimal_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "deck.html"
    result = CliRunner().invoke(main, ["deck", str(minimal_path), "-o", str(out), "--lang", "de"])
    assert result.exit_code == 2
    assert "the set is written in" in result.output
    assert not out.exists()


def test_deck_of_an_invalid_set_is_located(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["deck", str(bad), "-o", str(tmp_path / "d.html")])
    assert result.exit_code == 1
    assert re.match(r"\S*bad\.yaml:2:1: error: YAML syntax", result.stderr)
    assert "Traceback" not in result.output

"""Length and time: documented limits in the validator, short quotes, texts the fit check judges.

Ids of thousands of characters passed ``validate`` and crashed the renderers; a 1.5 MB word
passed too, and the fit check's time grew with the square of a word's length; messages printed
the whole word; CJK text without spaces was refused as one over-long word; stacked combining
marks spilled into the card's header with no warning. (How long the fit check takes is measured
by ``benchmarks/bench_long_words.py``, never asserted here.)
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from reliability_support import LOCATED, kitgen_env, run_kitgen

from kitgen.config import MAX_BASE_URL_CHARS
from kitgen.diagnostics import KitgenError
from kitgen.load import load_set
from kitgen.load.limits import MAX_WORD_CHARS, longest_word
from kitgen.model.patterns import MAX_ID_CHARS
from kitgen.render.cards import DeckOptions, render_deck

#: A located line of these commands never gets longer than this, whatever the input.
SHORT_LINE = 400
CJK = "社会的なネットワークは仕事を変える"  # 17 characters, no space


def run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_kitgen(args, cwd=cwd, env=kitgen_env(KITGEN_LANG="en"))


def edited(minimal_path: Path, folder: Path, edit: Callable[[dict[str, Any]], None]) -> Path:
    data: dict[str, Any] = yaml.safe_load(minimal_path.read_text(encoding="utf-8"))
    edit(data)
    path = folder / "set.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, width=10**9), "utf-8")
    return path


def located(result: subprocess.CompletedProcess[str], severity: str = "error") -> list[str]:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if LOCATED.match(line)]
    for line in result.stderr.splitlines():
        assert len(line) < SHORT_LINE, line[:SHORT_LINE]
    return [line for line in lines if f": {severity}: " in line]


def test_ids_longer_than_the_limit_are_refused(minimal_path: Path, tmp_path: Path) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["id"] = "a" * 5000
        data["prompts"][0]["id"] = "p" * (MAX_ID_CHARS + 1)
        data["categories"][0]["id"] = "c" * MAX_ID_CHARS  # at the limit: fine

    path = edited(minimal_path, tmp_path, edit)
    result = run(["validate", "--no-docs", path.name], tmp_path)
    assert result.returncode == 1
    errors = located(result)
    assert any(e.startswith("set.yaml:") and "5,000 characters" in e for e in errors), errors
    assert any(f"keep it to {MAX_ID_CHARS} characters" in e for e in errors), errors
    assert not any("c" * MAX_ID_CHARS in e for e in errors)
    assert "a" * 100 not in result.stderr  # quoted as an excerpt


def test_a_huge_word_is_a_short_located_error(minimal_path: Path, tmp_path: Path) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][0]["text"]["en"] = "Why " + "x" * 1_500_000 + " here?"
        data["prompts"][1]["text"]["fr"] = "Pourquoi " + "y" * (MAX_WORD_CHARS + 1) + " ?"

    path = edited(minimal_path, tmp_path, edit)
    result = run(["validate", "--no-docs", path.name], tmp_path)
    assert result.returncode == 1
    errors = located(result)
    assert len(errors) == 2, errors
    assert "has a word of 1,500,000 characters" in errors[0]
    assert f"words are limited to {MAX_WORD_CHARS} characters" in errors[1]
    assert all(LOCATED.match(e)["path"] == "set.yaml" for e in errors)  # type: ignore[index]


def test_what_counts_as_one_word() -> None:
    word = "z" * MAX_WORD_CHARS
    assert longest_word(f"a {word} b") == word
    # No-break spaces join (French typography); CJK characters break like spaces.
    assert longest_word("Qu’est-ce\u202fqui change ? " + CJK * 20) == "Qu’est-ce\u202fqui"
    assert longest_word(f"{CJK}abc{CJK}de") == "abc"
    assert longest_word(CJK * 30) == ""


def test_base_url_longer_than_the_limit_is_refused(repo_root: Path, tmp_path: Path) -> None:
    project = tmp_path / "kit"
    (project / "prompts").mkdir(parents=True)
    (project / "prompts" / "x.yaml").write_text("schema: 1\n", "utf-8")
    long_url = "https://example.org/" + "a" * MAX_BASE_URL_CHARS
    (project / "kitgen.toml").write_text(f'base_url = "{long_url}"\n', "utf-8")
    result = run(["cards", "prompts/x.yaml", "-o", "x.pdf"], project)
    assert result.returncode == 1, result.stderr
    errors = located(result)
    assert errors and errors[0].startswith("kitgen.toml:1:"), result.stderr
    assert f"at most {MAX_BASE_URL_CHARS} characters" in errors[0]


def test_the_fit_check_quotes_an_excerpt(write_set: Callable[..., Path]) -> None:
    word = "w" * 30 + "MIDDLE" + "v" * 40  # under the validator's limit, wider than a card

    def edit(data: dict[str, Any]) -> None:
        data["prompts"][1]["text"] = {"fr": f"Pourquoi {word} ?", "en": f"Why {word}?"}

    prompt_set = load_set(write_set(edit), docs_dir=None)
    with pytest.raises(KitgenError) as failure:
        render_deck(prompt_set, "en", DeckOptions())
    message = failure.value.diagnostics[0].message
    assert "does not fit a poker card" in message
    assert "MIDDLE" not in message and "w" * 26 + "…" in message


def test_cjk_text_without_spaces_breaks_anywhere(write_set: Callable[..., Path]) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][1]["text"] = {"fr": CJK * 3, "en": CJK * 3}

    prompt_set = load_set(write_set(edit), docs_dir=None)
    assert render_deck(prompt_set, "en", DeckOptions()).startswith(b"%PDF")


def test_validate_accepts_long_cjk_paragraphs(minimal_path: Path, tmp_path: Path) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][0]["note"] = {"fr": CJK * 40, "en": CJK * 40}

    path = edited(minimal_path, tmp_path, edit)
    result = run(["validate", "--no-docs", path.name], tmp_path)
    assert result.returncode == 0, result.stderr


def test_stacked_combining_marks_get_a_warning(minimal_path: Path, tmp_path: Path) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["prompts"][1]["text"]["en"] = "How did it fe" + "\u0301" * 12 + "el?"
        data["prompts"][0]["text"]["en"] = "Vie\u0323\u0302t (two marks: ordinary Vietnamese)"

    path = edited(minimal_path, tmp_path, edit)
    result = run(["cards", path.name, "--lang", "en", "-o", "deck.pdf"], tmp_path)
    assert result.returncode == 0, result.stderr
    warnings = located(result, "warning")
    stacked = [w for w in warnings if "combining marks" in w]
    assert len(stacked) == 1, result.stderr
    assert "prompt 'how-it-felt' stacks 12 combining marks on one letter" in stacked[0]

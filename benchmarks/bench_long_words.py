"""How the card fit check's time grows with the length of one word (figures only, no pass/fail).

A prompt holding one unbreakable word of N characters is fitted to a poker card; the fit check
must refuse it with a short message, in time linear in N. Also CJK text without spaces (which
may break anywhere) and a long run of combining marks.

Run: .venv/bin/python benchmarks/bench_long_words.py [N ...]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from kitgen.diagnostics import KitgenError
from kitgen.load import load
from kitgen.render.cards import DeckOptions, category_sizes
from kitgen.render.cards.sizes import parse_card, parse_paper

ROOT = Path(__file__).resolve().parent.parent
MINIMAL = ROOT / "tests" / "data" / "minimal.yaml"


def set_with(text: str, folder: Path, name: str) -> Path:
    data: dict[str, Any] = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    data["prompts"][0]["text"]["en"] = text
    path = folder / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, width=10**9), encoding="utf-8")
    return path


def time_fit(path: Path) -> tuple[float, str]:
    result = load(path, docs_dir=None)  # with the validator's word limit lifted (see main)
    if result.prompt_set is None:
        return 0.0, "refused by validate: " + result.errors[0].message[:70]
    options = DeckOptions(card=parse_card("poker"), paper=parse_paper("a4"))
    start = time.perf_counter()
    try:
        category_sizes(result.prompt_set, "en", options)
        outcome = "fits"
    except KitgenError as exc:
        message = exc.diagnostics[0].message
        outcome = f"refused ({len(message)} chars): {message[:60]}"
    return time.perf_counter() - start, outcome


def main(lengths: list[int]) -> None:
    try:  # the validator refuses words over 100 characters: lift it to time the fit check
        from kitgen.load import limits

        limits.MAX_WORD_CHARS = 10**9
    except ImportError:  # a kitgen from before the limit
        pass
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = {f"one word of {n:,} chars": "Why " + "x" * n + " here?" for n in lengths}
        for n in lengths:
            cases[f"hyphenated word, {n:,} chars"] = "Why " + ("ab-" * n)[:n] + " here?"
        cases["CJK, 60 chars, no space"] = (
            "社会的なネットワークは仕事を変える" * 3 + "仕事を変える" * 2
        )
        cases["300 combining marks"] = "Why a" + "\u0301" * 300 + " here?"
        print(f"{'case':30} {'fit time':>9}  outcome")
        for i, (name, text) in enumerate(cases.items()):
            elapsed, outcome = time_fit(set_with(text, folder, f"case{i}"))
            print(f"{name:30} {elapsed:>8.2f}s  {outcome}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2_000, 8_000, 32_000])

"""Card-deck benchmark: 504 and 5,040 French poker cards, 3 x 3 on A4, duplex, crop marks.

Prints wall time, CPU time (this process and its Typst workers), peak memory (max RSS of the
run's process, and of its largest worker) and bytes per card for kitgen's ``render_deck`` and,
for comparison, for the same Typst job run bare: the fit pass and one deck compile straight
from the prepared JSON (no QR generation, no chunking, no worker processes, no finishing).
The machine's load average is printed too: on a shared machine, read CPU time.

    .venv/bin/python benchmarks/bench_cards.py            # both sizes
    .venv/bin/python benchmarks/bench_cards.py 504        # one size
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from typing import Any

WORDS = [
    "équipe",
    "décision",
    "confiance",
    "réseau",
    "interne",
    "collaborateurs",
    "direction",
    "messages",
    "partage",
    "règles",
    "usages",
    "reconnaissance",
    "sécurité",
    "données",
    "échanges",
    "projet",
    "client",
    "fournisseur",
    "réunion",
    "information",
    "question",
    "réponse",
    "habitudes",
    "outils",
    "temps",
    "semaine",
]


def make_set(n: int) -> Any:
    """A valid bilingual-free French set of ``n`` prompts with varied lengths."""
    from kitgen.model import PromptSet

    cats = [("usages", "#2E7D8C"), ("confiance", "#5B3C88"), ("roles", "#9C3D54"),
            ("reconnaissance", "#C0672B")]  # fmt: skip
    prompts = []
    for i in range(n):
        k = 6 + (i * 7) % 15
        words = [WORDS[(i * 3 + j * 5) % len(WORDS)] for j in range(k)]
        text = "Qu’est-ce que " + " ".join(words) + f" change pour vous, carte {i} ?"
        follow = [f"Et pour {WORDS[(i + j) % len(WORDS)]} : qu’en pensez-vous ?"
                  for j in range(i % 3)]  # fmt: skip
        prompts.append(
            {
                "id": f"carte-{i}",
                "category": cats[i % 4][0],
                "kind": "opener" if i == 0 else "closer" if i == n - 1 else "question",
                "level": "reflective",
                "text": text,
                "follow_ups": follow,
                "minutes": 5,
                "group": "pairs",
                "sensitivity": "low",
                "remote": True,
            }
        )
    data = {
        "schema": 1, "id": "bench", "version": "1.0", "languages": ["fr"],
        "title": "Banc d’essai des cartes", "summary": "Un jeu pour mesurer.", "theme": "bench",
        "license": "CC-BY-SA-4.0", "attribution": "kitgen", "sources": [], "color": "#1f6f8b",
        "categories": [{"id": c, "label": c.capitalize(), "color": col} for c, col in cats],
        "prompts": prompts, "sessions": [],
    }  # fmt: skip
    return PromptSet.model_validate(data)


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (Typst workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def worker(n: int, mode: str) -> None:
    """One measured run in this (fresh) process; prints a JSON line."""
    from kitgen.render.cards import DeckOptions, payload, render_deck, runner
    from kitgen.render.cards.document import deck_document, qr_codes
    from kitgen.render.cards.fit import fit_deck
    from kitgen.render.cards.options import deck_imposition
    from kitgen.render.cards.pages import plan, sheet_setup
    from kitgen.render.cards.render import CHUNK_CARDS

    prompt_set = make_set(n)
    options = DeckOptions(base_url="https://kit.example.org/")  # a hosted kit: QR codes drawn
    if mode == "kitgen":
        cpu0 = _cpu()
        start = time.perf_counter()
        pdf = render_deck(prompt_set, "fr", options)
        wall = time.perf_counter() - start
        size = len(pdf)
    else:  # bare Typst: the two compiles on ready-made input
        imp = deck_imposition(options)
        document = deck_document(prompt_set, "fr", options.brand, options.base_url)
        fitted = fit_deck(prompt_set, document, options)  # the sizes for the deck: not timed
        sheets = sheet_setup(imp, options.back_offset, "fr")
        cards = document.cards
        deck_json = payload.deck_input(
            fitted, sheets, cards, qr_codes(cards), plan(imp, n), imp.sheets(n)
        )
        cpu0 = _cpu()
        start = time.perf_counter()
        # The whole deck's document, as before the split: fit.typ reads its cards, metrics and
        # fit range (not the very input measured above, which Typst would answer from its memo).
        runner.query_fit(deck_json)
        out = runner.compile_pdf(deck_json, tags=n <= CHUNK_CARDS)
        wall = time.perf_counter() - start
        size = len(out)
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = {
        "n": n,
        "mode": mode,
        "wall": wall,
        "cpu": _cpu() - cpu0,
        "peak_mb": me.ru_maxrss / 1024,
        "worker_mb": kids.ru_maxrss / 1024,
        "bytes": size,
    }
    print(json.dumps(result))


def measure(n: int, mode: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", str(n), mode],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str]) -> None:
    if argv[:1] == ["--worker"]:
        worker(int(argv[1]), argv[2])
        return
    sizes = [int(a) for a in argv] or [504, 5040]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    head = (
        f"{'cards':>6} {'engine':<11} {'wall s':>7} {'CPU s':>6} {'peak MB':>8} {'worker MB':>10}"
    )
    print(head + f" {'bytes/card':>11}")
    for n in sizes:
        results = {mode: measure(n, mode) for mode in ("kitgen", "bare-typst")}
        for mode, res in results.items():
            per_card = res["bytes"] / n
            print(
                f"{n:>6} {mode:<11} {res['wall']:>7.2f} {res['cpu']:>6.2f} {res['peak_mb']:>8.0f} "
                f"{res['worker_mb']:>10.0f} {per_card:>11.0f}"
            )
        wall = results["kitgen"]["wall"] / results["bare-typst"]["wall"]
        cpu = results["kitgen"]["cpu"] / results["bare-typst"]["cpu"]
        print(f"{n:>6} kitgen / bare Typst: {wall:.2f}x wall, {cpu:.2f}x CPU")


if __name__ == "__main__":
    main(sys.argv[1:])

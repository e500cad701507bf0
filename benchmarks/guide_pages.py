"""Pages per printed guide: every session of the shipped sets and a spread of planned sessions.

A facilitator prints the guide as a handout, so its page count is what it costs on paper. Prints
one line per guide (set or plan, language, paper, pages) and a summary; ``--plans-only`` skips
the sets' sessions.

    .venv/bin/python benchmarks/guide_pages.py [--plans-only]
"""

from __future__ import annotations

import collections
import io
import sys
from pathlib import Path

import pypdf

from kitgen.links import Links
from kitgen.load import find_sets, load
from kitgen.model import PromptSet
from kitgen.plan import plan_session
from kitgen.render.guide import GuideOptions, render_guide_pdf, render_source_pdf

ROOT = Path(__file__).resolve().parents[1]
#: The shipped kit is hosted: its guides carry QR codes and addresses.
HOSTED = Links(base_url="https://kit.example.org/")
PAPERS = ("a4", "letter")
#: Planned sessions measured: minutes, group sizes, seeds.
PLAN_MINUTES = (45, 60, 90, 120)
PLAN_GROUPS = (6, 12, 20)
PLAN_SEEDS = range(4)


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def shipped_sets() -> list[PromptSet]:
    loaded = [load(p, docs_dir=False).prompt_set for p in find_sets([ROOT / "prompts"])]
    return [s for s in loaded if s is not None]


def main() -> None:
    sets = shipped_sets()
    counts: dict[str, list[int]] = collections.defaultdict(list)
    if "--plans-only" not in sys.argv:
        for prompt_set in sets:
            for session in prompt_set.sessions:
                for lang in prompt_set.languages:
                    for paper in PAPERS:
                        options = GuideOptions(session.id, paper, links=HOSTED)
                        n = pages(render_guide_pdf(prompt_set, lang, options))
                        counts[f"set sessions {paper}"].append(n)
                        print(f"{prompt_set.id}/{session.id}\t{lang}\t{paper}\t{n}", flush=True)
    for minutes in PLAN_MINUTES:
        for group in PLAN_GROUPS:
            for seed in PLAN_SEEDS:
                for lang in ("fr", "en"):
                    plan = plan_session(sets, minutes, group, lang=lang, seed=seed)
                    for paper in PAPERS:
                        options = GuideOptions(paper=paper, links=HOSTED)
                        n = pages(render_source_pdf(plan.source, lang, options))
                        counts[f"plan {minutes} min {paper}"].append(n)
                        print(f"plan-{minutes}-g{group}-s{seed}\t{lang}\t{paper}\t{n}", flush=True)
    print("\nsummary (pages: guides)")
    for key, values in counts.items():
        spread = ", ".join(f"{p}: {c}" for p, c in sorted(collections.Counter(values).items()))
        print(f"  {key}: {len(values)} guides, max {max(values)}; {spread}")


if __name__ == "__main__":
    main()

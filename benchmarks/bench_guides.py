"""Guide and planner benchmark: time to build, print and publish guides, and to plan sessions.

Prints, for the repository's sets (prompts/) and the guide fixture: seconds per guide PDF,
per MyST page, pages per guide; seconds per plan over a spread of budgets; PDF bytes.

    .venv/bin/python benchmarks/bench_guides.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from kitgen.links import Links
from kitgen.load import find_sets, load
from kitgen.model import PromptSet
from kitgen.plan import plan_session
from kitgen.render.guide import (
    GuideOptions,
    render_guide_markdown,
    render_guide_pdf,
    render_source_pdf,
)

ROOT = Path(__file__).resolve().parents[1]
#: The guides of a hosted kit: their QR codes are drawn, as for the shipped kit.
HOSTED = Links(base_url="https://kit.example.org/")


def sets() -> list[PromptSet]:
    paths = [*find_sets([ROOT / "prompts"]), ROOT / "tests" / "data" / "guide" / "workshop.yaml"]
    loaded = [load(p, docs_dir=False).prompt_set for p in paths]
    return [s for s in loaded if s is not None]


def timed(func: object, *args: object) -> tuple[float, object]:
    start = time.perf_counter()
    result = func(*args)  # type: ignore[operator]
    return time.perf_counter() - start, result


def main() -> None:
    import io

    import pypdf

    all_sets = sets()
    pdf_times, md_times, pages, sizes = [], [], [], []
    for prompt_set in all_sets:
        for session in prompt_set.sessions:
            options = GuideOptions(session.id, "a4", "08:30", HOSTED)
            seconds, pdf = timed(render_guide_pdf, prompt_set, prompt_set.languages[0], options)
            assert isinstance(pdf, bytes)
            pdf_times.append(seconds)
            sizes.append(len(pdf))
            pages.append(len(pypdf.PdfReader(io.BytesIO(pdf)).pages))
            md_times.append(timed(render_guide_markdown, prompt_set, "fr", options)[0])
    print(f"guides: {len(pdf_times)} sessions from {len(all_sets)} sets")
    print(
        f"  PDF   median {statistics.median(pdf_times):.2f} s, max {max(pdf_times):.2f} s, "
        f"{statistics.median(pages):.0f} pages, {statistics.median(sizes) / 1024:.0f} KiB median"
    )
    print(f"  MyST  median {statistics.median(md_times) * 1000:.1f} ms")
    real = [s for s in all_sets if s.id != "workshop"]
    plan_times = []
    for minutes in range(30, 241, 15):
        for seed in range(3):
            start = time.perf_counter()
            plan_session(real, minutes, 12, lang="fr", seed=seed)
            plan_times.append(time.perf_counter() - start)
    print(
        f"plans: {len(plan_times)} over 30-240 min, median "
        f"{statistics.median(plan_times) * 1000:.1f} ms, max {max(plan_times) * 1000:.1f} ms"
    )
    plan = plan_session(real, 120, 20, lang="en", seed=1)
    seconds, pdf = timed(render_source_pdf, plan.source, "en", GuideOptions(links=HOSTED))
    assert isinstance(pdf, bytes)
    print(f"  a 120-minute plan as PDF: {seconds:.2f} s, {len(pdf) / 1024:.0f} KiB")


if __name__ == "__main__":
    main()

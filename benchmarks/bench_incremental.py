"""Incremental ``kitgen build`` on the shipped kit: a no-op build, then a one-prompt change.

Works on a copy of the project (kitgen.toml, prompts/, docs/) in a temporary folder.  Prints the
wall time of the real command (a subprocess, interpreter start-up included), how many published
files each build rewrote (by mtime), and where a no-op build spends its time (in-process).
Target: a no-op build under 1 s on the shipped kit.

    python benchmarks/bench_incremental.py [--set governance] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shipped_kit import ENV, build, copy_project, edit_first_prompt


def mtimes(site: Path) -> dict[str, int]:
    """Published files (the whole output: the build's cache is beside kitgen.toml) and their
    mtimes."""
    return {
        p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()
    }


def changed(before: dict[str, int], after: dict[str, int]) -> list[str]:
    return sorted(n for n in after if before.get(n) != after[n])


def phases(project: Path) -> list[tuple[str, float]]:
    """Where a no-op build spends its time before it decides there is nothing to do."""
    from kitgen.build import Project
    from kitgen.build.kit import check_translations, load_sets
    from kitgen.build.manifest import code_fingerprint

    out = []
    started = time.perf_counter()
    found = Project.find(project)
    out.append(("find the project", time.perf_counter() - started))
    for label, step in (
        ("check translations", lambda: check_translations(found)),
        ("load and check every set", lambda: load_sets(found)),
        ("fingerprint kitgen's code", code_fingerprint),
    ):
        started = time.perf_counter()
        step()
        out.append((label, time.perf_counter() - started))
    return out


def line(label: str, seconds: float, extra: str = "") -> None:
    print(f"{label:<40} {seconds:7.2f} s" + (f"  ({extra})" if extra else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default=None, help="Set whose first prompt is edited.")
    parser.add_argument("--runs", type=int, default=3, help="No-op builds to time.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp))
        site = Path(tmp) / "site"
        line("full build (cold)", build(project, site), f"{len(mtimes(site))} files")
        build(project, site)  # settle: the first rebuild may still record fingerprints

        times = []
        rewritten: list[str] = []
        for _ in range(args.runs):
            before = mtimes(site)
            times.append(build(project, site))
            rewritten += changed(before, mtimes(site))
        verdict = "under 1 s" if statistics.median(times) < 1 else "OVER the 1 s target"
        line(
            "no-op build (median)",
            statistics.median(times),
            f"{verdict}; runs {', '.join(f'{t:.2f}' for t in times)}; "
            f"{len(set(rewritten))} file(s) rewritten",
        )
        for label, seconds in phases(project):
            line(f"  in-process: {label}", seconds)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import kitgen.cli.build"], env=ENV, check=True)
        line("  interpreter + imports", time.perf_counter() - started)

        sets = sorted((project / "prompts").glob("*.yaml"))
        target = next((p for p in sets if p.stem == args.set), sets[0])
        set_id = edit_first_prompt(target)
        before = mtimes(site)
        seconds = build(project, site)
        files = changed(before, mtimes(site))
        own = [f for f in files if set_id in f]
        others = [f for f in files if set_id not in f]
        line(f"one prompt of {set_id} changed", seconds, f"{len(files)} file(s) rewritten")
        print(f"  of that set: {len(own)}; elsewhere: {len(others)}")
        for name in others[:15]:
            print(f"    {name}")
        if len(others) > 15:
            print(f"    ... and {len(others) - 15} more")


if __name__ == "__main__":
    main()

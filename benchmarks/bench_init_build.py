"""A newcomer's first build: ``kitgen init`` then ``kitgen build -o site`` in a fresh folder.

Times the real command (a new process, imports included) on a kit with the one example set
that ``kitgen init`` writes, for each language list given: the first build (goal: under 5 s on
a 2-core machine), then a no-op rebuild.  The checkout is left alone.

    python benchmarks/bench_init_build.py [--lang fr] [--lang de,fr]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The goal for a fresh one-set kit (issue 11).
GOAL_SECONDS = 5.0


def kitgen(*args: str, cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run the installed ``kitgen`` command; its wall time and result."""
    script = Path(sys.executable).with_name("kitgen")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "kitgen.cli"]
    started = time.perf_counter()
    result = subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, result


def line(label: str, seconds: float, extra: str = "") -> None:
    print(f"{label:<40} {seconds:6.2f} s" + (f"  ({extra})" if extra else ""))


def bench(languages: str, scratch: Path) -> None:
    folder = scratch / languages.replace(",", "-")
    folder.mkdir()
    seconds, result = kitgen("init", "kit", "--lang", languages, cwd=folder)
    line(f"kitgen init kit --lang {languages}", seconds, f"exit {result.returncode}")
    kit = folder / "kit"
    for label in ("kitgen build -o site (first)", "kitgen build -o site (no-op)"):
        seconds, result = kitgen("build", "-q", "-o", "site", cwd=kit)
        verdict = "goal met" if seconds < GOAL_SECONDS else f"over the {GOAL_SECONDS:.0f} s goal"
        line(label, seconds, f"exit {result.returncode}, {verdict}")
        if result.returncode != 0:
            print("  " + "\n  ".join(result.stderr.strip().splitlines()[:5]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--lang", action="append", help="the kit's languages (repeatable; default: fr)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for languages in args.lang or ["fr"]:
            bench(languages, Path(tmp))


if __name__ == "__main__":
    main()

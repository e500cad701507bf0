"""Site build times: a full build of both languages, then an incremental build after one YAML edit.

Runs on a copy of the project (docs/, prompts/, kitgen.toml) in a temporary folder, so the
checkout is left alone.  ``--kit`` also times the whole ``kitgen build`` (decks, guides, card
images, web decks and the site), full and after the same edit.

    python benchmarks/bench_site.py [--kit] [--set governance]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from shipped_kit import copy_project, edit_first_prompt

from kitgen.build import Project, build_kit
from kitgen.build.jobs import Job
from kitgen.build.site import build_language


def site_build(project: Project, site: Path) -> tuple[float, int]:
    """Both languages of the site, one after the other; seconds and warnings."""
    started = time.perf_counter()
    warnings = 0
    for lang in project.languages:
        warnings += len(build_language(Job("site", lang), site, project).warnings)
    return time.perf_counter() - started, warnings


def line(label: str, seconds: float, extra: str = "") -> None:
    print(f"{label:<44} {seconds:6.1f} s" + (f"  ({extra})" if extra else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kit", action="store_true", help="also time the whole kitgen build")
    parser.add_argument("--set", default="governance", help="set whose YAML is edited")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_project(Path(tmp))
        project = Project.find(root)
        site = root / "site"
        full, warnings = site_build(project, site)
        line("site, full build (fr + en)", full, f"{warnings} warnings")
        line("site, no-op rebuild", site_build(project, site)[0])
        edit_first_prompt(root / "prompts" / f"{args.set}.yaml")
        line(f"site, rebuild after editing {args.set}.yaml", site_build(project, site)[0])
        if args.kit:
            kit_site = root / "kit"
            report = build_kit(project, kit_site)
            line("kit, full build", report.seconds, f"{report.jobs} jobs")
            report = build_kit(project, kit_site)
            line("kit, no-op rebuild", report.seconds, f"{report.skipped} jobs skipped")
            edit_first_prompt(root / "prompts" / f"{args.set}.yaml")
            report = build_kit(project, kit_site)
            line(
                f"kit, rebuild after editing {args.set}.yaml",
                report.seconds,
                f"{report.jobs - report.skipped} jobs run, {report.written} files written",
            )


if __name__ == "__main__":
    main()

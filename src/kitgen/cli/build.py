"""``kitgen build``: the whole kit (site, decks, guides, card images, web decks) in one folder."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

from kitgen.build import Project, SiteWarnings, build_kit
from kitgen.cli.main import EXIT_INVALID, all_option, echo_diagnostics, reports_errors, say
from kitgen.diagnostics import shown_path

#: What the progress display calls each kind of job.
LABELS = {
    "site": "site ({languages})",
    "deck": "card decks",
    "guide": "guides",
    "cards": "card images",
    "webdeck": "web decks",
}


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder of the built site, the kit's files inside it (default: dist/ in the project).",
)
@click.option("-j", "--jobs", type=click.IntRange(1, 64), help="Worker processes (default: CPUs).")
@click.option("-q", "--quiet", is_flag=True, help="No progress display.")
@all_option
@reports_errors
def build(output: Path | None, jobs: int | None, quiet: bool) -> None:
    """Build the kit: every deck (A4 and Letter, double-sided and fold), every guide, the card
    images, the web decks and the site in each of the kit's languages, all linked.

    Unchanged work is skipped and unchanged files are not rewritten; files of removed sets are
    deleted.  Any Sphinx warning fails the build (exit 1).
    """
    project = Project.find()
    output = output if output is not None else project.root / "dist"
    console = Console(stderr=True)
    tasks: dict[str, TaskID] = {}
    columns = (TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, disable=quiet, transient=False) as bar:

        def progress(kind: str, total: int | None) -> None:
            if total is not None:
                label = LABELS.get(kind, kind).format(languages=", ".join(project.languages))
                tasks[kind] = bar.add_task(label, total=total)
            else:
                bar.advance(tasks[kind])

        try:
            report = build_kit(project, output, progress=progress, workers=jobs)
        except SiteWarnings as exc:
            bar.stop()
            for line in exc.lines:
                say(line)
            say(f"error: the site has {len(exc.lines)} warning(s); fix them")
            sys.exit(EXIT_INVALID)
    echo_diagnostics(report.warnings)
    if not quiet:
        say(
            f"built {shown_path(report.site)} in {report.seconds:.1f} s: {report.jobs} jobs "
            f"({report.skipped} unchanged), {report.written} file(s) written, "
            f"{len(report.removed)} stale file(s) removed"
        )

"""``kitgen build``: the whole kit (site, decks, guides, card images, web decks) in one folder."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn

from kitgen.build import Project, SiteWarnings, build_kit
from kitgen.cli.helps import HELPS
from kitgen.cli.links import kit_links, qr_option
from kitgen.cli.main import EXIT_INVALID, all_option, echo_diagnostics, reports_errors, say
from kitgen.cli.text import IntRange, cli_msgid, command, option
from kitgen.diagnostics import shown_path
from kitgen.i18n import cli_ntext, cli_text
from kitgen.wording import decimal_sign


def _label(kind: str, languages: tuple[str, ...]) -> str:
    """What the progress display calls each kind of job."""
    labels = {
        "site": cli_text("site ({languages})", languages=", ".join(languages)),
        "deck": cli_text("card decks"),
        "guide": cli_text("guides"),
        "cards": cli_text("card images"),
        "webdeck": cli_text("web decks"),
    }
    return labels.get(kind, kind)


@command(help=HELPS["build"])
@option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help=cli_msgid(
        "Folder of the built site, the kit's files inside it (default: dist/ in the project)."
    ),
)
@option(
    "-j",
    "--jobs",
    type=IntRange(1, 64),
    help=cli_msgid("Worker processes (default: CPUs)."),
)
@option("-q", "--quiet", is_flag=True, help=cli_msgid("No progress display."))
@option(
    "--force",
    is_flag=True,
    help=cli_msgid("Build into a folder that holds files kitgen build did not make."),
)
@qr_option
@all_option
@reports_errors
def build(output: Path | None, jobs: int | None, quiet: bool, force: bool, qr: bool | None) -> None:
    project = Project.find()
    kit_links(project.config, qr)  # --qr with no base_url is a usage error, before any work
    output = output if output is not None else project.root / "dist"
    console = Console(stderr=True)
    tasks: dict[str, TaskID] = {}
    columns = (TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=console, disable=quiet, transient=False) as bar:

        def progress(kind: str, total: int | None) -> None:
            if total is not None:
                tasks[kind] = bar.add_task(_label(kind, project.languages), total=total)
            else:
                bar.advance(tasks[kind])

        try:
            report = build_kit(project, output, progress=progress, workers=jobs, force=force, qr=qr)
        except SiteWarnings as exc:
            bar.stop()
            for line in exc.lines:
                say(line)
            message = cli_ntext(
                "the site has {n} warning; fix it",
                "the site has {n} warnings; fix them",
                len(exc.lines),
            )
            say(f"error: {message}")
            sys.exit(EXIT_INVALID)
    echo_diagnostics(report.warnings)
    if not quiet:
        summary = cli_text(
            "built {site} in {seconds} s: {jobs} ({skipped}), {written}, {removed}",
            site=shown_path(report.site),
            seconds=_seconds(report.seconds),
            jobs=cli_ntext("{n} job", "{n} jobs", report.jobs),
            skipped=cli_ntext("{n} unchanged", "{n} unchanged", report.skipped),
            written=cli_ntext("{n} file written", "{n} files written", report.written),
            removed=cli_ntext(
                "{n} stale file removed", "{n} stale files removed", len(report.removed)
            ),
        )
        say(summary)


def _seconds(value: float) -> str:
    """A duration to one decimal, with the user's decimal sign (1.5, 1,5)."""
    return f"{value:.1f}".replace(".", decimal_sign())

"""``kitgen validate``, ``kitgen schema``, ``kitgen new`` and ``kitgen init``: the format's own
commands."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kitgen.cli.helps import HELPS
from kitgen.cli.main import EXIT_INVALID, all_option, echo_diagnostics, reports_errors, say
from kitgen.cli.text import argument, cli_msgid, command, option
from kitgen.config import load_config
from kitgen.diagnostics import KitgenError, Location, error
from kitgen.i18n import cli_ntext, cli_text
from kitgen.kit_init import init_kit, language_warnings
from kitgen.load import duplicate_set_ids, find_sets, load
from kitgen.scaffold import id_problem, languages_problem, scaffold
from kitgen.schema import schema_text


@command(help=HELPS["validate"])
@argument(
    "paths",
    nargs=-1,
    required=True,
    type=click.Path(path_type=Path),
    metavar=cli_msgid("PATHS..."),
)
@option("--strict", is_flag=True, help=cli_msgid("Treat warnings as errors (exit 1)."))
@option("-q", "--quiet", is_flag=True, help=cli_msgid("Print problems only, no summary."))
@option(
    "--docs",
    "docs_dir",
    type=click.Path(path_type=Path, file_okay=False, exists=True),
    help=cli_msgid(
        "Knowledge-base folder whose theme pages 'theme' and 'see' must match "
        "(default: the project's docs/, found from each file)."
    ),
)
@option(
    "--no-docs",
    is_flag=True,
    help=cli_msgid("Skip the theme-page checks (a set drafted outside a project)."),
)
@all_option
@reports_errors
def validate(
    paths: tuple[Path, ...], strict: bool, quiet: bool, docs_dir: Path | None, no_docs: bool
) -> None:
    files = find_sets(paths)
    if not files:
        raise KitgenError(error(Location(paths[0]), cli_text("no prompt set (*.yaml) found here")))
    if docs_dir is not None and no_docs:
        raise click.UsageError(cli_text("--docs and --no-docs exclude each other; pick one"))
    docs: Path | bool | None = False if no_docs else (docs_dir or True)
    errors = warnings = 0
    loaded = []
    for path in files:
        result = load(path, docs_dir=docs)
        echo_diagnostics(result.diagnostics)
        errors += len(result.errors)
        warnings += len(result.warnings)
        if result.prompt_set is not None:
            loaded.append(result.prompt_set)
    # A folder is a kit's prompts: two of its files with one set id would write the same files
    # (files named one by one are checked each on its own).
    for folder in dict.fromkeys(p for p in paths if p.is_dir()):
        twice = duplicate_set_ids(s for s in loaded if s.origin and s.origin.path.parent == folder)
        echo_diagnostics(twice)
        errors += len(twice)
    if not quiet:
        summary = cli_text(
            "{files}: {errors}, {warnings}",
            files=cli_ntext("{n} file checked", "{n} files checked", len(files)),
            errors=cli_ntext("{n} error", "{n} errors", errors),
            warnings=cli_ntext("{n} warning", "{n} warnings", warnings),
        )
        click.echo(summary, err=True)
    if errors or (strict and warnings):
        sys.exit(EXIT_INVALID)


@command(help=HELPS["schema"])
def schema() -> None:
    click.echo(schema_text(), nl=False)


def _set_id(ctx: click.Context, param: click.Parameter, value: str) -> str:
    problem = id_problem(value)
    if problem is not None:
        raise click.BadParameter(problem)
    return value


def _languages(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    langs = [x.strip() for x in value.split(",") if x.strip()]
    problem = languages_problem(langs)
    if problem is not None:
        raise click.BadParameter(problem)
    return langs


@command(help=HELPS["new"])
@argument("set_id", callback=_set_id, metavar=cli_msgid("SET_ID"))
@option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help=cli_msgid("File to write (default: prompts/SET_ID.yaml)."),
)
@option(
    "--lang",
    "languages",
    default=None,
    callback=_languages,
    help=cli_msgid(
        "Languages, comma-separated; the first is the default "
        "(default: the kit's languages from kitgen.toml, else fr,en)."
    ),
)
@option("--force", is_flag=True, help=cli_msgid("Overwrite an existing file."))
@reports_errors
def new(set_id: str, output: Path | None, languages: list[str] | None, force: bool) -> None:
    target = output or Path("prompts") / f"{set_id}.yaml"
    if languages is None:
        languages = list(load_config(target.parent).languages)
    path = scaffold(set_id, target, languages, force=force)
    say(path, err=False)


@command(help=HELPS["init"])
@argument("folder", type=click.Path(path_type=Path), metavar=cli_msgid("FOLDER"))
@option(
    "--lang",
    "languages",
    default="fr",
    show_default=True,
    callback=_languages,
    help=cli_msgid("The kit's languages, comma-separated, in the order the site offers them."),
)
@option("--title", default=None, help=cli_msgid("The kit's title (default: a sample title)."))
@reports_errors
def init(folder: Path, languages: list[str], title: str | None) -> None:
    for path in init_kit(folder, languages, title):
        say(path, err=False)
    echo_diagnostics(language_warnings(folder, languages))

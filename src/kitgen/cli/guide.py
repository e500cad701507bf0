"""``kitgen guide`` (a set's facilitator guide) and ``kitgen plan`` (a session fitted to a time
budget, printed as a guide)."""

from __future__ import annotations

import secrets
from pathlib import Path

import click

from kitgen import names
from kitgen.atomic import write_bytes
from kitgen.cli.helps import HELPS
from kitgen.cli.links import kit_links, qr_option
from kitgen.cli.main import all_option, checked_by, reports_errors, say
from kitgen.cli.outputs import refuse_input_as_output, refuse_wrong_extension, report_output
from kitgen.cli.text import Choice, argument, cli_msgid, command, option
from kitgen.config import load_config
from kitgen.i18n import cli_text
from kitgen.load import load_all, load_set
from kitgen.model import SessionFormat
from kitgen.render.brand import BrandMark
from kitgen.render.guide import (
    PAPERS,
    GuideOptions,
    GuideSource,
    parse_clock,
    render_source_docx,
    render_source_markdown,
    render_source_pdf,
)

FORMATS = ("pdf", "md", "docx")


def _output_format(output: Path | None, fmt: str | None) -> str:
    """The format to write: ``--format``, else the output's extension, else pdf; an output
    named for another format is refused."""
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    kind = fmt if fmt is not None else suffix if suffix in ("md", "docx") else "pdf"
    if output is not None:
        refuse_wrong_extension(output, (f".{kind}",))
    return kind


def _write(source: GuideSource, lang: str, options: GuideOptions, fmt: str, out: Path) -> None:
    if fmt == "md":
        write_bytes(out, render_source_markdown(source, lang, options).encode("utf-8"))
    elif fmt == "docx":
        write_bytes(out, render_source_docx(source, lang, options))
    else:
        write_bytes(out, render_source_pdf(source, lang, options))


_paper = option(
    "--paper",
    type=Choice(sorted(PAPERS)),
    default="a4",
    show_default=True,
    help=cli_msgid("Paper size."),
)
_format = option(
    "--format",
    "fmt",
    type=Choice(FORMATS),
    help=cli_msgid(
        "pdf (printed guide), md (MyST page for the site) or docx (editable in a word "
        "processor); default from -o, else pdf."
    ),
)
_start_option = option(
    "--start",
    default="0:00",
    show_default=True,
    callback=checked_by(parse_clock),
    help=cli_msgid(
        "Clock time the session starts, e.g. 08:30; without it, times count from 0:00, "
        "the start of the session."
    ),
)


@command(help=HELPS["guide"])
@argument("set_path", metavar="SET.yaml", type=click.Path(path_type=Path))
@option("-o", "--output", type=click.Path(path_type=Path), help=cli_msgid("File to write."))
@option("--lang", help=cli_msgid("Language of the guide (default: the set's first language)."))
@option("--session", "session_id", help=cli_msgid("Session id (default: the set's first session)."))
@_paper
@_format
@_start_option
@qr_option
@all_option
@reports_errors
def guide(
    set_path: Path,
    output: Path | None,
    lang: str | None,
    session_id: str | None,
    paper: str,
    fmt: str | None,
    start: str,
    qr: bool | None,
) -> None:
    prompt_set = load_set(set_path)
    lang = lang or prompt_set.default_language
    source = GuideSource.from_set(prompt_set, session_id)
    kind = _output_format(output, fmt)
    if output is None:
        name = names.guide_filename(prompt_set.id, source.session.id, lang, paper)
        output = Path(name if kind == "pdf" else Path(name).with_suffix(f".{kind}").name)
    refuse_input_as_output(output, [set_path])
    say(cli_text("writing {file}", file=output))
    config = load_config(set_path.resolve().parent)
    brand = BrandMark.from_brand(config.brand)
    options = GuideOptions(source.session.id, paper, start, kit_links(config, qr), brand)
    _write(source, lang, options, kind, output)
    report_output(output)


@command(help=HELPS["plan"])
@option("--minutes", type=int, help=cli_msgid("Time budget; the plan fills it exactly."))
@option("--group-size", type=int, help=cli_msgid("Number of people (methods are chosen for it)."))
@option(
    "--format",
    "session_format",
    type=Choice([f.value for f in SessionFormat]),
    help=cli_msgid(
        "in-person (default), remote or hybrid: remote uses only remote-friendly prompts."
    ),
)
@option("--themes", help=cli_msgid("Comma-separated themes to draw from (default: all)."))
@option("--lang", default="fr", show_default=True, help=cli_msgid("Language of the plan."))
@option("--seed", type=int, help=cli_msgid("Same seed, same plan (default: a random seed)."))
@option("--id", "plan_id", help=cli_msgid("Rebuild the plan with this id (other choices ignored)."))
@option(
    "--prompts",
    "prompts_dir",
    default=Path("prompts"),
    show_default=True,
    type=click.Path(path_type=Path),
    help=cli_msgid("Folder of prompt sets."),
)
@option("-o", "--output", type=click.Path(path_type=Path), help=cli_msgid("File to write."))
@_paper
@option(
    "--output-format",
    "fmt",
    type=Choice(FORMATS),
    help=cli_msgid("pdf, md (MyST) or docx (editable); default from -o, else pdf."),
)
@_start_option
@qr_option
@all_option
@reports_errors
def plan(
    minutes: int | None,
    group_size: int | None,
    session_format: str | None,
    themes: str | None,
    lang: str,
    seed: int | None,
    plan_id: str | None,
    prompts_dir: Path,
    output: Path | None,
    paper: str,
    fmt: str | None,
    start: str,
    qr: bool | None,
) -> None:
    from kitgen.plan import plan_from_id, plan_session

    if plan_id is None and minutes is None:
        raise click.UsageError(
            cli_text("give --minutes (the time budget), or --id to rebuild a plan")
        )
    sets = load_all([prompts_dir])
    if plan_id is not None:
        result = plan_from_id(sets, plan_id)
    else:
        assert minutes is not None
        result = plan_session(
            sets,
            minutes,
            group_size=group_size,
            format=session_format,
            themes=[t.strip() for t in themes.split(",") if t.strip()] if themes else None,
            lang=lang,
            seed=secrets.randbelow(10_000) if seed is None else seed,
        )
    kind = _output_format(output, fmt)
    output = output or Path(f"plan-{result.id}.{kind}")
    refuse_input_as_output(output, [s.origin.path for s in sets if s.origin is not None])
    say(cli_text("writing {file}", file=output))
    config = load_config(prompts_dir)
    brand = BrandMark.from_brand(config.brand)
    options = GuideOptions(paper=paper, start=start, links=kit_links(config, qr), brand=brand)
    _write(result.source, result.request.lang, options, kind, output)
    say(result.id, err=False)

"""``kitgen deck``: the online deck of a set as one HTML file to mail or host anywhere."""

from __future__ import annotations

from pathlib import Path

import click

from kitgen import atomic
from kitgen.cli.helps import HELPS
from kitgen.cli.main import all_option, chosen_language, reports_errors
from kitgen.cli.outputs import refuse_input_as_output, refuse_wrong_extension, report_output
from kitgen.cli.text import argument, cli_msgid, command, option
from kitgen.config import load_config
from kitgen.load import load_set
from kitgen.render.webdeck import render_single_deck


@command(help=HELPS["deck"])
@argument("set_path", metavar="SET.yaml", type=click.Path(path_type=Path, dir_okay=False))
@option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help=cli_msgid("HTML file to write."),
)
@option("--lang", help=cli_msgid("Language of the deck (default: the set's first language)."))
@all_option
@reports_errors
def deck(set_path: Path, output: Path, lang: str | None) -> None:
    refuse_wrong_extension(output, (".html", ".htm"))
    refuse_input_as_output(output, [set_path])
    config = load_config(set_path.resolve().parent)
    prompt_set = load_set(set_path, docs_dir=None)
    language = chosen_language(lang, prompt_set.default_language, prompt_set.languages)
    atomic.write_bytes(
        output,
        render_single_deck(prompt_set, language, config.base_url, brand_colour=config.brand.colour),
    )
    report_output(output)

"""``kitgen cards`` and ``kitgen calibrate``: print-ready decks and the duplex test sheet."""

from __future__ import annotations

from pathlib import Path

import click

from kitgen import atomic
from kitgen.cli.main import all_option, echo_diagnostics, reports_errors, say
from kitgen.cli.offset import parse_back_offset
from kitgen.cli.outputs import refuse_input_as_output, report_output
from kitgen.config import load_config
from kitgen.load import load_set
from kitgen.render.cards import DeckOptions, Layout, parse_card, parse_paper, render_deck
from kitgen.render.cards.calibrate import render_calibration
from kitgen.render.cards.render import describe_imposition, render_card_pngs
from kitgen.render.cards.sizes import CARDS, PAPERS
from kitgen.render.glyphs import glyph_warnings

LAYOUTS = [layout.value for layout in Layout]


def _offset(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[float, float]:
    if value is None:
        return (0.0, 0.0)
    try:
        return parse_back_offset(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _card(ctx: click.Context, param: click.Parameter, value: str) -> str:
    try:
        parse_card(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@click.command()
@click.argument("set_path", metavar="SET.yaml", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="PDF to write."
)
@click.option("--lang", help="Language of the deck (default: the set's first language).")
@click.option(
    "--card",
    default="poker",
    show_default=True,
    callback=_card,
    help=f"{', '.join(CARDS)}, or WxH in mm.",
)
@click.option("--paper", type=click.Choice(list(PAPERS)), default="a4", show_default=True)
@click.option("--layout", type=click.Choice(LAYOUTS), default="duplex-long", show_default=True)
@click.option("--bleed", type=click.FloatRange(0, 10), default=3.0, show_default=True,
              help="Bleed in mm.")  # fmt: skip
@click.option("--no-crop-marks", is_flag=True, help="Leave out the crop marks.")
@click.option("--png", "png_dir", type=click.Path(path_type=Path, file_okay=False),
              help="Also write one 300 dpi PNG per card face (and alt.json) here.")  # fmt: skip
@click.option("--back-offset", callback=_offset, metavar="X,Y",
              help="Shift every back page by X,Y mm, decimals with a point, e.g. "
              "--back-offset=-1.5,0.5 (see `kitgen calibrate`).")  # fmt: skip
@click.option("--min-font", type=click.FloatRange(4, 40), default=None,
              help="Smallest prompt size in pt (default from kitgen.toml, 8.5).")  # fmt: skip
@all_option
@reports_errors
def cards(
    set_path: Path,
    output: Path,
    lang: str | None,
    card: str,
    paper: str,
    layout: str,
    bleed: float,
    no_crop_marks: bool,
    png_dir: Path | None,
    back_offset: tuple[float, float],
    min_font: float | None,
) -> None:
    """Build a print-ready card deck (PDF) from a prompt set."""
    refuse_input_as_output(output, [set_path])
    config = load_config(set_path.resolve().parent)
    prompt_set = load_set(set_path, docs_dir=None)
    options = DeckOptions(
        card=parse_card(card),
        paper=parse_paper(paper),
        layout=Layout(layout),
        bleed_mm=bleed,
        crop_marks=not no_crop_marks,
        back_offset=back_offset,
        min_font_pt=min_font if min_font is not None else config.min_font_pt,
        base_url=config.base_url or "",  # no hosted address: none until cards print none
    )
    language = lang or prompt_set.default_language
    if language not in prompt_set.languages:
        choices = ", ".join(prompt_set.languages)
        raise click.BadParameter(f"the set is written in {choices}", param_hint="--lang")
    echo_diagnostics(glyph_warnings(prompt_set, [language]))  # never a silent blank
    try:
        description = describe_imposition(options)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    say(description)
    data = render_deck(prompt_set, language, options)
    atomic.write_bytes(output, data)
    report_output(output)
    if png_dir is not None:
        files = render_card_pngs(prompt_set, language, options, png_dir)
        say(f"{len(files)} PNG file(s) in {png_dir}")


@click.command()
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="PDF to write."
)
@click.option("--paper", type=click.Choice(list(PAPERS)), default="a4", show_default=True)
@click.option("--layout", type=click.Choice(["duplex-long", "duplex-short"]), default="duplex-long",
              show_default=True, help="The flip you print cards with.")  # fmt: skip
@click.option("--lang", type=click.Choice(["en", "fr"]), default="en", show_default=True)
@reports_errors
def calibrate(output: Path, paper: str, layout: str, lang: str) -> None:
    """Print a duplex test sheet to read your printer's --back-offset."""
    data = render_calibration(parse_paper(paper), Layout(layout), lang)
    atomic.write_bytes(output, data)
    report_output(output)

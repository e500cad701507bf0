"""``kitgen cards`` and ``kitgen calibrate``: print-ready decks and the duplex test sheet."""

from __future__ import annotations

from pathlib import Path

import click

from kitgen import atomic
from kitgen.cli.helps import HELPS
from kitgen.cli.links import kit_links, qr_option
from kitgen.cli.main import (
    all_option,
    checked_by,
    chosen_language,
    echo_diagnostics,
    reports_errors,
    say,
)
from kitgen.cli.offset import parse_back_offset
from kitgen.cli.outputs import refuse_input_as_output, refuse_wrong_extension, report_output
from kitgen.cli.text import Choice, FloatRange, argument, cli_msgid, command, option
from kitgen.config import load_config
from kitgen.i18n import cli_ntext, cli_text, languages
from kitgen.load import load_set
from kitgen.render.brand import BrandMark
from kitgen.render.cards import (
    DeckOptions,
    Layout,
    describe_imposition,
    parse_card,
    parse_paper,
    render_card_pngs,
    render_deck,
)
from kitgen.render.cards.calibrate import render_calibration
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


_pdf_output = option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help=cli_msgid("PDF to write."),
)
_paper = option(
    "--paper",
    type=Choice(list(PAPERS)),
    default="a4",
    show_default=True,
    help=cli_msgid("Paper size."),
)


@command(help=HELPS["cards"])
@argument("set_path", metavar="SET.yaml", type=click.Path(path_type=Path, dir_okay=False))
@_pdf_output
@option("--lang", help=cli_msgid("Language of the deck (default: the set's first language)."))
@option(
    "--card",
    default="poker",
    show_default=True,
    callback=checked_by(parse_card),
    help=cli_msgid("Card size: {cards}, or WxH in mm."),
    help_values={"cards": ", ".join(CARDS)},
)
@_paper
@option(
    "--layout",
    type=Choice(LAYOUTS),
    default="duplex-long",
    show_default=True,
    help=cli_msgid("How fronts and backs are printed (see the printing handbook)."),
)
@option(
    "--bleed",
    type=FloatRange(0, 10),
    default=3.0,
    show_default=True,
    help=cli_msgid("Bleed in mm."),
)
@option(
    "--no-crop-marks",
    is_flag=True,
    help=cli_msgid(
        "Leave out the crop marks of the home layouts "
        "(a shop file has none: its trim box says where to cut)."
    ),
)
@option(
    "--instructions",
    type=Choice(["first", "last", "none"]),
    default=None,
    help=cli_msgid(
        "Where the printing instructions page goes (default: first; none for --layout shop)."
    ),
)
@option(
    "--png",
    "png_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help=cli_msgid("Also write one 300 dpi PNG per card face (and alt.json) here."),
)
@option(
    "--back-offset",
    callback=_offset,
    metavar="X,Y",
    help=cli_msgid(
        "Shift every back page by X,Y mm, decimals with a point, e.g. "
        "--back-offset=-1.5,0.5 (see `kitgen calibrate`)."
    ),
)
@option(
    "--min-font",
    type=FloatRange(4, 40),
    default=None,
    help=cli_msgid("Smallest prompt size in pt (default from kitgen.toml, 8.5)."),
)
@qr_option
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
    instructions: str | None,
    png_dir: Path | None,
    back_offset: tuple[float, float],
    min_font: float | None,
    qr: bool | None,
) -> None:
    refuse_wrong_extension(output, (".pdf",))
    refuse_input_as_output(output, [set_path])
    if layout == Layout.SHOP and instructions in ("first", "last"):
        raise click.UsageError(
            cli_text(
                "a print-shop file holds cards only: use --instructions none with --layout shop"
            )
        )
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
        base_url=kit_links(config, qr).base_url,
        brand=BrandMark.from_brand(config.brand),
        instructions=instructions or ("none" if layout == Layout.SHOP else "first"),
    )
    language = chosen_language(lang, prompt_set.default_language, prompt_set.languages)
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
        say(
            cli_ntext(
                "{n} PNG file in {folder}", "{n} PNG files in {folder}", len(files), folder=png_dir
            )
        )


@command(help=HELPS["calibrate"])
@_pdf_output
@_paper
@option(
    "--layout",
    type=Choice(["duplex-long", "duplex-short"]),
    default="duplex-long",
    show_default=True,
    help=cli_msgid("The flip you print cards with."),
)
@option(
    "--lang",
    type=Choice(languages()),
    default=None,
    help=cli_msgid("Language of the sheet (default: the kit's first language)."),
)
@reports_errors
def calibrate(output: Path, paper: str, layout: str, lang: str | None) -> None:
    refuse_wrong_extension(output, (".pdf",))
    language = lang or _kit_language()
    data = render_calibration(parse_paper(paper), Layout(layout), language)
    atomic.write_bytes(output, data)
    report_output(output)


def _kit_language() -> str:
    """The first language of the kit around the working directory that the sheet can speak."""
    spoken = languages()
    return next((lang for lang in load_config().languages if lang in spoken), "en")

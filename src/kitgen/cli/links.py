"""``--qr/--no-qr``: whether printed outputs carry QR codes and addresses, from the kit's
settings unless the command line says otherwise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from kitgen.cli.text import cli_msgid, option
from kitgen.config import Config
from kitgen.i18n import cli_text
from kitgen.links import Links

F = TypeVar("F", bound=Callable[..., Any])

qr_option: Callable[[F], F] = option(
    "--qr/--no-qr",
    "qr",
    default=None,
    help=cli_msgid(
        "Print QR codes and the site's addresses (default: when kitgen.toml has a base_url); "
        "they always point to pages that kitgen build makes."
    ),
)


def kit_links(config: Config, qr: bool | None) -> Links:
    """The links printed outputs may carry, for ``config``'s kit and the ``--qr`` choice."""
    base_url = config.base_url or None
    if qr and base_url is None:
        raise click.UsageError(
            cli_text("--qr needs the address the site is hosted at: set base_url in kitgen.toml"),
            ctx=click.get_current_context(silent=True),
        )
    docs = config.root / "docs" if config.root is not None else None
    return Links.for_kit(base_url if qr is not False else None, docs)

"""``kitgen serve``: the kit built once, served locally, rebuilt and reloaded as it is edited."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

import click

from kitgen.build import Project
from kitgen.cli.helps import HELPS
from kitgen.cli.main import EXIT_INVALID, reports_errors, say
from kitgen.cli.text import IntRange, cli_msgid, command, option
from kitgen.i18n import cli_text

#: The loopback only, unless --host says otherwise: a draft kit is nobody else's business.
DEFAULT_HOST = "127.0.0.1"


@command(help=HELPS["serve"])
@option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    help=cli_msgid("Folder of the built site (default: dist/ in the project)."),
)
@option(
    "--port",
    type=IntRange(0, 65535),
    default=8000,
    show_default=True,
    help=cli_msgid("Port to listen on (0: any free port)."),
)
@option(
    "--host",
    default=DEFAULT_HOST,
    show_default=True,
    help=cli_msgid("Address to listen on; 0.0.0.0 opens the server to the whole network."),
)
@option("--open", "open_page", is_flag=True, help=cli_msgid("Open the site in a browser."))
@reports_errors
def serve(output: Path | None, port: int, host: str, open_page: bool) -> None:
    from kitgen.serve.session import Session  # the server's modules load only for this command

    project = Project.find()
    output = output if output is not None else project.root / "dist"
    try:
        session = Session(project, output, host=host, port=port, say=say, open_page=open_page)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            say(cli_text("error: port {port} is in use; pick another with --port", port=port))
        else:
            reason = exc.strerror or str(exc)
            say(cli_text("error: cannot listen on {host}:{port}: {reason}", host=host, port=port,
                         reason=reason))  # fmt: skip
        sys.exit(EXIT_INVALID)
    try:
        session.run()
    except KeyboardInterrupt:
        say(cli_text("Stopped."))

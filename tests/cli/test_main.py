"""The command group lists every command of ``COMMANDS`` and each one loads."""

from __future__ import annotations

import click

from kitgen.cli.main import COMMANDS, main


def test_every_command_is_listed_and_loads() -> None:
    ctx = click.Context(main)
    assert main.list_commands(ctx) == sorted(COMMANDS)
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert isinstance(command, click.Command), name
    assert main.get_command(ctx, "no-such-command") is None

"""The command group lists every command of ``COMMANDS`` and each one loads; ``--help`` lists
them from their help texts without loading them."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from kitgen.cli.helps import HELPS
from kitgen.cli.main import COMMANDS, main


def test_every_command_is_listed_and_loads() -> None:
    ctx = click.Context(main)
    assert main.list_commands(ctx) == sorted(COMMANDS)
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert isinstance(command, click.Command), name
    assert main.get_command(ctx, "no-such-command") is None


def test_each_command_reads_its_help_from_the_table() -> None:
    """The list in ``kitgen --help`` comes from HELPS: it must be each command's own help."""
    ctx = click.Context(main)
    assert sorted(HELPS) == sorted(COMMANDS)
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert command is not None and command.help == HELPS[name], name


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_list_of_commands_is_the_commands_own_short_help(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KITGEN_LANG", lang)
    shown = CliRunner().invoke(main, ["--help"], terminal_width=80).output
    ctx = click.Context(main, terminal_width=80)
    limit = 80 - 6 - max(map(len, COMMANDS))
    for name in COMMANDS:
        command = main.get_command(ctx, name)
        assert command is not None
        assert f"  {name:<9}  {command.get_short_help_str(limit)}\n" in shown, name


def test_help_imports_no_command_module() -> None:
    """``kitgen --help`` starts in the time of kitgen itself: the renderers stay unloaded."""
    script = (
        "import sys\n"
        "from kitgen.cli.main import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('kitgen.cli.', 'kitgen.render',"
        " 'kitgen.build', 'sphinx', 'typst')))\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    assert "Commands:" in run.stdout
    loaded = run.stderr.split("LOADED", 1)[1]
    modules = {target.split(":")[0] for target in COMMANDS.values()}
    assert modules and not any(f"'{module}'" in loaded for module in modules), loaded
    assert "'kitgen.cli.main'" in loaded  # the check sees what is loaded
    assert "kitgen.render" not in loaded and "'sphinx'" not in loaded, loaded

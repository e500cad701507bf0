"""``python -m kitgen``: the same command as the ``kitgen`` script."""

from __future__ import annotations

from kitgen.cli import main

main()

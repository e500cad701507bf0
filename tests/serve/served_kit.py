"""A real ``kitgen serve`` process, as the user runs it (in the kit's folder, on a free port),
and its states read from ``/_kitgen/status.json``: tests wait for a state, never for a time."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: How long a state may take to come on a loaded two-core machine (a bound, not a wait).
PATIENCE = 600.0


@dataclass
class Served:
    process: subprocess.Popen[str]
    url: str
    kit: Path
    site: Path
    log: Path

    def status(self) -> dict[str, Any]:
        with urllib.request.urlopen(f"{self.url}_kitgen/status.json", timeout=30) as response:
            data: dict[str, Any] = json.load(response)
        return data

    def wait_for(self, what: str, ready: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """Poll the server's status until ``ready`` holds (fails after ``PATIENCE``)."""
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            status = self.status()
            if ready(status):
                return status
            assert self.process.poll() is None, self.log.read_text(encoding="utf-8")
            time.sleep(0.1)  # a poll interval, not a wait for a result
        raise AssertionError(f"kitgen serve never reached: {what}\n{self.log.read_text()}")

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(self.url + path.lstrip("/"), timeout=30) as response:
            data: bytes = response.read()
        return data


def start_server(kit: Path, site: Path, log: Path, *args: str) -> Served:
    env = dict(os.environ, KITGEN_LANG="en")
    stream = log.open("w", encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "kitgen", "serve", "-o", str(site), "--port", "0", *args],
        cwd=kit,
        stdout=stream,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        found = re.search(r"http://[^ ]+?/", log.read_text(encoding="utf-8"))
        if found:
            return Served(process, found.group(0), kit, site, log)
        assert process.poll() is None, log.read_text(encoding="utf-8")
        time.sleep(0.05)
    process.kill()
    raise AssertionError(f"kitgen serve printed no address:\n{log.read_text()}")


def stop_server(served: Served) -> int:
    if served.process.poll() is None:
        served.process.send_signal(signal.SIGINT)
    return served.process.wait(timeout=60)


def gone(pids: set[int], alive: Callable[[int], bool]) -> list[int]:
    """The processes of ``pids`` still alive once they had ``PATIENCE`` to exit (a state polled,
    not a fixed wait: multiprocessing's resource tracker exits a moment after its last user)."""
    deadline = time.monotonic() + PATIENCE
    while (left := [pid for pid in pids if alive(pid)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left

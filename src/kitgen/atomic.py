"""Atomic file output: write beside the target, then rename, so a crash never leaves half a file.

Every file kitgen writes goes through here.  ``write_if_changed`` also keeps mtimes stable on a
no-op build, which is what lets Sphinx and make-style tools skip unchanged work.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Open a temporary file beside ``path``; it replaces ``path`` only if the block succeeds."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, mode) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        tmp.chmod(0o644)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically."""
    with atomic_open(path) as stream:
        stream.write(data)


def write_if_changed(path: Path, data: bytes | str) -> bool:
    """Write atomically unless the file already holds exactly ``data``; True if written."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    try:
        if path.stat().st_size == len(raw) and path.read_bytes() == raw:
            return False
    except FileNotFoundError:
        pass
    write_bytes(path, raw)
    return True

"""Atomic file output: write beside the target, then rename, so a crash never leaves half a file.

Every file kitgen writes goes through here.  ``write_if_changed`` also keeps mtimes stable on a
no-op build, which is what lets Sphinx and make-style tools skip unchanged work.

What an output must never destroy:

- a target that is not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is written
  to directly: a rename would replace the device or the pipe with a regular file; ``-`` is
  standard output;
- an existing file keeps its permission bits (a 0600 file stays private); a new file gets
  0666 less the umask, like any file a program creates;
- the temporary name stays within the file-name limit, so a legal 250-byte name works;
- an error names the output the user asked for, never the hidden temporary file.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

#: ``-o -``: the output is standard output.
STDOUT = "-"
#: Bytes of the target's name kept in the temporary name: ``.`` + name + ``.`` + 8 random
#: characters + ``.tmp`` stays within the usual 255-byte limit of a file name.
_TMP_NAME_BYTES = 200


def _umask() -> int:
    """The process umask, read without changing it (``os.umask`` would race with threads)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _temporary_prefix(name: str) -> str:
    """``.NAME.``, the name cut to ``_TMP_NAME_BYTES`` bytes (whole characters) if longer."""
    raw = os.fsencode(name)
    if len(raw) > _TMP_NAME_BYTES:
        name = os.fsdecode(raw[:_TMP_NAME_BYTES].decode("utf-8", "ignore").encode("utf-8"))
    return f".{name}."


def _mode_for(path: Path) -> int:
    """The permission bits the output gets: the existing file's, else 0666 less the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def is_special(path: Path) -> bool:
    """Whether ``path`` is standard output or exists as something other than a regular file or
    a folder (a device, a named pipe, a socket): written to in place, never renamed over."""
    if str(path) == STDOUT:
        return True
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _named(exc: OSError, path: Path) -> OSError:
    """The same error, naming the output instead of the temporary file."""
    renamed = type(exc)(exc.errno, exc.strerror or str(exc), str(path))
    renamed.__cause__ = exc
    return renamed


@contextlib.contextmanager
def _direct(path: Path) -> Iterator[IO[bytes]]:
    if str(path) == STDOUT:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    with path.open("wb") as stream:
        yield stream


@contextlib.contextmanager
def atomic_open(path: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Open a temporary file beside ``path``; it replaces ``path`` only if the block succeeds.

    A device, a pipe or ``-`` is written to directly instead (see the module's docstring).
    """
    path = Path(path)
    if is_special(path):
        try:
            with _direct(path) as stream:
                yield stream
        except OSError as exc:
            raise _named(exc, path) from exc
        return
    tmp: Path | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        target_mode = _mode_for(path)
        fd, tmp_name = tempfile.mkstemp(
            prefix=_temporary_prefix(path.name), suffix=".tmp", dir=path.parent
        )
        tmp = Path(tmp_name)
        with os.fdopen(fd, mode) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        tmp.chmod(target_mode)
        tmp.replace(path)
    except BaseException as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _named(exc, path) from exc
        raise


#: The name of a temporary file ``atomic_open`` makes: ``.NAME.`` + 8 of mkstemp's characters
#: + ``.tmp``.
TEMPORARY = re.compile(r"\..+\.[a-z0-9_]{8}\.tmp")


def remove_temporaries(folder: Path) -> list[Path]:
    """Delete the temporary files a killed run left below ``folder`` (regular files named as
    ``atomic_open`` names them; never through a link). Returns them."""
    removed: list[Path] = []
    if folder.is_symlink() or not folder.is_dir():
        return removed
    for top, _dirs, files in os.walk(folder):  # never follows links to folders
        for name in files:
            path = Path(top) / name
            if TEMPORARY.fullmatch(name) and not path.is_symlink() and path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically."""
    with atomic_open(path) as stream:
        stream.write(data)


def write_if_changed(path: Path, data: bytes | str) -> bool:
    """Write atomically unless the file already holds exactly ``data``; True if written."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISREG(info.st_mode) and info.st_size == len(raw) and path.read_bytes() == raw:
            return False
    except FileNotFoundError:
        pass
    write_bytes(path, raw)
    return True

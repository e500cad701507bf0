"""Atomic writes: a failed write never leaves half a file or a stray temporary file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kitgen import atomic
from kitgen.atomic import atomic_open, write_bytes, write_if_changed


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_write_bytes_creates_parents_and_file(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "out.pdf"
    write_bytes(target, b"%PDF-1.7\n")
    assert target.read_bytes() == b"%PDF-1.7\n"
    assert _names(target.parent) == ["out.pdf"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_write_bytes_replaces(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert _names(tmp_path) == ["out.txt"]


def test_failure_inside_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="renderer crashed"), atomic_open(target) as stream:
        stream.write(b"half a ")
        raise RuntimeError("renderer crashed")
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["out.txt"]


def test_interrupt_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), atomic_open(target) as stream:
        stream.write(b"half")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["out.txt"]


def test_failing_disk_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The data cannot be flushed to disk (disk full): the old file stays, the temp goes."""
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)  # type: ignore[attr-defined]
    with pytest.raises(OSError, match="No space left"):
        write_bytes(target, b"new content")
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["out.txt"]


def test_failing_rename_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")

    def refuse(self: Path, other: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(PermissionError):
        write_bytes(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["out.txt"]


def test_wrong_data_type_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_bytes(target, "text, not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert _names(tmp_path) == ["out.txt"]


def test_write_if_changed_keeps_mtime_and_inode(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    assert write_if_changed(target, "<p>é</p>") is True
    assert target.read_text(encoding="utf-8") == "<p>é</p>"
    past = 1_600_000_000_000_000_000
    os.utime(target, ns=(past, past))
    before = target.stat()
    assert write_if_changed(target, "<p>é</p>") is False
    assert write_if_changed(target, "<p>é</p>".encode()) is False
    after = target.stat()
    assert after.st_mtime_ns == before.st_mtime_ns == past
    assert after.st_ino == before.st_ino
    assert _names(tmp_path) == ["page.html"]


def test_write_if_changed_writes_a_change(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    target.write_bytes(b"<p>a</p>")
    past = 1_600_000_000_000_000_000
    os.utime(target, ns=(past, past))
    # Same size, different bytes: still written.
    assert write_if_changed(target, b"<p>b</p>") is True
    assert target.read_bytes() == b"<p>b</p>"
    assert target.stat().st_mtime_ns != past
    assert write_if_changed(target, b"<p>longer</p>") is True
    assert target.read_bytes() == b"<p>longer</p>"
    assert _names(tmp_path) == ["page.html"]

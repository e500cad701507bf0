"""Outputs that cannot destroy: ``kitgen cards``, ``guide``, ``plan`` and ``kitgen.atomic``.

``kitgen cards SET.yaml -o SET.yaml`` replaced the set with a PDF; as root ``-o /dev/null``
replaced the device with a regular file; every output became 0644 whatever the umask; a legal
250-character name was refused because the temporary name was longer; a full disk or a
read-only folder named the hidden temporary file, or nothing. Each test runs the real command.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from reliability_support import LOCATED, kitgen_env, run_kitgen

from kitgen import atomic

PDF = b"%PDF"


def run(args: list[str | Path], cwd: Path, prelude: str = "") -> subprocess.CompletedProcess[str]:
    return run_kitgen(args, cwd=cwd, prelude=prelude, env=kitgen_env(KITGEN_LANG="en"))


def one_located_error(result: subprocess.CompletedProcess[str], path: str, needle: str) -> str:
    """Exit 1, no traceback, and a located error on ``path`` saying ``needle``."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if LOCATED.match(line)]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"{path}:1:1: error: "), errors
    assert needle in errors[0], errors
    assert ".tmp" not in result.stderr  # never the temporary file's name
    return errors[0]


@pytest.fixture()
def work(tmp_path: Path, minimal_path: Path) -> Path:
    """A folder outside any project holding ``set.yaml`` (a copy of the minimal set)."""
    (tmp_path / "set.yaml").write_bytes(minimal_path.read_bytes())
    return tmp_path


# --------------------------------------------------------------------------- inputs


@pytest.mark.parametrize(
    ("command", "suffix"),
    [
        (["cards", "prompts/set.yaml", "--lang", "en", "-o"], ".pdf"),
        (["guide", "prompts/set.yaml", "-o"], ".pdf"),
        (["deck", "prompts/set.yaml", "-o"], ".html"),
        (["plan", "--prompts", "prompts", "--minutes", "30", "--lang", "en", "-o"], ".pdf"),
    ],
    ids=["cards", "guide", "deck", "plan"],
)
def test_an_output_that_is_an_input_is_refused(work: Path, command: list[str], suffix: str) -> None:
    (work / "prompts").mkdir()
    source = work / "prompts" / "set.yaml"
    (work / "set.yaml").rename(source)
    before = source.read_bytes()
    # Named for the command's format, the links reach the input check itself.
    (work / f"link{suffix}").symlink_to("prompts/set.yaml")
    os.link(source, work / f"hard{suffix}")
    for target in (f"link{suffix}", f"hard{suffix}"):
        result = run([*command, target], work)
        one_located_error(result, str(Path(target)), "the output is an input of this command (")
        assert source.read_bytes() == before
    # The source by its own name is refused earlier, as a name of another format (usage error).
    for target in ("prompts/set.yaml", "./prompts/set.yaml"):
        result = run([*command, target], work)
        assert result.returncode == 2, (result.returncode, result.stderr)
        assert "Traceback" not in result.stderr
        assert source.read_bytes() == before
    assert (work / f"link{suffix}").is_symlink()


# --------------------------------------------------------------------------- non-regular targets


def run_binary(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """The command with its standard output captured as bytes (a PDF)."""
    return subprocess.run(
        [sys.executable, "-m", "kitgen", *args],
        cwd=cwd,
        capture_output=True,
        env=kitgen_env(KITGEN_LANG="en"),
        timeout=300,
        check=False,
    )


def test_dash_writes_the_pdf_to_standard_output(work: Path) -> None:
    result = run_binary(["cards", "set.yaml", "--lang", "en", "-o", "-"], work)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(PDF) and result.stdout.rstrip().endswith(b"%%EOF")
    assert not (work / "-").exists()
    dev = run_binary(["guide", "set.yaml", "-o", "/dev/stdout"], work)
    assert dev.returncode == 0, dev.stderr
    assert dev.stdout.startswith(PDF) and dev.stdout.rstrip().endswith(b"%%EOF")
    assert b"/dev/stdout" in dev.stderr  # the name goes beside the stream, not into it


def test_a_named_pipe_is_written_to_not_replaced(work: Path) -> None:
    fifo = work / "deck.pdf"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = run(["cards", "set.yaml", "--lang", "en", "-o", fifo.name], work)
    assert result.returncode == 0, result.stderr
    reader.join(timeout=60)
    assert not reader.is_alive()
    assert received and received[0].startswith(PDF)
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in work.iterdir()) == ["deck.pdf", "set.yaml"]


def test_a_device_is_written_to_not_replaced(work: Path) -> None:
    """A character device (a null device made in the test folder) stays a device."""
    device = work / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("cannot create a device node here (needs CAP_MKNOD)")
    result = run(["cards", "set.yaml", "--lang", "en", "-o", device.name], work)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert device.stat().st_rdev == os.makedev(1, 3)
    assert not [p for p in work.iterdir() if p.name.endswith(".tmp")]


# --------------------------------------------------------------------------- permissions


def test_an_existing_file_keeps_its_permissions(work: Path) -> None:
    target = work / "deck.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    result = run(["cards", "set.yaml", "--lang", "en", "-o", "deck.pdf"], work)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(PDF)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize(("umask", "mode"), [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664)])
def test_a_new_file_follows_the_umask(work: Path, umask: int, mode: int) -> None:
    result = run(
        ["guide", "set.yaml", "-o", "guide.md"], work, prelude=f"import os; os.umask({umask})"
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE((work / "guide.md").stat().st_mode) == mode


def test_atomic_keeps_modes_in_process(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    atomic.write_bytes(target, b"a")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
    target.chmod(0o640)
    assert atomic.write_if_changed(target, b"b")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


# --------------------------------------------------------------------------- names and errors


def test_a_250_character_output_name_works(work: Path) -> None:
    name = "d" * 246 + ".pdf"
    result = run(["cards", "set.yaml", "--lang", "en", "-o", name], work)
    assert result.returncode == 0, result.stderr
    assert (work / name).read_bytes().startswith(PDF)
    assert sorted(p.name for p in work.iterdir()) == sorted([name, "set.yaml"])
    # Multi-byte characters are cut whole in the temporary name.
    accented = "é" * 125 + ".md"  # 253 bytes
    atomic.write_bytes(work / accented, b"ok")
    assert (work / accented).read_bytes() == b"ok"


#: As root, permission bits do not stop a write: the refusal a read-only folder gives is
#: simulated where the temporary file is created (what the kernel would answer).
READ_ONLY = """
import os, tempfile
_real = tempfile.mkstemp
def _refuse(*args, dir=None, prefix="", suffix="", **kwargs):
    if dir is not None and os.path.basename(str(dir)) == "read-only":
        name = os.path.join(str(dir), prefix + "x" + suffix)
        raise PermissionError(13, "Permission denied", name)
    return _real(*args, dir=dir, prefix=prefix, suffix=suffix, **kwargs)
tempfile.mkstemp = _refuse
"""

#: The disk fills up while the PDF is written.
DISK_FULL = """
import os
def _full(fd):
    raise OSError(28, "No space left on device")
os.fsync = _full
"""


def test_a_read_only_folder_is_one_line_naming_the_output(work: Path) -> None:
    folder = work / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        for command in (["cards", "set.yaml", "--lang", "en"], ["guide", "set.yaml"]):
            result = run([*command, "-o", "read-only/out.pdf"], work, prelude=READ_ONLY)
            one_located_error(result, "read-only/out.pdf", "Permission denied")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_full_disk_is_one_line_naming_the_output(work: Path) -> None:
    (work / "deck.pdf").write_bytes(b"earlier deck")
    result = run(["cards", "set.yaml", "--lang", "en", "-o", "deck.pdf"], work, prelude=DISK_FULL)
    one_located_error(result, "deck.pdf", "No space left on device")
    assert (work / "deck.pdf").read_bytes() == b"earlier deck"
    assert sorted(p.name for p in work.iterdir()) == ["deck.pdf", "set.yaml"]


@pytest.mark.parametrize("offset", ["nan,0", "0,nan", "inf,0", "-inf,1", "1e999,0"])
def test_a_back_offset_that_is_not_a_number_is_refused(work: Path, offset: str) -> None:
    result = run(
        ["cards", "set.yaml", "--lang", "en", "-o", "d.pdf", f"--back-offset={offset}"], work
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "--back-offset" in result.stderr
    assert not (work / "d.pdf").exists()

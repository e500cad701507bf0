"""What the site benchmarks share: a scratch copy of the shipped kit, a typical YAML edit and
``kitgen build`` timed as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
#: Reproducible outputs, plain terminal lines, English messages.
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "NO_COLOR": "1", "KITGEN_LANG": "en"}


def copy_project(target: Path) -> Path:
    """Copy kitgen.toml, prompts/ and docs/ (without generated pages) into ``target/project``."""
    project = target / "project"
    project.mkdir()
    shutil.copy(ROOT / "kitgen.toml", project / "kitgen.toml")
    shutil.copytree(ROOT / "prompts", project / "prompts")
    shutil.copytree(
        ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns("_build", "sets")
    )
    return project


def edit_first_prompt(path: Path) -> str:
    """Change the text of the set's first prompt in every language; return the set's id."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    text = data["prompts"][0]["text"]
    for lang in text:
        text[lang] = text[lang].rstrip(" ?") + " (edited)?"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return str(data["id"])


def build(project: Path, site: Path) -> float:
    """Wall time of ``kitgen build -q -o SITE`` in ``project`` (a subprocess: the interpreter's
    start-up counts, as it does for a user); exits with Sphinx's or kitgen's lines if it fails."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "kitgen", "build", "-q", "-o", str(site)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"kitgen build failed:\n{result.stderr[-3000:]}")
    return seconds

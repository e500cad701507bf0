"""What the site benchmarks share: a scratch copy of the shipped kit and a typical YAML edit."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


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

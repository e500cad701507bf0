"""A small kitgen project (two sets, both languages) using the repository's docs configuration."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "minimal.yaml"

INDEX = """\
# {title}

Welcome.

```{{toctree}}
themes/alpha
themes/beta
sets/index
```
"""

THEME = """\
(theme-{set_id})=
# Theme {set_id}

(theme-{set_id}-background)=
## Background

Some words.

```{{kitgen-prompts}} {set_id}
```
"""


def write_set(project: Path, set_id: str, text_en: str | None = None) -> Path:
    data: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    data["id"] = data["theme"] = set_id
    data["prompts"][0]["see"] = f"theme-{set_id}-background"
    if text_en is not None:
        data["prompts"][1]["text"]["en"] = text_en
    path = project / "prompts" / f"{set_id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def make_project(root: Path) -> Path:
    project = root / "project"
    (project / "docs").mkdir(parents=True)
    shutil.copy(ROOT / "kitgen.toml", project / "kitgen.toml")
    shutil.copy(ROOT / "docs" / "conf.py", project / "docs" / "conf.py")
    for set_id in ("alpha", "beta"):
        write_set(project, set_id)
    for lang in ("fr", "en"):
        src = project / "docs" / lang
        (src / "themes").mkdir(parents=True)
        (src / "index.md").write_text(INDEX.format(title=f"Home {lang}"), encoding="utf-8")
        for set_id in ("alpha", "beta"):
            (src / "themes" / f"{set_id}.md").write_text(
                THEME.format(set_id=set_id), encoding="utf-8"
            )
    return project

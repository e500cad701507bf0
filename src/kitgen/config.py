"""Project settings from ``kitgen.toml``: declared once here, with their defaults."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from kitgen.diagnostics import KitgenError, Location, error

CONFIG_NAME = "kitgen.toml"


@dataclass(frozen=True)
class Config:
    base_url: str = "https://kitgen.readthedocs.io/en/latest/"
    min_font_pt: float = 8.5
    #: Folder the config was read from (the project root), if any.
    root: Path | None = None


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``kitgen.toml`` at or above ``start`` (default: the working directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """Read the project's settings; defaults when there is no ``kitgen.toml``."""
    path = find_config(start)
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        location = Location(path, int(where[1]), int(where[2])) if where else Location(path)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise KitgenError(error(location, f"invalid TOML: {message}")) from None
    section: Any = data.get("kitgen", {})
    if not isinstance(section, dict):
        raise KitgenError(
            error(Location(path), "'kitgen' must be a table: write the settings under [kitgen]")
        )
    known = {f.name for f in fields(Config)} - {"root"}
    unknown = sorted(set(section) - known)
    if unknown:
        raise KitgenError(
            error(
                Location(path),
                f"unknown setting(s) {', '.join(unknown)} in [kitgen]; known: "
                + ", ".join(sorted(known)),
            )
        )
    base_url = section.get("base_url", Config.base_url)
    if not isinstance(base_url, str) or not base_url.startswith(("http://", "https://")):
        raise KitgenError(error(Location(path), "base_url must be an address starting https://"))
    min_font = section.get("min_font_pt", Config.min_font_pt)
    if not isinstance(min_font, int | float) or not 4 <= min_font <= 40:
        raise KitgenError(error(Location(path), "min_font_pt must be a number between 4 and 40"))
    return Config(base_url=base_url, min_font_pt=float(min_font), root=path.parent)

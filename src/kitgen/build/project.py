"""Where a kit's inputs live: the project root (the folder of ``kitgen.toml``), its prompt sets
and its documentation sources, one folder per language.  The languages are the kit's own, from
``kitgen.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kitgen.config import Config, load_config
from kitgen.diagnostics import KitgenError, Location, error


@dataclass(frozen=True)
class Project:
    root: Path
    config: Config

    @property
    def languages(self) -> tuple[str, ...]:
        """The kit's languages, in the order the site offers them."""
        return self.config.languages

    @property
    def prompts(self) -> Path:
        return self.root / "prompts"

    @property
    def docs(self) -> Path:
        """The Sphinx configuration folder (``conf.py``); ``docs/<lang>`` are the sources."""
        return self.root / "docs"

    def source(self, lang: str) -> Path:
        return self.docs / lang

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The project at or above ``start``: the folder of ``kitgen.toml`` holding ``docs/``."""
        config = load_config(start)
        root = config.root or (start or Path.cwd()).resolve()
        project = cls(root=root, config=config)
        if not (project.docs / "conf.py").is_file():
            raise KitgenError(
                error(
                    Location(project.docs / "conf.py"),
                    "no Sphinx configuration here: run kitgen build from a kitgen project "
                    "(a folder with kitgen.toml, prompts/ and docs/conf.py)",
                )
            )
        missing = [lang for lang in project.languages if not project.source(lang).is_dir()]
        if missing:
            raise KitgenError(
                error(
                    Location(project.docs),
                    f"no documentation folder for {', '.join(missing)} (expected docs/<lang>/)",
                )
            )
        return project

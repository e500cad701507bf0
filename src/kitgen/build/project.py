"""Where a kit's inputs live: the project root (the folder of ``kitgen.toml``), its prompt sets
and its optional pages, one folder per language (``docs/<lang>/``).  The languages are the
kit's own, from ``kitgen.toml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kitgen.config import Config, load_config
from kitgen.diagnostics import KitgenError, Location, UnlocatedError, error
from kitgen.i18n import cli_text


class NoKitError(UnlocatedError):
    """No ``kitgen.toml`` at or above the folder: there is no file to point at."""


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
        """The kit's own pages, ``docs/<lang>/``, and its optional ``docs/conf.py``."""
        return self.root / "docs"

    def source(self, lang: str) -> Path:
        return self.docs / lang

    @property
    def has_docs(self) -> bool:
        """Whether the kit has pages of its own (``docs/<lang>/``) besides the generated ones."""
        return any(self.source(lang).is_dir() for lang in self.languages)

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The kit at or above ``start``: the folder of ``kitgen.toml``."""
        config = load_config(start)
        if config.root is None:
            raise NoKitError(
                cli_text(
                    "no kit here: no kitgen.toml in this folder or above; make one with "
                    "kitgen init my-kit --lang fr, then run this command in my-kit"
                )
            )
        project = cls(root=config.root, config=config)
        missing = [lang for lang in project.languages if not project.source(lang).is_dir()]
        if project.has_docs and missing:
            raise KitgenError(
                error(
                    Location(project.docs),
                    cli_text(
                        "no documentation folder for {languages} (expected docs/<lang>/ for "
                        "every language of the kit, or none)",
                        languages=", ".join(missing),
                    ),
                )
            )
        return project

"""The whole kit in one build: decks, guides, card images, web decks and the bilingual site."""

from __future__ import annotations

from kitgen.build.kit import Report, SiteWarnings, build_kit
from kitgen.build.project import LANGUAGES, Project

__all__ = ["LANGUAGES", "Project", "Report", "SiteWarnings", "build_kit"]

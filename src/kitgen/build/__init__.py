"""The whole kit in one build: decks, guides, card images, web decks and the bilingual site."""

from __future__ import annotations

from kitgen.build.kit import Report, SiteWarnings, build_kit
from kitgen.build.project import Project

__all__ = ["Project", "Report", "SiteWarnings", "build_kit"]

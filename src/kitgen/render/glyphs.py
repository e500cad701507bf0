"""Characters the printed font cannot draw: a located warning instead of a silent blank.

Typst sets cards and guides in the bundled font (Atkinson Hyperlegible, Latin only) and falls
back to its own embedded fonts; a character none of them has (an emoji, most non-Latin scripts)
prints as an empty box.  The check reads the bundled font's character map with fontTools, so it
is exact for the font the kit is designed with, and names every prompt that needs another one.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from kitgen.diagnostics import Diagnostic, warning
from kitgen.i18n import cli_text
from kitgen.model import PromptSet
from kitgen.model.origin import DataPath
from kitgen.typography import typeset
from kitgen.wording import quoted

#: Unicode categories with no glyph of their own: spaces, controls, format marks (ZWJ, LRM).
_INVISIBLE = {"Zs", "Zl", "Zp", "Cc", "Cf"}
#: Combining marks (accents drawn over or under the letter before them).
_MARKS = {"Mn", "Me"}
#: More marks than this on one letter leave the line's height (Vietnamese uses two, some
#: scripts three or four).
MAX_STACKED_MARKS = 4
#: At most this many characters are listed in one message.
_SHOWN = 16
#: Characters of ordinary French and English text, all drawn by the bundled font (a test
#: checks it): a text made of them only needs no look at the font, which keeps builds quick.
COMMON = frozenset(
    [chr(c) for c in range(0x20, 0x7F)]
    + list("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»‘’“”–—…€°§·\u00a0\u202f")
)


@functools.cache
def covered() -> frozenset[int]:
    """Code points every style of the bundled font can draw (regular, bold, italic, ...), and
    those the fallback font for emoji and symbols draws."""
    # Imported here: a no-op ``kitgen build`` loads this module but never needs the fonts.
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

    from kitgen.render.cards.fonts import fallback_dir, font_dir

    def cmaps(folder: Path) -> list[set[int]]:
        maps = []
        for path in sorted(folder.glob("*.[ot]tf")):
            with TTFont(path, lazy=True) as font:
                maps.append(set(font.getBestCmap() or {}))
        return maps

    styles = cmaps(Path(font_dir()))
    text = set.intersection(*styles) if styles else set()
    return frozenset(text.union(*cmaps(fallback_dir())))  # what the fallback font draws


def missing(text: str) -> list[str]:
    """The distinct characters of ``text`` the bundled font cannot draw, in order of use."""
    if COMMON.issuperset(text):
        return []
    font = covered()
    found: dict[str, None] = {}
    for char in text:
        if ord(char) not in font and unicodedata.category(char) not in _INVISIBLE:
            found.setdefault(char)
    return list(found)


def describe(chars: list[str]) -> str:
    shown = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in chars[:_SHOWN])
    more = cli_text(" and {count} more", count=len(chars) - _SHOWN) if len(chars) > _SHOWN else ""
    return shown + more


def _texts(prompt_set: PromptSet, lang: str) -> Iterator[tuple[str, DataPath, str]]:
    """(what, where, text) of every text printed on a card."""
    yield cli_text("the set's title"), ("title",), prompt_set.title.get_text(lang)
    for i, category in enumerate(prompt_set.categories):
        what = cli_text("category {name}", name=quoted(category.id))
        yield what, ("categories", i, "label"), category.label.get_text(lang)
    for i, prompt in enumerate(prompt_set.prompts):
        what = cli_text("prompt {name}", name=quoted(prompt.id))
        yield what, ("prompts", i, "text"), prompt.text.get_text(lang)
        for j, follow_up in enumerate(prompt.follow_ups):
            yield what, ("prompts", i, "follow_ups", j), follow_up.get_text(lang)


def longest_mark_run(text: str) -> int:
    """The most combining marks (accents, Zalgo) stacked on one character of ``text``."""
    if text.isascii():
        return 0
    longest = run = 0
    for char in text:
        run = run + 1 if unicodedata.category(char) in _MARKS else 0
        longest = max(longest, run)
    return longest


def glyph_warnings(prompt_set: PromptSet, languages: list[str] | None = None) -> list[Diagnostic]:
    """One warning per printed text (in ``languages``, default all) with undrawable characters,
    and one per text stacking more combining marks on a letter than a card's line can hold."""
    found: dict[tuple[str, DataPath], list[str]] = {}
    stacked: dict[tuple[str, DataPath], int] = {}
    for lang in [x for x in languages or prompt_set.languages if x in prompt_set.languages]:
        for what, where, text in _texts(prompt_set, lang):
            chars = missing(typeset(text, lang))
            if chars:
                known = found.setdefault((what, where[:3]), [])
                known += [c for c in chars if c not in known]
            marks = longest_mark_run(text)
            if marks > MAX_STACKED_MARKS:
                stacked[(what, where[:3])] = max(marks, stacked.get((what, where[:3]), 0))
    diagnostics = []
    at = prompt_set.locate

    for (what, where), chars in found.items():
        diagnostics.append(
            warning(
                at(where),
                cli_text(
                    "{what} uses characters the card font cannot draw: {chars}; they print in a "
                    "fallback font, or as empty boxes when no font has them",
                    what=what,
                    chars=describe(chars),
                ),
                "glyphs.missing",
                summary=cli_text(
                    "texts use characters the card font cannot draw; they print in a fallback "
                    "font, or as empty boxes when no font has them"
                ),
            )
        )
    for (what, where), marks in stacked.items():
        diagnostics.append(
            warning(
                at(where),
                cli_text(
                    "{what} stacks {marks} combining marks on one letter; they spread above and "
                    "below the line, over the card's header and the next lines",
                    what=what,
                    marks=marks,
                ),
                "glyphs.stacked-marks",
            )
        )
    return diagnostics

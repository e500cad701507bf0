"""Language typography applied to plain text before any renderer lays it out.

French puts a no-break space (U+00A0) before a colon, a narrow one (U+202F) before ? ! ; and
inside « », and keeps a number with its unit or percent sign.  Authors type ordinary spaces (or
none); this module decides, so every output (cards, guides, site) follows the same rules.
"""

from __future__ import annotations

import re
import unicodedata

NNBSP = "\u202f"  # narrow no-break space
NBSP = "\u00a0"  # no-break space

_SPACES = r"[ \u00a0\u202f\u2009]"
_BEFORE_HIGH_PUNCT = re.compile(rf"{_SPACES}*([?!;:])")
_AFTER_OPEN_GUILLEMET = re.compile(rf"«{_SPACES}*")
_BEFORE_CLOSE_GUILLEMET = re.compile(rf"{_SPACES}*»")
_PERCENT = re.compile(rf"(\d){_SPACES}*([%‰])")
_NUMBER_UNIT = re.compile(
    rf"(\d){_SPACES}+(°|€|CHF|Fr\.|francs|h\b|min\b|mm\b|cm\b|m\b|km\b|kg\b|g\b|ans\b|"
    r"jours\b|heures\b|minutes\b|personnes\b|collaborateurs\b|employés\b)"
)
_DIGIT_GROUPS = re.compile(rf"(?<=\d){_SPACES}(?=\d{{3}}\b)")
# A colon between digits (08:30) or inside an address is not punctuation.
_PROTECTED = re.compile(r"(https?://\S+|www\.\S+|mailto:\S+|\d+:\d+|\w+://)")
# Control characters, and the explicit bidi overrides and isolates (U+202A-E, U+2066-9), which
# would show the text in another order than the file's ("Trojan Source"); RTL text needs none.
_CONTROL = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]"
)


def clean(text: str) -> str:
    """Normalise to NFC and drop control characters and bidi overrides (no printed form)."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", text))


def french(text: str) -> str:
    """Apply French spacing rules to ``text``."""
    protected: list[str] = []

    def hide(match: re.Match[str]) -> str:
        protected.append(match[0])
        return f"\ue000{len(protected) - 1}\ue001"

    text = _PROTECTED.sub(hide, text)
    text = _BEFORE_HIGH_PUNCT.sub(lambda m: _high(m, m.string), text)
    text = _AFTER_OPEN_GUILLEMET.sub("«" + NNBSP, text)
    text = _BEFORE_CLOSE_GUILLEMET.sub(NNBSP + "»", text)
    text = _PERCENT.sub(lambda m: m[1] + NNBSP + m[2], text)
    text = _NUMBER_UNIT.sub(lambda m: m[1] + NBSP + m[2], text)
    text = _DIGIT_GROUPS.sub(NNBSP, text)
    return re.sub("\ue000(\\d+)\ue001", lambda m: protected[int(m[1])], text)


def _high(match: re.Match[str], text: str) -> str:
    """Space before ? ! ; : unless it starts the text or follows another such sign (?!).

    A colon takes a full no-break space, the others a narrow one (French printing usage).
    """
    start = match.start()
    if start == 0:
        return match[1]
    previous = text[start - 1]
    if previous in "?!;:(«[\n":
        return match[1]
    return (NBSP if match[1] == ":" else NNBSP) + match[1]


def english(text: str) -> str:
    """English typography: no space before high punctuation or %, numbers kept with units."""
    text = re.sub(rf"{_SPACES}+([?!;:])(?=\s|$)", r"\1", text)
    text = _PERCENT.sub(r"\1\2", text)
    return _NUMBER_UNIT.sub(lambda m: m[1] + NBSP + m[2], text)


#: Opening and closing quotation marks per language (English curly quotes otherwise).
_QUOTE_MARKS = {"fr": ("« ", " »"), "de": ("„", "“"), "it": ("«", "»")}


def quote(text: str, lang: str) -> str:
    """``text`` between the quotation marks of ``lang``: « », „ “, « » or “ ”."""
    left, right = _QUOTE_MARKS.get(lang, ("“", "”"))
    return f"{left}{text}{right}"


def typeset(text: str, lang: str) -> str:
    """Clean ``text`` and apply the typography of ``lang`` (unknown languages: cleaning only)."""
    text = clean(text)
    if lang == "fr":
        return french(text)
    if lang == "en":
        return english(text)
    return text

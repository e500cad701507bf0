"""Language typography applied to plain text before any renderer lays it out.

French puts a no-break space (U+00A0) before a colon, a narrow one (U+202F) before ? ! ; and
inside « », and keeps a number with its unit or percent sign.  Authors type ordinary spaces (or
none); this module decides, so every output (cards, guides, site) follows the same rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

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
_SPACE_BEFORE_HIGH = re.compile(rf"{_SPACES}+([?!;:])(?=\s|$)")
_DIGIT_GROUPS = re.compile(rf"(?<=\d){_SPACES}(?=\d{{3}}\b)")
# A colon between digits (08:30) or inside an address is not punctuation.
_PROTECTED = re.compile(r"(https?://\S+|www\.\S+|mailto:\S+|\d+:\d+|\w+://)")
# Control characters, and the explicit bidi overrides and isolates (U+202A-E, U+2066-9), which
# would show the text in another order than the file's ("Trojan Source"); RTL text needs none.
_CONTROL = re.compile(
    r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]"
)


def dimensions(*values: str, unit: str = "") -> str:
    """A size or a grid as every output and message writes it: ``63 × 88 mm``, ``3 × 3``.

    A multiplication sign between narrow no-break spaces and a no-break space before the unit,
    in every language, so the size never breaks across lines; ``values`` are numbers already
    written with the reader's decimal sign.
    """
    text = f"{NNBSP}×{NNBSP}".join(values)
    return f"{text}{NBSP}{unit}" if unit else text


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
    A sign typed with no space before it and a letter, digit or slash right after it is inside
    a word (``javascript:alert``, ``a:b``), not punctuation: it is left as typed.
    """
    start, end = match.start(), match.end()
    if start == 0:
        return match[1]
    if match[0] == match[1] and end < len(text) and (text[end].isalnum() or text[end] in "/\\"):
        return match[0]
    previous = text[start - 1]
    if previous in "?!;:(«[\n":
        return match[1]
    return (NBSP if match[1] == ":" else NNBSP) + match[1]


# A pair of quotation marks as another language or a keyboard writes them: "…", “…”, „…“, «…».
_STRAIGHT_PAIR = re.compile(r'"([^"\n]*)"')
_ENGLISH_PAIR = re.compile(r"“([^“”„\n]*)”")
_GERMAN_PAIR = re.compile(r"„([^“”„\n]*)“")
_GUILLEMET_PAIR = re.compile(rf"«{_SPACES}*([^«»\n]*?){_SPACES}*»")


def _no_space_before_punctuation(text: str) -> str:
    return _SPACE_BEFORE_HIGH.sub(r"\1", text)


def english(text: str) -> str:
    """English typography: no space before high punctuation or %, numbers kept with units."""
    text = _no_space_before_punctuation(text)
    text = _PERCENT.sub(r"\1\2", text)
    return _NUMBER_UNIT.sub(lambda m: m[1] + NBSP + m[2], text)


def german(text: str) -> str:
    """German typography: „…“ quotes, no space before punctuation, numbers kept with units."""
    for pair in (_STRAIGHT_PAIR, _ENGLISH_PAIR, _GUILLEMET_PAIR):
        text = pair.sub(r"„\1“", text)
    return english(text)


def italian(text: str) -> str:
    """Italian typography: «…» with no space inside, none before punctuation either."""
    for pair in (_STRAIGHT_PAIR, _ENGLISH_PAIR, _GERMAN_PAIR, _GUILLEMET_PAIR):
        text = pair.sub(r"«\1»", text)
    return english(text)


#: Opening and closing quotation marks per language (English curly quotes otherwise).
_QUOTE_MARKS = {"fr": ("« ", " »"), "de": ("„", "“"), "it": ("«", "»")}


def quote(text: str, lang: str) -> str:
    """``text`` between the quotation marks of ``lang``: « », „ “, « » or “ ”."""
    left, right = _QUOTE_MARKS.get(lang, ("“", "”"))
    return f"{left}{text}{right}"


def typeset(text: str, lang: str) -> str:
    """Clean ``text`` and apply the typography of ``lang`` (unknown languages: cleaning only)."""
    text = clean(text)
    rules = RULES.get(lang)
    return rules(text) if rules is not None else text


#: The rules of each language kitgen knows; French rules only for French.
RULES: dict[str, Callable[[str], str]] = {
    "fr": french,
    "en": english,
    "de": german,
    "it": italian,
}

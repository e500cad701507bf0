"""Length limits on texts, checked by the loader: no word longer than any page could hold.

A 1.5 MB word passed ``validate`` and then kept the card fit check busy; no card, guide or web
page can show a word of even a few hundred characters. Scripts written without spaces (Chinese,
Japanese, Korean) break between any two characters, so their runs are not words here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kitgen.diagnostics import Diagnostic, error, excerpt
from kitgen.i18n import cli_text
from kitgen.load.schema_errors import subject
from kitgen.model.origin import DataPath, Origin
from kitgen.wording import number, quoted

#: Longest word of a text, in characters (the longest German compounds and web addresses fit).
MAX_WORD_CHARS = 100

#: Characters a line may break after or before without a space: CJK ideographs, kana, hangul,
#: CJK punctuation and full-width forms.
CJK = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3130-\u318f"
    "\u31a0-\u31ff\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uffef\U00020000-\U0003ffff"
)
#: A word: a run of characters that are neither breaking spaces nor CJK (no-break spaces join).
_WORD = re.compile(f"(?:[^\\s{CJK}]|[\u00a0\u2007\u202f])+")


def longest_word(text: str) -> str:
    """The longest run of ``text`` that a line cannot break (spaces and CJK break it)."""
    return max(_WORD.findall(text), key=len, default="")


def _strings(value: Any, path: DataPath) -> Iterator[tuple[DataPath, str]]:
    """A text's strings with their paths: the text itself, or each language of it."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for lang, text in value.items():
            if isinstance(text, str):
                yield (*path, lang), text


def check_words(
    texts: Iterator[tuple[DataPath, Any]], data: dict[str, Any], origin: Origin
) -> Iterator[Diagnostic]:
    """A located error for every text holding a word over ``MAX_WORD_CHARS`` characters."""
    for path, value in texts:
        for where, text in _strings(value, path):
            if len(text) <= MAX_WORD_CHARS:
                continue
            word = longest_word(text)
            if len(word) > MAX_WORD_CHARS:
                message = cli_text(
                    "{what} has a word of {length} characters ({word}); words are limited to "
                    "{limit} characters, break it with spaces",
                    what=subject(path, data),
                    length=number(len(word)),
                    word=quoted(excerpt(word, count=False)),
                    limit=MAX_WORD_CHARS,
                )
                yield error(origin.locate(where), message, "text.word-length")

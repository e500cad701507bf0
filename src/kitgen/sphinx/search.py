"""Accent-insensitive search: ``securite`` finds what ``sécurité`` finds, ``cafe`` finds "Café".

Sphinx's public extension point for this is the search language (``app.add_search_language``):
each of Sphinx's own languages is registered again with a stemmer that folds accents before
stemming, so the index holds folded stems.  The query side does the same in the browser
(``kitgen.js`` wraps Sphinx's ``Stemmer`` with the same folding), so both sides agree.

Stems are remembered per language for the life of the process: the Snowball stemmers are pure
Python, and stemming every word of every written page was an eighth of an incremental site
build (4,423 calls for 7 pages, most of them repeated words); a served kit's long-lived
workers keep the stems from one rebuild to the next.
"""

from __future__ import annotations

import unicodedata
from importlib import import_module

from sphinx.application import Sphinx
from sphinx.search import SearchLanguage, languages

#: Letters that are not a base letter plus an accent, spelt out (as kitgen.js does).
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "Œ": "OE", "Æ": "AE"})


def fold(word: str) -> str:
    """``word`` without its accents (combining marks U+0300 to U+036F after NFD) and ligatures."""
    decomposed = unicodedata.normalize("NFD", word.translate(_LIGATURES))
    return "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f")


def _language_class(lang: str) -> type[SearchLanguage]:
    found = languages[lang]
    if isinstance(found, str):
        module, _, name = found.rpartition(".")
        cls: type[SearchLanguage] = getattr(import_module(module), name)
        return cls
    return found


def folding_language(lang: str) -> type[SearchLanguage]:
    """Sphinx's search language ``lang`` with a stemmer that folds accents first."""
    base = _language_class(lang)

    stems: dict[str, str] = {}

    class Folding(base):  # type: ignore[valid-type,misc]
        def stem(self, word: str) -> str:
            found = stems.get(word)
            if found is None:
                found = stems[word] = str(super().stem(fold(word)))
            return found

    Folding.__name__ = Folding.__qualname__ = f"Folding{base.__name__}"
    return Folding


def setup_search(app: Sphinx, languages_wanted: tuple[str, ...] = ("fr", "en", "de", "it")) -> None:
    """Register the folding search languages (kitgen's output languages)."""
    for lang in languages_wanted:
        if lang in languages and not getattr(languages[lang], "_kitgen_folds", False):
            cls = folding_language(lang)
            cls._kitgen_folds = True  # type: ignore[attr-defined]
            app.add_search_language(cls)

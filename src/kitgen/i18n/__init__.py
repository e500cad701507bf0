"""One message catalogue for every interface word kitgen prints or says.

Two gettext domains: ``output`` (the words on cards, guides, online decks, plans and the site)
and ``cli`` (what the command itself says).  Message ids are the English text with ``{name}``
placeholders; the translation is looked up first, then formatted.  One fallback rule: the
language, then English.  Adding a language is one ``.po`` file per domain under ``locale/``.
"""

from __future__ import annotations

from kitgen.i18n.catalogs import (
    cli_language,
    cli_msgid,
    cli_ntext,
    cli_text,
    is_language,
    language_name,
    languages,
    output_msgid,
    output_ntext,
    output_ptext,
    output_text,
    preload,
)

__all__ = [
    "cli_language",
    "cli_msgid",
    "cli_ntext",
    "cli_text",
    "is_language",
    "language_name",
    "languages",
    "output_msgid",
    "output_ntext",
    "output_ptext",
    "output_text",
    "preload",
]

"""Small pieces of the command's messages whose form depends on the user's language.

A value quoted in a message is ``'x'`` in English and ``« x »`` in French: the catalogue
decides (``"'{value}'"`` is a message like any other), so no module tests the language.
"""

from __future__ import annotations

from kitgen.diagnostics import excerpt
from kitgen.i18n import cli_text


def quoted(value: object) -> str:
    """``value`` quoted for a message, as the user's language quotes; a long text is quoted as
    an excerpt (its beginning, its end and its length)."""
    return cli_text("'{value}'", value=excerpt(value) if isinstance(value, str) else value)


def value_kind(value: object) -> str:
    """What kind of YAML value ``value`` is, in words a facilitator knows ("a list")."""
    if value is None:
        return cli_text("an empty value")
    if isinstance(value, bool):
        return cli_text("a yes/no value")
    if isinstance(value, int | float):
        return cli_text("a number")
    if isinstance(value, str):
        return cli_text("a text")
    if isinstance(value, list):
        return cli_text("a list")
    if isinstance(value, dict):
        return cli_text("a block of key: value lines")
    return type(value).__name__


def number(value: int) -> str:
    """A whole number with its digits grouped by three, as the user's language groups them."""
    # TRANSLATORS: the character between groups of three digits in 200,000 (French: a narrow
    # no-break space, German and Italian: a point).
    return f"{value:,}".replace(",", cli_text(","))


def decimal_sign() -> str:
    """The user's decimal sign: ``.`` in English, ``,`` in French, German and Italian."""
    # TRANSLATORS: the decimal sign of a number such as 1.5 (French, German, Italian: a comma).
    return cli_text(".")

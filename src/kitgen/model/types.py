"""Constrained scalar types with messages a facilitator can act on.

Pydantic's built-in pattern errors print regular expressions; these types say what to write.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated

from pydantic import AfterValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

from kitgen import names
from kitgen.diagnostics import excerpt
from kitgen.i18n import cli_text
from kitgen.model.patterns import (
    COLOR_RE,
    LANG_RE,
    MAX_ID_CHARS,
    SLUG_RE,
    SPDX_RE,
    URL_RE,
    VERSION_RE,
    slugify,
)
from kitgen.wording import quoted


def _pattern_check(
    regex: re.Pattern[str],
    code: str,
    message: Callable[[], str],
    suggest: Callable[[str], str] | None = None,
    max_chars: int | None = None,
) -> AfterValidator:
    """A check whose ``message`` is looked up when it fails, in the user's language; a long
    value is quoted as an excerpt, a value over ``max_chars`` refused."""

    def check(value: str) -> str:
        shown = excerpt(value)
        if max_chars is not None and len(value) > max_chars:
            message_too_long = cli_text(
                "{value} is too long; an id names files and addresses, keep it to {limit} "
                "characters",
                value=quoted(value),
                limit=max_chars,
            )
            raise PydanticCustomError(f"{code}_length", "{message}", {"message": message_too_long})
        if not regex.fullmatch(value):
            hint = cli_text(" (e.g. {example})", example=quoted(suggest(value))) if suggest else ""
            raise PydanticCustomError(code, message() + hint, {"value": shown})
        return value

    return AfterValidator(check)


Slug = Annotated[
    str,
    _pattern_check(
        SLUG_RE,
        "kitgen_slug",
        lambda: cli_text(
            "'{value}' is not a valid id; use lowercase letters, digits and single hyphens"
        ),
        slugify,
        MAX_ID_CHARS,
    ),
    WithJsonSchema(
        {"type": "string", "pattern": f"^{SLUG_RE.pattern}$", "maxLength": MAX_ID_CHARS}
    ),
]


def reserved_set_id(value: str) -> str | None:
    """Why ``value`` cannot be a set's id although it is a valid id, or ``None``: the site
    names its own pages and folders so (``kitgen.names.RESERVED_SET_IDS``)."""
    if value not in names.RESERVED_SET_IDS:
        return None
    return cli_text(
        "{id} is a name the site gives its own pages and folders ({reserved}); choose another id",
        id=quoted(value),
        reserved=", ".join(sorted(names.RESERVED_SET_IDS)),
    )


def reserved_theme(value: str) -> str | None:
    """Why ``value`` cannot be a theme, or ``None``: ``themes/index.md`` lists the themes."""
    if value not in names.RESERVED_THEMES:
        return None
    return cli_text(
        "{theme} is the page that lists the themes (docs/<lang>/themes/{name}.md), not a "
        "theme; choose another theme",
        theme=quoted(value),
        name=value,
    )


def _not_reserved(problem: Callable[[str], str | None]) -> AfterValidator:
    def check(value: str) -> str:
        message = problem(value)
        if message is not None:
            raise PydanticCustomError("kitgen_reserved", "{message}", {"message": message})
        return value

    return AfterValidator(check)


def _slug_schema(reserved: frozenset[str]) -> WithJsonSchema:
    return WithJsonSchema(
        {
            "type": "string",
            "pattern": f"^{SLUG_RE.pattern}$",
            "maxLength": MAX_ID_CHARS,
            "not": {"enum": sorted(reserved)},
        }
    )


#: A set's id: a slug that is not one of the site's own names.
SetId = Annotated[Slug, _not_reserved(reserved_set_id), _slug_schema(names.RESERVED_SET_IDS)]
#: A theme: a slug that is not the themes' index page.
ThemeId = Annotated[Slug, _not_reserved(reserved_theme), _slug_schema(names.RESERVED_THEMES)]
Color = Annotated[
    str,
    _pattern_check(
        COLOR_RE,
        "kitgen_color",
        lambda: cli_text(
            "'{value}' is not a colour; write '#' and six hex digits, in quotes, e.g. \"#1f6f8b\""
        ),
    ),
    WithJsonSchema({"type": "string", "pattern": f"^{COLOR_RE.pattern}$"}),
]
Lang = Annotated[
    str,
    _pattern_check(
        LANG_RE,
        "kitgen_lang",
        lambda: cli_text("'{value}' is not a language code; use two lowercase letters (fr, en)"),
    ),
    WithJsonSchema({"type": "string", "pattern": f"^{LANG_RE.pattern}$"}),
]
SpdxId = Annotated[
    str,
    _pattern_check(
        SPDX_RE,
        "kitgen_spdx",
        lambda: cli_text(
            "'{value}' is not a licence code; write the licence's short code, e.g. "
            "CC-BY-SA-4.0 (the codes are listed at spdx.org/licenses)"
        ),
    ),
    WithJsonSchema({"type": "string", "pattern": f"^{SPDX_RE.pattern}$"}),
]
Url = Annotated[
    str,
    _pattern_check(
        URL_RE,
        "kitgen_url",
        lambda: cli_text("'{value}' is not a web address; write it as https://..."),
    ),
    WithJsonSchema({"type": "string", "format": "uri", "pattern": f"^{URL_RE.pattern}$"}),
]
Version = Annotated[
    str,
    _pattern_check(
        VERSION_RE,
        "kitgen_version",
        lambda: cli_text("'{value}' is not a version; write e.g. '1.0' or '2.1.3'"),
    ),
    WithJsonSchema({"type": "string", "pattern": f"^{VERSION_RE.pattern}$"}),
]
Minutes = Annotated[int, Field(gt=0, le=600)]
Year = Annotated[int, Field(ge=1900, le=2100)]

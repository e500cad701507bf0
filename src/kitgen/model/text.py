"""Human text that may be written in one language or several.

A prompt set is either monolingual (every text is a plain string) or multilingual (every text is
a map ``language -> string``).  Both shapes load into :class:`LocalText`, so renderers never care
which one the author used: they ask for a language and get a string.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from kitgen.i18n import cli_text
from kitgen.model.patterns import LANG_RE
from kitgen.wording import value_kind

#: Key used internally for a plain string (a text written for a one-language set).
ANY_LANGUAGE = "*"


class LocalText(Mapping[str, str]):
    """An immutable ``language -> text`` map; a plain string is stored under ``"*"``."""

    __slots__ = ("_values",)

    def __init__(self, values: str | Mapping[str, str]) -> None:
        if isinstance(values, str):
            self._values: dict[str, str] = {ANY_LANGUAGE: values}
        else:
            self._values = dict(values)

    @property
    def is_plain(self) -> bool:
        """True when the author wrote a plain string rather than a language map."""
        return ANY_LANGUAGE in self._values

    def get_text(self, lang: str) -> str:
        """The text in ``lang``; a plain string serves every language."""
        if self.is_plain:
            return self._values[ANY_LANGUAGE]
        return self._values[lang]

    def __getitem__(self, key: str) -> str:
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._values.items())))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LocalText):
            return self._values == other._values
        return NotImplemented

    def __repr__(self) -> str:
        if self.is_plain:
            return f"LocalText({self._values[ANY_LANGUAGE]!r})"
        return f"LocalText({self._values!r})"

    def to_data(self) -> str | dict[str, str]:
        """The YAML shape this text came from (plain string or language map)."""
        if self.is_plain:
            return self._values[ANY_LANGUAGE]
        return dict(self._values)

    @classmethod
    def _validate(cls, value: Any) -> LocalText:
        if isinstance(value, LocalText):
            return value
        if isinstance(value, str):
            if not value.strip():
                raise PydanticCustomError(
                    "kitgen_empty_text", cli_text("the text is empty; write it")
                )
            return cls(value)
        if isinstance(value, dict):
            if not value:
                raise PydanticCustomError(
                    "kitgen_empty_text",
                    cli_text(
                        "no text in any language; write one line per language, e.g. "
                        "{fr: ..., en: ...}"
                    ),
                )
            for lang, text in value.items():
                if not isinstance(lang, str) or not LANG_RE.fullmatch(lang):
                    raise PydanticCustomError(
                        "kitgen_text_lang",
                        cli_text(
                            "'{lang}' is not a language code; use two lowercase letters (fr, en)"
                        ),
                        {"lang": lang},
                    )
                if not isinstance(text, str):
                    raise PydanticCustomError(
                        "kitgen_text_type",
                        cli_text("the {lang} text must be a text, not {kind}; put it in quotes"),
                        {"lang": lang, "kind": value_kind(text)},
                    )
                if not text.strip():
                    raise PydanticCustomError(
                        "kitgen_empty_text",
                        cli_text("the {lang} text is empty; write it"),
                        {"lang": lang},
                    )
            return cls(value)
        raise PydanticCustomError(
            "kitgen_text_type",
            cli_text(
                "a text is needed here, not {kind}; write one text, or a text in each language "
                "such as "
                "{fr: ..., en: ...}"
            ),
            {"kind": value_kind(value)},
        )

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls._validate,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda v: v.to_data()),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "title": "Text",
            "description": "A plain string in a one-language set, or a map language -> string "
            "covering every language of the set.",
            "oneOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "propertyNames": {"pattern": f"^{LANG_RE.pattern}$"},
                    "additionalProperties": {"type": "string", "minLength": 1},
                    "minProperties": 1,
                },
            ],
        }

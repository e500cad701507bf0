"""LocalText: one type for a plain string and a language map, with clear refusals."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from kitgen.model import LocalText, PromptSet
from kitgen.model.text import ANY_LANGUAGE


class Holder(BaseModel):
    model_config = ConfigDict(frozen=True)
    text: LocalText


def test_plain_string_serves_every_language() -> None:
    text = LocalText("Bonjour")
    assert text.is_plain
    assert text.get_text("fr") == "Bonjour"
    assert text.get_text("en") == "Bonjour"
    assert list(text) == [ANY_LANGUAGE]
    assert text.to_data() == "Bonjour"
    assert repr(text) == "LocalText('Bonjour')"


def test_language_map() -> None:
    text = LocalText({"fr": "Bonjour", "en": "Hello"})
    assert not text.is_plain
    assert text.get_text("fr") == "Bonjour"
    assert text.get_text("en") == "Hello"
    assert text["en"] == "Hello"
    assert len(text) == 2
    assert dict(text) == {"fr": "Bonjour", "en": "Hello"}
    assert text.to_data() == {"fr": "Bonjour", "en": "Hello"}
    with pytest.raises(KeyError):
        text.get_text("de")


def test_equality_and_hash_ignore_key_order() -> None:
    a = LocalText({"fr": "Oui", "en": "Yes"})
    b = LocalText({"en": "Yes", "fr": "Oui"})
    assert a == b
    assert hash(a) == hash(b)
    assert a != LocalText("Oui")
    assert LocalText("Oui") == LocalText("Oui")
    assert a.__eq__("Oui") is NotImplemented


def test_is_immutable() -> None:
    source = {"fr": "Oui"}
    text = LocalText(source)
    source["fr"] = "Non"
    assert text.get_text("fr") == "Oui"
    with pytest.raises(TypeError):
        text["fr"] = "Non"  # type: ignore[index]


@pytest.mark.parametrize("value", ["Bonjour", {"fr": "Bonjour"}, {"fr": "Bonjour", "en": "Hello"}])
def test_validates_through_pydantic_and_round_trips(value: object) -> None:
    holder = Holder.model_validate({"text": value})
    assert isinstance(holder.text, LocalText)
    assert holder.model_dump() == {"text": value}
    assert Holder.model_validate(holder.model_dump()) == holder
    # An existing LocalText is accepted as it is.
    assert Holder(text=holder.text).text is holder.text


@pytest.mark.parametrize(
    ("value", "kind", "message"),
    [
        ("   ", "kitgen_empty_text", "the text is empty; write it"),
        ({}, "kitgen_empty_text", "no text in any language; write one line per language"),
        ({"fr": ""}, "kitgen_empty_text", "the fr text is empty; write it"),
        ({"FR": "x"}, "kitgen_text_lang", "'FR' is not a language code; use two lowercase"),
        ({"french": "x"}, "kitgen_text_lang", "'french' is not a language code"),
        (
            {"fr": 3},
            "kitgen_text_type",
            "the fr text must be a text, not a number; put it in quotes",
        ),
        ({"fr": None}, "kitgen_text_type", "the fr text must be a text, not an empty value"),
        (
            ["a", "b"],
            "kitgen_text_type",
            "a text is needed here, not a list; write one text, or a text in each",
        ),
        (None, "kitgen_text_type", "a text is needed here, not an empty value"),
        (12, "kitgen_text_type", "a text is needed here, not a number"),
        (True, "kitgen_text_type", "a text is needed here, not a yes/no value"),
    ],
)
def test_refusals_say_what_to_write(value: object, kind: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        Holder.model_validate({"text": value})
    (err,) = info.value.errors()
    assert err["type"] == kind
    assert err["msg"].startswith(message)
    assert "{" not in err["msg"].replace("{fr: ..., en: ...}", "")


def test_json_schema_accepts_both_shapes() -> None:
    schema = PromptSet.model_json_schema(by_alias=True)
    text_schema = schema["properties"]["title"]
    assert text_schema["title"] == "Text"
    string, mapping = text_schema["oneOf"]
    assert string == {"type": "string", "minLength": 1}
    assert mapping["type"] == "object"
    # Anchored: JSON Schema patterns match anywhere, so "french" would pass "[a-z]{2}".
    assert mapping["propertyNames"] == {"pattern": "^[a-z]{2}$"}


def test_loaded_set_texts(minimal_set: PromptSet) -> None:
    assert minimal_set.title.get_text("fr") == "Title of the set (fr)"
    assert minimal_set.title.get_text("en") == "Title of the set (en)"
    assert not minimal_set.title.is_plain
    first = minimal_set.prompts[0]
    assert first.note is not None
    assert first.note.get_text("en").startswith("For the facilitator only")
    assert minimal_set.default_language == "fr"

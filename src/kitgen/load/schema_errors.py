"""Turn pydantic's structural errors into located messages that say what to change."""

from __future__ import annotations

import difflib
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from kitgen.diagnostics import Diagnostic, error
from kitgen.model.origin import DataPath, Origin
from kitgen.model.prompt_set import PromptSet

_TYPE_NAMES = {
    "string_type": "a text",
    "int_type": "a whole number",
    "bool_type": "true or false",
    "list_type": "a list",
    "model_type": "a block of key: value lines",
    "model_attributes_type": "a block of key: value lines",
    "dict_type": "a block of key: value lines",
    "float_type": "a number",
}


#: What to do about a value of the wrong type, when nothing more specific applies.
_DEFAULT_HINTS = {
    "string_type": "; write a single text",
    "int_type": "; write a number in digits, e.g. 10",
    "bool_type": "; write true or false",
    "list_type": "; write each item on its own line starting with '- ' (or [] for none)",
    "model_type": "; write its keys on the lines below, indented",
    "model_attributes_type": "; write its keys on the lines below, indented",
    "dict_type": "; write its keys on the lines below, indented",
    "float_type": "; write a number in digits",
}


def _inner_models(annotation: Any) -> list[type[BaseModel]]:
    """The model classes inside an annotation such as ``list[Prompt] | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found.extend(_inner_models(arg))
    return found


def _inner_enum(annotation: Any) -> type[Enum] | None:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_enum(arg)
        if found is not None:
            return found
    return None


def _field_keys(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _resolve(loc: DataPath) -> tuple[type[BaseModel] | None, Any]:
    """The model that owns the last key of ``loc`` and that key's annotation."""
    model: type[BaseModel] | None = PromptSet
    annotation: Any = None
    for i, part in enumerate(loc):
        if isinstance(part, int) or model is None:
            continue
        info = next(
            (f for n, f in model.model_fields.items() if (f.alias or n) == part),
            None,
        )
        if info is None:
            return model, None
        annotation = info.annotation
        inner = _inner_models(annotation)
        if i == len(loc) - 1:
            return model, annotation
        model = inner[0] if inner else None
    return model, annotation


#: Lists of objects, and what one item is called in messages.
_ITEM_NAMES = {
    "prompts": "prompt",
    "sessions": "session",
    "categories": "category",
    "steps": "step",
    "sources": "source",
    "variations": "variation",
    "risks": "risk",
}


def where(container: DataPath, data: Any) -> str:
    """Where the object at ``container`` sits, e.g. " in step #2 of session 'short-talk'"."""
    labels: list[str] = []
    node = data
    for i, part in enumerate(container):
        node = (
            node.get(part)
            if isinstance(node, dict)
            else (
                node[part]
                if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
                else None
            )
        )
        # A step's ``prompts`` is a list of ids, not of prompt objects.
        parent = container[i - 1] if i > 0 else None
        if isinstance(part, int) and parent in _ITEM_NAMES and (parent != "prompts" or i == 1):
            label = _ITEM_NAMES[str(parent)]
            ident = node.get("id", node.get("name")) if isinstance(node, dict) else None
            labels.append(
                f"{label} {ident!r}" if isinstance(ident, str) else f"{label} #{part + 1}"
            )
    if container and isinstance(container[-1], str):
        labels.append(str(container[-1]))  # a nested map such as group_size or aims
    if not labels:
        return ""
    return " in " + " of ".join(reversed(labels))


def subject(loc: DataPath, data: Any) -> str:
    """What the value at ``loc`` is, for a message: "text in prompt 'x'", "follow_ups #2 ..."."""
    if not loc:
        return "the file"
    if isinstance(loc[-1], int) and len(loc) > 1:
        if loc[-2] in _ITEM_NAMES and (loc[-2] != "prompts" or len(loc) == 2):
            return where(loc, data).removeprefix(" in ")
        return f"{loc[-2]} #{loc[-1] + 1}{where(loc[:-2], data)}"
    return f"{loc[-1]}{where(loc[:-1], data)}"


def _where(loc: DataPath, data: Any) -> str:
    """Where the key at the end of ``loc`` sits (its containing objects)."""
    return where(loc[:-1], data)


def _describe(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "a yes/no value"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a block of key: value lines"
    return type(value).__name__


def _key_name(loc: DataPath) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return "value"


def _missing_hint(model: type[BaseModel] | None, key: str) -> str:
    """How to write a missing key: its choices when it has some, otherwise a placeholder."""
    info = None
    if model is not None:
        info = next((f for n, f in model.model_fields.items() if (f.alias or n) == key), None)
    annotation = info.annotation if info is not None else None
    enum = _inner_enum(annotation)
    if enum is not None:
        return f"add `{key}: ...` with one of {', '.join(str(m.value) for m in enum)}"
    if annotation is bool:
        return f"add `{key}: true` or `{key}: false`"
    if list in {typing.get_origin(annotation)}:
        return f"add `{key}: []` or a list of items"
    if key in _EXAMPLES:
        return f"add e.g. `{key}: {_EXAMPLES[key]}`"
    return f"add `{key}: ...`"


#: What to write for a missing key whose shape is not obvious.
_EXAMPLES = {
    "schema": "1",
    "version": '"1.0"',
    "license": "CC-BY-SA-4.0",
    "color": '"#1f6f8b"',
    "group_size": "{min: 4, max: 12}",
    "year": "2012",
}


def describe_error(
    err: ErrorDetails, data: Any, written: Mapping[DataPath, str] | None = None
) -> tuple[DataPath, bool, str]:
    """Return (data path to point at, point at the key?, message) for one pydantic error.

    ``written`` maps paths of numbers to their text in the file (``1.10`` rather than ``1.1``).
    """
    loc: DataPath = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    key = _key_name(loc)
    what = subject(loc, data)
    ctx = err.get("ctx") or {}
    if kind == "missing":
        model, _ = _resolve(loc)
        return (
            loc[:-1],
            False,
            f"missing required key {loc[-1]!r}{_where(loc, data)}; {_missing_hint(model, key)}",
        )
    if kind == "extra_forbidden":
        model, _ = _resolve(loc)
        allowed = _field_keys(model) if model else []
        key_guess = _close_key(loc, model)
        advice = (
            f"did you mean {key_guess!r}?" if key_guess else "allowed keys: " + ", ".join(allowed)
        )
        return loc, True, f"unknown key {loc[-1]!r}{_where(loc, data)}; {advice}"
    if kind in ("enum", "literal_error"):
        _, annotation = _resolve(loc)
        enum = _inner_enum(annotation)
        if enum is None:
            expected = str(ctx.get("expected", ""))
            if loc == ("schema",):
                return (
                    loc,
                    False,
                    f"schema is {_describe(value)}, but this kitgen reads format version "
                    f"{expected} only; write `schema: {expected}`",
                )
            return loc, False, f"{what} must be {expected}, not {_describe(value)}"
        choices = [str(m.value) for m in enum]
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]!r}?" if close else "; write one of them"
        return (
            loc,
            False,
            f"{what} is {_describe(value)}, which is not one of {', '.join(choices)}{hint}",
        )
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        model, _ = _resolve(loc)
        if isinstance(loc[-1], int) and model is not None:
            first, *others = _field_keys(model)
            return (
                loc,
                False,
                f"{what} must be a block of key: value lines, not {_describe(value)}; start it "
                f"with `- {first}: ...` and add the other keys ({', '.join(others[:3])}, ...) "
                "below",
            )
    if kind in _TYPE_NAMES:
        expected = _TYPE_NAMES[kind]
        hint = _DEFAULT_HINTS.get(kind, "")
        if kind == "string_type" and isinstance(value, int | float):
            # YAML read a number or a yes/no (no, on, 1.10): quoting keeps the text as typed.
            as_written = (written or {}).get(loc, str(value))
            target = "" if isinstance(loc[-1], int) else f"{key}: "
            hint = f'; quote it: {target}"{as_written}"'
        if kind == "string_type" and value is None and key == "color":
            hint = (
                '; write it in quotes, e.g. color: "#1f6f8b" (without quotes, YAML reads '
                "everything after # as a comment)"
            )
        if kind == "int_type" and isinstance(value, str):
            if value.strip().lstrip("+-").isdigit():
                hint = "; write the number without quotes"
            elif key == "year":
                hint = "; write the year only, e.g. 2012"
        shown = _describe(value)
        if written and loc in written and not isinstance(value, bool):
            shown = f"the number {written[loc]}"
        return loc, False, f"{what} must be {expected}, not {shown}{hint}"
    if kind == "greater_than":
        bound = ctx.get("gt")
        advice = (
            "give it at least 1 minute" if key == "minutes" else f"write a number above {bound}"
        )
        return loc, False, f"{what} must be more than {bound}, not {value!r}; {advice}"
    if kind in ("greater_than_equal", "less_than_equal", "less_than"):
        bound = ctx.get("ge", ctx.get("le", ctx.get("lt")))
        word = "at least" if kind == "greater_than_equal" else "at most"
        return loc, False, f"{what} must be {word} {bound}, not {value!r}; change it"
    if kind == "too_long":
        limit = ctx.get("max_length")
        actual = ctx.get("actual_length")
        if key == "follow_ups":
            return (
                loc,
                False,
                f"{actual} follow-ups{_where(loc, data)}, at most {limit} fit on a card; keep "
                f"the best {limit} or move one into the note",
            )
        return loc, False, f"{what} has {actual} items, at most {limit} allowed; remove some"
    if kind == "too_short":
        limit = ctx.get("min_length")
        return loc, False, f"{what} needs at least {limit} item(s); add one"
    if kind == "string_too_short":
        return loc, False, f"{what} is empty; write it"
    message = err["msg"]
    # Messages of the model's own checks either continue a sentence ("is empty; ...") or
    # stand alone ("'X' is not a valid id; ...").
    joined = f"{what} {message}" if message.startswith(("is ", "must ")) else f"{what}: {message}"
    lang = ctx.get("lang")
    if isinstance(lang, str) and isinstance(value, dict) and lang in value:
        # A text map with one faulty translation: point at that translation's line (at its
        # key when the key itself is wrong).
        return (*loc, lang), kind == "kitgen_text_lang", joined
    return loc, False, joined


def _close_key(loc: DataPath, model: type[BaseModel] | None) -> str | None:
    """The allowed key that an unknown key most likely misspells."""
    allowed = _field_keys(model) if model else []
    close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
    return close[0] if close else None


def structural_diagnostics(
    errors: list[ErrorDetails],
    data: Any,
    origin: Origin,
    written: Mapping[DataPath, str] | None = None,
) -> list[Diagnostic]:
    """Located messages for pydantic's errors.

    A misspelt key is reported once: "unknown key 'sumary'; did you mean 'summary'?" already
    says what to do, so the "missing required key 'summary'" it causes is left out.
    """
    misspelt = set()
    for err in errors:
        if err["type"] == "extra_forbidden":
            loc = tuple(err["loc"])
            close = _close_key(loc, _resolve(loc)[0])
            if close is not None:
                misspelt.add((*loc[:-1], close))
    out: list[Diagnostic] = []
    for err in errors:
        if err["type"] == "missing" and tuple(err["loc"]) in misspelt:
            continue
        loc, at_key, message = describe_error(err, data, written)
        # ``key:`` with nothing after it: the key is what the author sees on that line.
        at_key = at_key or err.get("input", "") is None
        out.append(
            error(
                origin.locate(loc, key=at_key),
                message,
                code=f"schema.{err['type']}",
                summary=_summary(err),
            )
        )
    return out


def _summary(err: ErrorDetails) -> str:
    """What a key misspelt or left out in every item has in common (see ``diagnostic_groups``)."""
    loc = tuple(err["loc"])
    if err["type"] == "extra_forbidden":
        close = _close_key(loc, _resolve(loc)[0])
        advice = f"; did you mean {close!r}?" if close else ""
        return f"the unknown key {loc[-1]!r} is used in many places{advice}"
    if err["type"] == "missing":
        hint = _missing_hint(_resolve(loc)[0], str(loc[-1]))
        return f"the required key {loc[-1]!r} is missing in many places; {hint}"
    return ""

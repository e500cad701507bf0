"""Turn pydantic's structural errors into located messages that say what to change."""

from __future__ import annotations

import difflib
import typing
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
    "model_type": "a map of keys",
    "model_attributes_type": "a map of keys",
    "dict_type": "a map of keys",
    "float_type": "a number",
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
    for part in loc:
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
        if part == loc[-1]:
            return model, annotation
        model = inner[0] if inner else None
    return model, annotation


def _where(loc: DataPath, data: Any) -> str:
    """A human name for the object at ``loc``, e.g. "prompt 'warm-up'"."""
    names = {"prompts": "prompt", "sessions": "session", "categories": "category", "steps": "step"}
    described = ""
    node = data
    for i, part in enumerate(loc[:-1]):
        node = (
            node.get(part)
            if isinstance(node, dict)
            else (
                node[part]
                if isinstance(node, list) and isinstance(part, int) and part < len(node)
                else None
            )
        )
        if isinstance(part, int) and i > 0 and loc[i - 1] in names:
            ident = node.get("id") if isinstance(node, dict) else None
            label = names[str(loc[i - 1])]
            described = (
                f" in {label} {ident!r}" if isinstance(ident, str) else f" in {label} #{part + 1}"
            )
    return described


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
        return "a map"
    return type(value).__name__


def _key_name(loc: DataPath) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return "value"


def describe_error(err: ErrorDetails, data: Any) -> tuple[DataPath, bool, str]:
    """Return (data path to point at, point at the key?, message) for one pydantic error."""
    loc: DataPath = tuple(err["loc"])
    kind = err["type"]
    value = err.get("input")
    key = _key_name(loc)
    where = _where(loc, data)
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return loc[:-1], False, f"missing required key {loc[-1]!r}{where}; add `{loc[-1]}: ...`"
    if kind == "extra_forbidden":
        model, _ = _resolve(loc)
        allowed = _field_keys(model) if model else []
        close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}?" if close else "allowed keys: " + ", ".join(allowed)
        return loc, True, f"unknown key {loc[-1]!r}{where}; {hint}"
    if kind in ("enum", "literal_error"):
        _, annotation = _resolve(loc)
        enum = _inner_enum(annotation)
        if enum is None:
            expected = str(ctx.get("expected", ""))
            return loc, False, f"{key}{where} must be {expected}, not {_describe(value)}"
        choices = [str(m.value) for m in enum]
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return (
            loc,
            False,
            f"{key}{where} is {_describe(value)}, which is not one of {', '.join(choices)}{hint}",
        )
    if kind in _TYPE_NAMES:
        expected = _TYPE_NAMES[kind]
        hint = ""
        if kind == "string_type" and isinstance(value, int | float) and not isinstance(value, bool):
            hint = f'; quote it: {key}: "{value}"'
        if kind == "bool_type":
            hint = "; write true or false"
        if kind == "int_type" and isinstance(value, str):
            hint = "; write the number without quotes"
        return loc, False, f"{key}{where} must be {expected}, not {_describe(value)}{hint}"
    if kind == "greater_than":
        return loc, False, f"{key}{where} must be more than {ctx.get('gt')}, not {value!r}"
    if kind in ("greater_than_equal", "less_than_equal", "less_than"):
        bound = ctx.get("ge", ctx.get("le", ctx.get("lt")))
        word = "at least" if kind == "greater_than_equal" else "at most"
        return loc, False, f"{key}{where} must be {word} {bound}, not {value!r}"
    if kind == "too_long":
        limit = ctx.get("max_length")
        actual = ctx.get("actual_length")
        if key == "follow_ups":
            return (
                loc,
                False,
                f"{actual} follow-ups{where}, at most {limit} fit on a card; keep the best "
                f"{limit} or move one into the note",
            )
        return loc, False, f"{key}{where} has {actual} items, at most {limit} allowed"
    if kind == "too_short":
        limit = ctx.get("min_length")
        return loc, False, f"{key}{where} needs at least {limit} item(s); add one"
    if kind == "string_too_short":
        return loc, False, f"{key}{where} is empty; write it"
    if kind.startswith("kitgen_"):
        return loc, False, f"{key}{where}: {err['msg']}"
    return loc, False, f"{key}{where}: {err['msg']}"


def structural_diagnostics(
    errors: list[ErrorDetails], data: Any, origin: Origin
) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    for err in errors:
        loc, at_key, message = describe_error(err, data)
        out.append(error(origin.locate(loc, key=at_key), message, code=f"schema.{err['type']}"))
    return out

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
from kitgen.i18n import cli_ntext, cli_text
from kitgen.model.origin import DataPath, Origin
from kitgen.model.prompt_set import PromptSet
from kitgen.wording import quoted, value_kind


def _type_words(kind: str) -> tuple[str, str] | None:
    """For pydantic's type error ``kind``: what the value should have been, in words, and
    what to do about it when nothing more specific applies."""
    if kind == "string_type":
        return cli_text("a text"), cli_text("; write a single text")
    if kind == "int_type":
        return cli_text("a whole number"), cli_text("; write a number in digits, e.g. 10")
    if kind == "bool_type":
        return cli_text("true or false"), cli_text("; write true or false")
    if kind == "list_type":
        hint = cli_text("; write each item on its own line starting with '- ' (or [] for none)")
        return cli_text("a list"), hint
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        hint = cli_text("; write its keys on the lines below, indented")
        return cli_text("a block of key: value lines"), hint
    if kind == "float_type":
        return cli_text("a number"), cli_text("; write a number in digits")
    return None


def inner_models(annotation: Any) -> list[type[BaseModel]]:
    """The model classes inside an annotation such as ``list[Prompt] | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        found.extend(inner_models(arg))
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
        inner = inner_models(annotation)
        if i == len(loc) - 1:
            return model, annotation
        model = inner[0] if inner else None
    return model, annotation


#: Lists of objects, whose items messages name ("prompt 'x'", "step #2").
_ITEM_LISTS = (
    "prompts",
    "sessions",
    "categories",
    "steps",
    "sources",
    "variations",
    "risks",
    "phases",
)


def _item_label(items: str, name: str) -> str:
    """One item of the list ``items``, named by ``name`` (its quoted id, or "#2")."""
    labels = {
        "prompts": cli_text("prompt {name}"),
        "sessions": cli_text("session {name}"),
        "categories": cli_text("category {name}"),
        "steps": cli_text("step {name}"),
        "sources": cli_text("source {name}"),
        "variations": cli_text("variation {name}"),
        "risks": cli_text("risk {name}"),
        "phases": cli_text("phase {name}"),
    }
    return labels[items].format(name=name)


def place(container: DataPath, data: Any) -> str:
    """The object at ``container`` in words, e.g. "step #2 of session 'short-talk'"."""
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
        if isinstance(part, int) and parent in _ITEM_LISTS and (parent != "prompts" or i == 1):
            ident = node.get("id", node.get("name")) if isinstance(node, dict) else None
            name = quoted(ident) if isinstance(ident, str) else cli_text("#{n}", n=part + 1)
            labels.append(_item_label(str(parent), name))
    if container and isinstance(container[-1], str):
        labels.append(str(container[-1]))  # a nested map such as group_size or aims
    if not labels:
        return ""
    inner, *outer = reversed(labels)
    for label in outer:
        inner = cli_text("{inner} of {outer}", inner=inner, outer=label)
    return inner


def where(container: DataPath, data: Any) -> str:
    """Where the object at ``container`` sits, e.g. " in step #2 of session 'short-talk'"."""
    found = place(container, data)
    return cli_text(" in {place}", place=found) if found else ""


def subject(loc: DataPath, data: Any) -> str:
    """What the value at ``loc`` is, for a message: "text in prompt 'x'", "follow_ups #2 ..."."""
    if not loc:
        return cli_text("the file")
    if isinstance(loc[-1], int) and len(loc) > 1:
        if loc[-2] in _ITEM_LISTS and (loc[-2] != "prompts" or len(loc) == 2):
            return place(loc, data)
        item = cli_text("{key} {number}", key=loc[-2], number=cli_text("#{n}", n=loc[-1] + 1))
        return f"{item}{where(loc[:-2], data)}"
    return f"{loc[-1]}{where(loc[:-1], data)}"


def _where(loc: DataPath, data: Any) -> str:
    """Where the key at the end of ``loc`` sits (its containing objects)."""
    return where(loc[:-1], data)


def _describe(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return cli_text("the number {value}", value=repr(value))
    if isinstance(value, str):
        return cli_text("the text {value}", value=quoted(value))
    return value_kind(value)


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
        choices = ", ".join(str(m.value) for m in enum)
        return cli_text("add `{key}: ...` with one of {choices}", key=key, choices=choices)
    if annotation is bool:
        return cli_text("add `{key}: true` or `{key}: false`", key=key)
    if list in {typing.get_origin(annotation)}:
        return cli_text("add `{key}: []` or a list of items", key=key)
    if key in _EXAMPLES:
        return cli_text("add e.g. `{key}: {example}`", key=key, example=_EXAMPLES[key])
    return cli_text("add `{key}: ...`", key=key)


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
            cli_text(
                "missing required key {key}{where}; {hint}",
                key=quoted(loc[-1]),
                where=_where(loc, data),
                hint=_missing_hint(model, key),
            ),
        )
    if kind == "extra_forbidden":
        model, _ = _resolve(loc)
        allowed = _field_keys(model) if model else []
        key_guess = close_key(loc, model)
        advice = (
            cli_text("did you mean {key}?", key=quoted(key_guess))
            if key_guess
            else cli_text("allowed keys: {keys}", keys=", ".join(allowed))
        )
        message = cli_text(
            "unknown key {key}{where}; {advice}",
            key=quoted(loc[-1]),
            where=_where(loc, data),
            advice=advice,
        )
        return loc, True, message
    if kind in ("enum", "literal_error"):
        _, annotation = _resolve(loc)
        enum = _inner_enum(annotation)
        if enum is None:
            expected = str(ctx.get("expected", ""))
            if loc == ("schema",):
                return (
                    loc,
                    False,
                    cli_text(
                        "schema is {value}, but this kitgen reads format version {version} only; "
                        "write `schema: {version}`",
                        value=_describe(value),
                        version=expected,
                    ),
                )
            message = cli_text(
                "{what} must be {expected}, not {value}",
                what=what,
                expected=expected,
                value=_describe(value),
            )
            return loc, False, message
        choices = [str(m.value) for m in enum]
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.5)
        hint = (
            cli_text("; did you mean {value}?", value=quoted(close[0]))
            if close
            else cli_text("; write one of them")
        )
        message = cli_text(
            "{what} is {value}, which is not one of {choices}{hint}",
            what=what,
            value=_describe(value),
            choices=", ".join(choices),
            hint=hint,
        )
        return loc, False, message
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        model, _ = _resolve(loc)
        if isinstance(loc[-1], int) and model is not None:
            first, *others = _field_keys(model)
            message = cli_text(
                "{what} must be a block of key: value lines, not {value}; start it with "
                "`- {first}: ...` and add the other keys ({others}, ...) below",
                what=what,
                value=_describe(value),
                first=first,
                others=", ".join(others[:3]),
            )
            return loc, False, message
    type_words = _type_words(kind)
    if type_words is not None:
        expected_type, hint = type_words
        if kind == "string_type" and isinstance(value, int | float):
            # YAML read a number or a yes/no (no, on, 1.10): quoting keeps the text as typed.
            as_written = (written or {}).get(loc, str(value))
            target = "" if isinstance(loc[-1], int) else f"{key}: "
            example = target + '"' + as_written + '"'
            hint = cli_text("; put it in quotes: {example}", example=example)
        if kind == "string_type" and value is None and key == "color":
            hint = cli_text(
                '; write it in quotes, e.g. color: "#1f6f8b" (without quotes, YAML reads '
                "everything after # as a comment)"
            )
        if kind == "int_type" and isinstance(value, str):
            if value.strip().lstrip("+-").isdigit():
                hint = cli_text("; write the number without quotes")
            elif key == "year":
                hint = cli_text("; write the year only, e.g. 2012")
        shown = _describe(value)
        if written and loc in written and not isinstance(value, bool):
            shown = cli_text("the number {value}", value=written[loc])
        message = cli_text(
            "{what} must be {expected}, not {value}{hint}",
            what=what,
            expected=expected_type,
            value=shown,
            hint=hint,
        )
        return loc, False, message
    if kind == "greater_than":
        bound = ctx.get("gt")
        advice = (
            cli_text("give it at least 1 minute")
            if key == "minutes"
            else cli_text("write a number above {bound}", bound=bound)
        )
        message = cli_text(
            "{what} must be more than {bound}, not {value}; {advice}",
            what=what,
            bound=bound,
            value=repr(value),
            advice=advice,
        )
        return loc, False, message
    if kind in ("greater_than_equal", "less_than_equal", "less_than"):
        bound = ctx.get("ge", ctx.get("le", ctx.get("lt")))
        template = (
            cli_text("{what} must be at least {bound}, not {value}; change it")
            if kind == "greater_than_equal"
            else cli_text("{what} must be at most {bound}, not {value}; change it")
        )
        return loc, False, template.format(what=what, bound=bound, value=repr(value))
    if kind == "too_long":
        limit = ctx.get("max_length")
        actual = ctx.get("actual_length")
        if key == "follow_ups":
            message = cli_text(
                "{count} follow-ups{where}, at most {limit} fit on a card; keep the best {limit} "
                "or move one into the note",
                count=actual,
                where=_where(loc, data),
                limit=limit,
            )
            return loc, False, message
        message = cli_text(
            "{what} has {count} items, at most {limit} allowed; remove some",
            what=what,
            count=actual,
            limit=limit,
        )
        return loc, False, message
    if kind == "too_short":
        limit = ctx.get("min_length")
        message = cli_ntext(
            "{what} needs at least {n} item; add one",
            "{what} needs at least {n} items; add one",
            int(limit or 1),
            what=what,
        )
        return loc, False, message
    if kind == "string_too_short":
        return loc, False, cli_text("{what} is empty; write it", what=what)
    # The model's own checks (kitgen_*) and anything else pydantic says: "<what>: <message>".
    joined = cli_text("{what}: {message}", what=what, message=err["msg"])
    lang = ctx.get("lang")
    if isinstance(lang, str) and isinstance(value, dict) and lang in value:
        # A text map with one faulty translation: point at that translation's line (at its
        # key when the key itself is wrong).
        return (*loc, lang), kind == "kitgen_text_lang", joined
    return loc, False, joined


def close_key(loc: DataPath, model: type[BaseModel] | None) -> str | None:
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
            close = close_key(loc, _resolve(loc)[0])
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
        close = close_key(loc, _resolve(loc)[0])
        advice = cli_text("; did you mean {key}?", key=quoted(close)) if close else ""
        return cli_text(
            "the unknown key {key} is used in many places{advice}",
            key=quoted(loc[-1]),
            advice=advice,
        )
    if err["type"] == "missing":
        hint = _missing_hint(_resolve(loc)[0], str(loc[-1]))
        return cli_text(
            "the required key {key} is missing in many places; {hint}",
            key=quoted(loc[-1]),
            hint=hint,
        )
    return ""

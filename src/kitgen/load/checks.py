"""Checks that need more than one value at a time: references, translations, minutes, pages.

They run on the raw YAML data, defensively, so that a file with a structural mistake still gets
all its other problems reported in the same run.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kitgen import names
from kitgen.diagnostics import Diagnostic, error, warning
from kitgen.i18n import cli_ntext, cli_text
from kitgen.load.limits import check_words
from kitgen.load.schema_errors import close_key, inner_models, place, subject, where
from kitgen.model.methods import BREAK, METHODS
from kitgen.model.origin import DataPath, Origin
from kitgen.model.patterns import LANG_RE, SLUG_RE
from kitgen.model.prompt_set import PromptSet, Step
from kitgen.model.text import LocalText
from kitgen.wording import quoted


def _items(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _suggest(value: object, choices: list[str]) -> str:
    close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
    return cli_text("; did you mean {value}?", value=quoted(close[0])) if close else ""


def check_set(data: Any, origin: Origin, docs_dir: Path | None) -> list[Diagnostic]:
    """All cross-value problems of one prompt set's raw data."""
    if not isinstance(data, dict):
        return []
    found: list[Diagnostic] = []
    found += _check_unique_ids(data, origin)
    found += _check_references(data, origin)
    found += _check_languages(data, origin)
    found += _check_sessions(data, origin)
    found += check_words(_text_paths(PromptSet, data, ()), data, origin)
    if docs_dir is not None:
        found += _check_theme_page(data, origin, docs_dir)
    return found


def _check_unique_ids(data: dict[str, Any], origin: Origin) -> Iterator[Diagnostic]:
    for key in ("prompts", "categories", "sessions"):
        seen: dict[str, int] = {}
        for i, item in _items(data, key):
            ident = item.get("id")
            if not isinstance(ident, str):
                continue
            if ident in seen:
                first = origin.locate((key, seen[ident], "id"))
                yield error(
                    origin.locate((key, i, "id")),
                    _duplicate_id(key).format(id=quoted(ident), line=first.line),
                    "ref.duplicate",
                )
            else:
                seen[ident] = i
    langs = data.get("languages")
    if isinstance(langs, list):
        seen_langs: set[object] = set()
        for i, lang in enumerate(langs):
            if not isinstance(lang, str):
                continue
            if lang in seen_langs:
                yield error(
                    origin.locate(("languages", i)),
                    cli_text(
                        "language {lang} is listed twice; list each language once",
                        lang=quoted(lang),
                    ),
                )
            seen_langs.add(lang)


def _duplicate_id(key: str) -> str:
    if key == "prompts":
        return cli_text(
            "duplicate prompt id {id} (first used at line {line}); give each its own id"
        )
    if key == "categories":
        return cli_text(
            "duplicate category id {id} (first used at line {line}); give each its own id"
        )
    return cli_text("duplicate session id {id} (first used at line {line}); give each its own id")


def _check_references(data: dict[str, Any], origin: Origin) -> Iterator[Diagnostic]:
    category_ids = [c["id"] for _, c in _items(data, "categories") if isinstance(c.get("id"), str)]
    prompt_ids = [p["id"] for _, p in _items(data, "prompts") if isinstance(p.get("id"), str)]
    for i, prompt in _items(data, "prompts"):
        category = prompt.get("category")
        if isinstance(category, str) and category_ids and category not in category_ids:
            yield error(
                origin.locate(("prompts", i, "category")),
                cli_text(
                    "prompt {prompt} uses category {category}, which is not defined under "
                    "categories{hint}",
                    prompt=quoted(prompt.get("id")),
                    category=quoted(category),
                    hint=_suggest(category, category_ids),
                ),
                "ref.category",
            )
    for s, session in _items(data, "sessions"):
        for t, step in _items(session, "steps"):
            refs = step.get("prompts")
            if not isinstance(refs, list):
                continue
            for r, ref in enumerate(refs):
                if isinstance(ref, str) and ref not in prompt_ids:
                    step_name = place(("sessions", s, "steps", t), data)
                    yield error(
                        origin.locate(("sessions", s, "steps", t, "prompts", r)),
                        cli_text(
                            "{step} uses prompt {prompt}, which is not in this set{hint}",
                            step=step_name,
                            prompt=quoted(ref),
                            hint=_suggest(ref, prompt_ids),
                        ),
                        "ref.prompt",
                    )
            method = step.get("method")
            known = [*METHODS, BREAK]
            if isinstance(method, str) and method not in known:
                yield warning(
                    origin.locate(("sessions", s, "steps", t, "method")),
                    cli_text(
                        "method {method} is not one kitgen knows, so the guide prints no "
                        "sub-timings{hint}; known: {known}",
                        method=quoted(method),
                        hint=_suggest(method, known),
                        known=", ".join(known),
                    ),
                    "ref.method",
                )
            yield from _check_break(data, origin, ("sessions", s, "steps", t), step)


def _check_break(
    data: dict[str, Any], origin: Origin, path: DataPath, step: dict[str, Any]
) -> Iterator[Diagnostic]:
    """A break uses no prompts; every other step says what to do (its instructions)."""
    step_name = place(path, data)
    if step.get("method") == BREAK:
        refs = step.get("prompts")
        if isinstance(refs, list) and refs:
            yield error(
                origin.locate((*path, "prompts")),
                cli_text(
                    "{step} is a break (`method: break`) but lists prompts; remove them, or give "
                    "the prompts a step of their own",
                    step=step_name,
                ),
                "session.break",
            )
    elif (
        step.get("instructions") is None
        and isinstance(step.get("method"), str)
        # A misspelt key ("instruction") already has its own message.
        and "instructions" not in {close_key((str(k),), Step) for k in step}
    ):
        present = "instructions" in step
        yield error(
            origin.locate((*path, "instructions") if present else path),
            (
                cli_text(
                    "instructions in {step} are empty; add `instructions:` saying what the "
                    "facilitator does (only a break, `method: break`, may leave them out)",
                    step=step_name,
                )
                if present
                else cli_text(
                    "missing required key 'instructions' in {step}; add `instructions:` saying "
                    "what the facilitator does (only a break, `method: break`, may leave them out)",
                    step=step_name,
                )
            ),
            "session.instructions",
        )


def _text_paths(
    model: type[BaseModel], data: Any, path: DataPath
) -> Iterator[tuple[DataPath, Any]]:
    """Every (path, raw value) in ``data`` that the model types as a human text."""
    if not isinstance(data, dict):
        return
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key not in data:
            continue
        value = data[key]
        annotation = info.annotation
        text_field = LocalText in _flat_args(annotation)
        is_list = list in _origins(annotation)
        if text_field:
            if is_list and isinstance(value, list):
                for i, item in enumerate(value):
                    yield (*path, key, i), item
            elif not is_list:
                yield (*path, key), value
            continue
        for inner in inner_models(annotation):
            if isinstance(value, list):
                for i, item in enumerate(value):
                    yield from _text_paths(inner, item, (*path, key, i))
            else:
                yield from _text_paths(inner, value, (*path, key))


def _flat_args(annotation: Any) -> list[Any]:
    import typing

    args = typing.get_args(annotation)
    if not args:
        return [annotation]
    flat: list[Any] = []
    for arg in args:
        flat.extend(_flat_args(arg))
    return flat


def _origins(annotation: Any) -> set[Any]:
    import typing

    found = {typing.get_origin(annotation)}
    for arg in typing.get_args(annotation):
        found |= _origins(arg)
    return found


def _languages(data: dict[str, Any]) -> list[str] | None:
    """The set's languages, or ``None`` when the list itself is wrong (reported elsewhere)."""
    langs = data.get("languages")
    if not isinstance(langs, list) or not langs:
        return None
    if not all(isinstance(x, str) and LANG_RE.fullmatch(x) for x in langs):
        return None
    return langs


def _check_languages(data: dict[str, Any], origin: Origin) -> Iterator[Diagnostic]:
    langs = _languages(data)
    if langs is None:
        return
    listed = ", ".join(langs)
    for path, value in _text_paths(PromptSet, data, ()):
        if isinstance(value, str) and len(langs) > 1:
            yield error(
                origin.locate(path),
                cli_text(
                    "{what} is written in one language only, but the set has languages "
                    "{languages}; write a text in each language, one line per language: {lines}",
                    what=subject(path, data),
                    languages=listed,
                    lines=", ".join(f"{x}: ..." for x in langs),
                ),
                "i18n.plain",
                summary=cli_text(
                    "texts written in one language only, but the set has languages {languages}; "
                    "give each text one line per language",
                    languages=listed,
                ),
            )
        elif isinstance(value, dict) and all(
            isinstance(x, str) and LANG_RE.fullmatch(x) for x in value
        ):
            # (A key that is not a language code is reported by the model.)
            missing = [x for x in langs if x not in value]
            extra = [str(x) for x in value if x not in langs]
            if missing:
                yield error(
                    origin.locate(path),
                    cli_text(
                        "{what} is missing its {languages} translation; add {lines}",
                        what=subject(path, data),
                        languages=", ".join(missing),
                        lines=", ".join(f"{x}: ..." for x in missing),
                    ),
                    "i18n.missing",
                    summary=cli_text(
                        "texts without their {languages} translation; add it to each text (or "
                        "remove {languages} from languages)",
                        languages=", ".join(missing),
                    ),
                )
            for x in extra:
                yield error(
                    origin.locate((*path, x), key=True),
                    cli_text(
                        "{what} has a text in {lang} but the set's languages are {languages}; add "
                        "{code} to languages or remove this line",
                        what=subject(path, data),
                        lang=quoted(x),
                        languages=listed,
                        code=x,
                    ),
                    "i18n.extra",
                    summary=cli_text(
                        "texts in {lang}, which is not one of the set's languages ({languages}); "
                        "add {code} to languages or remove these lines",
                        lang=quoted(x),
                        languages=listed,
                        code=x,
                    ),
                )


def _check_sessions(data: dict[str, Any], origin: Origin) -> Iterator[Diagnostic]:
    for s, session in _items(data, "sessions"):
        total = session.get("minutes")
        steps = _items(session, "steps")
        minutes = [st.get("minutes") for _, st in steps]
        # Only when every value is a valid duration: a bad one already has its own message.
        if (
            isinstance(total, int)
            and not isinstance(total, bool)
            and total > 0
            and steps
            and all(isinstance(m, int) and not isinstance(m, bool) and m > 0 for m in minutes)
        ):
            step_sum = sum(m for m in minutes if isinstance(m, int))
            if step_sum != total:
                diff = total - step_sum
                advice = (
                    cli_ntext("add {n} minute to a step", "add {n} minutes to a step", diff)
                    if diff > 0
                    else cli_ntext("cut {n} minute", "cut {n} minutes", -diff)
                )
                yield error(
                    origin.locate(("sessions", s, "minutes")),
                    cli_text(
                        "session {session} lasts {total} minutes but its steps add up to {sum}; "
                        "{advice} or change the session's minutes",
                        session=quoted(session.get("id")),
                        total=total,
                        sum=step_sum,
                        advice=advice,
                    ),
                    "session.minutes",
                )
        size = session.get("group_size")
        if isinstance(size, dict):
            low, high = size.get("min"), size.get("max")
            if isinstance(low, int) and isinstance(high, int) and low > high:
                yield error(
                    origin.locate(("sessions", s, "group_size")),
                    cli_text(
                        "group_size{where}: min ({low}) is larger than max ({high}); swap them",
                        where=where(("sessions", s), data),
                        low=low,
                        high=high,
                    ),
                    "session.group_size",
                )


def find_docs_dir(start: Path) -> Path | None:
    """The project's ``docs/`` folder, if the set lives in a project that has theme pages."""
    for folder in [start.resolve().parent, *start.resolve().parents]:
        candidate = folder / "docs"
        if any(candidate.glob("*/themes/*.md")):
            return candidate
        if (folder / "pyproject.toml").exists() or (folder / ".git").exists():
            return None
    return None


def theme_page(docs_dir: Path, lang: str, theme: str) -> Path:
    """Where the knowledge-base page of ``theme`` lives for ``lang``."""
    return docs_dir / lang / "themes" / f"{theme}.md"


def _check_theme_page(data: dict[str, Any], origin: Origin, docs_dir: Path) -> Iterator[Diagnostic]:
    """The theme has a page in every language, and each prompt's ``see`` anchor is on it."""
    theme = data.get("theme")
    langs = _languages(data)
    if not isinstance(theme, str) or not SLUG_RE.fullmatch(theme) or langs is None:
        return
    missing = [x for x in langs if not theme_page(docs_dir, x, theme).is_file()]
    if missing:
        # Suggest a theme that has a page in every language the set needs.
        existing = [
            p.stem
            for p in sorted(docs_dir.glob(f"{langs[0]}/themes/*.md"))
            if p.stem not in (*names.RESERVED_THEMES, theme)
            and all(theme_page(docs_dir, x, p.stem).is_file() for x in langs)
        ]
        expected = cli_text(" and ").join(f"docs/{x}/themes/{theme}.md" for x in missing)
        yield error(
            origin.locate(("theme",)),
            cli_text(
                "theme {theme} has no knowledge-base page in {languages} (expected {pages}); write "
                "the page or fix 'theme'{hint}",
                theme=quoted(theme),
                languages=", ".join(missing),
                pages=expected,
                hint=_suggest(theme, existing),
            ),
            "ref.theme",
        )
    pages = {
        x: theme_page(docs_dir, x, theme).read_text(encoding="utf-8", errors="replace")
        for x in langs
        if x not in missing
    }
    for i, prompt in _items(data, "prompts"):
        see = prompt.get("see")
        if not isinstance(see, str) or not SLUG_RE.fullmatch(see):
            continue  # (a malformed anchor is reported by the model)
        lacking = [
            f"docs/{x}/themes/{theme}.md" for x, text in pages.items() if f"({see})=" not in text
        ]
        if lacking:
            yield error(
                origin.locate(("prompts", i, "see")),
                (
                    cli_text(
                        "prompt {prompt} points to {see}, but {pages} has no target "
                        "'({anchor})='; add it above a heading or fix 'see'"
                    )
                    if len(lacking) == 1
                    else cli_text(
                        "prompt {prompt} points to {see}, but {pages} have no target "
                        "'({anchor})='; add it above a heading or fix 'see'"
                    )
                ).format(
                    prompt=quoted(prompt.get("id")),
                    see=quoted(see),
                    pages=cli_text(" and ").join(lacking),
                    anchor=see,
                ),
                "ref.see",
            )

"""``kitgen new``: a commented starting point that validates as it is."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from kitgen.atomic import write_bytes
from kitgen.diagnostics import KitgenError, Location, error
from kitgen.model.patterns import LANG_RE, SLUG_RE, slugify

_MARKER = re.compile(r"^(?P<indent>[ -]*)(?P<key>[a-z_]+: )?\{\{(?P<text>[^}]+)\}\}$", re.M)


def render_scaffold(set_id: str, languages: list[str]) -> str:
    """The scaffold's YAML text for ``set_id`` in ``languages``."""
    template = files("kitgen.templates").joinpath("new-set.yaml").read_text(encoding="utf-8")
    template = template.replace("@ID@", set_id).replace("@LANGS@", ", ".join(languages))

    def text(match: re.Match[str]) -> str:
        indent, key, sample = match["indent"], match["key"] or "", match["text"]
        if len(languages) == 1:
            return f'{indent}{key}"{sample}"'
        pad = " " * (len(indent) + 2)
        lines = [f"{indent}{key}".rstrip()] if key else [f"{indent.rstrip()}"]
        if not key:
            # A list item: the map starts on the dash line.
            first, *rest = languages
            out = [f'{indent}{first}: "{sample} ({first})"']
            out += [f'{" " * len(indent)}{lang}: "{sample} ({lang})"' for lang in rest]
            return "\n".join(out)
        lines += [f'{pad}{lang}: "{sample} ({lang})"' for lang in languages]
        return "\n".join(lines)

    return _MARKER.sub(text, template)


def id_problem(set_id: str) -> str | None:
    """Why ``set_id`` cannot name a set, or ``None`` when it can."""
    if SLUG_RE.fullmatch(set_id):
        return None
    return (
        f"{set_id!r} is not a valid set id; use lowercase letters, digits and hyphens "
        f"(e.g. {slugify(set_id)!r})"
    )


def languages_problem(languages: list[str]) -> str | None:
    """Why ``languages`` cannot be a set's languages, or ``None`` when they can."""
    if not languages:
        return "no language given; use two-letter codes such as fr,en"
    bad = [lang for lang in languages if not LANG_RE.fullmatch(lang)]
    if bad:
        return f"{bad[0]!r} is not a language code; use two-letter codes such as fr,en"
    twice = sorted({lang for lang in languages if languages.count(lang) > 1})
    if twice:
        return f"{', '.join(twice)} is listed twice; list each language once"
    return None


def scaffold(set_id: str, target: Path, languages: list[str], *, force: bool = False) -> Path:
    """Write a new prompt set to ``target``; refuse to overwrite unless ``force``."""
    problem = id_problem(set_id) or languages_problem(languages)
    if problem is not None:
        raise KitgenError(error(Location(target), problem))
    if target.is_dir():
        raise KitgenError(
            error(Location(target), f"is a folder; give a file name such as {target}/{set_id}.yaml")
        )
    if target.exists() and not force:
        raise KitgenError(
            error(Location(target), "file already exists; pick another id or pass --force")
        )
    write_bytes(target, render_scaffold(set_id, languages).encode("utf-8"))
    return target

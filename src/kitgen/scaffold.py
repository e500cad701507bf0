"""``kitgen new``: a commented starting point that validates as it is, written in the set's
language (its first one) and pointing its editor at a JSON Schema file that exists."""

from __future__ import annotations

import json
import os
import re
from importlib.resources import files
from pathlib import Path

from kitgen.atomic import write_bytes
from kitgen.config import find_config
from kitgen.diagnostics import KitgenError, Location, error
from kitgen.i18n import cli_text, is_language
from kitgen.model.patterns import LANG_RE, SLUG_RE, slugify
from kitgen.model.types import reserved_set_id
from kitgen.scaffold_words import comments, samples, starter_ids
from kitgen.schema import schema_text
from kitgen.wording import quoted

_MARKER = re.compile(r"^(?P<indent>[ -]*)(?P<key>[a-z_]+: )?\{\{(?P<text>[a-z_]+)\}\}$", re.M)
_COMMENT = re.compile(r"\(\((?P<key>[a-z_]+)\)\)")
_STARTER_ID = re.compile(r"@id:(?P<key>[a-z-]+)@")
#: Where a kit keeps the schema its sets' ``$schema`` lines point to.
SCHEMA_PATH = Path("schemas") / "prompt-set.schema.json"


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's escaping is valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def render_scaffold(
    set_id: str, languages: list[str], schema: str = "../schemas/prompt-set.schema.json"
) -> str:
    """The scaffold's YAML text for ``set_id`` in ``languages``; ``schema`` is the address of
    the JSON Schema relative to the file."""
    template = files("kitgen.templates").joinpath("new-set.yaml").read_text(encoding="utf-8")
    template = template.replace("@ID@", set_id).replace("@LANGS@", ", ".join(languages))
    template = template.replace("@SCHEMA@", schema)
    own = comments(languages[0])
    template = _COMMENT.sub(lambda m: own[m["key"]], template)
    ids = starter_ids(languages[0])  # printed on card footers: in the set's first language
    template = _STARTER_ID.sub(lambda m: ids[m["key"]], template)
    texts = {lang: samples(lang) for lang in languages}

    def text(match: re.Match[str]) -> str:
        indent, key, name = match["indent"], match["key"] or "", match["text"]
        if len(languages) == 1:
            return f"{indent}{key}{_quoted(texts[languages[0]][name])}"
        pad = " " * (len(indent) + 2)
        if not key:
            # A list item: the map starts on the dash line.
            first, *rest = languages
            out = [f"{indent}{first}: {_quoted(texts[first][name])}"]
            out += [f"{' ' * len(indent)}{lang}: {_quoted(texts[lang][name])}" for lang in rest]
            return "\n".join(out)
        lines = [f"{indent}{key}".rstrip()]
        lines += [f"{pad}{lang}: {_quoted(texts[lang][name])}" for lang in languages]
        return "\n".join(lines)

    return _MARKER.sub(text, template)


def id_problem(set_id: str) -> str | None:
    """Why ``set_id`` cannot name a set, or ``None`` when it can."""
    if SLUG_RE.fullmatch(set_id):
        return reserved_set_id(set_id)
    return cli_text(
        "{id} is not a valid set id; use lowercase letters, digits and hyphens (e.g. {example})",
        id=quoted(set_id),
        example=quoted(slugify(set_id)),
    )


def languages_problem(languages: list[str]) -> str | None:
    """Why ``languages`` cannot be a set's languages, or ``None`` when they can."""
    if not languages:
        return cli_text("no language given; use two-letter codes such as fr,en")
    bad = [lang for lang in languages if not LANG_RE.fullmatch(lang)]
    if bad:
        return cli_text(
            "{code} is not a language code; use two-letter codes such as fr,en", code=quoted(bad[0])
        )
    unknown = [lang for lang in languages if not is_language(lang)]
    if unknown:
        return cli_text(
            "{code} is the code of no language; use language codes such as fr,en",
            code=quoted(unknown[0]),
        )
    twice = sorted({lang for lang in languages if languages.count(lang) > 1})
    if twice:
        return cli_text(
            "{languages} is listed twice; list each language once", languages=", ".join(twice)
        )
    return None


def schema_for(target: Path) -> Path:
    """The schema file a new set at ``target`` points to: in the kit's ``schemas/`` (beside
    ``kitgen.toml``); outside a kit, beside the ``prompts/`` folder holding the set, or beside
    the set."""
    config = find_config(target.parent)
    folder = target.parent.resolve()
    if config is not None:
        base = config.parent
    elif folder.name == "prompts":
        base = folder.parent
    else:
        base = folder
    return base / SCHEMA_PATH


def ensure_schema(path: Path) -> None:
    """Write the JSON Schema at ``path`` unless a file is already there (never overwritten)."""
    if not path.exists():
        write_bytes(path, schema_text().encode("utf-8"))


def scaffold(set_id: str, target: Path, languages: list[str], *, force: bool = False) -> Path:
    """Write a new prompt set to ``target``; refuse to overwrite unless ``force``."""
    problem = id_problem(set_id) or languages_problem(languages)
    if problem is not None:
        raise KitgenError(error(Location(target), problem))
    if target.is_dir():
        raise KitgenError(
            error(
                Location(target),
                cli_text(
                    "is a folder; give a file name such as {example}",
                    example=target / (set_id + ".yaml"),
                ),
            )
        )
    if target.exists() and not force:
        raise KitgenError(
            error(
                Location(target), cli_text("file already exists; pick another id or pass --force")
            )
        )
    schema = schema_for(target)
    relative = Path(os.path.relpath(schema, target.parent.resolve())).as_posix()
    text = render_scaffold(set_id, languages, relative)
    ensure_schema(schema)
    write_bytes(target, text.encode("utf-8"))
    return target

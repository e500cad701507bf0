"""A kit's settings from ``kitgen.toml``: declared once here, typed, with their defaults.

A kit is a folder with ``kitgen.toml`` and ``prompts/``.  The settings are written at the top
level of the file (``languages``, ``title``, ``base_url``, ``min_font_pt`` and a ``[brand]``
table) or, as kits written before 0.2 do, under a ``[kitgen]`` table (``[kitgen.brand]``).
Every refusal points at the key that is wrong: ``kitgen.toml:LINE:COL: error: ...``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kitgen.diagnostics import KitgenError, Location, error
from kitgen.i18n import cli_text, is_language
from kitgen.model.patterns import COLOR_RE, LANG_RE
from kitgen.wording import number as grouped
from kitgen.wording import quoted

CONFIG_NAME = "kitgen.toml"
#: Kits written before ``languages`` existed were built in French and English.
DEFAULT_LANGUAGES = ("fr", "en")
#: Logo formats the cards, guides and site can all show.
LOGO_SUFFIXES = (".svg", ".png")


@dataclass(frozen=True)
class Brand:
    """Client branding: shown on card backs, guide headers and the site."""

    name: str | None = None
    #: The logo file (absolute path), SVG or PNG.
    logo: Path | None = None
    #: ``#RRGGBB``; used where a set declares no colour of its own.
    colour: str | None = None


@dataclass(frozen=True)
class Config:
    #: The kit's languages, in the order the site offers them; every set carries them all.
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    #: The kit's title (``title = "..."``); see :meth:`title_for`.
    title: str = ""
    #: Per-language titles (``[title]`` table: ``fr = "..."``), in the kit's language order.
    titles: tuple[tuple[str, str], ...] = ()
    #: Where the built site is hosted; ``None``: nowhere, so outputs print no address.
    base_url: str | None = None
    min_font_pt: float = 8.5
    brand: Brand = field(default_factory=Brand)
    #: Folder the config was read from (the project root), if any.
    root: Path | None = None

    def title_for(self, lang: str) -> str:
        """The kit's title in ``lang``: its own, else the common one, else the folder's name."""
        own = dict(self.titles).get(lang)
        if own:
            return own
        if self.title:
            return self.title
        if self.titles:
            return self.titles[0][1]
        return self.root.name if self.root is not None else "kitgen"


#: Every key of the file, and the table it belongs to ("" for the top level).
SETTINGS = ("languages", "title", "base_url", "min_font_pt", "brand")
BRAND_SETTINGS = ("name", "logo", "colour", "color")


def find_config(start: Path | None = None) -> Path | None:
    """The nearest ``kitgen.toml`` at or above ``start`` (default: the working directory)."""
    here = (start or Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


class _Source:
    """The file's text, to point at a key: ``tomllib`` gives values, not their places."""

    _TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.\s\"-]+?)\s*\]\s*(?:#.*)?$")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_\"-][A-Za-z0-9_.\s\"-]*?)\s*=")

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.lines = text.splitlines()

    def at(self, table: str, key: str | None = None) -> Location:
        """Where ``key`` of ``table`` is written (the table's header for ``key=None``); the
        table's header, or the file's start, when it cannot be told."""
        wanted = ".".join(part for part in (table, key) if part)
        current = ""
        for number, line in enumerate(self.lines, start=1):
            header = self._TABLE.match(line)
            if header:
                current = re.sub(r"[\s\"]", "", header[1])
                if current == wanted:
                    return Location(self.path, number, line.index("[") + 1)
                continue
            assignment = self._KEY.match(line)
            if key is not None and assignment:
                written = re.sub(r"[\s\"]", "", assignment[1])
                if ".".join(part for part in (current, written) if part) == wanted:
                    return Location(self.path, number, assignment.start(1) + 1)
        if key is not None and table:
            return self.at(table)
        return Location(self.path)


def _fail(location: Location, message: str) -> KitgenError:
    return KitgenError(error(location, message))


def _parse(path: Path) -> tuple[dict[str, Any], _Source]:
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        location = Location(path, int(where[1]), int(where[2])) if where else Location(path)
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        raise _fail(location, cli_text("invalid TOML: {problem}", problem=message)) from None
    return data, _Source(path, text)


def _settings(data: dict[str, Any], source: _Source) -> dict[str, tuple[Any, str]]:
    """Each setting with the table it was written in (top level or the legacy ``[kitgen]``)."""
    legacy: Any = data.get("kitgen", {})
    if not isinstance(legacy, dict):
        raise _fail(
            source.at("", "kitgen"),
            cli_text(
                "'kitgen' must be a table: write the settings under [kitgen] or at the top level"
            ),
        )
    found: dict[str, tuple[Any, str]] = {}
    for table, values in (("", data), ("kitgen", legacy)):
        for key, value in values.items():
            if table == "" and key == "kitgen":
                continue
            if key not in SETTINGS:
                where = f"[{table}]" if table else CONFIG_NAME
                raise _fail(
                    source.at(table, key),
                    cli_text(
                        "unknown setting {key} in {where}; known: {known}",
                        key=key,
                        where=where,
                        known=", ".join(sorted(SETTINGS)),
                    ),
                )
            if key in found:
                raise _fail(
                    source.at(table, key),
                    cli_text(
                        "{key} is set twice (at the top level and in [kitgen]); keep one", key=key
                    ),
                )
            found[key] = (value, table)
    return found


def _languages(value: Any, at: Location) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value:
        raise _fail(
            at, cli_text('languages must be a list of language codes, e.g. languages = ["fr"]')
        )
    for code in value:
        if not isinstance(code, str) or not LANG_RE.fullmatch(code):
            raise _fail(
                at,
                cli_text(
                    "{code} is not a language code: write two lowercase letters, e.g. 'fr'",
                    code=quoted(code),
                ),
            )
    unknown = [code for code in value if not is_language(code)]
    if unknown:
        raise _fail(
            at,
            cli_text(
                "{code} is the code of no language; use language codes such as fr,en",
                code=quoted(unknown[0]),
            ),
        )
    twice = sorted({code for code in value if value.count(code) > 1})
    if twice:
        raise _fail(at, cli_text("language {code} is listed twice in languages", code=twice[0]))
    return tuple(value)


def _title(
    value: Any, at: Location, languages: tuple[str, ...]
) -> tuple[str, tuple[tuple[str, str], ...]]:
    if isinstance(value, str) and value.strip():
        return value.strip(), ()
    if isinstance(value, dict) and value:
        texts = {lang: text for lang, text in value.items()}
        bad = [lang for lang, text in texts.items() if not isinstance(text, str) or not text]
        if bad:
            raise _fail(at, cli_text("title.{lang} must be a non-empty text", lang=bad[0]))
        missing = [lang for lang in languages if lang not in texts]
        if missing:
            raise _fail(
                at,
                cli_text(
                    "title has no {languages} text; give one for each of the kit's languages, "
                    'or a single title = "..."',
                    languages=", ".join(missing),
                ),
            )
        ordered = [lang for lang in languages] + [lang for lang in texts if lang not in languages]
        return "", tuple((lang, str(texts[lang]).strip()) for lang in ordered)
    raise _fail(
        at, cli_text('title must be a text (title = "My kit") or a table of texts per language')
    )


#: Longest ``base_url``: every card's QR code holds it with the set's page, and a QR code
#: small enough to scan from a card holds about 300 characters.
MAX_BASE_URL_CHARS = 200


def _base_url(value: Any, at: Location) -> str:
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise _fail(at, cli_text("base_url must be an address starting https://"))
    if len(value) > MAX_BASE_URL_CHARS:
        raise _fail(
            at,
            cli_text(
                "base_url is {length} characters long; the cards' QR codes hold an address of "
                "at most {limit} characters",
                length=grouped(len(value)),
                limit=MAX_BASE_URL_CHARS,
            ),
        )
    if any(c.isspace() or not c.isprintable() for c in value):
        raise _fail(
            at, cli_text("base_url holds spaces or control characters; write a web address")
        )
    return value if value.endswith("/") else value + "/"


def _min_font(value: Any, at: Location) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 4 <= value <= 40:
        raise _fail(at, cli_text("min_font_pt must be a number between 4 and 40"))
    return float(value)


def _brand(value: Any, table: str, source: _Source) -> Brand:
    name = f"{table}.brand" if table else "brand"
    if not isinstance(value, dict):
        raise _fail(
            source.at(table, "brand"),
            cli_text("'brand' must be a table: write [{name}]", name=name),
        )
    for key in value:
        if key not in BRAND_SETTINGS:
            raise _fail(
                source.at(name, key),
                cli_text(
                    "unknown setting {key} in {where}; known: {known}",
                    key=key,
                    where="[" + name + "]",
                    known=", ".join(BRAND_SETTINGS),
                ),
            )
    if "colour" in value and "color" in value:
        raise _fail(
            source.at(name, "color"), cli_text("colour and color are the same setting; keep one")
        )
    brand_name = value.get("name")
    if brand_name is not None and (not isinstance(brand_name, str) or not brand_name.strip()):
        raise _fail(source.at(name, "name"), cli_text("brand name must be a non-empty text"))
    colour_key = "color" if "color" in value else "colour"
    colour = value.get(colour_key)
    if colour is not None and (not isinstance(colour, str) or not COLOR_RE.fullmatch(colour)):
        raise _fail(
            source.at(name, colour_key),
            cli_text("{key} must be written #RRGGBB", key=colour_key),
        )
    logo: Path | None = None
    if "logo" in value:
        at = source.at(name, "logo")
        written = value["logo"]
        if not isinstance(written, str) or not written:
            raise _fail(
                at, cli_text("logo must be the path of an SVG or PNG file, relative to the kit")
            )
        logo = (source.path.parent / written).resolve()
        if logo.suffix.lower() not in LOGO_SUFFIXES:
            raise _fail(at, cli_text("logo {file} must be an SVG or PNG file", file=written))
        if not logo.is_file():
            raise _fail(
                at,
                cli_text(
                    "logo {file} not found (the path is relative to kitgen.toml)", file=written
                ),
            )
    return Brand(
        name=brand_name.strip() if isinstance(brand_name, str) else None,
        logo=logo,
        colour=colour.lower() if isinstance(colour, str) else None,
    )


def parse_config(path: Path) -> Config:
    """The settings of one ``kitgen.toml``; a located ``KitgenError`` when one is wrong."""
    data, source = _parse(path)
    found = _settings(data, source)

    def at(key: str) -> Location:
        return source.at(found[key][1], key)

    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    if "languages" in found:
        languages = _languages(found["languages"][0], at("languages"))
    title, titles = "", tuple[tuple[str, str], ...]()
    if "title" in found:
        title, titles = _title(found["title"][0], at("title"), languages)
    base_url = None
    if "base_url" in found:
        base_url = _base_url(found["base_url"][0], at("base_url"))
    min_font = Config.min_font_pt
    if "min_font_pt" in found:
        min_font = _min_font(found["min_font_pt"][0], at("min_font_pt"))
    brand = Brand()
    if "brand" in found:
        value, table = found["brand"]
        brand = _brand(value, table, source)
    return Config(
        languages=languages,
        title=title,
        titles=titles,
        base_url=base_url,
        min_font_pt=min_font,
        brand=brand,
        root=path.parent,
    )


def load_config(start: Path | None = None) -> Config:
    """Read the kit's settings; defaults when there is no ``kitgen.toml``."""
    path = find_config(start)
    if path is None:
        return Config()
    return parse_config(path)


def as_mapping(config: Config) -> Mapping[str, object]:
    """The settings that shape outputs, for fingerprints and reports (no machine paths)."""
    root = config.root
    logo = config.brand.logo
    if logo is not None and root is not None and logo.is_relative_to(root):
        logo = logo.relative_to(root)
    return {
        "languages": list(config.languages),
        "title": config.title,
        "titles": dict(config.titles),
        "base_url": config.base_url,
        "min_font_pt": config.min_font_pt,
        "brand": {
            "name": config.brand.name,
            "logo": logo.as_posix() if logo is not None else None,
            "colour": config.brand.colour,
        },
    }

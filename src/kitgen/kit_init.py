"""``kitgen init DIR``: a ready kit in an empty folder, so that ``kitgen build`` works at once.

It writes ``kitgen.toml`` (the kit's languages and title), one example set in those languages,
the JSON Schema the set's ``$schema`` line points to, a short README for the facilitator in the
kit's first language, and a ``.gitignore`` for what the build makes.
"""

from __future__ import annotations

import json
from pathlib import Path

from kitgen.atomic import write_bytes
from kitgen.config import CONFIG_NAME
from kitgen.diagnostics import Diagnostic, KitgenError, Location, error, warning
from kitgen.i18n import cli_text, language_name
from kitgen.i18n import languages as catalogue_languages
from kitgen.scaffold import SCHEMA_PATH, languages_problem, scaffold
from kitgen.scaffold_words import kit_words, starter_ids

#: What ``kitgen build -o site`` makes and the build's cache (kitgen.build.cache): never committed.
GITIGNORE = "site/\n.kitgen-cache/\n"


def example_set(languages: list[str]) -> str:
    """The example set's id (and file name), in the kit's first language: ``premier-jeu``."""
    return starter_ids(languages[0])["first-set"]


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def kitgen_toml(languages: list[str], title: str) -> str:
    """The new kit's settings, commented in its first language."""
    words = kit_words(languages[0])
    codes = ", ".join(_toml_string(lang) for lang in languages)
    return (
        f"# {words['toml_languages']}\n"
        f"languages = [{codes}]\n"
        f"title = {_toml_string(title)}\n"
        f"\n# {words['toml_base_url']}\n"
        '# base_url = "https://kit.example.org/"\n'
        f"\n# {words['toml_brand']}\n"
        "# [brand]\n"
        '# name = "..."\n'
        '# logo = "logo.svg"\n'
        '# colour = "#14506a"\n'
    )


def readme(languages: list[str], title: str) -> str:
    """The facilitator's README: what the kit is and the three commands she needs."""
    words = kit_words(languages[0])
    return (
        f"# {title}\n\n"
        f"{words['readme_intro']}\n\n"
        f"{words['readme_new']}\n\n"
        "    kitgen new my-set\n\n"
        f"{words['readme_validate']}\n\n"
        "    kitgen validate prompts/\n\n"
        f"{words['readme_build']}\n\n"
        "    kitgen build -o site\n\n"
        f"{words['readme_settings']}\n"
    )


def init_kit(folder: Path, languages: list[str], title: str | None = None) -> list[Path]:
    """Create a kit in ``folder`` (absent or empty); the files written, in order."""
    problem = languages_problem(languages)
    if problem is not None:
        raise KitgenError(error(Location(folder), problem))
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        message = (
            cli_text("is not empty; kitgen init makes a kit in a new or empty folder")
            if folder.is_dir()
            else cli_text("is a file; kitgen init makes a kit in a new or empty folder")
        )
        raise KitgenError(error(Location(folder), message))
    title = (title or "").strip() or kit_words(languages[0])["title"]
    written = []
    for name, text in (
        (CONFIG_NAME, kitgen_toml(languages, title)),
        ("README.md", readme(languages, title)),
        (".gitignore", GITIGNORE),
    ):
        write_bytes(folder / name, text.encode("utf-8"))
        written.append(folder / name)
    example = example_set(languages)
    written.append(scaffold(example, folder / "prompts" / f"{example}.yaml", languages))
    written.append(folder / SCHEMA_PATH)
    return written


def language_warnings(folder: Path, languages: list[str]) -> list[Diagnostic]:
    """One warning per language of the new kit that kitgen has no catalogue for: a real
    language, so the kit is made, but the words kitgen adds to its outputs will be English.

    Located at the ``languages`` line of the ``kitgen.toml`` just written."""
    config = folder / CONFIG_NAME
    lines = config.read_text(encoding="utf-8").splitlines()
    line = next((n for n, text in enumerate(lines, 1) if text.startswith("languages")), 1)
    return [
        warning(
            Location(config, line, 1),
            cli_text(
                "kitgen has no catalogue for {code} ({name}) yet: the words it adds to cards, "
                "guides and the site will be English; your sets' own texts are yours",
                code=lang,
                name=language_name(lang),
            ),
        )
        for lang in languages
        if lang not in catalogue_languages()
    ]

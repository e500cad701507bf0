"""Keep the catalogues in step with the code: extract the message ids, update every ``.po``.

Run ``python -m kitgen.i18n.extract`` after adding or changing an ``output_text``,
``output_ntext`` or ``cli_text`` call, and after translating: it rewrites
``locale/<domain>.pot`` from the sources, merges it into each language's ``.po`` (new messages
come in untranslated, which the catalogue test reports) and compiles click's words from them
(:mod:`kitgen.i18n.click_words`).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from kitgen.atomic import write_if_changed
from kitgen.i18n.catalogs import DOMAINS, LOCALE_DIR, catalog_path, languages
from kitgen.i18n.click_words import click_catalogue, click_catalogue_path

PACKAGE_DIR = Path(__file__).parent.parent
# Which argument of each lookup function is the message id, per domain.
HEADER = """\
# {domain} messages of kitgen, {what}.
# This file is distributed under the MIT licence of the kitgen project.
#"""
WHAT = {"output": "the interface words of its outputs", "cli": "what the command says"}
KEYWORDS: dict[str, dict[str, tuple[int | tuple[int, str], ...]]] = {
    "output": {
        "output_text": (2,),
        "output_ntext": (2, 3),
        "output_ptext": ((2, "c"), 3),
        "output_msgid": (1,),
    },
    "cli": {"cli_text": (1,), "cli_ntext": (1, 2), "cli_msgid": (1,)},
}


def template_path(domain: str) -> Path:
    """The committed ``.pot`` template of ``domain``."""
    return LOCALE_DIR / f"{domain}.pot"


def extract(domain: str, source_dir: Path = PACKAGE_DIR) -> Catalog:
    """The messages of ``domain`` found in the Python sources under ``source_dir``."""
    catalog = _new_catalog(domain)
    found = extract_from_dir(
        source_dir,
        method_map=[("**.py", "python")],
        keywords=KEYWORDS[domain],
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    )
    for filename, lineno, message, comments, context in found:
        path = (source_dir / filename).relative_to(source_dir.parent).as_posix()
        catalog.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    return catalog


def update(domain: str) -> list[Path]:
    """Rewrite the template of ``domain`` and merge it into every language; the files written."""
    template = extract(domain)
    written = [template_path(domain)]
    _keep_date(template, written[0])
    _write(written[0], template)
    for lang in languages():
        path = catalog_path(lang, domain)
        if path.is_file():
            with path.open("rb") as fp:
                catalog = read_po(fp, locale=lang, domain=domain)
        else:
            catalog = _new_catalog(domain, lang)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()  # a message gone from the code leaves the catalogue
        _write(path, catalog)
        written.append(path)
    return written


def _new_catalog(domain: str, lang: str | None = None) -> Catalog:
    header = HEADER.format(domain=domain.capitalize(), what=WHAT[domain])
    return Catalog(
        locale=lang,
        domain=domain,
        project="kitgen",
        header_comment=header,
        copyright_holder="kitgen contributors",
        fuzzy=False,
    )


def _keep_date(template: Catalog, previous: Path) -> None:
    """An unchanged template keeps its creation date, so a rerun changes no file."""
    if not previous.is_file():
        return
    with previous.open("rb") as fp:
        old = read_po(fp)
    if {m.id for m in old if m.id} == {m.id for m in template if m.id}:
        template.creation_date = old.creation_date


def _write(path: Path, catalog: Catalog) -> None:
    """Through :mod:`kitgen.atomic`, like every file kitgen writes (an unchanged file is kept)."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=True, no_location=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_if_changed(path, buffer.getvalue())


def compile_click_words() -> list[Path]:
    """Write the compiled catalogue of click's words for every language (after the ``.po``
    files are updated: it is made from their translations); the files written."""
    written = []
    for lang in languages():
        path = click_catalogue_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_if_changed(path, click_catalogue(lang))
        written.append(path)
    return written


def main() -> int:
    written = [path for domain in DOMAINS for path in update(domain)]
    for path in [*written, *compile_click_words()]:
        print(path.relative_to(PACKAGE_DIR.parent).as_posix())
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""One configuration, one source folder per language: the folder's name is the language.

``docs/fr`` and ``docs/en`` share ``docs/conf.py``; each is built into ``<site>/<lang>/``.  Every
page gets the addresses of the same page in the other languages (the language switch and the
``hreflang`` links), relative to the page, so the site works from disk and from any host.
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from typing import Any

import sphinx
import sphinx.locale
from sphinx.application import Sphinx
from sphinx.config import Config

from kitgen.i18n import language_name, output_text
from kitgen.typography import typeset


def language_from_srcdir(app: Sphinx, config: Config) -> None:
    """Set ``language`` from the source folder's name when it is one of the site's languages.

    ``kitgen build`` passes the language explicitly; this keeps a bare
    ``sphinx-build -c docs docs/fr out/fr`` right too.  Sphinx loads its own translations (the
    theme's "Search", "On this page"...) before extensions run, so they are loaded again
    through ``sphinx.locale.init`` (Sphinx's public i18n API, the call Sphinx makes itself) from
    the same folders: the project's ``locale_dirs``, the system's, Sphinx's own.  The
    application's ``translator`` is what the HTML templates' ``_()`` reads.
    """
    name = Path(app.srcdir).name
    if name in config.kitgen_languages and config.language != name:
        config.language = name
        folders: list[str | Path | None] = [Path(app.srcdir, d) for d in config.locale_dirs]
        folders += [None, Path(sphinx.package_dir, "locale")]
        app.translator, _found = sphinx.locale.init(folders, name)


def site_title(app: Sphinx, config: Config) -> None:
    """``html_title`` in the build's language, from ``kitgen_titles`` when it has one."""
    title = config.kitgen_titles.get(str(config.language))
    if title:
        config.html_title = title


def site_copyright(app: Sphinx, config: Config) -> None:
    """``copyright`` in the build's language, from ``kitgen_copyright`` when it has one.

    The footer's copyright line is the kit's own text: a French page must not end in English.
    """
    text = config.kitgen_copyright.get(str(config.language))
    if text:
        config.copyright = typeset(text, str(config.language))


def absolute_prompts_dir(app: Sphinx, config: Config) -> None:
    """Make ``kitgen_prompts_dir`` absolute (it is relative to the configuration folder)."""
    path = Path(config.kitgen_prompts_dir)
    if not path.is_absolute():
        path = Path(app.confdir) / path
    config.kitgen_prompts_dir = str(path.resolve())


def translations(app: Sphinx, pagename: str) -> list[dict[str, str]]:
    """The same page in each other language: name, code, relative address, tooltip."""
    lang = str(app.config.language)
    builder = app.builder
    page_uri = builder.get_target_uri(pagename)
    here = posixpath.dirname(posixpath.join(lang, page_uri))
    out = []
    for other in app.config.kitgen_languages:
        if other == lang:
            continue
        target = posixpath.join(other, page_uri)
        out.append(
            {
                "lang": other,
                "name": language_name(other),
                "url": posixpath.relpath(target, here or "."),
                # TRANSLATORS: the language switch's tooltip, naming your own language.
                "title": typeset(output_text(other, "Read this page in English"), other),
            }
        )
    return out


def page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Give every HTML page its translations and the site root (for the language chooser)."""
    if app.builder.format != "html":
        return
    context["kitgen_language"] = str(app.config.language)
    context["kitgen_language_name"] = language_name(str(app.config.language))
    context["kitgen_translations"] = translations(app, pagename)
    # The page title as plain text: Jinja's striptags would turn narrow no-break spaces into
    # ordinary ones (they are whitespace to Python), so the <title> template uses this.
    title = app.env.longtitles.get(pagename)
    if title is not None:
        context["kitgen_title"] = title.astext()

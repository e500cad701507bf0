"""One Sphinx configuration for both languages.

Each language is its own source folder (``docs/fr``, ``docs/en``) built with ``-c docs``; the
``kitgen.sphinx`` extension sets ``language`` from the folder's name.  ``kitgen build`` builds
both into ``<site>/fr/`` and ``<site>/en/``; by hand::

    sphinx-build -c docs docs/fr dist/fr
    sphinx-build -c docs docs/en dist/en
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import fontpkg_atkinson_hyperlegible as atkinson

from kitgen import __version__
from kitgen.atomic import write_if_changed

project = "kitgen"
author = "kitgen contributors"
copyright = "kitgen contributors; content CC BY-SA 4.0"
version = release = __version__

extensions = ["myst_parser", "sphinx_design", "kitgen.sphinx"]

# The extension replaces this with the source folder's name (fr or en); the kit's languages and
# titles come from kitgen.toml (kitgen build passes them).
language = "en"
kitgen_prompts_dir = "../prompts"

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path = ["_templates"]
# French words of the theme that Sphinx does not translate (locale/fr/LC_MESSAGES/sphinx.po).
locale_dirs = ["../locale"]
nitpicky = True
smartquotes = True

myst_enable_extensions = [
    "attrs_block",
    "attrs_inline",
    "colon_fence",
    "deflist",
    "fieldlist",
    "substitution",
    "tasklist",
]
myst_heading_anchors = 3

# -- HTML ----------------------------------------------------------------------------------------

html_theme = "furo"
html_static_path = ["_static", str(atkinson.ROOT / "files")]
html_css_files = ["kitgen.css"]
html_js_files = ["kitgen.js"]
html_copy_source = False
html_show_sourcelink = False
html_last_updated_fmt = None
html_permalinks_icon = "#"
html_sidebars = {
    "**": [
        "sidebar/brand.html",
        "sidebar/language.html",
        "sidebar/search.html",
        "sidebar/scroll-start.html",
        "sidebar/navigation.html",
        "sidebar/scroll-end.html",
    ]
}
_FONT = '"Atkinson Hyperlegible", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
html_theme_options = {
    "top_of_page_buttons": [],
    "light_css_variables": {
        "font-stack": _FONT,
        "font-stack--headings": _FONT,
        "color-brand-primary": "#14506a",
        "color-brand-content": "#1f6f8b",
        "color-brand-visited": "#5a3d7a",
    },
    "dark_css_variables": {
        "color-brand-primary": "#7cc4de",
        "color-brand-content": "#8fd0e6",
        "color-brand-visited": "#c3a6e0",
    },
}
html_title = "kitgen"


def _font_licence(app: Any, exception: BaseException | None) -> None:
    """The fonts travel with their licence (SIL Open Font License)."""
    if exception is None and app.builder.format == "html":
        licence = (atkinson.ROOT / "LICENSE").read_bytes()
        write_if_changed(Path(app.outdir) / "_static" / "AtkinsonHyperlegible-LICENSE.txt", licence)


def setup(app: Any) -> None:
    app.connect("build-finished", _font_licence)

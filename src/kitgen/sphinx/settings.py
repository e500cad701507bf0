"""The Sphinx configuration of every kit's site, supplied by kitgen.

A kit needs no ``docs/conf.py``: ``kitgen build`` starts Sphinx with :func:`site_settings`.  A
kit that has one (this repository does) keeps in it only what is particular to its knowledge
base; its settings are read and laid over these (``extensions`` are added to kitgen's).
``from kitgen.sphinx.settings import *`` in a ``conf.py`` gives the same defaults to a bare
``sphinx-build``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import fontpkg_atkinson_hyperlegible as atkinson

from kitgen import __version__
from kitgen.config import Config
from kitgen.render.plainzero import derived_dir

#: The kit's templates and static files, shipped with the package.
THEME = Path(__file__).resolve().parent / "theme"
FONT_FILES = atkinson.ROOT / "files"
FONT_LICENCE = atkinson.ROOT / "LICENSE"
#: Kitgen Hyperlegible (a plain zero, kitgen.render.plainzero) first, the original behind it.
_FONT = (
    '"Kitgen Hyperlegible", "Atkinson Hyperlegible", system-ui, -apple-system, "Segoe UI", '
    "Roboto, sans-serif"
)

__all__ = [
    "exclude_patterns",
    "extensions",
    "html_copy_source",
    "html_css_files",
    "html_favicon",
    "html_js_files",
    "html_last_updated_fmt",
    "html_permalinks_icon",
    "html_show_sourcelink",
    "html_show_sphinx",
    "html_sidebars",
    "html_static_path",
    "html_theme",
    "html_theme_options",
    "myst_enable_extensions",
    "myst_heading_anchors",
    "nitpicky",
    "release",
    "root_doc",
    "smartquotes",
    "source_suffix",
    "template_bridge",
    "templates_path",
    "version",
]

extensions = ["myst_parser", "sphinx_design", "kitgen.sphinx"]
version = release = __version__
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
templates_path = [str(THEME / "templates")]
#: Sphinx's template loader, translating the theme's fixed English labels (kitgen.sphinx.chrome).
template_bridge = "kitgen.sphinx.chrome.LabelledTemplates"
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
html_theme = "furo"
html_static_path = [str(THEME / "static"), str(FONT_FILES), str(derived_dir(FONT_FILES))]
html_css_files = ["kitgen.css"]
#: A favicon, so that browsers do not ask for a missing /favicon.ico (a console error).
html_favicon = str(THEME / "favicon.svg")
html_js_files = ["kitgen.js"]
html_copy_source = False
html_show_sourcelink = False
html_show_sphinx = False  # the theme's credit line is English past "Made with"
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

#: What a setting can be; anything else in a conf.py (modules, functions, ``tags``) is not one.
_SETTING_TYPES = (str, int, float, bool, list, tuple, dict, set, type(None), Path)
#: Settings of a kit's conf.py that name paths relative to its folder.
_PATH_LISTS = ("templates_path", "html_static_path", "locale_dirs", "html_extra_path")
_PATHS = ("html_logo", "html_favicon", "kitgen_prompts_dir")


def defaults() -> dict[str, Any]:
    """kitgen's own settings (fresh copies: a caller may change them)."""
    import copy

    namespace = globals()
    return {name: copy.deepcopy(namespace[name]) for name in __all__}


def kit_settings(config: Config, prompts: Path) -> dict[str, Any]:
    """What comes from ``kitgen.toml`` and nowhere else: the languages, their titles, the
    sets' folder, the brand (its logo is the site's logo; its colour, the colour of sets
    without one)."""
    settings: dict[str, Any] = {
        "kitgen_titles": {lang: config.title_for(lang) for lang in config.languages},
        "kitgen_languages": list(config.languages),
        "kitgen_prompts_dir": str(prompts),
        "kitgen_brand_colour": config.brand.colour,
    }
    if config.brand.logo is not None:
        settings["html_logo"] = str(config.brand.logo)
    return settings


def read_conf(path: Path) -> dict[str, Any]:
    """The settings a kit's ``conf.py`` defines, with its relative paths made absolute."""
    from sphinx.config import eval_config_file
    from sphinx.util.tags import Tags

    namespace = eval_config_file(path, Tags())
    folder = path.parent
    found: dict[str, Any] = {}
    for name, value in namespace.items():
        if name.startswith("_") or not isinstance(value, _SETTING_TYPES):
            continue  # imports, helpers, Sphinx's own ``tags``
        if name in _PATH_LISTS and isinstance(value, list | tuple):
            value = [str((folder / item).resolve()) for item in value]
        elif name in _PATHS and isinstance(value, str) and "://" not in value:
            value = str((folder / value).resolve())
        found[name] = value
    return found


def site_settings(config: Config, prompts: Path, conf: Path | None = None) -> dict[str, Any]:
    """The whole configuration of a kit's site: kitgen's, the kit's ``conf.py`` (if any), then
    ``kitgen.toml`` (the kit's languages and titles are declared there only)."""
    settings = defaults()
    title = config.title_for(config.languages[0])
    settings.update(project=title, html_title=title)  # a conf.py may name them otherwise
    if conf is not None and conf.is_file():
        own = read_conf(conf)
        extra = [name for name in own.pop("extensions", []) if name not in settings["extensions"]]
        settings["extensions"] = settings["extensions"] + extra
        settings.update(own)
    if not settings.get("copyright"):
        settings["html_show_copyright"] = False  # no "Copyright ©" with nobody after it
    settings.update(kit_settings(config, prompts))
    return settings

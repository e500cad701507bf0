"""What is particular to this knowledge base; kitgen supplies the rest of the configuration.

``kitgen build`` starts Sphinx with kitgen's own settings (``kitgen.sphinx.settings``), lays
this file's settings over them, and takes the languages and titles from ``kitgen.toml``.  The
star import gives a bare ``sphinx-build -c docs docs/fr out/fr`` the same defaults.
"""

from __future__ import annotations

from kitgen.sphinx.settings import *  # noqa: F403  (kitgen's site settings)

project = "kitgen"
author = "kitgen contributors"
copyright = "kitgen contributors; content CC BY-SA 4.0"
kitgen_copyright = {
    "en": copyright,
    "fr": "les contributeurs de kitgen ; contenu CC BY-SA 4.0",
}
html_title = "kitgen"

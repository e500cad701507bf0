"""The online deck: one self-sufficient page per set and language, for shared screens and phones.

``render_webdeck`` returns the files to write under the site root; the site build writes them
(through :mod:`kitgen.atomic`).  The page makes no request outside its own folder.
``render_single_deck`` returns the same deck as one self-contained file (``kitgen deck``).
"""

from __future__ import annotations

from kitgen.render.webdeck.deck import FONT_FILES, render_webdeck
from kitgen.render.webdeck.single import render_single_deck

__all__ = ["FONT_FILES", "render_single_deck", "render_webdeck"]

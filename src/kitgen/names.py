"""How kitgen names what it makes, in one place: every writer and every link takes its names here.

Ids are slugs (``kitgen.model.patterns.SLUG_RE``): runs of lowercase letters and digits joined
by single hyphens, so an id never holds two hyphens in a row, nor starts or ends with one.  A
name made of several ids (a guide's file: set, session, language, paper) joins them with
``--``: cut at ``--``, the name gives its parts back, so two different outputs cannot share a
name.  Joined with ``-``, set ``a-b`` with session ``c`` and set ``a`` with session ``b-c``
both gave ``a-b-c-…-guide-a4.pdf``, and one guide silently replaced the other.

The names of the pages and folders the site makes for itself are here too, and the site's
code takes them from here; a set whose id is one of them would take the place of one of the
site's pages (``sets/index``, the prompt index) or sit beside it under the same name, so those
ids are reserved (``RESERVED_SET_IDS``) and ``kitgen validate`` refuses them.
"""

from __future__ import annotations

#: Between the parts of a name; never inside an id.
SEPARATOR = "--"

# ----------------------------------------------------------------- the site's own names

#: A language's home page, and the prompt index inside ``SETS_DIR``.
INDEX = "index"
#: Folder of the generated set pages (``sets/<set>.html``, ``sets/<set>/<session>.html``).
SETS_DIR = "sets"
#: Folder of a kit's knowledge-base pages (``docs/<lang>/themes/<theme>.md``).
THEMES_DIR = "themes"
#: Folders of the files ``kitgen build`` makes beside the pages (PDFs, card faces, web decks).
DOWNLOADS_DIR = "downloads"
CARDS_DIR = "cards"
DECK_DIR = "deck"
KIT_FOLDERS = (DOWNLOADS_DIR, CARDS_DIR, DECK_DIR)
#: The printing page generated for a language without ``docs/<lang>/``.
PRINTING_DOC = "printing"
#: Pages Sphinx's HTML builder writes into every language's folder on its own.
SPHINX_PAGES = ("genindex", "search", "py-modindex")

#: Set ids that are names of the site's own pages or folders: in a language's folder, where
#: the home page, Sphinx's pages and the kit's folders are, and in ``SETS_DIR``, where the
#: prompt index is.  (Sphinx's ``_static``, ``_images``, ``_sources`` cannot be ids.)
RESERVED_SET_IDS = frozenset(
    (INDEX, SETS_DIR, THEMES_DIR, *KIT_FOLDERS, PRINTING_DOC, *SPHINX_PAGES)
)

#: Themes that are not themes: ``themes/index.md`` is the page listing them.
RESERVED_THEMES = frozenset((INDEX,))


def join(*parts: str) -> str:
    """``parts`` joined with ``--``; a part that could make the join ambiguous is a bug."""
    for part in parts:
        if not part or SEPARATOR in part or part.startswith("-") or part.endswith("-"):
            raise ValueError(f"{part!r} cannot be part of a name joined with {SEPARATOR!r}")
    return SEPARATOR.join(parts)


def split(name: str) -> tuple[str, ...]:
    """The parts ``join`` joined (without the file's suffix)."""
    return tuple(name.split(SEPARATOR))


# ----------------------------------------------------------------- files and labels


def deck_filename(set_id: str, lang: str, paper: str, layout: str) -> str:
    """A printable deck: ``SET--LANG--cards--PAPER--LAYOUT.pdf``."""
    return join(set_id, lang, "cards", paper, layout) + ".pdf"


def guide_filename(set_id: str, session_id: str, lang: str, paper: str) -> str:
    """A session's printable guide: ``SET--SESSION--LANG--guide--PAPER.pdf``."""
    return join(set_id, session_id, lang, "guide", paper) + ".pdf"


def card_face(prompt_id: str, face: str) -> str:
    """The PNG of one face (``front`` or ``back``) of a card: ``PROMPT--FACE.png``."""
    return join(prompt_id, face) + ".png"


def prompt_label(set_id: str, prompt_id: str) -> str:
    """The site-wide label of a card on its set's page: ``prompt-SET--PROMPT``."""
    return "prompt-" + join(set_id, prompt_id)

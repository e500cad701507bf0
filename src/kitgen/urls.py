"""The site's URL scheme, in one place: pages, decks, guides and QR targets all agree.

Paths are relative to the site root (which holds one folder per language); the names of the
files and folders come from :mod:`kitgen.names`.
"""

from __future__ import annotations

from kitgen import names


def theme_page(lang: str, theme: str) -> str:
    return f"{lang}/{names.THEMES_DIR}/{theme}.html"


#: Folder of each language's generated set pages.
SETS_DIR = names.SETS_DIR


def set_page(lang: str, set_id: str) -> str:
    return f"{lang}/{SETS_DIR}/{set_id}.html"


def prompt_anchor(prompt_id: str) -> str:
    """HTML id of a prompt's card on its set page."""
    return f"prompt-{prompt_id}"


def web_deck(lang: str, set_id: str) -> str:
    return f"{lang}/{names.DECK_DIR}/{set_id}.html"


def web_deck_card(lang: str, set_id: str, prompt_id: str) -> str:
    """Opens the online deck on one card: what a printed card's QR code points to."""
    return f"{web_deck(lang, set_id)}?card={prompt_id}"


def download(lang: str, filename: str) -> str:
    """Stable address of a generated deck or guide PDF (named by ``kitgen.names``)."""
    return f"{lang}/{names.DOWNLOADS_DIR}/{filename}"


def absolute(base_url: str, relative: str) -> str:
    return base_url.rstrip("/") + "/" + relative.lstrip("/")

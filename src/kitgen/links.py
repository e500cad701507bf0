"""Where an output's links and QR codes may point: no dead links, on paper or on screen.

A printed address or QR code is only useful if someone hosts the page behind it.  So the
command that renders an output (``cards``, ``guide``, ``plan``, ``build``) reads the kit's
settings once and hands the renderers a :class:`Links`: with no ``base_url`` (or ``--no-qr``)
nothing printed carries an address; with one, every address is a page ``kitgen build`` makes
(see :mod:`kitgen.urls`).  Renderers never read ``kitgen.toml`` themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kitgen import names, urls

#: Knowledge-base pages of a kit's own docs: ``docs/<lang>/themes/<theme>.md``.
THEMES_DIR = names.THEMES_DIR


@dataclass(frozen=True)
class Links:
    #: Where the built site is hosted; ``None``: print no address and no QR code.
    base_url: str | None = None
    #: The (language, theme) pairs that have a knowledge-base page in the site, sorted (the
    #: build fingerprints this object's ``repr``, which must not depend on hashing).
    theme_pages: tuple[tuple[str, str], ...] = ()

    @property
    def printed(self) -> bool:
        """Do printed outputs carry addresses and QR codes?"""
        return self.base_url is not None

    def absolute(self, path: str) -> str | None:
        """The hosted address of ``path`` (relative to the site root), or ``None``."""
        return None if self.base_url is None else urls.absolute(self.base_url, path)

    def card(self, lang: str, set_id: str, prompt_id: str) -> str | None:
        """What a card's QR code opens: the online deck on that card."""
        return self.absolute(urls.web_deck_card(lang, set_id, prompt_id))

    def set_page(self, lang: str, set_id: str) -> str | None:
        return self.absolute(urls.set_page(lang, set_id))

    def background(
        self, lang: str, set_id: str, theme: str, see: str | None = None, prompt_id: str = ""
    ) -> str:
        """The page to read more about a set (path under the site root, with its anchor): the
        theme's knowledge-base page when the site has one, else the set's own page."""
        if (lang, theme) in self.theme_pages:
            page = urls.theme_page(lang, theme)
            return f"{page}#{see}" if see else page
        page = urls.set_page(lang, set_id)
        return f"{page}#{urls.prompt_anchor(prompt_id)}" if prompt_id else page

    @classmethod
    def for_kit(cls, base_url: str | None, docs: Path | None) -> Links:
        """The links of a kit hosted at ``base_url`` whose pages are in ``docs`` (if any)."""
        pages: set[tuple[str, str]] = set()
        if docs is not None and docs.is_dir():
            for page in docs.glob(f"*/{THEMES_DIR}/*.md"):
                if page.stem not in names.RESERVED_THEMES:
                    pages.add((page.parent.parent.name, page.stem))
        return cls(base_url=base_url, theme_pages=tuple(sorted(pages)))

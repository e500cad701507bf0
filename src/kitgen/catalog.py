"""What the kit offers for each set and language: the files ``kitgen build`` writes and the site
links to, listed in one place so a link can never point to a file the build does not make.

Paths are relative to the site root (see :mod:`kitgen.urls`).
"""

from __future__ import annotations

from dataclasses import dataclass

from kitgen import names, urls
from kitgen.model import PromptSet

#: Paper sizes of every deck and guide, in the order the site lists them.
PAPERS = ("a4", "letter")
#: Deck layouts: double-sided (flip on the long edge) and fold-in-half (one-sided).
DECK_LAYOUTS = ("duplex-long", "fold")


@dataclass(frozen=True)
class DeckFile:
    set_id: str
    lang: str
    paper: str
    layout: str

    @property
    def filename(self) -> str:
        return names.deck_filename(self.set_id, self.lang, self.paper, self.layout)

    @property
    def path(self) -> str:
        return urls.download(self.lang, self.filename)


@dataclass(frozen=True)
class GuideFile:
    set_id: str
    session_id: str
    lang: str
    paper: str

    @property
    def filename(self) -> str:
        return names.guide_filename(self.set_id, self.session_id, self.lang, self.paper)

    @property
    def path(self) -> str:
        return urls.download(self.lang, self.filename)


def deck_files(prompt_set: PromptSet, lang: str) -> list[DeckFile]:
    """Every printable deck of the set in ``lang``: each paper, each layout."""
    return [
        DeckFile(prompt_set.id, lang, paper, layout) for paper in PAPERS for layout in DECK_LAYOUTS
    ]


def guide_files(prompt_set: PromptSet, lang: str) -> list[GuideFile]:
    """Every printable guide of the set in ``lang``: each session, each paper."""
    return [
        GuideFile(prompt_set.id, session.id, lang, paper)
        for session in prompt_set.sessions
        for paper in PAPERS
    ]


def card_images_dir(lang: str, set_id: str) -> str:
    """Folder of a set's card faces (``render_card_pngs`` names them ``names.card_face``)."""
    return f"{lang}/{names.CARDS_DIR}/{set_id}"


def card_image(lang: str, set_id: str, prompt_id: str) -> str:
    """The PNG of a card's front at print resolution (300 dpi), linked from its preview."""
    return f"{card_images_dir(lang, set_id)}/{names.card_face(prompt_id, 'front')}"


#: Width in CSS pixels of a card preview on a set's page (poker cards, 63 x 88 mm).
PREVIEW_WIDTH = 189
PREVIEW_HEIGHT = 264


def preview_ppi(card_width_mm: float) -> float:
    """Resolution of the preview files: twice the displayed width, sharp on high-density
    screens, instead of the 300 dpi print file (744 px wide, about 120 KB a card)."""
    return 2 * PREVIEW_WIDTH / (card_width_mm / 25.4)


def card_preview(lang: str, set_id: str, prompt_id: str) -> str:
    """The small PNG of a card's front shown on the set's page (``preview_ppi``)."""
    return f"{card_images_dir(lang, set_id)}/{names.card_face(prompt_id, 'preview')}"


def guide_page(set_id: str, session_id: str) -> str:
    """Docname (under a language's source folder) of a session's guide page."""
    return f"{names.SETS_DIR}/{set_id}/{session_id}"

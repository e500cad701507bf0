"""The author's preview of a set (served only): every card face as it prints, at real size.

A set file that changes is loaded again (the loader, the kit's language rule and the fit, as
``kitgen build`` runs them) and its cards are measured once; only the faces whose content
digest is new are drawn (SVG, through the cards renderer's :func:`card_faces` and
:func:`draw_faces`), the others come from the cache.  A set that fails keeps its last good
preview; its errors go to the overlay.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kitgen.build.kit import missing_languages
from kitgen.build.project import Project
from kitgen.diagnostics import Diagnostic, KitgenError
from kitgen.load import find_sets, load, misnamed
from kitgen.model import PromptSet
from kitgen.render.brand import BrandMark
from kitgen.render.cards import CardFaces, DeckOptions, card_faces, draw_faces
from kitgen.render.glyphs import glyph_warnings
from kitgen.serve.page import index_page, preview_page

#: Where preview pages and their images are served.
PREFIX = "/_preview/"
IMAGES = f"{PREFIX}img/"


@dataclass(frozen=True)
class Face:
    """One card as the preview shows it: its images, fit size and warnings."""

    prompt_id: str
    #: The prompt's text as printed on the front (the image's text alternative).
    text: str
    front: str
    back: str
    size_pt: float
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class SetPreview:
    prompt_set: PromptSet
    path: Path
    #: lang -> the faces of every card, in the set's order.
    faces: dict[str, list[Face]]
    #: Warnings that concern no single card.
    warnings: tuple[str, ...]
    card_mm: tuple[float, float]


@dataclass
class Refresh:
    """What one refresh did (for the terminal line) or why it failed."""

    path: Path
    drawn: int = 0
    errors: list[Diagnostic] = field(default_factory=list)
    seconds: float = 0.0


class Previews:
    """Every set's preview and the cache of drawn faces, shared with the server's threads."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self._sets: dict[str, SetPreview] = {}
        self._images: dict[str, bytes] = {}
        self._lock = threading.Lock()

    def options(self) -> DeckOptions:
        config = self.project.config
        return DeckOptions(
            base_url=config.base_url or "",
            min_font_pt=config.min_font_pt,
            brand=BrandMark.from_brand(config.brand),  # the kit's mark on the backs, as printed
        )

    def index(self) -> str:
        """The preview index: every set file of the kit, by the title of its preview once it is
        drawn (in the kit's first language), else by its id."""
        prompts = self.project.prompts
        files = find_sets([prompts]) if prompts.is_dir() else []
        first = self.project.languages[0]
        with self._lock:
            drawn = {set_id: p.prompt_set for set_id, p in self._sets.items()}
        sets = []
        for path in files:
            prompt_set = drawn.get(path.stem)
            title = prompt_set.title.get_text(first) if prompt_set is not None else path.stem
            sets.append((path.stem, title))
        return index_page(sets)

    def knows(self, set_id: str) -> bool:
        """True when the kit has a set file named ``set_id`` (drawn yet or not)."""
        prompts = self.project.prompts
        if not set_id or "/" in set_id or set_id.startswith("."):
            return False
        return any((prompts / f"{set_id}{suffix}").is_file() for suffix in (".yaml", ".yml"))

    def forget(self, path: Path) -> None:
        """A set file that was deleted: its preview goes too."""
        with self._lock:
            for set_id, preview in list(self._sets.items()):
                if preview.path == path:
                    del self._sets[set_id]

    def refresh(self, path: Path) -> Refresh:
        """Load ``path`` again and redraw the faces that changed."""
        started = time.perf_counter()
        outcome = Refresh(path)
        result = load(path)
        prompt_set = result.prompt_set
        if prompt_set is None:
            outcome.errors = result.errors or result.diagnostics
        elif wrong := misnamed(path, prompt_set):
            outcome.errors = [wrong]
        elif missing := missing_languages(self.project, prompt_set):
            outcome.errors = [missing]
        if outcome.errors or prompt_set is None:
            outcome.seconds = time.perf_counter() - started
            return outcome
        try:
            preview, drawn = self._draw(path, prompt_set, result.warnings)
        except KitgenError as exc:  # a prompt that does not fit
            outcome.errors = exc.diagnostics
        else:
            outcome.drawn = drawn
            with self._lock:
                self._sets[prompt_set.id] = preview
                self._prune()
        outcome.seconds = time.perf_counter() - started
        return outcome

    def _draw(
        self, path: Path, prompt_set: PromptSet, warnings: list[Diagnostic]
    ) -> tuple[SetPreview, int]:
        options = self.options()
        located = _by_card(prompt_set, [*warnings, *glyph_warnings(prompt_set)])
        faces: dict[str, list[Face]] = {}
        drawn = 0
        # The languages are fitted side by side (Typst releases the GIL).
        languages = self.project.languages
        with ThreadPoolExecutor(max_workers=len(languages)) as pool:
            fits = list(pool.map(lambda lang: card_faces(prompt_set, lang, options), languages))
        for lang, fitted in zip(languages, fits, strict=True):
            cards = fitted.cards
            fronts = [fitted.key(i) for i in range(len(cards))]
            back = fitted.back_key()
            drawn += self._draw_missing(fitted, fronts, back)
            faces[lang] = [
                Face(
                    prompt.id,
                    cards[i].text,
                    f"{fronts[i]}.svg",
                    f"{back}.svg",
                    fitted.size(i),
                    tuple(located.get(i, ())),
                )
                for i, prompt in enumerate(prompt_set.prompts)
            ]
        card = options.card_size
        preview = SetPreview(
            prompt_set, path, faces, tuple(located.get(None, ())), (card.width, card.height)
        )
        return preview, drawn

    def _draw_missing(self, fitted: CardFaces, fronts: list[str], back: str) -> int:
        """Draw the faces the cache lacks (one compile); how many were drawn."""
        with self._lock:
            wanted = [i for i, key in enumerate(fronts) if f"{key}.svg" not in self._images]
            need_back = f"{back}.svg" not in self._images
        if not wanted and not need_back:
            return 0
        images, back_image = draw_faces(fitted, wanted, fmt="svg")
        with self._lock:
            for i, image in zip(wanted, images, strict=True):
                self._images[f"{fronts[i]}.svg"] = image
            self._images[f"{back}.svg"] = back_image
        return len(wanted)

    def _prune(self) -> None:
        """Keep only the faces some preview shows (called with the lock held)."""
        used = {
            name
            for preview in self._sets.values()
            for faces in preview.faces.values()
            for face in faces
            for name in (face.front, face.back)
        }
        for name in set(self._images) - used:
            del self._images[name]

    def image(self, name: str) -> bytes | None:
        with self._lock:
            return self._images.get(name)

    def page(self, set_id: str, lang: str | None, zoom: float = 1.0) -> str | None:
        """The preview page of ``set_id`` in ``lang`` (default: the kit's first language)."""
        with self._lock:
            preview = self._sets.get(set_id)
            others = sorted(self._sets)
        if preview is None:
            return None
        languages = list(preview.faces)
        chosen = lang if lang in preview.faces else languages[0]
        return preview_page(
            preview.prompt_set,
            chosen,
            languages,
            faces=preview.faces[chosen],
            warnings=list(preview.warnings),
            card_mm=preview.card_mm,
            others=others,
            images=IMAGES,
            zoom=zoom,
        )


def _by_card(prompt_set: PromptSet, warnings: list[Diagnostic]) -> dict[int | None, list[str]]:
    """Each warning under the index of the card whose lines hold it (``None``: no card)."""
    origin = prompt_set.origin
    found: dict[int | None, list[str]] = {}
    if origin is None:
        return {None: [str(w) for w in warnings]} if warnings else {}
    starts = [origin.locate(("prompts", i)).line for i in range(len(prompt_set.prompts))]
    # Where the prompts end: the next top-level key after the first prompt.
    tops = sorted(
        p.key_line or p.line
        for k, p in origin.positions.items()
        if len(k) == 1 and k != ("prompts",)
    )
    end = next((line for line in tops if starts and line > starts[-1]), None)
    for warning in warnings:
        index: int | None = None
        line = warning.location.line
        on_cards = starts and line >= starts[0] and (end is None or line < end)
        if warning.location.path == origin.path and on_cards:
            index = max(i for i, start in enumerate(starts) if start <= line)
        found.setdefault(index, []).append(str(warning))
    return found

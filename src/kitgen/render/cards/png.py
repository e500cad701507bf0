"""PNG card faces on disk, with the text of each face for screen readers (``alt.json``)."""

from __future__ import annotations

import json
from pathlib import Path

from kitgen import atomic, names
from kitgen.i18n import output_text
from kitgen.model import PromptSet
from kitgen.render.cards.faces import CardFaces, card_faces, draw_faces
from kitgen.render.cards.options import DeckOptions
from kitgen.render.cards.runner import PNG_PPI
from kitgen.render.preview import compact_png


def render_card_pngs(
    prompt_set: PromptSet,
    lang: str,
    options: DeckOptions,
    out_dir: Path,
    ppi: int = PNG_PPI,
    preview_ppi: float | None = None,
) -> list[Path]:
    """One PNG per card face at trim size (``ppi``, 300 by default), plus ``alt.json`` with
    each face's text.

    Files: ``<prompt-id>--front.png`` and ``<prompt-id>--back.png`` (``names.card_face``; backs
    are identical); with ``preview_ppi``, also ``<prompt-id>--preview.png``: the front at that
    resolution as a 256-colour PNG, small enough for a web page (``kitgen.render.preview``).
    """
    faces = card_faces(prompt_set, lang, options)
    everyone = list(range(len(faces.cards)))
    fronts, back_png = draw_faces(faces, everyone, ppi=ppi)
    previews = draw_faces(faces, everyone, ppi=preview_ppi)[0] if preview_ppi else []
    out_dir = Path(out_dir)
    written: list[Path] = []
    alt: dict[str, str] = {}
    back_alt = _back_alt(faces, lang)
    for index, image in enumerate(fronts):
        card_id = faces.cards[index].id
        for face, image_bytes, text in (
            ("front", image, _front_alt(faces, index)),
            ("back", back_png, back_alt),
        ):
            name = names.card_face(card_id, face)
            atomic.write_if_changed(out_dir / name, image_bytes)
            written.append(out_dir / name)
            alt[name] = text
    for index, small in enumerate(previews):
        name = names.card_face(faces.cards[index].id, "preview")
        atomic.write_if_changed(out_dir / name, compact_png(small))
        written.append(out_dir / name)
        alt[name] = alt[names.card_face(faces.cards[index].id, "front")]
    atomic.write_if_changed(
        out_dir / "alt.json", json.dumps(alt, ensure_ascii=False, indent=2) + "\n"
    )
    return written


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ").replace("\u200b", "")


def _front_alt(faces: CardFaces, index: int) -> str:
    card = faces.cards[index]
    label = faces.fitted.document.category(card.category).label
    parts = [f"{_plain(label)}{' · ' + card.kind_label if card.kind_label else ''}."]
    parts.append(_plain(card.text))
    parts += [f"– {_plain(f)}" for f in card.follow]
    return "\n".join(parts)


def _back_alt(faces: CardFaces, lang: str) -> str:
    back = output_text(lang, "Card back")
    head = faces.fitted.document.head
    return f"{back}: {_plain(head.title)}. {_plain(faces.fitted.licence_line)}"

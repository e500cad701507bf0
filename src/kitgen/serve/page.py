"""The HTML of a set's preview page: cards at real size (CSS millimetres), their fit size and
warnings, and each session's timing bar.  It is written in the user's language (the command's
catalogue): the page is the author's tool, not an output of the kit.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote

from kitgen.i18n import cli_text, output_text
from kitgen.model import PromptSet
from kitgen.typography import dimensions
from kitgen.wording import decimal_sign

if TYPE_CHECKING:
    from kitgen.serve.preview import Face

#: Enlargements offered beside real size (1).
ZOOMS = (1.0, 1.5, 2.0)

STYLE = """
:root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.45; }
body { margin: 0 auto; padding: 1.5rem; max-width: 100rem; }
header { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; }
nav a { margin-right: 0.75rem; }
.cards { display: flex; flex-wrap: wrap; gap: 1.5rem 2rem; padding: 0; list-style: none; }
.card figure { margin: 0; display: flex; gap: 0.5rem; }
.card img { box-shadow: 0 0 0 1px #8888; border-radius: 3mm; background: #fff; }
.card p { margin: 0.25rem 0 0; font-size: 0.9rem; }
.warning { color: #b3261e; max-width: 60ch; font-size: 0.85rem; }
.bar { display: flex; height: 2.6rem; border-radius: 0.3rem; overflow: hidden; }
.step { display: flex; align-items: center; padding: 0 0.4rem; overflow: hidden;
  white-space: nowrap; font-size: 0.8rem; background: #d9e6ee; color: #102a36;
  border-right: 2px solid #fff; }
.step.break { background: #eee; color: #444; font-style: italic; }
.mismatch { color: #b3261e; }
"""


def preview_page(
    prompt_set: PromptSet,
    lang: str,
    languages: list[str],
    *,
    faces: list[Face],
    warnings: list[str],
    card_mm: tuple[float, float],
    others: list[str],
    images: str,
    zoom: float = 1.0,
) -> str:
    """The preview of ``prompt_set`` in ``lang``, with links to its other languages and sets.

    Cards are drawn at real size (CSS millimetres) unless ``zoom`` (one of :data:`ZOOMS`)
    enlarges them.
    """
    title = escape(prompt_set.title.get_text(lang))
    width, height = card_mm
    size = f'style="width: {width * zoom:g}mm; height: {height * zoom:g}mm"'

    def link(set_id: str, code: str, factor: float) -> str:
        return f"{quote(set_id)}.html?lang={quote(code)}&amp;zoom={factor:g}"

    switch = " ".join(
        f'<a href="{link(prompt_set.id, code, zoom)}" hreflang="{escape(code)}"'
        f"{' aria-current=page' if code == lang else ''}>{escape(code)}</a>"
        for code in languages
    )
    sets = " ".join(f'<a href="{link(s, lang, zoom)}">{escape(s)}</a>' for s in others)
    zooms = " ".join(
        f'<a href="{link(prompt_set.id, lang, factor)}"'
        f"{' aria-current=true' if factor == zoom else ''}>{factor * 100:g} %</a>"
        for factor in ZOOMS
    )
    cards = "\n".join(_card(face, images, size) for face in faces)
    general = "".join(f'<p class="warning">{escape(w)}</p>' for w in warnings)
    sessions = "\n".join(_session(prompt_set, lang, i) for i in range(len(prompt_set.sessions)))
    words = {
        "preview": cli_text("Preview"),
        "languages": cli_text("Languages"),
        "sets": cli_text("Sets"),
        "sessions": cli_text("Sessions"),
        "zoom": cli_text("Zoom"),
        "real_size": cli_text(
            "Every card as it prints, front and back, at real size ({size}).",
            size=dimensions(
                f"{width:g}".replace(".", decimal_sign()),
                f"{height:g}".replace(".", decimal_sign()),
                unit="mm",
            ),
        ),
    }
    words = {key: escape(value) for key, value in words.items()}
    return f"""<!DOCTYPE html>
<html lang="{escape(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{words["preview"]}: {title}</title>
<style>{STYLE}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<nav aria-label="{words["languages"]}">{switch}</nav>
<nav aria-label="{words["sets"]}">{sets}</nav>
<nav aria-label="{words["zoom"]}">{zooms}</nav>
</header>
<p>{words["real_size"]}</p>
{general}
<ul class="cards">
{cards}
</ul>
<h2>{words["sessions"]}</h2>
{sessions}
</body>
</html>
"""


def index_page(sets: list[tuple[str, str]]) -> str:
    """The list of the kit's sets (id, title), each linked to its preview page."""
    title = escape(cli_text("Previews"))
    intro = escape(cli_text("Every card of a set as it prints: choose a set."))
    items = "\n".join(
        f'<li><a href="{quote(set_id)}.html">{escape(name)}</a> <code>{escape(set_id)}</code></li>'
        for set_id, name in sets
    )
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>{title}</h1>
<p>{intro}</p>
<ul class="sets">
{items}
</ul>
</body>
</html>
"""


def _card(face: Face, images: str, size: str) -> str:
    warnings = "".join(f'<p class="warning" role="note">{escape(w)}</p>' for w in face.warnings)
    fit = cli_text("fit: {size} pt", size=f"{face.size_pt:g}")
    front = cli_text("Front of {card}: {text}", card=face.prompt_id, text=face.text)
    back = cli_text("Back of {card}", card=face.prompt_id)
    return (
        f'<li class="card" id="card-{escape(face.prompt_id)}" '
        f'data-warnings="{len(face.warnings)}">'
        f'<figure><img class="front" src="{images}{face.front}" alt="{escape(front)}" {size}>'
        f'<img class="back" src="{images}{face.back}" alt="{escape(back)}" {size}></figure>'
        f"<p><code>{escape(face.prompt_id)}</code> · <span class=fit>{escape(fit)}</span></p>"
        f"{warnings}</li>"
    )


def _session(prompt_set: PromptSet, lang: str, index: int) -> str:
    session = prompt_set.sessions[index]
    total = sum(step.minutes for step in session.steps) or 1
    steps = []
    for step in session.steps:
        minutes = output_text(lang, "{n} min", n=step.minutes)  # the set's own unit
        label = f"{step.title.get_text(lang)} · {minutes}"
        kind = "step break" if step.is_break else "step"
        steps.append(
            f'<div class="{kind}" style="flex: {step.minutes} 0 0" title="{escape(label)}">'
            f"{escape(label)}</div>"
        )
    planned = session.minutes
    summary = cli_text(
        "{steps} min of steps for a {planned} min session", steps=total, planned=planned
    )
    mismatch = " mismatch" if total != planned else ""
    return (
        f'<section class="session" id="session-{escape(session.id)}">'
        f"<h3>{escape(session.title.get_text(lang))}</h3>"
        f'<div class="bar" role="img" aria-label="{escape(summary)}">{"".join(steps)}</div>'
        f'<p class="total{mismatch}">{escape(summary)}</p></section>'
    )

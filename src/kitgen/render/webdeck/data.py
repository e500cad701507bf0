"""What the deck page knows about a set: one JSON-ready dict, every human text typeset.

Facilitator notes are left out on purpose: the page is what participants see, and anything in
it can be read with "view source".
"""

from __future__ import annotations

from typing import Any

from kitgen.model import Level, Prompt, PromptSet
from kitgen.model.methods import BREAK, METHODS
from kitgen.render.typography import typeset
from kitgen.render.webdeck import labels
from kitgen.render.webdeck.contrast import WHITE, ink_on, text_on

#: The page background; the set colour is darkened until it reads on it (and so on white).
PAGE_BACKGROUND = "#f5f3ee"


def _prompt(prompt: Prompt, lang: str) -> dict[str, Any]:
    return {
        "id": prompt.id,
        "category": prompt.category,
        "kind": prompt.kind.value,
        "level": prompt.level.value,
        "text": typeset(prompt.text.get_text(lang), lang),
        "follow_ups": [typeset(f.get_text(lang), lang) for f in prompt.follow_ups],
        "minutes": prompt.minutes,
        "group": prompt.group.value,
        "remote": prompt.remote,
    }


def _sessions(prompt_set: PromptSet, lang: str) -> list[dict[str, Any]]:
    """Each session's agenda: steps with their minutes and prompts; a break marked as one.

    No instructions: they are for the facilitator's guide, and the page is public.
    """

    def method(slug: str) -> str:
        if slug == BREAK:
            return labels.ui(lang)["break"]
        known = METHODS.get(slug)
        return known.label.get(lang, known.label["en"]) if known is not None else slug

    return [
        {
            "id": session.id,
            "title": typeset(session.title.get_text(lang), lang),
            "minutes": session.minutes,
            "steps": [
                {
                    "title": typeset(step.title.get_text(lang), lang),
                    "minutes": step.minutes,
                    "method": typeset(method(step.method), lang),
                    "break": step.is_break,
                    "prompts": list(step.prompts),
                }
                for step in session.steps
            ],
        }
        for session in prompt_set.sessions
    ]


def deck_data(prompt_set: PromptSet, lang: str) -> dict[str, Any]:
    """The data blob the page's script reads (see ``templates/webdeck/deck.js``)."""
    used_levels = {p.level for p in prompt_set.prompts}
    accent = ink_on(prompt_set.color, PAGE_BACKGROUND)
    return {
        "lang": lang,
        "set": {
            "id": prompt_set.id,
            "title": typeset(prompt_set.title.get_text(lang), lang),
            "accent": accent,
            "on_accent": text_on(accent),
        },
        "labels": {key: typeset(value, lang) for key, value in labels.ui(lang).items()},
        "categories": [
            {
                "id": c.id,
                "label": typeset(c.label.get_text(lang), lang),
                "color": c.color.lower(),
                "on": text_on(c.color),
                "ink": ink_on(c.color, WHITE),
            }
            for c in prompt_set.categories
        ],
        "levels": [
            {"id": level.value, "label": labels.level_label(level, lang)}
            for level in Level
            if level in used_levels
        ],
        "kinds": {
            p.kind.value: typeset(labels.kind_label(p.kind, lang), lang) for p in prompt_set.prompts
        },
        "groups": {
            p.group.value: typeset(labels.group_label(p.group, lang), lang)
            for p in prompt_set.prompts
        },
        "prompts": [_prompt(p, lang) for p in prompt_set.prompts],
        "sessions": _sessions(prompt_set, lang),
    }

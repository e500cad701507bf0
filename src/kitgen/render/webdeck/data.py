"""What the deck page knows about a set: one JSON-ready dict, every human text typeset.

Facilitator notes are left out on purpose: the page is what participants see, and anything in
it can be read with "view source".
"""

from __future__ import annotations

from typing import Any

from kitgen.i18n import output_ptext, output_text
from kitgen.model import Level, Prompt, PromptSet
from kitgen.render import words
from kitgen.render.brand import set_colour
from kitgen.render.webdeck.contrast import WHITE, ink_on, text_on
from kitgen.typography import typeset

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
        return words.method_label(lang, slug) or slug

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


def deck_data(prompt_set: PromptSet, lang: str, brand_colour: str | None = None) -> dict[str, Any]:
    """The data blob the page's script reads (see ``templates/webdeck/deck.js``)."""
    used_levels = {p.level for p in prompt_set.prompts}
    accent = ink_on(set_colour(prompt_set, brand_colour), PAGE_BACKGROUND)
    return {
        "lang": lang,
        "set": {
            "id": prompt_set.id,
            "title": typeset(prompt_set.title.get_text(lang), lang),
            "accent": accent,
            "on_accent": text_on(accent),
        },
        "labels": {key: typeset(value, lang) for key, value in interface_words(lang).items()},
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
            {"id": level.value, "label": words.level_name(lang, level)}
            for level in Level
            if level in used_levels
        ],
        "kinds": {
            p.kind.value: typeset(words.kind_label(lang, p.kind), lang) for p in prompt_set.prompts
        },
        "groups": {
            p.group.value: typeset(words.group_name(lang, p.group), lang)
            for p in prompt_set.prompts
        },
        "prompts": [_prompt(p, lang) for p in prompt_set.prompts],
        "sessions": _sessions(prompt_set, lang),
    }


def interface_words(lang: str) -> dict[str, str]:
    """The page's interface words by the key its script uses; placeholders in braces are filled
    in by the script."""
    return {
        "deck": output_text(lang, "Online deck"),
        "back_to_set": output_text(lang, "About this set"),
        "other_languages": output_text(lang, "Other languages"),
        "card_of": output_text(lang, "Card {n} of {total}"),
        "prev": output_ptext(lang, "card", "Previous"),
        "next": output_ptext(lang, "card", "Next"),
        "random": output_text(lang, "Draw a card"),
        "show_follow_ups": output_text(lang, "Follow-ups"),
        "hide_follow_ups": output_text(lang, "Hide follow-ups"),
        "follow_ups": output_text(lang, "Follow-ups"),
        "fullscreen": output_text(lang, "Full screen"),
        "exit_fullscreen": output_text(lang, "Exit full screen"),
        "controls": output_text(lang, "Card controls"),
        "filters": output_text(lang, "Filters"),
        "category": output_text(lang, "Category"),
        "all_categories": output_text(lang, "All categories"),
        "level": output_text(lang, "Level"),
        "all_levels": output_text(lang, "All levels"),
        "remote_only": output_text(lang, "Only cards that work on a video call"),
        "no_match": output_text(lang, "No card matches these filters."),
        "show_all": output_text(lang, "Show all cards"),
        "timer": output_text(lang, "Timer"),
        "start": output_text(lang, "Start"),
        "pause": output_text(lang, "Pause"),
        "resume": output_text(lang, "Resume"),
        "reset": output_text(lang, "Reset"),
        "time_up": output_text(lang, "Time is up"),
        "timer_started": output_text(lang, "Timer started: {minutes}"),
        "timer_paused": output_text(lang, "Timer paused"),
        "minutes": output_text(lang, "{n}\xa0min"),
        "remote": output_text(lang, "Works on a video call"),
        "session": output_text(lang, "Session: one card each"),
        "session_help": output_text(
            lang,
            "Give the group a session code, and each person gets their own card "
            "from their name or number: the same card every time they open the "
            "link.",
        ),
        "seed": output_text(lang, "Session code"),
        "new_seed": output_text(lang, "New code"),
        "participants": output_text(lang, "Participants (one per line)"),
        "update": output_text(lang, "Update"),
        "your_name": output_text(lang, "Your name or number"),
        "get_my_card": output_text(lang, "Show my card"),
        "seed_needed": output_text(lang, "Enter the session code given by the facilitator first."),
        "who_drew_what": output_text(lang, "Who drew what"),
        "participant": output_text(lang, "Participant"),
        "card": output_text(lang, "Card"),
        "share_link": output_text(lang, "Link to share with the group"),
        "copy": output_text(lang, "Copy"),
        "copied": output_text(lang, "Link copied"),
        "your_card": output_text(lang, "Card drawn for {name}"),
        "back_to_my_card": output_text(lang, "Back to my card"),
        "pick_name": output_text(lang, "Open the card of a participant:"),
        "agenda": output_text(lang, "Session agendas"),
        "agenda_session": output_text(lang, "Session"),
        "agenda_help": output_text(
            lang,
            "Follow a session step by step: each step sets the timer to its minutes, and shows "
            "its first card.",
        ),
        "break": output_text(lang, "Break"),
        "go_to_step": output_text(lang, "Show its card"),
        "start_break": output_text(lang, "Start the break"),
        "set_timer": output_text(lang, "Set the timer"),
        "not_found": output_text(
            lang, "There is no card “{card}” in this deck; here is the first card."
        ),
        "keys": output_text(
            lang,
            "Keys: ← and → previous and next card, Space follow-ups, R draw a card,"
            " T timer, F full screen.",
        ),
        "new_card": output_text(lang, "{position}. {category}. {text}"),
        "noscript": output_text(lang, "This deck needs JavaScript. The set page lists every card."),
    }

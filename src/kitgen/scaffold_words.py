"""The words of a new kit and a new set, in the kit's language: the sample texts of the
scaffold, its comments, and the facilitator's README and ``kitgen.toml`` of ``kitgen init``.

Each text is an ``output_text`` message (``kitgen.i18n``), so a French set starts in French and
a translator adds a language in the catalogue, not here.  The starter set's ids print on card
footers and name files: they too come from the catalogue, made slugs here.
"""

from __future__ import annotations

from kitgen.i18n import output_ptext, output_text
from kitgen.model.patterns import slugify


def starter_ids(lang: str) -> dict[str, str]:
    """The starter set's ids (its file name, categories, prompts, session, variation) in
    ``lang``, by their English id: ``starter_ids("fr")["first-look"] == "premier-regard"``.

    Ids print on card footers and name files, so each is a catalogue phrase made a slug here:
    whatever a translator writes ("ce que ça change") becomes a valid id (ce-que-ca-change).
    """
    words = {
        # TRANSLATORS: the words of an id of the starter set; they become lowercase-with-hyphens.
        "first-set": output_ptext(lang, "starter id", "first set"),
        "warm-up": output_ptext(lang, "starter id", "warm up"),
        "practice": output_ptext(lang, "starter id", "practice"),
        "first-look": output_ptext(lang, "starter id", "first look"),
        "how-it-felt": output_ptext(lang, "starter id", "how it felt"),
        "what-it-means": output_ptext(lang, "starter id", "what it means"),
        "next-step": output_ptext(lang, "starter id", "next step"),
        "short-talk": output_ptext(lang, "starter id", "short talk"),
        "remote": output_ptext(lang, "starter id", "remote"),
    }
    return {key: slugify(text) for key, text in words.items()}


def samples(lang: str) -> dict[str, str]:
    """The scaffold's sample texts in ``lang``, by the key the template names them with."""
    return {
        "title": output_text(lang, "Title of the set"),
        "summary": output_text(
            lang, "One or two sentences saying what this set helps a group talk about"
        ),
        "attribution": output_text(lang, "Written by ... for ..."),
        "warm_up": output_text(lang, "Warm-up"),
        "practice": output_text(lang, "Practice"),
        "first_look": output_text(
            lang, "What did you notice about this topic in your work this month"
        ),
        "first_look_follow_up": output_text(lang, "Where exactly did it happen"),
        "note": output_text(lang, "For the facilitator only, never printed on participant cards"),
        "how_it_felt": output_text(lang, "What surprised you most, and why"),
        "what_it_means": output_text(lang, "What difference does it make for your team"),
        "next_step": output_text(lang, "What one thing will you try before we meet again"),
        "session": output_text(lang, "A 25-minute conversation"),
        "purpose": output_text(lang, "Share what people see and agree on one thing to try"),
        "material": output_text(lang, "The printed deck"),
        "opening": output_text(lang, "Opening"),
        "opening_how": output_text(lang, "Pair people who do not work together"),
        "exploring": output_text(lang, "Exploring"),
        "exploring_how": output_text(lang, "Groups of four, one card each, everyone answers"),
        "closing": output_text(lang, "Closing"),
        "closing_how": output_text(lang, "One sentence each, no discussion"),
        "debrief": output_text(lang, "What will you remember from this conversation"),
        "remote": output_text(lang, "Use breakout rooms of four for the exploring step"),
        "risk": output_text(lang, "One person takes all the airtime"),
        "mitigation": output_text(lang, "Give each person two minutes with a visible timer"),
    }


def comments(lang: str) -> dict[str, str]:
    """The scaffold's comments in ``lang``, by key."""
    return {
        "about": output_text(lang, "A kitgen prompt set. Check it with: kitgen validate"),
        "texts": output_text(
            lang, "With several languages, each text maps a language to its text."
        ),
        "version": output_text(lang, "quote it, so YAML keeps it as text"),
        "languages": output_text(lang, "The first language is the default."),
        "theme": output_text(lang, "short name of the topic (docs/<lang>/themes/<theme>.md)"),
        "license": output_text(lang, "an SPDX licence id"),
        "sources": output_text(
            lang, "[{title: ..., url: https://..., year: 2012}], with a url only if it exists"
        ),
        "color": output_text(lang, "deck colour, #RRGGBB"),
        "follow_ups": output_text(lang, "0 to 3 shorter questions that deepen the main one"),
        "remote": output_text(lang, "works on a video call"),
    }


def kit_words(lang: str) -> dict[str, str]:
    """What ``kitgen init`` writes besides the set: README, ``kitgen.toml`` comments, title."""
    return {
        "title": output_text(lang, "My facilitation kit"),
        "readme_intro": output_text(
            lang,
            "Prompt sets in prompts/, one YAML file each. kitgen turns them into card decks, "
            "facilitator guides, online decks and a small website.",
        ),
        "readme_new": output_text(lang, "Start a new set:"),
        "readme_validate": output_text(lang, "Check every set (each problem with its line):"),
        "readme_build": output_text(lang, "Build everything into site/ (open site/index.html):"),
        "readme_settings": output_text(
            lang, "The kit's languages, title and branding are in kitgen.toml."
        ),
        "toml_languages": output_text(
            lang, "The kit's languages, in order; every set carries them all."
        ),
        "toml_base_url": output_text(
            lang, "Where the site will be hosted (optional; without it no address is printed):"
        ),
        "toml_brand": output_text(lang, "Your brand on cards, guides and site (optional):"),
    }

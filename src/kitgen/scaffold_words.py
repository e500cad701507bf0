"""The words of a new kit and a new set, in the kit's language: the sample texts of the
scaffold, its comments, and the facilitator's README and ``kitgen.toml`` of ``kitgen init``.

Each text is an ``output_text`` message (``kitgen.i18n``), so a French set starts in French and
a translator adds a language in the catalogue, not here.  The ids are the exception: they print
on card footers and in file names, so they are slugs in the set's first language, from a small
table here (a translator's catalogue could not be trusted to keep them slugs).
"""

from __future__ import annotations

from kitgen.i18n import output_text


#: The starter set's ids (its file name, categories, prompts, session, variation) by language,
#: keyed by the English id; a language not listed keeps the English ids.
_STARTER_IDS: dict[str, dict[str, str]] = {
    "fr": {
        "first-set": "premier-jeu",
        "warm-up": "mise-en-route",
        "practice": "pratique",
        "first-look": "premier-regard",
        "how-it-felt": "ressenti",
        "what-it-means": "ce-que-ca-change",
        "next-step": "prochain-pas",
        "short-talk": "courte-discussion",
        "remote": "a-distance",
    },
    "de": {
        "first-set": "erstes-set",
        "warm-up": "einstieg",
        "practice": "praxis",
        "first-look": "erster-blick",
        "how-it-felt": "wie-es-war",
        "what-it-means": "was-es-bedeutet",
        "next-step": "naechster-schritt",
        "short-talk": "kurzes-gespraech",
        "remote": "online",
    },
    "it": {
        "first-set": "primo-set",
        "warm-up": "riscaldamento",
        "practice": "pratica",
        "first-look": "primo-sguardo",
        "how-it-felt": "com-e-andata",
        "what-it-means": "cosa-significa",
        "next-step": "prossimo-passo",
        "short-talk": "breve-conversazione",
        "remote": "a-distanza",
    },
}
#: The English ids, in the order above.
STARTER_ID_KEYS = tuple(_STARTER_IDS["fr"])


def starter_ids(lang: str) -> dict[str, str]:
    """The starter set's ids in ``lang`` (English for a language not in the table), by their
    English id: ``starter_ids("fr")["first-look"] == "premier-regard"``."""
    own = _STARTER_IDS.get(lang, {})
    return {key: own.get(key, key) for key in STARTER_ID_KEYS}


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

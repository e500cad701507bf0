"""The fixed words the site adds around prompt sets, in French and English.

Kinds, levels, groups and formats reuse the guide's table, so a card reads the same on paper,
in a guide and on the site.  A language without a table falls back to English.
"""

from __future__ import annotations

from kitgen.model import Group, Kind, Level, SessionFormat
from kitgen.render.guide.labels import enum_label

FALLBACK = "en"

WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "language_name": "Français",
        "switch_to": "Lire cette page en français",
        "cards": "{n} cartes",
        "sessions": "{n} séances",
        "minutes": "{n} min",
        "follow_ups": "Relances",
        "note": "Note pour l’animateur",
        "see": "Pour en savoir plus",
        "remote": "à distance",
        "in_room": "en salle seulement",
        "sensitivity_medium": "sensibilité moyenne",
        "sensitivity_high": "sensibilité élevée",
        "set_link": "Télécharger ce jeu et ses guides",
        "theme_link": "La page du thème",
        "web_deck": "Ouvrir le jeu en ligne",
        "web_deck_hint": "Pour un écran partagé ou un téléphone : une carte à la fois, au clavier "
        "ou au doigt.",
        "decks": "Jeu de cartes à imprimer",
        "decks_hint": "Format poker (63 × 88 mm). Recto verso : imprimez en recto verso, bord "
        "long. À plier : imprimez en recto seul, pliez chaque feuille en deux, puis découpez.",
        "guides": "Guides d’animation",
        "guide_page": "Lire le guide en ligne",
        "paper_a4": "A4",
        "paper_letter": "US Letter",
        "layout_duplex-long": "recto verso",
        "layout_fold": "à plier",
        "pdf": "PDF",
        "version": "Version {v}",
        "licence": "Licence {v}",
        "group_size": "{low} à {high} personnes",
        "col_card": "Carte",
        "col_set": "Jeu",
        "col_minutes": "Durée",
        "col_group": "En groupe",
        "col_session": "Séance",
        "col_format": "Format",
        "col_people": "Participants",
        "col_theme": "Thème",
        "col_summary": "En bref",
        "col_contents": "Contenu",
        "no_prompt": "Aucune carte dans cette catégorie.",
        "bucket_short": "5 minutes ou moins",
        "bucket_medium": "6 à 10 minutes",
        "bucket_long": "plus de 10 minutes",
        "preview_alt": "Recto de la carte : {text}",
        "sets_title": "Jeux de cartes",
        "sets_intro": "Chaque thème a son jeu de cartes, ses guides d’animation et sa version "
        "en ligne. Cette page les recense par thème, par niveau de la démarche ORID et par "
        "durée, pour trouver vite la question qui convient à votre séance.",
        "by_theme": "Par thème",
        "by_level": "Par niveau ORID",
        "by_duration": "Par durée",
        "sessions_by_length": "Les séances, de la plus courte à la plus longue",
        "prompts_by_length": "Les cartes selon le temps qu’elles demandent",
        "set_downloads": "Télécharger",
        "set_sessions": "Séances prêtes à l’emploi",
        "set_cards": "Les cartes",
        "set_previews": "Aperçu des cartes imprimées",
        "set_previews_intro": "Le recto de chaque carte, tel qu’il sort de l’imprimante.",
        "generated": "Page générée par kitgen depuis {path} : modifiez le YAML, pas cette page.",
        "schema_object": "Objet",
        "schema_key": "Clé",
        "schema_type": "Type",
        "schema_required": "Obligatoire",
        "schema_description": "Description",
        "yes": "oui",
        "no": "non",
        "one_of": "une de ces valeurs : {values}",
        "list_of": "liste de {item}",
        "text": "texte",
        "text_map": "texte (une chaîne, ou fr: … en: …)",
        "shape_slug": "identifiant : minuscules, chiffres et traits d’union",
        "shape_color": "couleur #RRGGBB",
        "shape_lang": "code de langue à deux lettres",
        "shape_spdx": "identifiant de licence SPDX",
        "shape_url": "adresse web http(s)://…",
        "shape_version": "numéro de version, p. ex. 1.0",
        "at_most": "au plus {n}",
        "at_least": "au moins {n}",
        "between": "de {low} à {high}",
        "pattern": "format {pattern}",
    },
    "en": {
        "language_name": "English",
        "switch_to": "Read this page in English",
        "cards": "{n} cards",
        "sessions": "{n} sessions",
        "minutes": "{n} min",
        "follow_ups": "Follow-ups",
        "note": "Facilitator note",
        "see": "Background",
        "remote": "works remotely",
        "in_room": "in the room only",
        "sensitivity_medium": "medium sensitivity",
        "sensitivity_high": "high sensitivity",
        "set_link": "Download this set and its guides",
        "theme_link": "The theme page",
        "web_deck": "Open the online deck",
        "web_deck_hint": "For a shared screen or a phone: one card at a time, by keyboard or "
        "by touch.",
        "decks": "Card deck to print",
        "decks_hint": "Poker size (63 × 88 mm). Double-sided: print on both sides, flipping on "
        "the long edge. Fold: print one-sided, fold each sheet in half, then cut.",
        "guides": "Facilitator guides",
        "guide_page": "Read the guide online",
        "paper_a4": "A4",
        "paper_letter": "US Letter",
        "layout_duplex-long": "double-sided",
        "layout_fold": "fold",
        "pdf": "PDF",
        "version": "Version {v}",
        "licence": "Licence {v}",
        "group_size": "{low} to {high} people",
        "col_card": "Card",
        "col_set": "Set",
        "col_minutes": "Time",
        "col_group": "Working",
        "col_session": "Session",
        "col_format": "Format",
        "col_people": "People",
        "col_theme": "Theme",
        "col_summary": "In short",
        "col_contents": "Contents",
        "no_prompt": "No card in this category.",
        "bucket_short": "5 minutes or less",
        "bucket_medium": "6 to 10 minutes",
        "bucket_long": "more than 10 minutes",
        "preview_alt": "Front of the card: {text}",
        "sets_title": "Card sets",
        "sets_intro": "Each theme has its card set, its facilitator guides and an online deck. "
        "This page lists them by theme, by ORID level and by duration, so you can quickly find "
        "the question that suits your session.",
        "by_theme": "By theme",
        "by_level": "By ORID level",
        "by_duration": "By duration",
        "sessions_by_length": "Sessions, shortest first",
        "prompts_by_length": "Cards by the time they take",
        "set_downloads": "Downloads",
        "set_sessions": "Ready-made sessions",
        "set_cards": "The cards",
        "set_previews": "Printed card previews",
        "set_previews_intro": "The front of every card, as it comes out of the printer.",
        "generated": "Page generated by kitgen from {path}: edit the YAML, not this page.",
        "schema_object": "Object",
        "schema_key": "Key",
        "schema_type": "Type",
        "schema_required": "Required",
        "schema_description": "Description",
        "yes": "yes",
        "no": "no",
        "one_of": "one of: {values}",
        "list_of": "list of {item}",
        "text": "text",
        "text_map": "text (a string, or fr: … en: …)",
        "shape_slug": "id: lowercase letters, digits and hyphens",
        "shape_color": "colour #RRGGBB",
        "shape_lang": "two-letter language code",
        "shape_spdx": "SPDX licence id",
        "shape_url": "web address http(s)://…",
        "shape_version": "version number, e.g. 1.0",
        "at_most": "at most {n}",
        "at_least": "at least {n}",
        "between": "{low} to {high}",
        "pattern": "format {pattern}",
    },
}


def word(lang: str, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang`` (English when the language has no table)."""
    table = WORDS.get(lang, WORDS[FALLBACK])
    text = table.get(key, WORDS[FALLBACK][key])
    return text.format(**values) if values else text


def enum_word(lang: str, value: Kind | Level | Group | SessionFormat) -> str:
    """A kind, level, group or format as the guides print it."""
    return enum_label(lang, value)


def language_name(lang: str) -> str:
    """The name of ``lang`` in that language (for the language switch)."""
    return WORDS.get(lang, {}).get("language_name", lang)

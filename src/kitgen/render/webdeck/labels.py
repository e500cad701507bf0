"""The deck's interface words, in the deck's language (English for a language not listed)."""

from __future__ import annotations

from kitgen.model import Group, Kind, Level

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}

_UI: dict[str, dict[str, str]] = {
    "en": {
        "deck": "Online deck",
        "back_to_set": "About this set",
        "other_languages": "Other languages",
        "card_of": "Card {n} of {total}",
        "prev": "Previous",
        "next": "Next",
        "random": "Draw a card",
        "show_follow_ups": "Follow-ups",
        "hide_follow_ups": "Hide follow-ups",
        "follow_ups": "Follow-ups",
        "fullscreen": "Full screen",
        "exit_fullscreen": "Exit full screen",
        "controls": "Card controls",
        "filters": "Filters",
        "category": "Category",
        "all_categories": "All categories",
        "level": "Level",
        "all_levels": "All levels",
        "remote_only": "Only cards that work on a video call",
        "no_match": "No card matches these filters.",
        "show_all": "Show all cards",
        "timer": "Timer",
        "start": "Start",
        "pause": "Pause",
        "resume": "Resume",
        "reset": "Reset",
        "time_up": "Time is up",
        "timer_started": "Timer started: {minutes}",
        "timer_paused": "Timer paused",
        "minutes": "{n}\u00a0min",
        "remote": "Works on a video call",
        "session": "Session: one card each",
        "session_help": "Give the group a session code, and each person gets their own card "
        "from their name or number: the same card every time they open the link.",
        "seed": "Session code",
        "new_seed": "New code",
        "participants": "Participants (one per line)",
        "update": "Update",
        "your_name": "Your name or number",
        "get_my_card": "Show my card",
        "seed_needed": "Enter the session code given by the facilitator first.",
        "who_drew_what": "Who drew what",
        "participant": "Participant",
        "card": "Card",
        "share_link": "Link to share with the group",
        "copy": "Copy",
        "copied": "Link copied",
        "your_card": "Card drawn for {name}",
        "back_to_my_card": "Back to my card",
        "pick_name": "Open the card of a participant:",
        "agenda": "Session agendas",
        "agenda_session": "Session",
        "agenda_help": "Follow a session step by step: each step sets the timer to its "
        "minutes, and shows its first card.",
        "break": "Break",
        "go_to_step": "Show its card",
        "start_break": "Start the break",
        "set_timer": "Set the timer",
        "not_found": "There is no card “{card}” in this deck; here is the first card.",
        "keys": "Keys: ← and → previous and next card, Space follow-ups, R draw a card, "
        "T timer, F full screen.",
        "new_card": "{position}. {category}. {text}",
        "noscript": "This deck needs JavaScript. The set page lists every card.",
    },
    "fr": {
        "deck": "Jeu en ligne",
        "back_to_set": "À propos de ce jeu",
        "other_languages": "Autres langues",
        "card_of": "Carte {n} sur {total}",
        "prev": "Précédente",
        "next": "Suivante",
        "random": "Tirer une carte",
        "show_follow_ups": "Relances",
        "hide_follow_ups": "Masquer les relances",
        "follow_ups": "Relances",
        "fullscreen": "Plein écran",
        "exit_fullscreen": "Quitter le plein écran",
        "controls": "Commandes de la carte",
        "filters": "Filtres",
        "category": "Catégorie",
        "all_categories": "Toutes les catégories",
        "level": "Niveau",
        "all_levels": "Tous les niveaux",
        "remote_only": "Seulement les cartes adaptées à la visioconférence",
        "no_match": "Aucune carte ne correspond à ces filtres.",
        "show_all": "Afficher toutes les cartes",
        "timer": "Minuteur",
        "start": "Démarrer",
        "pause": "Pause",
        "resume": "Reprendre",
        "reset": "Réinitialiser",
        "time_up": "Temps écoulé",
        "timer_started": "Minuteur lancé : {minutes}",
        "timer_paused": "Minuteur en pause",
        "minutes": "{n}\u00a0min",
        "remote": "Adaptée à la visioconférence",
        "session": "Séance : une carte par personne",
        "session_help": "Donnez un code de séance au groupe : chaque personne reçoit sa propre "
        "carte d’après son prénom ou son numéro, la même à chaque ouverture du lien.",
        "seed": "Code de séance",
        "new_seed": "Nouveau code",
        "participants": "Participants (un par ligne)",
        "update": "Mettre à jour",
        "your_name": "Votre prénom ou numéro",
        "get_my_card": "Voir ma carte",
        "seed_needed": "Saisissez d’abord le code de séance donné par l’animateur.",
        "who_drew_what": "Qui a tiré quelle carte",
        "participant": "Participant",
        "card": "Carte",
        "share_link": "Lien à partager avec le groupe",
        "copy": "Copier",
        "copied": "Lien copié",
        "your_card": "Carte tirée pour {name}",
        "back_to_my_card": "Revenir à ma carte",
        "pick_name": "Ouvrir la carte d’un participant :",
        "agenda": "Déroulés des séances",
        "agenda_session": "Séance",
        "agenda_help": "Suivez une séance étape par étape : chaque étape règle le minuteur sur "
        "sa durée et montre sa première carte.",
        "break": "Pause",
        "go_to_step": "Voir sa carte",
        "start_break": "Lancer la pause",
        "set_timer": "Régler le minuteur",
        "not_found": "Il n’y a pas de carte « {card} » dans ce jeu ; voici la première carte.",
        "keys": "Touches : ← et → carte précédente et suivante, Espace relances, R tirer une "
        "carte, T minuteur, F plein écran.",
        "new_card": "{position}. {category}. {text}",
        "noscript": "Ce jeu a besoin de JavaScript. La page du jeu présente toutes les cartes.",
    },
}

_LEVELS: dict[str, dict[Level, str]] = {
    "en": {
        Level.OBJECTIVE: "Objective",
        Level.REFLECTIVE: "Reflective",
        Level.INTERPRETIVE: "Interpretive",
        Level.DECISIONAL: "Decisional",
    },
    "fr": {
        Level.OBJECTIVE: "Objectif",
        Level.REFLECTIVE: "Réflexif",
        Level.INTERPRETIVE: "Interprétatif",
        Level.DECISIONAL: "Décisionnel",
    },
}

_KINDS: dict[str, dict[Kind, str]] = {
    "en": {
        Kind.OPENER: "Opener",
        Kind.QUESTION: "Question",
        Kind.PROVOCATION: "Provocation",
        Kind.SCENARIO: "Scenario",
        Kind.CLOSER: "Closer",
    },
    "fr": {
        Kind.OPENER: "Ouverture",
        Kind.QUESTION: "Question",
        Kind.PROVOCATION: "Provocation",
        Kind.SCENARIO: "Scénario",
        Kind.CLOSER: "Clôture",
    },
}

_GROUPS: dict[str, dict[Group, str]] = {
    "en": {
        Group.SOLO: "On your own",
        Group.PAIRS: "In pairs",
        Group.SMALL_GROUPS: "Small groups",
        Group.PLENARY: "Whole group",
    },
    "fr": {
        Group.SOLO: "Seul",
        Group.PAIRS: "En binômes",
        Group.SMALL_GROUPS: "Petits groupes",
        Group.PLENARY: "Tout le groupe",
    },
}


def _table(lang: str) -> str:
    return lang if lang in _UI else "en"


def ui(lang: str) -> dict[str, str]:
    """Interface labels; placeholders in braces are filled in by the page's script."""
    return dict(_UI[_table(lang)])


def level_label(level: Level, lang: str) -> str:
    return _LEVELS[_table(lang)][level]


def kind_label(kind: Kind, lang: str) -> str:
    return _KINDS[_table(lang)][kind]


def group_label(group: Group, lang: str) -> str:
    return _GROUPS[_table(lang)][group]


def language_name(lang: str) -> str:
    return LANGUAGE_NAMES.get(lang, lang)

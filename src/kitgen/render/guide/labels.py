"""The fixed words of a guide (headings, column names, hints) in French and English.

One table, so the PDF and the web page say exactly the same thing.  A language without an entry
falls back to English.
"""

from __future__ import annotations

from kitgen.model import Group, Kind, Level, SessionFormat

FALLBACK = "en"

LABELS: dict[str, dict[str, str]] = {
    "fr": {
        "guide": "Guide d’animation",
        "plan": "Plan de séance",
        "purpose": "Intention",
        "aims": "Objectifs",
        "aim_rational": "Ce que les participants sauront",
        "aim_experiential": "Ce qu’ils ressentiront",
        "audience": "Public",
        "group_size": "Taille du groupe",
        "duration": "Durée",
        "format": "Format",
        "schedule": "Horaire",
        "before": "Avant la séance",
        "materials": "Matériel",
        "room": "Installation de la salle",
        "preparation": "Préparation",
        "cards": "Cartes à sortir du jeu, dans l’ordre",
        "agenda": "Déroulé",
        "col_time": "Horaire",
        "col_minutes": "Min",
        "col_step": "Étape",
        "col_method": "Méthode",
        "total": "Total",
        "steps": "Étapes",
        "step": "Étape",
        "method": "Méthode",
        "instructions": "Consignes",
        "prompts": "Questions utilisées",
        "follow_ups": "Relances",
        "note": "Note pour l’animateur",
        "knowledge_base": "Base de connaissances",
        "no_prompt": "Pas de carte pour cette étape.",
        "debrief": "Questions de bilan",
        "variations": "Variantes",
        "risks": "Risques et parades",
        "col_risk": "Risque",
        "col_mitigation": "Parade",
        "actions": "Actions pour la prochaine séance",
        "actions_intro": "À remplir en fin de séance, à relire au début de la suivante.",
        "col_what": "Quoi",
        "col_who": "Qui",
        "col_when": "Pour quand",
        "session_date": "Date de la séance",
        "facilitator": "Animation",
        "next_session": "Prochaine séance",
        "review": "À revoir la prochaine fois",
        "about": "À propos de ce guide",
        "licence": "Licence",
        "version": "version",
        "plan_id": "Identifiant du plan",
        "plan_rebuild": "Pour le reconstruire : kitgen plan --id {id}",
        "sets": "Jeux de cartes",
        "page": "Page",
        "minutes": "{n} min",
        "people": "{n} personnes",
        "people_range": "{low} à {high} personnes",
        "sensitivity_medium": "Sensibilité moyenne : laissez chacun passer son tour et "
        "répondez vous-même en premier pour montrer le ton.",
        "sensitivity_high": "Sensibilité élevée : seulement une fois la confiance installée. "
        "Proposez de répondre par écrit ou de passer ; ce qui se dit ici reste ici.",
        "not_remote": "Cette question n’est pas prévue pour la distance : adaptez-la "
        "(sous-groupes, tableau partagé) ou remplacez-la.",
        "variation_remote": "À distance",
        "variation_short": "Version courte",
        "variation_long": "Version longue",
        "variation_hybrid": "Hybride",
        "variation_large-group": "Grand groupe",
        "break": "Pause",
        "tables": "Tables",
        "tables_auto": "une pour 4 ou 5 personnes : {low} pour {min} personnes, {high} pour {max}",
        "tables_auto_same": "{n}, de 4 ou 5 personnes",
        "centre": "Au centre",
        "chairs": "{n} chaises et une chaise vide",
        "written_fallback": "Par écrit",
    },
    "en": {
        "guide": "Facilitator guide",
        "plan": "Session plan",
        "purpose": "Purpose",
        "aims": "Aims",
        "aim_rational": "What people will know",
        "aim_experiential": "What people will feel",
        "audience": "Audience",
        "group_size": "Group size",
        "duration": "Duration",
        "format": "Format",
        "schedule": "Schedule",
        "before": "Before the session",
        "materials": "Materials",
        "room": "Room set-up",
        "preparation": "Preparation",
        "cards": "Cards to pull from the deck, in order",
        "agenda": "Agenda",
        "col_time": "Time",
        "col_minutes": "Min",
        "col_step": "Step",
        "col_method": "Method",
        "total": "Total",
        "steps": "Steps",
        "step": "Step",
        "method": "Method",
        "instructions": "Instructions",
        "prompts": "Prompts used",
        "follow_ups": "Follow-ups",
        "note": "Facilitator note",
        "knowledge_base": "Knowledge base",
        "no_prompt": "No card in this step.",
        "debrief": "Debrief questions",
        "variations": "Variations",
        "risks": "Risks and mitigations",
        "col_risk": "Risk",
        "col_mitigation": "Mitigation",
        "actions": "Actions for the next session",
        "actions_intro": "Fill in at the end of the session; read it back at the start of "
        "the next one.",
        "col_what": "What",
        "col_who": "Who",
        "col_when": "By when",
        "session_date": "Session date",
        "facilitator": "Facilitator",
        "next_session": "Next session",
        "review": "To review next time",
        "about": "About this guide",
        "licence": "Licence",
        "version": "version",
        "plan_id": "Plan id",
        "plan_rebuild": "To rebuild it: kitgen plan --id {id}",
        "sets": "Card sets",
        "page": "Page",
        "minutes": "{n} min",
        "people": "{n} people",
        "people_range": "{low} to {high} people",
        "sensitivity_medium": "Medium sensitivity: let people pass, and answer first yourself "
        "to set the tone.",
        "sensitivity_high": "High sensitivity: only once trust is built. Offer to answer in "
        "writing or to pass; what is said here stays here.",
        "not_remote": "This prompt is not meant for remote work: adapt it (breakout rooms, a "
        "shared board) or replace it.",
        "variation_remote": "Remote",
        "variation_short": "Short version",
        "variation_long": "Long version",
        "variation_hybrid": "Hybrid",
        "variation_large-group": "Large group",
        "break": "Break",
        "tables": "Tables",
        "tables_auto": "one for every 4 or 5 people: {low} for {min} people, {high} for {max}",
        "tables_auto_same": "{n}, of 4 or 5 people",
        "centre": "In the centre",
        "chairs": "{n} chairs and an empty one",
        "written_fallback": "In writing",
    },
}

ENUM_LABELS: dict[str, dict[str, str]] = {
    "fr": {
        Kind.OPENER: "Ouverture",
        Kind.QUESTION: "Question",
        Kind.PROVOCATION: "Provocation",
        Kind.SCENARIO: "Scénario",
        Kind.CLOSER: "Clôture",
        Level.OBJECTIVE: "Objectif (faits)",
        Level.REFLECTIVE: "Réflexif (ressenti)",
        Level.INTERPRETIVE: "Interprétatif (sens)",
        Level.DECISIONAL: "Décisionnel (suites)",
        Group.SOLO: "seul·e",
        Group.PAIRS: "en binômes",
        Group.SMALL_GROUPS: "en petits groupes",
        Group.PLENARY: "en plénière",
        SessionFormat.IN_PERSON: "En présentiel",
        SessionFormat.REMOTE: "À distance",
        SessionFormat.HYBRID: "Hybride",
    },
    "en": {
        Kind.OPENER: "Opener",
        Kind.QUESTION: "Question",
        Kind.PROVOCATION: "Provocation",
        Kind.SCENARIO: "Scenario",
        Kind.CLOSER: "Closer",
        Level.OBJECTIVE: "Objective (facts)",
        Level.REFLECTIVE: "Reflective (feelings)",
        Level.INTERPRETIVE: "Interpretive (meaning)",
        Level.DECISIONAL: "Decisional (next steps)",
        Group.SOLO: "alone",
        Group.PAIRS: "in pairs",
        Group.SMALL_GROUPS: "in small groups",
        Group.PLENARY: "whole group",
        SessionFormat.IN_PERSON: "In person",
        SessionFormat.REMOTE: "Remote",
        SessionFormat.HYBRID: "Hybrid",
    },
}


def label(lang: str, key: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang`` (English if the language has no table)."""
    table = LABELS.get(lang, LABELS[FALLBACK])
    text = table.get(key, LABELS[FALLBACK][key])
    return text.format(**values) if values else text


def enum_label(lang: str, value: Kind | Level | Group | SessionFormat) -> str:
    return ENUM_LABELS.get(lang, ENUM_LABELS[FALLBACK])[value]


def variation_label(lang: str, name: str) -> str:
    """A readable heading for a variation slug (``remote`` -> "Remote")."""
    table = LABELS.get(lang, LABELS[FALLBACK])
    known = table.get(f"variation_{name}")
    return known if known else name.replace("-", " ").capitalize()

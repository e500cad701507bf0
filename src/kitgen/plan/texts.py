"""The words of a composed session (titles, instructions, materials...) in French and English.

A planned session has no author, so its texts come from this table; they go through the same
guide builder (and typography) as a hand-written session.
"""

from __future__ import annotations

from kitgen.model import Level

LANGUAGES = ("fr", "en")

TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Séance de conversation de {minutes} min",
        "purpose": "Ouvrir une conversation structurée sur {themes} : partir des faits, "
        "accueillir les ressentis, chercher le sens, puis décider d’un premier pas.",
        "aim_rational": "Mettre en commun ce que chacun voit et comprend de {themes}.",
        "aim_experiential": "Repartir écouté, avec une action choisie ensemble.",
        "step_opener": "Accueil et ouverture",
        "step_closer": "Clôture",
        "step_break": "Pause",
        "level_objective": "Les faits",
        "level_reflective": "Les ressentis",
        "level_interpretive": "Le sens",
        "level_decisional": "Les décisions",
        "welcome": "Accueillez le groupe : l’intention de la séance en une phrase, l’heure de "
        "fin, et deux règles (chacun parle en son nom ; on peut passer son tour).",
        "pairs": "Formez des binômes{rooms}. Chacun répond à la carte pendant environ {half} "
        "min, puis on échange les rôles. Recueillez deux ou trois réponses en plénière.",
        "small-groups": "Formez des groupes d’environ {size} personnes{count}{rooms}. Chaque "
        "groupe lit la carte ; chacun répond une fois avant toute discussion. Un rapporteur "
        "partage une idée par groupe.",
        "count": ", soit {groups} groupes",
        "round": "Tour de parole : chacun répond en une ou deux phrases, sans discussion "
        "avant que tout le monde ait parlé. On peut passer son tour.",
        "plenary": "Posez la question à tout le groupe. Laissez les silences s’installer et "
        "notez les réponses au tableau, sans les commenter.",
        "1-2-4-all": "1-2-4-Tous : chacun réfléchit seul et en silence, puis à deux, puis à "
        "quatre{rooms} ; pour finir, chaque groupe de quatre partage une idée qui l’a frappé.",
        "silent-writing": "Chacun écrit sa réponse seul et en silence sur un post-it (ou dans "
        "le tableau partagé), puis les réponses sont lues à voix haute.",
        "break": "Annoncez l’heure de reprise et tenez-la.",
        "deepen": "Le temps prévu dépasse celui de la carte : servez-vous des relances pour "
        "approfondir.",
        "close": "Terminez à l’heure : remerciez, et notez les actions décidées sur la "
        "dernière page de ce guide.",
        "rooms": " (salles de sous-groupes)",
        "material_cards": "Les cartes de la séance, imprimées avec kitgen cards",
        "material_flipchart": "Un tableau de papier et des feutres",
        "material_notes": "Des post-it et un stylo par personne",
        "material_timer": "Une minuterie visible de tous",
        "material_call": "Une visioconférence avec des salles de sous-groupes",
        "material_board": "Un tableau blanc partagé",
        "material_deck": "Le jeu en ligne, ouvert sur la bonne carte à chaque étape",
        "room_circle": "Des chaises en cercle, sans tables, pour que chacun voie tout le monde.",
        "room_tables": "Des tables de quatre à six personnes, un tableau visible de toutes les "
        "tables.",
        "room_remote": "Caméras allumées si possible ; salles de sous-groupes préparées ; le "
        "lien du jeu en ligne prêt à coller dans le chat.",
        "prep_print": "Imprimez les cartes de la séance et rangez-les dans l’ordre des étapes.",
        "prep_read": "Lisez la note pour l’animateur de chaque carte.",
        "prep_rooms": "Préparez les salles de sous-groupes et testez-les.",
        "debrief_1": "Que s’est-il passé pendant cette séance ?",
        "debrief_2": "Qu’avez-vous ressenti ?",
        "debrief_3": "Qu’en concluez-vous ?",
        "debrief_4": "Que ferez-vous d’ici la prochaine fois ?",
        "variation_remote": "Binômes et groupes en salles de sous-groupes ; un tableau partagé "
        "remplace le tableau de papier. Vérifiez que chaque carte est marquée pour la distance.",
        "variation_in_person": "En salle, les salles de sous-groupes deviennent des tables ; "
        "gardez les mêmes durées.",
        "variation_short": "Version de {minutes} min : gardez l’ouverture, une carte par niveau "
        "et la clôture{dropped}, en revenant aux durées de chaque carte.",
        "dropped": " ; supprimez les étapes {steps}",
        "risk_airtime": "Une ou deux personnes monopolisent la parole.",
        "mitigation_airtime": "Annoncez des tours de parole minutés ; chacun répond une fois "
        "avant toute discussion.",
        "risk_jump": "Le groupe saute directement aux solutions.",
        "mitigation_jump": "Revenez aux faits et aux ressentis : les étapes sont dans cet ordre "
        "exprès.",
        "risk_sensitive": "Une question délicate met quelqu’un mal à l’aise.",
        "mitigation_sensitive": "Chacun peut passer son tour ; répondez d’abord vous-même ; ce "
        "qui se dit reste dans la salle.",
        "risk_silence": "Silence en visioconférence.",
        "mitigation_silence": "Appelez les personnes par leur prénom ; faites d’abord écrire "
        "dans le chat, puis lire à voix haute.",
        "and": " et ",
    },
    "en": {
        "title": "A {minutes}-minute conversation session",
        "purpose": "Open a structured conversation about {themes}: start from the facts, "
        "welcome the feelings, look for meaning, then decide on a first step.",
        "aim_rational": "Pool what each person sees and understands of {themes}.",
        "aim_experiential": "Leave feeling heard, with one action chosen together.",
        "step_opener": "Welcome and opening",
        "step_closer": "Closing",
        "step_break": "Break",
        "level_objective": "The facts",
        "level_reflective": "Feelings",
        "level_interpretive": "Meaning",
        "level_decisional": "Decisions",
        "welcome": "Welcome the group: the purpose of the session in one sentence, the end "
        "time, and two rules (speak for yourself; anyone may pass).",
        "pairs": "Form pairs{rooms}. Each person answers the card for about {half} min, then "
        "swap. Collect two or three answers in plenary.",
        "small-groups": "Form groups of about {size}{count}{rooms}. Each group reads the card; "
        "everyone answers once before any discussion. One reporter per group shares one idea.",
        "count": ", that is {groups} groups",
        "round": "Go round: each person answers in one or two sentences, with no discussion "
        "until everyone has spoken. Anyone may pass.",
        "plenary": "Ask the whole group. Let silences happen and note the answers on the "
        "flipchart without commenting on them.",
        "1-2-4-all": "1-2-4-All: everyone thinks alone in silence, then in pairs, then in "
        "fours{rooms}; finally each four shares one idea that stood out.",
        "silent-writing": "Everyone writes an answer alone and in silence on a sticky note (or "
        "on the shared board), then the answers are read aloud.",
        "break": "Announce the time you start again, and keep to it.",
        "deepen": "This step has more time than the card: use the follow-ups to go deeper.",
        "close": "Finish on time: thank people, and write the actions agreed on the last page "
        "of this guide.",
        "rooms": " (breakout rooms)",
        "material_cards": "The session's cards, printed with kitgen cards",
        "material_flipchart": "A flipchart and markers",
        "material_notes": "Sticky notes and a pen for everyone",
        "material_timer": "A timer everyone can see",
        "material_call": "A video call with breakout rooms",
        "material_board": "A shared whiteboard",
        "material_deck": "The online deck, opened on the right card at each step",
        "room_circle": "Chairs in a circle, no tables, so everyone sees everyone.",
        "room_tables": "Tables of four to six, a flipchart visible from every table.",
        "room_remote": "Cameras on if possible; breakout rooms prepared; the online deck's "
        "link ready to paste in the chat.",
        "prep_print": "Print the session's cards and stack them in the order of the steps.",
        "prep_read": "Read the facilitator note of every card.",
        "prep_rooms": "Set up the breakout rooms and test them.",
        "debrief_1": "What happened in this session?",
        "debrief_2": "How did you feel?",
        "debrief_3": "What do you conclude?",
        "debrief_4": "What will you do before next time?",
        "variation_remote": "Pairs and groups in breakout rooms; a shared whiteboard replaces "
        "the flipchart. Check that every card is marked as working remotely.",
        "variation_in_person": "In a room, breakout rooms become tables; keep the same timings.",
        "variation_short": "A {minutes}-minute version: keep the opening, one card per level "
        "and the closing{dropped}, going back to each card's own timing.",
        "dropped": "; drop steps {steps}",
        "risk_airtime": "One or two people take all the airtime.",
        "mitigation_airtime": "Announce timed turns; everyone answers once before any discussion.",
        "risk_jump": "The group jumps straight to solutions.",
        "mitigation_jump": "Go back to facts and feelings: the steps are in this order on purpose.",
        "risk_sensitive": "A delicate question makes someone uncomfortable.",
        "mitigation_sensitive": "Anyone may pass; answer first yourself; what is said here "
        "stays here.",
        "risk_silence": "Silence on the video call.",
        "mitigation_silence": "Call on people by name; have them write in the chat first, then "
        "read aloud.",
        "and": " and ",
    },
}


def text(lang: str, key: str, **values: object) -> str:
    return TEXTS[lang][key].format(**values) if values else TEXTS[lang][key]


def level_title(lang: str, level: Level) -> str:
    return TEXTS[lang][f"level_{level.value}"]


def join(lang: str, items: list[str]) -> str:
    """``a, b and c`` in ``lang``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + TEXTS[lang]["and"] + items[-1]

"""What each object and key of the prompt-set format means, in French and English.

The schema (generated from the model) gives the keys, types and constraints; these sentences
say what the keys are for.  A test checks that every key of the schema has its sentence in
every language, so adding a field to the model without documenting it fails the tests.
"""

from __future__ import annotations

#: Root object of the schema, named like the model class.
ROOT = "PromptSet"

OBJECTS: dict[str, dict[str, str]] = {
    "PromptSet": {
        "fr": "Le fichier d’un jeu de cartes : un thème, ses cartes et les séances qui les "
        "utilisent.",
        "en": "A prompt-set file: one theme, its cards and the sessions that use them.",
    },
    "Source": {
        "fr": "Un ouvrage ou un article publié dont le jeu s’inspire.",
        "en": "A published work or article the set draws on.",
    },
    "Category": {
        "fr": "Une famille de cartes, avec sa couleur sur les cartes imprimées.",
        "en": "A family of cards, with its colour on the printed cards.",
    },
    "Prompt": {
        "fr": "Une carte : une question principale et jusqu’à trois relances.",
        "en": "One card: a main question and up to three follow-ups.",
    },
    "Session": {
        "fr": "Une séance prête à l’emploi, qui devient un guide d’animation.",
        "en": "A ready-made session, which becomes a facilitator guide.",
    },
    "GroupSize": {
        "fr": "Le nombre de participants pour lequel la séance est prévue.",
        "en": "How many people the session is designed for.",
    },
    "Step": {
        "fr": "Un temps du déroulé, avec sa méthode et ses cartes.",
        "en": "One timed block of the agenda, with its method and its cards.",
    },
    "Phase": {
        "fr": "Un sous-temps d’une étape, par exemple sept minutes sur la première carte, puis "
        "le retour en plénière.",
        "en": "A sub-timing of a step, such as seven minutes on the first card, then the return "
        "to the whole group.",
    },
    "Variation": {
        "fr": "Une variante de la séance (à distance, version courte…).",
        "en": "A variant of the session (remote, short version…).",
    },
    "Risk": {
        "fr": "Ce qui peut mal tourner, et la parade.",
        "en": "What can go wrong, and how to handle it.",
    },
    "Aims": {
        "fr": "Ce que les participants doivent savoir et ressentir à la fin.",
        "en": "What participants should know and feel at the end.",
    },
}

KEYS: dict[str, dict[str, dict[str, str]]] = {
    "PromptSet": {
        "schema": {
            "fr": "Version du format ; toujours 1.",
            "en": "Format version; always 1.",
        },
        "id": {
            "fr": "Identifiant du jeu ; le fichier s’appelle prompts/<id>.yaml.",
            "en": "The set’s id; the file is named prompts/<id>.yaml.",
        },
        "version": {
            "fr": 'Version du contenu, entre guillemets ("1.0").',
            "en": 'Version of the content, quoted ("1.0").',
        },
        "languages": {
            "fr": "Langues du jeu ; la première est la langue par défaut.",
            "en": "Languages of the set; the first is the default.",
        },
        "title": {"fr": "Titre du jeu.", "en": "Title of the set."},
        "summary": {
            "fr": "Une ou deux phrases sur ce dont le jeu aide à parler.",
            "en": "One or two sentences on what the set helps people talk about.",
        },
        "theme": {
            "fr": "Thème de la base de connaissances (page docs/<langue>/themes/<theme>.md).",
            "en": "Knowledge-base theme (page docs/<lang>/themes/<theme>.md).",
        },
        "license": {
            "fr": "Licence du contenu, identifiant SPDX (CC-BY-SA-4.0).",
            "en": "Licence of the content, as an SPDX id (CC-BY-SA-4.0).",
        },
        "attribution": {
            "fr": "Qui a écrit le jeu, pour qui.",
            "en": "Who wrote the set, and for whom.",
        },
        "sources": {
            "fr": "Ouvrages et articles cités ; seulement des sources vérifiées.",
            "en": "Works and articles cited; verified sources only.",
        },
        "color": {
            "fr": "Couleur du jeu (#RRGGBB).",
            "en": "Colour of the deck (#RRGGBB).",
        },
        "categories": {
            "fr": "Les familles de cartes.",
            "en": "The families of cards.",
        },
        "prompts": {"fr": "Les cartes, dans l’ordre du jeu.", "en": "The cards, in deck order."},
        "sessions": {
            "fr": "Les séances prêtes à l’emploi.",
            "en": "The ready-made sessions.",
        },
    },
    "Source": {
        "title": {
            "fr": "Titre tel que publié (non traduit).",
            "en": "Title as published (not translated).",
        },
        "url": {
            "fr": "Adresse, seulement si elle existe réellement.",
            "en": "Address, only if it really exists.",
        },
        "year": {"fr": "Année de publication.", "en": "Year of publication."},
    },
    "Category": {
        "id": {
            "fr": "Identifiant, repris par la clé category des cartes.",
            "en": "Id, used by the cards’ category key.",
        },
        "label": {"fr": "Nom affiché sur les cartes.", "en": "Name printed on the cards."},
        "color": {
            "fr": "Couleur de la famille (#RRGGBB).",
            "en": "Colour of the family (#RRGGBB).",
        },
    },
    "Prompt": {
        "id": {
            "fr": "Identifiant de la carte, unique dans le jeu ; sert d’ancre sur le site.",
            "en": "Id of the card, unique in the set; its anchor on the site.",
        },
        "category": {
            "fr": "Famille de la carte (un id de categories).",
            "en": "Family of the card (an id from categories).",
        },
        "kind": {
            "fr": "Rôle dans la conversation : ouverture, question, provocation, scénario ou "
            "clôture.",
            "en": "Role in the conversation: opener, question, provocation, scenario or closer.",
        },
        "level": {
            "fr": "Niveau ORID : faits, ressenti, sens ou décisions.",
            "en": "ORID level: facts, feelings, meaning or decisions.",
        },
        "text": {
            "fr": "La question, 200 caractères au plus.",
            "en": "The question, at most 200 characters.",
        },
        "follow_ups": {
            "fr": "De zéro à trois relances, 110 caractères au plus chacune.",
            "en": "Zero to three follow-ups, at most 110 characters each.",
        },
        "minutes": {
            "fr": "Temps d’échange prévu, en minutes.",
            "en": "Time for the exchange, in minutes.",
        },
        "group": {
            "fr": "Comment on y répond : seul, en binômes, en petits groupes, en plénière.",
            "en": "How people answer: alone, in pairs, in small groups, as a whole group.",
        },
        "sensitivity": {
            "fr": "Délicatesse de la question : faible, moyenne ou élevée.",
            "en": "How delicate the question is: low, medium or high.",
        },
        "remote": {
            "fr": "La carte fonctionne-t-elle en visioconférence ?",
            "en": "Does the card work on a video call?",
        },
        "note": {
            "fr": "Conseil pour l’animateur ; jamais imprimé sur les cartes des participants.",
            "en": "Advice for the facilitator; never printed on participants’ cards.",
        },
        "see": {
            "fr": "Label d’une section de la page du thème, pour en savoir plus.",
            "en": "Label of a section of the theme page, for background.",
        },
    },
    "Session": {
        "id": {
            "fr": "Identifiant de la séance (breakfast-45, workshop-120…).",
            "en": "Id of the session (breakfast-45, workshop-120…).",
        },
        "title": {"fr": "Titre de la séance.", "en": "Title of the session."},
        "purpose": {"fr": "Intention de la séance.", "en": "Purpose of the session."},
        "minutes": {
            "fr": "Durée totale ; la somme des étapes doit y être égale.",
            "en": "Total length; the steps must add up to it.",
        },
        "group_size": {"fr": "Nombre de participants prévu.", "en": "Intended group size."},
        "format": {
            "fr": "En présentiel, à distance ou hybride.",
            "en": "In person, remote or hybrid.",
        },
        "materials": {"fr": "Matériel à prévoir.", "en": "Materials to bring."},
        "steps": {"fr": "Le déroulé, étape par étape.", "en": "The agenda, step by step."},
        "debrief": {"fr": "Questions de bilan.", "en": "Debrief questions."},
        "variations": {"fr": "Variantes de la séance.", "en": "Variants of the session."},
        "risks": {"fr": "Risques et parades.", "en": "Risks and mitigations."},
        "audience": {"fr": "Pour qui la séance est pensée.", "en": "Who the session is for."},
        "aims": {
            "fr": "Objectifs rationnel et vécu.",
            "en": "Rational and experiential aims.",
        },
        "preparation": {"fr": "Ce qu’il faut préparer.", "en": "What to prepare beforehand."},
        "room": {"fr": "Installation de la salle.", "en": "Room set-up."},
    },
    "GroupSize": {
        "min": {"fr": "Au moins.", "en": "At least."},
        "max": {"fr": "Au plus.", "en": "At most."},
    },
    "Step": {
        "title": {"fr": "Titre de l’étape.", "en": "Title of the step."},
        "minutes": {"fr": "Durée de l’étape.", "en": "Length of the step."},
        "method": {
            "fr": "Méthode de travail (plenary, pairs, 1-2-4-all, world-cafe…) ; break pour "
            "une pause.",
            "en": "Way of working (plenary, pairs, 1-2-4-all, world-cafe…); break for a break.",
        },
        "prompts": {
            "fr": "Les cartes utilisées, par leur id, dans l’ordre ; aucune pour une pause.",
            "en": "The cards used, by id, in order; none for a break.",
        },
        "instructions": {
            "fr": "Consignes pour l’animateur ; obligatoires, sauf pour une pause.",
            "en": "Instructions for the facilitator; required except for a break.",
        },
        "phases": {
            "fr": "Sous-temps de l’étape, dans l’ordre ; leur total fait la durée de l’étape. "
            "Sans eux, le guide imprime ceux de la méthode.",
            "en": "Sub-timings of the step, in order; they add up to its minutes. Without them, "
            "the guide prints the method’s own.",
        },
        "tables": {
            "fr": "Nombre de tables d’un World Café (4 ou 5 personnes par table) ; sans lui, le "
            "guide les calcule d’après le groupe.",
            "en": "How many tables a World Café uses (4 or 5 people a table); without it, the "
            "guide works them out from the group.",
        },
        "chairs": {
            "fr": "Chaises au centre d’un bocal, sans compter la chaise vide (3 ou 4).",
            "en": "Chairs in the centre of a fishbowl, not counting the empty one (3 or 4).",
        },
        "written_fallback": {
            "fr": "Comment répondre par écrit quand un tour de table est trop court pour "
            "toutes les voix (un Post-it, par exemple).",
            "en": "How people answer in writing when a round is too short for every voice "
            "(a sticky note, for instance).",
        },
    },
    "Phase": {
        "label": {"fr": "Ce qui se fait pendant ce sous-temps.", "en": "What happens in it."},
        "minutes": {"fr": "Sa durée.", "en": "How long it lasts."},
        "return": {
            "fr": "true pour le retour au groupe entier (bilan, tour de table) qu’il annonce.",
            "en": "true for the return to the whole group (a debrief, a round) it announces.",
        },
    },
    "Variation": {
        "name": {
            "fr": "Nom court non traduit (remote, short…).",
            "en": "Short untranslated name (remote, short…).",
        },
        "description": {"fr": "Ce qui change.", "en": "What changes."},
    },
    "Risk": {
        "risk": {"fr": "Le risque.", "en": "The risk."},
        "mitigation": {"fr": "La parade.", "en": "How to handle it."},
    },
    "Aims": {
        "rational": {
            "fr": "Ce que les participants sauront.",
            "en": "What participants will know.",
        },
        "experiential": {
            "fr": "Ce qu’ils auront ressenti.",
            "en": "What they will have felt.",
        },
    },
}


def object_text(name: str, lang: str) -> str:
    return OBJECTS.get(name, {}).get(lang, "")


def key_text(obj: str, key: str, lang: str) -> str | None:
    """The sentence for ``key`` of ``obj``; ``None`` if it is missing (a test catches that)."""
    return KEYS.get(obj, {}).get(key, {}).get(lang)

"""What each object and key of the prompt-set format means, in the page's language.

The schema (generated from the model) gives the keys, types and constraints; these sentences
say what the keys are for.  They are messages of the ``output`` catalogue, marked here with
``output_msgid`` and translated when a page is written.  A test checks that every key of the
schema has its sentence, so adding a field to the model without documenting it fails the tests.
"""

from __future__ import annotations

from kitgen.i18n import output_msgid, output_text

#: Root object of the schema, named like the model class.
ROOT = "PromptSet"

OBJECTS: dict[str, str] = {
    "PromptSet": output_msgid(
        "A prompt-set file: one theme, its cards and the sessions that use them."
    ),
    "Source": output_msgid("A published work or article the set draws on."),
    "Category": output_msgid("A family of cards, with its colour on the printed cards."),
    "Prompt": output_msgid("One card: a main question and up to three follow-ups."),
    "Session": output_msgid("A ready-made session, which becomes a facilitator guide."),
    "GroupSize": output_msgid("How many people the session is designed for."),
    "Step": output_msgid("One timed block of the agenda, with its method and its cards."),
    "Phase": output_msgid(
        "A sub-timing of a step, such as seven minutes on the first card, then "
        "the return to the whole group."
    ),
    "Variation": output_msgid("A variant of the session (remote, short version…)."),
    "Risk": output_msgid("What can go wrong, and how to handle it."),
    "Aims": output_msgid("What participants should know and feel at the end."),
}

KEYS: dict[str, dict[str, str]] = {
    "PromptSet": {
        "schema": output_msgid("Format version; always 1."),
        "id": output_msgid("The set’s id; the file is named prompts/<id>.yaml."),
        "version": output_msgid('Version of the content, quoted ("1.0").'),
        "languages": output_msgid("Languages of the set; the first is the default."),
        "title": output_msgid("Title of the set."),
        "summary": output_msgid("One or two sentences on what the set helps people talk about."),
        "theme": output_msgid("Knowledge-base theme (page docs/<lang>/themes/<theme>.md)."),
        "license": output_msgid("Licence of the content, as an SPDX id (CC-BY-SA-4.0)."),
        "attribution": output_msgid("Who wrote the set, and for whom."),
        "sources": output_msgid("Works and articles cited; verified sources only."),
        "color": output_msgid("Colour of the deck (#RRGGBB)."),
        "categories": output_msgid("The families of cards."),
        "prompts": output_msgid("The cards, in deck order."),
        "sessions": output_msgid("The ready-made sessions."),
    },
    "Source": {
        "title": output_msgid("Title as published (not translated)."),
        "url": output_msgid("Address, only if it really exists."),
        "year": output_msgid("Year of publication."),
    },
    "Category": {
        "id": output_msgid("Id, used by the cards’ category key."),
        "label": output_msgid("Name printed on the cards."),
        "color": output_msgid("Colour of the family (#RRGGBB)."),
    },
    "Prompt": {
        "id": output_msgid("Id of the card, unique in the set; its anchor on the site."),
        "category": output_msgid("Family of the card (an id from categories)."),
        "kind": output_msgid(
            "Role in the conversation: opener, question, provocation, scenario or closer."
        ),
        "level": output_msgid("ORID level: facts, feelings, meaning or decisions."),
        "text": output_msgid("The question, at most 200 characters."),
        "follow_ups": output_msgid("Zero to three follow-ups, at most 110 characters each."),
        "minutes": output_msgid("Time for the exchange, in minutes."),
        "group": output_msgid(
            "How people answer: alone, in pairs, in small groups, as a whole group."
        ),
        "sensitivity": output_msgid("How delicate the question is: low, medium or high."),
        "remote": output_msgid("Does the card work on a video call?"),
        "note": output_msgid("Advice for the facilitator; never printed on participants’ cards."),
        "see": output_msgid("Label of a section of the theme page, for background."),
    },
    "Session": {
        "id": output_msgid("Id of the session (breakfast-45, workshop-120…)."),
        "title": output_msgid("Title of the session."),
        "purpose": output_msgid("Purpose of the session."),
        "minutes": output_msgid("Total length; the steps must add up to it."),
        "group_size": output_msgid("Intended group size."),
        "format": output_msgid("In person, remote or hybrid."),
        "materials": output_msgid("Materials to bring."),
        "steps": output_msgid("The agenda, step by step."),
        "debrief": output_msgid("Debrief questions."),
        "variations": output_msgid("Variants of the session."),
        "risks": output_msgid("Risks and mitigations."),
        "audience": output_msgid("Who the session is for."),
        "aims": output_msgid("Rational and experiential aims."),
        "preparation": output_msgid("What to prepare beforehand."),
        "room": output_msgid("Room set-up."),
    },
    "GroupSize": {
        "min": output_msgid("At least."),
        "max": output_msgid("At most."),
    },
    "Step": {
        "title": output_msgid("Title of the step."),
        "minutes": output_msgid("Length of the step."),
        "method": output_msgid(
            "Way of working (plenary, pairs, 1-2-4-all, world-cafe…); break for a break."
        ),
        "prompts": output_msgid("The cards used, by id, in order; none for a break."),
        "instructions": output_msgid(
            "Instructions for the facilitator; required except for a break."
        ),
        "phases": output_msgid(
            "Sub-timings of the step, in order; they add up to its minutes. Without"
            " them, the guide prints the method’s own."
        ),
        "tables": output_msgid(
            "How many tables a World Café uses (4 or 5 people a table); without it,"
            " the guide works them out from the group."
        ),
        "chairs": output_msgid(
            "Chairs in the centre of a fishbowl, not counting the empty one (3 or 4)."
        ),
        "written_fallback": output_msgid(
            "How people answer in writing when a round is too short for every voice"
            " (a sticky note, for instance)."
        ),
    },
    "Phase": {
        "label": output_msgid("What happens in it."),
        "minutes": output_msgid("How long it lasts."),
        "return": output_msgid(
            "true for the return to the whole group (a debrief, a round) it announces."
        ),
    },
    "Variation": {
        "name": output_msgid("Short untranslated name (remote, short…)."),
        "description": output_msgid("What changes."),
    },
    "Risk": {
        "risk": output_msgid("The risk."),
        "mitigation": output_msgid("How to handle it."),
    },
    "Aims": {
        "rational": output_msgid("What participants will know."),
        "experiential": output_msgid("What they will have felt."),
    },
}


def object_text(name: str, lang: str) -> str:
    """What the object ``name`` is, in ``lang``."""
    msgid = OBJECTS.get(name)
    return output_text(lang, msgid) if msgid else ""


def key_text(obj: str, key: str, lang: str) -> str | None:
    """The sentence for ``key`` of ``obj``; ``None`` if it is missing (a test catches that)."""
    msgid = KEYS.get(obj, {}).get(key)
    return output_text(lang, msgid) if msgid else None

"""The words for the model's values (kinds, levels, groups, formats, methods) in a language.

One place for every output: a card, a guide, the online deck and the site name a kind or a
method with the same word.  The words themselves live in the ``output`` catalogue
(:mod:`kitgen.i18n`); this module only says which message names which value.
"""

from __future__ import annotations

from kitgen.i18n import output_ptext, output_text
from kitgen.model import Group, Kind, Level, SessionFormat


def kind_label(lang: str, kind: Kind) -> str:
    """ "Opener", "Scenario"...: the role of a card."""
    match kind:
        case Kind.OPENER:
            return output_text(lang, "Opener")
        case Kind.QUESTION:
            return output_text(lang, "Question")
        case Kind.PROVOCATION:
            return output_text(lang, "Provocation")
        case Kind.SCENARIO:
            return output_text(lang, "Scenario")
        case Kind.CLOSER:
            return output_text(lang, "Closer")


def level_label(lang: str, level: Level) -> str:
    """The ORID level with what it is about: "Objective (facts)"."""
    match level:
        case Level.OBJECTIVE:
            return output_text(lang, "Objective (facts)")
        case Level.REFLECTIVE:
            return output_text(lang, "Reflective (feelings)")
        case Level.INTERPRETIVE:
            return output_text(lang, "Interpretive (meaning)")
        case Level.DECISIONAL:
            return output_text(lang, "Decisional (next steps)")


def level_name(lang: str, level: Level) -> str:
    """The ORID level alone, for a filter or a badge: "Objective"."""
    match level:
        case Level.OBJECTIVE:
            return output_text(lang, "Objective")
        case Level.REFLECTIVE:
            return output_text(lang, "Reflective")
        case Level.INTERPRETIVE:
            return output_text(lang, "Interpretive")
        case Level.DECISIONAL:
            return output_text(lang, "Decisional")


def group_label(lang: str, group: Group) -> str:
    """How people work on a card, inside a sentence: "in pairs"."""
    match group:
        case Group.SOLO:
            return output_text(lang, "alone")
        case Group.PAIRS:
            return output_text(lang, "in pairs")
        case Group.SMALL_GROUPS:
            return output_text(lang, "in small groups")
        case Group.PLENARY:
            return output_text(lang, "whole group")


def group_name(lang: str, group: Group) -> str:
    """How people work on a card, on its own (a badge of the online deck): "In pairs"."""
    match group:
        case Group.SOLO:
            return output_ptext(lang, "way of working", "On your own")
        case Group.PAIRS:
            return output_ptext(lang, "way of working", "In pairs")
        case Group.SMALL_GROUPS:
            return output_ptext(lang, "way of working", "Small groups")
        case Group.PLENARY:
            return output_ptext(lang, "way of working", "Whole group")


def format_label(lang: str, session_format: SessionFormat) -> str:
    """Where a session happens: "In person", "Remote", "Hybrid"."""
    match session_format:
        case SessionFormat.IN_PERSON:
            return output_text(lang, "In person")
        case SessionFormat.REMOTE:
            return output_text(lang, "Remote")
        case SessionFormat.HYBRID:
            return output_text(lang, "Hybrid")


def method_label(lang: str, slug: str) -> str | None:
    """The name of a group method (``None`` for a slug kitgen does not know)."""
    match slug:
        case "plenary":
            return output_text(lang, "Whole group")
        case "solo":
            return output_text(lang, "Alone")
        case "pairs":
            return output_text(lang, "In pairs")
        case "trios":
            return output_text(lang, "In threes")
        case "small-groups":
            return output_text(lang, "In small groups")
        case "1-2-4-all":
            return output_text(lang, "1-2-4-All")
        case "world-cafe":
            return output_text(lang, "World Café")
        case "round":
            return output_text(lang, "Round")
        case "fishbowl":
            return output_text(lang, "Fishbowl")
        case "silent-writing":
            return output_text(lang, "Silent writing")
        case "dot-voting":
            return output_text(lang, "Dot voting")
        case "presentation":
            return output_text(lang, "Facilitator input")
        case "break":
            return output_text(lang, "Break")
    return None


def phase_label(lang: str, method: str, phase: str) -> str:
    """The name of one sub-timing of a method (``Method.phases``): "alone", "inner circle"."""
    match (method, phase):
        case ("1-2-4-all", "alone"):
            return output_text(lang, "alone")
        case ("1-2-4-all", "pairs"):
            return output_ptext(lang, "1-2-4-All phase", "in pairs")
        case ("1-2-4-all", "fours"):
            return output_text(lang, "in fours")
        case ("1-2-4-all", "all"):
            return output_ptext(lang, "1-2-4-All phase", "whole group")
        case ("world-cafe", "first-round"):
            return output_text(lang, "first round")
        case ("world-cafe", "second-round"):
            return output_text(lang, "second round, tables mixed")
        case ("world-cafe", "harvest"):
            return output_text(lang, "harvest in plenary")
        case ("fishbowl", "inner"):
            return output_text(lang, "inner circle")
        case ("fishbowl", "outer"):
            return output_text(lang, "outer circle joins")
    return phase.replace("-", " ")


def variation_label(lang: str, name: str) -> str:
    """A heading for a session variation: a known name, else the slug made readable."""
    match name:
        case "remote":
            return output_text(lang, "Remote")
        case "short":
            return output_text(lang, "Short version")
        case "long":
            return output_text(lang, "Long version")
        case "hybrid":
            return output_text(lang, "Hybrid")
        case "large-group":
            return output_text(lang, "Large group")
    return name.replace("-", " ").capitalize()


def paper_label(lang: str, paper: str) -> str:
    """A paper size of the downloads: "A4", "US Letter"."""
    if paper == "letter":
        return output_text(lang, "US Letter")
    return output_text(lang, "A4") if paper == "a4" else paper


def layout_label(lang: str, layout: str) -> str:
    """A print layout of the downloads: "double-sided", "fold"."""
    if layout == "duplex-long":
        return output_text(lang, "double-sided")
    return output_text(lang, "fold") if layout == "fold" else layout

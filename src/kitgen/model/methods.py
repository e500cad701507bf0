"""The group methods a session step may name, with their timing structure.

``method`` is a slug in the YAML (not translated); the guide and the planner look it up here to
print sub-timings and to scale a step to the group size.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: Method slug of a break: a step of its own, with no prompts; not a way of working, so it is
#: not in ``METHODS``.
BREAK = "break"

#: People at a World Café table.
TABLE_SIZE = (4, 5)
#: Chairs in the centre of a fishbowl, the empty one not counted; the second is the number a
#: guide assumes when a step does not say.
CHAIRS = (3, 4)


def tables_for(people: int) -> int:
    """World Café tables for ``people``: as few as keep every table to five at most."""
    return max(1, math.ceil(people / TABLE_SIZE[1]))


@dataclass(frozen=True)
class Method:
    slug: str
    label: dict[str, str]
    #: Sub-timings as (label per language, share of the step's minutes).
    phases: tuple[tuple[dict[str, str], float], ...] = ()
    #: Smallest group the method makes sense for.
    min_group: int = 1
    #: Minutes the method needs at least.
    min_minutes: int = 1
    #: Most people who hear an answer (1 alone, 2 in pairs...); ``None`` for the whole group or
    #: tables of four or more.
    circle: int | None = None


def _l(fr: str, en: str) -> dict[str, str]:
    return {"fr": fr, "en": en}


METHODS: dict[str, Method] = {
    m.slug: m
    for m in (
        Method("plenary", _l("En plénière", "Whole group")),
        Method("solo", _l("Seul·e", "Alone"), circle=1),
        Method("pairs", _l("En binômes", "In pairs"), min_group=2, circle=2),
        Method("trios", _l("En trios", "In threes"), min_group=3, circle=3),
        Method("small-groups", _l("En petits groupes", "In small groups"), min_group=4),
        Method(
            "1-2-4-all",
            _l("1-2-4-Tous", "1-2-4-All"),
            phases=(
                (_l("seul·e", "alone"), 1 / 12),
                (_l("à deux", "in pairs"), 2 / 12),
                (_l("à quatre", "in fours"), 4 / 12),
                (_l("tous ensemble", "whole group"), 5 / 12),
            ),
            min_group=4,
            min_minutes=8,
        ),
        Method(
            "world-cafe",
            _l("World Café", "World Café"),
            phases=(
                (_l("premier tour de table", "first round"), 0.4),
                (_l("deuxième tour, tables mélangées", "second round, tables mixed"), 0.4),
                (_l("récolte en plénière", "harvest in plenary"), 0.2),
            ),
            min_group=8,
            min_minutes=30,
        ),
        Method("round", _l("Tour de table", "Round"), min_group=2),
        Method(
            "fishbowl",
            _l("Bocal (fishbowl)", "Fishbowl"),
            phases=(
                (_l("cercle intérieur", "inner circle"), 0.7),
                (_l("ouverture au cercle extérieur", "outer circle joins"), 0.3),
            ),
            min_group=8,
            min_minutes=15,
        ),
        Method("silent-writing", _l("Écriture silencieuse", "Silent writing"), circle=1),
        Method("dot-voting", _l("Vote par gommettes", "Dot voting"), min_group=3),
        Method("presentation", _l("Apport de l'animateur", "Facilitator input")),
    )
}

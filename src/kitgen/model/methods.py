"""The group methods a session step may name, with their timing structure.

``method`` is a slug in the YAML (not translated); the guide and the planner look it up here to
print sub-timings and to scale a step to the group size.  The methods' names and the names of
their phases are words of the outputs (:func:`kitgen.render.words.method_label`).
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
    #: Sub-timings as (phase slug, share of the step's minutes); ``words.phase_label`` names them.
    phases: tuple[tuple[str, float], ...] = ()
    #: Smallest group the method makes sense for.
    min_group: int = 1
    #: Minutes the method needs at least.
    min_minutes: int = 1
    #: Most people who hear an answer (1 alone, 2 in pairs...); ``None`` for the whole group or
    #: tables of four or more.
    circle: int | None = None


METHODS: dict[str, Method] = {
    m.slug: m
    for m in (
        Method("plenary"),
        Method("solo", circle=1),
        Method("pairs", min_group=2, circle=2),
        Method("trios", min_group=3, circle=3),
        Method("small-groups", min_group=4),
        Method(
            "1-2-4-all",
            phases=(("alone", 1 / 12), ("pairs", 2 / 12), ("fours", 4 / 12), ("all", 5 / 12)),
            min_group=4,
            min_minutes=8,
        ),
        Method(
            "world-cafe",
            phases=(("first-round", 0.4), ("second-round", 0.4), ("harvest", 0.2)),
            min_group=8,
            min_minutes=30,
        ),
        Method("round", min_group=2),
        Method("fishbowl", phases=(("inner", 0.7), ("outer", 0.3)), min_group=8, min_minutes=15),
        Method("silent-writing", circle=1),
        Method("dot-voting", min_group=3),
        Method("presentation"),
    )
}

"""Which method a prompt is worked with for a given group size, and how long it may take."""

from __future__ import annotations

import math

from kitgen.model import Group, Kind, Level, Prompt, Sensitivity
from kitgen.model.methods import METHODS

#: Minutes of welcome added to the opening step.
WELCOME = 3
#: Group size assumed to choose methods when none is given, and the range printed then.
ASSUMED_SIZE = 12
UNKNOWN_RANGE = (4, 20)
#: Smallest useful length of a method's step, beyond the method's own minimum.
METHOD_FLOOR = {"1-2-4-all": 10}


def choose_method(prompt: Prompt, size: int) -> str:
    """How a prompt is worked on by a group of ``size`` people."""
    group = prompt.group
    if group is Group.SOLO:
        return "silent-writing"
    if prompt.sensitivity is Sensitivity.HIGH:
        return "pairs"  # a frank answer to a delicate card is for one listener, not a table
    if size <= 3:
        return "pairs" if group is Group.PAIRS else "round"
    if group is Group.PAIRS:
        return "pairs"
    if group is Group.SMALL_GROUPS:
        if size <= 6:
            return "round"  # the whole group is one small group
        if size >= 8 and prompt.level is Level.INTERPRETIVE:
            return "1-2-4-all"
        return "small-groups"
    if size > 24:
        return "1-2-4-all"  # too many voices for one circle
    if size <= 12 and prompt.kind in (Kind.OPENER, Kind.CLOSER):
        return "round"
    return "plenary"


def step_span(role: str, prompt: Prompt, method: str, size: int) -> tuple[int, int]:
    """The fewest and most minutes a step may take for ``prompt`` worked on with ``method``."""
    lo = max(prompt.minutes, METHODS[method].min_minutes, METHOD_FLOOR.get(method, 0))
    if method == "round":
        lo = max(lo, math.ceil(size / 2))  # half a minute per person at least
    if role == "opener":
        return lo + WELCOME, lo + WELCOME + max(lo, 4)
    return lo, 2 * lo

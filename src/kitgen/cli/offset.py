"""``--back-offset X,Y``: two millimetre values, decimals with a point, never misread.

The calibration sheet is read in millimetres and French writes "−1,5 mm".  ``-1,5`` typed as
is would otherwise be taken as X = −1, Y = 5 without a word.  The documented form stays
``X,Y`` with decimal points; a value that a decimal comma makes ambiguous is refused with
the exact text to type instead.
"""

from __future__ import annotations

import math
import re

from kitgen.i18n import cli_text
from kitgen.wording import decimal_sign, quoted

#: A whole number, signed or not, as the first value; unsigned digits as the second.
_WHOLE = re.compile(r"[+-]?\d+")
_DIGITS = re.compile(r"\d+")
#: Largest offset a misaligned printer plausibly needs.
LIMIT_MM = 20.0

EXAMPLE = "--back-offset=-1.5,0.5"


def _number(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value


def _decimal_comma_readings(parts: list[str]) -> list[str]:
    """The ``X,Y`` texts ``parts`` spell when some commas are decimal commas."""
    readings = []
    for cut in range(1, len(parts)):
        left, right = parts[:cut], parts[cut:]
        sides = []
        for side in (left, right):
            if len(side) == 1:
                sides.append(side[0])
            elif len(side) == 2 and _WHOLE.fullmatch(side[0]) and _DIGITS.fullmatch(side[1]):
                sides.append(f"{side[0]}.{side[1]}")
        if len(sides) == 2 and all(_number(s) is not None for s in sides):
            readings.append(",".join(sides))
    return readings[::-1]  # the reading with the decimal comma first


def parse_back_offset(value: str) -> tuple[float, float]:
    """``(x, y)`` in millimetres, or ``ValueError`` with a message saying what to type."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 2:
        readings = [r for r in _decimal_comma_readings(parts) if _plausible(r)]
        if readings:
            raise ValueError(
                cli_text(
                    "{value} has decimal commas; write decimals with a point: {typed}",
                    value=quoted(value),
                    typed=_typed(readings),
                )
            )
        raise ValueError(_how_to_write())
    numbers = [_number(p) for p in parts]
    if len(parts) != 2 or None in numbers:
        raise ValueError(_how_to_write())
    x, y = (n for n in numbers if n is not None)
    if not (math.isfinite(x) and math.isfinite(y)):
        raise ValueError(
            cli_text(
                "{value} is not a distance; write two numbers of millimetres, e.g. {example}",
                value=quoted(value),
                example=EXAMPLE,
            )
        )
    whole, digits = parts
    if _WHOLE.fullmatch(whole) and _DIGITS.fullmatch(digits) and int(digits) != 0:
        readings = [r for r in (f"{whole}.{digits},0", f"{whole}.0,{digits}") if _plausible(r)]
        raise ValueError(
            cli_text(
                "{value} is ambiguous: X = {x} mm and Y = {y} mm, or {decimal} mm with a decimal "
                "comma? Write decimals with a point and give both values: {typed}",
                value=quoted(value),
                x=whole,
                y=digits,
                decimal=whole + decimal_sign() + digits,
                typed=_typed(readings),
            )
        )
    if not _plausible(value):
        raise ValueError(
            cli_text("an offset over {limit} mm is not a printer misalignment", limit=int(LIMIT_MM))
        )
    return (x, y)


def _typed(readings: list[str]) -> str:
    """The values to type instead, as options: ``--back-offset=-1.5,0 or ...``."""
    return cli_text(" or ").join(f"--back-offset={r}" for r in readings)


def _how_to_write() -> str:
    return cli_text(
        "write X,Y in millimetres, decimals with a point, e.g. {example}", example=EXAMPLE
    )


def _plausible(pair: str) -> bool:
    """Whether both values of an ``X,Y`` text are offsets a printer can need."""
    return all(abs(float(v)) <= LIMIT_MM for v in pair.split(","))

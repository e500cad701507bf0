"""The kit's brand as the renderers use it: a name, a logo ready to draw, a colour.

Client work carries the client's brand: name and logo on the card backs, in the guide's header
and as the site's logo; the brand colour wherever a set has no colour of its own.  The command
or the build reads ``kitgen.toml`` (and the logo file) once and hands renderers a
:class:`BrandMark`; renderers never read the settings themselves.
"""

from __future__ import annotations

import base64
import struct
from dataclasses import dataclass

from kitgen.config import Brand
from kitgen.model import PromptSet

#: A set's colour when neither the set nor the kit's brand gives one (the online deck's accent).
DEFAULT_COLOUR = "#1f5f7a"
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class BrandMark:
    name: str | None = None
    #: The logo as SVG text (a PNG logo is embedded in an SVG), for Typst; ``None``: no logo.
    logo_svg: str | None = None
    #: ``#rrggbb``, used where a set has no colour.
    colour: str | None = None

    @classmethod
    def from_brand(cls, brand: Brand) -> BrandMark:
        """The brand of ``kitgen.toml``, its logo file read once."""
        logo = None
        if brand.logo is not None:
            data = brand.logo.read_bytes()
            logo = png_as_svg(data) if data.startswith(_PNG_SIGNATURE) else data.decode("utf-8")
        return cls(name=brand.name, logo_svg=logo, colour=brand.colour)


def png_as_svg(png: bytes) -> str:
    """A PNG wrapped in an SVG of the same size (Typst takes both from text the same way)."""
    if not png.startswith(_PNG_SIGNATURE) or png[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", png[16:24])
    encoded = base64.b64encode(png).decode("ascii")
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
        f'<image width="{width}" height="{height}" xlink:href="data:image/png;base64,{encoded}"/>'
        "</svg>"
    )


def set_colour(prompt_set: PromptSet, brand_colour: str | None) -> str:
    """The set's own colour, else the brand's, else kitgen's default."""
    return prompt_set.color or brand_colour or DEFAULT_COLOUR

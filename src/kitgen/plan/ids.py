"""Plan ids: a short code holding a plan's request, its seed and a hash of the prompts it read.

The id is base32 (lowercase, no padding) of a few bytes: a format version, the minutes, the
group size, the format, the language, the seed, two bytes per theme asked for, four bytes of
a content hash, and one check byte that catches typing mistakes.  Decoding gives back the
request; the content hash tells whether the prompts have changed since the id was made.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

from kitgen.i18n import cli_text
from kitgen.model import PromptSet, SessionFormat

ID_VERSION = 1
FORMATS = (SessionFormat.IN_PERSON, SessionFormat.REMOTE, SessionFormat.HYBRID)
HASH_BYTES = 4


class PlanIdError(ValueError):
    """The text is not a plan id (mistyped, cut, or from another kitgen)."""


@dataclass(frozen=True)
class PlanRequest:
    """What was asked for: everything needed to compose the same plan again."""

    minutes: int
    group_size: int | None
    format: SessionFormat
    #: Themes asked for, sorted; empty for every theme.
    themes: tuple[str, ...]
    lang: str
    seed: int


@dataclass(frozen=True)
class DecodedId:
    minutes: int
    group_size: int | None
    format: SessionFormat
    #: Two-byte tokens of the themes asked for (see :func:`theme_token`).
    theme_tokens: tuple[bytes, ...]
    lang: str
    seed: int
    content_hash: bytes


def theme_token(theme: str) -> bytes:
    return hashlib.sha256(theme.encode("utf-8")).digest()[:2]


def content_hash(sets: Iterable[PromptSet]) -> bytes:
    """A hash of what the planner reads in ``sets``: ids, kinds, levels, timings, fits.

    Texts are left out on purpose: fixing a typo in a prompt keeps every plan id valid, while
    adding, removing or retiming a prompt (which changes the plans) does not.
    """
    summary = [
        {
            "set": s.id,
            "theme": s.theme,
            "languages": sorted(s.languages),
            "prompts": sorted(
                [
                    p.id,
                    p.category,
                    p.kind.value,
                    p.level.value,
                    p.minutes,
                    p.group.value,
                    p.sensitivity.value,
                    p.remote,
                ]
                for p in s.prompts
            ),
        }
        for s in sorted(sets, key=lambda s: s.id)
    ]
    raw = json.dumps(summary, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(raw).digest()[:HASH_BYTES]


def _varint(value: int) -> bytes:
    out = bytearray()
    while True:
        byte, value = value & 0x7F, value >> 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.pos = data, 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise PlanIdError(cli_text("it is too short"))
        self.pos += 1
        return self.data[self.pos - 1]

    def bytes(self, n: int) -> bytes:
        if self.pos + n > len(self.data):
            raise PlanIdError(cli_text("it is too short"))
        self.pos += n
        return self.data[self.pos - n : self.pos]

    def varint(self) -> int:
        value = shift = 0
        while True:
            byte = self.byte()
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return value
            shift += 7
            if shift > 63:
                raise PlanIdError(cli_text("a number in it is too long"))


def encode(request: PlanRequest, digest: bytes) -> str:
    if len(request.lang) != 2 or not request.lang.isascii() or not request.lang.isalpha():
        raise ValueError(f"language {request.lang!r} is not a two-letter code")
    if len(request.themes) > 63:
        raise ValueError("a plan id holds at most 63 themes")
    lang = (ord(request.lang[0]) - 97) * 26 + (ord(request.lang[1]) - 97)
    payload = bytearray([ID_VERSION])
    payload += _varint(request.minutes)
    payload += _varint(request.group_size or 0)
    payload.append(FORMATS.index(request.format) | len(request.themes) << 2)
    payload += _varint(lang)
    payload += _varint(request.seed)
    for theme in request.themes:
        payload += theme_token(theme)
    payload += digest
    payload.append(zlib.crc32(payload) & 0xFF)
    return base64.b32encode(bytes(payload)).decode("ascii").rstrip("=").lower()


def decode(plan_id: str) -> DecodedId:
    """The request inside ``plan_id``; :class:`PlanIdError` if it is not a valid id."""
    cleaned = "".join(plan_id.split()).replace("-", "").upper()
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raise PlanIdError(cli_text("it has characters a plan id never has")) from None
    if len(raw) < 2 or zlib.crc32(raw[:-1]) & 0xFF != raw[-1]:
        raise PlanIdError(
            cli_text("its check character does not match, so it was probably mistyped")
        )
    reader = _Reader(raw[:-1])
    version = reader.byte()
    if version != ID_VERSION:
        raise PlanIdError(
            cli_text(
                "it was made by another version of kitgen (id format {version})", version=version
            )
        )
    minutes = reader.varint()
    group = reader.varint()
    packed = reader.byte()
    if packed & 3 >= len(FORMATS):
        raise PlanIdError(cli_text("its format is unknown"))
    lang_code = reader.varint()
    if lang_code >= 26 * 26:
        raise PlanIdError(cli_text("its language is unknown"))
    seed = reader.varint()
    tokens = tuple(reader.bytes(2) for _ in range(packed >> 2))
    digest = reader.bytes(HASH_BYTES)
    if reader.pos != len(reader.data):
        raise PlanIdError(cli_text("it is longer than a plan id"))
    return DecodedId(
        minutes=minutes,
        group_size=group or None,
        format=FORMATS[packed & 3],
        theme_tokens=tokens,
        lang=chr(97 + lang_code // 26) + chr(97 + lang_code % 26),
        seed=seed,
        content_hash=digest,
    )

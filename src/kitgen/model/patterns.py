"""Shapes of the small identifiers used across the format (slugs, colours, languages)."""

from __future__ import annotations

import re

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
LANG_RE = re.compile(r"[a-z]{2}")
COLOR_RE = re.compile(r"#[0-9A-Fa-f]{6}")
SPDX_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+-]*")
URL_RE = re.compile(r"https?://[^\s/$.?#][^\s]*")
VERSION_RE = re.compile(r"[0-9]+(?:\.[0-9]+){0,2}(?:[-+][0-9A-Za-z.-]+)?")


def slugify(text: str) -> str:
    """A best-effort slug suggestion for an invalid identifier."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "my-id"

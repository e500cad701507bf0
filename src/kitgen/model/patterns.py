"""Shapes of the small identifiers used across the format (slugs, colours, languages)."""

from __future__ import annotations

import re

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: Longest id: ids name files (``SET-SESSION-LANG-PAPER.pdf``) and addresses, and fill QR codes.
MAX_ID_CHARS = 64
LANG_RE = re.compile(r"[a-z]{2}")
COLOR_RE = re.compile(r"#[0-9A-Fa-f]{6}")
SPDX_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+-]*")
URL_RE = re.compile(r"https?://[^\s/$.?#][^\s]*")
VERSION_RE = re.compile(r"[0-9]+(?:\.[0-9]+){0,2}(?:[-+][0-9A-Za-z.-]+)?")


def slugify(text: str) -> str:
    """A best-effort slug suggestion for an invalid identifier."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()[: MAX_ID_CHARS * 4]).strip("-")
    return slug[:MAX_ID_CHARS].strip("-") or "my-id"

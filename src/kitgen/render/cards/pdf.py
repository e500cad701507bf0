"""PDF finishing: viewer preferences, print-shop boxes, and merging chunked compiles.

Typst has no switch for ``/ViewerPreferences``; they are added as an incremental update (the
compiled bytes stay untouched, a small revision is appended), which keeps the tags and the
determinism of Typst's output.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, FloatObject, NameObject

MM = 72 / 25.4

DUPLEX = {
    "duplex-long": "/DuplexFlipLongEdge",
    "duplex-short": "/DuplexFlipShortEdge",
}


def _ids(writer: PdfWriter, seed: bytes) -> None:
    """A file identifier derived from the content, so two builds give the same bytes."""
    import hashlib

    from pypdf.generic import ByteStringObject

    digest = hashlib.md5(seed, usedforsecurity=False).digest()
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])


def finish(
    chunks: Sequence[bytes],
    *,
    duplex: str | None,
    trim_box_mm: tuple[float, float, float, float] | None = None,
) -> bytes:
    """Merge ``chunks`` (one PDF each) and set print preferences; one chunk stays incremental."""
    if len(chunks) == 1:
        writer = PdfWriter(io.BytesIO(chunks[0]), incremental=True)
    else:
        writer = PdfWriter()
        for chunk in chunks:
            writer.append(PdfReader(io.BytesIO(chunk)))
        first = PdfReader(io.BytesIO(chunks[0]))
        if first.metadata:
            writer.add_metadata({k: v for k, v in first.metadata.items() if isinstance(k, str)})
    prefs = writer.create_viewer_preferences()
    prefs[NameObject("/PrintScaling")] = NameObject("/None")
    prefs[NameObject("/Duplex")] = NameObject(DUPLEX.get(duplex or "", "/Simplex"))
    if trim_box_mm is not None:
        x, y, w, h = (v * MM for v in trim_box_mm)
        for page in writer.pages:
            top = float(page.mediabox.top)
            box = ArrayObject(
                [FloatObject(round(x, 4)), FloatObject(round(top - y - h, 4)),
                 FloatObject(round(x + w, 4)), FloatObject(round(top - y, 4))]
            )  # fmt: skip
            page[NameObject("/TrimBox")] = box
            page[NameObject("/BleedBox")] = ArrayObject(page.mediabox)
    _ids(writer, b"".join(c[:4096] + c[-4096:] for c in chunks))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

"""PDF finishing: viewer preferences, print-shop boxes, and merging chunked compiles.

Typst has no switch for ``/ViewerPreferences``; they are added as an incremental update (the
compiled bytes stay untouched, a revision with the new catalog is appended), which keeps the
tags, costs milliseconds even for thousands of pages, and keeps Typst's determinism.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Iterable

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
    chunks: Iterable[bytes],
    *,
    duplex: str | None,
    trim_box_mm: tuple[float, float, float, float] | None = None,
) -> bytes:
    """Merge ``chunks`` (one PDF each) and set print preferences as an incremental update.

    ``chunks`` may be a lazy iterator: each chunk is appended as soon as it arrives, so merging
    overlaps the compiles still running.
    """
    stream = iter(chunks)
    first = next(stream)
    second = next(stream, None)
    if second is None:
        return _update(first, duplex, trim_box_mm)
    return _update(_merge(itertools.chain([first, second], stream)), duplex, trim_box_mm)


def _merge(chunks: Iterable[bytes]) -> bytes:
    """One PDF from several compiles (large decks); deterministic file id."""
    writer = PdfWriter()
    seed = []
    first: bytes | None = None
    for chunk in chunks:
        first = first or chunk
        writer.append(PdfReader(io.BytesIO(chunk)))
        seed.append(chunk[:4096] + chunk[-4096:])
    assert first is not None
    info = PdfReader(io.BytesIO(first)).metadata
    if info:
        writer.add_metadata({k: v for k, v in info.items() if isinstance(k, str)})
    _ids(writer, b"".join(seed))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)
_PAGE = re.compile(rb"(?<![0-9])(\d+) 0 obj\s*(<</Type\s*/Page[^s].*?>>)\s*endobj", re.S)


def _object(data: bytes, number: int) -> bytes:
    """The dictionary of a (stream-less) object, from its header to the next ``endobj``."""
    head = re.search(rb"(?<![0-9])%d 0 obj\s*" % number, data)
    assert head is not None
    end = data.index(b"endobj", head.end())
    return data[head.end() : end].rstrip()


def _update(
    data: bytes, duplex: str | None, trim_box_mm: tuple[float, float, float, float] | None
) -> bytes:
    """Append a revision: the catalog with viewer preferences (and page boxes for shops)."""
    match = _TRAILER.search(data)
    root = re.search(rb"/Root (\d+) 0 R", match[1]) if match else None
    if match is None or root is None:  # not the classic layout Typst writes: rewrite fully
        return _rewrite(data, duplex, trim_box_mm)
    prefs = (
        b"/ViewerPreferences<</PrintScaling/None/Duplex"
        + DUPLEX.get(duplex or "", "/Simplex").encode()
        + b"/Direction/L2R>>"
    )
    changed: dict[int, bytes] = {}
    catalog = _object(data, int(root[1]))
    catalog = re.sub(rb"/ViewerPreferences<<[^<>]*>>", b"", catalog)
    changed[int(root[1])] = catalog[:-2] + prefs + b">>"
    if trim_box_mm is not None:
        for page in _PAGE.finditer(data):
            body = page[2]
            changed[int(page[1])] = body[:-2] + _boxes(body, trim_box_mm) + b">>"
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets: dict[int, int] = {}
    for number in sorted(changed):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, changed[number])
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f\r\n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n\r\n" % (number, offsets[number])
    trailer = re.sub(rb"/Prev \d+", b"", match[1])
    out += b"trailer\n<<%s/Prev %s>>\nstartxref\n%d\n%%%%EOF\n" % (trailer, match[2], xref)
    return bytes(out)


def _boxes(body: bytes, trim_box_mm: tuple[float, float, float, float]) -> bytes:
    media = re.search(rb"/MediaBox\s*\[([^\]]*)\]", body)
    assert media is not None
    x0, _, _, y1 = (float(v) for v in media[1].split())
    x, y, w, h = (v * MM for v in trim_box_mm)
    trim = (x0 + x, y1 - y - h, x0 + x + w, y1 - y)
    fmt = b"[%s]" % b" ".join(b"%.4f" % v for v in trim)
    return b"/TrimBox" + fmt + b"/BleedBox" + b"[" + media[1].strip() + b"]"


def _rewrite(
    data: bytes, duplex: str | None, trim_box_mm: tuple[float, float, float, float] | None
) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    prefs = writer.create_viewer_preferences()
    prefs[NameObject("/PrintScaling")] = NameObject("/None")
    prefs[NameObject("/Duplex")] = NameObject(DUPLEX.get(duplex or "", "/Simplex"))
    if trim_box_mm is not None:
        x, y, w, h = (v * MM for v in trim_box_mm)
        for page in writer.pages:
            top = float(page.mediabox.top)
            page[NameObject("/TrimBox")] = ArrayObject(
                [FloatObject(round(v, 4)) for v in (x, top - y - h, x + w, top - y)]
            )
            page[NameObject("/BleedBox")] = ArrayObject(page.mediabox)
    _ids(writer, data[:4096] + data[-4096:])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

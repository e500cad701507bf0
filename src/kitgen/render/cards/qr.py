"""QR codes that open a card in the online deck, drawn as SVG paths for Typst.

segno builds correct codes but spends about 10 ms on each, mostly trying the eight masks in
pure Python: 50 s for a 5,040-card deck.  For the codes cards need (an ASCII address, byte
mode, error level M) this module does the same work on whole rows held as integers, with the
tables and function patterns of ``qr_spec`` (vendored from segno), in well under a millisecond.
The tests check that every code is module for module the one segno's public ``make_qr`` makes
with the same mask; anything else (non-ASCII data) goes to ``segno.make_qr`` itself.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from functools import cache, lru_cache

import segno

from kitgen.render.cards import qr_spec

_RUNS = re.compile(r"(0*)(1+)")


@lru_cache(maxsize=4096)
def qr_svg(data: str) -> str:
    """A QR code as a compact SVG path (no quiet zone: the card's white is the margin).

    Error level M survives a smudge or a fold; the version is the smallest that holds ``data``.
    """
    lines, size = _row_strings(data)
    # One stroked line per row through the module centres; each (light gap, dark run) pair
    # becomes "m<gap> 0h<run>" through a memo, so the loop over runs stays in C.
    fragment = _FRAGMENTS.__getitem__
    path = "".join(
        f"M0 {r}.5" + "".join(map(fragment, _RUNS.findall(line))) for r, line in enumerate(lines)
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'width="{size}" height="{size}">'
        f'<path stroke="#1d1d1f" stroke-width="1" fill="none" d="{path}"/></svg>'
    )


class _Fragments(dict[tuple[str, str], str]):
    def __missing__(self, key: tuple[str, str]) -> str:
        gap, run = key
        value = (f"m{len(gap)} 0" if gap else "") + f"h{len(run)}"
        self[key] = value
        return value


_FRAGMENTS = _Fragments()


def _row_strings(data: str) -> tuple[list[str], int]:
    """Each row as a string of 0 and 1, column 0 first."""
    packed = _encode_packed(data)
    if packed is None:
        rows, size = _segno_rows(data)
        return [format(row, f"0{size}b") for row in rows], size
    lay, value, _ = packed
    return lay.row_strings(value), lay.size


def encode(data: str) -> tuple[list[int], int, int | None]:
    """Rows, size and chosen mask (``None`` when segno did the work)."""
    packed = _encode_packed(data)
    if packed is None:
        return (*_segno_rows(data), None)
    lay, value, mask = packed
    return lay.unpack(value), lay.size, mask


def _encode_packed(data: str) -> tuple[_Layout, int, int] | None:
    """The symbol packed in one integer (see :class:`_Layout`), or None to leave it to segno."""
    try:
        payload = data.encode("ascii")
    except UnicodeEncodeError:
        return None
    version = _version(len(payload))
    if version is None:
        return None
    lay = _layout(version)
    bits = _message_bits(payload, version)
    placed = int("".join(lay.gather(bits + "0")), 2)
    best: tuple[int, int, int] | None = None
    for mask in range(8):
        packed = (placed ^ lay.masks[mask]) | lay.fixed[mask]
        score = lay.penalty(packed)
        if best is None or score < best[0]:
            best = (score, mask, packed)
    assert best is not None
    return lay, best[2], best[1]


def _segno_rows(data: str) -> tuple[list[int], int]:
    code = segno.make_qr(data, error="m", boost_error=False)
    size = len(code.matrix)
    return [int("".join(str(b) for b in row), 2) for row in code.matrix], size


def _version(n_bytes: int) -> int | None:
    for version in range(1, 41):
        count_bits = 8 if version < 10 else 16
        if 4 + count_bits + 8 * n_bytes <= qr_spec.CAPACITY_M[version - 1]:
            return version
    return None


@cache
def _rs_table(n_ecc: int) -> tuple[int, ...]:
    """For each feedback byte, the generator polynomial times it, packed in one integer."""
    log, exp = qr_spec.GALOIS_LOG, qr_spec.GALOIS_EXP
    gen = qr_spec.GEN_POLY[n_ecc]
    table = [0]
    for coef in range(1, 256):
        table.append(int.from_bytes(bytes(exp[log[coef] + g] for g in gen), "big"))
    return tuple(table)


def _rs(block: bytes, n_ecc: int) -> bytes:
    """Reed-Solomon error correction bytes: the polynomial division as a byte-wide LFSR."""
    table = _rs_table(n_ecc)
    shift = 8 * (n_ecc - 1)
    full = (1 << (8 * n_ecc)) - 1
    rem = 0
    for byte in block:
        rem = ((rem << 8) & full) ^ table[byte ^ (rem >> shift)]
    return rem.to_bytes(n_ecc, "big")


def _message_bits(payload: bytes, version: int) -> str:
    """Mode, length, data, terminator and padding, then interleaved data and RS codewords."""
    capacity = qr_spec.CAPACITY_M[version - 1]
    count_bits = 8 if version < 10 else 16
    length = 4 + count_bits + 8 * len(payload)
    value = (0b0100 << (length - 4)) | (len(payload) << (8 * len(payload)))
    value |= int.from_bytes(payload, "big")
    terminator = min(4, capacity - length)
    length += terminator
    # Like segno (a whole zero byte when already aligned): harmless after the terminator, and it
    # keeps the codes identical to segno's so the tests can compare them module for module.
    fill = 8 - length % 8
    value <<= terminator + fill
    length += fill
    data = value.to_bytes(length // 8, "big")
    pads = max(0, capacity // 8 - len(data))
    data = (data + (b"\xec\x11" * (pads // 2 + 1))[:pads])[: capacity // 8]
    data_blocks: list[bytes] = []
    ecc_blocks: list[bytes] = []
    pos = 0
    for num_blocks, num_total, num_data in qr_spec.ECC_M[version - 1]:
        n_ecc = num_total - num_data
        for _ in range(num_blocks):
            block = data[pos : pos + num_data]
            pos += num_data
            data_blocks.append(block)
            ecc_blocks.append(_rs(block, n_ecc))
    out = bytearray()
    for blocks in (data_blocks, ecc_blocks):
        for k in range(max(len(b) for b in blocks)):
            out += bytes(b[k] for b in blocks if k < len(b))
    return format(int.from_bytes(out, "big"), f"0{8 * len(out)}b")


_PATTERNS = ((1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0), (0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1))


class _Layout:
    """Per-version constants, with the whole symbol packed in one integer.

    Module (r, c) is bit ``(r + 4) * stride + c``, with ``stride = size + 4``: every row is
    followed by four light bits and the symbol has four light rows above and below, so runs
    and finder-like patterns are counted for all rows and columns at once with shifts, and
    the quiet zone counts as light as the standard says.
    """

    def __init__(self, version: int) -> None:
        n = version * 4 + 17
        self.size = n
        self.stride = s = n + 4
        self.total = (n + 8) * s
        template = qr_spec.function_template(version)
        order: list[tuple[int, int]] = []
        for right in range(n - 1, 0, -2):
            if right <= 6:
                right -= 1
            for vertical in range(n):
                for z in (0, 1):
                    j = right - z
                    upwards = ((right & 2) == 0) ^ (j < 6)
                    i = (n - 1 - vertical) if upwards else vertical
                    if template[i][j] == qr_spec.DATA:
                        order.append((i, j))
        # gather(bits + "0") lists the characters of the packed integer, most significant first.
        index = {self.bit(i, j): k for k, (i, j) in enumerate(order)}
        self._index = index
        self._n_data = len(order)
        self.valid = sum(((1 << n) - 1) << ((r + 4) * s) for r in range(n))
        self.all = (1 << self.total) - 1
        conditions: list[Callable[[int, int], bool]] = [
            lambda i, j: (i + j) % 2 == 0,
            lambda i, j: i % 2 == 0,
            lambda i, j: j % 3 == 0,
            lambda i, j: (i + j) % 3 == 0,
            lambda i, j: (i // 2 + j // 3) % 2 == 0,
            lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
            lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
            lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
        ]
        self.masks: list[int] = []
        self.fixed: list[int] = []
        for mask, condition in enumerate(conditions):
            bits = [1 << self.bit(i, j) for i, j in order if condition(i, j)]
            self.masks.append(sum(bits))
            matrix = tuple(
                bytearray(0 if v == qr_spec.DATA else v for v in row) for row in template
            )
            qr_spec.add_format_info(matrix, mask)
            qr_spec.add_version_info(matrix, version)
            self.fixed.append(
                sum(1 << self.bit(i, j) for i in range(n) for j in range(n) if matrix[i][j] == 1)
            )
        self._getter: Callable[[str], tuple[str, ...]] | None = None

    def bit(self, r: int, c: int) -> int:
        return (r + 4) * self.stride + c

    def gather(self, bits: str) -> tuple[str, ...]:
        """The packed integer's binary digits (MSB first) taken from the message bits.

        ``bits`` ends with one extra "0", which every non-data position reads.
        """
        if self._getter is None:
            sentinel = len(bits) - 1
            picks = [
                self._index[p] if p in self._index and self._index[p] < sentinel else sentinel
                for p in range(self.total - 1, -1, -1)
            ]
            self._getter = operator.itemgetter(*picks)
        return self._getter(bits)

    def row_strings(self, packed: int) -> list[str]:
        """Rows as strings, column 0 first (the packed integer's digits read backwards)."""
        digits = format(packed, f"0{self.total}b")[::-1]
        n, s = self.size, self.stride
        return [digits[(r + 4) * s : (r + 4) * s + n] for r in range(n)]

    def unpack(self, packed: int) -> list[int]:
        n, s = self.size, self.stride
        rows = []
        for r in range(n):
            row = (packed >> ((r + 4) * s)) & ((1 << n) - 1)
            rows.append(int(format(row, f"0{n}b")[::-1], 2))
        return rows

    def penalty(self, dark: int) -> int:
        """ISO/IEC 18004 mask evaluation: runs, 2 x 2 blocks, finder-like patterns, balance."""
        s = self.stride
        light = ~dark & self.valid
        light_all = ~dark & self.all
        score = 0
        for x in (dark, light):
            for k in (1, s):
                w = x & (x >> k)
                w &= w >> (2 * k)
                w &= x >> (4 * k)
                score += w.bit_count() + 2 * (w & ~(w >> k)).bit_count()
            pair = x & (x >> 1)
            score += 3 * (pair & (pair >> s)).bit_count()
        for k in (1, s):
            for pattern in _PATTERNS:
                m = self.all
                for j, bit in enumerate(pattern):
                    m &= (dark if bit else light_all) >> (j * k)
                score += 40 * m.bit_count()
        n = self.size
        return score + 10 * (abs(dark.bit_count() * 100 // (n * n) - 50) // 5)


@cache
def _layout(version: int) -> _Layout:
    return _Layout(version)

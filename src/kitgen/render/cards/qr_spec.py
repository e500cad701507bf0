"""QR code tables and function patterns for error level M, vendored from segno.

Taken from segno 1.6.6 (``segno/consts.py`` and ``segno/encoder.py``, by Lars Heuer, BSD
3-Clause licence, reproduced below), cut down to what ``qr.py`` needs: regular QR codes (not
Micro QR) at error level M.  Owning them lets ``qr.py`` use segno's public API only (for
non-ASCII addresses) and keeps it independent of segno's internal modules; the tests check
every code module for module against ``segno.make_qr``.

    Copyright (c) 2016 - 2025, Lars Heuer
    All rights reserved.

    Redistribution and use in source and binary forms, with or without modification,
    are permitted provided that the following conditions are met:

    1. Redistributions of source code must retain the above copyright notice,
       this list of conditions and the following disclaimer.

    2. Redistributions in binary form must reproduce the above copyright notice,
       this list of conditions and the following disclaimer in the documentation
       and/or other materials provided with the distribution.

    3. Neither the name of the copyright holder nor the names of its contributors
       may be used to endorse or promote products derived from this software
       without specific prior written permission.

    THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
    ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
    WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
    DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
    FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
    DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
    SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
    CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
    OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
    OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

from __future__ import annotations

from itertools import product
from typing import Final

#: Data bits a symbol of each version (1 to 40) holds at level M.
CAPACITY_M: Final = (
    128,
    224,
    352,
    512,
    688,
    864,
    992,
    1232,
    1456,
    1728,
    2032,
    2320,
    2672,
    2920,
    3320,
    3624,
    4056,
    4504,
    5016,
    5352,
    5712,
    6256,
    6880,
    7312,
    8000,
    8496,
    9024,
    9544,
    10136,
    10984,
    11640,
    12328,
    13048,
    13800,
    14496,
    15312,
    15936,
    16816,
    17728,
    18672,
)

#: Per version, the (blocks, codewords per block, data codewords per block) groups at level M.
ECC_M: Final = (
    ((1, 26, 16),),
    ((1, 44, 28),),
    ((1, 70, 44),),
    ((2, 50, 32),),
    ((2, 67, 43),),
    ((4, 43, 27),),
    ((4, 49, 31),),
    ((2, 60, 38), (2, 61, 39)),
    ((3, 58, 36), (2, 59, 37)),
    ((4, 69, 43), (1, 70, 44)),
    ((1, 80, 50), (4, 81, 51)),
    ((6, 58, 36), (2, 59, 37)),
    ((8, 59, 37), (1, 60, 38)),
    ((4, 64, 40), (5, 65, 41)),
    ((5, 65, 41), (5, 66, 42)),
    ((7, 73, 45), (3, 74, 46)),
    ((10, 74, 46), (1, 75, 47)),
    ((9, 69, 43), (4, 70, 44)),
    ((3, 70, 44), (11, 71, 45)),
    ((3, 67, 41), (13, 68, 42)),
    ((17, 68, 42),),
    ((17, 74, 46),),
    ((4, 75, 47), (14, 76, 48)),
    ((6, 73, 45), (14, 74, 46)),
    ((8, 75, 47), (13, 76, 48)),
    ((19, 74, 46), (4, 75, 47)),
    ((22, 73, 45), (3, 74, 46)),
    ((3, 73, 45), (23, 74, 46)),
    ((21, 73, 45), (7, 74, 46)),
    ((19, 75, 47), (10, 76, 48)),
    ((2, 74, 46), (29, 75, 47)),
    ((10, 74, 46), (23, 75, 47)),
    ((14, 74, 46), (21, 75, 47)),
    ((14, 74, 46), (23, 75, 47)),
    ((12, 75, 47), (26, 76, 48)),
    ((6, 75, 47), (34, 76, 48)),
    ((29, 74, 46), (14, 75, 47)),
    ((13, 74, 46), (32, 75, 47)),
    ((40, 75, 47), (7, 76, 48)),
    ((18, 75, 47), (31, 76, 48)),
)

#: Reed-Solomon generator polynomials (exponents of alpha) by number of error codewords.
GEN_POLY: Final = {
    10: (251, 67, 46, 61, 118, 70, 64, 94, 32, 45),
    16: (120, 104, 107, 109, 102, 161, 76, 3, 91, 191, 147, 169, 182, 194, 225, 120),
    18: (215, 234, 158, 94, 184, 97, 118, 170, 79, 187, 152, 148, 252, 179, 5, 98, 96, 153),
    22: (
        210,
        171,
        247,
        242,
        93,
        230,
        14,
        109,
        221,
        53,
        200,
        74,
        8,
        172,
        98,
        80,
        219,
        134,
        160,
        105,
        165,
        231,
    ),
    24: (
        229,
        121,
        135,
        48,
        211,
        117,
        251,
        126,
        159,
        180,
        169,
        152,
        192,
        226,
        228,
        218,
        111,
        0,
        117,
        232,
        87,
        96,
        227,
        21,
    ),
    26: (
        173,
        125,
        158,
        2,
        103,
        182,
        118,
        17,
        145,
        201,
        111,
        28,
        165,
        53,
        161,
        21,
        245,
        142,
        13,
        102,
        48,
        227,
        153,
        145,
        218,
        70,
    ),
    28: (
        168,
        223,
        200,
        104,
        224,
        234,
        108,
        180,
        110,
        190,
        195,
        147,
        205,
        27,
        232,
        201,
        21,
        43,
        245,
        87,
        42,
        195,
        212,
        119,
        242,
        37,
        9,
        123,
    ),
    30: (
        41,
        173,
        145,
        152,
        216,
        31,
        179,
        182,
        50,
        48,
        110,
        86,
        239,
        96,
        222,
        125,
        42,
        173,
        226,
        193,
        224,
        130,
        156,
        37,
        251,
        216,
        238,
        40,
        192,
        180,
    ),
}

#: Centres of the alignment patterns, versions 2 to 40 (ISO/IEC 18004 Annex E).
ALIGNMENT_POS: Final = (
    (6, 18),
    (6, 22),
    (6, 26),
    (6, 30),
    (6, 34),
    (6, 22, 38),
    (6, 24, 42),
    (6, 26, 46),
    (6, 28, 50),
    (6, 30, 54),
    (6, 32, 58),
    (6, 34, 62),
    (6, 26, 46, 66),
    (6, 26, 48, 70),
    (6, 26, 50, 74),
    (6, 30, 54, 78),
    (6, 30, 56, 82),
    (6, 30, 58, 86),
    (6, 34, 62, 90),
    (6, 28, 50, 72, 94),
    (6, 26, 50, 74, 98),
    (6, 30, 54, 78, 102),
    (6, 28, 54, 80, 106),
    (6, 32, 58, 84, 110),
    (6, 30, 58, 86, 114),
    (6, 34, 62, 90, 118),
    (6, 26, 50, 74, 98, 122),
    (6, 30, 54, 78, 102, 126),
    (6, 26, 52, 78, 104, 130),
    (6, 30, 56, 82, 108, 134),
    (6, 34, 60, 86, 112, 138),
    (6, 30, 58, 86, 114, 142),
    (6, 34, 62, 90, 118, 146),
    (6, 30, 54, 78, 102, 126, 150),
    (6, 24, 50, 76, 102, 128, 154),
    (6, 28, 54, 80, 106, 132, 158),
    (6, 32, 58, 84, 110, 136, 162),
    (6, 26, 54, 82, 110, 138, 166),
    (6, 30, 58, 86, 114, 142, 170),
)

#: Format information (BCH coded, masked) at level M for masks 0 to 7.
FORMAT_INFO_M: Final = (21522, 20773, 24188, 23371, 17913, 16590, 20375, 19104)

#: Version information (BCH coded) for versions 7 to 40.
VERSION_INFO: Final = (
    31892,
    34236,
    39577,
    42195,
    48118,
    51042,
    55367,
    58893,
    63784,
    68472,
    70749,
    76311,
    79154,
    84390,
    87683,
    92361,
    96236,
    102084,
    102881,
    110507,
    110734,
    117786,
    119615,
    126325,
    127568,
    133589,
    136944,
    141498,
    145311,
    150283,
    152622,
    158308,
    161089,
    167017,
)


def _galois() -> tuple[tuple[int, ...], tuple[int, ...]]:
    """GF(256) with the QR polynomial 0x11d: alpha's powers (twice over, so sums of two logs
    need no modulo) and the log of each non-zero byte."""
    exp = [1]
    for _ in range(509):
        value = exp[-1] << 1
        exp.append(value ^ 0x11D if value & 0x100 else value)
    log = [0] * 256
    for i in range(255):
        log[exp[i]] = i
    return tuple(exp), tuple(log)


GALOIS_EXP, GALOIS_LOG = _galois()

#: A module the function patterns leave for data (segno's "illegal" initial value).
DATA = 0x2

_FINDER = (
    (0, 0, 0, 0, 0, 0, 0, 0, 0),
    (0, 1, 1, 1, 1, 1, 1, 1, 0),
    (0, 1, 0, 0, 0, 0, 0, 1, 0),
    (0, 1, 0, 1, 1, 1, 0, 1, 0),
    (0, 1, 0, 1, 1, 1, 0, 1, 0),
    (0, 1, 0, 1, 1, 1, 0, 1, 0),
    (0, 1, 0, 0, 0, 0, 0, 1, 0),
    (0, 1, 1, 1, 1, 1, 1, 1, 0),
    (0, 0, 0, 0, 0, 0, 0, 0, 0),
)
_ALIGNMENT = ((1, 1, 1, 1, 1), (1, 0, 0, 0, 1), (1, 0, 1, 0, 1), (1, 0, 0, 0, 1), (1, 1, 1, 1, 1))


def function_template(version: int) -> tuple[bytearray, ...]:
    """The symbol of ``version`` with its finder, separator, timing and alignment patterns
    drawn (0 or 1), format and version areas reserved (0) and every data module ``DATA``."""
    n = version * 4 + 17
    matrix = tuple(bytearray([DATA] * n) for _ in range(n))
    if version >= 7:  # version information areas
        for i in range(6):
            for j in (-11, -10, -9):
                matrix[i][j] = 0
                matrix[j][i] = 0
    row_eight = matrix[8]
    for i in range(9):  # format information areas
        matrix[i][8] = 0
        row_eight[i] = 0
        matrix[-i][8] = 0
        row_eight[-i] = 0
    bit = 1
    for i in range(8, n - 8):  # timing patterns
        matrix[i][6] = bit
        matrix[6][i] = bit
        bit ^= 1
    # Finder patterns with their separators: upper left, upper right, lower left.
    for i, j in ((0, 0), (0, n - 8), (n - 8, 0)):
        offset = 1 if i == 0 else 0
        sep = 0 if j != 0 else 1
        for r in range(8):
            matrix[i + r][j : j + 8] = bytes(_FINDER[offset + r][sep : sep + 8])
    if version >= 2:
        positions = ALIGNMENT_POS[version - 2]
        lo, hi = positions[0], positions[-1]
        finders = ((lo, lo), (lo, hi), (hi, lo))
        for x, y in product(positions, repeat=2):
            if (x, y) in finders:
                continue
            for r in range(5):
                matrix[x - 2 + r][y - 2 : y + 3] = bytes(_ALIGNMENT[r])
    return matrix


def add_format_info(matrix: tuple[bytearray, ...], mask: int) -> None:
    """Write the level-M format information for ``mask`` and the dark module."""
    info = FORMAT_INFO_M[mask]
    voffset = hoffset = 0
    row_eight = matrix[8]
    for i in range(8):
        vbit = (info >> i) & 1
        hbit = (info >> (14 - i)) & 1
        if i == 6:  # skip the timing pattern
            voffset += 1
            hoffset = 1
        matrix[i + voffset][8] = vbit  # vertical, upper left
        row_eight[i + hoffset] = hbit  # horizontal, upper left
        row_eight[-1 - i] = vbit  # horizontal, upper right
        matrix[-1 - i][8] = hbit  # vertical, lower left
    matrix[-8][8] = 1


def add_version_info(matrix: tuple[bytearray, ...], version: int) -> None:
    """Write the version information (versions 7 and up)."""
    if version < 7:
        return
    info = VERSION_INFO[version - 7]
    for i in range(6):
        for k, j in enumerate((-11, -10, -9)):
            bit = (info >> (i * 3 + k)) & 1
            matrix[j][i] = bit  # lower left
            matrix[i][j] = bit  # upper right

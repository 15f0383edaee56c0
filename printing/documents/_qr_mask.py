"""The QR code's data mask chosen faster than segno chooses it (private to printing.documents).

ISO/IEC 18004 asks the encoder to try the eight data masks and keep the one whose symbol scores
the lowest penalty (7.8.3: runs of one colour, 2x2 blocks, finder-like patterns, the share of
dark modules). segno does this cell by cell in Python, which made the mask most of a part
tag's time. Here segno encodes the symbol once with mask 0; its data modules are unmasked and
the eight candidates are scored with rows held as integers and strings, so the loops run in C.
The winner gets its format information, and the version information segno wrote is kept.

The result is the very symbol segno makes when it chooses itself (tests/printing/test_qr_mask.py
compares the two over many texts, every version and level).

Rows are integers with the leftmost module as the highest bit (format(row, "0{n}b") reads left
to right); geometry follows ISO/IEC 18004 section 6.3 and 7.9-7.10.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence

import segno

# Error correction bits of the format information (7.9.1, Table 12).
_EC_BITS = {"L": 0b01, "M": 0b00, "Q": 0b11, "H": 0b10}
_FORMAT_GENERATOR = 0b10100110111  # x^10 + x^8 + x^5 + x^4 + x^2 + x + 1
_FORMAT_MASK = 0b101010000010010

# The data masks (7.8.2, Table 10): module (i, j), row i and column j, is flipped when true.
_MASKS: tuple[Callable[[int, int], bool], ...] = (
    lambda i, j: (i + j) % 2 == 0,
    lambda i, j: i % 2 == 0,
    lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0,
    lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0,
    lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i + j) % 2 + (i * j) % 3) % 2 == 0,
)
_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER_LIKE = "1011101"


def alignment_centres(version: int) -> list[int]:
    """The row (and column) positions of the alignment patterns' centres (Annex E)."""
    if version == 1:
        return []
    size = 17 + 4 * version
    count = version // 7 + 2
    step = 26 if version == 32 else (version * 4 + count * 2 + 1) // (count * 2 - 2) * 2
    return [6, *sorted(size - 7 - k * step for k in range(count - 1))]


def format_bits(level: str, mask: int) -> int:
    """The 15 format information bits for the error correction level and mask (7.9.1)."""
    data = _EC_BITS[level] << 3 | mask
    remainder = data << 10
    for bit in range(14, 9, -1):
        if remainder >> bit & 1:
            remainder ^= _FORMAT_GENERATOR << (bit - 10)
    return (data << 10 | remainder) ^ _FORMAT_MASK


def format_cells(size: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(row, column) of format bits 0..14 in its two copies, bit 0 first (7.9.1, Figure 25)."""
    first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)] + [(8, 14 - i) for i in range(9, 15)]
    second = [(8, size - 1 - i) for i in range(8)] + [(size - 15 + i, 8) for i in range(8, 15)]
    return first, second


class _Geometry:
    """Where the function patterns, format and version information of a version lie."""

    def __init__(self, version: int) -> None:
        n = self.size = 17 + 4 * version
        fixed = [[False] * n for _ in range(n)]

        def block(top: int, left: int, rows: int, cols: int) -> None:
            for i in range(top, top + rows):
                for j in range(left, left + cols):
                    fixed[i][j] = True

        for top, left in ((0, 0), (0, n - 8), (n - 8, 0)):  # finders with their separators
            block(top, left, 8, 8)
        block(6, 0, 1, n)  # timing patterns
        block(0, 6, n, 1)
        centres = alignment_centres(version)
        corners = (
            {(centres[0], centres[0]), (centres[0], centres[-1]), (centres[-1], centres[0])}
            if centres
            else set()
        )
        for r in centres:
            for c in centres:
                if (r, c) not in corners:
                    block(r - 2, c - 2, 5, 5)
        blank = [[False] * n for _ in range(n)]  # format and version areas: 0 while masks are scored
        first, second = format_cells(n)
        for i, j in [*first, *second, (n - 8, 8)]:  # with the dark module
            fixed[i][j] = blank[i][j] = True
        if version >= 7:
            for i in range(6):
                for j in range(n - 11, n - 8):
                    fixed[i][j] = blank[i][j] = True
                    fixed[j][i] = blank[j][i] = True
        self.region = [_bits(row, flip=True) for row in fixed]  # the data modules
        self.keep = [_bits(f, flip=False) & ~_bits(b, flip=False) for f, b in zip(fixed, blank, strict=True)]
        self.format = (first, second)
        self.masks = [
            [_bits([m(i, j) for j in range(n)], flip=False) & self.region[i] for i in range(n)]
            for m in _MASKS
        ]


def _bits(cells: Sequence[bool], *, flip: bool) -> int:
    value = 0
    for cell in cells:
        value = value << 1 | (cell != flip)
    return value


@functools.lru_cache(maxsize=40)
def _geometry(version: int) -> _Geometry:
    return _Geometry(version)


def _n3(line: str, n: int) -> int:
    """40 for each 1:1:3:1:1 pattern with 4 light modules before or after it (or at the edge)."""
    score = 0
    at = line.find(_FINDER_LIKE)
    while at != -1:
        after = at + 7
        if at in (0, n - 7) or "1" not in line[max(at - 4, 0) : at] or "1" not in line[after : after + 4]:
            score += 40
        else:
            after = at + 4  # not enough light around: the next one may start inside this one
        at = line.find(_FINDER_LIKE, after)
    return score


def penalty(rows: Sequence[int], n: int) -> int:
    """The symbol's penalty score (7.8.3.1, Table 11) from its rows."""
    lines = [format(r, f"0{n}b") for r in rows]
    columns = ["".join(c) for c in zip(*lines, strict=True)]
    score = 0
    for line in (*lines, *columns):
        for run in _RUN.finditer(line):
            score += run.end() - run.start() - 2
        score += _n3(line, n)
    full = (1 << n) - 1
    pairs = full >> 1
    for upper, lower in itertools.pairwise(rows):
        same = ~(upper ^ lower) & full
        level = ~(upper ^ (upper >> 1)) & pairs
        score += 3 * (same & (same >> 1) & level).bit_count()
    dark = sum(r.bit_count() for r in rows)
    return score + 10 * int(abs(dark / (n * n) * 100 - 50) / 5)


def qr_rows(value: str, level: str) -> tuple[int, tuple[int, ...]]:
    """(size, rows) of the QR code of `value` at `level`: UTF-8 behind an ECI when not ASCII."""
    if value.isascii():
        symbol = segno.make_qr(value, error=level, mask=0, boost_error=False)
    else:
        symbol = segno.make_qr(
            value, error=level, mode="byte", encoding="utf-8", eci=True, mask=0, boost_error=False
        )
    geometry = _geometry(symbol.version)
    n = geometry.size
    masked = [_bits([bool(x) for x in row], flip=False) for row in symbol.matrix]
    data = [m & region ^ m0 for m, region, m0 in zip(masked, geometry.region, geometry.masks[0], strict=True)]
    base = [m & keep for m, keep in zip(masked, geometry.keep, strict=True)]
    best, best_rows, best_score = 0, list(masked), -1
    for number, mask in enumerate(geometry.masks):
        rows = [b | d ^ k for b, d, k in zip(base, data, mask, strict=True)]
        score = penalty(rows, n)
        if best_score < 0 or score < best_score:
            best, best_rows, best_score = number, rows, score
    if best == 0:
        return n, tuple(masked)
    final = [row | m & _version_area(i, n) for i, (row, m) in enumerate(zip(best_rows, masked, strict=True))]
    bits = format_bits(level, best)
    for copy in geometry.format:
        for bit, (i, j) in enumerate(copy):
            if bits >> bit & 1:
                final[i] |= 1 << (n - 1 - j)
    final[n - 8] |= 1 << (n - 1 - 8)  # the dark module
    return n, tuple(final)


def _version_area(i: int, n: int) -> int:
    """Row i's version information modules (kept from segno's symbol)."""
    if n < 45:
        return 0
    out = 0
    if i < 6:
        out |= 0b111 << 8  # columns n-11 .. n-9
    if n - 11 <= i <= n - 9:
        out |= 0b111111 << (n - 6)  # columns 0 .. 5
    return out

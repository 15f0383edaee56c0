"""The QR code's modules placed and its data mask chosen (private to printing.documents).

_qr_encode gives the final message; here its bits are placed in the symbol (7.7.3), the eight
data masks are tried and the one whose symbol scores the lowest penalty is kept (7.8.3: runs of
one colour, 2x2 blocks, finder-like patterns, the share of dark modules), then the format and
version information are written (7.9, 7.10). The result is the very symbol segno makes
(tests/printing/test_qr_mask.py compares the two over many texts, every version and level).

The whole symbol is one int (a bitboard): module (i, j), row i and column j from the top left,
is bit OFFSET + i * stride + (n - 1 - j), the stride leaving 4 light bits between rows and 4
light rows above, so that a module's neighbours in a row are the bits beside it and those in
a column the bits a stride away, and "outside the symbol" reads as light. Each penalty rule is
then a few shifts, ands and bit counts over the whole symbol rather than a loop per module.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from operator import itemgetter

from printing.documents import _qr_encode

# Error correction bits of the format information (7.9.1, Table 12).
_EC_BITS = {"L": 0b01, "M": 0b00, "Q": 0b11, "H": 0b10}
_FORMAT_GENERATOR = 0b10100110111  # x^10 + x^8 + x^5 + x^4 + x^2 + x + 1
_FORMAT_MASK = 0b101010000010010
_VERSION_GENERATOR = 0b1111100100101  # x^12 + x^11 + x^10 + x^9 + x^8 + x^5 + x^2 + 1
_PAD = 4  # light modules kept around the symbol and between its rows

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


def version_bits(version: int) -> int:
    """The 18 version information bits: the version and its BCH (18, 6) check bits (7.10)."""
    remainder = version << 12
    for bit in range(17, 11, -1):
        if remainder >> bit & 1:
            remainder ^= _VERSION_GENERATOR << (bit - 12)
    return version << 12 | remainder


def format_cells(size: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(row, column) of format bits 0..14 in its two copies, bit 0 first (7.9.1, Figure 25)."""
    first = [(i, 8) for i in range(6)] + [(7, 8), (8, 8), (8, 7)] + [(8, 14 - i) for i in range(9, 15)]
    second = [(8, size - 1 - i) for i in range(8)] + [(size - 15 + i, 8) for i in range(8, 15)]
    return first, second


def version_cells(size: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The two (row, column) places of version bits 0..17 (7.10, Figure 27)."""
    return [((size - 11 + k % 3, k // 3), (k // 3, size - 11 + k % 3)) for k in range(18)]


def placement(size: int, data: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """The data modules in the order the message's bits fill them (7.7.3): two-module columns
    from the right, up and down in turn, the right module first, the timing column skipped."""
    order = []
    upwards = True
    right = size - 1
    while right > 0:
        if right == 6:
            right = 5
        rows = range(size - 1, -1, -1) if upwards else range(size)
        for i in rows:
            for j in (right, right - 1):
                if data(i, j):
                    order.append((i, j))
        upwards = not upwards
        right -= 2
    return order


class _Geometry:
    """A version's layout on the bitboard: its function patterns, data modules, the masks over
    them, and where each bit of the final message goes."""

    def __init__(self, version: int) -> None:
        n = self.size = 17 + 4 * version
        stride = self.stride = n + _PAD
        self.offset = _PAD * stride
        fixed = [[False] * n for _ in range(n)]  # function patterns, format and version areas
        dark = [[False] * n for _ in range(n)]  # their dark modules while masks are scored

        def square(top: int, left: int, side: int, ring: Callable[[int, int], bool]) -> None:
            for a in range(side):
                for b in range(side):
                    i, j = top + a, left + b
                    if 0 <= i < n and 0 <= j < n:
                        fixed[i][j] = True
                        dark[i][j] = ring(a, b)

        def finder(a: int, b: int) -> bool:  # 9x9 with the separator, the pattern at 1..7
            a, b = a - 1, b - 1
            inside = 0 <= a <= 6 and 0 <= b <= 6
            return inside and (a in (0, 6) or b in (0, 6) or (2 <= a <= 4 and 2 <= b <= 4))

        for top, left in ((-1, -1), (-1, n - 8), (n - 8, -1)):
            square(top, left, 9, finder)
        for k in range(8, n - 8):  # timing patterns
            fixed[6][k] = fixed[k][6] = True
            dark[6][k] = dark[k][6] = k % 2 == 0
        centres = alignment_centres(version)
        corners = (
            {(centres[0], centres[0]), (centres[0], centres[-1]), (centres[-1], centres[0])}
            if centres
            else set()
        )
        for r in centres:
            for c in centres:
                if (r, c) not in corners:
                    square(r - 2, c - 2, 5, lambda a, b: a in (0, 4) or b in (0, 4) or a == b == 2)
        self.format = format_cells(n)
        for i, j in [*self.format[0], *self.format[1], (n - 8, 8)]:  # with the dark module
            fixed[i][j], dark[i][j] = True, False
        self.versions = version_cells(n) if version >= 7 else []
        for cells in self.versions:
            for i, j in cells:
                fixed[i][j], dark[i][j] = True, False
        self.base = self.board(lambda i, j: dark[i][j])
        self.region = self.board(lambda i, j: not fixed[i][j])
        self.masks = [self.board(lambda i, j, m=m: not fixed[i][j] and m(i, j)) for m in _MASKS]  # type: ignore[misc]
        self.cells = self.board(lambda i, j: True)
        self.row_pairs = self.board(lambda i, j: j < n - 1)  # a module with one to its right
        self.column_pairs = self.board(lambda i, j: i < n - 1)  # a module with one under it
        # The board as a string of bits, highest first, gathered from the message's bits (a "0"
        # after them for every other position).
        self.length = self.offset + (n - 1) * stride + n
        order = placement(n, lambda i, j: not fixed[i][j])
        self.bits = len(order)
        source = [self.bits] * self.length
        for k, (i, j) in enumerate(order):
            source[self.length - 1 - self.position(i, j)] = k
        self.gather = itemgetter(*source)
        self.dark_module = 1 << self.position(n - 8, 8)
        info = version_bits(version) if version >= 7 else 0
        self.version_info = sum(
            1 << self.position(i, j)
            for k, cells in enumerate(self.versions)
            if info >> k & 1
            for i, j in cells
        )

    def position(self, i: int, j: int) -> int:
        return self.offset + i * self.stride + (self.size - 1 - j)

    def board(self, dark: Callable[[int, int], bool]) -> int:
        n = self.size
        return sum(1 << self.position(i, j) for i in range(n) for j in range(n) if dark(i, j))

    def format_info(self, level: str, mask: int) -> int:
        bits = format_bits(level, mask)
        return sum(
            1 << self.position(i, j) for copy in self.format for b, (i, j) in enumerate(copy) if bits >> b & 1
        )

    def rows(self, board: int) -> tuple[int, ...]:
        full = (1 << self.size) - 1
        return tuple(board >> (self.offset + i * self.stride) & full for i in range(self.size))


@functools.lru_cache(maxsize=40)
def _geometry(version: int) -> _Geometry:
    return _Geometry(version)


def _runs(same: int, ahead: Callable[[int, int], int]) -> int:
    """N1 from `same` (a module the same colour as the next one along the line, which
    `ahead(board, k)` reads k places on): 3 for each run of 5 of one colour, 1 for each more."""
    five = same & ahead(same, 1) & ahead(same, 2) & ahead(same, 3)  # 5 alike from here
    starts = five & ~ahead(five, -1)
    return five.bit_count() + 2 * starts.bit_count()


def _ahead_row(board: int, k: int) -> int:
    """The board moved so that each module reads the one k places right of it (k < 0: left)."""
    return board << k if k >= 0 else board >> -k


def _finder_like(board: int, ahead: Callable[[int, int], int]) -> int:
    """1:1:3:1:1 patterns with 4 light modules before or after (or the symbol's edge), counted
    as segno scans a line: from the start, a counted pattern's own modules not searched again.
    `ahead(board, k)` reads the module k places on along the line."""
    match = (
        board
        & ~ahead(board, 1)
        & ahead(board, 2)
        & ahead(board, 3)
        & ahead(board, 4)
        & ~ahead(board, 5)
        & ahead(board, 6)
    )
    if not match:
        return 0
    before = ~(ahead(board, -1) | ahead(board, -2) | ahead(board, -3) | ahead(board, -4))
    after = ~(ahead(board, 7) | ahead(board, 8) | ahead(board, 9) | ahead(board, 10))
    # A pattern counted for its light before is never inside an earlier one (those four
    # modules would be dark); it hides the patterns starting 4 and 6 modules on, which overlap
    # it. One counted only for the light after it overlaps no later one.
    first = match & before
    hidden = ahead(first, -4) | ahead(first, -6)
    return (match & (before | after) & ~hidden).bit_count()


def penalty(board: int, geometry: _Geometry) -> int:
    """The symbol's penalty score (7.8.3.1, Table 11) from its board."""
    stride, n = geometry.stride, geometry.size

    def down(b: int, k: int) -> int:  # reads the module k rows under
        return b >> k * stride if k >= 0 else b << -k * stride

    row_same = ~(board ^ board << 1) & geometry.row_pairs
    column_same = ~(board ^ board >> stride) & geometry.column_pairs
    score = _runs(row_same, _ahead_row) + _runs(column_same, down)
    score += 3 * (row_same & down(row_same, 1) & column_same).bit_count()
    score += 40 * (_finder_like(board, _ahead_row) + _finder_like(board, down))
    dark = board.bit_count()
    return score + 10 * int(abs(dark / (n * n) * 100 - 50) / 5)


def qr_rows(value: str, level: str) -> tuple[int, tuple[int, ...]]:
    """(size, rows) of the QR code of `value` at `level`: UTF-8 behind an ECI when not ASCII.
    Rows are ints with the leftmost module as the highest bit."""
    version, message, _ = _qr_encode.final_message(value, level)
    geometry = _geometry(version)
    bits = format(int.from_bytes(message, "big"), f"0{8 * len(message)}b")
    bits = bits.ljust(geometry.bits, "0") + "0"  # remainder bits, then the "0" off the message
    data = int("".join(geometry.gather(bits)), 2)
    best, best_score = 0, -1
    for number, mask in enumerate(geometry.masks):
        score = penalty(geometry.base | data ^ mask, geometry)
        if best_score < 0 or score < best_score:
            best, best_score = number, score
    board = (
        geometry.base
        | data ^ geometry.masks[best]
        | geometry.format_info(level, best)
        | geometry.version_info
        | geometry.dark_module
    )
    return geometry.size, geometry.rows(board)

"""The QR code's final message: the text's bit stream, its error correction codewords and their
interleaving (private to printing.documents; _qr_mask places them and chooses the mask).

ISO/IEC 18004 sections 7.4 to 7.6. The mode is chosen as segno chooses it for a whole text:
numeric for digits only, alphanumeric for the 45 characters of Table 5, else bytes; text beyond
ASCII is UTF-8 bytes behind an ECI header (assignment 26). The smallest version that holds the
stream at the asked level is used (never a higher level in the room left). The stream ends with
segno's terminator and padding, so that the symbol is the one segno makes: after the terminator
the bits are padded to the next codeword boundary, by a whole zero codeword when they already
end on one (a reader stops at the terminator; tests/printing/test_qr_mask.py compares the two).

Reed-Solomon remainders are worked out a codeword at a time with a table per generator
polynomial (each codeword value times the generator, packed in an int), built on first use.
"""

from __future__ import annotations

import functools

# Table 9: per version, for levels L, M, Q and H, (error correction codewords per block, blocks).
_EC_BLOCKS: tuple[tuple[tuple[int, int], ...], ...] = (
    ((7, 1), (10, 1), (13, 1), (17, 1)),  # version 1
    ((10, 1), (16, 1), (22, 1), (28, 1)),
    ((15, 1), (26, 1), (18, 2), (22, 2)),
    ((20, 1), (18, 2), (26, 2), (16, 4)),
    ((26, 1), (24, 2), (18, 4), (22, 4)),
    ((18, 2), (16, 4), (24, 4), (28, 4)),
    ((20, 2), (18, 4), (18, 6), (26, 5)),
    ((24, 2), (22, 4), (22, 6), (26, 6)),
    ((30, 2), (22, 5), (20, 8), (24, 8)),
    ((18, 4), (26, 5), (24, 8), (28, 8)),  # version 10
    ((20, 4), (30, 5), (28, 8), (24, 11)),
    ((24, 4), (22, 8), (26, 10), (28, 11)),
    ((26, 4), (22, 9), (24, 12), (22, 16)),
    ((30, 4), (24, 9), (20, 16), (24, 16)),
    ((22, 6), (24, 10), (30, 12), (24, 18)),
    ((24, 6), (28, 10), (24, 17), (30, 16)),
    ((28, 6), (28, 11), (28, 16), (28, 19)),
    ((30, 6), (26, 13), (28, 18), (28, 21)),
    ((28, 7), (26, 14), (26, 21), (26, 25)),
    ((28, 8), (26, 16), (30, 20), (28, 25)),  # version 20
    ((28, 8), (26, 17), (28, 23), (30, 25)),
    ((28, 9), (28, 17), (30, 23), (24, 34)),
    ((30, 9), (28, 18), (30, 25), (30, 30)),
    ((30, 10), (28, 20), (30, 27), (30, 32)),
    ((26, 12), (28, 21), (30, 29), (30, 35)),
    ((28, 12), (28, 23), (28, 34), (30, 37)),
    ((30, 12), (28, 25), (30, 34), (30, 40)),
    ((30, 13), (28, 26), (30, 35), (30, 42)),
    ((30, 14), (28, 28), (30, 38), (30, 45)),
    ((30, 15), (28, 29), (30, 40), (30, 48)),  # version 30
    ((30, 16), (28, 31), (30, 43), (30, 51)),
    ((30, 17), (28, 33), (30, 45), (30, 54)),
    ((30, 18), (28, 35), (30, 48), (30, 57)),
    ((30, 19), (28, 37), (30, 51), (30, 60)),
    ((30, 19), (28, 38), (30, 53), (30, 63)),
    ((30, 20), (28, 40), (30, 56), (30, 66)),
    ((30, 21), (28, 43), (30, 59), (30, 70)),
    ((30, 22), (28, 45), (30, 62), (30, 74)),
    ((30, 24), (28, 47), (30, 65), (30, 77)),
    ((30, 25), (28, 49), (30, 68), (30, 81)),  # version 40
)
LEVELS = ("L", "M", "Q", "H")
ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALPHANUMERIC_VALUE = {c: i for i, c in enumerate(ALPHANUMERIC)}
NUMERIC, ALNUM, BYTE, ECI = 0b0001, 0b0010, 0b0100, 0b0111
UTF8_ECI = 26
# Character count indicator bits for versions 1-9, 10-26 and 27-40 (Table 3).
_COUNT_BITS = {NUMERIC: (10, 12, 14), ALNUM: (9, 11, 13), BYTE: (8, 16, 16)}
_PAD = bytes((0b11101100, 0b00010001))

# GF(256) with the field's polynomial x^8 + x^4 + x^3 + x^2 + 1 (7.5.2).
_EXP = [0] * 510
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _EXP[_i + 255] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
del _x, _i


class DataOverflow(ValueError):
    """The text does not fit the largest symbol (version 40) at the level asked."""


def raw_modules(version: int) -> int:
    """Modules left for codewords (and remainder bits) once the function patterns, the format
    and the version information are taken: n² less three finders with their separators, the two
    timing lines between them, the alignment patterns (those on a timing line share 5 modules
    with it), 31 format modules with the dark one, and 36 version modules from version 7."""
    n = 17 + 4 * version
    count = n * n - 3 * 64 - 2 * (n - 16) - 31
    if version >= 2:
        across = version // 7 + 2
        count -= 25 * (across * across - 3) - 10 * (across - 2)
    if version >= 7:
        count -= 36
    return count


def data_codewords(version: int, level: str) -> int:
    ec, blocks = _EC_BLOCKS[version - 1][LEVELS.index(level)]
    return raw_modules(version) // 8 - ec * blocks


def segment(value: str) -> tuple[int, int, int, int, bool]:
    """(mode, character count, data bits as an int, their number, with an ECI header)."""
    if not value.isascii():
        data = value.encode("utf-8")
        return BYTE, len(data), int.from_bytes(data, "big"), 8 * len(data), True
    if value.isdigit():
        bits = length = 0
        for at in range(0, len(value), 3):
            group = value[at : at + 3]
            width = 3 * len(group) + 1  # 10, 7 or 4 bits
            bits = bits << width | int(group)
            length += width
        return NUMERIC, len(value), bits, length, False
    if value and all(c in _ALPHANUMERIC_VALUE for c in value):
        bits = length = 0
        for at in range(0, len(value) - 1, 2):
            bits = bits << 11 | _ALPHANUMERIC_VALUE[value[at]] * 45 + _ALPHANUMERIC_VALUE[value[at + 1]]
            length += 11
        if len(value) % 2:
            bits = bits << 6 | _ALPHANUMERIC_VALUE[value[-1]]
            length += 6
        return ALNUM, len(value), bits, length, False
    data = value.encode("ascii")
    return BYTE, len(data), int.from_bytes(data, "big"), 8 * len(data), False


def _range(version: int) -> int:
    return 0 if version < 10 else 1 if version < 27 else 2


def version_for(value: str, level: str) -> int:
    """The smallest version whose data codewords at `level` hold the text."""
    mode, _, _, length, eci = segment(value)
    for version in range(1, 41):
        need = (12 if eci else 0) + 4 + _COUNT_BITS[mode][_range(version)] + length
        if data_codewords(version, level) * 8 >= need:
            return version
    raise DataOverflow(f"a text of {length // 8} bytes does not fit a QR code at level {level}")


def data_stream(value: str, level: str) -> tuple[int, bytes]:
    """(version, the data codewords): header, data, terminator, padding, pad codewords."""
    version = version_for(value, level)
    mode, count, bits, length, eci = segment(value)
    stream, size = 0, 0
    if eci:
        stream, size = ECI << 8 | UTF8_ECI, 12
    width = _COUNT_BITS[mode][_range(version)]
    stream = ((stream << 4 | mode) << width | count) << length | bits
    size += 4 + width + length
    capacity = data_codewords(version, level)
    terminator = min(capacity * 8 - size, 4)
    padding = 8 - (size + terminator) % 8  # 1 to 8 zero bits, as segno pads
    stream <<= terminator + padding
    size += terminator + padding
    data = stream.to_bytes(size // 8, "big")
    fill = capacity - len(data)
    if fill > 0:
        data += _PAD * (fill // 2) + _PAD[: fill % 2]
    return version, data[:capacity]


@functools.lru_cache(maxsize=32)
def _generator_table(degree: int) -> tuple[tuple[int, ...], int]:
    """For each codeword value c, c times the generator polynomial of `degree` (its leading 1
    left out) packed with the highest power in the top byte; and the mask of `degree` bytes."""
    poly = [1]  # coefficients from the highest power: (x - a^0)(x - a^1)...(x - a^(degree-1))
    for i in range(degree):
        root = _EXP[i]
        nxt = [*poly, 0]
        for k, coef in enumerate(poly):
            if coef:
                nxt[k + 1] ^= _EXP[_LOG[coef] + _LOG[root]]
        poly = nxt
    lower = poly[1:]
    table = [0]
    for c in range(1, 256):
        log_c = _LOG[c]
        table.append(int.from_bytes(bytes(_EXP[log_c + _LOG[g]] if g else 0 for g in lower), "big"))
    return tuple(table), (1 << 8 * degree) - 1


def remainder(block: bytes, degree: int) -> bytes:
    """The block's `degree` error correction codewords (the remainder of its division)."""
    table, full = _generator_table(degree)
    top = 8 * (degree - 1)
    rest = 0
    for byte in block:
        rest = (rest << 8 & full) ^ table[(rest >> top) ^ byte]
    return rest.to_bytes(degree, "big")


def final_message(value: str, level: str) -> tuple[int, bytes, int]:
    """(version, the interleaved data and error correction codewords, remainder bits) (7.6)."""
    version, data = data_stream(value, level)
    ec, blocks = _EC_BLOCKS[version - 1][LEVELS.index(level)]
    short, longer = divmod(len(data), blocks)
    pieces = []
    at = 0
    for b in range(blocks):
        size = short + (1 if b >= blocks - longer else 0)
        pieces.append(data[at : at + size])
        at += size
    out = bytearray()
    for i in range(short + (1 if longer else 0)):
        out.extend(p[i] for p in pieces if i < len(p))
    corrections = [remainder(p, ec) for p in pieces]
    for i in range(ec):
        out.extend(c[i] for c in corrections)
    return version, bytes(out), raw_modules(version) % 8

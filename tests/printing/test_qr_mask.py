"""The QR code printing.documents makes (_qr_encode's codewords, _qr_mask's placement and mask)
is segno's own symbol, module for module, over texts of every length, mode and level; and its
geometry and tables are the standard's."""

from __future__ import annotations

import random

import pytest
import segno
from segno import consts

from printing.documents import _qr_encode, _qr_mask
from printing.documents.barcodes import qr_matrix

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789|-/ :刹车异响前制动片磨损华南汽车销售服务有限公司"


def segno_symbol(text: str, level: str) -> list[str]:
    if text.isascii():
        symbol = segno.make_qr(text, error=level, boost_error=False)
    else:
        symbol = segno.make_qr(text, error=level, mode="byte", encoding="utf-8", eci=True, boost_error=False)
    return ["".join(str(x) for x in row) for row in symbol.matrix]


def test_the_alignment_centres_are_the_standards() -> None:
    assert _qr_mask.alignment_centres(1) == []
    for version in range(2, 41):
        assert _qr_mask.alignment_centres(version) == list(consts.ALIGNMENT_POS[version - 2]), version


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_the_symbol_is_segnos_own_choice(level: str) -> None:
    rng = random.Random(f"qr-{level}")
    versions = set()
    for _ in range(50):
        # Mostly tag-sized texts, some up to the largest symbols.
        length = rng.choice([rng.randint(1, 60), rng.randint(60, 400), rng.randint(400, 1200)])
        text = "".join(rng.choice(ALPHABET) for _ in range(length))
        try:
            expected = segno_symbol(text, level)
        except segno.DataOverflowError:
            continue
        n, rows = _qr_mask.qr_rows(text, level)
        assert [format(r, f"0{n}b") for r in rows] == expected, (level, len(text))
        versions.add((n - 17) // 4)
    assert min(versions) <= 4 and max(versions) >= 20  # small symbols and ones with version information


def test_the_format_information_of_every_level_and_mask() -> None:
    text = "QT1|GD0123|华南汽车销售服务有限公司|LS261127001"
    for level in "LMQH":
        for mask in range(8):
            symbol = segno.make_qr(text, error=level, mode="byte", encoding="utf-8", eci=True, mask=mask,
                                   boost_error=False)  # fmt: skip
            n = len(symbol.matrix)
            first, second = _qr_mask.format_cells(n)
            bits = _qr_mask.format_bits(level, mask)
            for copy in (first, second):
                assert [symbol.matrix[i][j] for i, j in copy] == [bits >> b & 1 for b in range(15)]


def test_the_matrix_the_labels_draw() -> None:
    text = "QT1|GD0123|华南汽车销售服务有限公司"
    matrix = qr_matrix(text, "M")
    assert ["".join("1" if x else "0" for x in row) for row in matrix] == segno_symbol(text, "M")
    with pytest.raises(ValueError, match="not one of"):
        qr_matrix(text, "X")


@pytest.mark.parametrize(
    ("name", "alphabet"),
    [
        ("numeric", "0123456789"),
        ("alphanumeric", _qr_encode.ALPHANUMERIC),
        ("bytes", "abcxyzABC019|-_.~"),
    ],
)
def test_every_mode_is_segnos_symbol(name: str, alphabet: str) -> None:
    rng = random.Random(f"qr-{name}")
    for _ in range(40):
        level = rng.choice("LMQH")
        length = rng.choice([rng.randint(1, 40), rng.randint(40, 300), rng.randint(300, 2000)])
        text = "".join(rng.choice(alphabet) for _ in range(length))
        try:
            expected = segno_symbol(text, level)
        except segno.DataOverflowError:
            with pytest.raises(ValueError):
                _qr_mask.qr_rows(text, level)
            continue
        n, rows = _qr_mask.qr_rows(text, level)
        assert [format(r, f"0{n}b") for r in rows] == expected, (name, level, length)


def test_the_codeword_tables_are_the_standards() -> None:
    levels = {"L": consts.ERROR_LEVEL_L, "M": consts.ERROR_LEVEL_M, "Q": consts.ERROR_LEVEL_Q,
              "H": consts.ERROR_LEVEL_H}  # fmt: skip
    for version in range(1, 41):
        geometry = _qr_mask._geometry(version)
        assert _qr_encode.raw_modules(version) == geometry.bits, version
        for level, constant in levels.items():
            blocks = consts.ECC[version][constant]
            data = sum(b.num_blocks * b.num_data for b in blocks)
            assert _qr_encode.data_codewords(version, level) == data, (version, level)
            assert _qr_encode.data_codewords(version, level) * 8 == consts.SYMBOL_CAPACITY[version][constant]
        if version >= 7:
            assert _qr_mask.version_bits(version) == consts.VERSION_INFO[version - 7], version


def test_a_text_too_long_for_version_40() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        _qr_mask.qr_rows("x" * 3000, "M")

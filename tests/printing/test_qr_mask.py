"""The QR code's mask chosen by printing.documents._qr_mask is segno's own choice, module for
module, over texts of every length and all four levels; and its geometry is the standard's."""

from __future__ import annotations

import random

import pytest
import segno
from segno import consts

from printing.documents import _qr_mask
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

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.validation import PlateCheck, format_plate, is_plate_like, normalize_plate, validate_plate
from app.validation.plate import OFFICE_LETTERS, PROVINCES

SERIAL = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


@pytest.mark.parametrize(
    ("raw", "plate", "kind"),
    [
        # DOMAIN.md: what people type, and what is stored.
        ("京A·12345", "京A12345", "ordinary"),
        ("京a12345", "京A12345", "ordinary"),
        ("京Ａ１２３４５", "京A12345", "ordinary"),
        ("京A 12345", "京A12345", "ordinary"),
        ("京A-12345", "京A12345", "ordinary"),
        ("京A・12345", "京A12345", "ordinary"),
        ("京A•12345\r\n", "京A12345", "ordinary"),
        ("粤b·ab123\t", "粤BAB123", "ordinary"),
        ("琼Z99999", "琼Z99999", "ordinary"),
        ("粤B·1234挂", "粤B1234挂", "trailer"),
        ("川A1234学", "川A1234学", "learner"),
        ("京A0001警", "京A0001警", "police"),
        ("粤Z·1234港", "粤Z1234港", "hk_macao"),
        ("粤Z1234澳", "粤Z1234澳", "hk_macao"),
        # New energy, small: D/F (or A-K without I) in third place, a letter or digit, four digits.
        ("粤B·D12345", "粤BD12345", "nev_small"),
        ("粤BF12345", "粤BF12345", "nev_small"),
        ("沪AD A1234".replace(" ", ""), "沪ADA1234", "nev_small"),
        ("浙AA12345", "浙AA12345", "nev_small"),
        ("苏EK12345", "苏EK12345", "nev_small"),
        ("苏EH12345", "苏EH12345", "nev_small"),
        # New energy, large: five digits then D or F.
        ("粤B12345D", "粤B12345D", "nev_large"),
        ("粤B·12345F", "粤B12345F", "nev_large"),
    ],
)
def test_valid_plates(raw: str, plate: str, kind: str) -> None:
    assert validate_plate(raw) == PlateCheck(plate=plate, kind=kind, warning=None)


@pytest.mark.parametrize(
    ("raw", "plate", "kind"), [("使014·578", "使014578", "embassy"), ("沪A·1234领", "沪A1234领", "consulate")]
)
def test_embassy_and_consulate_plates_are_accepted_with_a_warning(raw: str, plate: str, kind: str) -> None:
    check = validate_plate(raw)
    assert (check.plate, check.kind) == (plate, kind)
    assert check.warning is not None and ("使馆" in check.warning or "领事馆" in check.warning)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", ["请输入"]),
        ("\r\n", ["请输入"]),
        ("A12345", ["第 1 位", "省份"]),
        ("台A12345", ["第 1 位", "台", "省份"]),
        ("京", ["不完整"]),
        ("京I12345", ["第 2 位", "I"]),
        ("京O12345", ["第 2 位", "O"]),
        ("京112345", ["第 2 位", "A-Z"]),
        ("京A1234", ["7 位", "8 位", "6 位"]),
        ("京A1234567", ["9 位"]),
        ("京A12O45", ["第 5 位", "O", "数字 0"]),
        ("京A1234I", ["第 7 位", "I", "数字 1"]),
        ("京A12*45", ["第 5 位", "*"]),
        ("京A1挂345", ["第 4 位", "挂"]),
        ("京A1234使", ["第 7 位", "使"]),
        ("粤BL12345", ["第 3 位", "D、F"]),
        ("粤BI12345", ["第 3 位"]),
        ("粤BDO2345", ["第 4 位", "O"]),
        ("粤BDA234A", ["第 8 位", "数字"]),
        ("粤B12345A", ["第 8 位", "D 或 F"]),
        ("粤B1234AD", ["第 7 位", "数字"]),
        ("使01457", ["使馆", "7 位"]),
        ("使01457A", ["第 7 位"]),
    ],
)
def test_invalid_plates_are_refused_naming_the_problem(raw: str, words: list[str]) -> None:
    with pytest.raises(ValidationError) as e:
        validate_plate(raw)
    assert e.value.field == "plate"
    for word in words:
        assert word in e.value.message, e.value.message


def test_plate_check_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        validate_plate("京A12345").kind = "police"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("plate", "shown"),
    [
        ("京A12345", "京A·12345"),
        ("京a·12345", "京A·12345"),
        ("粤BD12345", "粤B·D12345"),
        ("粤B12345D", "粤B·12345D"),
        ("使014578", "使014·578"),
        ("京A", "京A"),
        ("", ""),
    ],
)
def test_format_plate(plate: str, shown: str) -> None:
    assert format_plate(plate) == shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("京A12345", True),
        ("京a·12345", True),
        ("粤B", True),
        ("粤B12", True),
        ("粤BD12345", True),
        ("粤B1234挂", True),
        ("使014578", True),
        ("京A12O45", True),  # mistyped plates still go to the plate search
        ("京", False),
        ("12345", False),
        ("LHGRC3838F8043791", False),
        ("张三", False),
        ("粤B123456789", False),
    ],
)
def test_is_plate_like(text: str, expected: bool) -> None:
    assert is_plate_like(text) is expected


provinces = st.sampled_from(PROVINCES)
offices = st.sampled_from(OFFICE_LETTERS)
ordinary_plates = st.builds(
    lambda p, o, s: p + o + s, provinces, offices, st.text(alphabet=SERIAL, min_size=5, max_size=5)
)
nev_small_plates = st.builds(
    lambda p, o, t, x, d: p + o + t + x + d,
    provinces,
    offices,
    st.sampled_from("ABCDEFGHJK"),
    st.sampled_from(SERIAL),
    st.text(alphabet="0123456789", min_size=4, max_size=4),
)
nev_large_plates = st.builds(
    lambda p, o, d, e: p + o + d + e,
    provinces,
    offices,
    st.text(alphabet="0123456789", min_size=5, max_size=5),
    st.sampled_from("DF"),
)
any_plate = st.one_of(ordinary_plates, nev_small_plates, nev_large_plates)


@given(any_plate)
def test_generated_plates_validate(plate: str) -> None:
    check = validate_plate(plate)
    assert check.plate == plate
    assert check.kind in ("ordinary", "nev_small", "nev_large")


@given(any_plate, st.sampled_from(["", " ", "·", "-", "\r\n", "\t"]), st.booleans(), st.booleans())
def test_format_then_normalize_round_trips(plate: str, junk: str, lower: bool, fullwidth: bool) -> None:
    shown = format_plate(plate)
    assert shown[2] == "·"
    typed = shown.lower() if lower else shown
    if fullwidth:
        typed = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in typed)
    assert normalize_plate(typed + junk) == plate
    assert validate_plate(typed + junk).plate == plate


@given(st.text(max_size=12))
def test_normalize_plate_is_idempotent(text: str) -> None:
    once = normalize_plate(text)
    assert normalize_plate(once) == once


@given(st.text(max_size=10))
def test_validate_plate_never_crashes(text: str) -> None:
    try:
        check = validate_plate(text)
    except ValidationError as e:
        assert e.field == "plate" and e.message
    else:
        assert check.plate == normalize_plate(text)
        assert is_plate_like(check.plate)

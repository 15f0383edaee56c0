from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.validation import PhoneCheck, mask_phone, normalize_phone, validate_phone


@pytest.mark.parametrize(
    ("raw", "number", "kind", "extension"),
    [
        ("13812345678", "13812345678", "mobile", None),
        ("138 1234 5678", "13812345678", "mobile", None),
        ("138-1234-5678", "13812345678", "mobile", None),
        ("+86 138 1234 5678", "13812345678", "mobile", None),
        ("+8613812345678", "13812345678", "mobile", None),
        ("0086-13812345678", "13812345678", "mobile", None),
        ("8613812345678", "13812345678", "mobile", None),
        ("＋８６ １３８１２３４５６７８", "13812345678", "mobile", None),
        ("13812345678\r\n", "13812345678", "mobile", None),
        ("19912345678\t", "19912345678", "mobile", None),
        ("(+86) 150-0000-0000", "15000000000", "mobile", None),
        ("010-12345678", "01012345678", "landline", None),
        ("(010) 1234 5678", "01012345678", "landline", None),
        ("（０１０）１２３４５６７８", "01012345678", "landline", None),
        ("0755-88886666", "075588886666", "landline", None),
        ("0755-8888666", "07558888666", "landline", None),
        ("021 6888 8888", "02168888888", "landline", None),
        ("+86 755 8888 6666", "075588886666", "landline", None),
        ("+86-10-12345678", "01012345678", "landline", None),
        ("010-12345678-123", "01012345678", "landline", "123"),
        ("010-12345678转123", "01012345678", "landline", "123"),
        ("0755-88886666 转 8", "075588886666", "landline", "8"),
        ("0755-88886666分机1234", "075588886666", "landline", "1234"),
        ("0755 88886666 ext. 12", "075588886666", "landline", "12"),
        ("0755-88886666 x12", "075588886666", "landline", "12"),
        ("0755-8888-6666", "075588886666", "landline", None),
    ],
)
def test_valid_numbers(raw: str, number: str, kind: str, extension: str | None) -> None:
    assert validate_phone(raw) == PhoneCheck(number=number, kind=kind, extension=extension)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("+86 138-1234-5678", "13812345678"),
        ("(0755) 8888 6666 转 12", "075588886666-12"),
        ("010-12345678-123", "01012345678-123"),
        ("01012345678-123", "01012345678-123"),
        ("0755-8888-6666", "075588886666"),
    ],
)
def test_normalize_phone(raw: str, normalised: str) -> None:
    assert normalize_phone(raw) == normalised
    assert normalize_phone(normalised) == normalised


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", ["请输入"]),
        (" \r\n", ["请输入"]),
        ("1381234567", ["11 位", "10 位"]),
        ("138123456789", ["11 位", "12 位"]),
        ("12812345678", ["13-19"]),
        ("11012345678", ["13-19"]),
        ("88886666", ["区号"]),
        ("0755-888866", ["区号", "6 位"]),
        ("010-123456", ["区号", "6 位"]),
        ("0755-888866667", ["9 位"]),
        ("138-1234-567a", ["无效字符", "a"]),
        ("13812345678转1", ["分机"]),
        ("+852 9123 4567", ["+"]),
        ("400-800-8888", ["手机", "固定电话"]),
    ],
)
def test_invalid_numbers_are_refused(raw: str, words: list[str]) -> None:
    with pytest.raises(ValidationError) as e:
        validate_phone(raw)
    assert e.value.field == "phone"
    for word in words:
        assert word in e.value.message, e.value.message


def test_phone_check_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        validate_phone("13812345678").kind = "landline"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("13812345678", "138****5678"),
        ("+86 138 1234 5678", "138****5678"),
        ("01012345678", "010-****5678"),
        ("075588886666", "0755-****6666"),
        ("07558886666", "0755-***6666"),
        ("010-12345678-123", "010-****5678"),
        ("12345", "*2345"),
    ],
)
def test_mask_phone(number: str, masked: str) -> None:
    assert mask_phone(number) == masked


mobiles = st.builds(
    lambda second, rest: "1" + second + rest,
    st.sampled_from("3456789"),
    st.text("0123456789", min_size=9, max_size=9),
)
landlines = st.one_of(
    st.builds(
        lambda a, s: "0" + a + s,
        st.sampled_from(["10", "20", "21", "22", "23", "24", "25", "27", "28", "29"]),
        st.text("0123456789", min_size=8, max_size=8),
    ),
    st.builds(
        lambda a, s: "0" + a + s,
        st.text("3456789", min_size=3, max_size=3),
        st.text("0123456789", min_size=7, max_size=8),
    ),
)


@given(
    mobiles,
    st.sampled_from(["", "+86 ", "0086", "+86-"]),
    st.sampled_from(["", " ", "-"]),
    st.sampled_from(["", "\r\n", "\t"]),
)
def test_generated_mobiles_validate_and_mask_keeps_last_4(
    number: str, prefix: str, sep: str, tail: str
) -> None:
    typed = prefix + number[:3] + sep + number[3:7] + sep + number[7:] + tail
    assert validate_phone(typed) == PhoneCheck(number, "mobile")
    assert normalize_phone(normalize_phone(typed)) == normalize_phone(typed) == number
    masked = mask_phone(typed)
    assert masked.endswith(number[-4:]) and masked.startswith(number[:3]) and "****" in masked


@given(landlines, st.one_of(st.none(), st.text("0123456789", min_size=1, max_size=4)))
def test_generated_landlines_validate(number: str, extension: str | None) -> None:
    area = 3 if number[1] in "12" else 4
    typed = number[:area] + "-" + number[area:] + (f"-{extension}" if extension else "")
    assert validate_phone(typed) == PhoneCheck(number, "landline", extension)
    once = normalize_phone(typed)
    assert normalize_phone(once) == once
    assert mask_phone(typed).endswith(number[-4:])


@given(st.text(max_size=20))
def test_validate_phone_never_crashes_and_mask_keeps_last_4_digits(text: str) -> None:
    try:
        check = validate_phone(text)
    except ValidationError as e:
        assert e.field == "phone" and e.message
    else:
        assert check.number.isdigit()
        assert mask_phone(text).endswith(check.number[-4:])

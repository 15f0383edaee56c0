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
        ("010-62345678", "01062345678", "landline", None),
        ("(010) 6234 5678", "01062345678", "landline", None),
        ("（０１０）６２３４５６７８", "01062345678", "landline", None),
        ("0755-88886666", "075588886666", "landline", None),
        ("0755-8888666", "07558888666", "landline", None),
        ("021 6888 8888", "02168888888", "landline", None),
        ("+86 755 8888 6666", "075588886666", "landline", None),
        ("+86-10-62345678", "01062345678", "landline", None),
        ("010-62345678-123", "01062345678", "landline", "123"),
        ("010-62345678转123", "01062345678", "landline", "123"),
        ("0755-88886666 转 8", "075588886666", "landline", "8"),
        ("0755-88886666分机1234", "075588886666", "landline", "1234"),
        ("0755 88886666 ext. 12", "075588886666", "landline", "12"),
        ("0755-88886666 x12", "075588886666", "landline", "12"),
        ("0755-8888-6666", "075588886666", "landline", None),
        # A trunk 0 in front of a mobile is dropped.
        ("013812345678", "13812345678", "mobile", None),
        ("0138-1234-5678", "13812345678", "mobile", None),
        ("+86 10 8765 4321", "01087654321", "landline", None),
        # Hong Kong and Macau keep their country code.
        ("+852 9123 4567", "+85291234567", "hk", None),
        ("+852-2345-6789", "+85223456789", "hk", None),
        ("00852 91234567", "+85291234567", "hk", None),
        ("+853 6612 3456", "+85366123456", "mo", None),
        ("(+853) 2871 2345", "+85328712345", "mo", None),
    ],
)
def test_valid_numbers(raw: str, number: str, kind: str, extension: str | None) -> None:
    assert validate_phone(raw) == PhoneCheck(number=number, kind=kind, extension=extension)


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [
        ("+86 138-1234-5678", "13812345678"),
        ("(0755) 8888 6666 转 12", "075588886666-12"),
        ("010-62345678-123", "01062345678-123"),
        ("01062345678-123", "01062345678-123"),
        ("0755-8888-6666", "075588886666"),
        ("013812345678", "13812345678"),
        ("+852 9123 4567", "+85291234567"),
        ("+853 6612 3456 转 8", "+85366123456-8"),
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
        # After +86 there is no trunk 0: a number starting 13-19 is a mobile.
        ("+86 1381234567", ["手机", "11 位", "10 位"]),
        ("0086 138 1234 567", ["手机", "11 位", "10 位"]),
        # No area code starts 00, or 01 other than 010.
        ("0123456789", ["区号", "012", "010"]),
        ("01912345678", ["区号", "019", "010"]),
        ("011-12345678", ["区号", "011", "010"]),
        ("00112345678", ["区号", "00", "国际"]),
        ("0138123456789", ["013", "010", "手机", "12 位"]),
        # The local number starts 2-9.
        ("0755-0888666", ["2-9", "0888666"]),
        ("0755-1888666", ["2-9", "1888666"]),
        ("010-02345678", ["2-9", "02345678"]),
        ("010-12345678-123", ["2-9"]),
        # 400/800: accepted only where service numbers are (company customers).
        ("400-800-8888", ["400", "单位"]),
        ("800 820 8820", ["800", "单位"]),
        # Hong Kong and Macau numbers have 8 digits.
        ("+852 9123 456", ["香港", "8 位", "7 位"]),
        ("+853 6612 34567", ["澳门", "8 位", "9 位"]),
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
        ("01062345678", "010-****5678"),
        ("075588886666", "0755-****6666"),
        ("07558886666", "0755-***6666"),
        ("010-62345678-123", "010-****5678"),
        ("013812345678", "138****5678"),
        ("+85291234567", "+852-****4567"),
        ("+853 6612 3456", "+853-****3456"),
        ("4008208820", "400-***-8820"),
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


def local_numbers(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    """A local number starts 2-9 (0 is the trunk prefix, 1 the special services)."""
    return st.builds(
        lambda first, rest: first + rest,
        st.sampled_from("23456789"),
        st.text("0123456789", min_size=min_size - 1, max_size=max_size - 1),
    )


landlines = st.one_of(
    st.builds(
        lambda a, s: "0" + a + s,
        st.sampled_from(["10", "20", "21", "22", "23", "24", "25", "27", "28", "29"]),
        local_numbers(8, 8),
    ),
    st.builds(
        lambda a, s: "0" + a + s,
        st.text("3456789", min_size=3, max_size=3),
        local_numbers(7, 8),
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
        # Hong Kong and Macau numbers keep their country code (+852, +853).
        assert check.number.removeprefix("+").isdigit()
        assert mask_phone(text).endswith(check.number[-4:])


@given(landlines, st.sampled_from("01"))
def test_generated_landlines_with_local_number_starting_0_or_1_are_refused(number: str, first: str) -> None:
    area = 3 if number[1] in "12" else 4
    typed = number[:area] + "-" + first + number[area + 1 :]
    with pytest.raises(ValidationError) as e:
        validate_phone(typed)
    assert "2-9" in e.value.message and number[:area] in e.value.message


@given(mobiles, st.sampled_from(["", "-", " "]))
def test_generated_mobiles_with_a_trunk_0_are_the_mobile(number: str, sep: str) -> None:
    typed = "0" + number[:3] + sep + number[3:7] + sep + number[7:]
    assert validate_phone(typed) == PhoneCheck(number, "mobile")
    assert normalize_phone(typed) == number
    assert mask_phone(typed) == f"{number[:3]}****{number[-4:]}"


@given(mobiles, st.sampled_from(["+86 ", "+86", "0086 ", "(+86) "]))
def test_generated_mobiles_missing_a_digit_after_86_are_refused(number: str, prefix: str) -> None:
    with pytest.raises(ValidationError) as e:
        validate_phone(prefix + number[:10])
    assert "手机" in e.value.message and "10 位" in e.value.message


@given(
    st.sampled_from([("+852", "hk"), ("+853", "mo")]),
    st.text("0123456789", min_size=8, max_size=8),
    st.sampled_from(["", " ", "-"]),
    st.sampled_from(["", "00"]),
)
def test_generated_hong_kong_and_macau_numbers_keep_their_country_code(
    region: tuple[str, str], digits: str, sep: str, zeros: str
) -> None:
    code, kind = region
    typed = (code.replace("+", zeros) if zeros else code) + " " + digits[:4] + sep + digits[4:]
    stored = code + digits
    assert validate_phone(typed) == PhoneCheck(stored, kind)
    assert normalize_phone(typed) == normalize_phone(stored) == stored
    assert mask_phone(typed) == f"{code}-****{digits[-4:]}"


@pytest.mark.parametrize(
    ("raw", "number", "extension"),
    [
        ("400-820-8820", "4008208820", None),
        ("800 820 8820", "8008208820", None),
        ("+86 400 820 8820", "4008208820", None),
        ("4008208820转2", "4008208820", "2"),
    ],
)
def test_service_numbers_are_accepted_where_allowed(raw: str, number: str, extension: str | None) -> None:
    assert validate_phone(raw, service_numbers=True) == PhoneCheck(number, "service", extension)


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("400-820-882", ["400", "10 位", "9 位"]),
        ("800-820-88201", ["800", "10 位", "11 位"]),
        ("13812345678转1", ["分机"]),
    ],
)
def test_malformed_service_numbers_are_refused(raw: str, words: list[str]) -> None:
    with pytest.raises(ValidationError) as e:
        validate_phone(raw, service_numbers=True)
    for word in words:
        assert word in e.value.message, e.value.message

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.validation import VinCheck, is_vin_like, normalize_vin, validate_vin, vin_check_digit

VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"


@pytest.mark.parametrize("vin", ["LHGRC3838F8043791", "WP0AA2987FK162906", "5J6HYJ8V55L009357"])
def test_domain_examples_are_valid(vin: str) -> None:
    assert validate_vin(vin) == VinCheck(vin=vin, check_digit_ok=True, warning=None)


def test_domain_example_with_wrong_check_digit_is_flagged() -> None:
    # DOMAIN.md lists it as invalid (check digit). Its WMI (A: Africa) is outside the regions where
    # the check digit is mandatory, so it is not refused: the advisor must confirm a warning naming
    # position 9.
    check = validate_vin("AHGRC3838F8043791")
    assert not check.check_digit_ok
    assert check.warning is not None
    assert "第 9 位" in check.warning and "3" in check.warning


def test_domain_example_with_16_characters_is_refused() -> None:
    with pytest.raises(ValidationError) as e:
        validate_vin("WP0AA2987FK16290")
    assert e.value.field == "vin"
    assert "17" in e.value.message and "16 位" in e.value.message


def test_european_import_without_check_digit_is_a_warning() -> None:
    check = validate_vin("9BWZZZ377VT004251")
    assert check.vin == "9BWZZZ377VT004251"
    assert not check.check_digit_ok
    assert check.warning is not None and "第 9 位" in check.warning


@pytest.mark.parametrize(
    ("vin", "expected"),
    [
        ("LHGRC3838F8043791", "8"),
        ("LHGRC3833F8043791", "8"),  # position 9 has weight 0: its own value does not matter
        ("WP0AA2987FK162906", "7"),
        ("5J6HYJ8V55L009357", "5"),
        ("1M8GDM9AXKP042788", "X"),
    ],
)
def test_vin_check_digit(vin: str, expected: str) -> None:
    assert vin_check_digit(vin) == expected


@pytest.mark.parametrize(
    "vin", ["LHGRC3838F804379O", "LHGRC3838F80437", "LHGRC3838F80437911", "LHGRC3838F80437 1"]
)
def test_vin_check_digit_rejects_bad_input(vin: str) -> None:
    with pytest.raises(ValueError):
        vin_check_digit(vin)


@pytest.mark.parametrize(
    "raw",
    [
        "ＬＨＧＲＣ３８３８Ｆ８０４３７９１",
        "LHGRC3838F8043791\r\n",
        "LHGRC3838F8043791\t",
        "lhgrc3838f8043791",
        " LHG RC38-38F8-043791 ",
        "LHGRC3838F8043791\n",
        "\ufeffLHGRC3838F8043791",
        "ＬＨＧ－ＲＣ３８３８Ｆ８０４３７９１\u3000",
    ],
)
def test_keyboard_ime_and_scanner_input_is_normalised(raw: str) -> None:
    assert validate_vin(raw).vin == "LHGRC3838F8043791"


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("", ["请输入"]),
        ("   \r\n", ["请输入"]),
        ("LHGRC3838F80437", ["17", "15 位"]),
        ("LHGRC3838F80437911", ["17", "18 位"]),
        ("LHGRC3838F8O43791", ["第 12 位", "O", "数字 0"]),
        ("LHGRC3838F8043791".replace("G", "I"), ["第 3 位", "I", "数字 1"]),
        ("LHGRC3838F8Q43791", ["第 12 位", "Q"]),
        ("LHGRC3838F804379中", ["第 17 位", "中"]),
        ("LHGRC3838F8043*91", ["第 15 位", "*"]),
        # China and North America: a wrong check digit is a typing error.
        ("LHGRC3833F8043791", ["第 9 位", "应为 8", "输入的是 3"]),
        ("LHGRC3838F8043792", ["第 9 位"]),
        ("5J6HYJ8V15L009357", ["第 9 位", "应为 5"]),
        ("1M8GDM9A1KP042788", ["第 9 位", "应为 X"]),
    ],
)
def test_invalid_vins_are_refused_with_a_message_naming_the_problem(raw: str, words: list[str]) -> None:
    with pytest.raises(ValidationError) as e:
        validate_vin(raw)
    assert e.value.field == "vin"
    for word in words:
        assert word in e.value.message


ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]


@pytest.mark.parametrize("mark", ZERO_WIDTH)
@pytest.mark.parametrize("at", [0, 1, 8, 9, 16, 17])
def test_zero_width_characters_anywhere_are_removed(mark: str, at: int) -> None:
    vin = "LHGRC3838F8043791"
    pasted = vin[:at] + mark + vin[at:]
    assert normalize_vin(pasted) == vin
    assert validate_vin(pasted) == VinCheck(vin=vin, check_digit_ok=True, warning=None)


def test_several_zero_width_characters_in_a_chat_paste_are_removed() -> None:
    assert validate_vin("LHG\u200bRC38\u200c38F8\u2060043\u200d791\ufeff\r\n").vin == "LHGRC3838F8043791"


@pytest.mark.parametrize(
    ("vin", "year"),
    [("LHGRC3831U8043791", "U"), ("LHGRC3832Z8043791", "Z"), ("LHGRC383908043791", "0")],
)
def test_impossible_model_year_is_a_warning_not_a_refusal(vin: str, year: str) -> None:
    check = validate_vin(vin)
    assert check.vin == vin and check.check_digit_ok
    assert check.warning is not None
    for word in ["第 10 位", f"“{year}”", "年款", "行驶证"]:
        assert word in check.warning, check.warning


@pytest.mark.parametrize("vin", ["11111111111111111", "22222222222222222"])
def test_one_repeated_character_is_a_warning_even_with_a_correct_check_digit(vin: str) -> None:
    check = validate_vin(vin)
    assert check.vin == vin and check.check_digit_ok
    assert check.warning is not None
    assert f"“{vin[0]}”" in check.warning and "17 位" in check.warning and "行驶证" in check.warning


def test_warnings_add_up_when_a_vin_has_several_doubts() -> None:
    # Germany (no mandatory check digit): a wrong check digit and U as model year.
    check = validate_vin("WP0AA2987UK162906")
    assert not check.check_digit_ok and check.warning is not None
    assert "第 9 位" in check.warning and "第 10 位" in check.warning
    # Repeated A: the check digit would be 1 and A is a fine year code; two warnings, no refusal.
    check = validate_vin("AAAAAAAAAAAAAAAAA")
    assert check.warning is not None
    assert "第 9 位" in check.warning and "“A”" in check.warning
    assert "第 10 位" not in check.warning


def test_a_repeated_china_vin_with_a_wrong_check_digit_is_still_refused() -> None:
    with pytest.raises(ValidationError) as e:
        validate_vin("LLLLLLLLLLLLLLLLL")
    assert "第 9 位" in e.value.message


def test_vin_check_is_frozen() -> None:
    check = validate_vin("LHGRC3838F8043791")
    with pytest.raises(dataclasses.FrozenInstanceError):
        check.vin = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LHGRC3838F8043791", True),
        ("lhgrc3838f8043791\r\n", True),
        ("ＬＨＧＲＣ３８３８Ｆ８０４３７９１", True),
        ("LHGRC3838F8O43791", True),  # a mistyped VIN still goes to the VIN search
        ("LHGRC3838F804379", False),
        ("粤B12345", False),
        ("13812345678", False),
        ("043791", False),
        ("LHGRC3838F804379中", False),
    ],
)
def test_is_vin_like(text: str, expected: bool) -> None:
    assert is_vin_like(text) is expected


def _with_check_digit(sixteen: str) -> str:
    draft = sixteen[:8] + "0" + sixteen[8:]
    return draft[:8] + vin_check_digit(draft) + draft[9:]


vin_bodies = st.text(alphabet=VIN_CHARS, min_size=16, max_size=16)


def _doubtful(vin: str) -> bool:
    """Impossible model year (position 10) or one repeated character: a warning to confirm."""
    return vin[9] in "UZ0" or len(set(vin)) == 1


@given(vin_bodies)
def test_any_16_valid_characters_with_their_check_digit_validate(body: str) -> None:
    vin = _with_check_digit(body)
    check = validate_vin(vin)
    assert check.check_digit_ok and check.vin == vin
    assert (check.warning is not None) is _doubtful(vin)


@given(vin_bodies, st.sampled_from("UZ0"))
def test_an_impossible_model_year_always_warns_and_never_refuses(body: str, year: str) -> None:
    vin = _with_check_digit(body[:8] + year + body[9:])
    check = validate_vin(vin)
    assert check.vin == vin and check.check_digit_ok
    assert check.warning is not None and "第 10 位" in check.warning


@given(vin_bodies, st.lists(st.tuples(st.integers(0, 17), st.sampled_from(ZERO_WIDTH)), max_size=4))
def test_zero_width_characters_never_change_the_result(body: str, marks: list[tuple[int, str]]) -> None:
    vin = _with_check_digit(body)
    pasted = vin
    for at, mark in marks:
        pasted = pasted[:at] + mark + pasted[at:]
    assert validate_vin(pasted) == validate_vin(vin)


@given(vin_bodies, st.sampled_from("0123456789X"))
def test_a_wrong_check_digit_never_passes(body: str, digit: str) -> None:
    vin = _with_check_digit(body)
    wrong = vin[:8] + digit + vin[9:]
    if digit == vin[8]:
        return
    if wrong[0] == "L" or wrong[0] in "12345":
        with pytest.raises(ValidationError):
            validate_vin(wrong)
    else:
        check = validate_vin(wrong)
        assert not check.check_digit_ok and check.warning is not None


@given(vin_bodies, st.integers(0, 15), st.sampled_from(VIN_CHARS))
def test_changing_one_character_changes_the_check_digit(body: str, index: int, char: str) -> None:
    # The weights and mod 11 catch every single-character substitution whose value differs.
    vin = _with_check_digit(body)
    pos = index if index < 8 else index + 1
    changed = vin[:pos] + char + vin[pos + 1 :]
    if changed != vin and _value(char) != _value(vin[pos]):
        assert vin_check_digit(changed) != vin[8]


_VALUES = [*range(10), 1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]


def _value(char: str) -> int:
    return dict(zip(VIN_CHARS, _VALUES, strict=True))[char]


@given(st.text(alphabet=VIN_CHARS.lower() + VIN_CHARS + " -\t\r\n\u3000" + "".join(ZERO_WIDTH), max_size=30))
def test_normalize_vin_is_idempotent(text: str) -> None:
    once = normalize_vin(text)
    assert normalize_vin(once) == once
    assert once == once.upper() and " " not in once and "-" not in once
    assert not any(mark in once for mark in ZERO_WIDTH)

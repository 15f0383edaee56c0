"""Vehicle identification numbers (车架号, GB 16735 / ISO 3779): normalise, check, explain."""

from __future__ import annotations

from dataclasses import dataclass

from app.errors import ValidationError
from app.validation.text import DASHES, clean_scanned, remove_invisible, to_halfwidth
from app.wording import joined, say

VIN_LENGTH = 17
CHECK_POSITION = 9  # 1-based, as people count
YEAR_POSITION = 10
# Never a model year: U and Z are not used, 0 is not (the digits 1-9 stand for 2001-2009, 2031-2039).
_IMPOSSIBLE_YEARS = "UZ0"
_FORBIDDEN = "IOQ"
_ALPHABET = frozenset("0123456789ABCDEFGHJKLMNPRSTUVWXYZ")
_VALUES = (
    {str(d): d for d in range(10)}
    | dict(zip("ABCDEFGH", range(1, 9), strict=True))
    | dict(zip("JKLMN", range(1, 6), strict=True))
    | {"P": 7, "R": 9}
    | dict(zip("STUVWXYZ", range(2, 10), strict=True))
)
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
# What a forbidden letter most likely meant.
_LIKELY = {"I": say("数字 1"), "O": say("数字 0"), "Q": say("数字 0")}


@dataclass(frozen=True)
class VinCheck:
    vin: str
    check_digit_ok: bool
    # Set when the VIN is possible but doubtful, for the advisor to confirm against the papers: a
    # failed check digit where one is not mandatory, an impossible model year, one repeated character.
    warning: str | None = None


def normalize_vin(raw: str) -> str:
    """Half-width, upper case, without spaces, dashes, zero-width characters or a scanner's
    trailing Enter/Tab."""
    text = to_halfwidth(remove_invisible(clean_scanned(raw))).upper()
    return "".join(c for c in text if not c.isspace() and c not in DASHES)


def vin_check_digit(vin: str) -> str:
    """The check digit (position 9) a 17-character VIN should carry: "0"-"9" or "X"."""
    if len(vin) != VIN_LENGTH:
        raise ValueError(f"a VIN has {VIN_LENGTH} characters, got {len(vin)}")
    total = 0
    for pos, (char, weight) in enumerate(zip(vin, _WEIGHTS, strict=True), start=1):
        value = _VALUES.get(char)
        if value is None:
            raise ValueError(f"invalid VIN character {char!r} at position {pos}")
        total += value * weight
    remainder = total % 11
    return "X" if remainder == 10 else str(remainder)


def requires_check_digit(vin: str) -> bool:
    """China (WMI starting with L) and North America (1-5) always use the check digit."""
    return vin[:1] == "L" or vin[:1] in "12345"


def _check_characters(vin: str) -> None:
    for pos, char in enumerate(vin, start=1):
        if char in _ALPHABET:
            continue
        if char in _FORBIDDEN:
            raise ValidationError(
                "vin",
                say(
                    "第 {pos} 位是字母 {char}：车架号不使用字母 I、O、Q，这里可能是{likely}",
                    pos=pos,
                    char=char,
                    likely=_LIKELY[char],
                ),
            )
        raise ValidationError(
            "vin",
            say(
                "第 {pos} 位“{char}”不是有效字符：车架号只含数字和大写字母（不含 I、O、Q）",
                pos=pos,
                char=char,
            ),
        )


def _doubts(vin: str, check_digit_ok: bool, expected: str) -> list[str]:
    """What a well-formed VIN still makes doubtful, each named for the advisor to check."""
    doubts: list[str] = []
    if len(set(vin)) == 1:
        doubts.append(say("车架号 17 位全是“{char}”，不像真实的车架号（可能是占位或误输）", char=vin[0]))
    if not check_digit_ok:
        doubts.append(
            say(
                "第 {position} 位校验位不符（按规则应为 {expected}，部分进口车的车架号不使用校验位）",
                position=CHECK_POSITION,
                expected=expected,
            )
        )
    year = vin[YEAR_POSITION - 1]
    if year in _IMPOSSIBLE_YEARS:
        doubts.append(
            say(
                "第 {position} 位年款代码“{year}”不存在（年款代码不用字母 U、Z 和数字 0），可能输错了字符",
                position=YEAR_POSITION,
                year=year,
            )
        )
    return doubts


def validate_vin(raw: str) -> VinCheck:
    """Refuses a malformed VIN; a failed check digit is refused only where one is mandatory.

    A doubtful VIN (a check digit that fails where it is optional, an impossible model year, one
    character repeated) is accepted with a warning the advisor confirms.
    """
    vin = normalize_vin(raw)
    if not vin:
        raise ValidationError("vin", say("请输入车架号（VIN）"))
    _check_characters(vin)
    if len(vin) != VIN_LENGTH:
        raise ValidationError(
            "vin", say("车架号应为 {length} 位，当前输入了 {given} 位", length=VIN_LENGTH, given=len(vin))
        )
    expected = vin_check_digit(vin)
    actual = vin[CHECK_POSITION - 1]
    check_digit_ok = actual == expected
    if not check_digit_ok and requires_check_digit(vin):
        raise ValidationError(
            "vin",
            say(
                "第 {position} 位校验位应为 {expected}，输入的是 {actual}："
                "请逐位核对车架号，可能有输错的字符",
                position=CHECK_POSITION,
                expected=expected,
                actual=actual,
            ),
        )
    doubts = _doubts(vin, check_digit_ok, expected)
    warning = say("{doubts}。请对照行驶证核实后确认", doubts=joined(doubts, say("；"))) if doubts else None
    return VinCheck(vin=vin, check_digit_ok=check_digit_ok, warning=warning)


def is_vin_like(s: str) -> bool:
    """True when search text looks like a whole VIN: 17 letters and digits.

    I, O and Q are tolerated so that a mistyped VIN still goes to the VIN search (and its message).
    """
    vin = normalize_vin(s)
    return len(vin) == VIN_LENGTH and vin.isascii() and vin.isalnum()

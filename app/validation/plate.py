"""Licence plates (号牌, GA 36): normalise what people type, check it, show it grouped."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import ValidationError
from app.validation.text import DASHES, MIDDLE_DOTS, clean_scanned, to_halfwidth
from app.wording import say

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
OFFICE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # A-Z without I and O
SERIAL_LETTERS = OFFICE_LETTERS
DIGITS = "0123456789"
ORDINARY_LENGTH = 7
NEV_LENGTH = 8
EMBASSY = "使"
CONSULATE = "领"
NEV_ENERGY = "DF"  # D pure electric, F other new energy
NEV_SMALL_THIRD = "ABCDEFGHJK"  # D/F, and newer series A-K without I


class PlateKind(StrEnum):
    ORDINARY = "ordinary"
    NEV_SMALL = "nev_small"
    NEV_LARGE = "nev_large"
    TRAILER = "trailer"
    LEARNER = "learner"
    POLICE = "police"
    HK_MACAO = "hk_macao"
    EMBASSY = "embassy"
    CONSULATE = "consulate"


PLATE_KIND_LABELS: dict[PlateKind, str] = {
    PlateKind.ORDINARY: "普通号牌",
    PlateKind.NEV_SMALL: "小型新能源汽车号牌",
    PlateKind.NEV_LARGE: "大型新能源汽车号牌",
    PlateKind.TRAILER: "挂车号牌",
    PlateKind.LEARNER: "教练汽车号牌",
    PlateKind.POLICE: "警用汽车号牌",
    PlateKind.HK_MACAO: "港澳入出境车号牌",
    PlateKind.EMBASSY: "使馆汽车号牌",
    PlateKind.CONSULATE: "领馆汽车号牌",
}
NEV_KINDS = frozenset({PlateKind.NEV_SMALL, PlateKind.NEV_LARGE})
KINDS: tuple[PlateKind, ...] = tuple(PlateKind)
# The last character of an ordinary plate may name its use instead of being a serial character.
SUFFIX_KINDS: dict[str, PlateKind] = {
    "挂": PlateKind.TRAILER,
    "学": PlateKind.LEARNER,
    "警": PlateKind.POLICE,
    "港": PlateKind.HK_MACAO,
    "澳": PlateKind.HK_MACAO,
}

_SEPARATORS = frozenset(MIDDLE_DOTS + DASHES + ".")
_LIKELY = {"I": say("数字 1"), "O": say("数字 0")}


@dataclass(frozen=True)
class PlateCheck:
    plate: str
    kind: PlateKind
    # Set for plates that are valid but unusual at a dealer counter (embassy, consulate).
    warning: str | None = None


def normalize_plate(raw: str) -> str:
    """京a·12345, 京A 12345, ＪＩＮＧ... -> 京A12345: half-width, upper case, no separators."""
    text = to_halfwidth(clean_scanned(raw)).upper()
    return "".join(c for c in text if not c.isspace() and c not in _SEPARATORS)


def _error(message: str) -> ValidationError:
    return ValidationError("plate", message)


def _serial_error(pos: int, char: str) -> ValidationError:
    if char in _LIKELY:
        return _error(
            say(
                "第 {pos} 位是字母 {char}：车牌号中不使用字母 I 和 O，这里可能是{likely}",
                pos=pos,
                char=char,
                likely=_LIKELY[char],
            )
        )
    return _error(say("第 {pos} 位“{char}”无效：这一位应为字母（不含 I、O）或数字", pos=pos, char=char))


def _check_serial(plate: str, start: int, end: int) -> None:
    """Positions start..end (1-based, inclusive) must be letters without I/O, or digits."""
    for pos in range(start, end + 1):
        char = plate[pos - 1]
        if char not in SERIAL_LETTERS and char not in DIGITS:
            raise _serial_error(pos, char)


def _check_digits(plate: str, start: int, end: int, what: str) -> None:
    for pos in range(start, end + 1):
        char = plate[pos - 1]
        if char not in DIGITS:
            raise _error(
                say("第 {pos} 位“{char}”无效：{what}的这一位应为数字", pos=pos, char=char, what=what)
            )


def _embassy(plate: str) -> PlateCheck:
    # 使 + three digits of the mission + three digits of the vehicle, e.g. 使014·578.
    if len(plate) != ORDINARY_LENGTH:
        raise _error(
            say(
                "使馆车牌应为 {length} 位（如 使014·578），当前输入了 {given} 位",
                length=ORDINARY_LENGTH,
                given=len(plate),
            )
        )
    _check_digits(plate, 2, ORDINARY_LENGTH, say("使馆车牌"))
    return PlateCheck(plate, PlateKind.EMBASSY, "这是使馆车牌（使），请核对行驶证后确认")


def _check_head(plate: str) -> None:
    first = plate[0]
    if first not in PROVINCES:
        raise _error(say("第 1 位“{first}”不是省份简称：车牌应以省份简称开头，如 粤B12345", first=first))
    if len(plate) < 2:
        raise _error(say("车牌号不完整：省份简称后应为发牌机关字母"))
    office = plate[1]
    if office not in OFFICE_LETTERS:
        if office in _LIKELY:
            raise _error(say("第 2 位是字母 {office}：发牌机关代号不使用 I 和 O", office=office))
        raise _error(say("第 2 位“{office}”无效：应为发牌机关字母 A-Z（不含 I、O）", office=office))


def _ordinary(plate: str) -> PlateCheck:
    _check_serial(plate, 3, ORDINARY_LENGTH - 1)
    last = plate[-1]
    if last == CONSULATE:
        return PlateCheck(plate, PlateKind.CONSULATE, "这是领事馆车牌（领），请核对行驶证后确认")
    kind = SUFFIX_KINDS.get(last)
    if kind is not None:
        return PlateCheck(plate, kind)
    _check_serial(plate, ORDINARY_LENGTH, ORDINARY_LENGTH)
    return PlateCheck(plate, PlateKind.ORDINARY)


def _nev(plate: str) -> PlateCheck:
    third = plate[2]
    if third in DIGITS:
        # Large new-energy vehicle: five digits, then D or F.
        _check_digits(plate, 3, 7, say("大型新能源车牌"))
        if plate[7] not in NEV_ENERGY:
            raise _error(say("第 8 位“{char}”无效：大型新能源车牌的最后一位应为 D 或 F", char=plate[7]))
        return PlateCheck(plate, PlateKind.NEV_LARGE)
    if third not in NEV_SMALL_THIRD:
        raise _error(
            say(
                "第 3 位“{third}”无效：小型新能源车牌第 3 位应为 D、F 或 A-K（不含 I），大型车为数字",
                third=third,
            )
        )
    _check_serial(plate, 4, 4)
    _check_digits(plate, 5, NEV_LENGTH, say("小型新能源车牌"))
    return PlateCheck(plate, PlateKind.NEV_SMALL)


def validate_plate(raw: str) -> PlateCheck:
    plate = normalize_plate(raw)
    if not plate:
        raise _error(say("请输入车牌号"))
    if plate[0] == EMBASSY:
        return _embassy(plate)
    _check_head(plate)
    if len(plate) == ORDINARY_LENGTH:
        return _ordinary(plate)
    if len(plate) == NEV_LENGTH:
        return _nev(plate)
    raise _error(
        say(
            "车牌号应为 {length} 位（新能源车牌 {nev_length} 位），当前输入了 {given} 位",
            length=ORDINARY_LENGTH,
            nev_length=NEV_LENGTH,
            given=len(plate),
        )
    )


def format_plate(plate: str) -> str:
    """Grouped for display: 京A·12345, 粤B·D12345; embassy plates as 使014·578."""
    text = normalize_plate(plate)
    split = 4 if text.startswith(EMBASSY) else 2
    if len(text) <= split:
        return text
    return f"{text[:split]}·{text[split:]}"


def mask_plate(plate: str | None) -> str:
    """A plate on papers and screens others see (the lounge, the monthly summary): the province
    and the office letter, then *** and the last two characters: 粤B12345 -> 粤B·***45. No plate
    gives "", one too short to mask safely gives *** alone."""
    text = normalize_plate(plate or "")
    if not text:
        return ""
    if len(text) < 5:
        return "***"
    return f"{text[:2]}·***{text[-2:]}"


def is_plate_like(s: str) -> bool:
    """True when search text looks like a (possibly partial) plate: 粤B, 粤B12, 粤B·D12345."""
    text = normalize_plate(s)
    if not 2 <= len(text) <= NEV_LENGTH or text[0] not in PROVINCES + EMBASSY:
        return False
    rest_ok = set(SERIAL_LETTERS + DIGITS + "IO" + "".join(SUFFIX_KINDS) + CONSULATE)
    return all(c in rest_ok for c in text[1:])

"""Mainland phone numbers: mobiles (11 digits, 13-19) and landlines with area code and extension."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.errors import ValidationError
from app.validation.text import DASHES, clean_scanned, to_halfwidth

MOBILE_LENGTH = 11
MOBILE_SECOND_DIGITS = "3456789"
SUBSCRIBER_LENGTHS = (7, 8)
MAX_EXTENSION_LENGTH = 6
EXTENSION_SEPARATOR = "-"

# An explicit extension: 转123, 分机123, ext 123, x123, #123, ,123 at the end.
_EXTENSION_MARK = re.compile(r"(?:转|分机|ext\.?|x|#|,|;)\s*(\d{1,6})$", re.IGNORECASE)
_COUNTRY_PREFIX = re.compile(r"^\(?\s*(?:\+|00)\s*86\s*\)?")
_IGNORED = frozenset(" ()[]" + DASHES)


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"


PHONE_KIND_LABELS: dict[PhoneKind, str] = {
    PhoneKind.MOBILE: "手机",
    PhoneKind.LANDLINE: "固定电话",
}


@dataclass(frozen=True)
class PhoneCheck:
    number: str  # digits only: 13812345678, 075588886666
    kind: PhoneKind
    extension: str | None = None


def area_code_length(digits: str) -> int:
    """010 and 02x are the only three-digit area codes (0 included); all others have four."""
    return 3 if digits[:2] in ("01", "02") else 4


def _is_landline(digits: str) -> bool:
    if not digits.startswith("0") or len(digits) < 3:
        return False
    return len(digits) - area_code_length(digits) in SUBSCRIBER_LENGTHS


def _strip_country(text: str) -> str:
    """Drops +86/0086; a landline written internationally (+86 755 ...) gets its leading 0 back."""
    match = _COUNTRY_PREFIX.match(text)
    if match is None:
        return text
    rest = text[match.end() :].lstrip(" -(")
    digits = "".join(c for c in rest if c.isdigit())
    is_mobile = len(digits) == MOBILE_LENGTH and digits[:1] == "1"
    if digits and not is_mobile and not digits.startswith("0"):
        rest = "0" + rest
    return rest


def _split_extension(text: str) -> tuple[str, str | None]:
    match = _EXTENSION_MARK.search(text)
    if match is not None:
        return text[: match.start()], match.group(1)
    # 010-12345678-123: a last dash group after a complete landline is its extension.
    parts = re.split(f"[{re.escape(DASHES)}]", text)
    if len(parts) >= 2:
        head = "".join(c for c in "".join(parts[:-1]) if c.isdigit())
        tail = parts[-1].strip()
        if tail.isdigit() and len(tail) <= MAX_EXTENSION_LENGTH and _is_landline(head):
            return EXTENSION_SEPARATOR.join(parts[:-1]), tail
    return text, None


def _parts(raw: str) -> tuple[str, str | None]:
    """The number's characters (not yet checked) and the extension, if any."""
    text = _strip_country(to_halfwidth(clean_scanned(raw)))
    text, extension = _split_extension(text)
    number = "".join(c for c in text if c not in _IGNORED and not c.isspace())
    # 8613812345678: the country code typed without + or 00.
    if len(number) == MOBILE_LENGTH + 2 and number.startswith("861"):
        number = number[2:]
    return number, extension


def normalize_phone(raw: str) -> str:
    """Digits only, the extension after a dash: "+86 138-1234-5678" -> 13812345678,
    "(0755) 8888 6666 转 12" -> 075588886666-12."""
    number, extension = _parts(raw)
    return number if extension is None else f"{number}{EXTENSION_SEPARATOR}{extension}"


def _error(message: str) -> ValidationError:
    return ValidationError("phone", message)


def _check_mobile(number: str, extension: str | None) -> PhoneCheck:
    if len(number) != MOBILE_LENGTH:
        raise _error(f"手机号码应为 {MOBILE_LENGTH} 位，当前为 {len(number)} 位")
    if number[1] not in MOBILE_SECOND_DIGITS:
        raise _error("手机号码应以 13-19 开头")
    if extension is not None:
        raise _error("手机号码没有分机号")
    return PhoneCheck(number, PhoneKind.MOBILE)


def _check_landline(number: str, extension: str | None) -> PhoneCheck:
    area = area_code_length(number)
    local = len(number) - area
    if local not in SUBSCRIBER_LENGTHS:
        raise _error(
            f"固定电话应为区号（{area} 位，如 {'010' if area == 3 else '0755'}）加 7-8 位号码，"
            f"区号后输入了 {max(local, 0)} 位"
        )
    return PhoneCheck(number, PhoneKind.LANDLINE, extension)


def validate_phone(raw: str) -> PhoneCheck:
    number, extension = _parts(raw)
    if not number:
        raise _error("请输入电话号码")
    bad = next((c for c in number if not c.isascii() or not c.isdigit()), None)
    if bad is not None:
        raise _error(f"电话号码中有无效字符“{bad}”：只能输入数字（可带 +86、空格、横线、括号或分机号）")
    if number.startswith("1"):
        return _check_mobile(number, extension)
    if number.startswith("0"):
        return _check_landline(number, extension)
    if len(number) in SUBSCRIBER_LENGTHS:
        raise _error("固定电话请加上区号，如 0755-88886666")
    raise _error("请输入 11 位手机号码，或带区号的固定电话（如 0755-88886666）")


def mask_phone(number: str) -> str:
    """Hides the middle for lists and papers that leave the counter: 138****1234, 0755-****6666."""
    try:
        check = validate_phone(number)
    except ValidationError:
        digits = "".join(c for c in to_halfwidth(number) if c.isdigit())
        return "*" * max(len(digits) - 4, 0) + digits[-4:]
    n = check.number
    if check.kind is PhoneKind.MOBILE:
        return f"{n[:3]}****{n[-4:]}"
    area = area_code_length(n)
    local = n[area:]
    return f"{n[:area]}-{'*' * (len(local) - 4)}{local[-4:]}"

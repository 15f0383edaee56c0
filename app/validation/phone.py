"""Phone numbers: mainland mobiles (11 digits, 13-19), landlines with area code and extension,
400/800 service numbers (companies only), and Hong Kong (+852) and Macau (+853) numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.errors import ValidationError
from app.validation.text import DASHES, clean_scanned, to_halfwidth
from app.wording import say

MOBILE_LENGTH = 11
MOBILE_SECOND_DIGITS = "3456789"
SUBSCRIBER_LENGTHS = (7, 8)
# A local number never starts 0 (the trunk prefix) or 1 (special services such as 110, 114).
LOCAL_FIRST_DIGITS = "23456789"
SERVICE_LENGTH = 10
SERVICE_PREFIXES = ("400", "800")
REGION_LENGTH = 8  # Hong Kong and Macau numbers
MAX_EXTENSION_LENGTH = 6
EXTENSION_SEPARATOR = "-"

# An explicit extension: 转123, 分机123, ext 123, x123, #123, ,123 at the end.
_EXTENSION_MARK = re.compile(r"(?:转|分机|ext\.?|x|#|,|;)\s*(\d{1,6})$", re.IGNORECASE)
_COUNTRY_PREFIX = re.compile(r"^\(?\s*(?:\+|00)\s*86\s*\)?")
_REGION_PREFIX = re.compile(r"^\(?\s*(?:\+|00)\s*(85[23])\s*\)?")
_IGNORED = frozenset(" ()[]" + DASHES)


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    SERVICE = "service"  # 400/800: a company's number, not a person's
    HONG_KONG = "hk"
    MACAU = "mo"


PHONE_KIND_LABELS: dict[PhoneKind, str] = {
    PhoneKind.MOBILE: "手机",
    PhoneKind.LANDLINE: "固定电话",
    PhoneKind.SERVICE: "400/800 服务电话",
    PhoneKind.HONG_KONG: "香港电话",
    PhoneKind.MACAU: "澳门电话",
}
# Country code (as stored, with its +) -> kind and the region's name for messages.
_REGIONS: dict[str, tuple[PhoneKind, str]] = {
    "+852": (PhoneKind.HONG_KONG, say("香港")),
    "+853": (PhoneKind.MACAU, say("澳门")),
}


@dataclass(frozen=True)
class PhoneCheck:
    # Digits only for mainland numbers (13812345678, 075588886666, 4008208820); Hong Kong and
    # Macau numbers keep their country code (+85291234567) so they never pass for mainland ones.
    number: str
    kind: PhoneKind
    extension: str | None = None


def area_code_length(digits: str) -> int:
    """010 and 02x are the only three-digit area codes (0 included); all others have four.

    Other 01x codes do not exist; validate_phone refuses them.
    """
    return 3 if digits[:2] in ("01", "02") else 4


def _is_service(digits: str) -> bool:
    return digits[:3] in SERVICE_PREFIXES


def stored_phone_kind(number: str) -> PhoneKind:
    """The kind of a number as validate_phone stored it (no checks)."""
    region = _REGIONS.get(number[:4])
    if region is not None:
        return region[0]
    if number.startswith("1"):
        return PhoneKind.MOBILE
    if len(number) == SERVICE_LENGTH and _is_service(number):
        return PhoneKind.SERVICE
    return PhoneKind.LANDLINE


def format_phone(number: str, extension: str = "") -> str:
    """A stored number as shown in full: 138 1234 5678, 0755-88886666 转 12, 400-820-8820,
    +852 9123 4567."""
    match stored_phone_kind(number):
        case PhoneKind.MOBILE if len(number) == MOBILE_LENGTH:
            text = f"{number[:3]} {number[3:7]} {number[7:]}"
        case PhoneKind.SERVICE:
            text = f"{number[:3]}-{number[3:6]}-{number[6:]}"
        case PhoneKind.HONG_KONG | PhoneKind.MACAU:
            text = f"{number[:4]} {number[4:8]} {number[8:]}"
        case _:
            area = area_code_length(number)
            text = f"{number[:area]}-{number[area:]}"
    return f"{text} 转 {extension}" if extension else text


def _is_landline(digits: str) -> bool:
    """The shape of a complete landline (area code and 7-8 more digits), its digits not yet checked."""
    if not digits.startswith("0") or digits.startswith("00") or len(digits) < 3:
        return False
    return len(digits) - area_code_length(digits) in SUBSCRIBER_LENGTHS


def _strip_country(text: str) -> str:
    """Drops +86/0086; a landline written internationally (+86 755 ...) gets its leading 0 back.

    In international form there is no trunk 0, so after +86 a number starting 1 is a mobile, or
    Beijing when it starts 10 (+86 10 ...); a 400/800 number has no 0 either.
    """
    match = _COUNTRY_PREFIX.match(text)
    if match is None:
        return text
    rest = text[match.end() :].lstrip(" -(")
    digits = "".join(c for c in rest if c.isdigit())
    is_mobile = digits[:1] == "1" and not digits.startswith("10")
    if digits and not is_mobile and not digits.startswith("0") and not _is_service(digits):
        rest = "0" + rest
    return rest


def _split_extension(text: str, region: str) -> tuple[str, str | None]:
    match = _EXTENSION_MARK.search(text)
    if match is not None:
        return text[: match.start()], match.group(1)
    # 010-12345678-123: a last dash group after a complete landline is its extension.
    parts = re.split(f"[{re.escape(DASHES)}]", text)
    if len(parts) >= 2:
        head = "".join(c for c in "".join(parts[:-1]) if c.isdigit())
        tail = parts[-1].strip()
        complete = len(head) == REGION_LENGTH if region else _is_landline(head)
        if tail.isdigit() and len(tail) <= MAX_EXTENSION_LENGTH and complete:
            return EXTENSION_SEPARATOR.join(parts[:-1]), tail
    return text, None


def _parts(raw: str) -> tuple[str, str, str | None]:
    """The country code of a Hong Kong or Macau number ("+852", "+853", else ""), the number's
    characters (not yet checked) and the extension, if any."""
    text = to_halfwidth(clean_scanned(raw))
    region = ""
    match = _REGION_PREFIX.match(text)
    if match is not None:
        region = "+" + match.group(1)
        text = text[match.end() :].lstrip(" -(")
    else:
        text = _strip_country(text)
    text, extension = _split_extension(text, region)
    number = "".join(c for c in text if c not in _IGNORED and not c.isspace())
    if not region:
        # 8613812345678: the country code typed without + or 00.
        if len(number) == MOBILE_LENGTH + 2 and number.startswith("861"):
            number = number[2:]
        # 013812345678: a trunk 0 in front of a mobile (no area code starts 01 but 010).
        elif len(number) == MOBILE_LENGTH + 1 and number[:2] == "01" and number[2] in MOBILE_SECOND_DIGITS:
            number = number[1:]
    return region, number, extension


def normalize_phone(raw: str) -> str:
    """Digits only, the extension after a dash: "+86 138-1234-5678" -> 13812345678,
    "(0755) 8888 6666 转 12" -> 075588886666-12, "+852 9123 4567" -> +85291234567."""
    region, number, extension = _parts(raw)
    number = region + number
    return number if extension is None else f"{number}{EXTENSION_SEPARATOR}{extension}"


def _error(message: str) -> ValidationError:
    return ValidationError("phone", message)


def _check_mobile(number: str, extension: str | None) -> PhoneCheck:
    if len(number) != MOBILE_LENGTH:
        raise _error(
            say("手机号码应为 {length} 位，当前为 {given} 位", length=MOBILE_LENGTH, given=len(number))
        )
    if number[1] not in MOBILE_SECOND_DIGITS:
        raise _error(say("手机号码应以 13-19 开头"))
    if extension is not None:
        raise _error(say("手机号码没有分机号"))
    return PhoneCheck(number, PhoneKind.MOBILE)


def _check_area_code(number: str) -> None:
    if number.startswith("00"):
        raise _error(say("区号不能以 00 开头：00 是国际长途的前缀；国内电话请输入区号（如 0755）加号码"))
    if number.startswith("01") and not number.startswith("010"):
        hint: str = ""
        mobile = number[1:]
        if len(mobile) > 1 and mobile[1] in MOBILE_SECOND_DIGITS:
            hint = say(
                "；如是手机号码，前面不加 0，应为 {length} 位，当前为 {given} 位",
                length=MOBILE_LENGTH,
                given=len(mobile),
            )
        raise _error(
            say("没有区号 {number}：以 01 开头的区号只有北京 010{hint}", number=number[:3], hint=hint)
        )


def _check_landline(number: str, extension: str | None) -> PhoneCheck:
    _check_area_code(number)
    area = area_code_length(number)
    code, local = number[:area], number[area:]
    if len(local) not in SUBSCRIBER_LENGTHS:
        raise _error(
            say(
                "固定电话应为区号（{area} 位，如 {example}）加 7-8 位号码，区号后输入了 {given} 位",
                area=area,
                example="010" if area == 3 else "0755",
                given=len(local),
            )
        )
    if local[0] not in LOCAL_FIRST_DIGITS:
        raise _error(
            say(
                "区号 {code} 后的电话号码应以 2-9 开头，不能以 {first} 开头：输入的是 {local}",
                code=code,
                first=local[0],
                local=local,
            )
        )
    return PhoneCheck(number, PhoneKind.LANDLINE, extension)


def _check_service(number: str, extension: str | None, allowed: bool) -> PhoneCheck:
    prefix = number[:3]
    if len(number) != SERVICE_LENGTH:
        raise _error(
            say(
                "{prefix} 服务电话应为 {length} 位，当前为 {given} 位",
                prefix=prefix,
                length=SERVICE_LENGTH,
                given=len(number),
            )
        )
    if not allowed:
        raise _error(
            say(
                "{prefix} 号码是单位的服务电话，只能登记给单位客户；个人请留能直接联系到本人的手机或固定电话",
                prefix=prefix,
            )
        )
    return PhoneCheck(number, PhoneKind.SERVICE, extension)


def _check_region(region: str, number: str, extension: str | None) -> PhoneCheck:
    kind, name = _REGIONS[region]
    if len(number) != REGION_LENGTH:
        raise _error(
            say(
                "{name}电话号码（{region}）应为 {length} 位，当前为 {given} 位",
                name=name,
                region=region,
                length=REGION_LENGTH,
                given=len(number),
            )
        )
    return PhoneCheck(region + number, kind, extension)


def validate_phone(raw: str, *, service_numbers: bool = False) -> PhoneCheck:
    """Checks and normalises a number; 400/800 numbers only with `service_numbers` (companies)."""
    region, number, extension = _parts(raw)
    if not number and not region:
        raise _error(say("请输入电话号码"))
    bad = next((c for c in number if not c.isascii() or not c.isdigit()), None)
    if bad is not None:
        raise _error(
            say("电话号码中有无效字符“{bad}”：只能输入数字（可带 +86、空格、横线、括号或分机号）", bad=bad)
        )
    if region:
        return _check_region(region, number, extension)
    if number.startswith("1"):
        return _check_mobile(number, extension)
    if number.startswith("0"):
        return _check_landline(number, extension)
    if _is_service(number) and len(number) not in SUBSCRIBER_LENGTHS:
        return _check_service(number, extension, service_numbers)
    if len(number) in SUBSCRIBER_LENGTHS:
        raise _error(say("固定电话请加上区号，如 0755-88886666"))
    raise _error(say("请输入 11 位手机号码，或带区号的固定电话（如 0755-88886666）"))


def mask_phone(number: str) -> str:
    """Hides the middle for lists and papers that leave the counter: 138****1234, 0755-****6666,
    400-***-8820, +852-****4567."""
    try:
        check = validate_phone(number, service_numbers=True)
    except ValidationError:
        digits = "".join(c for c in to_halfwidth(number) if c.isdigit())
        return "*" * max(len(digits) - 4, 0) + digits[-4:]
    n = check.number
    match check.kind:
        case PhoneKind.MOBILE:
            return f"{n[:3]}****{n[-4:]}"
        case PhoneKind.SERVICE:
            return f"{n[:3]}-***-{n[-4:]}"
        case PhoneKind.HONG_KONG | PhoneKind.MACAU:
            return f"{n[:4]}-****{n[-4:]}"
    area = area_code_length(n)
    local = n[area:]
    return f"{n[:area]}-{'*' * (len(local) - 4)}{local[-4:]}"

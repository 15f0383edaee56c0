"""Checking and normalising what people type or scan at the counter: VINs, plates, phones, names."""

from app.validation.phone import (
    PHONE_KIND_LABELS,
    PhoneCheck,
    PhoneKind,
    format_phone,
    mask_phone,
    normalize_phone,
    stored_phone_kind,
    validate_phone,
)
from app.validation.plate import (
    PLATE_KIND_LABELS,
    PlateCheck,
    PlateKind,
    format_plate,
    is_plate_like,
    mask_plate,
    normalize_plate,
    validate_plate,
)
from app.validation.text import (
    clean_scanned,
    pinyin_initials,
    refuse_unsafe_characters,
    remove_invisible,
    to_halfwidth,
    without_unsafe_characters,
)
from app.validation.vin import VinCheck, is_vin_like, normalize_vin, validate_vin, vin_check_digit

__all__ = [
    "PHONE_KIND_LABELS",
    "PLATE_KIND_LABELS",
    "PhoneCheck",
    "PhoneKind",
    "PlateCheck",
    "PlateKind",
    "VinCheck",
    "clean_scanned",
    "format_phone",
    "format_plate",
    "is_plate_like",
    "is_vin_like",
    "mask_phone",
    "mask_plate",
    "normalize_phone",
    "normalize_plate",
    "normalize_vin",
    "pinyin_initials",
    "refuse_unsafe_characters",
    "remove_invisible",
    "stored_phone_kind",
    "to_halfwidth",
    "validate_phone",
    "validate_plate",
    "validate_vin",
    "vin_check_digit",
    "without_unsafe_characters",
]

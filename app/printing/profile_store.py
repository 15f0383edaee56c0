"""Printer profiles and the print font, stored as dealer-wide settings (one JSON value each)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from app.roles import Actor
from app.settings import read_json, write_json
from printing.profiles import DocumentKind, PrinterProfile, default_profiles

PROFILES_KEY = "printer_profiles"
FONT_KEY = "print_font_path"


def load_profiles(s: Session) -> dict[DocumentKind, PrinterProfile]:
    """Every profiled kind: the stored profile, or the kind's default."""
    stored: dict[str, Any] = read_json(s, PROFILES_KEY) or {}
    profiles = default_profiles()
    for kind in profiles:
        data = stored.get(kind.value)
        if isinstance(data, dict):
            profiles[kind] = PrinterProfile.from_json(kind, data)
    return profiles


def save_profiles(
    s: Session, actor: Actor, changed: Iterable[PrinterProfile]
) -> dict[DocumentKind, PrinterProfile]:
    """Stores the changed profiles (others kept); write_json audits the before and after."""
    profiles = load_profiles(s)
    for profile in changed:
        profiles[profile.kind] = profile
    write_json(s, actor, PROFILES_KEY, {k.value: p.to_json() for k, p in profiles.items()})
    return profiles


def load_font_path(s: Session) -> str | None:
    value = read_json(s, FONT_KEY)
    return str(value) if value else None


def save_font_path(s: Session, actor: Actor, path: str | None) -> None:
    write_json(s, actor, FONT_KEY, path)

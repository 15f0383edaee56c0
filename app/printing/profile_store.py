"""Printer profiles and the print font, stored as dealer-wide settings (one JSON value each).

Only the profiles a dealer changed are stored, keyed by the kind's stable name; every other kind
follows its default (which a document may set, as the intake sheet's two copies).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from app.roles import Actor
from app.settings import read_json, write_json
from printing.profiles import DocumentKind, PrinterProfile, default_profiles

PROFILES_KEY = "printer_profiles"
FONT_KEY = "print_font_path"

Profiles = dict[DocumentKind, PrinterProfile]


def load_profiles(s: Session, defaults: Mapping[DocumentKind, PrinterProfile] | None = None) -> Profiles:
    """Every profiled kind: the stored profile, or the kind's default."""
    stored: dict[str, Any] = read_json(s, PROFILES_KEY) or {}
    profiles = dict(defaults) if defaults is not None else default_profiles()
    for kind, base in profiles.items():
        data = stored.get(kind.value)
        if isinstance(data, dict):
            profiles[kind] = PrinterProfile.from_json(kind, data, base)
    return profiles


def load_profile(s: Session, kind: DocumentKind, default: PrinterProfile) -> PrinterProfile:
    """One kind's profile: the stored one, or `default` (what load_profiles gives for it)."""
    stored: dict[str, Any] = read_json(s, PROFILES_KEY) or {}
    data = stored.get(kind.value)
    return PrinterProfile.from_json(kind, data, default) if isinstance(data, dict) else default


def save_profiles(
    s: Session,
    actor: Actor,
    changed: Iterable[PrinterProfile],
    defaults: Mapping[DocumentKind, PrinterProfile] | None = None,
) -> Profiles:
    """Stores the changed profiles (others kept); write_json audits the before and after."""
    base = dict(defaults) if defaults is not None else default_profiles()
    profiles = load_profiles(s, base)
    for profile in changed:
        profiles[profile.kind] = profile
    kept = {k.value: p.to_json() for k, p in profiles.items() if p != base.get(k)}
    write_json(s, actor, PROFILES_KEY, kept)
    return profiles


def load_font_path(s: Session) -> str | None:
    value = read_json(s, FONT_KEY)
    return str(value) if value else None


def save_font_path(s: Session, actor: Actor, path: str | None) -> None:
    write_json(s, actor, FONT_KEY, path)

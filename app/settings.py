"""Dealer-wide settings kept in the database (per-PC window state lives in QSettings)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.errors import ValidationError
from app.roles import Actor, Permission, require
from app.uow import reading, unit_of_work
from app.users import authorize
from app.wording import say
from db.models import DealerSetting
from db.uow import Database

DEALER_KEY = "dealer"


@dataclass(frozen=True)
class DealerInfo:
    name: str = ""
    code: str = ""
    address: str = ""
    service_phone: str = ""


def read_json(s: Session, key: str) -> Any | None:
    row = s.get(DealerSetting, key)
    return None if row is None else json.loads(row.value_json)


def write_json(s: Session, actor: Actor, key: str, value: Any) -> None:
    """Stores a setting and audits the change, inside the caller's transaction."""
    row = s.get(DealerSetting, key)
    before = None if row is None else json.loads(row.value_json)
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        s.add(DealerSetting(key=key, value_json=text, updated_by=actor.user_id))
    else:
        row.value_json = text
        row.updated_by = actor.user_id
    audit.record(s, actor, "settings.set", "setting", key, {"value": before}, {"value": value})


def write_secret(s: Session, actor: Actor, key: str, value: str | None) -> None:
    """Stores (or with None removes) a secret setting, such as the backups' passphrase, inside the
    caller's transaction; its audit row says that it was set or cleared, never the value."""
    row = s.get(DealerSetting, key)
    was_set = row is not None
    if value is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(DealerSetting(key=key, value_json=json.dumps(value), updated_by=actor.user_id))
    else:
        row.value_json = json.dumps(value)
        row.updated_by = actor.user_id
    after = {"set": value is not None}
    audit.record(s, actor, "settings.set_secret", "setting", key, {"set": was_set}, after)


def dealer_of(s: Session) -> DealerInfo:
    """The dealer's name, code, address and phone, read in the caller's session."""
    data = read_json(s, DEALER_KEY) or {}
    return DealerInfo(**{k: str(v) for k, v in data.items() if k in DealerInfo.__dataclass_fields__})


class SettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def dealer(self) -> DealerInfo:
        with reading(self._db) as s:
            return dealer_of(s)

    @announces(Change.SETTINGS)
    def update_dealer(self, actor: Actor, info: DealerInfo) -> DealerInfo:
        require(actor, Permission.EDIT_DEALER_SETTINGS)
        cleaned = DealerInfo(
            name=info.name.strip(),
            code=info.code.strip().upper(),
            address=info.address.strip(),
            service_phone=info.service_phone.strip(),
        )
        if not cleaned.name:
            raise ValidationError("name", say("请填写经销商名称"))
        if cleaned.code and not cleaned.code.isalnum():
            raise ValidationError("code", say("经销商代码只能包含字母和数字"))
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_DEALER_SETTINGS)
            write_json(s, actor, DEALER_KEY, asdict(cleaned))
        return cleaned

"""A full slot is refused with the nearest free ones offered."""

from __future__ import annotations

import datetime as dt

from app.errors import ValidationError
from app.wording import joined, say


def slot_text(at: dt.datetime) -> str:
    """A slot as the counter says it: 12-02 09:30 (local time)."""
    return at.astimezone().strftime("%m-%d %H:%M")


class SlotFull(ValidationError):
    """The slot has no place left for the kind of work (or the advisor); alternatives: the nearest
    free slots, nearest first (possibly none)."""

    def __init__(
        self, slot_at: dt.datetime, alternatives: tuple[dt.datetime, ...], for_advisor: bool
    ) -> None:
        slot = slot_text(slot_at)
        if alternatives:
            others = joined((slot_text(a) for a in alternatives), say("，"))
            message = (
                say("{slot} 这位服务顾问已约满；最近可约：{others}", slot=slot, others=others)
                if for_advisor
                else say("{slot} 已约满；最近可约：{others}", slot=slot, others=others)
            )
        else:
            message = (
                say("{slot} 这位服务顾问已约满，之后两周内也没有空位", slot=slot)
                if for_advisor
                else say("{slot} 已约满，之后两周内也没有空位", slot=slot)
            )
        super().__init__("slot_at", message)
        self.slot_at = slot_at
        self.alternatives = alternatives
        self.for_advisor = for_advisor

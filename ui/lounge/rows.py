"""What one line of the lounge display says: a masked plate, the model, the stage, the promised time.

Pure functions of the board: nothing here that names a person (owner, advisor), a phone or a VIN
ever reaches the screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.orders import Board, OrderStatus
from app.validation import mask_plate


@dataclass(frozen=True)
class LoungeRow:
    order_id: int
    plate: str  # masked
    model: str
    status: OrderStatus
    stage: str  # the board's status label (Chinese; the window translates it)
    promised_at: dt.datetime | None


def lounge_rows(board: Board) -> list[LoungeRow]:
    """The cars in the workshop (every open order, not today's deliveries: those have left), the
    soonest promised first, those without a promised time last."""
    workshop = [column for column in board.columns if column.status is not OrderStatus.DELIVERED]
    cards = [card for column in workshop for card in column.cards]
    cards.sort(key=lambda c: (c.promised_at is None, c.promised_at or board.generated_at, c.opened_at))
    return [
        LoungeRow(c.order_id, mask_plate(c.plate_display), c.model, c.status, c.status_label, c.promised_at)
        for c in cards
    ]


def promised_text(value: dt.datetime | None, today: dt.date, tomorrow: str = "明天") -> str:
    """HH:MM today, "明天 HH:MM" tomorrow, else with the date (MM-DD HH:MM); "" when none was promised."""
    if value is None:
        return ""
    local = value.astimezone()
    if local.date() == today:
        return local.strftime("%H:%M")
    if local.date() == today + dt.timedelta(days=1):
        return f"{tomorrow} {local:%H:%M}"
    return local.strftime("%m-%d %H:%M")

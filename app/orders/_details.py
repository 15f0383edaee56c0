"""An order with what the screens show beside it: notes, status history and 三包 alerts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.orders._rows import facts_of, order_info
from app.orders.records import NoteInfo, OrderInfo, StatusEventInfo
from app.orders.status import OrderStatus
from app.users import display_names
from app.vehicles import previous_reading, vehicle_info
from app.warranty import RepairFacts, SanbaoAlert, sanbao_alerts, vehicle_facts
from db.models import RepairOrder, RoNote, RoStatusEvent, Vehicle


def history_facts(s: Session, vehicle_id: int) -> list[RepairFacts]:
    rows = s.scalars(
        select(RepairOrder)
        .where(RepairOrder.vehicle_id == vehicle_id)
        .options(selectinload(RepairOrder.lines))
    )
    return [facts_of(r) for r in rows]


def full_info(
    s: Session,
    row: RepairOrder,
    now: dt.datetime,
    *,
    with_alerts: bool = False,
    with_history: bool = False,
    vehicle: Vehicle | None = None,
) -> OrderInfo:
    notes: tuple[NoteInfo, ...] = ()
    events: tuple[StatusEventInfo, ...] = ()
    note_rows: list[RoNote] = []
    event_rows: list[RoStatusEvent] = []
    if with_history:
        note_rows = list(
            s.scalars(select(RoNote).where(RoNote.repair_order_id == row.id).order_by(RoNote.at))
        )
        event_rows = list(
            s.scalars(
                select(RoStatusEvent)
                .where(RoStatusEvent.repair_order_id == row.id)
                .order_by(RoStatusEvent.at, RoStatusEvent.id)
            )
        )
    names = display_names(
        s, {row.advisor_id} | {n.user_id for n in note_rows} | {e.user_id for e in event_rows}
    )
    notes = tuple(
        NoteInfo(n.id, n.at, n.user_id, names.get(n.user_id or 0, "系统"), n.text) for n in note_rows
    )
    events = tuple(
        StatusEventInfo(
            e.at,
            OrderStatus(e.from_status) if e.from_status else None,
            OrderStatus(e.to_status),
            e.user_id,
            names.get(e.user_id or 0, "系统"),
            e.note,
        )
        for e in event_rows
    )
    alerts: tuple[SanbaoAlert, ...] = ()
    if with_alerts:
        vehicle = vehicle or s.get(Vehicle, row.vehicle_id)
        assert vehicle is not None
        history = history_facts(s, row.vehicle_id)
        current = next((h for h in history if h.order_id == row.id), facts_of(row))
        facts = vehicle_facts(vehicle_info(vehicle), row.mileage_in)
        alerts = sanbao_alerts(facts, history, now, current)
    info = order_info(row, names.get(row.advisor_id, ""), notes, events, alerts)
    if with_history:
        info = replace(info, previous_mileage_km=previous_reading(s, row.vehicle_id, row.id))
    return info

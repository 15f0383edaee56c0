"""Reminders before a car's papers run out: the annual inspection (年检) and the insurance
(交强险/商业险). Implements app.vehicles.PaperReminders.

The dates are the counter's, read from the papers (the 行驶证's 检验有效期至 month, the policy's
end date); the program never works them out. A car with a date gets one open reminder of its
kind, due the rules' notice days before it (inspection_notice_days, insurance_notice_days) and
never moved to today: a date already near or past is due or overdue at once.
- A later date saved (the customer renewed): the open reminder closes as done (converted when it
  was called about or booked) and a new one opens before the new date.
- An earlier date (a correction): the open reminder moves to it.
- The date cleared: the open reminder closes.
- The supervisor changes the notice days: every open reminder of that kind moves to the new
  number of days before its car's date (notice_days_changed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from app import audit
from app.reminders.kinds import ReminderKind, ReminderStatus
from app.reminders.rules import ReminderRules, read_rules
from app.roles import Actor
from app.vehicles import PaperChange, PaperDates
from app.wording import Message, say
from db.bulk import insert_with_ids
from db.models import Reminder, ReminderContact, Vehicle

PAPER_KINDS = frozenset({ReminderKind.ANNUAL_INSPECTION, ReminderKind.INSURANCE})
_ACTIVE = (ReminderStatus.OPEN.value, ReminderStatus.BOOKED.value)


def paper_date(kind: ReminderKind, papers: PaperDates) -> dt.date | None:
    return papers.inspection_due if kind is ReminderKind.ANNUAL_INSPECTION else papers.insurance_expires


def notice_days(kind: ReminderKind, rules: ReminderRules) -> int:
    if kind is ReminderKind.ANNUAL_INSPECTION:
        return rules.inspection_notice_days
    return rules.insurance_notice_days


def paper_note(kind: ReminderKind, expires: dt.date) -> str:
    """The reminder's note: what the papers say."""
    if kind is ReminderKind.ANNUAL_INSPECTION:
        return f"检验有效期至 {expires:%Y-%m}"
    return f"保险 {expires.isoformat()} 到期"


def paper_text(kind: ReminderKind, expires: dt.date, today: dt.date) -> Message:
    """What the counter and the letter say: a date already past is overdue, never "due"."""
    if kind is ReminderKind.ANNUAL_INSPECTION:
        month = f"{expires:%Y-%m}"
        if expires < today:
            return say("年检已逾期（检验有效期至 {month}），请尽快年检", month=month)
        return say("年检：检验有效期至 {month}", month=month)
    day = expires.isoformat()
    if expires < today:
        return say("保险已逾期（{day} 到期），请尽快续保", day=day)
    return say("保险续保：{day} 到期", day=day)


def _active(s: Session, vehicle_id: int, kind: ReminderKind) -> list[Reminder]:
    return [
        r
        for r in s.scalars(select(Reminder).where(Reminder.vehicle_id == vehicle_id).order_by(Reminder.id))
        if r.kind == kind.value and r.status in _ACTIVE
    ]


def _close(s: Session, rows: list[Reminder], why: str, now: dt.datetime) -> list[int]:
    ids = [r.id for r in rows]
    called = set(s.scalars(select(ReminderContact.reminder_id).where(ReminderContact.reminder_id.in_(ids))))
    for row in rows:
        row.converted = row.status == ReminderStatus.BOOKED.value or row.id in called
        row.status, row.closed_at, row.next_call_date = ReminderStatus.DONE.value, now, None
        row.note = (row.note + "\n" + why).strip()
        row.updated_at = now
    return ids


def _sync(
    s: Session,
    actor: Actor,
    vehicle: Vehicle,
    kind: ReminderKind,
    old: dt.date | None,
    new: dt.date | None,
    days: int,
    now: dt.datetime,
) -> None:
    active = _active(s, vehicle.id, kind)
    if new is None:
        closed = _close(s, active, "日期已清除", now)
        if closed:
            audit.record(s, actor, "reminder.done", "vehicle", vehicle.id, None,
                         {"reminders": closed, "kind": kind.value, "cleared": True})  # fmt: skip
        return
    due = new - dt.timedelta(days=days)
    renewed = old is not None and new > old
    if renewed and active:
        closed = _close(s, active, f"已更新为 {new.isoformat()}", now)
        audit.record(s, actor, "reminder.done", "vehicle", vehicle.id, None,
                     {"reminders": closed, "kind": kind.value, "renewed": new})  # fmt: skip
        active = []
    if active:
        keep, extra = active[0], active[1:]
        _close(s, extra, "重复提醒", now)
        before = {"due_date": keep.due_date, "note": keep.note}
        keep.due_date, keep.note, keep.next_call_date, keep.updated_at = due, paper_note(kind, new), None, now
        audit.record(s, actor, "reminder.move", "reminder", keep.id, before,
                     {"due_date": due, "note": keep.note})  # fmt: skip
        return
    row = Reminder(
        vehicle_id=vehicle.id,
        customer_id=vehicle.owner_id,
        kind=kind.value,
        due_date=due,
        status=ReminderStatus.OPEN.value,
        note=paper_note(kind, new),
        created_at=now,
        updated_at=now,
    )
    s.add(row)
    s.flush()
    audit.record(s, actor, "reminder.add", "reminder", row.id, None,
                 {"kind": kind.value, "due_date": due, "vehicle_id": vehicle.id})  # fmt: skip


_CARS_PER_READ = 500


def _new_reminder(
    vehicle_id: int, owner_id: int, kind: ReminderKind, expires: dt.date, days: int, now: dt.datetime
) -> dict[str, object]:
    return {
        "vehicle_id": vehicle_id,
        "customer_id": owner_id,
        "kind": kind.value,
        "due_date": expires - dt.timedelta(days=days),
        "status": ReminderStatus.OPEN.value,
        "note": paper_note(kind, expires),
        "created_at": now,
        "updated_at": now,
    }


class PaperReminderPlanner:
    def papers_saved(
        self,
        s: Session,
        actor: Actor,
        vehicle_id: int,
        before: PaperDates,
        after: PaperDates,
        now: dt.datetime,
    ) -> None:
        vehicle = s.get(Vehicle, vehicle_id)
        if vehicle is None:
            return
        rules = read_rules(s)
        for kind in (ReminderKind.ANNUAL_INSPECTION, ReminderKind.INSURANCE):
            old, new = paper_date(kind, before), paper_date(kind, after)
            if old != new:
                _sync(s, actor, vehicle, kind, old, new, notice_days(kind, rules), now)

    def papers_imported(
        self, s: Session, actor: Actor, changes: Sequence[PaperChange], now: dt.datetime
    ) -> None:
        """A car given a date it had none of, with no reminder of that kind open (a new car, most
        of an import), gets its reminder in one insert with the others; any other change goes
        through the same steps as a saved form."""
        rules = read_rules(s)
        ids = sorted({c.vehicle_id for c in changes})
        owners: dict[int, int] = {}
        active: set[tuple[int, str]] = set()
        for first in range(0, len(ids), _CARS_PER_READ):
            chunk = ids[first : first + _CARS_PER_READ]
            cars = select(Vehicle.id, Vehicle.owner_id).where(Vehicle.id.in_(chunk))
            owners.update((car, owner) for car, owner in s.execute(cars))
            open_papers = select(Reminder.vehicle_id, Reminder.kind).where(
                Reminder.vehicle_id.in_(chunk),
                Reminder.kind.in_([k.value for k in PAPER_KINDS]),
                Reminder.status.in_(_ACTIVE),
            )
            active.update((car, kind) for car, kind in s.execute(open_papers))
        rows: list[dict[str, object]] = []
        for change in changes:
            for kind in (ReminderKind.ANNUAL_INSPECTION, ReminderKind.INSURANCE):
                old, new = paper_date(kind, change.before), paper_date(kind, change.after)
                if old == new:
                    continue
                days = notice_days(kind, rules)
                car = change.vehicle_id
                if old is None and new is not None and (car, kind.value) not in active:
                    rows.append(_new_reminder(car, owners[car], kind, new, days, now))
                    continue
                vehicle = s.get(Vehicle, car)
                if vehicle is not None:
                    _sync(s, actor, vehicle, kind, old, new, days, now)
        added = insert_with_ids(s, cast(Table, Reminder.__table__), rows)
        for reminder_id, row in zip(added, rows, strict=True):
            after = {key: row[key] for key in ("kind", "due_date", "vehicle_id")}
            audit.record(s, actor, "reminder.add", "reminder", reminder_id, None, after)


def notice_days_changed(
    s: Session, actor: Actor, before: ReminderRules, after: ReminderRules, now: dt.datetime
) -> int:
    """The open paper reminders moved to the new notice days before their car's date (a booked
    one keeps its day: the customer has an appointment); how many moved. In the caller's unit of
    work, one audit entry per kind."""
    moved_all = 0
    for kind, vehicle_date in (
        (ReminderKind.ANNUAL_INSPECTION, Vehicle.inspection_due),
        (ReminderKind.INSURANCE, Vehicle.insurance_expires),
    ):
        days = notice_days(kind, after)
        if days == notice_days(kind, before):
            continue
        rows = s.execute(
            select(Reminder, vehicle_date)
            .join(Vehicle, Vehicle.id == Reminder.vehicle_id)
            .where(
                Reminder.kind == kind.value,
                Reminder.status == ReminderStatus.OPEN.value,
                vehicle_date.is_not(None),
            )
        ).all()
        moved = 0
        for reminder, expires in rows:
            if expires is None:  # not selected; for the type checker
                continue
            due = expires - dt.timedelta(days=days)
            if reminder.due_date != due:
                reminder.due_date, reminder.updated_at = due, now
                moved += 1
        if moved:
            audit.record(s, actor, "reminder.move", "rules", None,
                         {"kind": kind.value, "notice_days": notice_days(kind, before)},
                         {"kind": kind.value, "notice_days": days, "moved": moved})  # fmt: skip
        moved_all += moved
    return moved_all

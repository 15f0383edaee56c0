"""The reminders' documents in the print registry, by the car's plate or VIN:

    qiantai print reminder-sticker 粤A12345     the windscreen sticker (label printer)
    qiantai print reminder-letter LHGRC3830F8000001   the reminder letter (A4)
    qiantai print lost-analysis 2026-11          到期未来厂分析 of the month (A4)

The sticker shows the car's next service (its open first-service or service reminder); the
letter, every open reminder of the car (service, deferred work, warranty expiry ...). The
application formats dates, km and the plate; the documents lay them out.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import Clock, local_today, system_clock
from app.errors import NotFound
from app.printing import (
    DocumentKind,
    DocumentRecord,
    DocumentRegistry,
    DocumentSpec,
    PrintOptions,
    PrintService,
)
from app.reminders.analysis import analyse, headline, month_range, tables
from app.reminders.kinds import SERVICE_KINDS, ReminderKind, ReminderStatus, kind_label
from app.reminders.papers import PAPER_KINDS, paper_text
from app.reminders.rules import read_rules
from app.reminders.worklist import TaskReason, tasks_for
from app.roles import Actor, Permission
from app.settings import SettingsService
from app.uow import reading
from app.validation.plate import normalize_plate
from app.validation.vin import is_vin_like, normalize_vin
from app.vehicles import plate_display
from app.wording import say
from db.models import Reminder, Vehicle
from db.uow import Database

if TYPE_CHECKING:
    from printing.documents.lost_analysis import LostAnalysisData
    from printing.documents.reminder_letter import ReminderLetterData
    from printing.documents.reminder_sticker import ReminderStickerData


def _vehicle(s: Session, reference: str) -> Vehicle:
    text = reference.strip()
    if is_vin_like(text):
        row = s.scalar(select(Vehicle).where(Vehicle.vin == normalize_vin(text)))
    else:
        row = s.scalar(select(Vehicle).where(Vehicle.plate == normalize_plate(text)))
    if row is None:
        raise NotFound(say("没有车牌或车架号为 {reference} 的车辆", reference=text))
    return row


def _limits(due_date: dt.date, due_km: int | None) -> str:
    return due_date.isoformat() + (f" 或 {due_km:,} km（以先到者为准）" if due_km is not None else "")


def reason_line(reason: TaskReason, today: dt.date | None = None) -> str:
    """One line of the letter: 定期保养：2027-06-01 或 30,000 km（以先到者为准）."""
    if reason.kind is ReminderKind.DECLINED_ITEM:
        return f"上次检查建议：{reason.note or reason.label}（暂缓至 {reason.due_date.isoformat()}）"
    if reason.kind is ReminderKind.WARRANTY_EXPIRY:
        # The reminder is due a month before; its note says when the warranty itself ends.
        return reason.note or f"{reason.label}：{reason.due_date.isoformat()}"
    if reason.kind in PAPER_KINDS and reason.expires is not None:
        return paper_text(reason.kind, reason.expires, today or reason.due_date)
    if reason.kind is ReminderKind.WIN_BACK:
        return "好久不见，欢迎回店检查保养"
    when = _limits(reason.due_date, reason.due_km)
    return (
        f"{reason.label}已逾期（应于 {when}），建议尽快保养" if reason.overdue else f"{reason.label}：{when}"
    )


class ReminderDocuments:
    def __init__(
        self, db: Database, settings: SettingsService, printing: PrintService, clock: Clock = system_clock
    ) -> None:
        self._db, self._settings, self._printing, self._clock = db, settings, printing, clock

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        with reading(self._db) as s:
            row = _vehicle(s, reference)
            return DocumentRecord(row.id, row.plate or row.vin)

    def sticker_data(self, record: DocumentRecord) -> ReminderStickerData:
        from printing.documents.reminder_sticker import ReminderStickerData

        dealer = self._settings.dealer()
        today = local_today(self._clock)
        with reading(self._db) as s:
            vehicle = s.get(Vehicle, record.record_id)
            if vehicle is None:
                raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=record.record_id))
            due = s.scalar(
                select(Reminder)
                .where(
                    Reminder.vehicle_id == vehicle.id,
                    Reminder.status.in_([ReminderStatus.OPEN.value, ReminderStatus.BOOKED.value]),
                    Reminder.kind.in_([k.value for k in SERVICE_KINDS]),
                )
                .order_by(Reminder.due_date)
                .limit(1)
            )
            if due is None:
                raise NotFound(say("{plate} 没有待做的保养提醒：交车后才有下次保养", plate=record.reference))
            last = ""
            if vehicle.last_visit_at is not None:
                km = f"  {vehicle.last_mileage_km:,} km" if vehicle.last_mileage_km is not None else ""
                last = f"{vehicle.last_visit_at.astimezone():%Y-%m-%d}{km}"
            return ReminderStickerData(
                dealer_name=dealer.name,
                service_phone=dealer.service_phone,
                plate=plate_display(vehicle.plate) if vehicle.plate else "",
                kind=kind_label(due.kind),
                due_date=due.due_date.isoformat(),
                due_km=f"{due.due_km:,} km" if due.due_km is not None else "",
                last_service=last,
                printed_on=today.isoformat(),
                overdue=due.due_date < today,
            )

    def letter_data(self, record: DocumentRecord) -> ReminderLetterData:
        from printing.documents.reminder_letter import ReminderLetterData

        dealer = self._settings.dealer()
        today = local_today(self._clock)
        with reading(self._db) as s:
            found = tasks_for(s, [record.record_id], today, full_phones=False)
        if not found:
            raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=record.record_id))
        task = found[0]
        if not task.reasons:
            raise NotFound(say("{plate} 没有待提醒的事项", plate=record.reference))
        last = ""
        if task.last_visit is not None:
            last = f"{task.last_visit.astimezone():%Y-%m-%d}"
        return ReminderLetterData(
            dealer_name=dealer.name,
            dealer_address=dealer.address,
            service_phone=dealer.service_phone,
            customer_name=task.owner,
            plate=plate_display(task.plate) if task.plate else "",
            model=task.model,
            vin_tail=task.vin[-6:],
            reasons=[reason_line(r, today) for r in task.reasons],
            last_visit=last,
            advisor=task.advisor,
            printed_on=today.isoformat(),
        )

    def build_sticker(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.reminder_sticker import render

        size = self._printing.profile(DocumentKind.REMINDER_STICKER).page_size_mm
        return render(self.sticker_data(record), size)

    def build_letter(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.reminder_letter import render

        return render(self.letter_data(record))


class LostAnalysisDocument:
    """到期未来厂分析 of a month, by its YYYY-MM."""

    def __init__(self, db: Database, settings: SettingsService, clock: Clock = system_clock) -> None:
        self._db, self._settings, self._clock = db, settings, clock

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        first, _ = month_range(reference)
        return DocumentRecord(first.year * 100 + first.month, f"{first:%Y-%m}")

    def data(self, record: DocumentRecord) -> LostAnalysisData:
        from printing.documents.lost_analysis import AnalysisTable, LostAnalysisData

        with reading(self._db) as s:
            found = analyse(s, record.reference, read_rules(s))
        dealer = self._settings.dealer()
        return LostAnalysisData(
            dealer_name=dealer.name,
            dealer_code=dealer.code,
            period=found.period,
            headline=headline(found),
            definitions=[(f.name, f.formula, f.value) for f in found.figures],
            bars=list(found.reasons),
            tables=[AnalysisTable(title, columns, rows) for title, columns, rows in tables(found)],
            printed_at=self._clock().astimezone().strftime("%Y-%m-%d %H:%M"),
        )

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.lost_analysis import render

        return render(self.data(record))


def declare_documents(
    registry: DocumentRegistry, documents: ReminderDocuments, analysis: LostAnalysisDocument
) -> None:
    registry.declare(
        DocumentSpec(
            kind=DocumentKind.REMINDER_STICKER,
            resolve=documents.resolve,
            build=documents.build_sticker,
            reference_label="车牌或车架号",
            permission=Permission.WORK_REMINDERS,
        ),
        DocumentSpec(
            kind=DocumentKind.REMINDER_LETTER,
            resolve=documents.resolve,
            build=documents.build_letter,
            reference_label="车牌或车架号",
            permission=Permission.WORK_REMINDERS,
            personal_data=True,  # addressed to the customer by name
        ),
        DocumentSpec(
            kind=DocumentKind.LOST_ANALYSIS,
            resolve=analysis.resolve,
            build=analysis.build,
            reference_label="月份（YYYY-MM）",
            permission=Permission.RUN_REPORTS,
        ),
    )

"""How the appointments' screens say a booking: its slot, its car and customer, the colours of
its state, and the confirmation the advisor reads out on the phone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.appointments import (
    BOOKING_STATE_LABELS,
    CONFIRM_OUTCOME_LABELS,
    NO_SHOW_REASON_LABELS,
    WORK_KIND_LABELS,
    Booking,
    BookingState,
)
from app.validation import mask_phone
from ui.i18n import QT_TRANSLATE_NOOP
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label

# (background, text) of each shown state: late amber, arrived green, no-show red, cancelled grey.
STATE_COLOURS: dict[BookingState, tuple[QColor, QColor]] = {
    BookingState.BOOKED: (QColor("#dcecff"), QColor("#1b4f8a")),
    BookingState.LATE: (QColor("#ffe8b3"), QColor("#7a4d00")),
    BookingState.ARRIVED: (QColor("#dff5df"), QColor("#1e7e34")),
    BookingState.NO_SHOW: (QColor("#f8d7da"), QColor("#a61b1b")),
    BookingState.CANCELLED: (QColor("#eeeeee"), QColor("#7f8c8d")),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("weekdays", "周一"),
    QT_TRANSLATE_NOOP("weekdays", "周二"),
    QT_TRANSLATE_NOOP("weekdays", "周三"),
    QT_TRANSLATE_NOOP("weekdays", "周四"),
    QT_TRANSLATE_NOOP("weekdays", "周五"),
    QT_TRANSLATE_NOOP("weekdays", "周六"),
    QT_TRANSLATE_NOOP("weekdays", "周日"),
)


def local_hm(value: dt.datetime) -> str:
    return value.astimezone().strftime("%H:%M")


def slot_span(booking: Booking) -> str:
    """09:30-10:00"""
    return f"{local_hm(booking.slot_at)}-{local_hm(booking.slot_end)}"


def weekday_name(number: int) -> str:
    """The ISO weekday's name (1 Monday … 7 Sunday) in the interface language."""
    return QCoreApplication.translate("weekdays", WEEKDAYS[number - 1])


def weekday(day: dt.date) -> str:
    return weekday_name(day.isoweekday())


def day_text(day: dt.date) -> str:
    """2026-11-28 周六"""
    return f"{day.isoformat()} {weekday(day)}"


def slot_moment(value: dt.datetime | None) -> str:
    """2026-11-28 周六 09:30 (a slot before or after a move; — when none)."""
    if value is None:
        return "—"
    local = value.astimezone()
    return f"{day_text(local.date())} {local.strftime('%H:%M')}"


def state_label(booking: Booking) -> str:
    return tr_label(BOOKING_STATE_LABELS[booking.state])


def kind_label(booking: Booking) -> str:
    return tr_label(WORK_KIND_LABELS[booking.work_kind])


def work_text(booking: Booking) -> str:
    """保养（机修保养）: the job wanted and the kind of work it takes (once when they are the same)."""
    job, kind = tr_label(booking.job_type), kind_label(booking)
    return job if job == kind else _tr("{0}（{1}）", "a job and its kind of work").format(job, kind)


def car_text(booking: Booking) -> str:
    return booking.plate or (booking.vin[-6:] if booking.vin else "—")


def customer_text(booking: Booking, full_phone: bool = False) -> str:
    """张三 138****5678 (the phone masked on lists)."""
    phone = booking.phone if full_phone else mask_phone(booking.phone) if booking.phone else ""
    return "　".join(x for x in (booking.customer_name, phone) if x) or "—"


def confirmation_text(booking: Booking) -> str:
    """What the confirmation call came to (empty while nobody called)."""
    if booking.confirmation is None:
        return ""
    return tr_label(CONFIRM_OUTCOME_LABELS[booking.confirmation])


def outcome_text(booking: Booking) -> str:
    """Why it ended: the cancel reason, the no-show reason, or the order opened from it."""
    if booking.ro_number:
        return _tr("工单 {0}").format(booking.ro_number)
    if booking.cancel_reason:
        return _tr("取消：{0}").format(booking.cancel_reason)
    if booking.no_show_reason is not None:
        return _tr("爽约：{0}").format(tr_label(NO_SHOW_REASON_LABELS[booking.no_show_reason]))
    return ""


def read_out(booking: Booking, dealer_name: str, dealer_phone: str) -> str:
    """The confirmation the advisor reads to the customer (and the slip prints)."""
    local = booking.slot_at.astimezone()
    lines = [
        _tr("预约已登记：{0}").format(car_text(booking)),
        _tr("到店时间：{0} {1} {2}").format(
            local.date().isoformat(), weekday(local.date()), slot_span(booking)
        ),
        _tr("项目：{0}").format(work_text(booking)),
        _tr("服务顾问：{0}").format(booking.advisor_name or _tr("到店安排")),
    ]
    if dealer_name or dealer_phone:
        lines.append(_tr("{0} 服务电话：{1}").format(dealer_name, dealer_phone or "—").strip())
    return "\n".join(lines)


def booking_line(booking: Booking) -> str:
    """2026-11-28 周六 09:30-10:00　保养（机修保养）　王芳 (a car's booking on its card)."""
    local = booking.slot_at.astimezone()
    return "　".join(
        (
            f"{day_text(local.date())} {slot_span(booking)}",
            work_text(booking),
            booking.advisor_name or _tr("到店安排"),
        )
    )

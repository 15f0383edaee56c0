"""The life of a booking (预约)."""

from __future__ import annotations

from enum import StrEnum


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"  # an order was opened from it; kept, it counts in the show rate
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


APPOINTMENT_STATUS_LABELS: dict[AppointmentStatus, str] = {
    AppointmentStatus.BOOKED: "已预约",
    AppointmentStatus.ARRIVED: "已到店",
    AppointmentStatus.NO_SHOW: "未到店",
    AppointmentStatus.CANCELLED: "已取消",
}


def status_label(value: str) -> str:
    try:
        return APPOINTMENT_STATUS_LABELS[AppointmentStatus(value)]
    except ValueError:
        return value

"""Appointments (预约): owns the appointments table.

Public surface:
    AppointmentStatus, APPOINTMENT_STATUS_LABELS, status_label(value)
    mark_arrived(s, appointment_id, vehicle_id)   in the caller's unit of work (opening an order)
    book(s, vehicle_id=, customer_id=, at=, now=, ...) -> id   in the caller's unit of work
"""

from app.appointments.arrival import mark_arrived
from app.appointments.booking import book
from app.appointments.status import APPOINTMENT_STATUS_LABELS, AppointmentStatus, status_label

__all__ = ["APPOINTMENT_STATUS_LABELS", "AppointmentStatus", "book", "mark_arrived", "status_label"]

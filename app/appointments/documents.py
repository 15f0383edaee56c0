"""The appointment slip (预约单) in the print registry, by the booking's number:

    qiantai print appointment-slip 12

Printed on the label printer when a booking is made (the customer takes it, or the advisor
reads it out): the day and time, the plate and the kind of work, the advisor, the dealer's
service phone. No customer name or phone: it is not personal data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.appointments._rows import read_booking
from app.appointments.kinds import WORK_KIND_LABELS
from app.appointments.schedule import read_schedule
from app.clock import Clock, system_clock
from app.errors import NotFound
from app.printing import (
    DocumentKind,
    DocumentRecord,
    DocumentRegistry,
    DocumentSpec,
    PrintOptions,
    PrintService,
)
from app.roles import Actor, Permission
from app.settings import SettingsService
from app.uow import reading
from app.validation import format_plate
from app.wording import say
from db.uow import Database

if TYPE_CHECKING:
    from printing.documents.appointment_slip import AppointmentSlipData


def booking_number(reference: str) -> int:
    """12, #12, ＃１２ or 预约12 -> 12."""
    digits = "".join(c for c in reference.translate(_FULL_DIGITS) if c.isascii() and c.isdigit())
    if not digits or len(digits) > 12:
        raise NotFound(say("没有预约号为 {reference} 的预约", reference=reference.strip()))
    return int(digits)


_FULL_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


class AppointmentSlipDocument:
    def __init__(
        self, db: Database, settings: SettingsService, printing: PrintService, clock: Clock = system_clock
    ) -> None:
        self._db, self._settings, self._printing, self._clock = db, settings, printing, clock

    def resolve(self, actor: Actor, reference: str) -> DocumentRecord:
        number = booking_number(reference)
        with reading(self._db) as s:
            try:
                read_booking(s, number, read_schedule(s), self._clock())
            except NotFound:
                raise NotFound(say("没有预约号为 {reference} 的预约", reference=reference.strip())) from None
        return DocumentRecord(number, str(number))

    def data(self, record: DocumentRecord) -> AppointmentSlipData:
        from printing.documents.appointment_slip import AppointmentSlipData

        dealer = self._settings.dealer()
        with reading(self._db) as s:
            booking = read_booking(s, record.record_id, read_schedule(s), self._clock())
        start, end = booking.slot_at.astimezone(), booking.slot_end.astimezone()
        return AppointmentSlipData(
            dealer_name=dealer.name,
            day=start.date(),
            time=f"{start:%H:%M}–{end:%H:%M}",
            plate=format_plate(booking.plate) if booking.plate else "",
            work_kind=WORK_KIND_LABELS[booking.work_kind],
            advisor=booking.advisor_name,
            service_phone=dealer.service_phone,
            number=str(booking.id),
        )

    def build(self, actor: Actor, record: DocumentRecord, options: PrintOptions) -> bytes:
        from printing.documents.appointment_slip import render

        size = self._printing.profile(DocumentKind.APPOINTMENT_SLIP).page_size_mm
        return render(self.data(record), size)


def declare_documents(registry: DocumentRegistry, slip: AppointmentSlipDocument) -> None:
    registry.declare(
        DocumentSpec(
            kind=DocumentKind.APPOINTMENT_SLIP,
            resolve=slip.resolve,
            build=slip.build,
            reference_label="预约号",
            permission=Permission.BOOK_APPOINTMENTS,
        )
    )

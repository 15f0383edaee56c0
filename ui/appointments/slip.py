"""The booking slip (预约单) on the label printer: date, time, advisor, the dealer's phone, plate
and kind of work, through the one print path of every document (ui.printing.document_flow):
built and printed off the UI thread, a second print asks for the reason, a printer that is not
there leaves the job in the print queue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.appointments import Booking
from app.printing import DocumentKind
from ui.printing.document_flow import DocumentFlow


class SlipPrinter:
    def __init__(self, flow: DocumentFlow) -> None:
        self.flow = flow

    def print(self, parent: QWidget, booking: Booking) -> None:
        self.flow.print_directly(parent, DocumentKind.APPOINTMENT_SLIP, str(booking.id))

"""The booking slip (预约单) on the label printer: date, time, advisor, the dealer's phone, plate
and kind of work, through the one print path of every document (ui.printing.document_flow):
built and printed off the UI thread, a second print asks for the reason, a printer that is not
there leaves the job in the print queue."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.appointments import Booking
from app.context import Services
from app.printing import DocumentKind
from ui.printing.document_flow import DocumentFlow

SLIP = "appointment-slip"


class SlipPrinter:
    def __init__(self, services: Services, flow: DocumentFlow) -> None:
        self.services = services
        self.flow = flow

    def available(self) -> bool:
        """Whether printing knows the slip (the print buttons are offered only then)."""
        documents = self.services.printing.documents
        return any(str(spec.kind) == SLIP for spec in documents.kinds())

    def print(self, parent: QWidget, booking: Booking) -> None:
        self.flow.print_directly(parent, DocumentKind(SLIP), str(booking.id))

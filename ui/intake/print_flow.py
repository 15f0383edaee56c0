"""Printing an order's intake sheet from the counter: through the print preview (Ctrl+P: the exact
PDF, the printer, Enter prints) or straight to the intake-sheet printer (Ctrl+Shift+P). Both are
the generic document flow (ui.printing.document_flow) for the kind intake-sheet and the order's
RO number: built and printed off the UI thread in the copies the kind's profile asks for, a
second print is a reprint with a reason, and a printer that is not there leaves the job pending
in the print queue (the advisor is told so).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.context import Services
from app.orders import OrderInfo
from app.printing import DocumentKind, DocumentPrinted, PrintOptions
from app.roles import Actor
from ui.i18n import tr as _tr
from ui.operations import ChangeBus
from ui.printing.document_flow import DocumentFlow
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from ui.printing.preview import PrintPreviewDialog

Message = Callable[[str], None]


class SheetPrinter:
    """Called by the order editor and the delivery dialog with the saved order."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        runner: TaskRunner,
        message: Message,
        bus: ChangeBus | None = None,
    ) -> None:
        self.flow = DocumentFlow(services, actor, runner, message, bus)

    @property
    def last(self) -> DocumentPrinted | None:
        return self.flow.last

    @property
    def preview_dialog(self) -> PrintPreviewDialog | None:
        return self.flow.preview_dialog

    def __call__(
        self, parent: QWidget, order: OrderInfo, show_full_phone: bool, preview: bool = True
    ) -> None:
        options = PrintOptions(show_full_phone=show_full_phone)
        if preview:
            title = _tr("打印预览 - 接车单 {0}").format(order.ro_number)
            self.flow.preview(parent, DocumentKind.INTAKE_SHEET, order.ro_number, options, title)
        else:
            self.flow.print_directly(parent, DocumentKind.INTAKE_SHEET, order.ro_number, options)

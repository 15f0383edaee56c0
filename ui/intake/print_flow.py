"""Printing an order's intake sheet from the counter: through the print preview (Ctrl+P: the exact
PDF, the printer, Enter prints) or straight to the intake-sheet printer (Ctrl+Shift+P, off the UI
thread). The sheet is built by the application (services.orders.sheets); a printer that is not
there leaves the job pending in the print queue, and the advisor is told so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.context import Services
from app.errors import QiantaiError
from app.orders import OrderInfo, SheetPrinted
from app.printing import DocumentKind
from app.roles import Actor
from ui.errors import show_error
from ui.i18n import tr as _tr
from ui.printing.preview import PrintPreviewDialog
from ui.tasks import TaskControl, TaskRunner

Message = Callable[[str], None]


class SheetPrinter:
    """Called by the order editor and the delivery dialog with the saved order."""

    def __init__(self, services: Services, actor: Actor, runner: TaskRunner, message: Message) -> None:
        self._services = services
        self._actor = actor
        self._runner = runner
        self._message = message
        self.last: SheetPrinted | None = None
        self.preview_dialog: PrintPreviewDialog | None = None

    def __call__(
        self, parent: QWidget, order: OrderInfo, show_full_phone: bool, preview: bool = True
    ) -> None:
        if preview:
            self.preview(parent, order, show_full_phone)
        else:
            self.print_directly(parent, order, show_full_phone)

    def preview(self, parent: QWidget, order: OrderInfo, show_full_phone: bool) -> None:
        try:
            pdf = self._services.orders.sheets.render(self._actor, order.id, show_full_phone)
        except QiantaiError as e:
            show_error(parent, e)
            return
        title = _tr("打印预览 - 接车单 {0}").format(order.ro_number)
        kind = DocumentKind.INTAKE_SHEET
        dialog = PrintPreviewDialog(
            self._services, self._actor, kind, order.ro_number, pdf, parent, self._runner, title=title
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview_dialog = dialog

        def finished(_result: int) -> None:
            self.preview_dialog = None
            job = dialog.job
            if job is None:
                self._message(_tr("未打印接车单 {0}").format(order.ro_number))
            elif job.status == "printed":
                self._message(
                    _tr("接车单 {0} 已打印（{1}，打印任务 {2}）").format(order.ro_number, job.printer, job.id)
                )
            else:
                self._message(_tr("接车单 {0} 未能打印，已留在打印队列中").format(order.ro_number))

        dialog.finished.connect(finished)
        dialog.open()

    def print_directly(self, parent: QWidget, order: OrderInfo, show_full_phone: bool) -> None:
        sheets = self._services.orders.sheets
        self._message(_tr("正在打印工单 {0} 的接车单…").format(order.ro_number))

        def work(_control: TaskControl) -> SheetPrinted:
            return sheets.print_sheet(self._actor, order.id, show_full_phone=show_full_phone)

        def done(result: SheetPrinted) -> None:
            self.last = result
            job = result.job
            self._message(
                _tr("接车单 {0} 已发送到打印机 {1}（打印任务 {2}）").format(
                    result.ro_number, job.printer, job.id
                )
            )

        def failed(error: BaseException) -> None:
            self._message(_tr("接车单 {0} 未能打印，已留在打印队列中").format(order.ro_number))
            show_error(parent, error)

        self._runner.run(work, done, failed)

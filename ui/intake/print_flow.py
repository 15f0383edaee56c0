"""Printing an order's intake sheet from the counter: straight to the printer, off the UI thread.

The sheet is built and printed by the application (services.intake_sheets); a printer that is
not there leaves the job pending in the print queue, and the advisor is told so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.context import Services
from app.intake.orders import OrderInfo
from app.intake_print import SheetPrinted
from app.roles import Actor
from ui.errors import show_error
from ui.tasks import TaskControl, TaskRunner

Message = Callable[[str], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("SheetPrinter", text)


class SheetPrinter:
    """Called by the order editor (Ctrl+P) with the saved order."""

    def __init__(self, services: Services, actor: Actor, runner: TaskRunner, message: Message) -> None:
        self._services = services
        self._actor = actor
        self._runner = runner
        self._message = message
        self.last: SheetPrinted | None = None

    def __call__(self, parent: QWidget, order: OrderInfo, show_full_phone: bool) -> None:
        sheets = self._services.intake_sheets
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
            self._message(_tr("接车单 {0} 未能打印").format(order.ro_number))
            show_error(parent, error)

        self._runner.run(work, done, failed)

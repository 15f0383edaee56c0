"""Every window and form fits a 1024 x 768 counter screen, in Chinese and in English: what does
not fit wraps, elides or scrolls instead of pushing the window past the screen's edge."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.app.factories import ready_for_delivery
from tests.conftest import make_actor
from tests.ui.intake.support import sample_vehicle, setup_dealer
from ui.admin.user_dialogs import AddUserDialog
from ui.board.deliver_dialog import DeliverDialog
from ui.i18n import install_translator
from ui.intake.customer_dialog import CustomerDialog
from ui.intake.import_dialog import ImportDialog
from ui.intake.order_dialog import OrderDialog
from ui.intake.vehicle_dialog import VehicleDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.password_dialog import ChangePasswordDialog
from ui.printing.queue import PrintQueueDialog
from ui.printing.settings_dialog import PrinterSettingsDialog
from ui.tasks import SyncTaskRunner

SCREEN = (1024, 768)
# What a window may take of it: the task bar and the title bar take the rest of the height.
USABLE = (SCREEN[0], SCREEN[1] - 40)


@pytest.fixture(params=["zh", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translator: QTranslator | None = None
    if request.param == "en":
        translator = install_translator(qapp, "en")
        assert translator is not None
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)


def fits(widget: QWidget) -> tuple[int, int]:
    widget.show()
    QApplication.processEvents()
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width(), hint.height()


@pytest.mark.parametrize("role", [Role.ADVISOR, Role.CLAIMS, Role.SUPERVISOR, Role.ADMIN])
def test_the_main_window_fits(qtbot: QtBot, sqlite_services: Services, language: str, role: Role) -> None:
    window = MainWindow(sqlite_services, make_actor(sqlite_services, role), runner=SyncTaskRunner())
    qtbot.addWidget(window)
    width, height = fits(window)
    assert width <= USABLE[0] and height <= USABLE[1], (language, role, width, height)


def test_every_form_fits(qtbot: QtBot, sqlite_services: Services, language: str) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    advisor = make_actor(svc, Role.ADVISOR)
    vehicle = sample_vehicle(svc, admin, setup_dealer(svc, admin))
    owner = svc.vehicles.customers.get(admin, vehicle.owner_id)
    order = ready_for_delivery(svc, advisor, vehicle)
    runner = SyncTaskRunner()
    v = svc.vehicles
    forms: dict[str, QWidget] = {
        "order (new)": OrderDialog(svc.orders.orders, advisor, svc.clock, vehicle, owner.name),
        "order (open)": OrderDialog(svc.orders.orders, advisor, svc.clock, vehicle, owner.name, order=order),
        "vehicle (new)": VehicleDialog(v.vehicles, v.customers, v.models, advisor),
        "vehicle (edit)": VehicleDialog(v.vehicles, v.customers, v.models, advisor, vehicle=vehicle),
        "customer": CustomerDialog(v.customers, advisor, owner),
        "delivery": DeliverDialog(svc.orders.delivery, advisor, svc.clock, order, "粤A·12345　张三"),
        "print queue": PrintQueueDialog(svc, advisor, runner=runner),
        "printer settings": PrinterSettingsDialog(svc, admin, runner=runner),
        "import": ImportDialog(v.importer, admin, runner),
        "login": LoginDialog(svc.users, "鹏程汽车"),
        "password": ChangePasswordDialog(svc.users, advisor),
        "new user": AddUserDialog(svc.users, admin),
    }
    too_big = {}
    for name, form in forms.items():
        qtbot.addWidget(form)
        width, height = fits(form)
        if width > USABLE[0] or height > USABLE[1]:
            too_big[name] = (width, height)
        form.close()
    assert not too_big, (language, too_big)

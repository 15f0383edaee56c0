"""The app's own sentences (refusals, conflicts, 三包 alerts, printer problems) follow the interface
language: with the English translation installed they read in English, their values filled in;
without it, and wherever str() is taken (CLI, log, printed documents), they stay Chinese."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.context import Services
from app.errors import Conflict, PermissionDenied, PrinterUnavailable, ValidationError
from app.orders import check_move
from app.orders.status import OrderStatus
from app.roles import Permission, Role, require
from app.uow import check_version
from app.warranty import RepairFacts, VisitState, long_repair_alert
from printing.spool import REASON_PAUSED, SpoolError, SpoolResult, spool_failure
from tests.app.factories import open_order
from tests.app.printing.test_documents import NoteTakingSpool
from tests.conftest import make_actor
from tests.ui.intake.support import answer_next_box, enter, setup_dealer, type_text, vehicle_with_history
from tests.ui.intake.test_order import make_dialog, saved, setup
from tests.ui.intake.test_search import make_tab
from tests.ui.test_english import CJK, english  # noqa: F401 - english is the fixture
from ui.errors import show_error
from ui.i18n import localized
from ui.intake.order_dialog import OrderDialog
from ui.sanbao_text import alert_lines


def _box_text_of(show: object) -> str:
    seen: dict[str, str] = {}

    def close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        box.close()

    QTimer.singleShot(50, close)
    show()  # type: ignore[operator]
    return f"{seen['title']}|{seen['text']}"


def _refusal(call: object) -> Exception:
    with pytest.raises(Exception) as caught:
        call()  # type: ignore[operator]
    return caught.value  # type: ignore[return-value]


@pytest.mark.usefixtures("english")
def test_a_refusal_box_speaks_english(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    denied = _refusal(lambda: require(advisor, Permission.CANCEL_ORDERS))
    assert isinstance(denied, PermissionDenied)
    assert str(denied) == "服务顾问账号无权取消他人的工单，请用有权限的账号登录"  # the CLI and the log
    text = _box_text_of(lambda: show_error(None, denied))
    assert text == (
        "Not permitted|Service advisor accounts may not cancel other people's repair orders: "
        "log in with an account that may"
    )
    conflict = _refusal(lambda: check_version(type("Row", (), {"version": 3})(), 2))
    assert isinstance(conflict, Conflict)
    text = _box_text_of(lambda: show_error(None, conflict))
    assert text.endswith(
        "|Another counter changed this record: reload it, then save again; "
        "your changes did not overwrite theirs."
    )


@pytest.mark.usefixtures("english")
def test_validation_messages_fill_in_their_values_and_labels() -> None:
    refused = _refusal(lambda: check_move(OrderStatus.WAITING, OrderStatus.WASHING))
    assert isinstance(refused, ValidationError)
    assert (
        localized(refused.message) == "Cannot move from “Awaiting dispatch” to “Washing”; possible: In repair"
    )
    assert not CJK.search(localized(refused.message))


@pytest.mark.usefixtures("english")
def test_the_order_forms_mileage_refusal_speaks_english(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)  # last reading 18,000 km
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.mileage.setText("1200")
    dialog.job_boxes["保养"].setChecked(True)
    assert not saved(dialog)
    assert dialog.left.error_text("mileage_in") == (
        "Mileage 1,200 km is below the last recorded 18,000 km. If the odometer was replaced or "
        "adjusted, tick “Odometer replaced” and save again"
    )
    dialog.odometer_changed.setChecked(True)
    assert saved(dialog)  # nothing left unsaved: the dialog closes without asking


@pytest.mark.usefixtures("english")
def test_the_open_order_question_speaks_english(qtbot: QtBot, sqlite_services: Services) -> None:
    advisor, vehicle = setup(sqlite_services)
    first = open_order(sqlite_services, advisor, vehicle, mileage=18_500)
    dialog = make_dialog(qtbot, sqlite_services, advisor, vehicle)
    dialog.mileage.setText("18600")
    dialog.job_boxes["保养"].setChecked(True)
    seen: list[str] = []
    answer_next_box(None, seen)  # the default answer: save
    assert saved(dialog)
    assert seen, "no question was asked"
    assert f"This vehicle already has an open order {first.ro_number}: open another one?" in seen[0]
    assert "If this is correct, save again" not in seen[0]  # the prompt asks in its own words


@pytest.mark.usefixtures("english")
def test_sanbao_alerts_speak_english(qtbot: QtBot, sqlite_services: Services) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    model = setup_dealer(sqlite_services, admin)
    vehicle = vehicle_with_history(sqlite_services, admin, advisor, model)
    open_order(sqlite_services, advisor, vehicle, mileage=29000, statement="空调不凉")
    tab = make_tab(qtbot, sqlite_services)
    tab.search.box.setFocus()
    type_text(tab.search.box, "粤A12345")
    enter(qtbot, tab.search.box)
    card_text = tab.card.alerts.text()
    assert "The same problem (air conditioning) was repaired 4 times within the lemon-law period" in card_text
    assert not CJK.search(card_text), card_text
    tab.card.focus_open_orders()
    enter(qtbot, tab.card.open_table)
    dialog = tab.dialog
    assert isinstance(dialog, OrderDialog)
    assert "repaired 4 times within the lemon-law period" in dialog.alerts.text()
    dialog.reject()


@pytest.mark.usefixtures("english")
def test_a_long_repair_alert_names_its_order_and_day() -> None:
    opened = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    facts = RepairFacts(None, "RO20260301-0001", opened, None, VisitState.OPEN, 100, True, "")
    alert = long_repair_alert(facts, opened + dt.timedelta(days=7))
    assert alert is not None
    assert alert_lines((alert,)) == (
        "[Lemon law: critical] RO20260301-0001: day 7 of the repair (more than 5): "
        "provide a loan car or pay travel compensation"
    )
    assert alert.message.startswith("RO20260301-0001已修理第 7 天")  # printed documents: Chinese


@pytest.mark.usefixtures("english")
def test_a_printer_problem_speaks_english(sqlite_services: Services) -> None:
    class PausedSpool(NoteTakingSpool):
        def submit(self, pdf: bytes, printer: str, **options: Any) -> SpoolResult:
            raise spool_failure(
                "打印机“{name}”已暂停{extra}。请恢复打印机后重试。",
                reason=REASON_PAUSED,
                name=printer,
                extra="",
            )

    admin = make_actor(sqlite_services, Role.ADMIN)
    printing = sqlite_services.printing
    printing._spooler = PausedSpool(printers=["A4-Counter"])
    failed = _refusal(lambda: printing.print_test_page(admin, "a4", "A4-Counter"))
    assert isinstance(failed, PrinterUnavailable)
    assert str(failed).startswith("打印机“A4-Counter”已暂停。请恢复打印机后重试。（打印任务 ")
    assert localized(failed.message) == (
        f"Printer “A4-Counter” is paused. Resume the printer and try again. (print job {failed.job_id} "
        "is kept: retry later or use another printer)"
    )
    assert isinstance(SpoolError("x", REASON_PAUSED).template, str)


def test_without_the_translation_the_sentences_stay_chinese(sqlite_services: Services) -> None:
    refused = _refusal(lambda: check_move(OrderStatus.WAITING, OrderStatus.WASHING))
    assert isinstance(refused, ValidationError)
    assert localized(refused.message) == "不能从“待派工”改为“洗车”；可改为：维修中" == refused.message


@pytest.mark.usefixtures("english")
def test_the_intake_sheet_prints_its_alerts_in_chinese(sqlite_services: Services) -> None:
    """A printed document is Chinese whatever the interface language: it takes str(message)."""
    admin = make_actor(sqlite_services, Role.ADMIN)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    vehicle = vehicle_with_history(sqlite_services, admin, advisor, setup_dealer(sqlite_services, admin))
    order = open_order(sqlite_services, advisor, vehicle, mileage=29000, statement="空调不凉")
    data = sqlite_services.orders.sheets.sheet_data(advisor, order.id)
    assert data.sanbao_alerts and all(CJK.search(a) for a in data.sanbao_alerts)
    assert any(a.startswith("同一问题（空调）在三包有效期内已修理 4 次") for a in data.sanbao_alerts)
    assert all(type(a) is str or str(a) == a for a in data.sanbao_alerts)

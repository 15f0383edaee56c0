"""The dates read from a car's papers in the vehicle dialog and on the card: the 检验有效期至
month (typed as a month, full-width too), the insurance's end, errors beside their fields, a date
already past said on the card; the dialog on a counter's screens in Chinese and English."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.context import Services
from app.reminders import ReminderKind
from app.roles import Role
from app.vehicles import VehicleInfo, VehicleInput
from tests.conftest import make_actor
from tests.ui.intake.support import enter, sample_vehicle, setup_dealer, type_text
from tests.ui.intake.test_search import make_tab
from tests.ui.screens import SIZES, TITLE_AND_TASK_BAR, Shot, fitted
from ui.intake.inputs import parse_month
from ui.intake.vehicle_dialog import VehicleDialog


def edit_dialog(qtbot: QtBot, svc: Services, vehicle: VehicleInfo) -> VehicleDialog:
    actor = make_actor(svc, Role.ADVISOR)
    i = svc.vehicles
    dialog = VehicleDialog(i.vehicles, i.customers, i.models, actor, vehicle=vehicle)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_a_month_is_read_as_the_papers_write_it() -> None:
    for text in ("2027-03", "2027/3", "２０２７年３月", "202703", "2027.03", "2027-03-15"):
        day = parse_month("inspection_due", text, "年检有效期至")
        assert day is not None and (day.year, day.month) == (2027, 3), text
    assert parse_month("inspection_due", "  ", "年检有效期至") is None


def test_the_dates_are_typed_by_keyboard_and_shown_again(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    vehicle = sample_vehicle(svc, admin, setup_dealer(svc, admin))
    dialog = edit_dialog(qtbot, svc, vehicle)
    dialog.delivery_date.setFocus()
    enter(qtbot, dialog.delivery_date)
    assert dialog.inspection_due.hasFocus()
    type_text(dialog.inspection_due, "２０２７－０２")
    enter(qtbot, dialog.inspection_due)
    assert dialog.insurance_expires.hasFocus()
    type_text(dialog.insurance_expires, "20270520")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.saved
    assert saved is not None
    assert (saved.inspection_due, saved.insurance_expires) == (dt.date(2027, 2, 28), dt.date(2027, 5, 20))
    again = edit_dialog(qtbot, svc, saved)
    assert (again.inspection_due.text(), again.insurance_expires.text()) == ("2027-02", "2027-05-20")
    card = svc.orders.cards.open(admin, saved.id)
    kinds = {r.kind for r in card.reminders}
    assert {ReminderKind.ANNUAL_INSPECTION.value, ReminderKind.INSURANCE.value} <= kinds


def test_mistakes_are_said_beside_their_fields(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    vehicle = sample_vehicle(svc, admin, setup_dealer(svc, admin))
    dialog = edit_dialog(qtbot, svc, vehicle)
    dialog.inspection_due.setText("2027-13")
    dialog.insurance_expires.setText("明年五月")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.error_text("inspection_due") == "年检有效期至“2027-13”不是有效月份"
    assert dialog.form.error_text("insurance_expires") == "保险到期日格式应为 年-月-日，例如 2024-03-01"
    dialog.inspection_due.setText("1985-06")  # read, then refused by the service: too early
    dialog.insurance_expires.setText("2050-01-01")
    dialog.save()
    assert dialog.form.error_text("inspection_due") == "年检有效期至过早，请核对"
    assert dialog.form.error_text("insurance_expires") == "保险到期日不能晚于 10 年后，请核对"
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_the_card_shows_the_dates_and_says_one_already_past(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    vehicle = sample_vehicle(svc, admin, setup_dealer(svc, admin))
    data = VehicleInput(vin=vehicle.vin, model_id=vehicle.model.id, owner_id=vehicle.owner_id,
                        plate="粤A12345", invoice_date=dt.date(2025, 3, 1),
                        inspection_due=dt.date(2026, 10, 1),
                        insurance_expires=dt.date(2027, 5, 20))  # fmt: skip
    svc.vehicles.vehicles.update(admin, vehicle.id, vehicle.version, data)
    tab = make_tab(qtbot, svc)
    type_text(tab.search.box, "粤A12345")
    enter(qtbot, tab.search.box)
    facts = tab.card.facts.text()
    assert "年检有效期至：2026-10（已过期）" in facts  # the counter's day is 2026-11-27
    assert "保险到期日：2027-05-20" in facts and "2027-05-20（已过期）" not in facts
    assert "年检" in tab.card.reminders_due.text()  # its reminder is overdue, so it is due on the card


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}" for w, _ in SIZES])
def test_the_vehicle_dialog_fits_and_is_shot(
    qtbot: QtBot, sqlite_services: Services, language: str, size: tuple[int, int], screenshot: Shot
) -> None:
    svc = sqlite_services
    admin = make_actor(svc, Role.ADMIN)
    setup_dealer(svc, admin)
    i = svc.vehicles
    new = VehicleDialog(i.vehicles, i.customers, i.models, make_actor(svc, Role.ADVISOR))
    new.inspection_due.setText("2027-03")
    new.insurance_expires.setText("2027-13-01")
    new.save()  # the mistakes beside their fields
    width, height = size
    need = fitted(qtbot, new, width, height - TITLE_AND_TASK_BAR)
    screenshot(new, f"intake-vehicle-papers-{language}-{width}")
    assert new.form.error_text("insurance_expires")
    new.done(0)
    assert need[0] <= width and need[1] <= height - TITLE_AND_TASK_BAR, need

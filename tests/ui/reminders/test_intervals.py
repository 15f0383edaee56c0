"""保养间隔…: the models' service intervals edited from the reminders tab, saved at the version read,
and the open service reminders worked out again so that a car comes due by the new interval.

The supervisor edits them (EDIT_SERVICE_INTERVALS: VehicleModelService.update_service_intervals
changes the four intervals and nothing else of the model; its warranty terms stay the dealer's
settings); an advisor is not offered the button."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.errors import PermissionDenied
from app.reminders import WorkList
from app.roles import Role
from app.vehicles import ModelInput, VehicleInfo
from db.models import MileageReading, Reminder, Vehicle
from tests.conftest import make_actor
from tests.ui.intake.support import answer_next_box, enter, type_text
from tests.ui.reminders.support import active, make_tab, plated_car
from ui.reminders.model_intervals_dialog import ModelIntervalsDialog
from ui.reminders.reminders_tab import RemindersTab

SERVED = dt.date(2026, 5, 10)  # the last service, at 20,000 km; today is 2026-11-27


def served_car(svc: Services) -> tuple[VehicleInfo, int]:
    """A 思域 serviced on SERVED at 20,000 km and not read since: at 12 months / 10,000 km and the
    default 40 km a day its next service is due by km on 2027-01-15 (250 days), on no list yet."""
    plated_car(svc, "粤B20003", "王芳", "13900003333", brand="丰田", model="卡罗拉")
    vehicle = plated_car(svc, "粤A10001", "张伟", "13900001111")
    served_at = dt.datetime.combine(SERVED, dt.time(2), dt.UTC)
    with svc.db.session() as s:
        s.add(MileageReading(vehicle_id=vehicle.id, read_at=served_at, km=20_000))
        row = s.get(Vehicle, vehicle.id)
        assert row is not None
        row.last_mileage_km = 20_000
        reminder = Reminder(
            vehicle_id=vehicle.id, customer_id=vehicle.owner_id, kind="service",
            due_date=dt.date(2027, 1, 15), due_km=30_000, status="open", note="", created_at=served_at,
        )  # fmt: skip
        s.add(reminder)
        s.commit()
        return vehicle, reminder.id


def open_intervals(qtbot: QtBot, tab: RemindersTab) -> ModelIntervalsDialog:
    assert tab.intervals_button.isVisible()
    tab.intervals_button.click()
    dialog = active(qtbot, tab)
    assert isinstance(dialog, ModelIntervalsDialog)
    return dialog


def choose(dialog: ModelIntervalsDialog, name: str) -> None:
    row = next(n for n, info in enumerate(dialog.model.rows) if info.name == name)
    dialog.table.selectRow(row)


def retype(qtbot: QtBot, dialog: ModelIntervalsDialog, interval: str, text: str) -> None:
    """Types over a field as the user does, then Enter."""
    field = dialog.inputs[interval]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)
    enter(qtbot, field)


def test_a_shorter_interval_saved_and_recomputed_brings_the_car_forward(
    qtbot: QtBot, sqlite_services: Services
) -> None:
    svc = sqlite_services
    vehicle, reminder_id = served_car(svc)
    admin = make_actor(svc, Role.SUPERVISOR)  # the supervisor's own setting
    assert svc.reminders.recompute_all(admin).moved == 0  # the stored due date is the rules' own
    tab = make_tab(qtbot, svc, admin)
    every_list = (WorkList.DUE_SOON, WorkList.OVERDUE)
    assert all(vehicle.id not in {t.vehicle_id for t in tab.pages[w].tasks} for w in every_list)
    dialog = open_intervals(qtbot, tab)
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "品牌",
        "车型",
        "首保（月）",
        "首保里程 km",
        "保养间隔（月）",
        "保养间隔 km",
    ]
    rows = [[str(model.data(model.index(r, c))) for c in range(model.columnCount())] for r in range(2)]
    assert rows == [
        ["丰田", "卡罗拉", "6", "5,000", "12", "10,000"],
        ["本田", "思域", "6", "5,000", "12", "10,000"],
    ]
    assert dialog.table.hasFocus()
    choose(dialog, "思域")
    assert dialog.box.title() == "“本田 思域”的保养间隔"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # from the list into the fields
    first = dialog.inputs["first_service_months"]
    assert first.hasFocus() and first.text() == "6"
    enter(qtbot, first)
    enter(qtbot, dialog.inputs["first_service_km"])
    assert dialog.inputs["service_interval_months"].hasFocus()
    retype(qtbot, dialog, "service_interval_months", "６")  # full-width, as a Chinese keyboard types
    assert dialog.inputs["service_interval_km"].hasFocus()
    seen: list[str] = []
    answer_next_box("重新计算", seen)
    retype(qtbot, dialog, "service_interval_km", "５，０００")  # the last field: saves
    assert seen == ["按现在的保养间隔重新计算所有未完成的保养提醒的到期日吗？"]
    assert dialog.recomputed is not None and dialog.recomputed.moved == 1
    assert dialog.message.text() == "已重新计算 1 条未完成的保养提醒，其中 1 条的到期日有变"
    stored = svc.vehicles.models.get_model(admin, vehicle.model.id)
    assert (stored.terms.service_interval_months, stored.terms.service_interval_km) == (6, 5_000)
    assert stored.terms.first_service_km == 5_000 and stored.version == 2
    assert [str(model.data(model.index(1, c))) for c in (4, 5)] == ["6", "5,000"]
    # Due by time six months after SERVED, long past: the car is overdue on the lists now.
    with svc.db.read() as s:
        row = s.get(Reminder, reminder_id)
        assert row is not None and row.due_date <= dt.date(2026, 11, 10)
    overdue = [t for t in tab.pages[WorkList.OVERDUE].tasks if t.vehicle_id == vehicle.id]
    assert overdue and overdue[0].urgency >= 17
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing left unsaved: closes at once
    assert tab.dialog is None
    assert tab.message.text() == "保养间隔已保存；重新计算后 1 条提醒的到期日有变"


def test_a_wrong_number_is_refused_on_its_field(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    served_car(svc)
    admin = make_actor(svc, Role.ADMIN)
    tab = make_tab(qtbot, svc, admin)
    dialog = open_intervals(qtbot, tab)
    choose(dialog, "思域")
    dialog.inputs["first_service_km"].setText("五千")
    dialog.save()
    assert dialog.form.error_text("terms.first_service_km") == "请填写整数"
    assert dialog.inputs["first_service_km"].hasFocus()
    dialog.inputs["first_service_km"].setText("5000")
    dialog.inputs["service_interval_months"].setText("0")  # the service's own check
    dialog.save()
    assert dialog.form.error_text("terms.service_interval_months") == "期限和里程应为正整数"
    assert dialog.form.error_text("terms.first_service_km") == ""
    assert dialog.inputs["service_interval_months"].hasFocus()
    dialog.inputs["service_interval_months"].setText("1200")
    dialog.save()
    assert dialog.form.error_text("terms.service_interval_months") == "最多 120 个月"
    stored = next(m for m in svc.vehicles.models.list_models(admin) if m.name == "思域")
    assert stored.version == 1 and stored.terms.service_interval_months == 12


def test_a_model_changed_elsewhere_is_said_and_read_again(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    served_car(svc)
    admin = make_actor(svc, Role.ADMIN)
    tab = make_tab(qtbot, svc, admin)
    dialog = open_intervals(qtbot, tab)
    choose(dialog, "思域")
    info = dialog.shown
    assert info is not None
    other = ModelInput(info.brand, info.name, info.is_nev, replace(info.terms, service_interval_months=9))
    svc.vehicles.models.update_model(admin, info.id, info.version, other)  # another counter, first
    dialog.inputs["service_interval_km"].setText("8000")
    seen: list[str] = []
    answer_next_box(None, seen)
    dialog.save()
    assert seen == ["该记录已被其他前台修改，请重新载入后再保存；您的修改未覆盖对方的内容。"]
    stored = svc.vehicles.models.get_model(admin, info.id)
    assert stored.terms.service_interval_months == 9 and stored.terms.service_interval_km == 10_000
    # The list is read again: the other's save on screen, the typing kept, the new version taken.
    row = dialog.row_of(info.id)
    assert row is not None and dialog.model.data(dialog.model.index(row, 4)) == "9"
    assert dialog.shown is not None and dialog.shown.version == stored.version
    assert dialog.inputs["service_interval_km"].text() == "8000"
    assert dialog.inputs["service_interval_months"].text() == "9"
    answer_next_box("以后再说")
    dialog.save()
    stored = svc.vehicles.models.get_model(admin, info.id)
    assert (stored.terms.service_interval_months, stored.terms.service_interval_km) == (9, 8_000)
    assert dialog.recomputed is None and dialog.message.text() == "已保存“本田 思域”的保养间隔"


def test_changes_not_saved_are_asked_about(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    served_car(svc)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADMIN))
    dialog = open_intervals(qtbot, tab)
    choose(dialog, "思域")
    retype(qtbot, dialog, "first_service_months", "3")
    # Another model chosen: asked; keeping on editing stays on the model typed in.
    seen: list[str] = []
    answer_next_box("继续编辑", seen)
    choose(dialog, "卡罗拉")
    assert seen == ["“本田 思域”的保养间隔尚未保存。放弃这些修改吗？"]
    assert dialog.shown is not None and dialog.shown.name == "思域"
    assert dialog.selected() == dialog.shown and dialog.inputs["first_service_months"].text() == "3"
    # Closing: asked too; 继续编辑 keeps the dialog, 放弃修改 closes it.
    seen.clear()
    answer_next_box("继续编辑", seen)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen == ["表单中有尚未保存的修改。放弃这些修改并关闭吗？"] and dialog.isVisible()
    answer_next_box("放弃修改")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert tab.dialog is None and tab.message.text() == ""
    stored = next(m for m in svc.vehicles.models.list_models(make_actor(svc, Role.ADMIN)) if m.name == "思域")
    assert stored.terms.first_service_months == 6


def test_an_advisor_is_not_offered_the_intervals(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    served_car(svc)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    assert not tab.intervals_button.isVisible()
    tab.edit_intervals()
    assert tab.dialog is None


def test_the_supervisor_changes_the_intervals_and_nothing_else(sqlite_services: Services) -> None:
    svc = sqlite_services
    served_car(svc)
    supervisor = make_actor(svc, Role.SUPERVISOR)
    info = next(m for m in svc.vehicles.models.list_models(supervisor) if m.name == "思域")
    wanted = replace(info.terms, service_interval_months=6, service_interval_km=5_000, sanbao_months=1)
    saved = svc.vehicles.models.update_service_intervals(supervisor, info.id, info.version, wanted)
    assert (saved.terms.service_interval_months, saved.terms.service_interval_km) == (6, 5_000)
    assert saved.terms.sanbao_months == info.terms.sanbao_months  # the warranty is not theirs
    with pytest.raises(PermissionDenied):
        svc.vehicles.models.update_model(supervisor, saved.id, saved.version, ModelInput(
            saved.brand, saved.name, saved.is_nev, replace(saved.terms, sanbao_months=1)))  # fmt: skip
    with pytest.raises(PermissionDenied):
        svc.vehicles.models.update_service_intervals(
            make_actor(svc, Role.ADVISOR), saved.id, saved.version, wanted
        )


def test_the_reminders_recomputed_without_a_save(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    _vehicle, reminder_id = served_car(svc)
    with svc.db.session() as s:  # stored a day late: the recompute puts it back
        row = s.get(Reminder, reminder_id)
        assert row is not None
        row.due_date = dt.date(2027, 1, 16)
        s.commit()
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADMIN))
    dialog = open_intervals(qtbot, tab)
    answer_next_box("以后再说")
    dialog.recompute_button.click()
    assert dialog.recomputed is None
    answer_next_box("重新计算")
    dialog.recompute_button.click()
    assert dialog.recomputed is not None and dialog.recomputed.moved == 1
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert tab.dialog is None and tab.message.text() == "已重新计算保养提醒：1 条的到期日有变"
    with svc.db.read() as s:
        stored = s.get(Reminder, reminder_id)
        assert stored is not None and stored.due_date == dt.date(2027, 1, 15)

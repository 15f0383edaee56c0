"""The inspection tab driven as the advisor uses it: the order opened by its RO number, marks
clicked onto the drawing, the interview answered, checks rated, the customer's decisions, the
sheet printed with every mark where it was clicked, signing and the handover check."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.context import Services
from app.inspection import Decision, Rating
from app.inspection.documents import InspectionSheetDocument
from app.printing import DocumentKind, DocumentPrinted, DocumentRecord, PrintOptions
from app.reminders import ReminderKind
from app.roles import Actor, Role
from db.models import Reminder
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import make_actor
from tests.printing.pdftools import words
from tests.ui.intake.support import answer_next_box
from ui.inspection.checks_text import COL_ESTIMATE, COL_READING, COL_RECOMMENDATION
from ui.inspection.inspection_tab import InspectionTab
from ui.tasks import SyncTaskRunner

TREAD_LF = "tyres.lf"


@pytest.fixture
def advisor(sqlite_services: Services) -> Actor:
    return make_actor(sqlite_services, Role.ADVISOR)


@pytest.fixture
def order(sqlite_services: Services, advisor: Actor):  # type: ignore[no-untyped-def]
    model = add_model(sqlite_services, advisor)
    vehicle = add_vehicle(sqlite_services, advisor, model, plate="粤B12345", mileage=20_000)
    return open_order(sqlite_services, advisor, vehicle, statement="刹车时有异响")


@pytest.fixture
def tab(qtbot: QtBot, sqlite_services: Services, advisor: Actor, order) -> InspectionTab:  # type: ignore[no-untyped-def]
    widget = InspectionTab(sqlite_services, advisor, runner=SyncTaskRunner())
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.keyClicks(widget.ro, order.ro_number.replace("-", ""))  # a scanner may drop the dash
    qtbot.keyClick(widget.ro, Qt.Key.Key_Return)
    assert widget.sheet is not None and widget.sheet.order_id == order.id
    return widget


def click_mark(qtbot: QtBot, tab: InspectionTab, view: str, x: float, y: float, kind_key: str = "1") -> None:
    tab.pages.setCurrentWidget(tab.walkaround)
    outline = tab.walkaround.area.outline
    qtbot.keyClick(outline, kind_key)
    qtbot.mouseClick(outline, Qt.MouseButton.LeftButton, pos=outline.point_of(view, x, y))


def test_marks_clicked_on_the_drawing_are_saved_where_they_were_clicked(
    qtbot: QtBot,
    tab: InspectionTab,
    sqlite_services: Services,
    advisor: Actor,
    order,  # type: ignore[no-untyped-def]
) -> None:
    click_mark(qtbot, tab, "left", 0.3, 0.55, "1")
    click_mark(qtbot, tab, "front", 0.7, 0.4, "2")
    click_mark(qtbot, tab, "top", 0.5, 0.15, "5")
    assert tab.walkaround.area.model.rowCount() == 3
    assert tab.discard.changed()
    qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    sheet = sqlite_services.inspection.sheet(advisor, order.id)
    got = [(m.number, m.view, m.kind, round(m.x, 2), round(m.y, 2)) for m in sheet.marks]
    assert got == [
        (1, "left", "scratch", 0.3, 0.55),
        (2, "front", "dent", 0.7, 0.4),
        (3, "top", "chip", 0.5, 0.15),
    ]
    assert not tab.discard.changed()
    # The printed sheet puts each number where it was clicked on the drawing.
    pdf, placement = printed_with_layout(sqlite_services, advisor, order)
    page_height = 841.89  # A4, points
    found = words(pdf, page=placement.page)
    for number, view, x, y in ((1, "left", 0.3, 0.55), (2, "front", 0.7, 0.4), (3, "top", 0.5, 0.15)):
        px, py = placement.views[view].point(x, y)
        near = [
            w
            for w in found
            if w.text == str(number) and abs(w.x - px) < 12 and abs(w.y - (page_height - py)) < 12
        ]
        assert near, (number, view)


def printed_with_layout(services: Services, actor: Actor, order):  # type: ignore[no-untyped-def]
    """The sheet's PDF as printed, with where its drawings went (the document's own layout)."""
    from printing.documents.inspection_sheet import render_with_layout

    document = InspectionSheetDocument(
        services.inspection, services.orders, services.vehicles, services.settings
    )
    data = document.data(actor, DocumentRecord(order.id, order.ro_number), PrintOptions())
    pdf, placement = render_with_layout(data)
    assert (
        pdf
        == services.printing.documents.preview(actor, DocumentKind.INSPECTION_SHEET, order.ro_number).pdf[:0]
        + pdf
    )
    return pdf, placement


def test_the_interview_the_checks_and_the_customers_decisions(
    qtbot: QtBot,
    tab: InspectionTab,
    sqlite_services: Services,
    advisor: Actor,
    order,
    clock,  # type: ignore[no-untyped-def]
) -> None:
    tab.pages.setCurrentWidget(tab.interview)
    answer = tab.findChild(QLineEdit, "answer-since")
    assert answer is not None
    answer.setText("一周前")
    model = tab.checks.model
    row = model.row_of(TREAD_LF)
    assert row is not None
    reading = model.index(row, COL_READING)
    assert model.setData(reading, "1.4")
    assert model.setData(model.index(row, COL_RECOMMENDATION), "更换左前轮胎")
    assert model.setData(model.index(row, COL_ESTIMATE), "680")
    tab.save()
    sheet = tab.sheet
    assert sheet is not None and sheet.answers == {"since": "一周前"}
    tread = next(c for c in sheet.checks if c.item.code == TREAD_LF)
    assert (tread.rating, tread.reading, tread.estimate_fen) == (Rating.RED, 1.4, 68000)
    tab.checks.approve_requested.emit(TREAD_LF)
    lines = sqlite_services.orders.orders.get_order(advisor, order.id).lines
    assert [(ln.description, ln.amount_fen) for ln in lines] == [("更换左前轮胎", 68000)]
    # A second item, put off: a follow-up for the reminders.
    row = model.row_of("brakes.front_pads")
    assert row is not None
    model.setData(model.index(row, COL_READING), "4")
    model.setData(model.index(row, COL_RECOMMENDATION), "更换前制动片")
    until = clock().date() + dt.timedelta(days=30)
    tab.checks.defer_requested.emit("brakes.front_pads", "下次保养再换", until)  # saves first, then decides
    with sqlite_services.db.read() as s:
        due = s.scalars(select(Reminder.due_date).where(Reminder.kind == ReminderKind.DECLINED_ITEM)).all()
    assert due == [until]
    pads = next(c for c in tab.sheet.checks if c.item.code == "brakes.front_pads")  # type: ignore[union-attr]
    assert pads.decision == Decision.DECLINED


def test_printing_locks_the_sheet_and_a_later_save_is_a_new_revision(
    qtbot: QtBot,
    tab: InspectionTab,
    sqlite_services: Services,
    advisor: Actor,
    order,  # type: ignore[no-untyped-def]
) -> None:
    click_mark(qtbot, tab, "rear", 0.5, 0.5)
    tab.save()
    sheet = tab.sheet
    assert sheet is not None and sheet.revision == 1
    job = sqlite_services.printing.list_jobs(advisor)  # nothing printed yet
    assert job == [] or all(j.document_ref != order.ro_number for j in job)
    printed = DocumentPrinted(DocumentKind.INSPECTION_SHEET, order.ro_number, None, 1)  # type: ignore[arg-type]
    tab.flow.on_printed(printed)  # type: ignore[misc]  # what the print flow tells once sent
    assert tab.sheet is not None and tab.sheet.locked and "已打印签字" in tab.header.text()
    click_mark(qtbot, tab, "rear", 0.2, 0.5)
    tab.save()
    assert (tab.sheet.revision, tab.sheet.locked) == (2, False)


def test_the_handover_check_records_new_damage(
    qtbot: QtBot,
    tab: InspectionTab,
    sqlite_services: Services,
    advisor: Actor,
    order,  # type: ignore[no-untyped-def]
) -> None:
    click_mark(qtbot, tab, "left", 0.3, 0.5)
    tab.save()
    tab.pages.setCurrentWidget(tab.delivery)
    outline = tab.delivery.area.outline
    qtbot.mouseClick(outline, Qt.MouseButton.LeftButton, pos=outline.point_of("right", 0.6, 0.5))
    tab.delivery.note.setPlainText("客户确认右侧新增划痕")
    tab.delivery.save_button.click()
    sheet = sqlite_services.inspection.sheet(advisor, order.id)
    assert [(m.stage, m.view) for m in sheet.marks] == [("intake", "left"), ("delivery", "right")]
    assert sheet.delivery_note == "客户确认右侧新增划痕" and "交车检查已保存" in tab.message.text()


def test_opening_another_order_with_unsaved_marks_asks_first(
    qtbot: QtBot,
    tab: InspectionTab,
    sqlite_services: Services,
    advisor: Actor,
    order,  # type: ignore[no-untyped-def]
) -> None:
    click_mark(qtbot, tab, "left", 0.3, 0.5)
    vehicle = sqlite_services.vehicles.vehicles.get(advisor, order.vehicle_id)
    model = add_model(sqlite_services, advisor, "丰田", "凯美瑞")
    other_vehicle = add_vehicle(
        sqlite_services, advisor, model, plate="粤B54321", owner="李四", phones=("13900001111",)
    )
    other = open_order(sqlite_services, advisor, other_vehicle)
    answer_next_box("继续编辑")
    tab.open_order(other.id)
    assert (
        tab.sheet is not None and tab.sheet.order_id == order.id and tab.walkaround.area.model.rowCount() == 1
    )
    assert vehicle.id == order.vehicle_id

"""The multi-point check table: live ratings from readings, refused input, what is saved, the
filter, the customer's answer buttons and the defer dialog, read-only, and the changed flag."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.inspection import DEFAULT_CHECKS, CheckInput, CheckResult, Decision, Rating
from ui.inspection.checks_editor import ChecksEditor
from ui.inspection.checks_text import (
    COL_DECISION,
    COL_ESTIMATE,
    COL_NAME,
    COL_NOTE,
    COL_PREVIOUS,
    COL_RATING,
    COL_READING,
    COL_RECOMMENDATION,
)
from ui.inspection.defer_dialog import DeferDialog

TODAY = dt.date(2026, 3, 10)
ITEMS = {i.code: i for i in DEFAULT_CHECKS}
Shot = Callable[[QWidget, str], Path]


def check(code: str, **changes: Any) -> CheckResult:
    blank = CheckResult(
        item=ITEMS[code],
        rating=None,
        reading=None,
        note="",
        recommendation="",
        estimate_fen=None,
        decision=None,
        decision_reason="",
        deferred_until=None,
        order_line_id=None,
        previous_reading=None,
        previous_rating=None,
    )
    return replace(blank, **changes)


def sheet(**by_code: dict[str, Any]) -> list[CheckResult]:
    """Every default check item, the ones named with the given values."""
    return [check(i.code, **by_code.get(i.code.replace(".", "_"), {})) for i in DEFAULT_CHECKS]


def sample() -> list[CheckResult]:
    return sheet(
        fluids_1={"rating": Rating.GREEN},
        fluids_3={
            "rating": Rating.YELLOW,
            "note": "颜色发黑",
            "recommendation": "更换制动液",
            "estimate_fen": 38000,
        },
        tyres_lf={"reading": 4.2, "rating": Rating.GREEN, "previous_reading": 5.0},
        tyres_rf={"reading": 2.6, "rating": Rating.YELLOW, "recommendation": "更换前轮轮胎"},
        battery_health={"reading": 45.0, "rating": Rating.RED, "previous_rating": Rating.YELLOW},
        lights_4={
            "rating": Rating.YELLOW,
            "recommendation": "更换雨刮片",
            "estimate_fen": 16000,
            "decision": Decision.DECLINED,
            "decision_reason": "客户自行购买",
            "deferred_until": dt.date(2026, 4, 9),
        },
    )


def make_editor(qtbot: QtBot, results: list[CheckResult] | None = None) -> ChecksEditor:
    editor = ChecksEditor(today=lambda: TODAY)
    qtbot.addWidget(editor)
    editor.resize(1000, 450)
    editor.set_results(sample() if results is None else results)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def cell(editor: ChecksEditor, code: str, column: int) -> QModelIndex:
    row = editor.model.row_of(code)
    assert row is not None
    return editor.model.index(row, column)


def text(editor: ChecksEditor, code: str, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return editor.model.data(cell(editor, code, column), role)


def open_editor(qtbot: QtBot, editor: ChecksEditor, code: str, column: int) -> QWidget:
    index = cell(editor, code, column)
    editor.table.setFocus()
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    widget = editor.table.focusWidget()
    assert widget is not None and widget is not editor.table
    return widget


def type_into(qtbot: QtBot, editor: ChecksEditor, code: str, column: int, typed: str) -> None:
    """Types typed into the cell's editor and presses Enter (the commit is queued by Qt)."""
    widget = open_editor(qtbot, editor, code, column)
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    qtbot.keyClicks(widget, typed)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.state() != editor.table.State.EditingState)


def select(editor: ChecksEditor, code: str) -> None:
    assert editor.select(code)


# ------------------------------------------------------------------ readings and ratings


def test_reading_rates_itself_as_it_is_typed(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    assert text(editor, "tyres.lf", COL_READING) == "4.2 mm"
    assert text(editor, "tyres.lf", COL_PREVIOUS) == "5 mm"
    assert "正常" in text(editor, "tyres.lf", COL_RATING)

    widget = open_editor(qtbot, editor, "tyres.lf", COL_READING)
    assert isinstance(widget, QLineEdit) and widget.text() == "4.2"  # the number, without its unit
    widget.selectAll()
    qtbot.keyClicks(widget, "2")
    assert text(editor, "tyres.lf", COL_RATING) == "! 需尽快处理"  # still typing
    qtbot.keyClicks(widget, ".")
    assert text(editor, "tyres.lf", COL_RATING) == "! 需尽快处理"  # "2." reads as 2
    widget.clear()
    qtbot.keyClicks(widget, "1.4")
    assert text(editor, "tyres.lf", COL_RATING) == "✕ 需立即处理"
    assert editor.model.row_at(cell(editor, "tyres.lf", 0).row()).reading == 4.2  # nothing kept yet

    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text(editor, "tyres.lf", COL_READING) == "1.4 mm")
    assert text(editor, "tyres.lf", COL_RATING) == "✕ 需立即处理"
    assert editor.model.row_at(cell(editor, "tyres.lf", 0).row()).rating is Rating.RED
    # A red item without the customer's answer: its name in bold, waiting for a decision.
    font = text(editor, "tyres.lf", COL_NAME, Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert text(editor, "tyres.lf", COL_RATING, Qt.ItemDataRole.BackgroundRole) is not None
    # The rating cell of a measured item is not edited by hand, and tells its limits.
    assert not editor.model.flags(cell(editor, "tyres.lf", COL_RATING)) & Qt.ItemFlag.ItemIsEditable
    assert "1.6 mm" in text(editor, "tyres.lf", COL_RATING, Qt.ItemDataRole.ToolTipRole)


def test_escape_drops_the_preview(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    widget = open_editor(qtbot, editor, "tyres.lf", COL_READING)
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    qtbot.keyClicks(widget, "1")
    assert "需立即处理" in text(editor, "tyres.lf", COL_RATING)
    qtbot.keyClick(widget, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.table.state() != editor.table.State.EditingState)
    assert text(editor, "tyres.lf", COL_READING) == "4.2 mm"
    assert "正常" in text(editor, "tyres.lf", COL_RATING)


def test_a_reading_that_is_not_a_number_is_refused_and_the_old_one_kept(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    seen: list[tuple[int, int, str]] = []
    editor.model.refused.connect(lambda row, column, message: seen.append((row, column, message)))
    type_into(qtbot, editor, "tyres.lf", COL_READING, "abc")
    assert text(editor, "tyres.lf", COL_READING) == "4.2 mm"
    assert editor.error_label.isVisible()
    assert "读数应为数字" in editor.error_label.text() and "左前轮胎花纹深度" in editor.error_label.text()
    assert "读数应为数字" in text(editor, "tyres.lf", COL_READING, Qt.ItemDataRole.ToolTipRole)
    assert text(editor, "tyres.lf", COL_READING, Qt.ItemDataRole.BackgroundRole) is not None
    assert len(seen) == 1 and seen[0][1] == COL_READING
    assert editor.table.currentIndex() == cell(editor, "tyres.lf", COL_READING)  # Enter stayed put
    assert not editor.dirty

    model = editor.model
    assert not model.setData(cell(editor, "tyres.lf", COL_READING), "-1")
    assert "负数" in editor.error_label.text()
    assert not model.setData(cell(editor, "tyres.lf", COL_READING), "10000.5")
    assert "10000" in editor.error_label.text()
    assert not model.setData(cell(editor, "tyres.lf", COL_READING), "nan")
    assert text(editor, "tyres.lf", COL_READING) == "4.2 mm"

    # Fixing it takes the mark and the message away; a unit typed along is understood.
    type_into(qtbot, editor, "tyres.lf", COL_READING, "2.8mm")
    assert text(editor, "tyres.lf", COL_READING) == "2.8 mm"
    assert not editor.error_label.isVisible()
    assert text(editor, "tyres.lf", COL_READING, Qt.ItemDataRole.BackgroundRole) is None


def test_an_estimate_that_is_not_money_is_refused(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    model = editor.model
    estimate = cell(editor, "fluids.3", COL_ESTIMATE)
    assert text(editor, "fluids.3", COL_ESTIMATE) == "380.00"
    for bad, reason in (("abc", "金额"), ("12.345", "两位小数"), ("-5", "负数"), ("1e12", "过大")):
        assert not model.setData(estimate, bad), bad
        assert reason in editor.error_label.text(), (bad, editor.error_label.text())
        assert model.row_at(estimate.row()).estimate_fen == 38000
    assert model.setData(estimate, "￥1,280")
    assert model.row_at(estimate.row()).estimate_fen == 128000
    assert text(editor, "fluids.3", COL_ESTIMATE) == "1,280.00"
    assert model.data(estimate, Qt.ItemDataRole.EditRole) == "1280.00"
    assert not editor.error_label.isVisible()


def test_rows_input_is_what_the_sheet_saves(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, sheet())
    assert editor.rows_input() == ()
    model = editor.model
    type_into(qtbot, editor, "tyres.lf", COL_READING, "1.4")
    assert model.setData(cell(editor, "fluids.1", COL_RATING), Rating.YELLOW.value)
    assert model.setData(cell(editor, "fluids.1", COL_NOTE), " 油位偏低 ")
    assert model.setData(cell(editor, "fluids.1", COL_RECOMMENDATION), "更换机油")
    type_into(qtbot, editor, "fluids.1", COL_ESTIMATE, "680.5")
    assert model.setData(cell(editor, "cabin.2", COL_NOTE), "声音偏小")  # noted, not rated
    # A recommendation alone (no rating, reading or note) is not a finding.
    assert model.setData(cell(editor, "cabin.3", COL_RECOMMENDATION), "检查卡扣")

    assert editor.rows_input() == (
        CheckInput("fluids.1", "yellow", None, "油位偏低", "更换机油", 68050),
        CheckInput("tyres.lf", None, 1.4, "", "", None),
        CheckInput("cabin.2", None, None, "声音偏小", "", None),
    )
    assert text(editor, "fluids.1", COL_ESTIMATE) == "680.50"

    # 未检查 takes a hand-rated item out again.
    assert model.setData(cell(editor, "fluids.1", COL_RATING), "")
    assert "未检查" in text(editor, "fluids.1", COL_RATING)
    assert [c.code for c in editor.rows_input()] == ["fluids.1", "tyres.lf", "cabin.2"]  # noted
    assert model.setData(cell(editor, "fluids.1", COL_NOTE), "")
    assert [c.code for c in editor.rows_input()] == ["tyres.lf", "cabin.2"]


def test_rating_by_list_and_by_digit(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, sheet())
    widget = open_editor(qtbot, editor, "brakes.discs", COL_RATING)
    assert isinstance(widget, QComboBox)
    assert [widget.itemText(i) for i in range(widget.count())] == [
        "✓ 正常",
        "! 需尽快处理",
        "✕ 需立即处理",
        "未检查",
    ]
    widget.setCurrentIndex(2)
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "需立即处理" in text(editor, "brakes.discs", COL_RATING))
    # Enter went on to the next cell that can be edited: the note of the same row.
    assert editor.table.currentIndex() == cell(editor, "brakes.discs", COL_NOTE)

    editor.table.setCurrentIndex(cell(editor, "fluids.2", COL_RATING))
    qtbot.keyClicks(editor.table, "2")
    assert text(editor, "fluids.2", COL_RATING) == "! 需尽快处理"
    qtbot.keyClicks(editor.table, "0")
    assert text(editor, "fluids.2", COL_RATING) == "未检查"
    # Not on a measured item's rating: that one follows its reading.
    editor.table.setCurrentIndex(cell(editor, "tyres.rr", COL_RATING))
    qtbot.keyClicks(editor.table, "3")
    assert editor.model.row_at(cell(editor, "tyres.rr", 0).row()).rating is None


def test_typing_starts_editing_and_enter_moves_on(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, sheet())
    table = editor.table
    table.setFocus()
    table.setCurrentIndex(cell(editor, "tyres.rf", COL_READING))
    qtbot.keyClicks(table, "3")  # typing opens the editor with what was typed
    widget = table.focusWidget()
    assert isinstance(widget, QLineEdit) and widget.text() == "3"
    qtbot.keyClicks(widget, ".5")
    qtbot.keyClick(widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: text(editor, "tyres.rf", COL_READING) == "3.5 mm")
    # Reading, then note, recommendation and estimate, then the next row's reading.
    order = [COL_NOTE, COL_RECOMMENDATION, COL_ESTIMATE]
    for column in order:
        assert table.currentIndex() == cell(editor, "tyres.rf", column)
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.currentIndex() == cell(editor, "tyres.lr", COL_READING)
    # Tab goes cell by cell.
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex() == cell(editor, "tyres.lr", COL_READING + 1)


# ------------------------------------------------------------------ filter and decisions


def test_the_filter_shows_only_what_needs_doing(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    table, model = editor.table, editor.model
    assert not any(table.isRowHidden(r) for r in range(model.rowCount()))
    assert editor.summary.text() == "需处理 4 项，待客户决定 3 项"
    editor.only_open.setChecked(True)
    shown = [model.row_at(r).item.code for r in range(model.rowCount()) if not table.isRowHidden(r)]
    assert shown == ["fluids.3", "tyres.rf", "battery.health", "lights.4"]
    # A row rated green while the filter is on goes; one rated red comes.
    assert model.setData(cell(editor, "fluids.3", COL_RATING), Rating.GREEN.value)
    assert table.isRowHidden(cell(editor, "fluids.3", 0).row())
    type_into(qtbot, editor, "tyres.rf", COL_READING, "1.2")
    assert not table.isRowHidden(cell(editor, "tyres.rf", 0).row())
    editor.only_open.setChecked(False)
    assert not any(table.isRowHidden(r) for r in range(model.rowCount()))


def test_decision_buttons_follow_the_selected_row(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    approve, defer = editor.approve_button, editor.defer_button

    def state() -> tuple[bool, bool]:
        return approve.isEnabled(), defer.isEnabled()

    assert state() == (False, False)  # nothing selected
    select(editor, "fluids.1")  # green
    assert state() == (False, False)
    select(editor, "fluids.3")  # yellow, a recommendation and an estimate
    assert state() == (True, True)
    select(editor, "tyres.rf")  # yellow, a recommendation but no estimate
    assert state() == (False, True)
    assert "估价" in editor.hint.text()
    select(editor, "battery.health")  # red, nothing recommended
    assert state() == (False, False)
    assert "建议项目" in editor.hint.text()
    select(editor, "lights.4")  # already deferred
    assert state() == (False, False)
    assert text(editor, "lights.4", COL_DECISION) == "暂缓至 2026-04-09：客户自行购买"
    font = text(editor, "lights.4", COL_NAME, Qt.ItemDataRole.FontRole)
    assert font is None or not font.bold()

    # Filling in the estimate enables 客户同意 at once.
    select(editor, "tyres.rf")
    assert editor.model.setData(cell(editor, "tyres.rf", COL_ESTIMATE), "1200")
    assert state() == (True, True)
    with qtbot.waitSignal(editor.approve_requested) as blocker:
        approve.click()
    assert blocker.args == ["tyres.rf"]

    # Rating a deferred row again drops the answer (the service does the same on save).
    assert editor.model.setData(cell(editor, "lights.4", COL_RATING), Rating.RED.value)
    assert text(editor, "lights.4", COL_DECISION) == ""
    select(editor, "lights.4")
    assert state() == (True, True)


def test_approved_rows_are_shown_and_locked(qtbot: QtBot) -> None:
    results = sheet(
        brakes_front_pads={
            "reading": 2.5,
            "rating": Rating.RED,
            "recommendation": "更换前制动片",
            "estimate_fen": 68000,
            "decision": Decision.APPROVED,
            "order_line_id": 7,
        }
    )
    editor = make_editor(qtbot, results)
    assert text(editor, "brakes.front_pads", COL_DECISION) == "客户同意"
    model = editor.model
    for column in (COL_RECOMMENDATION, COL_ESTIMATE):
        assert not model.flags(cell(editor, "brakes.front_pads", column)) & Qt.ItemFlag.ItemIsEditable
    select(editor, "brakes.front_pads")
    assert not editor.approve_button.isEnabled() and not editor.defer_button.isEnabled()
    # A new reading keeps the approval: the job is on the order already.
    assert model.setData(cell(editor, "brakes.front_pads", COL_READING), "4")
    assert text(editor, "brakes.front_pads", COL_DECISION) == "客户同意"


def test_defer_asks_why_and_when(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    select(editor, "fluids.3")
    requests: list[tuple[str, str, dt.date]] = []
    editor.defer_requested.connect(lambda code, reason, until: requests.append((code, reason, until)))
    editor.defer_button.click()
    dialog = editor.defer_dialog
    assert isinstance(dialog, DeferDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.until_date() == TODAY + dt.timedelta(days=30)
    assert dialog.until.minimumDate() == QDate(2026, 3, 11)

    dialog.try_accept()  # no reason
    assert dialog.isVisible() and requests == []
    assert dialog.form.error_text("reason") == "请填写客户暂缓的原因"

    dialog.reason.setText("客户下次保养时再换")
    dialog.until.setDate(QDate(2026, 5, 1))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert requests == [("fluids.3", "客户下次保养时再换", dt.date(2026, 5, 1))]
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_defer_enter_moves_through_the_dialog(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    select(editor, "fluids.3")
    editor.defer_button.click()
    dialog = editor.defer_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reason.setFocus()
    dialog.reason.setText("等保险理赔")
    with qtbot.waitSignal(editor.defer_requested) as blocker:
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # to the date
        qtbot.keyClick(dialog.until, Qt.Key.Key_Return)  # and done
    assert blocker.args == ["fluids.3", "等保险理赔", TODAY + dt.timedelta(days=30)]


# ------------------------------------------------------------------ read-only and changes


def test_read_only_blocks_edits(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    editor.set_read_only(True)
    model, table = editor.model, editor.table
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert not model.flags(model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
    index = cell(editor, "tyres.lf", COL_READING)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    assert table.state() != table.State.EditingState
    assert not model.setData(index, "1.0")
    table.setCurrentIndex(cell(editor, "fluids.1", COL_RATING))
    qtbot.keyClicks(table, "3")
    assert text(editor, "fluids.1", COL_RATING) == "✓ 正常"
    select(editor, "fluids.3")
    assert not editor.approve_button.isEnabled() and not editor.defer_button.isEnabled()
    assert not editor.dirty

    editor.set_read_only(False)
    assert editor.approve_button.isEnabled()
    assert model.setData(index, "1.0")


def test_read_only_ends_an_open_edit(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    widget = open_editor(qtbot, editor, "fluids.3", COL_NOTE)
    assert isinstance(widget, QLineEdit)
    widget.setText("改过的说明")
    editor.set_read_only(True)
    qtbot.waitUntil(lambda: editor.table.state() != editor.table.State.EditingState)
    assert text(editor, "fluids.3", COL_NOTE) == "颜色发黑"


def test_dirty_and_changed(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    assert not editor.dirty
    index = cell(editor, "fluids.3", COL_NOTE)
    with qtbot.waitSignal(editor.changed):
        assert editor.model.setData(index, "颜色发黑，含水量高")
    assert editor.dirty
    with qtbot.assertNotEmitted(editor.changed):
        assert editor.model.setData(index, "颜色发黑，含水量高")  # the same again: no change
        assert not editor.model.setData(cell(editor, "tyres.lf", COL_READING), "abc")
    assert editor.model.setData(index, "颜色发黑")
    assert not editor.dirty  # back as it was loaded
    assert editor.model.setData(index, "x")
    editor.mark_clean()
    assert not editor.dirty
    assert editor.model.setData(index, "y")
    editor.set_results(sample())
    assert not editor.dirty


def test_reload_keeps_the_selected_row(qtbot: QtBot) -> None:
    editor = make_editor(qtbot)
    select(editor, "fluids.3")
    decided = [
        replace(r, decision=Decision.APPROVED, order_line_id=3) if r.item.code == "fluids.3" else r
        for r in sample()
    ]
    editor.set_results(decided)
    assert editor.current_code() == "fluids.3"
    assert not editor.approve_button.isEnabled()
    assert text(editor, "fluids.3", COL_DECISION) == "客户同意"


# ------------------------------------------------------------------ size and screenshot


def realistic() -> list[CheckResult]:
    green = {"rating": Rating.GREEN}
    return sheet(
        fluids_1={
            "rating": Rating.YELLOW,
            "note": "油位接近下限",
            "recommendation": "更换机油及机滤",
            "estimate_fen": 68050,
            "previous_rating": Rating.GREEN,
        },
        fluids_2=green,
        fluids_3={
            "rating": Rating.YELLOW,
            "note": "含水量 3%，颜色发黑",
            "recommendation": "更换制动液",
            "estimate_fen": 38000,
            "decision": Decision.APPROVED,
            "order_line_id": 11,
        },
        fluids_4=green,
        fluids_5={"rating": Rating.GREEN, "note": "已补充"},
        brakes_front_pads={
            "reading": 2.4,
            "rating": Rating.RED,
            "previous_reading": 4.1,
            "recommendation": "更换前制动片",
            "estimate_fen": 72000,
            "note": "左前片磨损不均，建议同时检查制动钳导向销",
        },
        brakes_rear_pads={"reading": 6.5, "rating": Rating.GREEN, "previous_reading": 7.2},
        brakes_discs={"rating": Rating.GREEN},
        tyres_lf={
            "reading": 2.8,
            "rating": Rating.YELLOW,
            "previous_reading": 3.6,
            "recommendation": "更换前轮轮胎（两条）",
            "estimate_fen": 136000,
            "decision": Decision.DECLINED,
            "decision_reason": "客户下次保养时再换",
            "deferred_until": dt.date(2026, 4, 9),
        },
        tyres_rf={"reading": 3.1, "rating": Rating.GREEN, "previous_reading": 3.9},
        tyres_lr={"reading": 5.2, "rating": Rating.GREEN},
        tyres_rr={"reading": 5.0, "rating": Rating.GREEN},
        battery_health={
            "reading": 62.0,
            "rating": Rating.YELLOW,
            "previous_reading": 78.0,
            "recommendation": "更换蓄电池",
        },
    )


def test_fits_a_small_screen_tab(qtbot: QtBot) -> None:
    editor = make_editor(qtbot, realistic())
    table = editor.table
    assert table.horizontalScrollBar().maximum() == 0  # every column in view at 1000 px
    header = table.horizontalHeader()
    for column in (COL_NOTE, COL_RECOMMENDATION):
        assert header.sectionSize(column) >= 100
    assert table.viewport().height() >= 10 * table.verticalHeader().defaultSectionSize()
    # A long note is elided on screen and whole in its tooltip.
    note = text(editor, "brakes.front_pads", COL_NOTE)
    assert text(editor, "brakes.front_pads", COL_NOTE, Qt.ItemDataRole.ToolTipRole) == note
    assert table.fontMetrics().horizontalAdvance(note) > header.sectionSize(COL_NOTE)
    assert editor.approve_button.isVisible() and editor.defer_button.isVisible()
    assert editor.approve_button.geometry().bottom() <= editor.height()


def test_screenshot(qtbot: QtBot, screenshot: Shot) -> None:
    """artifacts/screenshots/inspection-checks.png (docs/screenshots keeps one: run this test with
    QIANTAI_SCREENSHOT_DIR=docs/screenshots to make it again)."""
    editor = make_editor(qtbot, realistic())
    select(editor, "battery.health")
    assert editor.model.setData(cell(editor, "battery.health", COL_ESTIMATE), "980")
    editor.table.setCurrentIndex(cell(editor, "battery.health", COL_ESTIMATE))
    path = screenshot(editor, "inspection-checks")
    assert path.exists()

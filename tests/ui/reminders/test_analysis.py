"""到期未来厂分析 on the reminders tab (those who run the reports): the month chooser (last month at
first), the headline numbers, the reasons' bar chart, the figures with their formulas, the tables
by advisor and model, printing through the document flow and the .xlsx export; and the call list
exported from the lists page, recorded by the service."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.context import Services
from app.printing import DocumentKind
from app.reminders import WorkList
from app.roles import Role
from db.models import AuditEntry
from tests.conftest import make_actor
from tests.ui.reminders.analysis_data import november
from tests.ui.reminders.support import active, make_tab, plates, some_lists
from ui.reminders.analysis_dialog import AnalysisDialog
from ui.reminders.reminders_tab import RemindersTab

UTC = dt.UTC


def open_analysis(qtbot: QtBot, tab: RemindersTab) -> AnalysisDialog:
    assert tab.analysis_button.isVisible()
    tab.analysis_button.click()
    dialog = active(qtbot, tab)
    assert isinstance(dialog, AnalysisDialog)
    return dialog


def texts(model: object, rows: int, columns: int) -> list[list[str]]:
    return [[str(model.data(model.index(r, c))) for c in range(columns)] for r in range(rows)]  # type: ignore[attr-defined]


def test_the_months_analysis(
    qtbot: QtBot, sqlite_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = sqlite_services
    november(svc)
    tab = make_tab(qtbot, svc, make_actor(svc, Role.SUPERVISOR))
    dialog = open_analysis(qtbot, tab)
    # Last month at first: October 2026 has one car due, not back.
    assert dialog.chosen_month() == "2026-10" and dialog.month.hasFocus()
    assert dialog.headlines["due"].value.text() == "1"
    qtbot.keyClick(dialog.month, Qt.Key.Key_Up)  # a month on
    assert dialog.chosen_month() == "2026-11"
    numbers = {name: h.value.text() for name, h in dialog.headlines.items()}
    assert numbers == {
        "due": "4",
        "on_time": "1",
        "late": "1",
        "not_back": "2",
        "called": "2",
        "called_back": "1",
    }
    assert dialog.message.text() == "2026-11：到期 4 辆，回厂率 50.0%"
    assert dict(dialog.chart.rows) == {"在其他店保养": 1, "尚未回厂（仍在跟进）": 1}
    figures = {row[0]: row for row in texts(dialog.figures, dialog.figures.rowCount(), 4)}
    assert figures["首保回厂率"][2:] == ["0.0%", "0 / 1"]
    assert figures["预约到店率"][1:] == ["本月应到的预约（未取消）中，按预约到店开单的比例", "50.0%", "1 / 2"]
    assert figures["提醒回厂率"][2] == "50.0%" and figures["13 个月保有率"][2] == "—"
    advisors = texts(dialog.advisors, dialog.advisors.rowCount(), 5)
    assert ["测试advisor", "1", "1", "0", "100.0%"] in advisors
    assert sum(int(r[1]) for r in advisors) == 4
    models = texts(dialog.models, dialog.models.rowCount(), 5)
    assert sorted(r[0] for r in models) == ["本田 思域 0", "本田 思域 1"]

    # The chart draws its bars in black: dark pixels where the bars go.
    image = dialog.chart.grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if QColor(image.pixel(x, y)).lightness() < 60
    )
    assert dark > 20

    # Exported as a workbook, read back.
    chosen = tmp_path / "分析"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(chosen), ""))
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    book = tmp_path / "分析.xlsx"
    assert dialog.message.text() == f"已导出 2026-11 的分析到 {book}"
    cells = [c for row in load_workbook(book).active.iter_rows(values_only=True) for c in row if c]  # type: ignore[union-attr]
    assert "到期车辆" in cells and "在其他店保养" in cells and "首保回厂率" in cells and "2026-11" in cells

    # Printed through the document flow, the month as the reference.
    assert DocumentKind.LOST_ANALYSIS.value in tab.registered_kinds()
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = tab.flow.preview_dialog
    assert preview is not None and preview.isVisible()
    assert preview.content.preview.kind == DocumentKind.LOST_ANALYSIS
    assert preview.content.preview.reference == "2026-11"
    preview.reject()
    assert tab.flow.preview_dialog is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert tab.dialog is None


def test_an_empty_month_says_so(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADMIN))
    dialog = open_analysis(qtbot, tab)
    assert dialog.headlines["due"].value.text() == "0" and dialog.chart.rows == ()
    assert dialog.message.text() == "2026-10 没有到期的保养"
    assert dialog.figures.rowCount() == 5  # each figure, "—" without cars
    dialog.reject()


def test_an_advisor_has_no_analysis(qtbot: QtBot, sqlite_services: Services) -> None:
    svc = sqlite_services
    tab = make_tab(qtbot, svc, make_actor(svc, Role.ADVISOR))
    assert tab.analysis_button.isHidden()
    tab.open_analysis()
    assert tab.dialog is None


def test_the_call_list_is_exported_and_recorded(
    qtbot: QtBot, sqlite_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc = sqlite_services
    some_lists(svc)
    advisor = make_actor(svc, Role.ADVISOR)
    tab = make_tab(qtbot, svc, advisor)
    tab.choose_list(WorkList.OVERDUE)
    assert plates(tab) == ["粤A10002", "粤A10001"] and tab.export_button.isEnabled()
    asked: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(tmp_path / "calls.xlsx"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    tab.export_button.click()
    assert asked == ["通话清单-已逾期-2026-11-27.xlsx"]
    assert tab.message.text() == f"已导出「已逾期」2 辆车到 {tmp_path / 'calls.xlsx'}；导出已记录"
    rows = list(load_workbook(tmp_path / "calls.xlsx").active.iter_rows(values_only=True))  # type: ignore[union-attr]
    assert rows[0][:3] == ("车牌", "车主", "电话") and [r[0] for r in rows[1:]] == ["粤A10002", "粤A10001"]
    assert rows[1][2] == "139 0000 2222"  # the advisor calls: the phone in full
    with svc.db.read() as s:
        entries = s.scalars(select(AuditEntry.after_json).where(AuditEntry.action == "reminder.export")).all()
    assert len(entries) == 1 and "calls.xlsx" in (entries[0] or "")
    # Nothing chosen: nothing written, nothing said.
    tab.show_message("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    tab.export_button.click()
    assert tab.message.text() == ""

"""The English interface: the translation is complete and current, and the windows speak it."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.appointments import (
    APPOINTMENT_STATUS_LABELS,
    BOOKING_SOURCE_LABELS,
    BOOKING_STATE_LABELS,
    CONFIRM_OUTCOME_LABELS,
    EVENT_KIND_LABELS,
    NO_SHOW_REASON_LABELS,
    WORK_KIND_LABELS,
)
from app.context import Services
from app.inspection import (
    DECISION_LABELS,
    ITEMS_IN_CAR,
    MARK_KIND_LABELS,
    OUTLINE_VIEW_LABELS,
    RATING_LABELS,
    TYRE_POSITIONS,
    TYRE_STATES,
    WARNING_LIGHTS,
)
from app.orders import LINE_KIND_LABELS, OTHER_COSTS, PAYER_LABELS, STATUS_LABELS, JobType
from app.printing import PrintJobInfo
from app.reminders import REMINDER_KIND_LABELS
from app.reports import (
    ACTION_KIND_LABELS,
    COMPLAINT_CATEGORY_LABELS,
    COMPLAINT_CHANNEL_LABELS,
    COMPLAINT_STATUS_LABELS,
    REPLY_STATE_LABELS,
)
from app.roles import ROLE_LABELS, Role
from app.vehicles import CUSTOMER_KINDS, MATCH_LABELS, READING_SOURCE_LABELS
from app.warranty import START_BASIS_LABELS, WARRANTY_LABELS
from printing.profiles import KIND_LABELS, ORIENTATION_LABELS
from tests.app.factories import open_order
from tests.conftest import make_actor
from tests.ui.intake.support import enter, setup_dealer, shot, type_text, vehicle_with_history
from tests.ui.intake.test_search import make_tab
from tests.ui.tr_sources import TS, scan_ui, ts_messages
from ui import labels_i18n
from ui.i18n import install_translator
from ui.intake.order_dialog import OrderDialog
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.tasks import SyncTaskRunner

# Chinese characters and full-width punctuation; the ideographic space (U+3000) is a spacer.
CJK = re.compile(r"[\u3001-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")
# A key named in brackets after a button's text: (F5), (Ctrl+S), (Shift+F4), (Enter).
SHORTCUT = re.compile(r"\((?:(?:Ctrl|Shift|Alt)\+)*(?:F\d+|Enter|Esc|Del|[A-Z0-9])\)")
MNEMONIC = re.compile(r"\(&(\w)\)")
Shot = Callable[[QWidget, str], Path]


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QTranslator]:
    """The English translation for one test; later tests get Chinese again."""
    translator = install_translator(qapp, "en")
    assert translator is not None, "resources/translations/qiantai_en.qm is missing"
    yield translator
    qapp.removeTranslator(translator)


def visible_texts(root: QWidget) -> list[str]:
    """What a person reads on the widget: labels, buttons, group and tab titles, column titles."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            horizontal = Qt.Orientation.Horizontal
            texts += [str(model.headerData(c, horizontal)) for c in range(model.columnCount())]
        texts += [w.toolTip()]
    return [t for t in texts if t]


def test_main_window_speaks_english(
    qtbot: QtBot, sqlite_services: Services, english: QTranslator, screenshot: Shot
) -> None:
    admin = make_actor(sqlite_services, Role.ADMIN, "boss")
    window = MainWindow(sqlite_services, admin, runner=SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:4] == ["Vehicle intake", "Service board", "Inspection", "Administration"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Print", "&Help"]
    assert [a.text() for a in window.help_menu.actions()] == ["About"]
    assert window.user_label.text() == f"User: {admin.display_name} (System administrator)"
    assert window.db_label.full_text().startswith("Database: SQLite")  # shown cut in the middle
    board = window.tab_widgets["board"]
    board_header = board.findChild(QTableView, "board_table").model().headerData(0, Qt.Orientation.Horizontal)  # type: ignore[union-attr]
    assert board_header == "Status"
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        texts = [t.replace(admin.display_name, "") for t in visible_texts(window)]  # a name is data
        chinese = [t for t in texts if CJK.search(t)]
        assert not chinese, f"tab {tabs[i]!r} still shows Chinese: {chinese}"
        shot(qtbot, screenshot, window, f"main-window-english-{i}")


def test_login_dialog_speaks_english(
    qtbot: QtBot, sqlite_services: Services, english: QTranslator, screenshot: Shot
) -> None:
    dialog = LoginDialog(sqlite_services.users, "Demo Motors")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = visible_texts(dialog)
    assert dialog.windowTitle() == "Log in - Service Counter"
    for expected in ("Username", "Password", "Log in", "Quit"):
        assert expected in texts
    assert not [t for t in texts if CJK.search(t)]
    dialog.try_login()
    assert dialog.form.error_text("username") == "Please enter your username"
    screenshot(dialog, "login-english")


def test_vehicle_card_and_order_editor_speak_english(
    qtbot: QtBot, sqlite_services: Services, english: QTranslator, screenshot: Shot
) -> None:
    """The app's labels (statuses, job types, line kinds, payers, warranty names) shown in English;
    the data (plates, names, what the customer said) and the app's own sentences stay as they are."""
    admin = make_actor(sqlite_services, Role.ADMIN)
    advisor = make_actor(sqlite_services, Role.ADVISOR)
    model = setup_dealer(sqlite_services, admin)
    vehicle = vehicle_with_history(sqlite_services, admin, advisor, model)
    open_order(sqlite_services, advisor, vehicle, mileage=29000, statement="空调不凉")
    tab = make_tab(qtbot, sqlite_services)
    tab.search.box.setFocus()
    type_text(tab.search.box, "粤A12345")
    enter(qtbot, tab.search.box)
    card = tab.card
    labels = card.findChildren(QLabel)
    warranties = {w.objectName(): w.text() for w in labels if w.objectName().startswith("warranty_")}
    assert warranties["warranty_sanbao"].startswith("Lemon-law period (2 yr / 50,000 km): valid, ")
    assert "(until 2027-03-01)" in warranties["warranty_sanbao"]
    assert card.owner.text().startswith("Owner: ") and "Phone: 138****5678" in card.owner.text()
    tabs = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert tabs == ["Repair history", "Mileage log", "Reminders", "Plate history"]
    history = card.history_model
    assert history.data(history.index(0, 1)) == "Delivered"
    assert history.data(history.index(0, 4)) == "Repair"
    card.history_table.selectRow(0)
    lines = card.lines_model
    assert [lines.data(lines.index(r, 0)) for r in range(2)] == ["Labour", "Part"]
    assert lines.data(lines.index(0, 5)) == "Warranty (manufacturer)"
    shot(qtbot, screenshot, tab, "intake-tab-card-english")
    card.focus_open_orders()
    enter(qtbot, card.open_table)
    dialog = tab.dialog
    assert isinstance(dialog, OrderDialog)
    assert dialog.save_button.text() == "Save (Ctrl+S)"
    assert dialog.job_boxes["保养"].text() == "Service"
    assert dialog.lines.model.headerData(6, Qt.Orientation.Horizontal) == "Payer"
    assert dialog.alerts.text().startswith("[Lemon law: ")
    shot(qtbot, screenshot, dialog, "intake-order-dialog-english")
    dialog.reject()


def test_chinese_again_without_the_translator(qtbot: QtBot, sqlite_services: Services) -> None:
    """The fixture removes the translation: the other tests see the Chinese interface."""
    dialog = LoginDialog(sqlite_services.users)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "登录 - 售后前台"


def test_every_text_in_ui_is_translated() -> None:
    """Fails when a tr() text is added or changed without scripts/update_translations."""
    scan = scan_ui()
    assert not scan.problems, "\n".join(map(str, scan.problems))
    messages = ts_messages()
    in_ts = {(m.context, m.source, m.comment) for m in messages}
    missing = sorted(f"{where}: {key}" for key, where in scan.keys.items() if key not in in_ts)
    assert not missing, "not in the .ts (run scripts/update_translations):\n" + "\n".join(missing)
    stale = sorted(str(k) for k in in_ts - scan.keys.keys())
    assert not stale, "in the .ts but no longer in ui/ (run scripts/update_translations):\n" + "\n".join(
        stale
    )


def test_every_translation_is_finished_and_keeps_placeholders_and_keys() -> None:
    messages = ts_messages()
    assert len(messages) > 400
    for m in messages:
        where = f"{m.context!r} {m.source!r}"
        assert m.kind is None, f"{where} is {m.kind}"
        assert m.translation.strip(), f"{where} has no translation"
        assert not CJK.search(m.translation.replace("京A·12345", "")), (
            f"{where}: Chinese left in {m.translation!r}"
        )
        assert sorted(PLACEHOLDER.findall(m.source)) == sorted(PLACEHOLDER.findall(m.translation)), where
        assert SHORTCUT.findall(m.source) == SHORTCUT.findall(m.translation), where
        for key in MNEMONIC.findall(m.source):
            assert f"&{key}" in m.translation, f"{where} lost its &{key} mnemonic"
        if not MNEMONIC.search(m.source):  # on a button or check box "&" underlines the next letter
            assert "&" not in m.translation.replace("&&", ""), f"{where}: a stray & in {m.translation!r}"


def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    """The committed .qm is what lrelease makes of the committed .ts (the bundle ships the .qm)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    out = tmp_path / "qiantai_en.qm"
    subprocess.run([str(lrelease), "-silent", "-nounfinished", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run scripts/update_translations"


def _print_job(status: str, error: str | None = None) -> PrintJobInfo:
    now = dt.datetime.now(dt.UTC)
    return PrintJobInfo(1, "intake_sheet", "R1", None, 1, 1, None, "", now, status, error, 0, None, None)


def test_app_labels_are_listed_for_translation() -> None:
    """Every label the app hands the ui is in ui.labels_i18n, so lupdate and the .ts have it."""
    labels: set[str] = set()
    for table in (
        ROLE_LABELS, STATUS_LABELS, PAYER_LABELS, LINE_KIND_LABELS, OTHER_COSTS, KIND_LABELS,
        ORIENTATION_LABELS, WARRANTY_LABELS, START_BASIS_LABELS, MATCH_LABELS, REMINDER_KIND_LABELS,
        CUSTOMER_KINDS, READING_SOURCE_LABELS, OUTLINE_VIEW_LABELS, MARK_KIND_LABELS, RATING_LABELS,
        DECISION_LABELS, COMPLAINT_STATUS_LABELS, COMPLAINT_CHANNEL_LABELS, COMPLAINT_CATEGORY_LABELS,
        ACTION_KIND_LABELS, REPLY_STATE_LABELS, WORK_KIND_LABELS, BOOKING_STATE_LABELS,
        BOOKING_SOURCE_LABELS, EVENT_KIND_LABELS, CONFIRM_OUTCOME_LABELS, NO_SHOW_REASON_LABELS,
        APPOINTMENT_STATUS_LABELS,
    ):  # fmt: skip
        labels |= set(table.values())
    labels |= set(WARNING_LIGHTS) | set(ITEMS_IN_CAR) | set(TYRE_POSITIONS) | set(TYRE_STATES)
    labels |= {j.value for j in JobType}
    job = _print_job("pending")
    labels |= {dataclasses.replace(job, status=s).state_label for s in ("pending", "printing", "printed")}
    labels.add(dataclasses.replace(job, error="x").state_label)
    missing = labels - set(labels_i18n.SOURCES)
    assert not missing, f"add to ui/labels_i18n.py SOURCES: {sorted(missing)}"
    assert QCoreApplication.translate("labels", "待派工") == "待派工"  # no translator here: Chinese

"""The customer-lounge display: a full-screen window for the lounge's TV (`qiantai lounge`).

The header has the dealer's name and a clock; below it one line per car in the workshop: its plate
masked (粤B·***45), its model, its stage on the board and the time it was promised for. Nothing
that names a person, no phone, no VIN: the board is read by a viewer that may only read it
(ui.lounge.actor), and only rows of ui.lounge.rows reach the screen. The board is read again every
30 s off the UI thread; when more cars than fit, the pages turn every 10 s. Type scales with the
screen's height (a 1080-line TV gets 45-pixel lines) so it reads from across the room.

Keys: Esc leaves full screen, F11 toggles it, Ctrl+Q closes the display. Without a window manager
(a bare X server) the window covers the screen by itself.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.context import Services
from app.errors import QiantaiError
from app.orders import Board, OrderStatus
from app.roles import Actor
from app.settings import DealerInfo
from ui.i18n import localized
from ui.labels_i18n import tr_label
from ui.lounge.actor import LOUNGE_ACTOR
from ui.lounge.rows import LoungeRow, lounge_rows, promised_text
from ui.operations import Operations
from ui.tasks import TaskControl, TaskRunner, ThreadTaskRunner

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
PAGE_MS = 10_000
CLOCK_MS = 1_000
FULL_SCREEN_CHECK_MS = 1_500  # time enough for a window manager to say yes
# Sizes in units of the screen's height / LINES_PER_SCREEN (32 px at 768 lines, 45 at 1080).
LINES_PER_SCREEN = 24
HEADER_UNITS = 2.8
HEADINGS_UNITS = 1.5
ROW_UNITS = 1.7
FOOTER_UNITS = 1.4
MARGIN_UNITS = 0.6
# Share of the width: plate, model, stage, promised time.
COLUMN_STRETCH = (3, 3, 4, 3)

STAGE_COLOURS = {
    OrderStatus.WAITING: "#cbd5e1",
    OrderStatus.IN_REPAIR: "#60a5fa",
    OrderStatus.WAITING_PARTS: "#fbbf24",
    OrderStatus.QUALITY_CHECK: "#c4b5fd",
    OrderStatus.WASHING: "#22d3ee",
    OrderStatus.READY: "#4ade80",
}
BACKGROUND = "#0f1b2d"
BAND = "#15263f"
TEXT = "#f1f5f9"
DIM = "#94a3b8"


class _Line(QFrame):
    """One line of four cells: the headings, or a car."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.row = layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.cells: list[QLabel] = []
        for n, stretch in enumerate(COLUMN_STRETCH):
            cell = QLabel(self)
            cell.setObjectName(f"{name}_cell{n}")
            # A long model is cut at its column's edge rather than widening the window.
            cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(cell, stretch)
            self.cells.append(cell)

    def set_texts(self, *texts: str) -> None:
        for cell, text in zip(self.cells, texts, strict=True):
            cell.setText(text)


class LoungeWindow(QWidget):
    def __init__(
        self,
        services: Services,
        actor: Actor = LOUNGE_ACTOR,
        runner: TaskRunner | None = None,
        refresh_ms: int = REFRESH_MS,
        page_ms: int = PAGE_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lounge_window")
        self.setWindowTitle(self.tr("客休区显示屏"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._board = services.orders.board
        self._settings = services.settings
        self._clock = services.clock
        self._actor = actor
        self.ops = Operations(self, runner if runner is not None else ThreadTaskRunner())
        self.rows: list[LoungeRow] = []
        self.page = 0
        self.rows_per_page = 1
        self.unit = 0
        self.loaded_at: dt.datetime | None = None  # when the rows shown were read
        self._loading = False

        self.header = QFrame(self)
        self.header.setObjectName("lounge_header")
        self.dealer = QLabel(self.header)
        self.dealer.setObjectName("lounge_dealer")
        self.dealer.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title = QLabel(self.tr("维修进度"), self.header)
        self.title.setObjectName("lounge_title")
        self.clock = QLabel(self.header)
        self.clock.setObjectName("lounge_clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.top = top = QHBoxLayout(self.header)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.dealer, 5)
        top.addWidget(self.title, 3)
        top.addWidget(self.clock, 2)

        self.rule = QFrame(self)
        self.rule.setObjectName("lounge_rule")
        self.rule.setFixedHeight(2)
        self.headings = _Line("lounge_headings", self)
        self.headings.set_texts(self.tr("车牌"), self.tr("车型"), self.tr("进度"), self.tr("预计交车"))
        self.body = QWidget(self)
        self.body.setObjectName("lounge_body")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(0)
        self.body_layout.addStretch(1)
        self.lines: list[_Line] = []
        self.empty = QLabel(self.tr("正在读取…"), self.body)
        self.empty.setObjectName("lounge_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body_layout.insertWidget(0, self.empty)

        self.footer = QFrame(self)
        self.footer.setObjectName("lounge_footer")
        self.note = QLabel(self.footer)
        self.note.setObjectName("lounge_note")
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.page_label = QLabel(self.footer)
        self.page_label.setObjectName("lounge_page")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bottom = bottom = QHBoxLayout(self.footer)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.note, 4)
        bottom.addWidget(self.page_label, 1)

        self.main_layout = QVBoxLayout(self)
        self.main_layout.setSpacing(0)
        self.main_layout.addWidget(self.header)
        self.main_layout.addWidget(self.rule)
        self.main_layout.addWidget(self.headings)
        self.main_layout.addWidget(self.body, 1)
        self.main_layout.addWidget(self.footer)

        self._add_key(self.tr("退出全屏"), ("Esc",), self.leave_full_screen)
        self._add_key(self.tr("全屏"), ("F11",), self.toggle_full_screen)
        self._add_key(self.tr("关闭"), ("Ctrl+Q",), self.close)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(refresh_ms)
        self.refresh_timer.timeout.connect(self.refresh)
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(page_ms)
        self.page_timer.timeout.connect(self.next_page)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_MS)
        self.clock_timer.timeout.connect(self._tick)

        self.resize(1280, 720)  # the size it leaves full screen for
        self._fit()
        self._tick()
        self._show_note()
        self.refresh()
        for timer in (self.refresh_timer, self.page_timer, self.clock_timer):
            timer.start()

    def _add_key(self, text: str, keys: tuple[str, ...], slot: Callable[[], object]) -> None:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)

    # -- reading the board -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the board (and the dealer's name) off the UI thread; a tick while a read is under
        way is skipped: the next one comes in 30 s."""
        if self._loading:
            return
        self._loading = True
        board, settings, actor = self._board, self._settings, self._actor

        def load(_control: TaskControl) -> tuple[DealerInfo, Board]:
            return settings.dealer(), board.board(actor)

        self.ops.task(load).success(self._show).failure(self._failed).finally_(self._loaded).run()

    def _loaded(self) -> None:
        self._loading = False

    def _show(self, loaded: tuple[DealerInfo, Board]) -> None:
        dealer, board = loaded
        self.dealer.setText(dealer.name)
        self.rows = lounge_rows(board)
        self.loaded_at = board.generated_at
        self.empty.setText(self.tr("目前没有在修的车辆"))
        if self.page >= self.page_count:
            self.page = 0
        self._show_note()
        self.show_page()

    def _failed(self, error: BaseException) -> None:
        """Nobody stands at the lounge's TV to close a message box: the last rows stay up, the
        footer says since when, and the log has the cause (a bug with its traceback)."""
        if isinstance(error, QiantaiError):
            log.warning("lounge display: board not read: %s", localized(error.message))
            self._show_note(localized(error.message))
        else:
            log.error("lounge display: board not read", exc_info=error)
            self._show_note(type(error).__name__)

    def _show_note(self, problem: str | None = None) -> None:
        if problem is None:
            self.note.setText(self.tr("如有疑问，请咨询您的服务顾问"))
            self.note.setProperty("stale", False)
        elif self.loaded_at is None:
            self.note.setText(self.tr("暂时无法读取维修进度（{0}）").format(problem))
            self.note.setProperty("stale", True)
        else:
            self.note.setText(
                self.tr("暂时无法更新，显示的是 {0} 的情况").format(
                    self.loaded_at.astimezone().strftime("%H:%M")
                )
            )
            self.note.setProperty("stale", True)
        self._repolish(self.note)

    # -- pages -------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return max(1, math.ceil(len(self.rows) / self.rows_per_page))

    def next_page(self) -> None:
        """The page timer: the next page, after the last the first again."""
        self.page = (self.page + 1) % self.page_count
        self.show_page()

    def page_rows(self) -> list[LoungeRow]:
        start = self.page * self.rows_per_page
        return self.rows[start : start + self.rows_per_page]

    def show_page(self) -> None:
        shown = self.page_rows()
        today = self._clock().astimezone().date()
        tomorrow = self.tr("明天")
        for n, line in enumerate(self.lines):
            if n < len(shown):
                row = shown[n]
                line.set_texts(
                    row.plate or self.tr("未上牌"),
                    row.model,
                    tr_label(row.stage),
                    promised_text(row.promised_at, today, tomorrow) or "—",
                )
                line.cells[2].setProperty("stage", row.status.value)
                line.setVisible(True)
            else:
                line.set_texts("", "", "", "")
                line.cells[2].setProperty("stage", "")
                line.setVisible(False)
            self._repolish(line.cells[2])
        self.empty.setVisible(not self.rows)
        pages = self.page_count
        self.page_label.setText(self.tr("第 {0}/{1} 页").format(self.page + 1, pages) if pages > 1 else "")

    # -- size --------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Type and line heights from the window's size; as many lines as fit, the pages from that."""
        height, width = max(self.height(), 240), max(self.width(), 320)
        unit = max(12, min(height // LINES_PER_SCREEN, width // 40))
        margin = round(unit * MARGIN_UNITS)
        self.main_layout.setContentsMargins(unit, margin, unit, margin)
        self.header.setFixedHeight(round(unit * HEADER_UNITS))
        self.headings.setFixedHeight(round(unit * HEADINGS_UNITS))
        self.footer.setFixedHeight(round(unit * FOOTER_UNITS))
        row_height = round(unit * ROW_UNITS)
        fixed = (self.header, self.rule, self.headings, self.footer)
        room = height - 2 * margin - sum(w.height() for w in fixed)
        rows = max(1, room // row_height)
        while len(self.lines) < rows:
            line = _Line("lounge_line", self.body)
            line.setProperty("band", len(self.lines) % 2 == 1)
            self.body_layout.insertWidget(self.body_layout.count() - 1, line)
            self.lines.append(line)
        while len(self.lines) > rows:
            self.lines.pop().deleteLater()
        for line in [self.headings, *self.lines]:
            line.row.setSpacing(unit // 3)  # a long text never touches the next column's
        for row in (self.top, self.bottom, *(line.row for line in [self.headings, *self.lines])):
            row.setContentsMargins(unit // 4, 0, unit // 4, 0)  # the lines' band a little wider
        for line in self.lines:
            line.setFixedHeight(row_height)
        if unit != self.unit:
            self.unit = unit
            self.setStyleSheet(_style(unit))
        first = self.page * self.rows_per_page
        self.rows_per_page = rows
        self.page = min(first // rows, self.page_count - 1)
        self.show_page()

    def _repolish(self, widget: QWidget) -> None:
        style = widget.style()
        style.unpolish(widget)
        style.polish(widget)

    # -- clock and screen --------------------------------------------------------------------

    def _tick(self) -> None:
        text = self._clock().astimezone().strftime("%H:%M")
        if self.clock.text() != text:
            self.clock.setText(text)
            self.show_page()  # 明天 becomes today at midnight

    def show_full_screen(self) -> None:
        self.showFullScreen()
        QTimer.singleShot(FULL_SCREEN_CHECK_MS, self.cover_screen)

    def cover_screen(self) -> None:
        """A bare X server behind the TV has no window manager to grant full screen: then the
        window covers its screen itself."""
        if self.isVisible() and not self.isFullScreen():
            self.setGeometry(self.screen().geometry())

    def leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.show_full_screen()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange:
            # No mouse pointer over the TV's picture; back when the window is a window again.
            if self.isFullScreen():
                self.setCursor(Qt.CursorShape.BlankCursor)
            else:
                self.unsetCursor()

    def closeEvent(self, event: QCloseEvent) -> None:
        for timer in (self.refresh_timer, self.page_timer, self.clock_timer):
            timer.stop()
        super().closeEvent(event)


def _style(unit: int) -> str:
    """Every rule under #lounge_window, so the more particular ones (a stage's colour) win."""
    stages = "\n".join(
        f'#lounge_window QLabel[stage="{status.value}"] {{ color: {colour}; }}'
        for status, colour in STAGE_COLOURS.items()
    )
    return f"""
#lounge_window {{ background: {BACKGROUND}; }}
#lounge_window QLabel {{ color: {TEXT}; }}
#lounge_window #lounge_rule {{ background: #334155; }}
#lounge_window #lounge_dealer {{ font-size: {round(unit * 1.05)}px; font-weight: bold; }}
#lounge_window #lounge_title {{ font-size: {round(unit * 1.05)}px; color: {DIM}; }}
#lounge_window #lounge_clock {{ font-size: {round(unit * 1.6)}px; font-weight: bold; }}
#lounge_window #lounge_headings QLabel {{ font-size: {round(unit * 0.8)}px; color: {DIM}; }}
#lounge_window QFrame[band="true"] {{ background: {BAND}; }}
#lounge_window #lounge_line QLabel {{ font-size: {unit}px; }}
#lounge_window #lounge_line #lounge_line_cell0 {{ font-weight: bold; }}
#lounge_window #lounge_empty {{ font-size: {unit}px; color: {DIM}; }}
#lounge_window #lounge_footer {{ border-top: 2px solid #334155; }}
#lounge_window #lounge_note, #lounge_window #lounge_page {{ font-size: {round(unit * 0.7)}px; color: {DIM}; }}
#lounge_window QLabel#lounge_note[stale="true"] {{ color: #fbbf24; }}
{stages}
"""

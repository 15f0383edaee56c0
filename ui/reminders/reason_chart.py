"""The reasons the cars due did not come back, as a bar chart drawn with QPainter: one row per
reason, the most first — its name, a solid bar as long as its share of the largest, and the count
written at the bar's end. Black on the page's background, so it reads the same in black and white
(on screen, on a grey printout, in a screenshot)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.labels_i18n import tr_label

ROW, BAR, GAP, MARGIN = 24, 14, 8, 6  # px: a row's height, a bar's thickness, the gaps
MIN_BAR = 2  # a reason of one car still shows a bar


class ReasonChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reason_chart")
        self._rows: tuple[tuple[str, int], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(ROW * 2 + MARGIN * 2)

    def set_reasons(self, reasons: Sequence[tuple[str, int]]) -> None:
        """The reasons as the analysis gives them (app labels: shown in the interface's language)."""
        self._rows = tuple((tr_label(label), n) for label, n in reasons)
        self.setToolTip("\n".join(f"{label}: {n}" for label, n in self._rows))
        self.updateGeometry()
        self.update()

    @property
    def rows(self) -> tuple[tuple[str, int], ...]:
        """What is drawn: (reason, cars), the most first."""
        return self._rows

    def sizeHint(self) -> QSize:
        return QSize(420, max(len(self._rows), 2) * ROW + MARGIN * 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(ink)
        metrics = painter.fontMetrics()
        width = self.width() - 2 * MARGIN
        if not self._rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("本月到期的车辆都已回厂"))
            painter.end()
            return
        label_width = min(max(metrics.horizontalAdvance(label) for label, _ in self._rows), int(width * 0.6))
        count_width = max(metrics.horizontalAdvance(str(n)) for _, n in self._rows)
        bar_room = max(width - label_width - count_width - 2 * GAP, MIN_BAR)
        largest = max(n for _, n in self._rows) or 1
        for i, (label, n) in enumerate(self._rows):
            top = MARGIN + i * ROW
            text_box = QRectF(MARGIN, top, label_width, ROW)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(text_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown)
            length = max(bar_room * n / largest, MIN_BAR)
            left = MARGIN + label_width + GAP
            painter.fillRect(QRectF(left, top + (ROW - BAR) / 2, length, BAR), ink)
            count_box = QRectF(left + length + GAP / 2, top, count_width + GAP, ROW)
            painter.drawText(count_box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, str(n))
        painter.end()

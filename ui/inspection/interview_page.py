"""The diagnostic interview (问诊): the customer's own words, then the dealer's questions, answered
by keyboard or click. Beside them: the order's 三包 signals and this vehicle's earlier complaints,
those on the same system as the words now first (app.inspection.by_system decides; the page asks
again as the words are typed)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.inspection import AnswerKind, EarlierComplaint, Question, by_system, category_labels
from app.wording import joined
from ui.i18n import localized
from ui.i18n import tr as _tr

MULTI_SEPARATOR = "、"


class _Answer:
    """One question's input: a line, a choice (a combo box one may also type into) or boxes."""

    def __init__(self, question: Question, parent: QWidget, changed: SignalInstance) -> None:
        self.question = question
        self.boxes: list[QCheckBox] = []
        self.widget: QWidget
        if question.kind == AnswerKind.MULTI:
            self.widget = QWidget(parent)
            row = QHBoxLayout(self.widget)
            row.setContentsMargins(0, 0, 0, 0)
            for option in question.options:
                box = QCheckBox(option, self.widget)
                box.toggled.connect(changed)
                self.boxes.append(box)
                row.addWidget(box)
            row.addStretch(1)
        elif question.kind == AnswerKind.CHOICE:
            combo = QComboBox(parent)
            combo.setEditable(True)
            combo.addItems(["", *question.options])
            combo.currentTextChanged.connect(changed)
            self.widget = combo
        else:
            line = QLineEdit(parent)
            line.textChanged.connect(changed)
            self.widget = line
        self.widget.setObjectName(f"answer-{question.code}")

    def value(self) -> str:
        if self.boxes:
            return MULTI_SEPARATOR.join(b.text() for b in self.boxes if b.isChecked())
        if isinstance(self.widget, QComboBox):
            return self.widget.currentText().strip()
        assert isinstance(self.widget, QLineEdit)
        return self.widget.text().strip()

    def set_value(self, text: str) -> None:
        if self.boxes:
            chosen = set(text.split(MULTI_SEPARATOR))
            for b in self.boxes:
                b.setChecked(b.text() in chosen)
        elif isinstance(self.widget, QComboBox):
            self.widget.setCurrentText(text)
        else:
            assert isinstance(self.widget, QLineEdit)
            self.widget.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        if isinstance(self.widget, QLineEdit):
            self.widget.setReadOnly(read_only)
        else:
            self.widget.setEnabled(not read_only)


def _systems(codes: Sequence[str]) -> str:
    """Fault categories' names in the interface language: 制动系统、空调."""
    return localized(joined(category_labels(codes)))


def earlier_line(complaint: EarlierComplaint) -> str:
    """One earlier complaint: its local date, RO number, the words and the systems they name."""
    day = complaint.opened_at.astimezone().strftime("%Y-%m-%d")
    if not complaint.categories:
        return _tr("{0}  {1}：{2}").format(day, complaint.ro_number, complaint.statement)
    systems = _systems(complaint.categories)
    return _tr("{0}  {1}：{2}（{3}）").format(day, complaint.ro_number, complaint.statement, systems)


class InterviewPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._earlier: tuple[EarlierComplaint, ...] = ()
        self.words = QPlainTextEdit(self)
        self.words.setObjectName("customer_words")
        self.words.setPlaceholderText(self.tr("按客户原话记录，不要改写"))
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(90)
        self.words.textChanged.connect(self.changed)
        self.words.textChanged.connect(self._show_earlier)
        self.sanbao = self._note("sanbao", "color: #b71c1c;")
        self.same_heading = self._note("earlier_heading", "color: #333; font-weight: bold;")
        self.earlier = self._note("earlier_complaints", "color: #333;")
        self.others_heading = self._note("earlier_others_heading", "color: #555; font-size: 8pt;")
        self.others = self._note("earlier_others", "color: #555; font-size: 8pt;")
        side_host = QWidget(self)
        side = QVBoxLayout(side_host)
        side.setContentsMargins(6, 4, 6, 4)
        for label in (self.sanbao, self.same_heading, self.earlier, self.others_heading, self.others):
            side.addWidget(label)
        side.addStretch(1)
        side_scroll = QScrollArea(self)
        side_scroll.setObjectName("beside_interview")
        side_scroll.setWidgetResizable(True)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side_host)
        self._form_host = QWidget(self)
        self._form = QFormLayout(self._form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form_host)
        self._answers: list[_Answer] = []
        below = QHBoxLayout()
        below.addWidget(scroll, 3)
        below.addWidget(side_scroll, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("客户描述（原话）"), self))
        layout.addWidget(self.words)
        layout.addLayout(below, 1)
        self.set_sanbao("")
        self._show_earlier()

    def _note(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the customer's words, never markup
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet(style)
        return label

    def set_questions(self, questions: Sequence[Question]) -> None:
        if [a.question for a in self._answers] == list(questions):
            return
        while self._form.rowCount():
            self._form.removeRow(0)
        self._answers = [_Answer(q, self._form_host, self.changed) for q in questions]
        for answer in self._answers:
            self._form.addRow(answer.question.text, answer.widget)

    def load(self, words: str, answers: Mapping[str, str], earlier: Sequence[EarlierComplaint]) -> None:
        self._earlier = tuple(earlier)
        self.words.setPlainText(words)
        for answer in self._answers:
            answer.set_value(answers.get(answer.question.code, ""))
        self._show_earlier()

    def _show_earlier(self) -> None:
        """The earlier complaints as the words now read: the same system's first, then the rest."""
        seen = by_system(self.customer_words(), self._earlier)
        first: tuple[EarlierComplaint, ...] = ()
        rest: tuple[EarlierComplaint, ...] = ()
        if seen.empty:
            heading = self.tr("本车没有以往的客户描述")
        elif seen.shared:
            heading = self.tr("同一系统（{0}）的以往描述：").format(_systems(seen.shared))
            first, rest = seen.same_system, seen.others
        elif seen.current:
            heading = self.tr("本车以往没有同一系统（{0}）的描述").format(_systems(seen.current))
            rest = seen.others
        else:  # words that name no system yet: every earlier complaint, newest first
            heading, first = self.tr("本车以往的客户描述："), seen.others
        self.same_heading.setText(heading)
        self.earlier.setText("\n".join(earlier_line(c) for c in first))
        self.earlier.setVisible(bool(first))
        self.others_heading.setText(self.tr("其他以往描述：") if rest else "")
        self.others.setText("\n".join(earlier_line(c) for c in rest))
        for label in (self.others_heading, self.others):
            label.setVisible(bool(rest))

    def set_sanbao(self, text: str) -> None:
        """The order's 三包 signals (repair days, repeated repairs of a system), beside the answers."""
        self.sanbao.setText(text)
        self.sanbao.setVisible(bool(text))

    def customer_words(self) -> str:
        return self.words.toPlainText().strip()

    def answers(self) -> dict[str, str]:
        return {a.question.code: a.value() for a in self._answers if a.value()}

    def set_read_only(self, read_only: bool) -> None:
        self.words.setReadOnly(read_only)
        for answer in self._answers:
            answer.set_read_only(read_only)

"""The diagnostic interview (问诊): the customer's own words, then the dealer's questions, answered
by keyboard or click; this VIN's earlier complaints are shown beside them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Signal, SignalInstance
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

from app.inspection import AnswerKind, Question

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


class InterviewPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = QPlainTextEdit(self)
        self.words.setObjectName("customer_words")
        self.words.setPlaceholderText(self.tr("按客户原话记录，不要改写"))
        self.words.setTabChangesFocus(True)
        self.words.setMaximumHeight(90)
        self.words.textChanged.connect(self.changed)
        self.sanbao = QLabel(self)
        self.sanbao.setObjectName("sanbao")
        self.sanbao.setWordWrap(True)
        self.sanbao.setStyleSheet("color: #b71c1c;")
        self.earlier = QLabel(self)
        self.earlier.setObjectName("earlier_complaints")
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet("color: #555;")
        self._form_host = QWidget(self)
        self._form = QFormLayout(self._form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._form_host)
        self._answers: list[_Answer] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("客户描述（原话）"), self))
        layout.addWidget(self.words)
        layout.addWidget(self.earlier)
        layout.addWidget(self.sanbao)
        layout.addWidget(scroll, 1)

    def set_questions(self, questions: Sequence[Question]) -> None:
        if [a.question for a in self._answers] == list(questions):
            return
        while self._form.rowCount():
            self._form.removeRow(0)
        self._answers = [_Answer(q, self._form_host, self.changed) for q in questions]
        for answer in self._answers:
            self._form.addRow(answer.question.text, answer.widget)

    def load(self, words: str, answers: Mapping[str, str], earlier: Sequence[str]) -> None:
        self.words.setPlainText(words)
        for answer in self._answers:
            answer.set_value(answers.get(answer.question.code, ""))
        self.earlier.setText(
            self.tr("本车以往的客户描述：") + "\n" + "\n".join(earlier)
            if earlier
            else self.tr("本车没有以往的客户描述")
        )

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

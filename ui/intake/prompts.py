"""Small questions asked at the counter: confirm warnings, offer to open a duplicate, say "saved"."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import NeedsConfirmation
from ui.i18n import localized
from ui.i18n import tr as _tr


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """A yes/no question; Enter answers yes, Esc answers no."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(localized(text))
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or _tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def confirm_warnings(parent: QWidget | None, error: NeedsConfirmation) -> bool:
    """The service found something unusual but valid: the advisor looks and confirms."""
    lines = "\n".join(f"• {localized(w.message)}" for w in error.warnings)
    return ask(
        parent,
        _tr("请确认"),
        _tr("请核对以下提示：\n\n{0}\n\n确认无误并保存吗？").format(lines),
        _tr("确认保存"),
        _tr("返回修改"),
    )

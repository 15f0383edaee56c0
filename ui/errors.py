"""Showing failures: expected ones as a plain message, bugs with copyable details."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import Conflict, PermissionDenied, PrinterUnavailable, QiantaiError, StorageError
from ui.i18n import localized
from ui.i18n import tr as _tr

log = logging.getLogger("qiantai.ui")


def title_for(error: QiantaiError) -> str:
    if isinstance(error, Conflict):
        return _tr("记录已被修改")
    if isinstance(error, PermissionDenied):
        return _tr("没有权限")
    if isinstance(error, PrinterUnavailable):
        return _tr("打印机不可用")
    if isinstance(error, StorageError):
        return _tr("数据库问题")
    return _tr("无法完成操作")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Expected errors say what happened; anything else is a bug: logged, with details."""
    if isinstance(error, QiantaiError):
        QMessageBox.warning(parent, title_for(error), localized(error.message))
        return
    show_bug(parent, type(error), error, error.__traceback__)


def show_bug(
    parent: QWidget | None,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("程序错误"))
    box.setText(_tr("程序遇到意外错误，已写入日志。请把详细信息复制给维护人员。"))
    box.setInformativeText(without_sql(f"{exc_type.__name__}: {exc}"))
    box.setDetailedText(without_sql(details))
    box.setTextInteractionFlags(box.textInteractionFlags())
    box.exec()


def without_sql(text: str) -> str:
    """A database error's text as shown on screen: the statement left out (its values never get
    into the text, see db.engine); the log keeps it for the maintainers."""
    kept: list[str] = []
    in_statement = False
    for line in text.splitlines():
        if line.startswith("[SQL: "):
            in_statement = True
            kept.append("[SQL …]")
        elif in_statement and line.startswith(("[SQL parameters", "(Background on this error")):
            in_statement = False
        if not in_statement and not line.startswith("[SQL parameters"):
            kept.append(line)
    return "\n".join(kept)


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if QApplication.instance() is None:
            log.error("unexpected error", exc_info=(exc_type, exc, tb))
            sys.__excepthook__(exc_type, exc, tb)
            return
        show_bug(QApplication.activeWindow(), exc_type, exc, tb)

    sys.excepthook = hook


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def route_qt_messages() -> None:
    """Qt's own warnings go to the log file instead of a console nobody reads."""
    qt_log = logging.getLogger("qt")

    def handler(mode: QtMsgType, context: object, message: str) -> None:
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), message)

    qInstallMessageHandler(handler)

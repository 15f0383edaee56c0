"""Starting the GUI: the application object, login, and the main window.

What the login dialog does not need (the database layer, the main window with its tabs and menus'
dialogs, the first-administrator and password dialogs) is imported where it is used, so the login
shows first; the database opens behind it (ui.startup).
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import QiantaiError
from app.launch import startup_done
from app.roles import SYSTEM_ACTOR, Actor, Role
from ui.errors import install_excepthook, route_qt_messages
from ui.i18n import install_qt_translations, install_translator, localized, tr
from ui.login_dialog import LoginDialog
from ui.operations import Operations
from ui.startup import ServicesLoading
from ui.tasks import ThreadTaskRunner

STARTUP_SETTLE_MS = 2000  # the tabs' first reads are in well before this

if TYPE_CHECKING:
    from app.commands.base import CommandContext
    from app.context import Services


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("Qiantai")
    app.setApplicationName("Qiantai")
    install_translator(app)
    install_qt_translations(app)
    app.setApplicationDisplayName(tr("售后前台"))
    return app


def has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    return bool(platform and platform != "xcb") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def _first_admin(app: QApplication, services: Services) -> bool:
    """A new database has no users: the person starting it creates the first administrator."""
    from ui.admin.user_dialogs import AddUserDialog

    QMessageBox.information(None, tr("售后前台"), tr("数据库中还没有用户，请先创建系统管理员账号。"))
    dialog = AddUserDialog(services.users, SYSTEM_ACTOR)
    dialog.role.setCurrentIndex(dialog.role.findData(Role.ADMIN.value))
    dialog.role.setEnabled(False)
    return bool(dialog.exec())


def run_gui(ctx: CommandContext) -> int:
    if not has_display():
        sys.stderr.write(
            "qiantai: 没有图形显示（DISPLAY 未设置）。请在桌面环境中运行，"
            "或使用 xvfb-run -a qiantai，或设置 QT_QPA_PLATFORM=offscreen。\n"
        )
        return 2
    app = make_application()
    route_qt_messages()
    install_excepthook()
    # The login shows at once; the database opens behind it (ui.startup). The login (and the
    # forced password change) wait on the database off the UI thread, like every later call: a
    # counter holding the lock gets "busy", never a frozen window.
    runner = ThreadTaskRunner()
    ops = Operations(None, runner)
    loading = ServicesLoading(ctx)
    login = LoginDialog(loading, ops=ops)

    def opened(services: Services) -> None:
        login.set_dealer_name(services.settings.dealer().name)
        if services.users.count() == 0:  # a new database: its first administrator first
            login.hide()
            if not _first_admin(app, services):
                login.reject()
                return
            login.show()

    loading.ready.connect(opened)
    loading.failed.connect(lambda _error: login.reject())  # said below, once the dialog is gone
    loading.start()
    accepted = login.exec()
    if loading.error is not None:
        if not isinstance(loading.error, QiantaiError):
            raise loading.error  # a bug: to the excepthook, with its traceback
        QMessageBox.critical(None, tr("售后前台"), localized(loading.error.message))
        return 1
    if not accepted or login.actor is None:
        return 0
    return _open_window(app, loading.wait(), login.actor, runner, ops)


def _open_window(
    app: QApplication, services: Services, actor: Actor, runner: ThreadTaskRunner, ops: Operations
) -> int:
    if actor.user_id is not None and services.users.must_change_password(actor.user_id):
        from ui.password_dialog import ChangePasswordDialog

        reason = tr("您的密码是发给您的临时密码，请设置一个只有您知道的新密码。")
        if not ChangePasswordDialog(services.users, actor, reason, ops=ops).exec():
            return 0
    from ui.audit_warning import warn_if_audit_log_broken

    warn_if_audit_log_broken(services)  # the program starts either way
    try:
        services.printing.apply_font_setting()
    except QiantaiError as e:  # printing will say it again; the counter can still work
        QMessageBox.warning(None, tr("售后前台"), localized(e.message))
    from ui.integrity_check import check_database_file
    from ui.main_window import MainWindow
    from ui.print_recovery import settle_interrupted_prints

    window = MainWindow(services, actor, runner=runner)
    window.show()
    check_database_file(window, window.ops, services)
    settle_interrupted_prints(window, window.ops, services)
    from ui.backup_status import DailyBackups

    DailyBackups(services, window.ops, lambda: window.actor, window.backup_label, window)
    # Collection resumes once the tabs' first data is in (app.launch paused it for start-up).
    QTimer.singleShot(STARTUP_SETTLE_MS, startup_done)
    return int(app.exec())


def run_lounge(ctx: CommandContext) -> int:
    """The customer-lounge display (ui.lounge), full screen, without a login: it reads the board
    as a viewer that may do nothing else. The database opens as for the counter's window (on a
    thread, migrated and checked); a database that cannot be opened is said in a message box."""
    if not has_display():
        sys.stderr.write(
            "qiantai: 没有图形显示（DISPLAY 未设置）。请在接客休区电视的电脑的桌面上运行 qiantai lounge。\n"
        )
        return 2
    app = make_application()
    route_qt_messages()
    install_excepthook()
    runner = ThreadTaskRunner()
    loading = ServicesLoading(ctx)
    shown: list[QWidget] = []

    def opened(services: Services) -> None:
        from ui.lounge.lounge_window import LoungeWindow

        window = LoungeWindow(services, runner=runner)
        window.show_full_screen()
        shown.append(window)
        QTimer.singleShot(STARTUP_SETTLE_MS, startup_done)

    loading.ready.connect(opened)
    loading.failed.connect(lambda _error: app.quit())
    loading.start()
    code = int(app.exec())
    runner.wait(5_000)  # a board read under way ends before the database closes
    if loading.error is not None:
        if not isinstance(loading.error, QiantaiError):
            raise loading.error
        QMessageBox.critical(None, tr("售后前台"), localized(loading.error.message))
        return 1
    return code


def selftest(services: Services) -> int:
    """Opens the main window offscreen with every tab, for packaged builds; exit code 0 = fine."""
    from app.printing import DocumentKind
    from ui.main_window import MainWindow

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    window = MainWindow(services, SYSTEM_ACTOR)
    window.show()
    for key in window.tab_widgets:  # every tab built (they are built when first shown)
        window.tabs.setCurrentWidget(window.tab_widgets[key])
        app.processEvents()
    tabs = window.tabs.count()
    window.close()
    # A document exercises reportlab, the barcodes and the CJK font the bundle must carry.
    profile = services.printing.profile(DocumentKind.PART_TAG)
    pdf = services.printing.render_test_page("label", profile, "selftest")
    if not pdf.startswith(b"%PDF"):
        sys.stderr.write("selftest failed: the test label did not render\n")
        return 1
    from app.backup.crypto import round_trip_works

    if not round_trip_works():  # the encrypted backups' library, which the bundle must carry
        sys.stderr.write("selftest failed: backup encryption did not round-trip\n")
        return 1
    from app.reminders.recompute_all import workers_start

    if not workers_start(services.db):
        sys.stderr.write("selftest failed: the whole recompute's worker process did not answer\n")
        return 1
    users = services.users.count()
    sys.stdout.write(
        f"selftest ok: {tabs} tabs, {users} users, test label {len(pdf)} bytes, encryption ok,"
        " recompute worker ok\n"
    )
    return 0

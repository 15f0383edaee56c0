"""The main window: assembles the tabs, the menus and the status bar; nothing more.

The title names the program and the dealer, the status bar the user with their role, the backups
(ui.backup_status) and the database: each once. The tabs sit in a stack with the lock page
(ui.session), and are built again for another user's role when someone else logs in at this counter.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QTabWidget, QWidget

from app import __version__
from app.appointments import ArrivalDraft
from app.changes import Change
from app.context import Services
from app.roles import ROLE_LABELS, Actor, Role
from ui.backup_status import BackupStatusLabel
from ui.elided_label import ElidedLabel
from ui.i18n import tr
from ui.labels_i18n import tr_label
from ui.lazy_tabs import LazyTabs
from ui.operations import ChangeBus, Operations
from ui.password_dialog import ChangePasswordDialog
from ui.printing.queue import PrintQueueDialog
from ui.printing.settings_dialog import PrinterSettingsDialog
from ui.session.controller import LOCK_KEY, SessionController
from ui.tab_registry import TabSpec, tabs_for
from ui.tasks import TaskRunner, ThreadTaskRunner

SETTINGS_ORG = "Qiantai"
SETTINGS_APP = "Qiantai"


def describe_database(services: Services) -> str:
    url = services.db.engine.url
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    return f"PostgreSQL {url.host or 'localhost'}:{url.port or 5432}/{url.database}"


class MainWindow(QMainWindow):
    def __init__(
        self,
        services: Services,
        actor: Actor,
        parent: QWidget | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.runner: TaskRunner = runner or ThreadTaskRunner()
        # What a write anywhere changed, relayed to every tab (and the dialogs opened here).
        self.changes = ChangeBus(self)
        self.ops = Operations(self, self.runner, self.changes)
        self.dealer_name = ""
        self._show_title("")
        self._read_title()
        self.changes.changed.connect(self._changed)
        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self.tabs: QTabWidget
        self.tab_widgets: LazyTabs
        self.tab_shortcuts: list[QShortcut] = []
        self._build_tabs()
        self.session = SessionController(self, self)
        self._build_menus()
        self._build_status_bar()
        self._restore_state()

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self.stack)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.stack.insertWidget(0, self.tabs)
        self.stack.setCurrentWidget(self.tabs)
        # Each tab is built when first shown (or asked for by key): the window comes sooner.
        self.tab_widgets = LazyTabs(self.tabs, self._make_tab, self._tab_built)
        self.tab_shortcuts = []
        for number, spec in enumerate(tabs_for(self.actor), start=1):
            index = self.tab_widgets.add(spec)
            if number <= 9:
                # Ctrl+1, Ctrl+2, ...: every tab is a key away.
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self.tabs)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
                self.tabs.setTabToolTip(index, f"Ctrl+{number}")
                self.tab_shortcuts.append(shortcut)
        if self.actor.role is Role.CLAIMS and "claims" in self.tab_widgets:
            self.tabs.setCurrentWidget(self.tab_widgets["claims"])  # the claims clerk's own work
        elif self.tab_widgets:
            self.tab_widgets[next(iter(self.tab_widgets))]  # the first tab, shown at start

    def _make_tab(self, spec: TabSpec) -> QWidget:
        return spec.factory(self.services, self.actor, self.tabs, self.runner, self.changes)

    def _tab_built(self, key: str, widget: QWidget) -> None:
        """The one errand between tabs: a booked car arrived (预约), its order opens in 接车开单."""
        if key == "appointments" and "intake" in self.tab_widgets:
            from ui.appointments.appointments_tab import AppointmentsTab

            if isinstance(widget, AppointmentsTab):
                widget.arrival_requested.connect(self._arrived)

    def _arrived(self, draft: ArrivalDraft) -> None:
        from ui.intake.intake_tab import IntakeTab

        intake = self.tab_widgets["intake"]
        if isinstance(intake, IntakeTab):
            self.tabs.setCurrentWidget(intake)
            intake.open_arrival(draft)

    def workspace(self) -> QWidget:
        return self.tabs

    def start_session(self, actor: Actor) -> None:
        """Another user took over the counter: their tabs, their name, nothing of the last user."""
        old = self.tabs
        self.stack.removeWidget(old)
        old.deleteLater()
        self.actor = actor
        self._build_tabs()
        self._show_user()

    def _show_title(self, dealer: str) -> None:
        # Program last: Qt appends the application's display name to a title that does not end
        # with it (make_application sets it to the same words), so it is never said twice.
        self.dealer_name = dealer
        program = tr("售后前台")
        self.setWindowTitle(f"{dealer} - {program}" if dealer else program)

    def _read_title(self) -> None:
        """The dealer's name in the title, read off the UI thread (it follows a rename)."""
        self.ops.read(self.services.settings.dealer).success(lambda d: self._show_title(d.name)).run()

    def _changed(self, changes: frozenset[Change]) -> None:
        if Change.SETTINGS in changes:
            self._read_title()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        lock = QAction(self.tr("锁定屏幕"), self)
        lock.setObjectName("action_lock")
        lock.setShortcut(LOCK_KEY)
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.triggered.connect(self.session.lock)
        file_menu.addAction(lock)
        self.addAction(lock)  # also while the menu bar is hidden by the lock
        switch = QAction(self.tr("切换用户/注销…"), self)
        switch.setObjectName("action_switch_user")
        switch.triggered.connect(self.session.switch_user)
        file_menu.addAction(switch)
        change_pw = QAction(self.tr("修改密码…"), self)
        change_pw.triggered.connect(self.change_password)
        file_menu.addAction(change_pw)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self._build_print_menu()
        self.help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(self.about)
        self.help_menu.addAction(about)

    def _build_print_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("打印(&P)"))
        queue = QAction(self.tr("打印队列…"), self)
        queue.setObjectName("action_print_queue")
        queue.triggered.connect(self.open_print_queue)
        menu.addAction(queue)
        settings = QAction(self.tr("打印设置…"), self)
        settings.setObjectName("action_printer_settings")
        settings.triggered.connect(self.open_printer_settings)
        menu.addAction(settings)

    def _open(self, dialog: QDialog) -> None:
        """Window-modal, not blocking: a lock can hide it and show it again as it was."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_print_queue(self) -> None:
        self._open(PrintQueueDialog(self.services, self.actor, self, runner=self.runner, bus=self.changes))

    def open_printer_settings(self) -> None:
        self._open(
            PrinterSettingsDialog(self.services, self.actor, self, runner=self.runner, bus=self.changes)
        )

    def _build_status_bar(self) -> None:
        self.user_label = QLabel(self)
        self.user_label.setObjectName("status_user")
        self._show_user()
        # The path is cut in the middle (its start and the file name stay) so that a warning
        # beside it keeps the room to be read.
        self.db_label = ElidedLabel(
            self.tr("数据库：") + describe_database(self.services), self, Qt.TextElideMode.ElideMiddle
        )
        self.db_label.setObjectName("status_db")
        self.backup_label = BackupStatusLabel(self.services, self.ops, self.changes, self)
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addWidget(self.backup_label, 2)
        self.statusBar().addPermanentWidget(self.db_label, 1)

    def _show_user(self) -> None:
        role = tr_label(ROLE_LABELS[self.actor.role])
        self.user_label.setText(self.tr("用户：{0}（{1}）").format(self.actor.display_name, role))

    def _restore_state(self) -> None:
        settings = QSettings(SETTINGS_ORG, SETTINGS_APP)
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            return
        # First start on this PC: the counter program takes the whole screen.
        self.resize(self.screen().availableGeometry().size())

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings(SETTINGS_ORG, SETTINGS_APP).setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def change_password(self) -> None:
        self._open(ChangePasswordDialog(self.services.users, self.actor, parent=self, ops=self.ops))

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于售后前台"),
            self.tr("售后前台 Qiantai {0}\n汽车经销商售后服务前台").format(__version__),
        )

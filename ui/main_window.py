"""The main window: assembles the tabs, the menus and the status bar; nothing more."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from app import __version__
from app.changes import Change
from app.context import Services
from app.roles import ROLE_LABELS, Actor
from ui.labels_i18n import tr_label
from ui.operations import ChangeBus, Operations
from ui.password_dialog import ChangePasswordDialog
from ui.printing.queue import PrintQueueDialog
from ui.printing.settings_dialog import PrinterSettingsDialog
from ui.tab_registry import tabs_for
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
        self._show_title("")
        self._read_title()
        self.changes.changed.connect(self._changed)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.tab_widgets: dict[str, QWidget] = {}
        self.tab_shortcuts: list[QShortcut] = []
        for number, spec in enumerate(tabs_for(actor), start=1):
            widget = spec.factory(services, actor, self.tabs, self.runner, self.changes)
            self.tab_widgets[spec.key] = widget
            index = self.tabs.addTab(widget, spec.translated_title())
            if number <= 9:
                # Ctrl+1, Ctrl+2, ...: every tab is a key away.
                shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
                shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
                self.tabs.setTabToolTip(index, f"Ctrl+{number}")
                self.tab_shortcuts.append(shortcut)
        self._build_menus()
        self._build_status_bar()
        self._restore_state()

    def _show_title(self, dealer: str) -> None:
        self.setWindowTitle(self.tr("售后前台 Qiantai") + (f" - {dealer}" if dealer else ""))

    def _read_title(self) -> None:
        """The dealer's name in the title, read off the UI thread (it follows a rename)."""
        self.ops.read(self.services.settings.dealer).success(lambda d: self._show_title(d.name)).run()

    def _changed(self, changes: frozenset[Change]) -> None:
        if Change.SETTINGS in changes:
            self._read_title()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
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

    def open_print_queue(self) -> None:
        PrintQueueDialog(self.services, self.actor, self, runner=self.runner, bus=self.changes).exec()

    def open_printer_settings(self) -> None:
        PrinterSettingsDialog(self.services, self.actor, self, runner=self.runner, bus=self.changes).exec()

    def _build_status_bar(self) -> None:
        role = tr_label(ROLE_LABELS[self.actor.role])
        self.user_label = QLabel(self.tr("用户：{0}（{1}）").format(self.actor.display_name, role), self)
        self.user_label.setObjectName("status_user")
        self.db_label = QLabel(self.tr("数据库：") + describe_database(self.services), self)
        self.db_label.setObjectName("status_db")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)

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
        ChangePasswordDialog(self.services.users, self.actor, parent=self, ops=self.ops).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于售后前台"),
            self.tr("售后前台 Qiantai {0}\n汽车经销商售后服务前台").format(__version__),
        )

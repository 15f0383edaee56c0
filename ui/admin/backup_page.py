"""The backups in the administration tab: the folder (a second disk or a network share), the
optional passphrase, 立即备份, and when the last good backup was made. A restore is a command
(`qiantai restore FILE`, with every window closed); the page says so."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import KEEP_DAILY, KEEP_MONTHLY, KEEP_WEEKLY, BackupResult, BackupService, BackupSettings
from app.backup import BackupStatus as Status
from app.changes import changes_of
from app.errors import ValidationError
from app.roles import Actor
from ui.forms import FieldForm, SaveGuard
from ui.i18n import localized
from ui.operations import Operations

NOTE_STYLE = "color: #555;"
WARN_STYLE = "color: #b3261e;"


class BackupPage(QWidget):
    def __init__(
        self,
        backup: BackupService,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        ops: Operations | None = None,
        server: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ops = (ops or Operations(self)).for_widget(self)
        self._backup = backup
        self._actor = actor
        self._shown: BackupSettings | None = None
        self.setAccessibleName(self.tr("数据备份"))
        self.form = FieldForm(self)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("folder")
        self.folder.setPlaceholderText(self.tr("如 D:\\售后前台备份 或 \\\\服务器\\共享"))
        self.browse = QPushButton(self.tr("浏览…"), self)
        self.browse.clicked.connect(self._browse)
        folder_row = QWidget(self)
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.encrypt = QCheckBox(self.tr("用口令加密备份文件"), self)
        self.encrypt.setObjectName("encrypt")
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(self)
        self.again.setObjectName("passphrase_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.add_field("folder", self.tr("备份文件夹"), folder_row)
        self.form.add_field("encrypt", "", self.encrypt)
        self.form.add_field("passphrase", self.tr("口令"), self.passphrase)
        self.form.add_field("passphrase_again", self.tr("再输一次"), self.again)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        self.same_disk = QLabel(self.tr("该文件夹与数据库在同一块磁盘上：磁盘损坏时备份也会丢失。"), self)
        self.same_disk.setObjectName("same_disk")
        self.same_disk.setStyleSheet(WARN_STYLE)
        self.same_disk.setWordWrap(True)
        self.same_disk.hide()
        self.note = QLabel(
            self.tr(
                "每天第一次打开程序时自动备份到该文件夹，保留最近 {0} 天每天一份、{1} 周每周一份、"
                "{2} 个月每月一份。加密备份没有口令无法恢复，请另行妥善保管口令。"
                "恢复：关闭所有售后前台窗口后，运行 qiantai restore 备份文件。"
            ).format(KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY),
            self,
        )
        self.note.setObjectName("backup_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.last = QLabel(self)
        self.last.setObjectName("last_backup")
        self.last.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存"), self)
        self.save_button.clicked.connect(self.save)
        self.now_button = QPushButton(self.tr("立即备份"), self)
        self.now_button.setObjectName("backup_now")
        self.now_button.clicked.connect(self.back_up_now)
        self.saving = SaveGuard(self.save_button, self.now_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.same_disk)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.last)
        layout.addWidget(self.note)
        layout.addStretch(1)
        if server:  # PostgreSQL: the server keeps the copies; nothing to set here
            for w in (self.form, self.save_button, self.now_button):
                w.setEnabled(False)
            self.note.setText(
                self.tr("数据库在 PostgreSQL 服务器上：请由服务器管理员用 pg_dump 或基础备份定时备份。")
            )
            return
        self._encrypt_toggled(False)
        self.load()

    def _encrypt_toggled(self, on: bool) -> None:
        self.passphrase.setEnabled(on)
        self.again.setEnabled(on)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("选择备份文件夹"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def has_unsaved_changes(self) -> bool:
        shown = self._shown
        if shown is None:
            return False
        return (
            self.folder.text().strip() != shown.folder
            or self.encrypt.isChecked() != shown.encrypt
            or bool(self.passphrase.text())
        )

    def load(self, keep_edits: bool = False) -> None:
        if not (keep_edits and self.has_unsaved_changes()):
            self.ops.read(self._backup.settings, self._actor).latest("backup-settings").success(
                self._show
            ).run()
        self.ops.read(self._backup.status).latest("backup-status").success(self._show_status).run()

    def _show(self, settings: BackupSettings) -> None:
        self._shown = settings
        self.folder.setText(settings.folder)
        self.encrypt.setChecked(settings.encrypt)
        self.passphrase.clear()
        self.again.clear()
        hint = self.tr("已设置（不改请留空）") if settings.passphrase_set else self.tr("至少 8 个字符")
        self.passphrase.setPlaceholderText(hint)
        self.same_disk.setVisible(settings.same_disk)

    def _show_status(self, status: Status) -> None:
        self.last.setText(localized(status.message))
        self.last.setStyleSheet(WARN_STYLE if status.freshness.warns else "")

    def save(self) -> None:
        if self.saving.running:
            return
        self.status.clear()
        self.form.clear_errors()
        passphrase = self.passphrase.text() or None
        if passphrase is not None and passphrase != self.again.text():
            self.form.report(ValidationError("passphrase_again", self.tr("两次输入的口令不一致")))
            return
        self.saving.start()
        self.ops.write(
            self._backup.update_settings,
            self._actor,
            self.folder.text(),
            self.encrypt.isChecked(),
            passphrase if self.encrypt.isChecked() else None,
        ).success(self._saved).failure(self.form.report).finally_(self.saving.end).run()

    def _saved(self, settings: BackupSettings) -> None:
        self._show(settings)
        self.status.setText(self.tr("已保存"))

    def back_up_now(self) -> None:
        if self.saving.running:
            return
        if self.has_unsaved_changes():
            self.status.setText(self.tr("请先保存备份设置"))
            return
        self.status.setText(self.tr("正在备份…"))
        self.saving.start()
        backup, actor = self._backup, self._actor
        self.ops.task(
            lambda control: backup.back_up(actor, progress=control.progress), changes_of(backup.back_up)
        ).with_progress(self.tr("正在备份数据库…"), cancellable=False).success(self._made).failure(
            self._not_made
        ).finally_(self.saving.end).run()

    def _made(self, result: BackupResult) -> None:
        mb = 1 << 20
        size = f"{result.size / mb:.1f} MB" if result.size >= mb else f"{result.size / 1024:.0f} KB"
        self.status.setText(self.tr("已备份并校验：{0}（{1}）").format(str(result.path), size))
        self.ops.read(self._backup.status).latest("backup-status").success(self._show_status).run()

    def _not_made(self, error: BaseException) -> None:
        self.status.clear()
        self.form.report(error)

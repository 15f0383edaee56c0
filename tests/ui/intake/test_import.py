"""Importing from the tab (supervisor, admin): a dry run listing every bad row, then the import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.context import Services
from app.roles import Role
from tests.app.factories import make_vin
from tests.conftest import make_actor
from tests.ui.intake.support import setup_dealer, shot
from tests.ui.intake.test_search import make_tab
from ui.intake.import_dialog import ImportDialog
from ui.tasks import Done, Failed, Progress, SyncTaskRunner, TaskControl, Work

HEADER = "车架号,车牌号,品牌,车型,颜色,购车日期,开票日期,车主,手机,里程"


def write_csv(path: Path, rows: list[str], encoding: str = "gbk") -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding=encoding)
    return path


def mixed_file(tmp_path: Path) -> tuple[Path, list[str]]:
    vins = [make_vin() for _ in range(3)]
    rows = [
        f"{vins[0]},粤A11111,本田,雅阁,白,2024-05-01,2024-05-01,张三,13800000001,12000",
        f"{vins[1]},粤A2222,本田,雅阁,黑,2024-06-01,2024-06-01,李四,13800000002,9000",  # plate too short
        f"{vins[2]},粤A33333,本田,思域,红,2024-07-01,2024-07-01,王五,138000,5000",  # phone too short
    ]
    return write_csv(tmp_path / "车辆清单.csv", rows), vins


def open_import(qtbot: QtBot, svc: Services, role: Role = Role.SUPERVISOR) -> ImportDialog:
    admin = make_actor(svc, Role.ADMIN)
    setup_dealer(svc, admin)
    tab = make_tab(qtbot, svc, role)
    tab.import_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ImportDialog)
    return dialog


def test_dry_run_lists_bad_rows_then_skip_bad_imports_the_good(
    qtbot: QtBot,
    sqlite_services: Services,
    tmp_path: Path,
    screenshot,  # type: ignore[no-untyped-def]
) -> None:
    path, vins = mixed_file(tmp_path)
    dialog = open_import(qtbot, sqlite_services)
    assert not dialog.import_button.isEnabled()  # nothing checked yet
    dialog.path.setText(str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # Enter in the path: check
    report = dialog.report
    assert report is not None and report.dry_run and not report.applied
    issues = [(r.kind, r.line, r.field) for r in dialog.model.rows]
    assert ("拒绝", 3, "plate") in issues and ("拒绝", 4, "phone") in issues
    assert "合格 1 行，拒绝 2 行" in dialog.summary.text()
    shot(qtbot, screenshot, dialog, "intake-import-dialog")
    lookup = sqlite_services.vehicles.lookup
    supervisor = make_actor(sqlite_services, Role.SUPERVISOR)
    assert lookup.search(supervisor, vins[0]) == []  # the check wrote nothing
    # All-or-nothing: a bad row stops the whole file.
    dialog.import_button.click()
    assert dialog.report is not None and not dialog.report.applied
    assert "整批未写入" in dialog.summary.text()
    assert lookup.search(supervisor, vins[0]) == []
    dialog.skip_bad.setChecked(True)
    dialog.import_button.click()
    assert dialog.report is not None and dialog.report.applied and dialog.imported
    assert "导入完成：新增 1 辆" in dialog.summary.text()
    assert [h.plate_display for h in lookup.search(supervisor, vins[0])] == ["粤A·11111"]
    assert lookup.search(supervisor, vins[1]) == []
    assert not dialog.import_button.isEnabled()


def test_a_good_file_imports_whole(qtbot: QtBot, sqlite_services: Services, tmp_path: Path) -> None:
    vins = [make_vin() for _ in range(2)]
    path = write_csv(
        tmp_path / "ok.csv",
        [f"{vins[0]},粤B10001,本田,雅阁,白,2024-05-01,2024-05-01,赵一,13900000001,1000",
         f"{vins[1]},粤B10002,本田,雅阁,白,2024-05-01,2024-05-01,赵二,13900000002,2000"],
        encoding="utf-8-sig",
    )  # fmt: skip
    dialog = open_import(qtbot, sqlite_services, Role.ADMIN)
    dialog.path.setText(str(path))
    dialog.check()
    assert dialog.report is not None and not dialog.report.rejected
    assert "将新增 2 辆" in dialog.summary.text()
    dialog.import_button.click()
    assert dialog.report is not None and dialog.report.applied and dialog.report.created == 2


def test_unreadable_file_is_reported(qtbot: QtBot, sqlite_services: Services, tmp_path: Path) -> None:
    from tests.ui.intake.support import answer_next_box

    path = tmp_path / "empty.csv"
    path.write_text("随便写的内容\n", encoding="utf-8")
    dialog = open_import(qtbot, sqlite_services)
    dialog.path.setText(str(path))
    seen: list[str] = []
    answer_next_box(seen=seen)
    dialog.check()
    assert seen and dialog.report is None
    assert "未能读取" in dialog.summary.text() and not dialog.import_button.isEnabled()


def test_changing_the_file_needs_a_new_check(qtbot: QtBot, sqlite_services: Services, tmp_path: Path) -> None:
    path, _ = mixed_file(tmp_path)
    dialog = open_import(qtbot, sqlite_services)
    dialog.path.setText(str(path))
    dialog.check()
    assert dialog.import_button.isEnabled()
    dialog.path.setText(str(path) + ".other")
    assert not dialog.import_button.isEnabled() and dialog.model.rowCount() == 0


class CancelAtFirstProgress(SyncTaskRunner):
    """Runs the work at once; while armed, presses Cancel as soon as the work reports progress."""

    def __init__(self) -> None:
        self.armed = True
        self.reported: list[tuple[int, int]] = []

    def run(
        self, work: Work, on_done: Done, on_error: Failed, on_progress: Progress | None = None
    ) -> TaskControl:
        def watched(control: TaskControl) -> object:
            def progress(done: int, total: int) -> None:
                self.reported.append((done, total))
                if self.armed:
                    control.cancel()

            control.on_progress = progress
            return work(control)

        return super().run(watched, on_done, on_error, on_progress)


def test_cancel_stops_the_check_or_the_import_and_writes_nothing(
    qtbot: QtBot, sqlite_services: Services, tmp_path: Path
) -> None:
    vins = [make_vin() for _ in range(2)]
    path = write_csv(
        tmp_path / "ok.csv",
        [f"{vins[0]},粤B10001,本田,雅阁,白,2024-05-01,2024-05-01,赵一,13900000001,1000",
         f"{vins[1]},粤B10002,本田,雅阁,白,2024-05-01,2024-05-01,赵二,13900000002,2000"],
    )  # fmt: skip
    admin = make_actor(sqlite_services, Role.ADMIN)
    setup_dealer(sqlite_services, admin)
    runner = CancelAtFirstProgress()
    dialog = ImportDialog(sqlite_services.vehicles.importer, admin, runner)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(path))
    dialog.check()
    assert runner.reported[0] == (0, 2) and dialog.report is None
    assert dialog.summary.text() == "已取消检查。" and dialog.check_button.isEnabled()
    assert not dialog.import_button.isEnabled()
    runner.armed = False
    dialog.check()
    assert dialog.report is not None and "将新增 2 辆" in dialog.summary.text()
    assert runner.reported[-1] == (2, 2)  # the rows are counted as they are applied
    runner.armed = True
    dialog.import_button.click()
    assert "已取消导入，未写入任何数据" in dialog.summary.text() and not dialog.imported
    assert sqlite_services.vehicles.lookup.search(admin, vins[0]) == []
    runner.armed = False
    dialog.import_button.click()
    assert dialog.imported and dialog.report is not None and dialog.report.created == 2

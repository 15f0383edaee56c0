"""Roles and what each may do; checked inside the services, not only in the UI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied
from app.wording import label, say


class Role(StrEnum):
    ADVISOR = "advisor"
    CLAIMS = "claims"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.ADVISOR: "服务顾问",
    Role.CLAIMS: "索赔员",
    Role.SUPERVISOR: "前台主管",
    Role.ADMIN: "系统管理员",
}


class Permission(StrEnum):
    MANAGE_USERS = "manage_users"
    EDIT_DEALER_SETTINGS = "edit_dealer_settings"
    EDIT_PRINTER_PROFILES = "edit_printer_profiles"
    PRINT = "print"
    RECEIVE_VEHICLES = "receive_vehicles"
    EDIT_VEHICLES = "edit_vehicles"
    IMPORT_DATA = "import_data"
    VIEW_BOARD = "view_board"
    CANCEL_ORDERS = "cancel_orders"
    MANAGE_CLAIMS = "manage_claims"
    WORK_REMINDERS = "work_reminders"
    RECORD_COMPLAINTS = "record_complaints"
    HANDLE_COMPLAINTS = "handle_complaints"
    RUN_REPORTS = "run_reports"
    VIEW_AUDIT = "view_audit"
    EDIT_INSPECTION_TEMPLATES = "edit_inspection_templates"
    MANAGE_BACKUPS = "manage_backups"
    MANAGE_PERSONAL_DATA = "manage_personal_data"
    BOOK_APPOINTMENTS = "book_appointments"
    MANAGE_APPOINTMENTS = "manage_appointments"
    EDIT_SERVICE_INTERVALS = "edit_service_intervals"  # a model's service intervals, not its warranty


# What each permission lets someone do, in the words a refusal uses ("…无权开单接车").
PERMISSION_ACTIONS = {
    Permission.MANAGE_USERS: say("管理用户账号"),
    Permission.EDIT_DEALER_SETTINGS: say("修改门店信息"),
    Permission.EDIT_PRINTER_PROFILES: say("设置打印机"),
    Permission.PRINT: say("打印"),
    Permission.RECEIVE_VEHICLES: say("接车开单或修改工单"),
    Permission.EDIT_VEHICLES: say("登记或修改客户和车辆"),
    Permission.IMPORT_DATA: say("导入客户车辆资料"),
    Permission.VIEW_BOARD: say("查看维修看板"),
    Permission.CANCEL_ORDERS: say("取消他人的工单"),
    Permission.MANAGE_CLAIMS: say("处理索赔"),
    Permission.WORK_REMINDERS: say("处理保养提醒"),
    Permission.RECORD_COMPLAINTS: say("登记和查看客户投诉"),
    Permission.HANDLE_COMPLAINTS: say("指派、结案或重新打开客户投诉"),
    Permission.RUN_REPORTS: say("查看和打印报表"),
    Permission.VIEW_AUDIT: say("查看操作记录"),
    Permission.EDIT_INSPECTION_TEMPLATES: say("修改问诊问题和检查项目"),
    Permission.MANAGE_BACKUPS: say("设置或制作数据备份"),
    Permission.MANAGE_PERSONAL_DATA: say("导出或匿名化客户个人信息"),
    Permission.BOOK_APPOINTMENTS: say("预约、改期或取消预约"),
    Permission.MANAGE_APPOINTMENTS: say("设置预约时段和容量"),
    Permission.EDIT_SERVICE_INTERVALS: say("修改车型的保养间隔"),
}

_ALL = frozenset(Permission)
_COUNTER = frozenset(
    {
        Permission.PRINT,
        Permission.RECEIVE_VEHICLES,
        Permission.EDIT_VEHICLES,
        Permission.VIEW_BOARD,
        Permission.WORK_REMINDERS,
        Permission.RECORD_COMPLAINTS,
        Permission.BOOK_APPOINTMENTS,
    }
)

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADVISOR: _COUNTER,
    Role.CLAIMS: frozenset({Permission.PRINT, Permission.MANAGE_CLAIMS, Permission.VIEW_BOARD}),
    Role.SUPERVISOR: _COUNTER
    | {
        Permission.EDIT_PRINTER_PROFILES,
        Permission.IMPORT_DATA,
        Permission.CANCEL_ORDERS,
        Permission.HANDLE_COMPLAINTS,
        Permission.RUN_REPORTS,
        Permission.MANAGE_CLAIMS,
        Permission.VIEW_AUDIT,
        Permission.EDIT_INSPECTION_TEMPLATES,
        Permission.MANAGE_APPOINTMENTS,
        Permission.EDIT_SERVICE_INTERVALS,
    },
    Role.ADMIN: _ALL,
}


@dataclass(frozen=True)
class Actor:
    """Who is doing something: passed into every service call."""

    user_id: int | None
    username: str
    display_name: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in PERMISSIONS[self.role]


# Command-line administration runs as this actor (whoever holds the machine's shell).
SYSTEM_ACTOR = Actor(user_id=None, username="system", display_name="系统", role=Role.ADMIN)


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            say(
                "{role}账号无权{action}，请用有权限的账号登录",
                role=label(ROLE_LABELS[actor.role]),
                action=PERMISSION_ACTIONS[permission],
            )
        )

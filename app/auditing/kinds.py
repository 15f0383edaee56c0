"""The audit viewer's vocabularies: what each action is called, the categories the viewer filters
by, what the records and their fields are called. Actions not listed (a capability added later)
show as they are stored."""

from __future__ import annotations

from enum import StrEnum

from app.printing import DOCUMENT_PRINTED

# The viewer's own rows (app.auditing.service).
VIEWED = "audit.view"
EXPORTED = "audit.export"

ACTION_LABELS: dict[str, str] = {
    "order.open": "开单",
    "order.edit": "修改工单",
    "order.status": "工单状态",
    "order.deliver": "交车",
    "order.cancel": "取消工单",
    "order.note": "工单备注",
    "order.lines_added": "追加项目",
    "order.estimate_approved": "客户确认报价",
    "mileage.odometer_changed": "更换仪表里程",
    "vehicle.add": "登记车辆",
    "vehicle.edit": "修改车辆",
    "vehicle.plate_moved": "车牌转移",
    "vehicle.import": "导入车辆",
    "vehicle.import_update": "导入更新车辆",
    "vehicle.import_mileage": "导入里程",
    "vehicle_model.add": "新增车型",
    "vehicle_model.edit": "修改车型",
    "customer.add": "登记客户",
    "customer.edit": "修改客户",
    "customer.import": "导入客户",
    "customer.import_update": "导入更新客户",
    "customer.export": "导出客户个人信息",
    "customer.anonymise": "匿名化客户",
    "import.vehicles": "导入客户车辆资料",
    "inspection.save": "保存检查单",
    "inspection.revise": "修订检查单",
    "inspection.sign": "客户签字",
    "inspection.decision": "客户决定",
    "inspection.delivery_check": "交车检查",
    "claim.create": "新建索赔",
    "claim.update": "修改索赔",
    "claim.submitted": "提交索赔",
    "claim.approved": "索赔批准",
    "claim.rejected": "索赔拒绝",
    "claim.paid": "索赔付款",
    "claim.draft": "索赔退回草稿",
    "part_tag.reissue": "重新生成旧件标签",
    "part_tag.reprint": "重印旧件标签",
    "return_box.open": "新开旧件箱",
    "return_box.ship": "旧件箱发运",
    "reminder.add": "新增提醒",
    "reminder.done": "提醒完成",
    "reminder.move": "提醒改期",
    "reminder.call": "提醒电话",
    "reminder.assign": "分配提醒",
    "reminder.follow_up": "跟进事项",
    "reminder.follow_up_call": "交车回访",
    "reminder.export": "导出通话清单",
    "complaint.open": "登记投诉",
    "complaint.assign": "指派投诉",
    "complaint.action": "投诉处理记录",
    "complaint.close": "投诉结案",
    "complaint.reopen": "重新打开投诉",
    "appointment.book": "新建预约",
    "appointment.move": "预约改期",
    "appointment.cancel": "取消预约",
    "appointment.confirm": "预约确认电话",
    "appointment.no_show_reason": "爽约原因",
    "appointment.arrive": "预约到店",
    "appointment.close_days": "标记爽约",
    DOCUMENT_PRINTED: "打印含客户信息的单据",
    "document.reprint": "重印单据",
    "print_job.cancel": "取消打印",
    "print_job.settle": "打印任务结算",
    "user.add": "新增用户",
    "user.set_active": "启用或停用用户",
    "user.set_role": "修改角色",
    "user.reset_password": "重置密码",
    "user.change_password": "修改密码",
    "user.login": "登录",
    "user.login_failed": "登录失败",
    "settings.set": "修改设置",
    "settings.set_secret": "修改保密设置",
    "backup.made": "数据备份",
    "backup.restored": "恢复备份",
    VIEWED: "查看审计日志",
    EXPORTED: "导出审计日志",
}


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


class AuditCategory(StrEnum):
    """What the viewer's 类别 filter offers: actions grouped by the records they concern."""

    ORDERS = "orders"
    VEHICLES = "vehicles"
    INSPECTION = "inspection"
    CLAIMS = "claims"
    REMINDERS = "reminders"
    COMPLAINTS = "complaints"
    APPOINTMENTS = "appointments"
    OUTPUTS = "outputs"
    USERS = "users"
    SETTINGS = "settings"
    BACKUP = "backup"
    AUDIT = "audit"


CATEGORY_LABELS: dict[AuditCategory, str] = {
    AuditCategory.ORDERS: "工单",
    AuditCategory.VEHICLES: "客户与车辆",
    AuditCategory.INSPECTION: "检查单",
    AuditCategory.CLAIMS: "索赔与旧件",
    AuditCategory.REMINDERS: "保养提醒",
    AuditCategory.COMPLAINTS: "投诉",
    AuditCategory.APPOINTMENTS: "预约",
    AuditCategory.OUTPUTS: "导出与打印",
    AuditCategory.USERS: "用户与登录",
    AuditCategory.SETTINGS: "设置",
    AuditCategory.BACKUP: "备份",
    AuditCategory.AUDIT: "审计日志的查看与导出",
}

# Each category: the prefixes of its actions (order.open ...), and for OUTPUTS the exports (any
# action naming an export, a customer's data export too) and the prints.
CATEGORY_PREFIXES: dict[AuditCategory, tuple[str, ...]] = {
    AuditCategory.ORDERS: ("order.", "mileage."),
    AuditCategory.VEHICLES: ("vehicle.", "vehicle_model.", "customer.", "import."),
    AuditCategory.INSPECTION: ("inspection.",),
    AuditCategory.CLAIMS: ("claim.", "part_tag.", "old_part.", "return_box."),
    AuditCategory.REMINDERS: ("reminder.",),
    AuditCategory.COMPLAINTS: ("complaint.",),
    AuditCategory.APPOINTMENTS: ("appointment.",),
    AuditCategory.OUTPUTS: ("document.", "print_job.", "part_tag.reprint"),
    AuditCategory.USERS: ("user.",),
    AuditCategory.SETTINGS: ("settings.",),
    AuditCategory.BACKUP: ("backup.",),
    AuditCategory.AUDIT: ("audit.",),
}
EXPORT_WORD = "export"  # OUTPUTS also takes every action with this in its name


def in_category(action: str, category: AuditCategory) -> bool:
    if category is AuditCategory.OUTPUTS and EXPORT_WORD in action:
        return True
    return action.startswith(CATEGORY_PREFIXES[category])


ENTITY_LABELS: dict[str, str] = {
    "repair_order": "工单",
    "vehicle": "车辆",
    "customer": "客户",
    "vehicle_model": "车型",
    "inspection": "检查单",
    "warranty_claim": "索赔单",
    "part_label": "旧件",
    "return_box": "旧件箱",
    "reminder": "提醒",
    "work_list": "通话清单",
    "complaint": "投诉",
    "appointment": "预约",
    "appointment_day": "预约日",
    "print_job": "打印任务",
    "user": "用户",
    "setting": "设置",
    "backup": "备份",
    "import": "导入文件",
    "audit_log": "审计日志",
}


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


# The fields of the before/after the program writes most, as the viewer names them; others show
# by their stored name.
FIELD_LABELS: dict[str, str] = {
    "status": "状态",
    "plate": "车牌",
    "vin": "车架号",
    "name": "姓名",
    "phones": "电话",
    "kind": "类别",
    "note": "备注",
    "reason": "原因",
    "text": "内容",
    "km": "里程",
    "mileage_in": "进厂里程",
    "mileage_out": "出厂里程",
    "ro_number": "工单号",
    "vehicle_id": "车辆",
    "customer_id": "客户",
    "owner_id": "车主",
    "model_id": "车型",
    "repair_order_id": "工单",
    "advisor_id": "服务顾问",
    "slot_at": "预约时段",
    "work_kind": "维修类别",
    "source": "预约来源",
    "phone": "电话",
    "confirmation": "确认结果",
    "no_show_reason": "爽约原因",
    "no_show": "爽约的预约",
    "job_type": "工单类型",
    "promised_at": "承诺交车",
    "estimate_fen": "预估金额（分）",
    "estimate_approved": "报价已确认",
    "username": "用户名",
    "display_name": "显示名",
    "role": "角色",
    "active": "启用",
    "assigned_to": "负责人",
    "resolution": "处理结果",
    "customer_satisfied": "客户满意",
    "closed_at": "结案时间",
    "replied_at": "回复时间",
    "reply_due_at": "回复期限",
    "channel": "渠道",
    "category": "类别",
    "description": "投诉内容",
    "outcome": "结果",
    "file": "文件",
    "tasks": "车辆数",
    "rows": "行数",
    "full_phones": "完整电话",
    "full_phone": "完整电话",
    "reference": "单号",
    "print_no": "打印次数",
    "filter": "筛选条件",
    "shown": "显示条数",
    "more": "还有更多",
    "colour": "颜色",
    "invoice_date": "开票日期",
    "delivery_date": "交车日期",
    "fuel_level": "油量",
    "customer_statement": "客户描述",
    "job_types": "维修类型",
    "is_appointment": "预约",
    "customer_waits": "客户等候",
    "brought_by": "送修人",
    "brought_by_phone": "送修人电话",
    "loan_car": "代步车",
    "total_fen": "合计（分）",
    "lines": "项目",
    "confirmed_warnings": "已确认的提示",
    "engine_no": "发动机号",
    "purchase_date": "购车日期",
    "inspection_due": "年检有效期至",
    "insurance_expires": "保险到期日",
    "value": "值",
}


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)

"""The app layer's vocabularies (roles, order statuses, job types, document kinds…) as shown.

The app keeps these labels in Chinese: they are also what the CLI prints and what printed
documents carry. The interface translates them where it shows them, in the "labels" context.
lupdate cannot read the values of the app's dicts, so they are listed below once more;
tests/ui/test_english.py fails when an app label is missing here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "labels"
# Between the items of a list ("保养、索赔"); English takes ", ".
SEPARATOR = QT_TRANSLATE_NOOP("labels", "、")


def tr_label(text: str) -> str:
    """An app-layer label in the interface language; a text not listed passes unchanged."""
    return QCoreApplication.translate(CONTEXT, text)


def joined(texts: Iterable[str]) -> str:
    """Labels as one list, each translated."""
    return tr_label(SEPARATOR).join(tr_label(t) for t in texts)


SOURCES = (
    # app.vehicles.READING_SOURCE_LABELS
    QT_TRANSLATE_NOOP("labels", "登记"),
    QT_TRANSLATE_NOOP("labels", "导入"),
    QT_TRANSLATE_NOOP("labels", "接车"),
    QT_TRANSLATE_NOOP("labels", "交车"),
    QT_TRANSLATE_NOOP("labels", "新车交付"),
    # app.roles.ROLE_LABELS
    QT_TRANSLATE_NOOP("labels", "服务顾问"),
    QT_TRANSLATE_NOOP("labels", "索赔员"),
    QT_TRANSLATE_NOOP("labels", "前台主管"),
    QT_TRANSLATE_NOOP("labels", "系统管理员"),
    # app.orders.status.STATUS_LABELS
    QT_TRANSLATE_NOOP("labels", "待派工"),
    QT_TRANSLATE_NOOP("labels", "维修中"),
    QT_TRANSLATE_NOOP("labels", "待料"),
    QT_TRANSLATE_NOOP("labels", "质检"),
    QT_TRANSLATE_NOOP("labels", "洗车"),
    QT_TRANSLATE_NOOP("labels", "待交车"),
    QT_TRANSLATE_NOOP("labels", "已交车"),
    QT_TRANSLATE_NOOP("labels", "已取消"),
    # app.orders.status.JobType (the stored values are these Chinese words)
    QT_TRANSLATE_NOOP("labels", "保养"),
    QT_TRANSLATE_NOOP("labels", "一般维修"),
    QT_TRANSLATE_NOOP("labels", "索赔"),
    QT_TRANSLATE_NOOP("labels", "事故"),
    QT_TRANSLATE_NOOP("labels", "钣喷"),
    QT_TRANSLATE_NOOP("labels", "内部"),
    # app.orders.status.PAYER_LABELS, LINE_KIND_LABELS, OTHER_COSTS
    QT_TRANSLATE_NOOP("labels", "客户"),
    QT_TRANSLATE_NOOP("labels", "厂家索赔"),
    QT_TRANSLATE_NOOP("labels", "保险"),
    QT_TRANSLATE_NOOP("labels", "工时"),
    QT_TRANSLATE_NOOP("labels", "配件"),
    QT_TRANSLATE_NOOP("labels", "其他"),
    QT_TRANSLATE_NOOP("labels", "拖车费"),
    QT_TRANSLATE_NOOP("labels", "备用车"),
    QT_TRANSLATE_NOOP("labels", "交通费用补偿"),
    QT_TRANSLATE_NOOP("labels", "其他费用"),
    # printing.profiles.KIND_LABELS, ORIENTATION_LABELS
    QT_TRANSLATE_NOOP("labels", "接车单"),
    QT_TRANSLATE_NOOP("labels", "环车检查单"),
    QT_TRANSLATE_NOOP("labels", "索赔申请单"),
    QT_TRANSLATE_NOOP("labels", "旧件标签"),
    QT_TRANSLATE_NOOP("labels", "旧件箱标签"),
    QT_TRANSLATE_NOOP("labels", "保修零配件月汇总"),
    QT_TRANSLATE_NOOP("labels", "保养提醒贴"),
    QT_TRANSLATE_NOOP("labels", "保养提醒函"),
    QT_TRANSLATE_NOOP("labels", "到期未来厂分析"),
    QT_TRANSLATE_NOOP("labels", "维修日报"),
    QT_TRANSLATE_NOOP("labels", "月度汇总"),
    QT_TRANSLATE_NOOP("labels", "打印测试页"),
    QT_TRANSLATE_NOOP("labels", "纵向"),
    QT_TRANSLATE_NOOP("labels", "横向"),
    # app.printing.status.STATUS_LABELS, FAILED_LABEL (PrintJobInfo.state_label)
    QT_TRANSLATE_NOOP("labels", "打印失败，待重试"),
    QT_TRANSLATE_NOOP("labels", "待打印"),
    QT_TRANSLATE_NOOP("labels", "正在打印"),
    QT_TRANSLATE_NOOP("labels", "已打印"),
    # app.warranty.periods.WARRANTY_LABELS, START_BASIS_LABELS
    QT_TRANSLATE_NOOP("labels", "整车质保"),
    QT_TRANSLATE_NOOP("labels", "三包有效期"),
    QT_TRANSLATE_NOOP("labels", "包修期"),
    QT_TRANSLATE_NOOP("labels", "动力电池质保"),
    QT_TRANSLATE_NOOP("labels", "交付日期"),
    QT_TRANSLATE_NOOP("labels", "开票日期"),
    QT_TRANSLATE_NOOP("labels", "购车日期"),
    QT_TRANSLATE_NOOP("labels", "年检有效期至"),
    QT_TRANSLATE_NOOP("labels", "保险到期日"),
    # app.vehicles.lookup.MATCH_LABELS
    QT_TRANSLATE_NOOP("labels", "车牌"),
    QT_TRANSLATE_NOOP("labels", "车架号"),
    QT_TRANSLATE_NOOP("labels", "工单号"),
    QT_TRANSLATE_NOOP("labels", "电话"),
    QT_TRANSLATE_NOOP("labels", "曾用车牌"),
    QT_TRANSLATE_NOOP("labels", "车牌（未输省份）"),
    QT_TRANSLATE_NOOP("labels", "车架号后几位"),
    QT_TRANSLATE_NOOP("labels", "姓名"),
    QT_TRANSLATE_NOOP("labels", "电话后四位"),
    QT_TRANSLATE_NOOP("labels", "姓名拼音首字母"),
    QT_TRANSLATE_NOOP("labels", "车牌开头"),
    QT_TRANSLATE_NOOP("labels", "姓名开头"),
    QT_TRANSLATE_NOOP("labels", "拼音首字母开头"),
    # app.reminders.REMINDER_KIND_LABELS
    QT_TRANSLATE_NOOP("labels", "首保"),
    QT_TRANSLATE_NOOP("labels", "定期保养"),
    QT_TRANSLATE_NOOP("labels", "质保到期"),
    QT_TRANSLATE_NOOP("labels", "年检"),
    QT_TRANSLATE_NOOP("labels", "保险续保"),
    QT_TRANSLATE_NOOP("labels", "未做项目回访"),
    QT_TRANSLATE_NOOP("labels", "流失召回"),
    QT_TRANSLATE_NOOP("labels", "交车回访"),
    # app.reminders.WORK_LIST_LABELS
    QT_TRANSLATE_NOOP("labels", "即将到期"),
    QT_TRANSLATE_NOOP("labels", "已逾期"),
    QT_TRANSLATE_NOOP("labels", "首保流失"),
    QT_TRANSLATE_NOOP("labels", "休眠客户"),
    QT_TRANSLATE_NOOP("labels", "流失客户"),
    # app.reminders.CALL_OUTCOME_LABELS
    QT_TRANSLATE_NOOP("labels", "已预约"),
    QT_TRANSLATE_NOOP("labels", "未到保养里程"),
    QT_TRANSLATE_NOOP("labels", "已在他处保养"),
    QT_TRANSLATE_NOOP("labels", "无人接听"),
    QT_TRANSLATE_NOOP("labels", "号码停机/空号"),
    QT_TRANSLATE_NOOP("labels", "关机"),
    QT_TRANSLATE_NOOP("labels", "稍后再联系"),
    QT_TRANSLATE_NOOP("labels", "客户拒绝"),
    QT_TRANSLATE_NOOP("labels", "车已卖"),
    QT_TRANSLATE_NOOP("labels", "已回访"),
    # app.reminders.SATISFACTION_LABELS (the follow-up call after delivery)
    QT_TRANSLATE_NOOP("labels", "很满意"),
    QT_TRANSLATE_NOOP("labels", "满意"),
    QT_TRANSLATE_NOOP("labels", "一般"),
    QT_TRANSLATE_NOOP("labels", "不满意"),
    QT_TRANSLATE_NOOP("labels", "很不满意"),
    # app.reminders.LOST_REASON_LABELS (其他 is listed above)
    QT_TRANSLATE_NOOP("labels", "车辆报废"),
    QT_TRANSLATE_NOOP("labels", "经常出差"),
    QT_TRANSLATE_NOOP("labels", "自己有修理厂"),
    QT_TRANSLATE_NOOP("labels", "对服务不满意"),
    QT_TRANSLATE_NOOP("labels", "在外省使用"),
    QT_TRANSLATE_NOOP("labels", "在其他店保养"),
    QT_TRANSLATE_NOOP("labels", "车已卖，新车主不详"),
    QT_TRANSLATE_NOOP("labels", "无有效联系方式"),
    # app.reminders.analysis.NOT_BACK_OPEN (a reason of 到期未来厂 beside the lost reasons)
    QT_TRANSLATE_NOOP("labels", "尚未回厂（仍在跟进）"),
    # app.vehicles.customers.CUSTOMER_KINDS
    QT_TRANSLATE_NOOP("labels", "个人"),
    QT_TRANSLATE_NOOP("labels", "单位"),
    # app.inspection: OUTLINE_VIEW_LABELS, MARK_KIND_LABELS, RATING_LABELS, DECISION_LABELS
    QT_TRANSLATE_NOOP("labels", "俯视"),
    QT_TRANSLATE_NOOP("labels", "前"),
    QT_TRANSLATE_NOOP("labels", "后"),
    QT_TRANSLATE_NOOP("labels", "左侧"),
    QT_TRANSLATE_NOOP("labels", "右侧"),
    QT_TRANSLATE_NOOP("labels", "划痕"),
    QT_TRANSLATE_NOOP("labels", "凹陷"),
    QT_TRANSLATE_NOOP("labels", "裂纹"),
    QT_TRANSLATE_NOOP("labels", "掉漆"),
    QT_TRANSLATE_NOOP("labels", "石击"),
    QT_TRANSLATE_NOOP("labels", "正常"),
    QT_TRANSLATE_NOOP("labels", "需尽快处理"),
    QT_TRANSLATE_NOOP("labels", "需立即处理"),
    QT_TRANSLATE_NOOP("labels", "客户同意"),
    QT_TRANSLATE_NOOP("labels", "客户暂不处理"),
    # app.inspection: WARNING_LIGHTS, ITEMS_IN_CAR, TYRE_POSITIONS, TYRE_STATES
    QT_TRANSLATE_NOOP("labels", "发动机故障灯"),
    QT_TRANSLATE_NOOP("labels", "ABS 故障灯"),
    QT_TRANSLATE_NOOP("labels", "安全气囊灯"),
    QT_TRANSLATE_NOOP("labels", "机油压力灯"),
    QT_TRANSLATE_NOOP("labels", "充电指示灯"),
    QT_TRANSLATE_NOOP("labels", "胎压报警灯"),
    QT_TRANSLATE_NOOP("labels", "制动系统灯"),
    QT_TRANSLATE_NOOP("labels", "备胎"),
    QT_TRANSLATE_NOOP("labels", "三角警示牌"),
    QT_TRANSLATE_NOOP("labels", "千斤顶"),
    QT_TRANSLATE_NOOP("labels", "灭火器"),
    QT_TRANSLATE_NOOP("labels", "随车工具"),
    QT_TRANSLATE_NOOP("labels", "左前"),
    QT_TRANSLATE_NOOP("labels", "右前"),
    QT_TRANSLATE_NOOP("labels", "左后"),
    QT_TRANSLATE_NOOP("labels", "右后"),
    QT_TRANSLATE_NOOP("labels", "磨损"),
    QT_TRANSLATE_NOOP("labels", "鼓包"),
    QT_TRANSLATE_NOOP("labels", "扎钉"),
    # app.claims: CLAIM_STATUS_LABELS, COVERAGE_LABELS, PIECE_STATE_LABELS, BOX_STATUS_LABELS,
    # PART_LIST_LABELS, and the default deduction reasons (DEFAULT_DEDUCTION_REASONS)
    QT_TRANSLATE_NOOP("labels", "草稿"),
    QT_TRANSLATE_NOOP("labels", "已提交"),
    QT_TRANSLATE_NOOP("labels", "已批准"),
    QT_TRANSLATE_NOOP("labels", "已拒绝"),
    QT_TRANSLATE_NOOP("labels", "已付款"),
    QT_TRANSLATE_NOOP("labels", "驱动电机质保"),
    QT_TRANSLATE_NOOP("labels", "配件质保"),
    QT_TRANSLATE_NOOP("labels", "待入库"),
    QT_TRANSLATE_NOOP("labels", "已入库"),
    QT_TRANSLATE_NOOP("labels", "已装箱"),
    QT_TRANSLATE_NOOP("labels", "已回运"),
    QT_TRANSLATE_NOOP("labels", "已验收"),
    QT_TRANSLATE_NOOP("labels", "已扣款"),
    QT_TRANSLATE_NOOP("labels", "已报废"),
    QT_TRANSLATE_NOOP("labels", "装箱中"),
    QT_TRANSLATE_NOOP("labels", "已发运"),
    QT_TRANSLATE_NOOP("labels", "已结案"),
    QT_TRANSLATE_NOOP("labels", "待回运"),
    QT_TRANSLATE_NOOP("labels", "逾期未回运"),
    QT_TRANSLATE_NOOP("labels", "可报废"),
    QT_TRANSLATE_NOOP("labels", "有索赔无旧件"),
    QT_TRANSLATE_NOOP("labels", "旧件无标签"),
    QT_TRANSLATE_NOOP("labels", "标签缺失"),
    QT_TRANSLATE_NOOP("labels", "标签损坏"),
    QT_TRANSLATE_NOOP("labels", "零件号不符"),
    QT_TRANSLATE_NOOP("labels", "缺件"),
    QT_TRANSLATE_NOOP("labels", "非原厂件"),
    QT_TRANSLATE_NOOP("labels", "包装破损"),
    QT_TRANSLATE_NOOP("labels", "超出质保期"),
    QT_TRANSLATE_NOOP("labels", "工时超标"),
    # app.reports: COMPLAINT_STATUS_LABELS, COMPLAINT_CHANNEL_LABELS, COMPLAINT_CATEGORY_LABELS,
    # ACTION_KIND_LABELS, REPLY_STATE_LABELS (those listed above are not again)
    QT_TRANSLATE_NOOP("labels", "待处理"),
    QT_TRANSLATE_NOOP("labels", "处理中"),
    QT_TRANSLATE_NOOP("labels", "到店"),
    QT_TRANSLATE_NOOP("labels", "来电"),
    QT_TRANSLATE_NOOP("labels", "厂家转办"),
    QT_TRANSLATE_NOOP("labels", "网络平台"),
    QT_TRANSLATE_NOOP("labels", "12315/消协"),
    QT_TRANSLATE_NOOP("labels", "维修质量"),
    QT_TRANSLATE_NOOP("labels", "等待时间"),
    QT_TRANSLATE_NOOP("labels", "收费价格"),
    QT_TRANSLATE_NOOP("labels", "服务态度"),
    QT_TRANSLATE_NOOP("labels", "配件供应"),
    QT_TRANSLATE_NOOP("labels", "车辆损伤或物品遗失"),
    QT_TRANSLATE_NOOP("labels", "联系客户"),
    QT_TRANSLATE_NOOP("labels", "处理措施"),
    QT_TRANSLATE_NOOP("labels", "指派"),
    QT_TRANSLATE_NOOP("labels", "结案"),
    QT_TRANSLATE_NOOP("labels", "重新打开"),
    QT_TRANSLATE_NOOP("labels", "待回复"),
    QT_TRANSLATE_NOOP("labels", "即将超时"),
    QT_TRANSLATE_NOOP("labels", "回复超时"),
    QT_TRANSLATE_NOOP("labels", "已按时回复"),
    # app.appointments: WORK_KIND_LABELS, BOOKING_STATE_LABELS, BOOKING_SOURCE_LABELS,
    # EVENT_KIND_LABELS, CONFIRM_OUTCOME_LABELS, NO_SHOW_REASON_LABELS, APPOINTMENT_STATUS_LABELS
    # (those listed above are not again); printing.profiles.KIND_LABELS' 预约单
    QT_TRANSLATE_NOOP("labels", "机修保养"),
    QT_TRANSLATE_NOOP("labels", "快修"),
    QT_TRANSLATE_NOOP("labels", "已迟到"),
    QT_TRANSLATE_NOOP("labels", "已到店"),
    QT_TRANSLATE_NOOP("labels", "爽约"),
    QT_TRANSLATE_NOOP("labels", "未到店"),
    QT_TRANSLATE_NOOP("labels", "柜台"),
    QT_TRANSLATE_NOOP("labels", "保养提醒"),
    QT_TRANSLATE_NOOP("labels", "预约"),
    QT_TRANSLATE_NOOP("labels", "改期"),
    QT_TRANSLATE_NOOP("labels", "取消"),
    QT_TRANSLATE_NOOP("labels", "确认"),
    QT_TRANSLATE_NOOP("labels", "爽约原因"),
    QT_TRANSLATE_NOOP("labels", "已确认"),
    QT_TRANSLATE_NOOP("labels", "未接通"),
    QT_TRANSLATE_NOOP("labels", "要改期"),
    QT_TRANSLATE_NOOP("labels", "要取消"),
    QT_TRANSLATE_NOOP("labels", "忘记了"),
    QT_TRANSLATE_NOOP("labels", "临时有事"),
    QT_TRANSLATE_NOOP("labels", "去了别家"),
    QT_TRANSLATE_NOOP("labels", "不需要了"),
    QT_TRANSLATE_NOOP("labels", "联系不上"),
    QT_TRANSLATE_NOOP("labels", "预约单"),
)

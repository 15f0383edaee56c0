"""The audit viewer's tables: the rows found (time, user, action, record, what changed) and one
row's fields before → after. The app's labels (actions, records, fields) shown in the interface
language (ui.labels_i18n, listed in ui/audit/labels.py)."""

from __future__ import annotations

from app.auditing import SYSTEM_NAME, AuditLine, FieldChange, entity_label
from ui.i18n import tr as _tr
from ui.labels_i18n import tr_label
from ui.table_model import Column, RowsModel

SUMMARY_COLUMN = 4
SHOWN_FIELDS = 3
CUT_AT = 24


def shown(text: str) -> str:
    """An app label in the interface language; one the translation does not know, as it is."""
    return tr_label(text) or text


def when(line: AuditLine) -> str:
    return line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def user_text(line: AuditLine) -> str:
    """The colleague's name as stored; the program's own rows as 系统 in the interface language."""
    return shown(SYSTEM_NAME) if line.user_id is None else line.user_name


def record_text(line: AuditLine) -> str:
    """工单 RO20261127-0001 with 工单 in the interface language."""
    head = entity_label(line.entity)
    if line.record_label.startswith(head):
        return shown(head) + line.record_label[len(head) :]
    return line.record_label


def value_shown(value: str | None) -> str:
    return _tr("（无）") if value is None else value


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CUT_AT else text[: CUT_AT - 1] + "…"


def change_text(change: FieldChange) -> str:
    name = shown(change.label)
    if change.before is None:
        return _tr("{0}：{1}").format(name, _cut(change.after or ""))
    return _tr("{0}：{1} → {2}").format(name, _cut(change.before), _cut(value_shown(change.after)))


def summary_text(line: AuditLine) -> str:
    """The first fields that changed, on one line: 状态：维修中 → 待交车；备注：…"""
    parts = [change_text(c) for c in line.changes[:SHOWN_FIELDS]]
    if len(line.changes) > SHOWN_FIELDS:
        parts.append(_tr("等 {0} 项").format(len(line.changes)))
    return _tr("；").join(parts)


class AuditModel(RowsModel[AuditLine]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(
            [
                Column(_tr("时间"), when),
                Column(_tr("用户"), user_text),
                Column(_tr("操作"), lambda r: shown(r.action_label)),
                Column(_tr("记录"), record_text),
                Column(_tr("修改内容"), summary_text),
            ],
            parent,
        )


class ChangesModel(RowsModel[FieldChange]):
    def __init__(self, parent: object = None) -> None:
        super().__init__(
            [
                Column(_tr("字段"), lambda c: shown(c.label)),
                Column(_tr("修改前"), lambda c: value_shown(c.before)),
                Column(_tr("修改后"), lambda c: value_shown(c.after)),
            ],
            parent,
        )

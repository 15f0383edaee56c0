"""The audit viewer (审计日志): reads the audit log (app.audit writes it, app.audit_chain chains it)
for the supervisor and the administrator (Permission.VIEW_AUDIT).

AuditLogService (services.audit_log, service.py): search(actor, AuditQuery, after=Cursor) ->
AuditPage of AuditLine newest first (the counter's local days, a user, a category or one action,
one record as the user names it, a text in the before or after), each with its FieldChange list
(only the fields that differ, values as stored) and a one-line summary; export(actor, query,
path) -> the rows as .xlsx; filters(actor) -> the users, categories and actions to choose from.
Its own use is audited (VIEWED once per filter and 30 minutes, EXPORTED every time).

Vocabularies (kinds.py): AuditCategory with CATEGORY_LABELS, ACTION_LABELS, ENTITY_LABELS,
FIELD_LABELS; DOCUMENT_PRINTED, the action of a first print of a document with a customer's name
or phone (app.printing writes it).
"""

from app.auditing.diff import FieldChange, changes, summary, value_text
from app.auditing.kinds import (
    ACTION_LABELS,
    CATEGORY_LABELS,
    ENTITY_LABELS,
    EXPORTED,
    FIELD_LABELS,
    VIEWED,
    AuditCategory,
    action_label,
    entity_label,
    field_label,
    in_category,
)
from app.auditing.records import RecordRef
from app.auditing.service import (
    MAX_EXPORT,
    PAGE_SIZE,
    SYSTEM_NAME,
    SYSTEM_USER,
    VIEW_SESSION,
    AuditLine,
    AuditLogService,
    AuditPage,
    AuditQuery,
    Colleague,
    Cursor,
    Filters,
    describe,
)
from app.printing import DOCUMENT_PRINTED

__all__ = [
    "ACTION_LABELS",
    "CATEGORY_LABELS",
    "DOCUMENT_PRINTED",
    "ENTITY_LABELS",
    "EXPORTED",
    "FIELD_LABELS",
    "MAX_EXPORT",
    "PAGE_SIZE",
    "SYSTEM_NAME",
    "SYSTEM_USER",
    "VIEWED",
    "VIEW_SESSION",
    "AuditCategory",
    "AuditLine",
    "AuditLogService",
    "AuditPage",
    "AuditQuery",
    "Colleague",
    "Cursor",
    "FieldChange",
    "Filters",
    "RecordRef",
    "action_label",
    "changes",
    "describe",
    "entity_label",
    "field_label",
    "in_category",
    "summary",
    "value_text",
]

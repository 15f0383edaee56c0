"""Handling complaints (投诉, docs/domain/complaints.md): record, assign, the log of what was said
and done, resolution and closing, reopening; the lists and one complaint with its log.

    services.complaints.record(actor, ComplaintInput(customer_id, vehicle_id, order_id, channel, ...))
    services.complaints.list_complaints(actor, ComplaintQuery(Scope.OPEN)) -> ComplaintPage (overdue first)
    services.complaints.add_action(actor, complaint_id, version, ActionInput(ActionKind.CONTACT, ...))
    services.complaints.close(actor, complaint_id, version, CloseInput(resolution, satisfied=True))

Who may do what: those who record complaints (RECORD_COMPLAINTS: the advisors, the supervisor,
the administrator) record them, read them, and log what they said or did on a complaint given
to them (or one they recorded that is given to nobody); those who handle them
(HANDLE_COMPLAINTS: the supervisor, the administrator) also assign, log on any, close, reopen
and set the reply deadline. Every change takes the version the caller saw (a stale one is a
Conflict, nothing written) and leaves an audit row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.clock import Clock, system_clock
from app.errors import FieldErrors, PermissionDenied, ValidationError
from app.orders import STATUS_LABELS, OrderStatus
from app.reports._complaint_rows import complaint_info, complaint_page, load_complaint
from app.reports.complaint_kinds import (
    COMPLAINT_STATUS_LABELS,
    HANDLING,
    ActionKind,
    ComplaintCategory,
    ComplaintChannel,
    ComplaintStatus,
)
from app.reports.complaint_records import (
    ActionInput,
    CloseInput,
    ComplaintInfo,
    ComplaintInput,
    ComplaintPage,
    ComplaintQuery,
    ComplaintRow,
    Handler,
    OrderChoice,
    Scope,
)
from app.reports.complaint_rules import RULES_KEY, ComplaintRules, clean_rules, read_rules, rules_to_json
from app.reports.complaints import MAX_DESCRIPTION, ComplaintBook
from app.roles import PERMISSIONS, ROLE_LABELS, Actor, Permission, Role, require
from app.settings import write_json
from app.uow import check_version, reading, unit_of_work
from app.users import authorize, display_names
from app.validation import refuse_unsafe_characters
from app.vehicles import LookupService
from app.wording import label, say
from db.models import Complaint, ComplaintAction, Customer, RepairOrder, User, Vehicle
from db.uow import Database

RECORD = Permission.RECORD_COMPLAINTS
HANDLE = Permission.HANDLE_COMPLAINTS
MAX_TEXT = 1000  # an entry of the log, a reason to reopen
LOOKUP_LIMIT = 100  # customers and cars a search text may stand for
ORDER_CHOICES = 20


def may_log(actor: Actor, row: ComplaintRow) -> bool:
    """Whether the actor may log what was said or done on the complaint: a handler on any, who
    records complaints on one given to them, or one they recorded that is given to nobody."""
    if row.status is ComplaintStatus.CLOSED:
        return False
    if actor.can(HANDLE):
        return True
    if not actor.can(RECORD) or actor.user_id is None:
        return False
    return row.assigned_to == actor.user_id or (row.assigned_to is None and row.opened_by_id == actor.user_id)


def _text(errors: FieldErrors, field: str, text: str, what: str, limit: int) -> str:
    cleaned = text.strip()
    if not cleaned:
        errors.add(ValidationError(field, say("请填写{what}", what=what)))
        return cleaned
    if len(cleaned) > limit:
        errors.add(ValidationError(field, say("{what}不能超过 {n} 个字", what=what, n=limit)))
        return cleaned
    try:
        refuse_unsafe_characters(field, cleaned, multiline=True)
    except ValidationError as e:
        errors.add(e)
    return cleaned


def _refuse_closed(row: Complaint) -> None:
    if row.status == ComplaintStatus.CLOSED.value:
        raise ValidationError("status", say("这条投诉已结案；如需继续处理，请先重新打开"))


class ComplaintService:
    def __init__(
        self,
        db: Database,
        lookup: LookupService,
        book: ComplaintBook | None = None,
        clock: Clock = system_clock,
    ) -> None:
        self._db, self._lookup, self._clock = db, lookup, clock
        self._book = book or ComplaintBook()

    # -- rules -------------------------------------------------------------------------------

    def rules(self, actor: Actor) -> ComplaintRules:
        require(actor, RECORD)
        with reading(self._db) as s:
            authorize(s, actor, RECORD)
            return read_rules(s)

    @announces(Change.SETTINGS, Change.COMPLAINTS)
    def set_rules(self, actor: Actor, rules: ComplaintRules) -> ComplaintRules:
        """The supervisor's: within how many hours a complaint gets its first reply (from the
        next complaint opened on; those open keep their deadline) and when the list warns."""
        require(actor, HANDLE)
        clean = clean_rules(rules)
        with unit_of_work(self._db) as s:
            authorize(s, actor, HANDLE)
            write_json(s, actor, RULES_KEY, rules_to_json(clean))
        return clean

    # -- reading -----------------------------------------------------------------------------

    def list_complaints(self, actor: Actor, query: ComplaintQuery | None = None) -> ComplaintPage:
        """Open complaints: those not answered first, the nearest (or most overdue) deadline
        first; every complaint: the newest first. The text finds the customer or the car as the
        counter's lookup does (plate, VIN, phone, name, RO number)."""
        require(actor, RECORD)
        query = query or ComplaintQuery()
        customers: set[int] | None = None
        vehicles: set[int] | None = None
        text = query.text.strip()
        if text:
            hits = self._lookup.search(actor, text, LOOKUP_LIMIT)
            customers = {h.customer_id for h in hits}
            vehicles = {h.vehicle_id for h in hits if h.vehicle_id is not None}
        now = self._clock()
        with reading(self._db) as s:
            actor = authorize(s, actor, RECORD)
            return complaint_page(s, query, actor.user_id, customers, vehicles, now, read_rules(s))

    def open_complaints(self, actor: Actor, mine: bool = False) -> ComplaintPage:
        return self.list_complaints(actor, ComplaintQuery(Scope.OPEN, mine=mine))

    def get(self, actor: Actor, complaint_id: int) -> ComplaintInfo:
        require(actor, RECORD)
        with reading(self._db) as s:
            authorize(s, actor, RECORD)
            return complaint_info(s, complaint_id, self._clock(), read_rules(s))

    def handlers(self, actor: Actor) -> tuple[Handler, ...]:
        """The active colleagues a complaint may be given to (who may record complaints)."""
        require(actor, RECORD)
        roles = [r.value for r in Role if RECORD in PERMISSIONS[r]]
        with reading(self._db) as s:
            authorize(s, actor, RECORD)
            users = s.scalars(
                select(User).where(User.active, User.role.in_(roles)).order_by(User.display_name, User.id)
            )
            return tuple(Handler(u.id, u.display_name, ROLE_LABELS[Role(u.role)]) for u in users)

    def orders_of(self, actor: Actor, vehicle_id: int) -> tuple[OrderChoice, ...]:
        """The car's latest orders, the newest first: which visit the complaint is about."""
        require(actor, RECORD)
        with reading(self._db) as s:
            authorize(s, actor, RECORD)
            orders = s.scalars(
                select(RepairOrder)
                .where(RepairOrder.vehicle_id == vehicle_id)
                .order_by(RepairOrder.opened_at.desc(), RepairOrder.id.desc())
                .limit(ORDER_CHOICES)
            ).all()
            names = display_names(s, [o.advisor_id for o in orders])
            return tuple(
                OrderChoice(
                    id=o.id,
                    ro_number=o.ro_number,
                    opened_at=o.opened_at,
                    status_label=STATUS_LABELS[OrderStatus(o.status)],
                    advisor=names.get(o.advisor_id, ""),
                )
                for o in orders
            )

    def _info(self, s: Session, complaint_id: int) -> ComplaintInfo:
        s.flush()
        return complaint_info(s, complaint_id, self._clock(), read_rules(s))

    # -- recording ---------------------------------------------------------------------------

    @announces(Change.COMPLAINTS)
    def record(self, actor: Actor, data: ComplaintInput) -> ComplaintInfo:
        """A new complaint: the customer (found by the lookup), the car and the visit it is about
        if any, how it came, what it is about and what happened; its reply due from now."""
        require(actor, RECORD)
        errors = FieldErrors()
        channel: object = data.channel  # a caller may pass what is not one (None from a form)
        category: object = data.category
        if not isinstance(channel, ComplaintChannel):
            errors.add(ValidationError("channel", say("请选择投诉渠道")))
        if not isinstance(category, ComplaintCategory):
            errors.add(ValidationError("category", say("请选择投诉类别")))
        description = _text(errors, "description", data.description, say("投诉内容"), MAX_DESCRIPTION)
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, RECORD)
            vehicle_id = self._check_links(s, errors, data)
            errors.raise_any()
            complaint_id = self._book.open_complaint(
                s,
                actor,
                customer_id=data.customer_id,
                vehicle_id=vehicle_id,
                repair_order_id=data.repair_order_id,
                description=description,
                channel=data.channel,
                now=now,
                category=data.category,
            )
            return self._info(s, complaint_id)

    @staticmethod
    def _check_links(s: Session, errors: FieldErrors, data: ComplaintInput) -> int | None:
        """The car of the complaint: the one given, else the order's."""
        if s.get(Customer, data.customer_id) is None:
            errors.add(ValidationError("customer", say("请先查找并选择投诉的客户")))
        vehicle_id = data.vehicle_id
        if vehicle_id is not None and s.get(Vehicle, vehicle_id) is None:
            errors.add(ValidationError("vehicle", say("车辆 {vehicle_id} 不存在", vehicle_id=vehicle_id)))
        if data.repair_order_id is not None:
            order = s.get(RepairOrder, data.repair_order_id)
            if order is None:
                errors.add(ValidationError("repair_order", say("所选工单不存在")))
            elif vehicle_id is None:
                vehicle_id = order.vehicle_id
            elif order.vehicle_id != vehicle_id:
                errors.add(ValidationError("repair_order", say("所选工单不是这辆车的工单")))
        return vehicle_id

    # -- handling ----------------------------------------------------------------------------

    def _load(self, s: Session, complaint_id: int, version: int) -> Complaint:
        row = load_complaint(s, complaint_id)
        check_version(row, version)
        return row

    @staticmethod
    def _log(s: Session, actor: Actor, row: Complaint, kind: ActionKind, text: str, now: dt.datetime) -> None:
        s.add(ComplaintAction(complaint_id=row.id, at=now, user_id=actor.user_id, kind=kind.value, text=text))
        row.updated_at = now  # the complaint's version moves with every entry of its log

    @announces(Change.COMPLAINTS)
    def assign(self, actor: Actor, complaint_id: int, version: int, user_id: int | None) -> ComplaintInfo:
        """Gives the complaint to a colleague who records complaints (None: to nobody)."""
        require(actor, HANDLE)
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, HANDLE)
            row = self._load(s, complaint_id, version)
            _refuse_closed(row)
            name = ""
            if user_id is not None:
                user = s.get(User, user_id)
                if user is None or not user.active or RECORD not in PERMISSIONS[Role(user.role)]:
                    raise ValidationError("assigned_to", say("只能指派给在职的服务顾问、前台主管或管理员"))
                name = user.display_name
            if row.assigned_to == user_id:
                return self._info(s, complaint_id)
            before = row.assigned_to
            row.assigned_to = user_id
            self._log(s, actor, row, ActionKind.ASSIGN, name, now)
            s.flush()
            audit.record(
                s,
                actor,
                "complaint.assign",
                "complaint",
                row.id,
                {"assigned_to": before},
                {"assigned_to": user_id},
            )
            return self._info(s, complaint_id)

    @announces(Change.COMPLAINTS)
    def add_action(self, actor: Actor, complaint_id: int, version: int, action: ActionInput) -> ComplaintInfo:
        """What was said to the customer or done about it; the first such entry is the reply the
        deadline asks for (open -> in progress)."""
        require(actor, RECORD)
        errors = FieldErrors()
        if action.kind not in HANDLING:
            errors.add(ValidationError("kind", say("请选择联系客户或处理措施")))
        text = _text(errors, "text", action.text, say("处理内容"), MAX_TEXT)
        errors.raise_any()
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, RECORD)
            row = self._load(s, complaint_id, version)
            _refuse_closed(row)
            self._may_log(s, actor, row)
            before = {"status": row.status, "replied_at": row.replied_at}
            if row.replied_at is None:
                row.replied_at = now
            row.status = ComplaintStatus.IN_PROGRESS.value
            self._log(s, actor, row, action.kind, text, now)
            s.flush()
            audit.record(
                s, actor, "complaint.action", "complaint", row.id, before,
                {"status": row.status, "replied_at": row.replied_at, "kind": action.kind.value, "text": text},
            )  # fmt: skip
            return self._info(s, complaint_id)

    def _may_log(self, s: Session, actor: Actor, row: Complaint) -> None:
        if actor.can(HANDLE) or actor.user_id is None:
            return
        if row.assigned_to == actor.user_id or (row.assigned_to is None and row.opened_by == actor.user_id):
            return
        if row.assigned_to is not None:
            who = display_names(s, [row.assigned_to]).get(row.assigned_to, "")
            raise PermissionDenied(say("这条投诉由{name}负责，只有负责人或前台主管可以记录处理", name=who))
        raise PermissionDenied(say("这条投诉尚未指派；只有登记人或前台主管可以记录处理"))

    @announces(Change.COMPLAINTS)
    def close(self, actor: Actor, complaint_id: int, version: int, data: CloseInput) -> ComplaintInfo:
        """Closes the complaint with its resolution and whether the customer accepted it."""
        require(actor, HANDLE)
        errors = FieldErrors()
        resolution = _text(errors, "resolution", data.resolution, say("处理结果"), MAX_DESCRIPTION)
        if not isinstance(data.satisfied, bool):
            errors.add(ValidationError("satisfied", say("请选择客户对处理结果是否满意")))
        errors.raise_any()
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, HANDLE)
            row = self._load(s, complaint_id, version)
            _refuse_closed(row)
            before = audit.snapshot(row, ("status", "resolution", "customer_satisfied", "closed_at"))
            row.status = ComplaintStatus.CLOSED.value
            row.resolution = resolution
            row.customer_satisfied = data.satisfied
            row.closed_at = now
            if row.replied_at is None:
                row.replied_at = now  # resolved on the spot: that was the reply
            self._log(s, actor, row, ActionKind.CLOSE, resolution, now)
            s.flush()
            audit.record(
                s, actor, "complaint.close", "complaint", row.id, before,
                audit.snapshot(row, ("status", "resolution", "customer_satisfied", "closed_at")),
            )  # fmt: skip
            return self._info(s, complaint_id)

    @announces(Change.COMPLAINTS)
    def reopen(self, actor: Actor, complaint_id: int, version: int, reason: str) -> ComplaintInfo:
        """A closed complaint open again (the customer is not done with it): the reason goes in
        its log, and it waits for a reply again, due within the dealer's hours from now."""
        require(actor, HANDLE)
        errors = FieldErrors()
        text = _text(errors, "reason", reason, say("重新打开的原因"), MAX_TEXT)
        errors.raise_any()
        now = self._clock()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, HANDLE)
            row = self._load(s, complaint_id, version)
            if row.status != ComplaintStatus.CLOSED.value:
                status = label(COMPLAINT_STATUS_LABELS[ComplaintStatus(row.status)])
                raise ValidationError("status", say("这条投诉{status}，无需重新打开", status=status))
            fields = ("status", "resolution", "customer_satisfied", "closed_at", "reply_due_at", "replied_at")
            before = audit.snapshot(row, fields)
            row.status = ComplaintStatus.OPEN.value
            row.resolution = ""
            row.customer_satisfied = None
            row.closed_at = None
            row.replied_at = None
            row.reply_due_at = now + read_rules(s).reply_within
            self._log(s, actor, row, ActionKind.REOPEN, text, now)
            s.flush()
            audit.record(
                s, actor, "complaint.reopen", "complaint", row.id, before, audit.snapshot(row, fields)
            )
            return self._info(s, complaint_id)

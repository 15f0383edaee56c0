"""Working the reminders (保养提醒): the lists of who is due, overdue, lapsing or lost, the calls
made with their outcomes, assigning tasks, and the dealer's rules for it all.

    services.reminders.work_list(actor, WorkList.OVERDUE, TaskFilter(...)) -> TaskPage
    services.reminders.log_call(actor, vehicle_id, CallInput(CallOutcome.BOOKED, booking_at=...))
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from app import audit
from app.changes import Change, announces
from app.clock import Clock, local_today, system_clock
from app.errors import NotFound, ValidationError
from app.reminders import calls
from app.reminders.analysis import Analysis, analyse, headline, tables
from app.reminders.calls import CallInput, CallResult, FollowUpInput, FollowUpResult
from app.reminders.kinds import (
    CALL_OUTCOME_LABELS,
    LOST_REASON_LABELS,
    SATISFACTION_LABELS,
    CallOutcome,
    LostReason,
    Satisfaction,
)
from app.reminders.papers import notice_days_changed
from app.reminders.ports import Complaints
from app.reminders.recompute import Recomputed
from app.reminders.recompute_all import plan_all, write_batch
from app.reminders.rules import RULES_KEY, ReminderRules, clean_rules, read_rules, rules_to_json
from app.reminders.worklist import (
    WORK_LIST_LABELS,
    Task,
    TaskFilter,
    TaskPage,
    WorkList,
    count_list,
    tasks_for,
    work_list,
)
from app.roles import Actor, Permission, Role, require
from app.settings import write_json
from app.spreadsheets import write_workbook
from app.uow import reading, unit_of_work
from app.users import authorize
from app.wording import say
from db.models import Reminder, ReminderContact, User
from db.uow import Database

PERMISSION = Permission.WORK_REMINDERS


def _calls_customers(actor: Actor) -> bool:
    """The service advisors make the reminder calls and see phones in full; the supervisor and
    the administrator, who read the lists, see them masked (138****5678)."""
    return actor.role is Role.ADVISOR


@dataclass(frozen=True)
class CallRecord:
    at: dt.datetime
    user: str
    outcome: CallOutcome
    outcome_label: str
    note: str
    callback_date: dt.date | None
    appointment_id: int | None
    lost_reason: str  # the label, when the call closed the task as lost
    satisfaction: str = ""  # a follow-up call's answer, as its label (很满意 ...)


class ReminderService:
    def __init__(self, db: Database, complaints: Complaints, clock: Clock = system_clock) -> None:
        self._db, self._complaints, self._clock = db, complaints, clock

    # -- rules -------------------------------------------------------------------------------

    def rules(self, actor: Actor) -> ReminderRules:
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return read_rules(s)

    @announces(Change.SETTINGS, Change.REMINDERS)  # new notice days move the paper reminders
    def set_rules(self, actor: Actor, rules: ReminderRules) -> ReminderRules:
        """The supervisor's: when to call and when a customer counts as lapsing or lost."""
        require(actor, Permission.RUN_REPORTS)
        clean = clean_rules(rules)
        with unit_of_work(self._db) as s:
            authorize(s, actor, Permission.RUN_REPORTS)
            before = read_rules(s)
            write_json(s, actor, RULES_KEY, rules_to_json(clean))
            notice_days_changed(s, actor, before, clean, self._clock())
        return clean

    def quiet_now(self, actor: Actor) -> bool:
        """Inside the hours when nobody is called (the list says so before a call)."""
        return self.rules(actor).quiet(self._clock().astimezone().time())

    # -- lists -------------------------------------------------------------------------------

    def work_list(
        self, actor: Actor, which: WorkList, filters: TaskFilter | None = None, *, counted: bool = True
    ) -> TaskPage:
        """The list's most urgent tasks; with counted=False its total is None when the page is
        full (count_list says it, a moment later)."""
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return work_list(
                s,
                which,
                local_today(self._clock),
                read_rules(s),
                filters or TaskFilter(),
                full_phones=_calls_customers(actor),
                counted=counted,
            )

    def count_list(self, actor: Actor, which: WorkList, filters: TaskFilter | None = None) -> int:
        """How many tasks the whole list has."""
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            return count_list(s, which, local_today(self._clock), read_rules(s), filters or TaskFilter())

    def task(self, actor: Actor, vehicle_id: int) -> Task:
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            found = tasks_for(s, [vehicle_id], local_today(self._clock), full_phones=_calls_customers(actor))
        if not found:
            raise NotFound(say("车辆 {vehicle_id} 不存在", vehicle_id=vehicle_id))
        return found[0]

    def calls_of(self, actor: Actor, vehicle_id: int) -> tuple[CallRecord, ...]:
        """Every call about the car, the newest first."""
        require(actor, PERMISSION)
        with reading(self._db) as s:
            authorize(s, actor, PERMISSION)
            rows = s.execute(
                select(ReminderContact, User.display_name, Reminder.lost_reason)
                .join(Reminder, Reminder.id == ReminderContact.reminder_id)
                .outerjoin(User, User.id == ReminderContact.user_id)
                .where(Reminder.vehicle_id == vehicle_id)
                .order_by(ReminderContact.at.desc(), ReminderContact.id.desc())
            ).all()
            out = []
            for contact, user, lost in rows:
                outcome = CallOutcome(contact.outcome)
                lost_label = ""
                if lost and outcome in (CallOutcome.REFUSED, *calls.LOSES):
                    lost_label = LOST_REASON_LABELS.get(LostReason(lost), lost)
                out.append(
                    CallRecord(
                        at=contact.at,
                        user=user or "",
                        outcome=outcome,
                        outcome_label=CALL_OUTCOME_LABELS[outcome],
                        note=contact.note,
                        callback_date=contact.callback_date,
                        appointment_id=contact.appointment_id,
                        lost_reason=lost_label,
                        satisfaction=SATISFACTION_LABELS[Satisfaction(contact.satisfaction)]
                        if contact.satisfaction
                        else "",
                    )
                )
            return tuple(out)

    # -- the supervisor's analysis and exports -----------------------------------------------

    def analysis(self, actor: Actor, period: str) -> Analysis:
        """到期未来厂 for a month (YYYY-MM)."""
        require(actor, Permission.RUN_REPORTS)
        with reading(self._db) as s:
            authorize(s, actor, Permission.RUN_REPORTS)
            return analyse(s, period, read_rules(s))

    def export_analysis(self, actor: Actor, period: str, path: Path) -> Analysis:
        """The analysis as a workbook: the headline, the figures with their formulas, the tables."""
        found = self.analysis(actor, period)
        rows: list[Sequence[object]] = [[say("到期未来厂分析"), found.period], []]
        rows += [[name, value] for name, value in headline(found)]
        rows += [[], [say("指标"), say("计算方法"), say("数值")]]
        rows += [[f.name, f.formula, f.value] for f in found.figures]
        for title, columns, body in tables(found):
            rows += [[], [title], list(columns), *body]
        write_workbook(path, found.period, rows)
        return found

    def export_work_list(
        self, actor: Actor, which: WorkList, path: Path, filters: TaskFilter | None = None
    ) -> int:
        """The list as a workbook for calling off the PC; customers' names and phones leave the
        program, so the export is recorded in the audit log. How many tasks were written."""
        page = self.work_list(actor, which, filters)
        header = [
            say("车牌"),
            say("车主"),
            say("电话"),
            say("车型"),
            say("事项"),
            say("下次联系"),
            say("上次通话"),
        ]
        rows: list[Sequence[object]] = [header]
        for t in page.tasks:
            reasons = "；".join(f"{r.label} {r.due_date.isoformat()}" for r in t.reasons)
            rows.append([t.plate, t.owner, t.phone, t.model, reasons, t.next_call, t.last_call])
        write_workbook(path, WORK_LIST_LABELS[which], rows)
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            after = {"file": path.name, "tasks": len(page.tasks), "full_phones": _calls_customers(actor)}
            audit.record(s, actor, "reminder.export", "work_list", which.value, None, after)
        return len(page.tasks)

    # -- writing -----------------------------------------------------------------------------

    @announces(Change.REMINDERS, Change.APPOINTMENTS)
    def log_call(self, actor: Actor, vehicle_id: int, call: CallInput) -> CallResult:
        require(actor, PERMISSION)
        now = self._clock()
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            return calls.log_call(s, actor, vehicle_id, call, read_rules(s), now)

    @announces(Change.REMINDERS, Change.COMPLAINTS)  # an unhappy answer opens a complaint
    def log_follow_up(self, actor: Actor, vehicle_id: int, answer: FollowUpInput) -> FollowUpResult:
        """The follow-up call after delivery: satisfied, or unhappy (a complaint is opened for the
        supervisor), or not reached (tried again tomorrow until the follow-up expires)."""
        require(actor, PERMISSION)
        now = self._clock()
        with unit_of_work(self._db) as s:
            authorize(s, actor, PERMISSION)
            return calls.log_follow_up(s, actor, vehicle_id, answer, read_rules(s), self._complaints, now)

    @announces(Change.REMINDERS)
    def recompute_all(self, actor: Actor) -> Recomputed:
        """Every open service reminder's due date from today's readings and rules (the supervisor's,
        after a rule or a model's interval changed). Worked out in a read, then written in short
        transactions; a reminder changed by another counter in between keeps what that said, and
        is counted as changed_meanwhile. A failed batch leaves the earlier ones written: each is a
        correct due date, and the next recompute finishes the rest."""
        require(actor, Permission.RUN_REPORTS)
        with reading(self._db) as s:  # worked out without the write lock: others keep saving
            authorize(s, actor, Permission.RUN_REPORTS)
            plan = plan_all(s, local_today(self._clock), read_rules(s))
        written = 0
        for batch in plan.batches():  # short writes, each holding the lock a moment
            with unit_of_work(self._db) as s:
                written += write_batch(s, batch)
        return Recomputed(plan.reminders, written, len(plan.moves) - written)

    @announces(Change.REMINDERS)
    def assign(self, actor: Actor, vehicle_ids: list[int], user_id: int | None) -> int:
        """Gives the cars' open reminders to a colleague (None: to nobody); how many changed."""
        require(actor, Permission.RUN_REPORTS)
        with unit_of_work(self._db) as s:
            authorize(s, actor, Permission.RUN_REPORTS)
            if user_id is not None:
                user = s.get(User, user_id)
                if user is None or not user.active:
                    raise ValidationError("assigned_to", say("该用户不存在或已停用"))
            rows = [r for vehicle_id in vehicle_ids for r in calls.task_reminders(s, vehicle_id)]
            for row in rows:
                row.assigned_to = user_id
            if rows:
                audit.record(
                    s, actor, "reminder.assign", "vehicle", ",".join(map(str, vehicle_ids))[:64], None,
                    {"reminders": [r.id for r in rows], "assigned_to": user_id},
                )  # fmt: skip
            return len(rows)

"""The inspection sheet of a repair order: the interview, the walk-around with its damage marks,
the multi-point checks and the customer's decisions on them.

- One sheet per order, saved whole with the version the form saw (a stale one is refused).
- Marks are numbered in the order they were placed (1, 2, ...); last visit's marks and readings
  come with the sheet, so the advisor sees what is new or worse.
- A measured item rates itself from its limits (templates.Limits); others are rated by hand.
- Printed for signatures, the sheet is locked (`sign`): a later save makes a new revision, and
  the audit log keeps what the signed revision said.
- A yellow or red item's recommendation is approved (it becomes a line of the order, in the same
  transaction) or deferred with a reason and a date (it becomes a follow-up, owned by reminders).
- At delivery, the handover check adds the damage found then (stage "delivery") with a note.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app import audit
from app.changes import Change, announces
from app.clock import Clock, local_today, system_clock
from app.errors import FieldErrors, NotFound, ValidationError
from app.inspection import _clean
from app.inspection.earlier import MAX_EARLIER, EarlierComplaint, earlier_complaint
from app.inspection.ports import FollowUps
from app.inspection.ratings import Decision, Rating
from app.inspection.records import CheckInput, CheckResult, InspectionSheet, MarkInfo, MarkInput, SheetInput
from app.inspection.templates import (
    CHECKS_KEY,
    QUESTIONS_KEY,
    CheckItem,
    Question,
    checks_from_json,
    checks_to_json,
    clean_checks,
    clean_questions,
    questions_from_json,
    questions_to_json,
)
from app.inspection.walkaround import ITEMS_IN_CAR, WARNING_LIGHTS
from app.orders import LineInput, OrderStatus, add_lines
from app.roles import Actor, Permission, require
from app.settings import read_json, write_json
from app.uow import check_version, reading, unit_of_work
from app.users import authorize
from app.wording import say
from db.models import DamageMark, Inspection, InspectionItem, RepairOrder
from db.uow import Database

INTAKE, DELIVERY = "intake", "delivery"
APPROVED_LINE_CODE = "MPI"  # the labour line an approved recommendation becomes


def _load_order(s: Session, order_id: int) -> RepairOrder:
    order = s.get(RepairOrder, order_id)
    if order is None:
        raise NotFound(say("工单 {order_id} 不存在", order_id=order_id))
    return order


def _inspection_of(s: Session, order_id: int) -> Inspection | None:
    return s.scalar(
        select(Inspection)
        .where(Inspection.repair_order_id == order_id)
        .options(selectinload(Inspection.items), selectinload(Inspection.marks))
    )


def _as_seen(s: Session, order_id: int, version: int) -> tuple[RepairOrder, Inspection | None]:
    """The order and its sheet, refused (Conflict) unless the sheet has the version the form saw."""
    order = _load_order(s, order_id)
    row = _inspection_of(s, order_id)
    check_version(row, version)
    return order, row


def _previous(s: Session, order: RepairOrder) -> Inspection | None:
    """The vehicle's inspection on its latest earlier order."""
    return s.scalar(
        select(Inspection)
        .join(RepairOrder, RepairOrder.id == Inspection.repair_order_id)
        .where(RepairOrder.vehicle_id == order.vehicle_id, RepairOrder.opened_at < order.opened_at)
        .order_by(RepairOrder.opened_at.desc())
        .limit(1)
        .options(selectinload(Inspection.items), selectinload(Inspection.marks))
    )


def _mark_info(m: DamageMark) -> MarkInfo:
    return MarkInfo(m.number, m.view, m.x, m.y, m.kind, m.note, m.stage, m.photo, m.photo_name)


def _marks(inspection: Inspection | None, stages: Sequence[str] = (INTAKE, DELIVERY)) -> tuple[MarkInfo, ...]:
    if inspection is None:
        return ()
    rows = [m for m in inspection.marks if m.stage in stages]
    return tuple(_mark_info(m) for m in sorted(rows, key=lambda m: (m.stage != INTAKE, m.number)))


def _rating(value: str | None) -> Rating | None:
    return Rating(value) if value in tuple(Rating) else None


def _results(
    items: Sequence[CheckItem], inspection: Inspection | None, previous: Inspection | None
) -> tuple[CheckResult, ...]:
    done = {i.code: i for i in inspection.items} if inspection else {}
    before = {i.code: i for i in previous.items} if previous else {}
    out = []
    for item in items:
        row, old = done.get(item.code), before.get(item.code)
        out.append(
            CheckResult(
                item=item,
                rating=_rating(row.rating) if row else None,
                reading=row.reading if row else None,
                note=row.note if row else "",
                recommendation=row.recommended_job if row else "",
                estimate_fen=row.estimate_fen if row else None,
                decision=Decision(row.decision) if row and row.decision in tuple(Decision) else None,
                decision_reason=row.decision_reason if row else "",
                deferred_until=row.deferred_until if row else None,
                order_line_id=row.order_line_id if row else None,
                previous_reading=old.reading if old else None,
                previous_rating=_rating(old.rating) if old else None,
            )
        )
    return tuple(out)


def _earlier_complaints(s: Session, order: RepairOrder) -> tuple[EarlierComplaint, ...]:
    """This vehicle's earlier orders' statements, newest first, with the categories they match."""
    rows = s.execute(
        select(RepairOrder.ro_number, RepairOrder.opened_at, RepairOrder.customer_statement)
        .where(
            RepairOrder.vehicle_id == order.vehicle_id,
            RepairOrder.opened_at < order.opened_at,
            RepairOrder.customer_statement != "",
        )
        .order_by(RepairOrder.opened_at.desc())
        .limit(MAX_EARLIER)
    )
    return tuple(earlier_complaint(number, opened, text) for number, opened, text in rows)


def _snapshot(row: Inspection) -> dict[str, object]:
    """What the audit keeps of a revision (photos by name only)."""
    return {
        "revision": row.revision,
        "customer_words": row.symptom,
        "answers": json.loads(row.answers_json),
        "warning_lights": json.loads(row.warning_lights_json),
        "tyres": json.loads(row.tyres_json),
        "items_in_car": json.loads(row.items_in_car_json),
        "flags": [row.valuables_reminded, row.keep_old_parts, row.wash, row.customer_waits],
        "marks": [
            [m.number, m.stage, m.view, round(m.x, 4), round(m.y, 4), m.kind, m.note, m.photo_name]
            for m in row.marks
        ],
        "checks": [
            [i.code, i.rating, i.reading, i.note, i.recommended_job, i.estimate_fen, i.decision]
            for i in row.items
        ],
    }


class InspectionService:
    def __init__(self, db: Database, follow_ups: FollowUps, clock: Clock = system_clock) -> None:
        self._db = db
        self._follow_ups = follow_ups
        self._clock = clock

    # ------------------------------------------------------------------ the dealer's lists
    def questions(self, actor: Actor) -> tuple[Question, ...]:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            return questions_from_json(read_json(s, QUESTIONS_KEY))

    def check_items(self, actor: Actor) -> tuple[CheckItem, ...]:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            return checks_from_json(read_json(s, CHECKS_KEY))

    @announces(Change.SETTINGS)
    def set_lists(
        self, actor: Actor, questions: Sequence[Question], items: Sequence[CheckItem]
    ) -> tuple[tuple[Question, ...], tuple[CheckItem, ...]]:
        """Both lists at once, in one transaction: every mistake in either is said together."""
        require(actor, Permission.EDIT_INSPECTION_TEMPLATES)
        errors = FieldErrors()
        no_questions: tuple[Question, ...] = ()
        no_items: tuple[CheckItem, ...] = ()
        cleaned_questions = errors.check(lambda: clean_questions(questions), no_questions)
        cleaned_items = errors.check(lambda: clean_checks(items), no_items)
        errors.raise_any()
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_INSPECTION_TEMPLATES)
            write_json(s, actor, QUESTIONS_KEY, questions_to_json(cleaned_questions))
            write_json(s, actor, CHECKS_KEY, checks_to_json(cleaned_items))
        return cleaned_questions, cleaned_items

    # ------------------------------------------------------------------------- the sheet
    def sheet(self, actor: Actor, order_id: int) -> InspectionSheet:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            return self._sheet(s, _load_order(s, order_id))

    def _sheet(self, s: Session, order: RepairOrder) -> InspectionSheet:
        row = _inspection_of(s, order.id)
        previous = _previous(s, order)
        items = checks_from_json(read_json(s, CHECKS_KEY))
        loads = json.loads
        return InspectionSheet(
            order_id=order.id,
            ro_number=order.ro_number,
            vehicle_id=order.vehicle_id,
            order_open=order.status not in (OrderStatus.DELIVERED, OrderStatus.CANCELLED),
            version=row.version if row else 0,
            revision=row.revision if row else 1,
            signed_at=row.signed_at if row else None,
            customer_words=row.symptom if row else order.customer_statement,
            answers=loads(row.answers_json) if row else {},
            questions=questions_from_json(read_json(s, QUESTIONS_KEY)),
            warning_lights=tuple(loads(row.warning_lights_json)) if row else (),
            tyres=loads(row.tyres_json) if row else {},
            items_in_car=tuple(loads(row.items_in_car_json)) if row else (),
            valuables_reminded=row.valuables_reminded if row else False,
            keep_old_parts=row.keep_old_parts if row else False,
            wash=row.wash if row else False,
            customer_waits=row.customer_waits if row else order.customer_waits,
            marks=_marks(row),
            previous_marks=_marks(previous),
            checks=_results(items, row, previous),
            delivery_checked_at=row.delivery_checked_at if row else None,
            delivery_note=row.delivery_note if row else "",
            earlier_complaints=_earlier_complaints(s, order),
        )

    @announces(Change.ORDERS)
    def save(self, actor: Actor, order_id: int, version: int, data: SheetInput) -> InspectionSheet:
        """Saves the whole sheet (version 0 for the first save); a signed sheet gets a new revision."""
        require(actor, Permission.RECEIVE_VEHICLES)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            order = _load_order(s, order_id)
            if order.status == OrderStatus.CANCELLED:
                raise ValidationError(
                    "order", say("工单 {ro_number} 已取消，不能填写检查单", ro_number=order.ro_number)
                )
            questions = questions_from_json(read_json(s, QUESTIONS_KEY))
            items = {i.code: i for i in checks_from_json(read_json(s, CHECKS_KEY))}
            errors = FieldErrors()
            words = errors.check(
                lambda: _clean.clean_text("customer_words", data.customer_words, _clean.MAX_WORDS, True), ""
            )
            answers = _clean.clean_answers(data.answers, {q.code for q in questions}, errors)
            lights = _clean.clean_choices("warning_lights", data.warning_lights, WARNING_LIGHTS, errors)
            things = _clean.clean_choices("items_in_car", data.items_in_car, ITEMS_IN_CAR, errors)
            tyres = _clean.clean_tyres(data.tyres, errors)
            marks = _clean.clean_marks(data.marks, errors)
            checks = _clean.clean_checks_input(data.checks, items, errors)
            errors.raise_any()
            row = _inspection_of(s, order_id)
            if row is not None or version:  # version 0: the form saw no sheet yet
                check_version(row, version)
            before = None if row is None else _snapshot(row)
            if row is None:
                row = Inspection(repair_order_id=order_id)
                s.add(row)
            revising = row.signed_at is not None
            row.symptom = words
            row.answers_json = json.dumps(answers, ensure_ascii=False)
            row.warning_lights_json = json.dumps(list(lights), ensure_ascii=False)
            row.tyres_json = json.dumps(tyres, ensure_ascii=False)
            row.items_in_car_json = json.dumps(list(things), ensure_ascii=False)
            row.valuables_reminded, row.keep_old_parts = data.valuables_reminded, data.keep_old_parts
            row.wash, row.customer_waits = data.wash, data.customer_waits
            self._set_marks(row, marks, INTAKE)
            self._set_checks(row, checks, items)
            if revising:
                row.revision += 1
                row.signed_at = None
            row.updated_at = self._clock()
            s.flush()
            after = _snapshot(row)
            if after != before:
                action = "inspection.revise" if revising else "inspection.save"
                audit.record(
                    s, actor, action, "inspection", row.id, before, after | {"ro_number": order.ro_number}
                )
            return self._sheet(s, order)

    @staticmethod
    def _set_marks(row: Inspection, marks: Sequence[MarkInput], stage: str) -> None:
        kept = [m for m in row.marks if m.stage != stage]
        row.marks = kept + [
            DamageMark(
                view=m.view,
                x=m.x,
                y=m.y,
                kind=m.kind,
                note=m.note,
                number=n,
                stage=stage,
                photo=m.photo,
                photo_name=m.photo_name,
            )
            for n, m in enumerate(marks, start=1)
        ]

    @staticmethod
    def _set_checks(row: Inspection, checks: Sequence[CheckInput], items: dict[str, CheckItem]) -> None:
        """Rates measured items from their limits; keeps a decision while its rating stands."""
        current = {i.code: i for i in row.items}
        order = {code: n for n, code in enumerate(items)}  # the template's order, however sent
        out = []
        for c in sorted(checks, key=lambda c: order[c.code]):
            item, position = items[c.code], order[c.code]
            rating = (
                item.limits.rate(c.reading) if item.limits and c.reading is not None else _rating(c.rating)
            )
            if rating is None and c.reading is None and not c.note:
                continue
            old = current.get(c.code) or InspectionItem(code=c.code)
            old.name, old.group_name, old.unit = item.name, item.group, item.unit
            changed = old.rating != (rating.value if rating else "") or not c.recommendation
            if changed and old.order_line_id is None:  # an approval already on the order stands
                old.decision, old.decision_reason, old.deferred_until = None, "", None
            old.rating = rating.value if rating else ""
            old.reading, old.note = c.reading, c.note
            old.recommended_job, old.estimate_fen = c.recommendation, c.estimate_fen
            old.position = position
            out.append(old)
        row.items = out

    @announces(Change.ORDERS, Change.REMINDERS)
    def decide(
        self,
        actor: Actor,
        order_id: int,
        version: int,
        code: str,
        decision: Decision,
        reason: str = "",
        until: dt.date | None = None,
    ) -> InspectionSheet:
        """The customer's answer to one recommendation: approved (a line of the order) or deferred
        (with a reason and a date: a follow-up call)."""
        require(actor, Permission.RECEIVE_VEHICLES)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            order, row = _as_seen(s, order_id, version)
            assert row is not None
            item = next((i for i in row.items if i.code == code), None)
            if item is None or item.rating not in (Rating.YELLOW, Rating.RED):
                raise ValidationError("decision", say("只有需尽快或需立即处理的项目需要客户决定"))
            if item.order_line_id is not None:
                raise ValidationError("decision", say("“{name}”已加入工单", name=item.name))
            if not item.recommended_job:
                raise ValidationError("decision", say("请先填写“{name}”的建议维修项目", name=item.name))
            now = self._clock()
            before = {"decision": item.decision, "until": item.deferred_until, "reason": item.decision_reason}
            if decision == Decision.APPROVED:
                self._approve(s, actor, order, item, now)
            else:
                self._defer(s, actor, order, item, reason, until)
            row.updated_at = now
            s.flush()
            audit.record(
                s,
                actor,
                "inspection.decision",
                "inspection",
                row.id,
                before | {"item": code},
                {
                    "decision": item.decision,
                    "until": item.deferred_until,
                    "reason": item.decision_reason,
                    "item": code,
                },
            )
            return self._sheet(s, order)

    @staticmethod
    def _approve(
        s: Session, actor: Actor, order: RepairOrder, item: InspectionItem, now: dt.datetime
    ) -> None:
        if item.estimate_fen is None:
            raise ValidationError("estimate_fen", say("请先填写“{name}”的估价", name=item.name))
        # The estimate becomes one labour line (1 h at the estimate) the advisor can refine on the order.
        line = LineInput(
            "labour", item.recommended_job, APPROVED_LINE_CODE, hours=1, rate_fen=item.estimate_fen
        )
        added = add_lines(s, actor, order.id, [line], now, {"from_inspection_item": item.code})
        item.decision, item.decision_reason, item.deferred_until = Decision.APPROVED, "", None
        item.order_line_id = added[0].id

    def _defer(
        self,
        s: Session,
        actor: Actor,
        order: RepairOrder,
        item: InspectionItem,
        reason: str,
        until: dt.date | None,
    ) -> None:
        errors = FieldErrors()
        why = errors.check(lambda: _clean.clean_text("reason", reason, _clean.MAX_NOTE), "")
        if not why:
            errors.add(ValidationError("reason", say("请填写客户暂缓的原因")))
        if until is None or until <= local_today(self._clock):
            errors.add(ValidationError("until", say("请选择今天以后的回访日期")))
        errors.raise_any()
        assert until is not None
        item.decision, item.decision_reason, item.deferred_until = Decision.DECLINED, why, until
        s.flush()
        self._follow_ups.defer_item(
            s,
            actor,
            vehicle_id=order.vehicle_id,
            customer_id=order.customer_id,
            item_id=item.id,
            until=until,
            note=f"{order.ro_number} {item.name}：{item.recommended_job}（{why}）",
        )

    @announces(Change.ORDERS)
    def sign(self, actor: Actor, order_id: int, version: int) -> InspectionSheet:
        """Printed for signatures: the sheet is locked (a later save makes a new revision)."""
        require(actor, Permission.RECEIVE_VEHICLES)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            order, row = _as_seen(s, order_id, version)
            if row is None:
                raise ValidationError("inspection", say("请先保存检查单"))
            if row.signed_at is None:
                row.signed_at = self._clock()
                s.flush()
                audit.record(
                    s, actor, "inspection.sign", "inspection", row.id, None, {"revision": row.revision}
                )
            return self._sheet(s, order)

    @announces(Change.ORDERS)
    def delivery_check(
        self, actor: Actor, order_id: int, version: int, new_damage: Sequence[MarkInput], note: str
    ) -> InspectionSheet:
        """The handover check: damage found at delivery, beside what was marked at intake."""
        require(actor, Permission.RECEIVE_VEHICLES)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            order, row = _as_seen(s, order_id, version)
            if row is None:
                raise ValidationError("inspection", say("接车时没有做环车检查，无法对照交车"))
            errors = FieldErrors()
            marks = _clean.clean_marks(new_damage, errors)
            text = errors.check(lambda: _clean.clean_text("delivery_note", note, _clean.MAX_WORDS, True), "")
            errors.raise_any()
            self._set_marks(row, marks, DELIVERY)
            row.delivery_checked_at, row.delivery_note = self._clock(), text
            s.flush()
            audit.record(
                s,
                actor,
                "inspection.delivery_check",
                "inspection",
                row.id,
                None,
                {"new_damage": len(marks), "note": text, "ro_number": order.ro_number},
            )
            return self._sheet(s, order)

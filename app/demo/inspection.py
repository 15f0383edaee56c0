"""The intake interview, walk-around marks and multi-point check of a demo repair order."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.demo import catalogue as cat
from app.demo.lines import fits
from app.demo.state import R_DONE, R_OPEN, REMINDER_STATUS, Context
from app.demo.timebase import DAY, HOUR
from app.inspection import Decision, Rating
from app.orders import JobType
from app.reminders import CallOutcome, ReminderKind

if TYPE_CHECKING:
    from app.demo.orders import Visit

DECLINED_FOLLOW_UP_DAYS = {Rating.YELLOW: 30, Rating.RED: 7}
# How the one follow-up call about a declined item ended.
_FOLLOW_UP_OUTCOMES = (
    CallOutcome.CALL_LATER,
    CallOutcome.NOT_DUE,
    CallOutcome.REFUSED,
    CallOutcome.NO_ANSWER,
)
_CHECK_ITEMS = 8


@dataclass
class InspectionResult:
    approved_jobs: list[cat.Job] = field(default_factory=list)


def _applies(spec: cat.ModelSpec, scope: str) -> bool:
    if scope == "ice":
        return spec.energy != "bev"
    if scope == "ev":
        return spec.is_nev
    return True


def _rating(ctx: Context) -> Rating:
    roll = ctx.rng.random()
    if roll < 0.86:
        return Rating.GREEN
    return Rating.YELLOW if roll < 0.97 else Rating.RED


def write_inspection(ctx: Context, visit: Visit, spec: cat.ModelSpec, ro_id: int, km: int,
                     fault: cat.WarrantyFault | None, wash: bool) -> InspectionResult:  # fmt: skip
    rng, w, tb = ctx.rng, ctx.writer, ctx.tb
    result = InspectionResult()
    kinds = visit.kinds
    if JobType.INTERNAL in kinds or rng.random() > 0.9:
        return result
    repair_like = fault is not None or JobType.REPAIR in kinds
    damage = JobType.ACCIDENT in kinds or JobType.BODY_PAINT in kinds
    iid = w.next_id("inspections")
    lights = ["engine"] if fault is not None and fault.fault_code.startswith("P0") else []
    present = [x for x in cat.ITEMS_IN_CAR if rng.random() < 0.85]
    w.add(
        "inspections",
        {
            "id": iid,
            "repair_order_id": ro_id,
            "symptom": fault.statement if fault is not None else "",
            "since": rng.choice(cat.SINCE) if repair_like else "",
            "frequency": rng.choice(cat.FREQUENCY) if repair_like else "",
            "conditions_json": json.dumps(
                rng.choice(cat.CONDITIONS) if repair_like else {}, ensure_ascii=False
            ),
            "location": rng.choice(cat.LOCATIONS) if repair_like else "",
            "earlier_repairs": "",
            "warning_lights_json": json.dumps(lights),
            "tyres_json": json.dumps({p: round(rng.uniform(2.5, 8.0), 1) for p in ("FL", "FR", "RL", "RR")}),
            "items_in_car_json": json.dumps(present),
            "valuables_reminded": True,
            "keep_old_parts": fault is not None or rng.random() < 0.15,
            "wash": wash,
            "created_at": tb.utc(visit.at),
            "updated_at": tb.utc(visit.at),
            "version": 1,
        },
    )
    if damage or rng.random() < 0.08:
        for _ in range(rng.randint(3, 6) if damage else rng.randint(1, 2)):
            kind = rng.choice(cat.DAMAGE_KINDS)
            w.add(
                "damage_marks",
                {
                    "id": w.next_id("damage_marks"),
                    "inspection_id": iid,
                    "view": rng.choice(cat.DAMAGE_VIEWS),
                    "x": round(rng.uniform(0.1, 0.9), 3),
                    "y": round(rng.uniform(0.1, 0.9), 3),
                    "kind": kind,
                    "note": cat.DAMAGE_NOTES[kind],
                },
            )
    if JobType.MAINTENANCE in kinds:
        _check_items(ctx, visit, spec, iid, km, result)
    return result


def _check_items(ctx: Context, visit: Visit, spec: cat.ModelSpec, iid: int, km: int,
                 result: InspectionResult) -> None:  # fmt: skip
    rng, w = ctx.rng, ctx.writer
    items = [c for c in cat.CHECKLIST if _applies(spec, c[3])][:_CHECK_ITEMS]
    for pos, (code, name, repair, _) in enumerate(items, start=1):
        rating = _rating(ctx)
        job = cat.REPAIRS.get(repair) if repair else None
        if job is not None and not fits(spec, job):
            job = None
        decision = None
        needs_work = rating is not Rating.GREEN
        if needs_work:
            approved = rng.random() < (0.75 if rating is Rating.RED else 0.35)
            decision = Decision.APPROVED if approved else Decision.DECLINED
        item_id = w.next_id("inspection_items")
        w.add(
            "inspection_items",
            {
                "id": item_id,
                "inspection_id": iid,
                "code": code,
                "name": name,
                "rating": rating.value,
                "recommended_job": (job.name if job else "建议下次保养时复查") if needs_work else "",
                "decision": decision.value if decision is not None else None,
                "note": "",
                "position": pos,
            },
        )
        if decision is Decision.APPROVED and job is not None:
            result.approved_jobs.append(job)
        elif decision is Decision.DECLINED:
            _declined_reminder(ctx, visit, item_id, rating, km)


def _declined_reminder(ctx: Context, visit: Visit, item_id: int, rating: Rating, km: int) -> None:
    """A declined recommendation becomes a follow-up call; old ones were called once and are done."""
    rng, w, tb, f = ctx.rng, ctx.writer, ctx.tb, ctx.fleet
    i = visit.i
    due = visit.at // DAY + DECLINED_FOLLOW_UP_DAYS[rating]
    call_at = due * DAY + rng.randint(9 * HOUR, 17 * HOUR)
    called = call_at <= tb.now
    closed = called and due < ctx.last_day - 20
    rid = w.next_id("reminders")
    w.add(
        "reminders",
        {
            "id": rid,
            "vehicle_id": f.first_vehicle_id + i,
            "customer_id": f.owner[i],
            "kind": ReminderKind.DECLINED_ITEM.value,
            "due_date": tb.day_value(due),
            "due_km": km + 1_000,
            "base_date": None,
            "base_km": None,
            "status": REMINDER_STATUS[R_DONE if closed else R_OPEN].value,
            "next_call_date": None if closed else tb.day_value(due + 30 if called else due),
            "inspection_item_id": item_id,
            "lost_reason": None,
            "note": "",
            "closed_at": tb.utc(call_at) if closed else None,
            "created_at": tb.utc(visit.at),
            "updated_at": tb.utc(call_at if called else visit.at),
            "version": 2 if called else 1,
        },
    )
    if called:
        w.add(
            "reminder_contacts",
            {
                "id": w.next_id("reminder_contacts"),
                "reminder_id": rid,
                "at": tb.utc(call_at),
                "user_id": ctx.staff.advisors[f.advisor[i]],
                "outcome": rng.choice(_FOLLOW_UP_OUTCOMES).value,
                "note": "",
                "callback_date": None,
                "appointment_id": None,
            },
        )

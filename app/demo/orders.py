"""One visit becomes a repair order: lines, status history, mileage, inspection, claim, complaint."""

from __future__ import annotations

from dataclasses import dataclass

from app.demo import catalogue as cat
from app.demo import people
from app.demo.claims import ClaimBook
from app.demo.inspection import write_inspection
from app.demo.lines import Line, fits, job_lines, other_line, row
from app.demo.schedule import new_service_reminder
from app.demo.state import NEVER, R_DONE, REMINDER_STATUS, Context
from app.demo.timebase import DAY, HOUR, MINUTE, working_time
from app.orders import FUEL_LEVELS, JobType, LineKind, OrderStatus, Payer
from app.reports import ActionKind, ComplaintStatus
from app.vehicles import ReadingSource

Event = tuple[OrderStatus, int]  # a status and the moment it was reached
CANCEL_SHARE = 0.012
COMPLAINT_SHARE = 0.006
LOAN_CAR_AFTER = 5 * DAY  # 三包 Art. 21: a loan car from day 6


@dataclass
class Visit:
    i: int  # vehicle index
    kinds: list[JobType]  # job types the customer came for
    at: int  # moment the order is opened
    appointment_id: int | None = None
    target: OrderStatus | None = None  # for today's board: the status the order has reached
    service: bool = False  # a routine service that closes the service reminder


def _service_lines(ctx: Context, spec: cat.ModelSpec, first: bool) -> list[Line]:
    rng = ctx.rng
    base = cat.SERVICE_ICE if spec.energy != "bev" else cat.SERVICE_EV
    lines = job_lines(spec, base, Payer.CUSTOMER)
    if first:
        return lines
    for job, share in zip(cat.SERVICE_EXTRAS, (0.4, 0.5, 0.15, 0.1), strict=True):
        if fits(spec, job) and rng.random() < share:
            lines += job_lines(spec, job, Payer.CUSTOMER)
    return lines


def _work_seconds(ctx: Context, kinds: list[JobType]) -> tuple[int, int]:
    """How long the work takes, and how long it waits for parts (0: no wait)."""
    rng = ctx.rng
    if JobType.ACCIDENT in kinds:
        work, parts = rng.randint(1, 6) * DAY, (rng.randint(1, 4) * DAY if rng.random() < 0.3 else 0)
    elif JobType.BODY_PAINT in kinds:
        work, parts = rng.randint(1, 3) * DAY, 0
    elif JobType.WARRANTY in kinds:
        work = rng.randint(90, 360) * MINUTE
        parts = 0
        if rng.random() < 0.4:
            # Some parts take long enough to reach the loan-car rule of 三包 Art. 21.
            parts = rng.randint(6, 13) * DAY if rng.random() < 0.12 else rng.randint(4, 72) * HOUR
    elif JobType.REPAIR in kinds:
        work = rng.randint(60, 300) * MINUTE
        parts = rng.randint(3, 48) * HOUR if rng.random() < 0.08 else 0
    elif JobType.INTERNAL in kinds:
        work, parts = rng.randint(60, 240) * MINUTE, 0
    else:
        work, parts = rng.randint(40, 100) * MINUTE, 0
    return work, parts


def _timeline(ctx: Context, visit: Visit, waits: bool, wash: bool) -> tuple[list[Event], int]:
    """The whole planned status history, and the promised delivery moment."""
    rng = ctx.rng
    work, parts = _work_seconds(ctx, visit.kinds)
    t = working_time(visit.at + rng.randint(5, 40) * MINUTE)
    events = [(OrderStatus.WAITING, visit.at), (OrderStatus.IN_REPAIR, t)]
    if parts:
        t = working_time(t + rng.randint(30, 120) * MINUTE)
        events.append((OrderStatus.WAITING_PARTS, t))
        t = working_time(t + parts)
        events.append((OrderStatus.IN_REPAIR, t))
    t = working_time(t + work)
    events.append((OrderStatus.QUALITY_CHECK, t))
    if wash:
        t = working_time(t + rng.randint(15, 30) * MINUTE)
        events.append((OrderStatus.WASHING, t))
    t = working_time(t + rng.randint(10, 30) * MINUTE)
    events.append((OrderStatus.READY, t))
    # The advisor promises the planned work, the parts' dispatch and the wash, and 50 minutes for
    # getting started, the quality check and the handover, rounded up to the half hour: about one
    # car in ten is then late, as at a well-run counter.
    planned = work + parts + (90 * MINUTE if parts else 0) + (30 * MINUTE if wash else 0) + 50 * MINUTE
    promised = working_time(visit.at + -(-planned // (30 * MINUTE)) * 30 * MINUTE)
    if waits:  # in the lounge: fetched as soon as it is ready
        delivered = t + rng.randint(5, 15) * MINUTE
    else:  # called when ready, or back at the promised time, up to half an hour early
        early = (rng.randint(20, 240) - 20) * 30 * MINUTE // 220
        delivered = max(t + 5 * MINUTE, promised - early)
    events.append((OrderStatus.DELIVERED, working_time(delivered)))
    return events, promised


def _forced(ctx: Context, visit: Visit, wash: bool) -> list[Event]:
    """Today's orders: the statuses up to the target, spread between opening and now."""
    target = visit.target or OrderStatus.WAITING
    path = [OrderStatus.WAITING, OrderStatus.IN_REPAIR]
    if target is OrderStatus.WAITING_PARTS:
        path.append(OrderStatus.WAITING_PARTS)
    elif target not in (OrderStatus.WAITING, OrderStatus.IN_REPAIR):
        path.append(OrderStatus.QUALITY_CHECK)
        if wash or target is OrderStatus.WASHING:
            path.append(OrderStatus.WASHING)
        if target in (OrderStatus.READY, OrderStatus.DELIVERED):
            path.append(OrderStatus.READY)
        if target is OrderStatus.DELIVERED:
            path.append(OrderStatus.DELIVERED)
    path = path[: path.index(target) + 1]
    span = max(ctx.tb.now - visit.at, len(path))
    moments = sorted(visit.at + 1 + ctx.rng.randrange(span - 1) for _ in path[1:])
    return [(OrderStatus.WAITING, visit.at), *zip(path[1:], moments, strict=True)]


def _cut(events: list[Event], now: int) -> list[Event]:
    return [e for e in events if e[1] <= now]


class OrderBuilder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.claims = ClaimBook(ctx)

    def _lines(self, visit: Visit, spec: cat.ModelSpec, first_service: bool) -> list[Line]:
        rng = self.ctx.rng
        lines: list[Line] = []
        kinds = visit.kinds
        if JobType.MAINTENANCE in kinds:
            lines += _service_lines(self.ctx, spec, first_service)
        if JobType.REPAIR in kinds:
            keys = [k for k in cat.WALK_IN_REPAIRS if fits(spec, cat.REPAIRS[k])]
            for key in rng.sample(keys, 1 if rng.random() < 0.8 else 2):
                lines += job_lines(spec, cat.REPAIRS[key], Payer.CUSTOMER)
        if JobType.ACCIDENT in kinds:
            for job in rng.sample(cat.ACCIDENT_JOBS, rng.randint(1, 3)):
                lines += job_lines(spec, job, Payer.INSURANCE)
            if rng.random() < 0.3:
                lines.append(other_line("拖车费", cat.TOWING_FEE_FEN, Payer.INSURANCE))
        if JobType.BODY_PAINT in kinds:
            lines += job_lines(spec, rng.choice(cat.BODY_JOBS), Payer.CUSTOMER)
        if JobType.INTERNAL in kinds:
            # A pre-delivery inspection only for a car that has hardly been driven.
            jobs = cat.INTERNAL_JOBS if self.ctx.fleet.km[visit.i] < 200 else cat.INTERNAL_JOBS[1:]
            lines += job_lines(spec, rng.choice(jobs), Payer.INTERNAL)
        return lines

    def _statement(self, kinds: list[JobType], fault: cat.WarrantyFault | None, lines: list[Line]) -> str:
        """What the customer said; for the dealer's own cars, the job they were brought in for."""
        if fault is not None:
            return fault.statement
        if JobType.INTERNAL in kinds:
            return lines[0].description
        return self.ctx.rng.choice(cat.STATEMENTS[kinds[0]])

    def build(self, visit: Visit, ro_number: str) -> None:
        ctx, rng, tb, w, f = self.ctx, self.ctx.rng, self.ctx.tb, self.ctx.writer, self.ctx.fleet
        i = visit.i
        spec = ctx.models[f.model[i]]
        vid = f.first_vehicle_id + i
        ro_id = w.next_id("repair_orders")
        advisor = ctx.staff.advisors[
            f.advisor[i] if rng.random() < 0.8 else rng.randrange(len(ctx.staff.advisors))
        ]

        fault = None
        if JobType.WARRANTY in visit.kinds:
            faults = [x for x in cat.WARRANTY_FAULTS if fits(spec, x.job)]
            fault = rng.choice(faults)
        first_service = visit.service and f.service_day[i] == f.delivered[i]
        lines = self._lines(visit, spec, first_service)
        if fault is not None:
            lines += job_lines(spec, fault.job, Payer.WARRANTY)

        waits = rng.random() < (0.45 if visit.service else 0.1)
        wash = JobType.INTERNAL not in visit.kinds and rng.random() < 0.7
        elapsed = (visit.at - f.seen[i]) / DAY
        mileage_in = f.km[i] + max(0, int(f.rate[i] * elapsed * rng.uniform(0.85, 1.15)))
        extra = write_inspection(ctx, visit, spec, ro_id, mileage_in, fault, wash)
        for job in extra.approved_jobs:
            lines += job_lines(spec, job, Payer.CUSTOMER)
        kinds = list(visit.kinds)
        if extra.approved_jobs and JobType.REPAIR not in kinds:
            kinds.append(JobType.REPAIR)

        planned, promised = _timeline(ctx, visit, waits, wash)
        reason = None
        if visit.target is not None:
            events = _forced(ctx, visit, wash)
        elif rng.random() < CANCEL_SHARE:
            reason = rng.choice(cat.CANCEL_REASONS)
            cancelled_at = visit.at + rng.randint(10, 90) * MINUTE
            events = _cut([(OrderStatus.WAITING, visit.at), (OrderStatus.CANCELLED, cancelled_at)], tb.now)
        else:
            events = _cut(planned, tb.now)
        status = events[-1][0]
        delivered_at = events[-1][1] if status is OrderStatus.DELIVERED else None
        mileage_out = mileage_in + rng.randint(0, 3 if visit.service else 20) if delivered_at else None

        labour = sum(x.amount_fen for x in lines if x.kind is LineKind.LABOUR)
        parts = sum(x.amount_fen for x in lines if x.kind is LineKind.PART)
        total = sum(x.amount_fen for x in lines)
        end = delivered_at if delivered_at is not None else tb.now
        brought_by = people.courtesy_name(rng) if rng.random() < 0.15 else ""
        w.add(
            "repair_orders",
            {
                "id": ro_id,
                "ro_number": ro_number,
                "vehicle_id": vid,
                "customer_id": f.owner[i],
                "advisor_id": advisor,
                "appointment_id": visit.appointment_id,
                "opened_at": tb.utc(visit.at),
                "promised_at": tb.utc(promised),
                "delivered_at": tb.utc(delivered_at) if delivered_at is not None else None,
                "status": status.value,
                "mileage_in": mileage_in,
                "mileage_out": mileage_out,
                "fuel_level": rng.choice(FUEL_LEVELS),
                "customer_statement": self._statement(kinds, fault, lines),
                "job_types": ",".join(k.value for k in kinds),
                "is_appointment": visit.appointment_id is not None,
                "customer_waits": waits,
                "brought_by": brought_by,
                "brought_by_phone": people.mobile(rng) if brought_by else "",
                "estimate_fen": total,
                "estimate_approved": status is not OrderStatus.WAITING or rng.random() < 0.5,
                "labour_fen": labour,
                "parts_fen": parts,
                "total_fen": total,
                "loan_car": end - visit.at > LOAN_CAR_AFTER
                and (fault is not None or JobType.ACCIDENT in kinds),
                "cancel_reason": reason if status is OrderStatus.CANCELLED else None,
                "created_at": tb.utc(visit.at),
                "updated_at": tb.utc(events[-1][1]),
                "version": len(events),
            },
        )
        for pos, line in enumerate(lines, start=1):
            w.add("ro_lines", row(line, w.next_id("ro_lines"), ro_id, pos))
        previous: str | None = None
        for name, at in events:
            w.add(
                "ro_status_events",
                {
                    "id": w.next_id("ro_status_events"),
                    "repair_order_id": ro_id,
                    "from_status": previous,
                    "to_status": name.value,
                    "at": tb.utc(at),
                    "user_id": advisor,
                    "note": "",
                },
            )
            previous = name.value
        self._readings(visit, ro_id, advisor, mileage_in, delivered_at, mileage_out)
        if fault is not None and status is not OrderStatus.CANCELLED:
            self.claims.add(
                ro_id, vid, fault, [x for x in lines if x.payer is Payer.WARRANTY], visit.at, delivered_at
            )
        if delivered_at is not None and rng.random() < COMPLAINT_SHARE:
            self._complaint(ro_id, i, delivered_at)
        self._update_state(visit, status, delivered_at, mileage_in, mileage_out)

    def _readings(self, visit: Visit, ro_id: int, advisor: int, km_in: int, out_at: int | None,
                  km_out: int | None) -> None:  # fmt: skip
        ctx, w = self.ctx, self.ctx.writer
        vid = ctx.fleet.first_vehicle_id + visit.i
        readings = [(visit.at, km_in, ReadingSource.INTAKE)]
        if out_at is not None and km_out is not None:
            readings.append((out_at, km_out, ReadingSource.DELIVERY))
        for at, km, source in readings:
            w.add(
                "mileage_readings",
                {
                    "id": w.next_id("mileage_readings"),
                    "vehicle_id": vid,
                    "read_at": ctx.tb.utc(at),
                    "km": km,
                    "source": source.value,
                    "repair_order_id": ro_id,
                    "odometer_changed": False,
                    "user_id": advisor,
                },
            )

    def _update_state(self, visit: Visit, status: OrderStatus, delivered_at: int | None, km_in: int,
                      km_out: int | None) -> None:  # fmt: skip
        ctx, f, i = self.ctx, self.ctx.fleet, visit.i
        f.km[i] = km_out if km_out is not None else km_in
        f.seen[i] = delivered_at if delivered_at is not None else visit.at
        f.last_visit[i] = visit.at
        if status is OrderStatus.CANCELLED:
            f.busy_until[i] = visit.at // DAY
        else:
            f.busy_until[i] = delivered_at // DAY if delivered_at is not None else NEVER
        if visit.appointment_id is not None:
            f.appointment[i] = 0
        if not visit.service or status is OrderStatus.CANCELLED:
            return
        # The service is done: close its reminder and start the next one.
        f.service_day[i] = visit.at // DAY
        f.service_km[i] = km_in
        ctx.writer.update(
            "reminders",
            {
                "id": f.reminder[i],
                "status": REMINDER_STATUS[R_DONE].value,
                "closed_at": ctx.tb.utc(visit.at),
                "next_call_date": None,
                "updated_at": ctx.tb.utc(visit.at),
            },
        )
        f.reminder_status[i] = R_DONE
        new_service_reminder(ctx, i, visit.at)

    def _complaint(self, ro_id: int, i: int, delivered_at: int) -> None:
        """A complaint a few days after delivery, closed within ten days; its first reply after
        1 to 30 hours (so a few miss the 24 hours), drawn from its id to keep the random stream."""
        ctx, rng, tb, w = self.ctx, self.ctx.rng, self.ctx.tb, self.ctx.writer
        opened = working_time(delivered_at + rng.randint(1, 5 * 24) * HOUR)
        if opened > tb.now:
            return
        category = rng.choice(tuple(cat.COMPLAINT_CATEGORIES))
        closed = working_time(opened + rng.randint(1, 10) * DAY)
        is_closed = closed <= tb.now
        complaint_id = w.next_id("complaints")
        answer = opened + (1 + complaint_id * 7 % 30) * HOUR
        replied: int | None = min(answer, closed) if is_closed else answer if answer <= tb.now else None
        status = (
            ComplaintStatus.CLOSED
            if is_closed
            else ComplaintStatus.OPEN
            if replied is None
            else ComplaintStatus.IN_PROGRESS
        )
        resolution = rng.choice(cat.COMPLAINT_RESOLUTIONS) if is_closed else ""
        w.add(
            "complaints",
            {
                "id": complaint_id,
                "customer_id": ctx.fleet.owner[i],
                "vehicle_id": ctx.fleet.first_vehicle_id + i,
                "repair_order_id": ro_id,
                "opened_at": tb.utc(opened),
                "opened_by": ctx.staff.supervisor,
                "channel": rng.choice(cat.COMPLAINT_CHANNELS),
                "category": category,
                "description": rng.choice(cat.COMPLAINT_CATEGORIES[category]),
                "status": status.value,
                "assigned_to": ctx.staff.supervisor,
                "resolution": resolution,
                "closed_at": tb.utc(closed) if is_closed else None,
                "reply_due_at": tb.utc(opened + 24 * HOUR),
                "replied_at": tb.utc(replied) if replied is not None else None,
                "customer_satisfied": complaint_id % 6 != 0 if is_closed else None,
                "created_at": tb.utc(opened),
                "updated_at": tb.utc(closed if is_closed else replied or opened),
                "version": 1 + (replied is not None) + is_closed,
            },
        )
        if replied is not None and (not is_closed or replied < closed):
            self._complaint_action(
                complaint_id, replied, ActionKind.CONTACT, cat.COMPLAINT_REPLIES[complaint_id % 3]
            )
        if is_closed:
            self._complaint_action(complaint_id, closed, ActionKind.CLOSE, resolution)

    def _complaint_action(self, complaint_id: int, at: int, kind: ActionKind, text: str) -> None:
        w = self.ctx.writer
        w.add(
            "complaint_actions",
            {
                "id": w.next_id("complaint_actions"),
                "complaint_id": complaint_id,
                "at": self.ctx.tb.utc(at),
                "user_id": self.ctx.staff.supervisor,
                "kind": kind.value,
                "text": text,
            },
        )

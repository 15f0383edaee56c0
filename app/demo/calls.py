"""The reminder desk's calls on one day: bookings for owners who will come (into the schedule's
slots, within their capacities), lost reasons for the rest."""

from __future__ import annotations

from app.appointments import DEFAULT_SCHEDULE, AppointmentStatus, BookingSource, EventKind, WorkKind
from app.demo.schedule import call_day
from app.demo.state import LOYAL, R_BOOKED, R_LOST, R_OPEN, REMINDER_STATUS, Context
from app.demo.timebase import DAY, HOUR, MINUTE
from app.orders import JobType
from app.reminders import CallOutcome, LostReason

MAX_CALLS = 3
REPEAT_DAYS = 30
BOOKING_HORIZON_DAYS = 14
NO_SHOW_SHARE = 0.08
WAITS_SHARE = 0.3
# Bookings follow the dealer's default schedule (app.appointments): its slots and capacities.
SCHEDULE = DEFAULT_SCHEDULE
FIRST_SLOT = SCHEDULE.opens.hour * HOUR + SCHEDULE.opens.minute * MINUTE
SLOT = SCHEDULE.slot_minutes * MINUTE
SLOTS = (SCHEDULE.closes.hour * HOUR + SCHEDULE.closes.minute * MINUTE - FIRST_SLOT) // SLOT
CAPACITY = SCHEDULE.capacity_of(WorkKind.MAINTENANCE)

# Outcomes when the owner is not planning to come, with weights.
_UNPLANNED = (
    (CallOutcome.NO_ANSWER, 30), (CallOutcome.PHONE_OFF, 10), (CallOutcome.OUT_OF_SERVICE, 6),
    (CallOutcome.CALL_LATER, 14), (CallOutcome.SERVICED_ELSEWHERE, 18), (CallOutcome.REFUSED, 6),
    (CallOutcome.CAR_SOLD, 6), (CallOutcome.NOT_DUE, 10),
)  # fmt: skip
_UNPLANNED_OUTCOMES = tuple(o for o, _ in _UNPLANNED)
_UNPLANNED_WEIGHTS = tuple(w for _, w in _UNPLANNED)
# A decisive outcome ends the reminder with a reason the supervisor can analyse.
_LOST_BY_OUTCOME = {
    CallOutcome.SERVICED_ELSEWHERE: (
        LostReason.OTHER_SHOP,
        LostReason.OWN_WORKSHOP,
        LostReason.OTHER_PROVINCE,
    ),
    CallOutcome.CAR_SOLD: (LostReason.SOLD_UNKNOWN,),
    CallOutcome.OUT_OF_SERVICE: (LostReason.NO_CONTACT,),
    CallOutcome.REFUSED: (LostReason.UNHAPPY, LostReason.OFTEN_AWAY, LostReason.OTHER),
}
# Reasons for an owner given up after too many calls without a decisive outcome.
_LOST_OTHERWISE = (LostReason.NO_CONTACT, LostReason.OFTEN_AWAY, LostReason.OTHER)
# Outcomes of a call to an owner who plans to come, but not within the booking horizon.
_NOT_YET = (CallOutcome.NOT_DUE, CallOutcome.CALL_LATER, CallOutcome.NO_ANSWER)


def _free_slot(ctx: Context, i: int, day: int) -> int | None:
    """A slot of the day the owner asks for (one at random, else the next with a place): the
    schedule's maintenance capacity and the car's advisor's not reached."""
    advisor = ctx.staff.advisors[ctx.fleet.advisor[i]]
    first = ctx.rng.randrange(SLOTS)
    for n in range(SLOTS):
        k = (first + n) % SLOTS
        if (
            ctx.slot_bookings[(day, k)] < CAPACITY
            and ctx.advisor_bookings[(day, k, advisor)] < SCHEDULE.advisor_capacity
        ):
            return k
    return None


def _event(
    ctx: Context, aid: int, at: int, user: int | None, kind: EventKind, before: int, after: int
) -> None:
    tb = ctx.tb
    ctx.writer.add(
        "appointment_events",
        {
            "id": ctx.writer.next_id("appointment_events"),
            "appointment_id": aid,
            "at": tb.utc(at),
            "user_id": user,
            "kind": kind.value,
            "slot_before": tb.utc(before) if before else None,
            "slot_after": tb.utc(after) if after else None,
            "reason": "",
        },
    )


def _appointment(ctx: Context, i: int, called_at: int, day: int, k: int) -> int:
    """Books the visit the owner plans in slot k of its day; whether they keep it is known (it
    is the past). One missed is a no-show once its day has ended, still booked (late) before."""
    rng, tb, w, f = ctx.rng, ctx.tb, ctx.writer, ctx.fleet
    slot = day * DAY + FIRST_SLOT + k * SLOT
    kept = rng.random() >= NO_SHOW_SHARE
    if slot > tb.now:
        status = AppointmentStatus.BOOKED
    elif kept:
        status = AppointmentStatus.ARRIVED
    else:
        status = AppointmentStatus.NO_SHOW if (day + 1) * DAY <= tb.now else AppointmentStatus.BOOKED
    advisor = ctx.staff.advisors[f.advisor[i]]
    ctx.slot_bookings[(day, k)] += 1
    ctx.advisor_bookings[(day, k, advisor)] += 1
    aid = w.next_id("appointments")
    w.add(
        "appointments",
        {
            "id": aid,
            "vehicle_id": f.first_vehicle_id + i,
            "customer_id": f.owner[i],
            "advisor_id": advisor,
            "scheduled_at": tb.utc(slot),
            "ends_at": tb.utc(slot + SLOT),
            "job_type": JobType.MAINTENANCE.value,
            "work_kind": WorkKind.MAINTENANCE.value,
            "source": BookingSource.REMINDER.value,
            "status": status.value,
            "note": "",
            "customer_waits": rng.random() < WAITS_SHARE,
            "plate": "",  # the car's plate and the owner's phone: filled in at the end (fill_contacts)
            "phone": "",
            "contact_name": "",
            "cancel_reason": "",
            "no_show_reason": None,
            "confirmation": None,
            "confirmed_at": None,
            "arrived_at": tb.utc(slot) if status is AppointmentStatus.ARRIVED else None,
            "created_by": advisor,
            "created_at": tb.utc(called_at),
            "updated_at": tb.utc(called_at),
            "version": 1,
        },
    )
    _event(ctx, aid, called_at, advisor, EventKind.BOOKED, 0, slot)
    if status is AppointmentStatus.ARRIVED:
        _event(ctx, aid, slot, advisor, EventKind.ARRIVED, slot, 0)
    elif status is AppointmentStatus.NO_SHOW:
        _event(ctx, aid, (day + 1) * DAY, None, EventKind.NO_SHOW, slot, 0)
    if kept:
        f.appointment[i] = aid
        f.appointment_at[i] = slot
    else:
        # Missed it; comes some days later without an appointment.
        f.plan[i] = day + rng.randint(3, 20)
        if f.plan[i] <= ctx.last_day:
            ctx.visits[f.plan[i]].append(i)
    return aid


def fill_contacts(ctx: Context) -> None:
    """The bookings' plate and phone to call: the car's plate and its owner's first phone."""
    ctx.writer.execute(
        "UPDATE appointments SET "
        "plate = COALESCE((SELECT v.plate FROM vehicles v WHERE v.id = appointments.vehicle_id), ''), "
        "phone = COALESCE((SELECT p.number FROM customer_phones p "
        "WHERE p.customer_id = appointments.customer_id ORDER BY p.position, p.id LIMIT 1), '')"
    )


def make_calls(ctx: Context, day: int) -> None:
    rng, tb, w, f = ctx.rng, ctx.tb, ctx.writer, ctx.fleet
    for i in ctx.calls.pop(day, []):
        if f.reminder_status[i] != R_OPEN or f.reminder_next_call[i] != day:
            continue  # the reminder moved on since this call was booked
        if f.busy_until[i] >= day:
            f.reminder_next_call[i] = call_day(day + 7)
            f.reminder_dirty[i] = 1
            if f.reminder_next_call[i] <= ctx.last_day:
                ctx.calls[f.reminder_next_call[i]].append(i)
            continue
        plan = f.plan[i]
        if plan and plan <= day:
            continue  # coming today or already overdue for their visit: no call needed
        called_at = day * DAY + 9 * HOUR + rng.randrange(8 * HOUR)
        if called_at > tb.now:
            continue
        f.reminder_calls[i] += 1
        f.reminder_dirty[i] = 1
        appointment_id = None
        next_call = 0
        outcome: CallOutcome
        if plan > day:
            wants = plan - day <= BOOKING_HORIZON_DAYS and rng.random() < (
                0.8 if f.loyalty[i] == LOYAL else 0.6
            )
            k = _free_slot(ctx, i, plan) if wants else None
            if k is not None:
                outcome = CallOutcome.BOOKED
                appointment_id = _appointment(ctx, i, called_at, plan, k)
                f.reminder_status[i] = R_BOOKED
            else:
                outcome = rng.choice(_NOT_YET)
                next_call = min(day + REPEAT_DAYS, plan - rng.randint(2, 6))
                if next_call <= day:
                    next_call = 0  # they will simply turn up
        else:
            outcome = rng.choices(_UNPLANNED_OUTCOMES, weights=_UNPLANNED_WEIGHTS)[0]
            decisive = outcome in _LOST_BY_OUTCOME and (f.reminder_calls[i] >= 2 or rng.random() < 0.7)
            if decisive or f.reminder_calls[i] >= MAX_CALLS:
                reasons = _LOST_BY_OUTCOME.get(outcome, _LOST_OTHERWISE)
                _lose(ctx, i, called_at, rng.choice(reasons))
            else:
                next_call = day + REPEAT_DAYS
        if next_call:
            next_call = call_day(next_call)
            if next_call <= ctx.last_day:
                ctx.calls[next_call].append(i)
        f.reminder_next_call[i] = next_call
        w.add(
            "reminder_contacts",
            {
                "id": w.next_id("reminder_contacts"),
                "reminder_id": f.reminder[i],
                "at": tb.utc(called_at),
                "user_id": ctx.staff.advisors[f.advisor[i]],
                "outcome": outcome.value,
                "note": "",
                "callback_date": (
                    tb.day_value(next_call) if next_call and outcome is CallOutcome.CALL_LATER else None
                ),
                "appointment_id": appointment_id,
            },
        )
        w.checkpoint()


def _lose(ctx: Context, i: int, at: int, reason: LostReason) -> None:
    f = ctx.fleet
    f.reminder_status[i] = R_LOST
    f.reminder_dirty[i] = 0
    ctx.writer.update(
        "reminders",
        {
            "id": f.reminder[i],
            "status": REMINDER_STATUS[R_LOST].value,
            "closed_at": ctx.tb.utc(at),
            "next_call_date": None,
            "updated_at": ctx.tb.utc(at),
            "lost_reason": reason.value,
        },
    )


def write_open_reminders(ctx: Context) -> None:
    """At the end: reminders that were called but are still open get their final state written."""
    f, tb = ctx.fleet, ctx.tb
    for i in range(f.size):
        if not f.reminder_dirty[i] or f.reminder_status[i] not in (R_OPEN, R_BOOKED):
            continue
        nxt = f.reminder_next_call[i]
        ctx.writer.update(
            "reminders",
            {
                "id": f.reminder[i],
                "status": REMINDER_STATUS[f.reminder_status[i]].value,
                "next_call_date": tb.day_value(nxt) if nxt else None,
                "updated_at": tb.utc(tb.now),
            },
        )
        ctx.writer.checkpoint()

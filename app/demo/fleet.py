"""Customers and their vehicles as the dealer's old system would hand them over, in chunks."""

from __future__ import annotations

import math
from itertools import accumulate

from app.demo import people
from app.demo.catalogue import COLOURS, DEALER, HOME_OFFICE, HOME_SHARE, OTHER_OFFICES
from app.demo.identifiers import PlateFactory, VinFactory
from app.demo.schedule import new_service_reminder, service_base, service_due
from app.demo.state import LOST, LOYAL, OCCASIONAL, R_LOST, REMINDER_STATUS, Context
from app.demo.timebase import DAY, HOUR, MINUTE
from app.reminders import LostReason
from app.validation import PhoneKind
from app.vehicles import CustomerKind, ReadingSource

MAX_AGE_DAYS = 9 * 365
COMPANY_SHARE = 0.015
SECOND_CAR_SHARE = 0.08
DEALER_CAR_SHARE = 0.003
PLATE_CHANGE_SHARE = 0.02
LOST_FOR_GOOD_DAYS = 730  # overdue longer than this before the history starts: given up already

_COLOUR_NAMES = tuple(c for c, _ in COLOURS)
_COLOUR_CUM = tuple(accumulate(w for _, w in COLOURS))
_OFFICES = tuple(o for o, _ in OTHER_OFFICES)
_OFFICE_CUM = tuple(accumulate(w for _, w in OTHER_OFFICES))


class _Owners:
    """Hands out owners: mostly one car per person, some families with two, some company fleets."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.current = 0
        self.fleet_left = 0
        self.dealer_id = 0

    def _customer(
        self, name: str, initials: str, kind: CustomerKind, at: int, phones: list[tuple[str, PhoneKind]]
    ) -> int:
        w, tb = self.ctx.writer, self.ctx.tb
        cid = w.next_id("customers")
        w.add(
            "customers",
            {
                "id": cid,
                "name": name,
                "name_initials": initials,
                "kind": kind.value,
                "note": "",
                "anonymised_at": None,
                "created_at": tb.utc(at),
                "updated_at": tb.utc(at),
                "version": 1,
            },
        )
        for pos, (number, label) in enumerate(phones):
            w.add(
                "customer_phones",
                {
                    "id": w.next_id("customer_phones"),
                    "customer_id": cid,
                    "number": number,
                    "tail4": number[-4:],
                    "label": label.value,
                    "position": pos,
                },
            )
        return cid

    def dealer(self, at: int) -> int:
        if not self.dealer_id:
            name = DEALER["name"]
            number = DEALER["service_phone"].replace("-", "")
            self.dealer_id = self._customer(
                name, people.initials(name), CustomerKind.COMPANY, at, [(number, PhoneKind.LANDLINE)]
            )
        return self.dealer_id

    def next(self, at: int) -> int:
        rng = self.ctx.rng
        if self.fleet_left > 0:
            self.fleet_left -= 1
            return self.current
        if self.current and rng.random() < SECOND_CAR_SHARE:
            return self.current
        if rng.random() < COMPANY_SHARE:
            name, initials = people.company(rng)
            phones = [(people.landline(rng), PhoneKind.LANDLINE), (people.mobile(rng), PhoneKind.MOBILE)]
            self.current = self._customer(name, initials, CustomerKind.COMPANY, at, phones)
            self.fleet_left = rng.randint(1, 8)
            return self.current
        name, initials = people.person(rng)
        phones = [(people.mobile(rng), PhoneKind.MOBILE)]
        roll = rng.random()
        if roll < 0.17:
            phones.append((people.mobile(rng), PhoneKind.MOBILE))
        elif roll < 0.20:
            phones.append((people.landline(rng), PhoneKind.LANDLINE))
        self.current = self._customer(name, initials, CustomerKind.PERSON, at, phones)
        return self.current


def _loyalty(ctx: Context, age_days: int) -> int:
    roll = ctx.rng.random()
    if age_days < 2 * 365:
        loyal, occasional = 0.45, 0.25
    elif age_days < 5 * 365:
        loyal, occasional = 0.25, 0.22
    else:
        loyal, occasional = 0.12, 0.18
    if roll < loyal:
        return LOYAL
    return OCCASIONAL if roll < loyal + occasional else LOST


def _last_service_before(ctx: Context, i: int, delivered: int) -> int:
    """The day of the last service before the history starts (delivered: none yet)."""
    f, rng = ctx.fleet, ctx.rng
    start = ctx.first_day
    if delivered >= start:
        return delivered
    spec = ctx.models[f.model[i]]
    months, km = spec.service_interval
    cycle = max(30, min(int(months * 30.4), int(km / max(f.rate[i], 1.0))))
    first_months, first_km = spec.first_service
    first_cycle = max(30, min(int(first_months * 30.4), int(first_km / max(f.rate[i], 1.0))))
    if start - delivered <= first_cycle:
        return delivered
    if f.loyalty[i] == LOYAL:
        day = start - rng.randrange(cycle)
    elif f.loyalty[i] == OCCASIONAL:
        day = start - rng.randint(cycle // 2, 2 * cycle)
    else:
        latest_gap = min(5 * 365, start - delivered - first_cycle)
        if latest_gap < 365 or rng.random() < 0.15:
            return delivered  # never came back after the sale (首保流失)
        day = start - rng.randint(365, latest_gap)
    return day if day > delivered + first_cycle // 2 else delivered


def _plates(ctx: Context, plates: PlateFactory, energy: str, delivered: int) -> list[tuple[str, int, int]]:
    """The car's plates as (plate, from_day, to_day); the last one is current (to_day 0)."""
    rng = ctx.rng
    if delivered > ctx.last_day - 10 and rng.random() < 0.3:
        return []  # still on temporary plates
    home = rng.random() < HOME_SHARE
    office = HOME_OFFICE if home else rng.choices(_OFFICES, cum_weights=_OFFICE_CUM)[0]
    current = plates.make(office, energy)
    if rng.random() >= PLATE_CHANGE_SHARE or delivered >= ctx.last_day - 30:
        return [(current, delivered, 0)]
    # Registered elsewhere first, re-registered here later.
    old_office = rng.choice([o for o in _OFFICES if o != office])
    changed = rng.randint(delivered + 1, ctx.last_day - 1)
    return [(plates.make(old_office, energy), delivered, changed), (current, changed, 0)]


def generate_fleet(ctx: Context) -> None:
    """Writes customers, vehicles, plates, their last known reading and current reminder."""
    f, w, rng, tb = ctx.fleet, ctx.writer, ctx.rng, ctx.tb
    owners = _Owners(ctx)
    vins, plates = VinFactory(rng), PlateFactory(rng)
    weights = tuple(accumulate(m.weight for m in ctx.models))
    model_range = range(len(ctx.models))
    for i in range(f.size):
        m = rng.choices(model_range, cum_weights=weights)[0]
        spec = ctx.models[m]
        age = int(rng.random() ** 1.4 * MAX_AGE_DAYS) + 1
        delivered = ctx.last_day - age
        at = delivered * DAY + rng.randint(9 * HOUR, 17 * HOUR)
        f.model[i] = m
        f.delivered[i] = delivered
        f.rate[i] = min(160.0, max(5.0, rng.lognormvariate(math.log(34.0), 0.45)))
        f.loyalty[i] = _loyalty(ctx, age)
        f.advisor[i] = rng.randrange(len(ctx.staff.advisors))
        if rng.random() < DEALER_CAR_SHARE:
            owner = owners.dealer(at)
            ctx.dealer_vehicles.append(i)
        else:
            owner = owners.next(at)
        f.owner[i] = owner

        sale_km = rng.randint(3, 40)
        service_day = _last_service_before(ctx, i, delivered)
        service_km = sale_km + int((service_day - delivered) * f.rate[i])
        f.service_day[i], f.service_km[i] = service_day, service_km
        f.km[i] = service_km
        visit_at = service_day * DAY + rng.randint(9 * HOUR, 17 * HOUR + 30 * MINUTE)
        f.seen[i] = visit_at if service_day > delivered else at

        model_year = tb.date(delivered).year - (
            1 if tb.date(delivered).month <= 2 and rng.random() < 0.3 else 0
        )
        vin = vins.make(spec, rng.randrange(len(spec.vds)), model_year)
        history = _plates(ctx, plates, spec.energy, delivered)
        invoice = delivered - rng.randint(0, 3)
        vid = f.first_vehicle_id + i
        w.add(
            "vehicles",
            {
                "id": vid,
                "vin": vin,
                "vin_reversed": vin[::-1],
                "plate": history[-1][0] if history else None,
                "model_id": ctx.model_ids[m],
                "owner_id": owner,
                "colour": rng.choices(_COLOUR_NAMES, cum_weights=_COLOUR_CUM)[0],
                "purchase_date": tb.day_value(invoice),
                "invoice_date": tb.day_value(invoice),
                "delivery_date": tb.day_value(delivered),
                "last_mileage_km": service_km,
                "last_visit_at": tb.utc(visit_at) if service_day > delivered else None,
                "note": "",
                "created_at": tb.utc(at),
                "updated_at": tb.utc(at),
                "version": 1,
            },
        )
        for plate, start, end in history:
            w.add(
                "plate_history",
                {
                    "id": w.next_id("plate_history"),
                    "vehicle_id": vid,
                    "plate": plate,
                    "valid_from": tb.utc(start * DAY + 10 * HOUR),
                    "valid_to": tb.utc(end * DAY + 10 * HOUR) if end else None,
                },
            )
        w.add(
            "mileage_readings",
            {
                "id": w.next_id("mileage_readings"),
                "vehicle_id": vid,
                "read_at": tb.utc(f.seen[i]),
                "km": service_km if service_day > delivered else sale_km,
                "source": (ReadingSource.IMPORT if service_day > delivered else ReadingSource.SALE).value,
                "repair_order_id": None,
                "odometer_changed": False,
                "user_id": None,
            },
        )
        _first_reminder(ctx, i, f.seen[i])
        w.checkpoint()


def _first_reminder(ctx: Context, i: int, created_at: int) -> None:
    f, rng, tb = ctx.fleet, ctx.rng, ctx.tb
    due, due_km, kind = service_due(ctx, i)
    if due >= ctx.first_day - LOST_FOR_GOOD_DAYS:
        new_service_reminder(ctx, i, created_at)
        return
    # Given up before the history starts: a lost reminder with the reason found back then.
    closed = due * DAY + rng.randint(60, 200) * DAY + 11 * HOUR
    rid = ctx.writer.next_id("reminders")
    ctx.writer.add(
        "reminders",
        {
            "id": rid,
            "vehicle_id": f.first_vehicle_id + i,
            "customer_id": f.owner[i],
            "kind": kind.value,
            "due_date": tb.day_value(due),
            "due_km": due_km,
            **service_base(ctx, i, kind),
            "status": REMINDER_STATUS[R_LOST].value,
            "next_call_date": None,
            "inspection_item_id": None,
            "lost_reason": rng.choice(tuple(LostReason)).value,
            "note": "",
            "closed_at": tb.utc(closed),
            "created_at": tb.utc(created_at),
            "updated_at": tb.utc(closed),
            "version": 1,
        },
    )
    f.reminder[i] = rid
    f.reminder_status[i] = R_LOST
    f.plan[i] = 0

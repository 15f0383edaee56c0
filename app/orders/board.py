"""The service board (前台维修管理板): open orders by status, moves between statuses.

The board holds every order not yet delivered or cancelled (today's and any left open from
earlier days) plus the orders delivered today, and today's booked cars still to come
(app.appointments.still_to_come: booked, not arrived yet, the late ones included). A card is
late when now is past its promised time and it is not delivered. `change_token` is a cheap query
(counts, sum of versions and the newest id of the board's orders, and of today's bookings still
to come, and the day): the UI polls it and reloads the board only when it differs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from app import audit
from app.appointments import AppointmentStatus, Booking, still_to_come
from app.changes import Change, announces
from app.clock import Clock, system_clock
from app.orders._rows import load_order, order_info
from app.orders.records import OrderInfo, split_job_types
from app.orders.status import (
    BOARD_STATUSES,
    OPEN_STATUSES,
    STATUS_LABELS,
    OrderStatus,
    allowed_moves,
    check_move,
    parse_status,
)
from app.roles import Actor, Permission, require
from app.uow import check_version, reading, unit_of_work
from app.users import authorize, display_names
from app.vehicles import plate_display
from app.warranty import repair_days
from db.models import Appointment, Customer, RepairOrder, RoStatusEvent, User, Vehicle, VehicleModel
from db.uow import Database

OPEN_VALUES = [s.value for s in OPEN_STATUSES]


@dataclass(frozen=True)
class BoardCard:
    order_id: int
    ro_number: str
    vehicle_id: int
    plate_display: str
    model: str
    owner_name: str
    advisor_id: int
    advisor_name: str
    status: OrderStatus
    status_label: str
    opened_at: dt.datetime
    promised_at: dt.datetime | None
    delivered_at: dt.datetime | None
    late: bool
    customer_waits: bool
    is_appointment: bool
    job_types: tuple[str, ...]
    repair_days: int  # Art. 40 counting, up to now or delivery
    loan_car: bool
    version: int
    allowed_moves: tuple[OrderStatus, ...]


@dataclass(frozen=True)
class BoardColumn:
    status: OrderStatus
    label: str
    cards: tuple[BoardCard, ...]


@dataclass(frozen=True)
class Board:
    generated_at: dt.datetime
    day: dt.date  # the counter's local day
    columns: tuple[BoardColumn, ...]  # in BOARD_STATUSES order, empty columns included
    token: str
    to_come: tuple[Booking, ...] = ()  # today's booked cars not arrived yet, by slot time

    def column(self, status: OrderStatus | str) -> BoardColumn:
        return next(c for c in self.columns if c.status == status)

    @property
    def late_count(self) -> int:
        return sum(card.late for column in self.columns for card in column.cards)


def local_day_start(now: dt.datetime) -> tuple[dt.date, dt.datetime]:
    local = now.astimezone()
    start = dt.datetime.combine(local.date(), dt.time(), tzinfo=local.tzinfo)
    return local.date(), start.astimezone(dt.UTC)


def _board_query(where: ColumnElement[bool]) -> Select[RepairOrder, str | None, str, str, str, str]:
    return (
        select(
            RepairOrder,
            Vehicle.plate,
            VehicleModel.brand,
            VehicleModel.name,
            Customer.name,
            User.display_name,
        )
        .join(Vehicle, Vehicle.id == RepairOrder.vehicle_id)
        .join(VehicleModel, VehicleModel.id == Vehicle.model_id)
        .join(Customer, Customer.id == RepairOrder.customer_id)
        .join(User, User.id == RepairOrder.advisor_id)
        .where(where)
    )


def board_token(s: Session, now: dt.datetime) -> str:
    day, start = local_day_start(now)
    parts = [f"{day:%Y%m%d}"]
    for where in (
        RepairOrder.status.in_(OPEN_VALUES),
        RepairOrder.delivered_at >= start,
    ):
        count, versions, newest = s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(RepairOrder.version), 0),
                func.coalesce(func.max(RepairOrder.id), 0),
            ).where(where)
        ).one()
        parts.append(f"{count}.{versions}.{newest}")
    end = start + dt.timedelta(days=1)
    count, versions, newest = s.execute(
        select(
            func.count(),
            func.coalesce(func.sum(Appointment.version), 0),
            func.coalesce(func.max(Appointment.id), 0),
        ).where(
            Appointment.scheduled_at >= start,
            Appointment.scheduled_at < end,
            Appointment.status == AppointmentStatus.BOOKED.value,
        )
    ).one()
    parts.append(f"{count}.{versions}.{newest}")
    return ":".join(parts)


class BoardService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def change_token(self, actor: Actor) -> str:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            return board_token(s, self._clock())

    def board(self, actor: Actor) -> Board:
        require(actor, Permission.VIEW_BOARD)
        now = self._clock()
        day, start = local_day_start(now)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            token = board_token(s, now)
            # Two index-backed queries rather than one OR, which SQLite may plan as a scan of all
            # delivered orders.
            rows = [
                *s.execute(_board_query(RepairOrder.status.in_(OPEN_VALUES))),
                *s.execute(_board_query(RepairOrder.delivered_at >= start)),
            ]
            rows.sort(key=lambda r: (r[0].promised_at is None, r[0].promised_at or now, r[0].opened_at))
            cards: dict[OrderStatus, list[BoardCard]] = {status: [] for status in BOARD_STATUSES}
            for order, plate, brand, model, owner, advisor in rows:
                status = OrderStatus(order.status)
                late = (
                    status is not OrderStatus.DELIVERED
                    and order.promised_at is not None
                    and now > order.promised_at
                )
                cards[status].append(
                    BoardCard(
                        order_id=order.id,
                        ro_number=order.ro_number,
                        vehicle_id=order.vehicle_id,
                        plate_display=plate_display(plate),
                        model=f"{brand} {model}".strip(),
                        owner_name=owner,
                        advisor_id=order.advisor_id,
                        advisor_name=advisor,
                        status=status,
                        status_label=STATUS_LABELS[status],
                        opened_at=order.opened_at,
                        promised_at=order.promised_at,
                        delivered_at=order.delivered_at,
                        late=late,
                        customer_waits=order.customer_waits,
                        is_appointment=order.is_appointment,
                        job_types=split_job_types(order.job_types),
                        repair_days=repair_days(order.opened_at, order.delivered_at or now),
                        loan_car=order.loan_car,
                        version=order.version,
                        allowed_moves=allowed_moves(status),
                    )
                )
            to_come = tuple(still_to_come(s, day, now))
        columns = tuple(BoardColumn(st, STATUS_LABELS[st], tuple(cards[st])) for st in BOARD_STATUSES)
        return Board(now, day, columns, token, to_come)

    @announces(Change.ORDERS)
    def move(
        self, actor: Actor, order_id: int, version: int, to_status: OrderStatus | str, note: str = ""
    ) -> OrderInfo:
        """Moves an order on the board (see status.TRANSITIONS); records who and when."""
        require(actor, Permission.RECEIVE_VEHICLES)
        target = parse_status(to_status)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.RECEIVE_VEHICLES)
            row = load_order(s, order_id, for_update=True)
            check_version(row, version)
            current = OrderStatus(row.status)
            check_move(current, target)
            now = self._clock()
            row.status = target.value
            row.updated_at = now
            s.add(
                RoStatusEvent(
                    repair_order_id=row.id,
                    from_status=current.value,
                    to_status=target.value,
                    at=now,
                    user_id=actor.user_id,
                    note=note.strip(),
                )
            )
            s.flush()
            audit.record(
                s,
                actor,
                "order.status",
                "repair_order",
                row.id,
                {"status": current.value},
                {"status": target.value, "note": note.strip()},
            )
            names = display_names(s, {row.advisor_id})
            return order_info(row, names.get(row.advisor_id, ""))

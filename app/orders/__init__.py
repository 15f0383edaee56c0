"""Repair orders (工单): opening, lines, status and the service board, delivery, the vehicle card
and the intake sheet (接车单). Owns repair_orders, ro_lines, ro_notes, ro_status_events and
ro_sequences.

Reach them through ``Services.orders`` (OrderServices). Every method takes the Actor first,
checks its permission, validates (ValidationError(field, message)), does one unit of work with an
audit row, and returns frozen dataclasses. Money is integer fen; times are aware UTC datetimes.
Edits take the `version` the caller saw: a stale one raises Conflict and nothing is written.

    orders: RepairOrderService     open_order / update_order / approve_estimate / add_note /
                                   cancel_order / get_order / get_by_number / preview_alerts
    board: BoardService            board / change_token / move
    delivery: DeliveryService      deliver -> DeliveryResult(order, next_service)
    cards: VehicleCardService      open(actor, vehicle_id) -> VehicleCard
    sheets: IntakeSheetService     sheet_data / render (printed through app.printing.documents)
    RoNumberIndex                  the lookup's OrderNumbers port

Ports (ports.py): what orders need from reminders and inspection, which sit above them:
ServiceReminders, InspectionFindings, with the types they return (NextService, ReminderLine, Visit).

Vocabularies (status.py): OrderStatus + STATUS_LABELS, TRANSITIONS, JobType, Payer + PAYER_LABELS,
LineKind + LINE_KIND_LABELS, OtherCost + OTHER_COSTS, FUEL_LEVELS.

facts_of(row, lines) -> RepairFacts: an order (ORM or Core row) as the 三包 rules see it (the
monthly summary's open alerts read orders as they stood at a month's end).
"""

from app.orders._header import check_mileage
from app.orders._money import fen_of, to_decimal
from app.orders._rows import facts_of
from app.orders.additions import add_lines
from app.orders.board import Board, BoardCard, BoardColumn, BoardService
from app.orders.card import MileageEntry, PlateEntry, VehicleCard, VehicleCardService
from app.orders.containers import OrderServices
from app.orders.delivery import DeliveryInput, DeliveryResult, DeliveryService, check_mileage_out
from app.orders.intake_sheet import IntakeSheetService
from app.orders.lines import LineInfo, LineInput, Totals, clean_line, totals_of
from app.orders.numbering import RoNumberIndex
from app.orders.ports import (
    InspectionFindings,
    NextService,
    ReminderLine,
    ServiceReminders,
    Visit,
)
from app.orders.records import NoteInfo, OrderEdit, OrderInfo, OrderInput, StatusEventInfo
from app.orders.service import RepairOrderService
from app.orders.status import (
    FUEL_LEVELS,
    JOB_TYPES,
    LINE_KIND_LABELS,
    OPEN_STATUSES,
    OTHER_COSTS,
    PAYER_LABELS,
    STATUS_LABELS,
    TRANSITIONS,
    JobType,
    LineKind,
    OrderStatus,
    OtherCost,
    Payer,
    allowed_moves,
    check_move,
)

__all__ = [
    "FUEL_LEVELS",
    "JOB_TYPES",
    "LINE_KIND_LABELS",
    "OPEN_STATUSES",
    "OTHER_COSTS",
    "PAYER_LABELS",
    "STATUS_LABELS",
    "TRANSITIONS",
    "Board",
    "BoardCard",
    "BoardColumn",
    "BoardService",
    "DeliveryInput",
    "DeliveryResult",
    "DeliveryService",
    "InspectionFindings",
    "IntakeSheetService",
    "JobType",
    "LineInfo",
    "LineInput",
    "LineKind",
    "MileageEntry",
    "NextService",
    "NoteInfo",
    "OrderEdit",
    "OrderInfo",
    "OrderInput",
    "OrderServices",
    "OrderStatus",
    "OtherCost",
    "Payer",
    "PlateEntry",
    "ReminderLine",
    "RepairOrderService",
    "RoNumberIndex",
    "ServiceReminders",
    "StatusEventInfo",
    "Totals",
    "VehicleCard",
    "VehicleCardService",
    "Visit",
    "add_lines",
    "allowed_moves",
    "check_mileage",
    "check_mileage_out",
    "check_move",
    "clean_line",
    "facts_of",
    "fen_of",
    "to_decimal",
    "totals_of",
]

"""All tables of the counter; importing this module registers them on Base.metadata."""

from db.models.admin import AuditChainHead, AuditEntry, DealerSetting, PrintJob, User
from db.models.appointments import Appointment, AppointmentDay, AppointmentEvent
from db.models.base import Base
from db.models.claims import (
    ClaimDeduction,
    ClaimPart,
    Complaint,
    ComplaintAction,
    PartLabel,
    ReturnBox,
    WarrantyClaim,
)
from db.models.inspection import DamageMark, Inspection, InspectionItem
from db.models.orders import RepairOrder, RoLine, RoNote, RoSequence, RoStatusEvent
from db.models.reminders import Reminder, ReminderContact
from db.models.vehicles import Customer, CustomerPhone, MileageReading, PlateHistory, Vehicle, VehicleModel

__all__ = [
    "Appointment",
    "AppointmentDay",
    "AppointmentEvent",
    "AuditChainHead",
    "AuditEntry",
    "Base",
    "ClaimDeduction",
    "ClaimPart",
    "Complaint",
    "ComplaintAction",
    "Customer",
    "CustomerPhone",
    "DamageMark",
    "DealerSetting",
    "Inspection",
    "InspectionItem",
    "MileageReading",
    "PartLabel",
    "PlateHistory",
    "PrintJob",
    "Reminder",
    "ReminderContact",
    "RepairOrder",
    "ReturnBox",
    "RoLine",
    "RoNote",
    "RoSequence",
    "RoStatusEvent",
    "User",
    "Vehicle",
    "VehicleModel",
    "WarrantyClaim",
]

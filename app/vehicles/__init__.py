"""Vehicles and their owners: customers, vehicles, vehicle models, mileage, lookup and import.

Owns the tables customers, customer_phones, vehicles, vehicle_models, plate_history and
mileage_readings; other capabilities write them only through the functions named here.
Services take the Actor first, check its permission, validate (ValidationError(field, message)),
do one unit of work with an audit row and return frozen dataclasses.

    VehicleServices.build(db, clock, order_numbers)  -> models, customers, vehicles, lookup, importer
    CustomerService: create / update / get / find_by_phone -> CustomerInfo(phones: PhoneInfo, ...);
        CustomerKind with CUSTOMER_KIND_LABELS (also named CUSTOMER_KINDS)
    VehicleService: check_vin / create / create_with_owner / update / get / list_for_customer
        -> VehicleInfo; DuplicateVin(.existing_vehicle_id) and NeedsConfirmation (app.errors)
    VehicleModelService: list_models / get_model / create_model / update_model -> ModelInfo
    Paper dates (inspection_due, insurance_expires on VehicleInput/VehicleInfo): saving them tells
        the PaperReminders port (PaperDates before and after) that app.reminders implements
    LookupService.search(actor, query, limit) -> list[LookupHit]  (plate, VIN, phone, name, RO
        number through the OrderNumbers port that orders provides)
    VehicleImporter.import_vehicles(actor, path, dry_run, skip_bad) -> ImportReport; the new
        readings of known vehicles tell the MileageReminders port that app.reminders implements
    Mileage, in the caller's unit of work: lock_vehicle (first, before checking what the vehicle
        has), add_reading, previous_reading, correct_order_reading, readings_of, record_visit;
        ReadingSource with READING_SOURCE_LABELS
"""

from app.vehicles.containers import VehicleServices
from app.vehicles.customers import (
    CUSTOMER_KIND_LABELS,
    CUSTOMER_KINDS,
    CustomerInfo,
    CustomerInput,
    CustomerKind,
    CustomerService,
    PhoneInfo,
    PhoneInput,
    customer_info,
)
from app.vehicles.errors import DuplicateVin
from app.vehicles.import_rows import ImportIssue
from app.vehicles.importer import ImportReport, VehicleImporter
from app.vehicles.lookup import LookupHit, LookupService, OrderNumbers
from app.vehicles.mileage import (
    READING_SOURCE_LABELS,
    Reading,
    ReadingSource,
    add_reading,
    correct_order_reading,
    lock_vehicle,
    previous_reading,
    reading_source_label,
    readings_of,
    record_visit,
)
from app.vehicles.models import ModelInfo, ModelInput, ModelTerms, VehicleModelService, model_info
from app.vehicles.ports import MileageReminders, PaperChange, PaperDates, PaperReminders
from app.vehicles.query import MATCH_LABELS, MatchKind
from app.vehicles.vehicles import (
    VehicleInfo,
    VehicleInput,
    VehicleService,
    VinStatus,
    month_end,
    plate_display,
    vehicle_info,
)

__all__ = [
    "CUSTOMER_KINDS",
    "CUSTOMER_KIND_LABELS",
    "MATCH_LABELS",
    "READING_SOURCE_LABELS",
    "CustomerInfo",
    "CustomerInput",
    "CustomerKind",
    "CustomerService",
    "DuplicateVin",
    "ImportIssue",
    "ImportReport",
    "LookupHit",
    "LookupService",
    "MatchKind",
    "MileageReminders",
    "ModelInfo",
    "ModelInput",
    "ModelTerms",
    "OrderNumbers",
    "PaperChange",
    "PaperDates",
    "PaperReminders",
    "PhoneInfo",
    "PhoneInput",
    "Reading",
    "ReadingSource",
    "VehicleImporter",
    "VehicleInfo",
    "VehicleInput",
    "VehicleModelService",
    "VehicleService",
    "VehicleServices",
    "VinStatus",
    "add_reading",
    "correct_order_reading",
    "customer_info",
    "lock_vehicle",
    "model_info",
    "month_end",
    "plate_display",
    "previous_reading",
    "reading_source_label",
    "readings_of",
    "record_visit",
    "vehicle_info",
]

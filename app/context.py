"""The composition root's product: an opened, migrated database and the services on it."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError, OperationalError

from app.appointments import AppointmentService
from app.appointments.documents import AppointmentSlipDocument
from app.appointments.documents import declare_documents as declare_appointment_documents
from app.auditing import AuditLogService
from app.backup import BackupService
from app.claims import ClaimServices
from app.clock import Clock, system_clock
from app.db_errors import storage_error
from app.errors import QiantaiError, StorageError
from app.inspection import InspectionFindingsReader, InspectionService
from app.inspection.documents import InspectionSheetDocument
from app.inspection.documents import declare_documents as declare_inspection_documents
from app.orders import OrderServices, RoNumberIndex
from app.orders.documents import declare_documents as declare_order_documents
from app.passwords import PasswordHasher
from app.paths import AppPaths
from app.printing import DocumentRegistry, PrintService
from app.privacy import PrivacyService
from app.reminders import InspectionFollowUps, PaperReminderPlanner, ReminderService, ServiceReminderPlanner
from app.reminders.documents import LostAnalysisDocument, ReminderDocuments
from app.reminders.documents import declare_documents as declare_reminder_documents
from app.reports import ComplaintBook, ComplaintService, ReportService
from app.reports.documents import DailyReportDocument
from app.reports.documents import declare_documents as declare_report_documents
from app.roles import SYSTEM_ACTOR
from app.settings import SettingsService
from app.users import UserService
from app.vehicles import VehicleServices
from app.wording import say
from db.engine import sqlite_url
from db.migrate import BackupFailed, MigrationResult, SchemaTooNew, upgrade
from db.uow import Database

DB_ENV = "QIANTAI_DB"
log = logging.getLogger(__name__)


def database_url(paths: AppPaths, explicit: str | None = None) -> str:
    """--db wins, then QIANTAI_DB, then the SQLite file in the data directory."""
    return explicit or os.environ.get(DB_ENV) or sqlite_url(paths.database_file)


def open_database(url: str) -> tuple[Database, MigrationResult]:
    """Opens and migrates; every failure becomes one clear StorageError."""
    try:
        db = Database(url)
    except Exception as e:  # a malformed URL or a missing driver
        raise StorageError(say("无法打开数据库 {url}：{e}", url=url, e=e)) from e
    try:
        result = upgrade(db.engine)
    except BackupFailed as e:
        db.dispose()
        raise StorageError(
            say(
                "升级数据库前无法创建备份 {target}：{reason}。"
                "数据库未改动；请检查数据文件夹的写入权限和剩余空间。",
                target=str(e.target),
                reason=e.reason,
            )
        ) from e
    except SchemaTooNew as e:
        db.dispose()
        raise StorageError(
            say(
                "数据库结构版本 {revision} 比本程序新，请安装新版程序后再打开（数据库未改动）。",
                revision=e.revision,
            )
        ) from e
    except (OperationalError, DBAPIError) as e:
        db.dispose()
        error = storage_error(e, db.sqlite_folder)
        if error is None:
            raise  # not a storage failure: a bug, for the excepthook
        raise error from e
    return db, result


@dataclass
class Services:
    """Every service of the program, built once and handed to the UI. The one place that plugs
    the capabilities' ports together (orders' ServiceReminders and InspectionFindings, the
    lookup's OrderNumbers, the vehicles' PaperReminders, the inspection's FollowUps)."""

    db: Database
    paths: AppPaths
    clock: Clock
    users: UserService
    settings: SettingsService
    printing: PrintService
    vehicles: VehicleServices
    orders: OrderServices
    inspection: InspectionService
    claims: ClaimServices
    reminders: ReminderService
    reports: ReportService
    complaints: ComplaintService
    backup: BackupService
    privacy: PrivacyService
    audit_log: AuditLogService
    appointments: AppointmentService

    @classmethod
    def build(
        cls, db: Database, paths: AppPaths, clock: Clock = system_clock, hasher: PasswordHasher | None = None
    ) -> Services:
        """hasher: the program's password hashing unless a test brings a cheaper one."""
        settings = SettingsService(db)
        registry = DocumentRegistry()  # every capability's documents, declared below
        printing = PrintService(db, settings, clock, registry=registry)
        service_reminders = ServiceReminderPlanner()  # the orders' and the import's port
        vehicles = VehicleServices.build(
            db,
            clock,
            order_numbers=RoNumberIndex(),
            papers=PaperReminderPlanner(),
            readings=service_reminders,
        )
        orders = OrderServices.build(
            db,
            vehicles,
            settings,
            printing,
            reminders=service_reminders,
            inspection=InspectionFindingsReader(),
            clock=clock,
        )
        declare_order_documents(registry, orders)
        inspection = InspectionService(db, InspectionFollowUps(), clock)
        declare_inspection_documents(
            registry, InspectionSheetDocument(inspection, orders, vehicles, settings)
        )
        claims = ClaimServices.build(db, orders, vehicles, settings, printing, registry, clock)
        declare_reminder_documents(
            registry,
            ReminderDocuments(db, settings, printing, clock),
            LostAnalysisDocument(db, settings, clock),
        )
        reports = ReportService(db, clock)
        complaint_book = ComplaintBook()  # the reminders' Complaints port and the service's own
        declare_report_documents(registry, DailyReportDocument(reports, settings, clock))
        declare_appointment_documents(registry, AppointmentSlipDocument(db, settings, printing, clock))
        return cls(
            db=db,
            paths=paths,
            clock=clock,
            users=UserService(db, clock, hasher),
            settings=settings,
            printing=printing,
            vehicles=vehicles,
            orders=orders,
            inspection=inspection,
            claims=claims,
            reminders=ReminderService(db, complaint_book, clock),
            reports=reports,
            complaints=ComplaintService(db, vehicles.lookup, complaint_book, clock),
            backup=BackupService(db, paths, clock),
            privacy=PrivacyService(db, clock),
            audit_log=AuditLogService(db, clock),
            appointments=AppointmentService(db, clock),
        )

    def startup_jobs(self) -> None:
        """What the program does once at every start, after the database is open (the window
        calls it off the UI thread): the bookings of the days before today not arrived become
        no-shows. A job that fails is logged and left to the next start; the program starts."""
        try:
            closed = self.appointments.close_days(SYSTEM_ACTOR)
        except QiantaiError as e:
            log.warning("start-up: the bookings of the days before could not be closed: %s", e)
            return
        if closed:
            log.info("start-up: %d bookings of the days before marked as no-shows", closed)

    def close(self) -> None:
        self.db.dispose()

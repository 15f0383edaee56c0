"""Vehicle models with their warranty terms and maintenance rule.

Anyone who may edit vehicles may add a model with the default terms (a car of a line not yet on
file arrives at the counter); changing terms is a dealer setting.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import audit
from app.changes import Change, announces
from app.clock import Clock, system_clock
from app.errors import NotFound, ValidationError
from app.roles import Actor, Permission, require
from app.uow import check_version, reading, unit_of_work
from app.users import authorize
from app.wording import say
from db.models import VehicleModel
from db.uow import Database

# Legal minimums of the 2022 三包 rules; manufacturers may give more, never less.
MIN_SANBAO = (24, 50_000)
MIN_REPAIR = (36, 60_000)
DEFAULT_BATTERY = (96, 120_000)


@dataclass(frozen=True)
class ModelTerms:
    basic_months: int = 36
    basic_km: int = 100_000
    sanbao_months: int = 24
    sanbao_km: int = 50_000
    repair_months: int = 36
    repair_km: int = 60_000
    battery_months: int | None = None
    battery_km: int | None = None
    first_service_months: int = 6
    first_service_km: int = 5_000
    service_interval_months: int = 12
    service_interval_km: int = 10_000


DEFAULT_TERMS = ModelTerms()
# The terms the supervisor sets (update_service_intervals); the rest are the dealer's settings.
SERVICE_INTERVALS = (
    "first_service_months",
    "first_service_km",
    "service_interval_months",
    "service_interval_km",
)


@dataclass(frozen=True)
class ModelInput:
    brand: str
    name: str
    is_nev: bool = False
    terms: ModelTerms | None = None  # None: the defaults (and a battery warranty for NEVs)


@dataclass(frozen=True)
class ModelInfo:
    id: int
    brand: str
    name: str
    is_nev: bool
    terms: ModelTerms
    version: int

    @property
    def display(self) -> str:
        return f"{self.brand} {self.name}".strip()


_COLUMNS = {
    "basic_months": "basic_warranty_months",
    "basic_km": "basic_warranty_km",
    "sanbao_months": "sanbao_months",
    "sanbao_km": "sanbao_km",
    "repair_months": "repair_warranty_months",
    "repair_km": "repair_warranty_km",
    "battery_months": "battery_warranty_months",
    "battery_km": "battery_warranty_km",
    "first_service_months": "first_service_months",
    "first_service_km": "first_service_km",
    "service_interval_months": "service_interval_months",
    "service_interval_km": "service_interval_km",
}


def model_info(row: VehicleModel) -> ModelInfo:
    terms = ModelTerms(**{field: getattr(row, column) for field, column in _COLUMNS.items()})
    return ModelInfo(row.id, row.brand, row.name, row.is_nev, terms, row.version)


def _clean_text(field: str, value: str, label: str, limit: int) -> str:
    text = " ".join(value.split())
    if not text:
        raise ValidationError(field, say("请填写{label}", label=label))
    if len(text) > limit:
        raise ValidationError(field, say("{label}最多 {limit} 个字", label=label, limit=limit))
    return text


def clean_terms(terms: ModelTerms | None, is_nev: bool) -> ModelTerms:
    t = terms or (
        replace(DEFAULT_TERMS, battery_months=DEFAULT_BATTERY[0], battery_km=DEFAULT_BATTERY[1])
        if is_nev
        else DEFAULT_TERMS
    )
    for field, value in asdict(t).items():
        if value is not None and (not isinstance(value, int) or value <= 0):
            raise ValidationError(f"terms.{field}", say("期限和里程应为正整数"))
    if t.sanbao_months < MIN_SANBAO[0] or t.sanbao_km < MIN_SANBAO[1]:
        raise ValidationError(
            "terms.sanbao_months", say("三包有效期不得短于 2 年或 50000 公里（国家规定的最低标准）")
        )
    if t.repair_months < MIN_REPAIR[0] or t.repair_km < MIN_REPAIR[1]:
        raise ValidationError(
            "terms.repair_months", say("包修期不得短于 3 年或 60000 公里（国家规定的最低标准）")
        )
    if (t.battery_months is None) != (t.battery_km is None):
        raise ValidationError("terms.battery_months", say("动力电池质保须同时填写年限和里程"))
    if not is_nev and t.battery_months is not None:
        raise ValidationError("terms.battery_months", say("只有新能源车型有动力电池质保"))
    return t


def find_model(s: Session, brand: str, name: str) -> VehicleModel | None:
    """Brand and model name matched without regard to case or spacing (the table is small)."""
    b, n = " ".join(brand.split()).lower(), " ".join(name.split()).lower()
    return s.scalar(
        select(VehicleModel).where(func.lower(VehicleModel.brand) == b, func.lower(VehicleModel.name) == n)
    )


def insert_model(s: Session, actor: Actor, data: ModelInput) -> VehicleModel:
    brand = _clean_text("brand", data.brand, say("品牌"), 32)
    name = _clean_text("model", data.name, say("车型"), 64)
    terms = clean_terms(data.terms, data.is_nev)
    if find_model(s, brand, name) is not None:
        raise ValidationError("model", say("车型“{brand} {name}”已存在", brand=brand, name=name))
    row = VehicleModel(
        brand=brand,
        name=name,
        is_nev=data.is_nev,
        **{column: getattr(terms, field) for field, column in _COLUMNS.items()},
    )
    s.add(row)
    s.flush()
    audit.record(s, actor, "vehicle_model.add", "vehicle_model", row.id, None, _snapshot(row))
    return row


def _snapshot(row: VehicleModel) -> dict[str, object]:
    return {"brand": row.brand, "name": row.name, "is_nev": row.is_nev} | {
        column: getattr(row, column) for column in _COLUMNS.values()
    }


class VehicleModelService:
    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self._db = db
        self._clock = clock

    def list_models(self, actor: Actor) -> list[ModelInfo]:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            rows = s.scalars(select(VehicleModel).order_by(VehicleModel.brand, VehicleModel.name))
            return [model_info(r) for r in rows]

    def get_model(self, actor: Actor, model_id: int) -> ModelInfo:
        require(actor, Permission.VIEW_BOARD)
        with reading(self._db) as s:
            authorize(s, actor, Permission.VIEW_BOARD)
            row = s.get(VehicleModel, model_id)
            if row is None:
                raise NotFound(say("车型 {model_id} 不存在", model_id=model_id))
            return model_info(row)

    @announces(Change.MODELS)
    def create_model(self, actor: Actor, data: ModelInput) -> ModelInfo:
        require(actor, Permission.EDIT_VEHICLES)
        if data.terms is not None and data.terms != clean_terms(None, data.is_nev):
            require(actor, Permission.EDIT_DEALER_SETTINGS)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_VEHICLES)
            if data.terms is not None and data.terms != clean_terms(None, data.is_nev):
                actor = authorize(s, actor, Permission.EDIT_DEALER_SETTINGS)
            return model_info(insert_model(s, actor, data))

    @announces(Change.MODELS)
    def update_service_intervals(
        self, actor: Actor, model_id: int, version: int, intervals: ModelTerms
    ) -> ModelInfo:
        """The supervisor's: a model's first service and regular service (months and km) from
        `intervals`; its name and warranty terms stay as they are (those are the dealer's settings)."""
        require(actor, Permission.EDIT_SERVICE_INTERVALS)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_SERVICE_INTERVALS)
            row = s.get(VehicleModel, model_id)
            if row is None:
                raise NotFound(say("车型 {model_id} 不存在", model_id=model_id))
            check_version(row, version)
            stored = model_info(row).terms
            terms = clean_terms(
                replace(stored, **{name: getattr(intervals, name) for name in SERVICE_INTERVALS}), row.is_nev
            )
            before = _snapshot(row)
            for name in SERVICE_INTERVALS:
                setattr(row, _COLUMNS[name], getattr(terms, name))
            s.flush()
            audit.record(s, actor, "vehicle_model.edit", "vehicle_model", row.id, before, _snapshot(row))
            return model_info(row)

    @announces(Change.MODELS)
    def update_model(self, actor: Actor, model_id: int, version: int, data: ModelInput) -> ModelInfo:
        require(actor, Permission.EDIT_DEALER_SETTINGS)
        brand = _clean_text("brand", data.brand, say("品牌"), 32)
        name = _clean_text("model", data.name, say("车型"), 64)
        terms = clean_terms(data.terms, data.is_nev)
        with unit_of_work(self._db) as s:
            actor = authorize(s, actor, Permission.EDIT_DEALER_SETTINGS)
            row = s.get(VehicleModel, model_id)
            if row is None:
                raise NotFound(say("车型 {model_id} 不存在", model_id=model_id))
            check_version(row, version)
            other = find_model(s, brand, name)
            if other is not None and other.id != row.id:
                raise ValidationError("model", say("车型“{brand} {name}”已存在", brand=brand, name=name))
            before = _snapshot(row)
            row.brand, row.name, row.is_nev = brand, name, data.is_nev
            for field, column in _COLUMNS.items():
                setattr(row, column, getattr(terms, field))
            s.flush()
            audit.record(s, actor, "vehicle_model.edit", "vehicle_model", row.id, before, _snapshot(row))
            return model_info(row)

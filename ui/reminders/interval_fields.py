"""The four service intervals of a vehicle model as the 保养间隔 dialog shows and reads them:
their captions, the table's columns, and the numbers typed (full-width digits and thousands
separators accepted). The form's fields are named as the service names their mistakes
(terms.first_service_months …, see clean_terms in app/vehicles/models.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.errors import FieldErrors, ValidationError
from app.validation import to_halfwidth
from app.vehicles import ModelInfo
from ui.i18n import tr as _tr
from ui.table_model import Column

INTERVALS = ("first_service_months", "first_service_km", "service_interval_months", "service_interval_km")
# Beyond these a value is a slip of the keyboard (and would not fit the database's integers).
MAX_MONTHS = 120
MAX_KM = 1_000_000
_DIGITS = re.compile(r"[0-9]+")
_SEPARATORS = re.compile(r"[,，\s]")


def field_name(interval: str) -> str:
    """The form's name of an interval: the service's name of its mistakes."""
    return f"terms.{interval}"


def interval_captions() -> dict[str, str]:
    """Each interval's caption, in the order of the form (and of Enter)."""
    return {
        "first_service_months": _tr("首保（月）"),
        "first_service_km": _tr("首保里程 km"),
        "service_interval_months": _tr("保养间隔（月）"),
        "service_interval_km": _tr("保养间隔 km"),
    }


def interval_text(interval: str, value: int) -> str:
    return f"{value:,}" if interval.endswith("_km") else str(value)


def model_columns() -> list[Column[ModelInfo]]:
    captions = interval_captions()

    def column(interval: str) -> Column[ModelInfo]:
        return Column(
            captions[interval],
            lambda info: interval_text(interval, getattr(info.terms, interval)),
            align_right=True,
        )

    return [
        Column(QCoreApplication.translate("ModelIntervals", "品牌"), lambda info: info.brand),
        Column(QCoreApplication.translate("ModelIntervals", "车型"), lambda info: info.name),
        *(column(interval) for interval in INTERVALS),
    ]


def read_interval(interval: str, text: str, errors: FieldErrors) -> int | None:
    """The whole number typed, or None after noting the mistake. Zero goes on to the service,
    which says what it accepts."""
    typed = _SEPARATORS.sub("", to_halfwidth(text))
    name = field_name(interval)
    if not _DIGITS.fullmatch(typed):
        errors.add(ValidationError(name, _tr("请填写整数")))
        return None
    value = int(typed)
    if interval.endswith("_months") and value > MAX_MONTHS:
        errors.add(ValidationError(name, _tr("最多 {0} 个月").format(MAX_MONTHS)))
        return None
    if interval.endswith("_km") and value > MAX_KM:
        errors.add(ValidationError(name, _tr("最多 {0} km").format(f"{MAX_KM:,}")))
        return None
    return value

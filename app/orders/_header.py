"""The order form's header fields, checked and cleaned (the same for a new and an open order)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.errors import FieldErrors, ValidationError
from app.orders.lines import MAX_FEN
from app.orders.records import OrderEdit
from app.orders.status import FUEL_LEVELS, JOB_TYPES, JobType
from app.validation import refuse_unsafe_characters, validate_phone
from app.wording import labels, say

MAX_STATEMENT = 2000
# A year of hours: more excluded time than that is a typing mistake.
MAX_EXCLUDED_HOURS = 24 * 366
STATEMENT_OPTIONAL = frozenset({JobType.MAINTENANCE.value, JobType.INTERNAL.value})


def clean_job_types(job_types: Sequence[str]) -> tuple[str, ...]:
    cleaned: list[str] = []
    for raw in job_types:
        job = raw.strip()
        if job not in JOB_TYPES:
            raise ValidationError(
                "job_types", say("未知的维修类型“{job}”，可选：{options}", job=job, options=labels(JOB_TYPES))
            )
        if job not in cleaned:
            cleaned.append(job)
    if not cleaned:
        raise ValidationError("job_types", say("请至少选择一种维修类型"))
    return tuple(j for j in JOB_TYPES if j in cleaned)


@dataclass(frozen=True)
class CleanHeader:
    job_types: tuple[str, ...]
    statement: str
    fuel_level: str
    promised_at: dt.datetime | None
    brought_by: str
    brought_by_phone: str
    estimate_fen: int | None
    mileage_in: int
    excluded_hours: int = 0


def _clean_statement(statement: str, jobs: tuple[str, ...]) -> str:
    text = refuse_unsafe_characters("customer_statement", statement, multiline=True).strip()
    if not text and not set(jobs) <= STATEMENT_OPTIONAL:
        raise ValidationError("customer_statement", say("请记录客户对故障的描述（三包维修记录要求）"))
    if len(text) > MAX_STATEMENT:
        raise ValidationError("customer_statement", say("客户描述最多 {limit} 字", limit=MAX_STATEMENT))
    return text


def _clean_fuel(fuel_level: str) -> str:
    if fuel_level not in FUEL_LEVELS:
        raise ValidationError("fuel_level", say("油量应为：{levels}", levels=" ".join(FUEL_LEVELS)))
    return fuel_level


def _clean_promised(promised_at: dt.datetime | None, opened_at: dt.datetime) -> dt.datetime | None:
    if promised_at is not None:
        if promised_at.tzinfo is None:
            raise ValidationError("promised_at", say("预计交车时间缺少时区"))
        if promised_at < opened_at:
            raise ValidationError("promised_at", say("预计交车时间不能早于接车时间"))
    return promised_at


def _clean_brought_by(brought_by: str) -> str:
    who = " ".join(refuse_unsafe_characters("brought_by", brought_by).split())
    if len(who) > 64:
        raise ValidationError("brought_by", say("送修人姓名最多 64 字"))
    return who


def _clean_phone(brought_by_phone: str) -> str:
    if not brought_by_phone.strip():
        return ""
    try:
        check = validate_phone(brought_by_phone)
    except ValidationError as e:
        raise ValidationError("brought_by_phone", e.message) from None
    return check.number + (f"-{check.extension}" if check.extension else "")


def clean_estimate(estimate_fen: int | None) -> int | None:
    if estimate_fen is not None and (
        isinstance(estimate_fen, bool) or not isinstance(estimate_fen, int) or estimate_fen < 0
    ):
        raise ValidationError("estimate_fen", say("预估金额应为不小于 0 的整数（分）"))
    if estimate_fen is not None and estimate_fen > MAX_FEN:
        raise ValidationError("estimate_fen", say("预估金额过大，请核对"))
    return estimate_fen


def _clean_mileage(mileage_in: int) -> int:
    if isinstance(mileage_in, bool) or not isinstance(mileage_in, int) or mileage_in < 0:
        raise ValidationError("mileage_in", say("请填写进厂里程（公里，整数）"))
    if mileage_in > 3_000_000:
        raise ValidationError("mileage_in", say("进厂里程过大，请核对"))
    return mileage_in


def clean_header(
    *,
    job_types: Sequence[str],
    statement: str,
    fuel_level: str,
    promised_at: dt.datetime | None,
    brought_by: str,
    brought_by_phone: str,
    estimate_fen: int | None,
    mileage_in: int,
    opened_at: dt.datetime,
    errors: FieldErrors,
) -> CleanHeader:
    """The header cleaned; each mistake goes to errors (a wrong field keeps a harmless value)."""
    no_jobs: tuple[str, ...] = ()
    jobs = errors.check(lambda: clean_job_types(job_types), no_jobs)
    return CleanHeader(
        jobs,
        errors.check(lambda: _clean_statement(statement, jobs), ""),
        errors.check(lambda: _clean_fuel(fuel_level), ""),
        errors.check(lambda: _clean_promised(promised_at, opened_at), None),
        errors.check(lambda: _clean_brought_by(brought_by), ""),
        errors.check(lambda: _clean_phone(brought_by_phone), ""),
        errors.check(lambda: clean_estimate(estimate_fen), None),
        errors.check(lambda: _clean_mileage(mileage_in), 0),
    )


def km_figure(km: int) -> str:
    """A mileage as the order form shows it (20,100): the message names the same figure."""
    return f"{km:,}"


def clean_excluded_hours(hours: int) -> int:
    """Hours the 三包 rule leaves out of the 30 cumulative repair days: a whole number of hours."""
    if isinstance(hours, bool) or not isinstance(hours, int) or hours < 0:
        raise ValidationError("excluded_hours", say("不计入三包修理天数的时间应为不小于 0 的整数（小时）"))
    if hours > MAX_EXCLUDED_HOURS:
        raise ValidationError(
            "excluded_hours",
            say("不计入三包修理天数的时间最多 {limit} 小时，请核对", limit=MAX_EXCLUDED_HOURS),
        )
    return hours


def check_mileage(
    mileage: int, previous: int | None, odometer_changed: bool, field: str = "mileage_in"
) -> None:
    """Refuses a reading lower than `previous`, the reading it follows: on opening, the vehicle's
    last mileage (the figure the order form's header shows as 上次里程); on editing an open order,
    the latest reading before the order's own."""
    if previous is not None and mileage < previous and not odometer_changed:
        raise ValidationError(
            field,
            say(
                "里程 {km} 公里低于上次记录的 {last} 公里。如仪表已更换或调整，请勾选“仪表已更换”后再保存",
                km=km_figure(mileage),
                last=km_figure(previous),
            ),
        )


def form_header(data: OrderEdit, opened_at: dt.datetime, errors: FieldErrors) -> CleanHeader:
    """The header fields of the form, checked and cleaned (the same for a new and an open order);
    the mistakes go to errors, for the caller to raise with those it finds itself."""
    header = clean_header(
        job_types=data.job_types,
        statement=data.customer_statement,
        fuel_level=data.fuel_level,
        promised_at=data.promised_at,
        brought_by=data.brought_by,
        brought_by_phone=data.brought_by_phone,
        estimate_fen=data.estimate_fen,
        mileage_in=data.mileage_in,
        opened_at=opened_at,
        errors=errors,
    )
    return replace(header, excluded_hours=errors.check(lambda: clean_excluded_hours(data.excluded_hours), 0))

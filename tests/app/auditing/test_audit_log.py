"""The audit viewer's service: a day's changes made through the services with their before → after,
the filters (days, user, category, one record as typed, text), paging, who may read it, its own use
and its exports audited, the workbook read back; prints of documents with customer data recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from app.auditing import (
    EXPORTED,
    VIEWED,
    AuditCategory,
    AuditLine,
    AuditQuery,
    FieldChange,
    changes,
    summary,
)
from app.context import Services
from app.errors import PermissionDenied, ValidationError
from app.printing import PrintOptions, PrintService
from app.reports import CloseInput, ComplaintCategory, ComplaintChannel, ComplaintInput
from app.roles import Actor, Role
from app.vehicles import VehicleInput
from db.models import AuditEntry
from tests.app.factories import add_model, add_vehicle, open_order
from tests.app.printing.test_documents import NoteTakingSpool
from tests.conftest import make_actor


def today() -> dt.date:
    """The rows' time is the real time they were written (app.audit), not the tests' clock."""
    return dt.datetime.now().astimezone().date()


def days_around() -> AuditQuery:
    return AuditQuery(since=today() - dt.timedelta(days=1), until=today() + dt.timedelta(days=1))


def by_action(lines: tuple[AuditLine, ...], action: str) -> AuditLine:
    return next(line for line in lines if line.action == action)


def diff_of(line: AuditLine) -> dict[str, tuple[str | None, str | None]]:
    return {c.field: (c.before, c.after) for c in line.changes}


def count(svc: Services, action: str) -> int:
    with svc.db.read() as s:
        return int(s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.action == action)) or 0)


@pytest.fixture
def day(services: Services) -> Iterator[dict[str, object]]:
    """A counter's day: a car registered, an order opened, the car's plate and colour edited, a
    complaint recorded and closed, each by the service a user at the counter calls."""
    svc = services
    admin = make_actor(svc, Role.ADMIN, "boss")
    advisor = make_actor(svc, Role.ADVISOR, "xiaowang")
    supervisor = make_actor(svc, Role.SUPERVISOR, "liu")
    model = add_model(svc, admin)
    car = add_vehicle(
        svc, advisor, model, plate="粤B12345", owner="张三", phones=("13812345678",), confirm=True
    )
    order = open_order(svc, advisor, car, mileage=12_000, statement="空调不凉")
    edited = svc.vehicles.vehicles.update(
        advisor,
        car.id,
        car.version,
        VehicleInput(vin=car.vin, model_id=model.id, owner_id=car.owner_id, plate="粤B54321", colour="白色"),
        confirm_warnings=True,
    )
    complaint = svc.complaints.record(
        advisor,
        ComplaintInput(
            car.owner_id, car.id, order.id, ComplaintChannel.COUNTER, ComplaintCategory.QUALITY, "故障灯又亮"
        ),
    )
    closed = svc.complaints.close(supervisor, complaint.id, complaint.version, CloseInput("免费复检", True))
    yield {
        "admin": admin,
        "advisor": advisor,
        "supervisor": supervisor,
        "car": edited,
        "order": order,
        "complaint": closed,
    }


def test_a_days_changes_show_with_their_before_and_after(services: Services, day: dict[str, object]) -> None:
    supervisor = day["supervisor"]
    assert isinstance(supervisor, Actor)
    page = services.audit_log.search(supervisor, AuditQuery(since=today(), until=today()))
    lines = page.lines
    assert [line.at for line in lines] == sorted((line.at for line in lines), reverse=True)
    opened = by_action(lines, "order.open")
    assert opened.action_label == "开单" and opened.user_name == "测试advisor"
    assert opened.record_label == f"工单 {day['order'].ro_number}"  # type: ignore[attr-defined]
    assert diff_of(opened)["mileage_in"] == (None, "12000")
    edit = by_action(lines, "vehicle.edit")
    assert edit.record_label == "车辆 粤B·54321"
    assert diff_of(edit)["plate"] == ("粤B12345", "粤B54321")
    assert diff_of(edit)["colour"] == ("", "白色")
    assert "model_id" not in diff_of(edit)  # unchanged fields are not listed
    assert "车牌：粤B12345 → 粤B54321" in edit.summary
    closing = by_action(lines, "complaint.close")
    assert closing.user_name == "测试supervisor" and closing.action_label == "投诉结案"
    assert diff_of(closing)["resolution"] == ("", "免费复检")
    assert diff_of(closing)["customer_satisfied"] == ("null", "true")  # as stored: JSON
    assert closing.record_label == f"投诉 #{day['complaint'].id}"  # type: ignore[attr-defined]


def test_filters_by_user_category_action_record_and_text(services: Services, day: dict[str, object]) -> None:
    svc, supervisor, advisor = services, day["supervisor"], day["advisor"]
    assert isinstance(supervisor, Actor) and isinstance(advisor, Actor)
    base = days_around()
    mine = svc.audit_log.search(supervisor, replace(base, user_id=supervisor.user_id)).lines
    assert {line.action for line in mine} - {VIEWED} == {"complaint.close"}
    assert all(line.user_id == supervisor.user_id for line in mine)
    orders = svc.audit_log.search(supervisor, replace(base, category=AuditCategory.ORDERS)).lines
    assert orders and all(line.action.startswith(("order.", "mileage.")) for line in orders)
    only = svc.audit_log.search(supervisor, replace(base, action="vehicle.edit")).lines
    assert [line.action for line in only] == ["vehicle.edit"]
    # One record as typed: the RO number, the plate (old or new), the VIN, the complaint's number.
    ro = day["order"].ro_number  # type: ignore[attr-defined]
    page = svc.audit_log.search(supervisor, replace(base, record=ro.lower()))
    assert page.record is not None and page.record.label == f"工单 {ro}"
    assert {line.action for line in page.lines} == {"order.open"}
    for typed in ("粤b54321", "粤B12345", day["car"].vin):  # type: ignore[attr-defined]
        found = svc.audit_log.search(supervisor, replace(base, record=typed)).lines
        assert {"vehicle.add", "vehicle.edit"} <= {line.action for line in found}, typed
        assert {line.entity for line in found} == {"vehicle"}
    complaint = svc.audit_log.search(
        supervisor,
        replace(base, record=f"#{day['complaint'].id}"),  # type: ignore[attr-defined]
    ).lines
    assert {line.action for line in complaint} == {"complaint.open", "complaint.close"}
    customer = svc.audit_log.search(supervisor, replace(base, record="138 1234 5678")).lines
    assert customer and {line.entity for line in customer} == {"customer"}
    with pytest.raises(ValidationError) as refused:
        svc.audit_log.search(supervisor, replace(base, record="RO19990101-0001"))
    assert refused.value.field == "record" and "找不到" in str(refused.value)
    # Text in the before or after: the complaint's resolution, a plate; % and _ are no wildcards.
    text = svc.audit_log.search(supervisor, replace(base, text="免费复检")).lines
    assert {line.action for line in text} == {"complaint.close"}
    assert svc.audit_log.search(supervisor, replace(base, text="%")).lines == ()


def test_days_are_the_counters_local_days(
    services: Services, day: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    svc, admin, supervisor = services, day["admin"], day["supervisor"]
    assert isinstance(admin, Actor) and isinstance(supervisor, Actor)
    # A row written at 23:30 Beijing time three days ago (15:30 UTC) belongs to that day.
    earlier = dt.datetime.combine(today() - dt.timedelta(days=3), dt.time(23, 30)).astimezone()
    monkeypatch.setattr("app.audit.utcnow", lambda: earlier.astimezone(dt.UTC))
    svc.users.set_active(admin, supervisor.user_id or 0, True)
    monkeypatch.undo()
    that_day = earlier.date()
    lines = svc.audit_log.search(supervisor, AuditQuery(since=that_day, until=that_day)).lines
    assert [line.action for line in lines] == ["user.set_active"]
    next_day = that_day + dt.timedelta(days=1)
    assert svc.audit_log.search(supervisor, AuditQuery(since=next_day, until=next_day)).lines == ()
    today_lines = svc.audit_log.search(supervisor, AuditQuery(since=today(), until=today())).lines
    assert "user.set_active" not in {line.action for line in today_lines}
    with pytest.raises(ValidationError) as wrong:
        svc.audit_log.search(supervisor, AuditQuery(since=today(), until=that_day))
    assert wrong.value.field == "until"


def test_pages_newest_first_without_gaps(services: Services, day: dict[str, object]) -> None:
    supervisor = day["supervisor"]
    assert isinstance(supervisor, Actor)
    query = days_around()
    whole = services.audit_log.search(supervisor, query).lines
    seen: list[int] = []
    page = services.audit_log.search(supervisor, query, limit=3)
    while True:
        seen += [line.id for line in page.lines]
        if page.next is None:
            break
        page = services.audit_log.search(supervisor, query, after=page.next, limit=3)
    assert len(seen) == len(set(seen))
    assert set(seen) >= {line.id for line in whole if line.action != VIEWED}


def test_only_the_supervisor_and_the_administrator_may_read_it(
    services: Services, day: dict[str, object]
) -> None:
    advisor, admin = day["advisor"], day["admin"]
    assert isinstance(advisor, Actor) and isinstance(admin, Actor)
    claims = make_actor(services, Role.CLAIMS)
    for who in (advisor, claims):
        with pytest.raises(PermissionDenied):
            services.audit_log.search(who, days_around())
        with pytest.raises(PermissionDenied):
            services.audit_log.filters(who)
    assert services.audit_log.search(admin, days_around()).lines
    names = [u.name for u in services.audit_log.filters(admin).users]
    assert "测试advisor（xiaowang）" in names


def test_its_own_use_is_audited_once_per_filter_and_half_hour(
    services: Services, day: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    svc, supervisor = services, day["supervisor"]
    assert isinstance(supervisor, Actor)
    query = AuditQuery(since=today(), until=today())
    first = svc.audit_log.search(supervisor, query, limit=2)
    assert first.recorded and count(svc, VIEWED) == 1
    assert first.next is not None
    assert not svc.audit_log.search(supervisor, query, after=first.next, limit=2).recorded  # next page
    assert not svc.audit_log.search(supervisor, query).recorded  # F5, the same search again
    other = replace(query, record="粤B54321")
    assert svc.audit_log.search(supervisor, other).recorded  # another record: one more row
    assert count(svc, VIEWED) == 2
    (viewed,) = svc.audit_log.search(supervisor, replace(query, action=VIEWED, record="")).lines[-1:]
    assert viewed.user_id == supervisor.user_id and viewed.action_label == "查看审计日志"
    assert diff_of(viewed)["filter"][1] == f'{{"since": "{today()}", "until": "{today()}"}}'
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=31)
    monkeypatch.setattr("app.audit.utcnow", lambda: later)
    monkeypatch.setattr("app.auditing.service.utcnow", lambda: later)
    assert svc.audit_log.search(supervisor, query).recorded  # a new session
    assert count(svc, VIEWED) == 4  # the search above by VIEWED wrote one too


def test_the_export_is_a_workbook_and_is_audited(
    services: Services, day: dict[str, object], tmp_path: Path
) -> None:
    svc, admin = services, day["admin"]
    assert isinstance(admin, Actor)
    query = replace(days_around(), record="粤B54321")
    shown = svc.audit_log.search(admin, query).lines
    target = tmp_path / "审计.xlsx"
    written = svc.audit_log.export(admin, query, target)
    assert written == len(shown) >= 2
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["时间", "用户", "操作", "记录", "字段", "修改前", "修改后"]
    assert ["测试advisor", "修改车辆", "车辆 粤B·54321", "车牌", "粤B12345", "粤B54321"] in [
        r[1:] for r in rows
    ]
    (exported,) = svc.audit_log.search(admin, replace(days_around(), action=EXPORTED)).lines
    after = diff_of(exported)
    assert after["rows"] == (None, str(written)) and after["file"] == (None, "审计.xlsx")
    assert "粤B54321" in (after["filter"][1] or "")
    advisor = day["advisor"]
    assert isinstance(advisor, Actor)
    with pytest.raises(PermissionDenied):
        svc.audit_log.export(advisor, query, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_prints_of_documents_with_customer_data_are_recorded_and_found_by_their_record(
    services: Services, day: dict[str, object]
) -> None:
    svc, advisor, supervisor = services, day["advisor"], day["supervisor"]
    assert isinstance(advisor, Actor) and isinstance(supervisor, Actor)
    spool = NoteTakingSpool()
    printing = PrintService(svc.db, svc.settings, svc.clock, spool, registry=svc.printing.registry)
    ro = day["order"].ro_number  # type: ignore[attr-defined]
    printing.documents.print(advisor, "intake-sheet", ro, PrintOptions(show_full_phone=True))
    printing.documents.reprint(advisor, "intake-sheet", ro, "客户遗失")
    lines = svc.audit_log.search(supervisor, replace(days_around(), record=ro)).lines
    printed = by_action(lines, "document.print")
    assert printed.action_label == "打印含客户信息的单据" and printed.record_label.startswith("打印任务 #")
    assert diff_of(printed)["full_phone"] == (None, "true")
    assert diff_of(printed)["reference"] == (None, ro)
    assert by_action(lines, "document.reprint")
    outputs = svc.audit_log.search(supervisor, replace(days_around(), category=AuditCategory.OUTPUTS)).lines
    assert {"document.print", "document.reprint"} <= {line.action for line in outputs}
    # A daily report carries no customer's data: its print leaves only its job.
    printing.documents.print(supervisor, "daily-report", today().isoformat())
    assert count(svc, "document.print") == 1


def test_the_diff_lists_only_what_changed_with_values_as_stored() -> None:
    assert changes({"status": "维修中", "km": 10}, {"status": "待交车", "km": 10, "note": "x"}) == (
        FieldChange("status", "状态", "维修中", "待交车"),
        FieldChange("note", "备注", None, "x"),
    )
    assert changes(None, {"phones": ["13812345678"], "active": False}) == (
        FieldChange("phones", "电话", None, '["13812345678"]'),
        FieldChange("active", "启用", None, "false"),
    )
    assert changes({"plate": "粤B1"}, None) == (FieldChange("plate", "车牌", "粤B1", None),)
    assert changes({"x": 1}, {"x": True}) == (FieldChange("x", "x", "1", "true"),)  # 1 is not True
    assert changes({"a": 1}, {"a": 1}) == ()
    many = changes(None, {f"f{i}": i for i in range(5)})
    assert summary(many) == "f0：0；f1：1；f2：2；等 5 项"
    assert summary(changes({"note": "甲" * 40}, {"note": ""})).startswith("备注：" + "甲" * 23 + "… → ")

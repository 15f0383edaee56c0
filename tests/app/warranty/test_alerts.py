"""三包 alerts: repeated repairs, cumulative days, early major failures, long repairs."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from app.context import Services
from app.orders import LineInput
from app.roles import Actor
from app.warranty import (
    AlertKind,
    RepairFacts,
    RepairLineFacts,
    Severity,
    VehicleFacts,
    VisitState,
    WarrantyKind,
    WarrantyTerm,
    categories_in,
    repair_days,
    sanbao_alerts,
)
from tests.app.factories import add_model, add_vehicle, open_order

UTC = dt.UTC
START = dt.date(2026, 1, 10)
VEHICLE = VehicleFacts(
    start=START,
    sanbao=WarrantyTerm(WarrantyKind.SANBAO, 24, 50_000),
    repair=WarrantyTerm(WarrantyKind.REPAIR, 36, 60_000),
    km=20_000,
)
NOW = dt.datetime(2026, 11, 27, 2, 0, tzinfo=UTC)


def repair(
    n: int,
    statement: str,
    *,
    opened: dt.datetime | None = None,
    days: float = 1,
    km: int = 10_000,
    quality: bool = True,
    lines: tuple[RepairLineFacts, ...] = (),
    state: VisitState = VisitState.DELIVERED,
) -> RepairFacts:
    at = opened or dt.datetime(2026, 3, 1, 1, 0, tzinfo=UTC) + dt.timedelta(days=10 * n)
    return RepairFacts(
        n,
        f"RO{n}",
        at,
        at + dt.timedelta(days=days) if state is VisitState.DELIVERED else None,
        state,
        km,
        quality,
        statement,
        lines,
    )


def kinds(alerts: tuple) -> list[tuple[AlertKind, Severity]]:  # type: ignore[type-arg]
    return [(a.kind, a.severity) for a in alerts]


def test_art40_day_counting() -> None:
    t = dt.datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    assert repair_days(t, t) == 0
    assert repair_days(t, t + dt.timedelta(minutes=1)) == 1
    assert repair_days(t, t + dt.timedelta(hours=24)) == 1
    assert repair_days(t, t + dt.timedelta(hours=24, seconds=1)) == 2
    assert repair_days(t, t + dt.timedelta(days=5)) == 5


def test_fault_keywords_prefer_the_longer_word() -> None:
    assert categories_in("启动电机不转") == {"starter_12v"}
    assert categories_in("左转向灯不亮") == {"lights"}
    assert categories_in("方向盘抖动，刹车有异响") == {"steering", "brake"}


def test_fifth_repair_of_the_same_problem_is_critical() -> None:
    history = [repair(i, "空调不制冷") for i in range(4)]
    now_job = repair(99, "空调又不凉了", opened=NOW, state=VisitState.OPEN)
    alerts = sanbao_alerts(VEHICLE, history, NOW, now_job)
    assert (AlertKind.REPEAT_REPAIR, Severity.CRITICAL) in kinds(alerts)
    repeat = next(a for a in alerts if a.kind is AlertKind.REPEAT_REPAIR)
    assert "第 5 次" in repeat.message and "空调" in repeat.message
    assert repeat.ro_numbers == ("RO0", "RO1", "RO2", "RO3")


def test_fourth_repair_is_a_warning_and_other_problems_do_not_count() -> None:
    history = [repair(i, "空调不制冷") for i in range(3)] + [repair(5, "车窗升降卡滞")]
    alerts = sanbao_alerts(VEHICLE, history, NOW, repair(99, "空调不凉", opened=NOW, state=VisitState.OPEN))
    assert kinds(alerts) == [(AlertKind.REPEAT_REPAIR, Severity.WARNING)]
    assert (
        sanbao_alerts(VEHICLE, history, NOW, repair(99, "门锁异响", opened=NOW, state=VisitState.OPEN)) == ()
    )


def test_same_warranty_operation_code_is_the_same_problem() -> None:
    line = (RepairLineFacts("检修线路", warranty_operation="EL2001"),)
    history = [repair(i, "仪表报警", lines=line) for i in range(5)]
    assert (AlertKind.REPEAT_REPAIR, Severity.CRITICAL) in kinds(sanbao_alerts(VEHICLE, history, NOW))


def test_maintenance_accidents_and_repairs_outside_sanbao_do_not_count() -> None:
    maintenance = [repair(i, "保养时发现空调不凉", quality=False) for i in range(3)]
    accident = [repair(10 + i, "空调冷凝器撞坏", quality=False) for i in range(3)]
    over_km = [repair(20 + i, "空调不凉", km=60_000) for i in range(5)]
    assert sanbao_alerts(VEHICLE, maintenance + accident + over_km, NOW) == ()


def test_safety_fault_repaired_twice_and_back() -> None:
    history = [repair(i, "刹车失灵") for i in range(2)]
    assert kinds(sanbao_alerts(VEHICLE, history, NOW)) == [(AlertKind.SAFETY_REPEAT, Severity.WARNING)]
    again = sanbao_alerts(VEHICLE, history, NOW, repair(99, "刹车又软了", opened=NOW, state=VisitState.OPEN))
    assert (AlertKind.SAFETY_REPEAT, Severity.CRITICAL) in kinds(again)


def test_assembly_replaced_twice() -> None:
    part = (RepairLineFacts("变速箱总成", is_part=True),)
    history = [repair(i, "换挡冲击", lines=part) for i in range(2)]
    alerts = sanbao_alerts(VEHICLE, history, NOW, repair(99, "变速箱异响", opened=NOW, state=VisitState.OPEN))
    assert (AlertKind.ASSEMBLY_REPLACED, Severity.CRITICAL) in kinds(alerts)


def test_cumulative_repair_days_over_thirty() -> None:
    history = [repair(0, "发动机抖动", days=20), repair(1, "车窗异响", days=10, state=VisitState.DELIVERED)]
    assert kinds(sanbao_alerts(VEHICLE, history, NOW)) == [(AlertKind.CUMULATIVE_DAYS, Severity.WARNING)]
    alerts = sanbao_alerts(VEHICLE, [*history, repair(2, "灯光不亮", days=5.5)], NOW)
    cumulative = next(a for a in alerts if a.kind is AlertKind.CUMULATIVE_DAYS)
    assert cumulative.severity is Severity.CRITICAL and "36 天" in cumulative.message
    warning = sanbao_alerts(VEHICLE, [repair(0, "车窗异响", days=25)], NOW)
    assert kinds(warning) == [(AlertKind.CUMULATIVE_DAYS, Severity.WARNING)]


def test_major_failure_within_60_days_and_3000_km() -> None:
    # The start day is not counted: day 60 is 60 days after the start.
    day_60 = dt.datetime.combine(START + dt.timedelta(days=60), dt.time(10), tzinfo=UTC)
    day_61 = day_60 + dt.timedelta(days=1)
    job = repair(99, "发动机异响，故障灯亮", opened=day_60, km=2_999, state=VisitState.OPEN)
    early = kinds(sanbao_alerts(VEHICLE, [], day_60, job))
    assert (AlertKind.ASSEMBLY_FAILURE_60D, Severity.CRITICAL) in early
    late = repair(99, "发动机异响", opened=day_61, km=2_999, state=VisitState.OPEN)
    assert AlertKind.ASSEMBLY_FAILURE_60D not in [a.kind for a in sanbao_alerts(VEHICLE, [], day_61, late)]
    far = repair(99, "发动机异响", opened=day_60, km=3_001, state=VisitState.OPEN)
    assert AlertKind.ASSEMBLY_FAILURE_60D not in [a.kind for a in sanbao_alerts(VEHICLE, [], day_60, far)]
    minor = repair(99, "空调异味", opened=day_60, km=100, state=VisitState.OPEN)
    assert sanbao_alerts(VEHICLE, [], day_60, minor) == ()


def test_60_day_window_counts_as_the_rule_does() -> None:
    """docs/domain/warranty.md: invoice 2024-03-01, a gearbox fault on 2024-04-30 (day 60) at
    2,800 km is inside; on 2024-05-01, or on 2024-04-20 at 3,001 km, it is outside."""
    vehicle = VehicleFacts(dt.date(2024, 3, 1), VEHICLE.sanbao, VEHICLE.repair, 2_800)

    def at(day: dt.date, km: int) -> tuple[AlertKind, ...]:
        when = dt.datetime.combine(day, dt.time(3), tzinfo=UTC)
        job = repair(99, "变速箱异响，换挡冲击", opened=when, km=km, state=VisitState.OPEN)
        return tuple(a.kind for a in sanbao_alerts(vehicle, [], when, job))

    assert AlertKind.ASSEMBLY_FAILURE_60D in at(dt.date(2024, 4, 30), 2_800)
    assert AlertKind.ASSEMBLY_FAILURE_60D in at(dt.date(2024, 3, 1), 10)
    assert AlertKind.ASSEMBLY_FAILURE_60D not in at(dt.date(2024, 5, 1), 2_800)
    assert AlertKind.ASSEMBLY_FAILURE_60D not in at(dt.date(2024, 4, 20), 3_001)
    assert AlertKind.ASSEMBLY_FAILURE_60D in at(dt.date(2024, 4, 20), 3_000)


def test_long_repair_day_five_warns_and_day_six_is_critical() -> None:
    opened = NOW - dt.timedelta(days=4, hours=1)  # in its 5th day
    job = repair(7, "变速箱漏油", opened=opened, state=VisitState.OPEN)
    assert kinds(sanbao_alerts(VEHICLE, [job], NOW)) == [(AlertKind.LONG_REPAIR, Severity.WARNING)]
    later = NOW + dt.timedelta(days=1)  # 6th day
    alert = sanbao_alerts(VEHICLE, [job], later)[0]
    assert (alert.kind, alert.severity) == (AlertKind.LONG_REPAIR, Severity.CRITICAL)
    assert "第 6 天" in alert.message
    loaned = RepairFacts(7, "RO7", opened, None, VisitState.OPEN, 10_000, True, "变速箱漏油", loan_car=True)
    assert kinds(sanbao_alerts(VEHICLE, [loaned], later)) == [(AlertKind.LONG_REPAIR, Severity.INFO)]


def test_alerts_reach_the_order_and_the_card(services: Services, advisor: Actor, clock) -> None:
    model = add_model(services, advisor)
    v = add_vehicle(services, advisor, model, invoice_date=dt.date(2026, 10, 1), mileage=1_000)
    preview = services.orders.orders.preview_alerts(
        advisor, v.id, statement="发动机故障灯亮，怠速抖动", mileage_in=1_200
    )
    assert [a.kind for a in preview] == [AlertKind.ASSEMBLY_FAILURE_60D]
    order = open_order(
        services,
        advisor,
        v,
        mileage=1_200,
        statement="发动机故障灯亮",
        lines=(LineInput("labour", "发动机检查", code="EN01", hours="1", rate_fen=10000),),
    )
    assert AlertKind.ASSEMBLY_FAILURE_60D in [a.kind for a in order.alerts]
    clock.advance(days=5, hours=1)
    card = services.orders.cards.open(advisor, v.id)
    assert {a.kind for a in card.alerts} == {AlertKind.ASSEMBLY_FAILURE_60D, AlertKind.LONG_REPAIR}
    on_order = services.orders.orders.get_order(advisor, order.id).alerts
    assert {a.kind for a in on_order} == {a.kind for a in card.alerts}


def part(description: str, code: str) -> tuple[RepairLineFacts, ...]:
    return (RepairLineFacts(description, is_part=True, part_code=code),)


@pytest.mark.parametrize(
    ("description", "code", "system"),
    [
        ("涡轮增压器", "EN-TURBO-01", "发动机"),
        ("变速箱阀体", "GB-VB-01", "变速器"),
        ("电池模组", "BT-MOD-03", "动力蓄电池"),
        ("电机控制器", "DM-CTL-01", "行驶驱动电机"),
        ("转向机", "ST-GEAR-01", "转向系统"),
        ("制动总泵", "BR-MC-01", "制动系统"),
        ("前减震器", "SU-FD-01", "悬架系统"),
        ("传动轴", "DL-SHAFT-01", "传动系统"),
        ("三元催化器", "EM-TWC-01", "污染控制装置"),
        ("左前纵梁", "BD-RAIL-01", "车身"),
    ],
)
def test_the_same_main_part_of_each_of_the_ten_systems(description: str, code: str, system: str) -> None:
    """Art. 24 (3): the same main part of one of the ten systems replaced twice."""
    history = [repair(i, "异响", lines=part(description, code)) for i in range(2)]
    alerts = [a for a in sanbao_alerts(VEHICLE, history, NOW) if a.kind is AlertKind.PART_REPLACED]
    assert [(a.severity, a.ro_numbers) for a in alerts] == [(Severity.WARNING, ("RO0", "RO1"))]
    assert system in alerts[0].message and description in alerts[0].message
    assert "同一主要零件" in alerts[0].message


def test_the_same_part_is_known_by_its_part_number() -> None:
    history = [
        repair(0, "刹车异响", lines=part("前制动卡钳", "BR-CAL-01")),
        repair(1, "刹车跑偏", lines=part("左前制动钳总成", "br-cal-01 ")),
    ]
    again = repair(99, "刹车又跑偏", opened=NOW, state=VisitState.OPEN)
    alerts = [a for a in sanbao_alerts(VEHICLE, history, NOW, again) if a.kind is AlertKind.PART_REPLACED]
    assert [a.severity for a in alerts] == [Severity.CRITICAL]
    assert "制动系统" in alerts[0].message and "换车或退车" in alerts[0].message


def test_two_different_parts_of_one_system_are_not_the_same_part() -> None:
    history = [
        repair(0, "发动机异响", lines=part("活塞", "EN-PISTON-01")),
        repair(1, "发动机抖动", lines=part("气门", "EN-VALVE-02")),
        repair(2, "刹车异响", lines=part("前制动卡钳", "BR-CAL-01")),
        repair(3, "刹车偏软", lines=part("制动总泵", "BR-MC-01")),
    ]
    again = repair(99, "发动机又抖", opened=NOW, state=VisitState.OPEN)
    replaced = {AlertKind.PART_REPLACED, AlertKind.ASSEMBLY_REPLACED}
    assert [a for a in sanbao_alerts(VEHICLE, history, NOW, again) if a.kind in replaced] == []


def test_a_whole_assembly_and_one_of_its_parts_are_counted_apart() -> None:
    history = [
        repair(0, "发动机异响", lines=part("发动机总成", "EN-ASSY-01")),
        repair(1, "发动机无力", lines=part("涡轮增压器", "EN-TURBO-01")),
    ]
    replaced = {AlertKind.PART_REPLACED, AlertKind.ASSEMBLY_REPLACED}
    assert [a for a in sanbao_alerts(VEHICLE, history, NOW) if a.kind in replaced] == []


def test_a_whole_assembly_replaced_twice_has_its_own_wording() -> None:
    """Art. 24 (2): the engine, gearbox, traction battery or drive motor as a whole."""
    history = [
        repair(0, "换挡冲击", lines=part("变速箱总成", "GB-ASSY-01")),
        repair(1, "变速箱异响", lines=part("变速器总成", "GB-ASSY-02")),
    ]
    alerts = sanbao_alerts(VEHICLE, history, NOW)
    assert kinds(alerts) == [(AlertKind.ASSEMBLY_REPLACED, Severity.WARNING)]
    assert "变速器总成" in alerts[0].message and "同一主要零件" not in alerts[0].message
    again = sanbao_alerts(VEHICLE, history, NOW, repair(99, "换挡顿挫", opened=NOW, state=VisitState.OPEN))
    assert (AlertKind.ASSEMBLY_REPLACED, Severity.CRITICAL) in kinds(again)


def test_60_day_engine_or_gearbox_fault_offers_that_assembly_not_the_car() -> None:
    early = dt.datetime.combine(START + dt.timedelta(days=20), dt.time(3), tzinfo=UTC)
    for statement, assembly in [
        ("发动机异响", "发动机"),
        ("变速箱打滑", "变速器"),
        ("动力电池报警", "动力电池"),
        ("驱动电机异响", "驱动电机"),
    ]:
        job = repair(99, statement, opened=early, km=1_000, state=VisitState.OPEN)
        past = repair(98, statement, opened=early - dt.timedelta(days=1), km=900)
        for alert in sanbao_alerts(VEHICLE, [past], early, job):
            assert alert.kind is AlertKind.ASSEMBLY_FAILURE_60D, statement
            assert f"免费更换{assembly}" in alert.message
            assert "换车" not in alert.message and "退车" not in alert.message


def test_60_day_safety_failures_give_the_choice_of_car_replacement_or_refund() -> None:
    early = dt.datetime.combine(START + dt.timedelta(days=20), dt.time(3), tzinfo=UTC)
    for statement in ("转向失灵", "刹车失灵", "车身开裂", "燃油泄漏", "电池起火"):
        job = repair(99, statement, opened=early, km=1_000, state=VisitState.OPEN)
        alerts = sanbao_alerts(VEHICLE, [], early, job)
        assert [a.kind for a in alerts] == [AlertKind.MAJOR_FAILURE_60D], statement
        assert "换车或退车" in alerts[0].message
    both = repair(99, "发动机异响，刹车失灵", opened=early, km=1_000, state=VisitState.OPEN)
    assert sorted(a.kind for a in sanbao_alerts(VEHICLE, [], early, both)) == [
        AlertKind.ASSEMBLY_FAILURE_60D,
        AlertKind.MAJOR_FAILURE_60D,
    ]


def test_excluded_time_is_left_out_of_the_cumulative_days() -> None:
    """Time the rule excludes (parts made for the VIN in transport, rescue travel) does not count."""
    history = [repair(0, "发动机抖动", days=20), repair(1, "车窗异响", days=11)]
    assert kinds(sanbao_alerts(VEHICLE, history, NOW)) == [(AlertKind.CUMULATIVE_DAYS, Severity.CRITICAL)]
    waited = replace(history[1], excluded_hours=48)  # 11 days less 48 h: 9 days
    alerts = sanbao_alerts(VEHICLE, [history[0], waited], NOW)
    assert kinds(alerts) == [(AlertKind.CUMULATIVE_DAYS, Severity.WARNING)]
    assert "29 天" in alerts[0].message
    # A part of a day still counts as a day (Art. 40): 11 days less 47 h is 9 days 1 h -> 10 days.
    alerts = sanbao_alerts(VEHICLE, [history[0], replace(history[1], excluded_hours=47)], NOW)
    assert "30 天" in alerts[0].message
    # More excluded time than the repair took leaves the repair at 0 days, never negative.
    assert sanbao_alerts(VEHICLE, [history[0], replace(history[1], excluded_hours=1_000)], NOW) == ()

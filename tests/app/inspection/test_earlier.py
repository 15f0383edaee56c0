"""The vehicle's earlier complaints seen from the customer's words now: those on the same system
first (by the warranty's fault keywords), the others after, each with its date and RO number."""

from __future__ import annotations

import datetime as dt

from app.inspection import EarlierComplaint, by_system, category_labels
from app.inspection.earlier import categories_of, earlier_complaint

UTC = dt.UTC


def complaint(ro: str, day: int, text: str) -> EarlierComplaint:
    return earlier_complaint(ro, dt.datetime(2026, 5, day, 2, 0, tzinfo=UTC), text)


# Newest first, as the service hands them out.
EARLIER = (
    complaint("RO20260520-0003", 20, "空调不凉，出风口有异味"),
    complaint("RO20260512-0001", 12, "踩刹车时前轮吱吱响"),
    complaint("RO20260503-0002", 3, "保养"),
    complaint("RO20260501-0004", 1, "ABS 灯偶尔亮，方向盘有点沉"),
)


def ros(complaints: tuple[EarlierComplaint, ...]) -> list[str]:
    return [c.ro_number for c in complaints]


def test_an_earlier_complaint_keeps_its_date_number_words_and_the_categories_they_match() -> None:
    first, brake, service, both = EARLIER
    assert (first.ro_number, first.opened_at.date(), first.statement) == (
        "RO20260520-0003",
        dt.date(2026, 5, 20),
        "空调不凉，出风口有异味",
    )
    assert first.categories == ("aircon",)
    assert brake.categories == ("brake",)
    assert service.categories == ()
    assert both.categories == ("steering", "brake")  # in the table's order, not the words'


def test_those_on_the_same_system_come_first_the_others_after_newest_first() -> None:
    seen = by_system("刹车的时候有异响", EARLIER)
    assert seen.current == seen.shared == ("brake",)
    assert ros(seen.same_system) == ["RO20260512-0001", "RO20260501-0004"]
    assert ros(seen.others) == ["RO20260520-0003", "RO20260503-0002"]
    assert [str(label) for label in category_labels(seen.shared)] == ["制动系统"]


def test_words_on_two_systems_share_only_those_an_earlier_complaint_names() -> None:
    seen = by_system("刹车软，空调也不凉，车窗关不上", EARLIER)
    assert seen.current == ("brake", "aircon", "windows_doors")
    assert seen.shared == ("brake", "aircon")  # no earlier complaint about the windows
    assert ros(seen.same_system) == ["RO20260520-0003", "RO20260512-0001", "RO20260501-0004"]
    assert ros(seen.others) == ["RO20260503-0002"]


def test_words_on_a_system_no_earlier_complaint_names_share_none() -> None:
    seen = by_system("天窗漏水", EARLIER)
    assert seen.current == ("water_leak", "windows_doors") and seen.shared == ()
    assert seen.same_system == () and ros(seen.others) == ros(EARLIER)


def test_words_naming_no_system_leave_every_earlier_complaint_among_the_others() -> None:
    for words in ("", "客户说不清楚", "保养"):
        seen = by_system(words, EARLIER)
        assert seen.current == () and seen.same_system == () and seen.others == EARLIER
    assert by_system("刹车异响", ()).empty
    assert not by_system("", EARLIER).empty


def test_a_longer_keyword_hides_the_shorter_one_inside_it() -> None:
    # 转向灯 (turn signal) is a light, not the steering; 启动电机 is the starter, not the drive motor.
    assert categories_of("左转向灯不亮") == ("lights",)
    assert categories_of("启动电机异响") == ("starter_12v",)
    assert by_system("方向盘抖", (complaint("RO20260401-0001", 1, "右转向灯不亮"),)).shared == ()

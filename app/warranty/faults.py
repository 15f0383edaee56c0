"""A small fault-keyword table: which assembly a complaint or a repair line is about.

Used by the 三包 alerts to recognise "the same problem" and "a major failure". The table is a
heuristic on the words advisors and parts lists use; it names categories, not legal verdicts.
Longer keywords are tried first so that 启动电机 (starter) is not taken for 电机 (drive motor).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from app.wording import say

# The ten systems whose main parts count for "the same main part replaced twice"
# (docs/domain/warranty.md, Art. 24 condition 3), named as the rule names them.
ENGINE = say("发动机")
GEARBOX = say("变速器")
TRACTION_BATTERY = say("动力蓄电池")
DRIVE_MOTOR = say("行驶驱动电机")
STEERING = say("转向系统")
BRAKING = say("制动系统")
SUSPENSION = say("悬架系统")
TRANSMISSION = say("传动系统")
EMISSION_CONTROL = say("污染控制装置")
BODY = say("车身")
SYSTEMS = (
    ENGINE,
    GEARBOX,
    TRACTION_BATTERY,
    DRIVE_MOTOR,
    STEERING,
    BRAKING,
    SUSPENSION,
    TRANSMISSION,
    EMISSION_CONTROL,
    BODY,
)


class EarlyRemedy(StrEnum):
    """What a fault within 60 days / 3,000 km may give the customer (docs/domain/warranty.md)."""

    # A main-part fault of the engine, gearbox, traction battery or drive motor: free replacement
    # of that assembly, not of the car.
    ASSEMBLY = "assembly"
    # Steering or brake failure, body cracking, a fuel leak, a (battery) fire: replacing the car
    # or a refund, at the customer's choice.
    CAR = "car"


@dataclass(frozen=True)
class FaultCategory:
    code: str
    label: str
    keywords: tuple[str, ...]
    # What a fault of this category within 60 days / 3,000 km may give the customer, if anything.
    early: EarlyRemedy | None = None
    # A serious safety fault (Art. 24 condition 1: repaired twice and still present).
    safety: bool = False
    # The one of the ten systems (SYSTEMS) a replaced part of this category belongs to, for
    # "the same main part replaced twice" (Art. 24 condition 3); "" for none.
    system: str = ""
    # Words of a part line that name the whole assembly (engine, gearbox, traction battery, drive
    # motor) rather than one of its parts: Art. 24 condition 2, counted apart from condition 3.
    whole: tuple[str, ...] = ()

    @property
    def major(self) -> bool:
        """A fault the 60-day / 3,000 km signal looks for."""
        return self.early is not None


CATEGORIES: tuple[FaultCategory, ...] = (
    FaultCategory(
        "engine",
        say("发动机"),
        (
            "发动机",
            "引擎",
            "缸体",
            "缸盖",
            "曲轴",
            "凸轮轴",
            "活塞",
            "连杆",
            "气门",
            "正时",
            "烧机油",
            "拉缸",
            "机油泵",
            "涡轮增压",
        ),
        early=EarlyRemedy.ASSEMBLY,
        system=ENGINE,
        whole=("发动机总成", "引擎总成"),
    ),
    FaultCategory(
        "gearbox",
        say("变速器"),
        ("变速器", "变速箱", "波箱", "离合器", "换挡", "换档", "挂挡", "挂档", "双离合"),
        early=EarlyRemedy.ASSEMBLY,
        system=GEARBOX,
        whole=("变速器总成", "变速箱总成", "波箱总成"),
    ),
    FaultCategory(
        "traction_battery",
        say("动力电池"),
        ("动力电池", "动力蓄电池", "电池包", "电芯", "高压电池", "电池模组", "BMS"),
        early=EarlyRemedy.ASSEMBLY,
        system=TRACTION_BATTERY,
        whole=("动力电池总成", "动力蓄电池总成", "电池包总成", "高压电池总成"),
    ),
    FaultCategory(
        "drive_motor",
        say("驱动电机"),
        ("驱动电机", "电驱", "主电机", "电机控制器", "逆变器"),
        early=EarlyRemedy.ASSEMBLY,
        system=DRIVE_MOTOR,
        whole=("驱动电机总成", "电驱总成", "电驱动总成"),
    ),
    FaultCategory(
        "steering",
        say("转向系统"),
        ("转向", "方向盘", "方向机", "助力泵"),
        early=EarlyRemedy.CAR,
        safety=True,
        system=STEERING,
    ),
    FaultCategory(
        "brake",
        say("制动系统"),
        ("制动", "刹车", "ABS", "刹车片", "刹车盘", "真空助力"),
        early=EarlyRemedy.CAR,
        safety=True,
        system=BRAKING,
    ),
    FaultCategory(
        "body_crack",
        say("车身开裂"),
        ("车身开裂", "车身裂", "纵梁", "横梁开裂", "车架开裂"),
        early=EarlyRemedy.CAR,
        system=BODY,
    ),
    FaultCategory(
        "fuel_leak",
        say("燃油泄漏"),
        ("燃油泄漏", "漏汽油", "油箱漏", "燃油管漏", "油管漏油", "汽油味"),
        early=EarlyRemedy.CAR,
        safety=True,
    ),
    FaultCategory(
        "fire", say("起火"), ("起火", "自燃", "着火", "冒烟", "冒火"), early=EarlyRemedy.CAR, safety=True
    ),
    FaultCategory("airbag", say("安全气囊"), ("安全气囊", "气囊"), safety=True),
    FaultCategory("aircon", say("空调"), ("空调", "冷气", "暖风", "压缩机")),
    FaultCategory(
        "starter_12v", say("启动/蓄电池"), ("启动电机", "起动机", "电瓶", "蓄电池", "打不着火", "无法启动")
    ),
    FaultCategory("water_leak", say("漏水"), ("漏水", "进水", "渗水")),
    FaultCategory("lights", say("灯光"), ("大灯", "尾灯", "灯光", "转向灯")),
    FaultCategory("infotainment", say("多媒体"), ("中控屏", "车机", "导航", "音响", "倒车影像")),
    FaultCategory("windows_doors", say("门窗"), ("车窗", "门锁", "天窗", "玻璃升降")),
    FaultCategory(
        "suspension",
        say("悬挂"),
        ("减震", "减振", "悬挂", "悬架", "避震", "底盘异响", "控制臂", "摆臂", "稳定杆"),
        system=SUSPENSION,
    ),
    FaultCategory(
        "transmission",
        say("传动系统"),
        ("传动系统", "传动轴", "半轴", "差速器", "万向节", "球笼", "主减速器", "分动器"),
        system=TRANSMISSION,
    ),
    FaultCategory(
        "emission_control",
        say("污染控制装置"),
        (
            "污染控制装置",
            "三元催化",
            "催化转化器",
            "颗粒捕集器",
            "氧传感器",
            "GPF",
            "DPF",
            "EGR",
            "炭罐",
            "碳罐",
            "尿素",
            "排放超标",
        ),
        system=EMISSION_CONTROL,
    ),
    FaultCategory("body", say("车身"), ("车身骨架", "副车架", "车身"), system=BODY),
)

BY_CODE = {c.code: c for c in CATEGORIES}
# (keyword, category) pairs, longest keyword first.
_KEYWORDS = sorted(((k.upper(), c) for c in CATEGORIES for k in c.keywords), key=lambda kc: -len(kc[0]))


# The whole-assembly words of each category, upper case, in table order.
_WHOLE = tuple((c.code, tuple(w.upper() for w in c.whole)) for c in CATEGORIES if c.whole)


@lru_cache(maxsize=8192)  # line descriptions repeat: the monthly summary asks for thousands
def whole_assembly_in(text: str) -> str | None:
    """The category code of the whole assembly (engine, gearbox, traction battery, drive motor)
    a part line names, e.g. "变速箱总成"; None for a part of it or anything else."""
    upper = text.upper()
    for code, words in _WHOLE:
        if any(word in upper for word in words):
            return code
    return None


def system_of(text: str) -> FaultCategory | None:
    """The first category (in table order) of text that belongs to one of the ten systems."""
    found = categories_in(text)
    return next((c for c in CATEGORIES if c.code in found and c.system), None)


@lru_cache(maxsize=8192)  # statements and line descriptions repeat
def categories_in(text: str) -> frozenset[str]:
    """The category codes whose keywords occur in text; a matched keyword is consumed so that a
    longer one (启动电机, 转向灯) hides the shorter ones inside it (电机, 转向)."""
    remaining = text.upper()
    found: set[str] = set()
    for keyword, category in _KEYWORDS:
        if keyword in remaining:
            found.add(category.code)
            remaining = remaining.replace(keyword, "\u0000")
    return frozenset(found)

"""A small fault-keyword table: which assembly a complaint or a repair line is about.

Used by the 三包 alerts to recognise "the same problem" and "a major failure". The table is a
heuristic on the words advisors and parts lists use; it names categories, not legal verdicts.
Longer keywords are tried first so that 启动电机 (starter) is not taken for 电机 (drive motor).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FaultCategory:
    code: str
    label: str
    keywords: tuple[str, ...]
    # A failure of an engine, gearbox, traction battery or drive motor main part, or of steering,
    # brakes, the body (cracks), a fuel leak or a battery fire (三包 Art. 20/22).
    major: bool = False
    # A serious safety fault (三包 Art. 22: repaired twice and still present).
    safety: bool = False
    # Replacing a main part of this assembly counts towards "replaced twice" (Art. 22/23).
    assembly: bool = False


CATEGORIES: tuple[FaultCategory, ...] = (
    FaultCategory(
        "engine",
        "发动机",
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
        major=True,
        assembly=True,
    ),
    FaultCategory(
        "gearbox",
        "变速器",
        ("变速器", "变速箱", "波箱", "离合器", "换挡", "换档", "挂挡", "挂档", "双离合"),
        major=True,
        assembly=True,
    ),
    FaultCategory(
        "traction_battery",
        "动力电池",
        ("动力电池", "电池包", "电芯", "高压电池", "电池模组", "BMS"),
        major=True,
        assembly=True,
    ),
    FaultCategory(
        "drive_motor",
        "驱动电机",
        ("驱动电机", "电驱", "主电机", "电机控制器", "逆变器"),
        major=True,
        assembly=True,
    ),
    FaultCategory(
        "steering",
        "转向系统",
        ("转向", "方向盘", "方向机", "助力泵"),
        major=True,
        safety=True,
        assembly=True,
    ),
    FaultCategory(
        "brake",
        "制动系统",
        ("制动", "刹车", "ABS", "刹车片", "刹车盘", "真空助力"),
        major=True,
        safety=True,
    ),
    FaultCategory(
        "body_crack", "车身开裂", ("车身开裂", "车身裂", "纵梁", "横梁开裂", "车架开裂"), major=True
    ),
    FaultCategory(
        "fuel_leak",
        "燃油泄漏",
        ("燃油泄漏", "漏汽油", "油箱漏", "燃油管漏", "油管漏油", "汽油味"),
        major=True,
        safety=True,
    ),
    FaultCategory("fire", "起火", ("起火", "自燃", "着火", "冒烟", "冒火"), major=True, safety=True),
    FaultCategory("airbag", "安全气囊", ("安全气囊", "气囊"), safety=True),
    FaultCategory("aircon", "空调", ("空调", "冷气", "暖风", "压缩机")),
    FaultCategory(
        "starter_12v", "启动/蓄电池", ("启动电机", "起动机", "电瓶", "蓄电池", "打不着火", "无法启动")
    ),
    FaultCategory("water_leak", "漏水", ("漏水", "进水", "渗水")),
    FaultCategory("lights", "灯光", ("大灯", "尾灯", "灯光", "转向灯")),
    FaultCategory("infotainment", "多媒体", ("中控屏", "车机", "导航", "音响", "倒车影像")),
    FaultCategory("windows_doors", "门窗", ("车窗", "门锁", "天窗", "玻璃升降")),
    FaultCategory("suspension", "悬挂", ("减震", "悬挂", "避震", "底盘异响")),
)

BY_CODE = {c.code: c for c in CATEGORIES}
# (keyword, category) pairs, longest keyword first.
_KEYWORDS = sorted(((k.upper(), c) for c in CATEGORIES for k in c.keywords), key=lambda kc: -len(kc[0]))


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

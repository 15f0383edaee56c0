"""The walk-around's vocabularies: the five views of the car outline and the kinds of damage mark.

Each view is a drawing in resources/inspection/outline-<view>.svg; a mark is placed at (x, y) in
0..1 across and down that drawing's viewBox, so the screen and the printed sheet put it at the
same spot of the car whatever their size.
"""

from __future__ import annotations

from enum import StrEnum


class OutlineView(StrEnum):
    TOP = "top"
    FRONT = "front"
    REAR = "rear"
    LEFT = "left"
    RIGHT = "right"


OUTLINE_VIEW_LABELS: dict[OutlineView, str] = {
    OutlineView.TOP: "俯视",
    OutlineView.FRONT: "前",
    OutlineView.REAR: "后",
    OutlineView.LEFT: "左侧",
    OutlineView.RIGHT: "右侧",
}


class MarkKind(StrEnum):
    SCRATCH = "scratch"
    DENT = "dent"
    CRACK = "crack"
    PAINT = "paint"
    CHIP = "chip"


MARK_KIND_LABELS: dict[MarkKind, str] = {
    MarkKind.SCRATCH: "划痕",
    MarkKind.DENT: "凹陷",
    MarkKind.CRACK: "裂纹",
    MarkKind.PAINT: "掉漆",
    MarkKind.CHIP: "石击",
}

# One character beside a mark's number on the drawing (the printed list spells it out).
MARK_KIND_SYMBOLS: dict[MarkKind, str] = {
    MarkKind.SCRATCH: "划",
    MarkKind.DENT: "凹",
    MarkKind.CRACK: "裂",
    MarkKind.PAINT: "漆",
    MarkKind.CHIP: "石",
}


def outline_resource(view: OutlineView) -> str:
    """The drawing's path under resources/."""
    return f"inspection/outline-{view.value}.svg"


# What the advisor ticks on the walk-around (docs/domain: the dash's warning lights, the items).
WARNING_LIGHTS: tuple[str, ...] = (
    "发动机故障灯",
    "ABS 故障灯",
    "安全气囊灯",
    "机油压力灯",
    "充电指示灯",
    "胎压报警灯",
    "制动系统灯",
)
ITEMS_IN_CAR: tuple[str, ...] = ("备胎", "三角警示牌", "千斤顶", "灭火器", "随车工具")
TYRE_POSITIONS: tuple[str, ...] = ("左前", "右前", "左后", "右后", "备胎")
TYRE_STATES: tuple[str, ...] = ("正常", "磨损", "鼓包", "扎钉", "裂纹")

"""What the sheet asks and checks, as the dealer sets it: the interview's questions and the
multi-point check's items with the limits measured items rate themselves by.

The shipped defaults follow the usual check groups and the limits in docs/domain (tyre tread: red
below the legal 1.6 mm, yellow below 3 mm; brake pads red below 3 mm); the supervisor edits both
lists, stored as dealer settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from app.errors import FieldErrors, ValidationError
from app.inspection.ratings import Rating
from app.validation import refuse_unsafe_characters
from app.wording import say

QUESTIONS_KEY = "inspection.questions"
CHECKS_KEY = "inspection.checks"
MAX_QUESTIONS = 40
MAX_CHECKS = 120


class AnswerKind(StrEnum):
    TEXT = "text"  # free text
    CHOICE = "choice"  # one of the options (and free text beside)
    MULTI = "multi"  # any of the options


@dataclass(frozen=True)
class Question:
    code: str
    text: str
    kind: AnswerKind
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Limits:
    """A measured item's limits: below `red` (or above, when higher is worse) is red, then yellow."""

    red: float
    yellow: float
    higher_is_worse: bool = False

    def rate(self, reading: float) -> Rating:
        if self.higher_is_worse:
            return (
                Rating.RED
                if reading >= self.red
                else Rating.YELLOW
                if reading >= self.yellow
                else Rating.GREEN
            )
        return Rating.RED if reading < self.red else Rating.YELLOW if reading < self.yellow else Rating.GREEN


@dataclass(frozen=True)
class CheckItem:
    code: str
    group: str
    name: str
    unit: str = ""  # measured items: "mm", "%", ...
    limits: Limits | None = None

    @property
    def measured(self) -> bool:
        return self.limits is not None


DEFAULT_QUESTIONS: tuple[Question, ...] = (
    Question("what", "具体现象", AnswerKind.TEXT),
    Question("since", "从何时开始", AnswerKind.TEXT),
    Question("frequency", "出现频率", AnswerKind.CHOICE, ("一直", "间歇", "仅一次")),
    Question("engine", "发动机状态", AnswerKind.MULTI, ("冷车", "热车", "启动时", "怠速")),
    Question("speed", "车速范围", AnswerKind.MULTI, ("静止", "低速（<40）", "中速（40-80）", "高速（>80）")),
    Question("road", "路况", AnswerKind.MULTI, ("平路", "颠簸路", "上坡", "下坡", "转弯", "制动时")),
    Question("weather", "天气", AnswerKind.MULTI, ("晴", "雨", "高温", "低温")),
    Question("ac", "空调", AnswerKind.CHOICE, ("开", "关", "无关")),
    Question("where", "部位", AnswerKind.TEXT),
    Question("earlier", "此前维修情况", AnswerKind.TEXT),
)

_GROUPS = (
    ("fluids", "油液", ("机油", "冷却液", "制动液", "转向助力液", "玻璃水")),
    ("brakes", "制动系统", ()),
    ("tyres", "轮胎与车轮", ()),
    ("battery", "蓄电池与充电", ()),
    ("belts", "皮带、管路、滤清器", ("传动皮带", "冷却管路", "空气滤清器", "空调滤清器")),
    ("steering", "转向与悬挂", ("转向拉杆球头", "减震器", "下摆臂衬套")),
    ("lights", "灯光、雨刮、玻璃", ("前照灯", "转向灯", "制动灯", "雨刮片", "前挡风玻璃")),
    ("cabin", "空调与内饰", ("空调制冷", "喇叭", "安全带")),
    ("underbody", "底盘与排气", ("排气管", "底盘漏油", "传动轴防尘套")),
)
TREAD = Limits(red=1.6, yellow=3.0)
PADS = Limits(red=3.0, yellow=5.0)


def _default_checks() -> tuple[CheckItem, ...]:
    items: list[CheckItem] = []
    for key, group, names in _GROUPS:
        items += [CheckItem(f"{key}.{i + 1}", group, name) for i, name in enumerate(names)]
        if key == "brakes":
            items += [
                CheckItem("brakes.front_pads", group, "前制动片厚度", "mm", PADS),
                CheckItem("brakes.rear_pads", group, "后制动片厚度", "mm", PADS),
                CheckItem("brakes.discs", group, "制动盘"),
            ]
        if key == "tyres":
            for code, where in (("lf", "左前"), ("rf", "右前"), ("lr", "左后"), ("rr", "右后")):
                items.append(CheckItem(f"tyres.{code}", group, f"{where}轮胎花纹深度", "mm", TREAD))
            items.append(CheckItem("tyres.pressure", group, "胎压"))
        if key == "battery":
            items += [
                CheckItem("battery.health", group, "蓄电池健康度", "%", Limits(red=50, yellow=70)),
                CheckItem("battery.terminals", group, "蓄电池接线柱"),
            ]
    return tuple(items)


DEFAULT_CHECKS = _default_checks()


# ------------------------------------------------------------------ stored form and checks
def questions_to_json(questions: Sequence[Question]) -> list[dict[str, Any]]:
    return [asdict(q) | {"options": list(q.options)} for q in questions]


def questions_from_json(data: Any) -> tuple[Question, ...]:
    if not isinstance(data, list):
        return DEFAULT_QUESTIONS
    return tuple(
        Question(
            str(q["code"]), str(q["text"]), AnswerKind(q.get("kind", "text")), tuple(q.get("options", ()))
        )
        for q in data
    )


def checks_to_json(items: Sequence[CheckItem]) -> list[dict[str, Any]]:
    return [
        {
            "code": i.code,
            "group": i.group,
            "name": i.name,
            "unit": i.unit,
            "limits": None if i.limits is None else asdict(i.limits),
        }
        for i in items
    ]


def checks_from_json(data: Any) -> tuple[CheckItem, ...]:
    if not isinstance(data, list):
        return DEFAULT_CHECKS
    out = []
    for i in data:
        limits: Mapping[str, Any] | None = i.get("limits")
        out.append(
            CheckItem(
                str(i["code"]),
                str(i["group"]),
                str(i["name"]),
                str(i.get("unit", "")),
                None
                if limits is None
                else Limits(
                    float(limits["red"]), float(limits["yellow"]), bool(limits.get("higher_is_worse", False))
                ),
            )
        )
    return tuple(out)


def _text(errors: FieldErrors, field: str, value: str, label: str, limit: int) -> str:
    def clean() -> str:
        text = " ".join(refuse_unsafe_characters(field, value).split())
        if not text:
            raise ValidationError(field, say("请填写{label}", label=label))
        if len(text) > limit:
            raise ValidationError(field, say("{label}最多 {limit} 个字", label=label, limit=limit))
        return text

    return errors.check(clean, "")


def clean_questions(questions: Sequence[Question]) -> tuple[Question, ...]:
    """The supervisor's list, checked: every question worded, codes unique, choices with options."""
    errors = FieldErrors()
    if not questions:
        errors.add(ValidationError("questions", say("问诊问题不能为空")))
    if len(questions) > MAX_QUESTIONS:
        errors.add(ValidationError("questions", say("问诊问题最多 {limit} 个", limit=MAX_QUESTIONS)))
    seen: set[str] = set()
    out = []
    for n, q in enumerate(questions):
        text = _text(errors, f"questions[{n}].text", q.text, say("问题"), 40)
        if q.code in seen:
            errors.add(ValidationError(f"questions[{n}].code", say("问题编号“{code}”重复", code=q.code)))
        seen.add(q.code)
        options = tuple(o for o in (" ".join(o.split()) for o in q.options) if o)
        if q.kind != AnswerKind.TEXT and not options:
            errors.add(ValidationError(f"questions[{n}].options", say("选择题请至少给出一个选项")))
        out.append(Question(q.code, text, q.kind, options))
    errors.raise_any()
    return tuple(out)


def clean_checks(items: Sequence[CheckItem]) -> tuple[CheckItem, ...]:
    """The supervisor's check items, checked: named, grouped, codes unique, limits in order."""
    errors = FieldErrors()
    if not items:
        errors.add(ValidationError("checks", say("检查项目不能为空")))
    if len(items) > MAX_CHECKS:
        errors.add(ValidationError("checks", say("检查项目最多 {limit} 个", limit=MAX_CHECKS)))
    seen: set[str] = set()
    out = []
    for n, i in enumerate(items):
        name = _text(errors, f"checks[{n}].name", i.name, say("项目名称"), 64)
        group = _text(errors, f"checks[{n}].group", i.group, say("项目分组"), 32)
        if i.code in seen:
            errors.add(ValidationError(f"checks[{n}].code", say("项目编号“{code}”重复", code=i.code)))
        seen.add(i.code)
        limits = i.limits
        if limits is not None:
            worse_first = (
                limits.red >= limits.yellow if limits.higher_is_worse else limits.red <= limits.yellow
            )
            if not worse_first:
                errors.add(
                    ValidationError(
                        f"checks[{n}].limits", say("红色界限应比黄色界限更差（{name}）", name=name)
                    )
                )
        out.append(CheckItem(i.code, group, name, i.unit.strip()[:8], limits))
    errors.raise_any()
    return tuple(out)

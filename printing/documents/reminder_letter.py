"""The maintenance reminder letter (保养提醒函) on one A4 page, posted or handed to the customer.

The dealer's header, the salutation (尊敬的张三先生/女士), the car (plate, model and only the last
six characters of the VIN), what is due as a list (service, deferred repairs, warranty ending),
the last visit, an invitation to book with the service line printed large, the advisor, and the
dealer's signature block with the date and address.

The letter leaves the counter: it carries no phone number of the customer (there is no field for
one) and never more of the VIN than its tail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from printing.documents.forms import LABEL_GREY, A4Form, FormHeader

TITLE = "保养提醒函"
VIN_TAIL = 6
GENERIC_SALUTATION = "尊敬的客户："
OPENING = (
    "您好！感谢您一直以来对{dealer}的信任与支持。根据您爱车的保养与维修记录，以下项目即将到期或需要关注："
)
INVITATION = "为保障行车安全和质保权益，诚邀您提前预约到店，我们将为您预留工位、减少等候。"
BOOKING = "预约电话"
CLOSING = "如您已在其他地方完成保养，或车辆已转让，烦请来电告知，我们将及时更新记录。"
SIGN_OFF = ("此致", "敬礼！")
DEPARTMENT = "售后服务部"


@dataclass(frozen=True)
class ReminderLetterData:
    dealer_name: str
    dealer_address: str
    service_phone: str
    customer_name: str  # "张三"; the letter says 尊敬的张三先生/女士
    plate: str
    model: str
    vin_tail: str  # last 6 of the VIN only (a longer value is cut to its last 6)
    reasons: Sequence[str]  # one line each: "定期保养：2027-06-01 或 30,000 km（以先到者为准）"
    last_visit: str  # "2026-12-01，20,000 km" or ""
    advisor: str  # the service advisor's name, "" when none
    printed_on: str


def salutation(name: str) -> str:
    name = name.strip()
    return f"尊敬的{name}先生/女士：" if name else GENERIC_SALUTATION


def vehicle_pairs(d: ReminderLetterData) -> list[tuple[str, str]]:
    """The car as the letter names it; only the VIN's tail."""
    pairs = [
        ("车牌", d.plate.strip() or "—"),
        ("车型", d.model.strip() or "—"),
        ("车架号后六位", d.vin_tail.strip()[-VIN_TAIL:] or "—"),
    ]
    if d.last_visit.strip():
        pairs.append(("上次到店", d.last_visit.strip()))
    return pairs


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _styles(font: str) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("letter", fontName=font, fontSize=12, leading=20, wordWrap="CJK")
    return {
        "body": body,
        "indent": ParagraphStyle("letter_indent", parent=body, firstLineIndent=24),  # two characters
        "salutation": ParagraphStyle("letter_salutation", parent=body, fontSize=13, leading=22),
        "reason": ParagraphStyle("letter_reason", parent=body, leftIndent=14, bulletIndent=2),
        "phone_label": ParagraphStyle("letter_phone_label", parent=body),
        "phone": ParagraphStyle("letter_phone", parent=body, fontSize=22, leading=28),
        "sign": ParagraphStyle("letter_sign", parent=body, alignment=TA_RIGHT),
        "small": ParagraphStyle("letter_small", parent=body, fontSize=9, leading=13, textColor=LABEL_GREY),
    }


def _reasons(form: A4Form, reasons: Sequence[str], style: ParagraphStyle) -> None:
    lines = [r.strip() for r in reasons if r.strip()]
    for line in lines or ["保养到期，请您留意。"]:
        form.flowable(Paragraph(escape(line), style, bulletText="•"))


def _booking_box(form: A4Form, d: ReminderLetterData, s: dict[str, ParagraphStyle]) -> None:
    """The service line large in a box, the advisor beside it."""
    cells: list[Any] = [_p(BOOKING, s["phone_label"]), _p(d.service_phone.strip() or "—", s["phone"])]
    widths = [24 * mm, 80 * mm]
    if d.advisor.strip():
        cells.append(_p(f"您的服务顾问：{d.advisor.strip()}", s["body"]))
        widths.append(form.frame_width - sum(widths))
    else:
        widths[-1] = form.frame_width - widths[0]
    table = Table([cells], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    form.flowable(table)


def _signature(form: A4Form, d: ReminderLetterData, s: dict[str, ParagraphStyle]) -> None:
    # 此致 two characters in, 敬礼 at the start of the next line, as Chinese letters close.
    form.flowable(_p(SIGN_OFF[0], s["indent"]))
    form.flowable(_p(SIGN_OFF[1], s["body"]))
    form.spacer(6)
    for line in (d.dealer_name, DEPARTMENT, d.printed_on):
        if line.strip():
            form.flowable(_p(line.strip(), s["sign"]))
    form.spacer(8)
    address = f"地址：{d.dealer_address.strip()}" if d.dealer_address.strip() else ""
    phone = f"服务热线：{d.service_phone.strip()}" if d.service_phone.strip() else ""
    if address or phone:
        small_right = ParagraphStyle("letter_small_right", parent=s["small"], alignment=TA_RIGHT)
        cells = [_p(address, s["small"]), _p(phone, small_right)]
        table = Table([cells], colWidths=[form.frame_width * 0.7, form.frame_width * 0.3], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.black),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        form.flowable(table)


def render(data: ReminderLetterData) -> bytes:
    """The letter as PDF bytes on one A4 page; the same data always gives the same bytes."""
    form = A4Form(FormHeader(dealer_name=data.dealer_name, dealer_code="", title=TITLE))
    s = _styles(form.styles.font)
    form.spacer(6)
    form.flowable(_p(salutation(data.customer_name), s["salutation"]))
    form.spacer(1)
    form.flowable(_p(OPENING.format(dealer=data.dealer_name.strip() or "我们"), s["indent"]))
    form.spacer(3)
    form.key_values(vehicle_pairs(data), columns=2, key_width_mm=26)
    form.spacer(3)
    _reasons(form, data.reasons, s["reason"])
    form.spacer(4)
    form.flowable(_p(INVITATION, s["indent"]))
    form.spacer(4)
    _booking_box(form, data, s)
    form.spacer(4)
    form.flowable(_p(CLOSING, s["indent"]))
    form.spacer(6)
    _signature(form, data, s)
    return form.render()

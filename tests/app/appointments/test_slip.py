"""The appointment slip: in the print registry by the booking's number, laid out on the label
printer's 60×40 mm (and other sizes) with nothing cut, and printed through the CUPS label queue."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from app.appointments import WORK_KIND_LABELS, WorkKind
from app.context import Services
from app.errors import NotFound, PermissionDenied
from app.printing import DocumentKind, PrintJobStatus
from app.roles import Actor, Role
from app.settings import DealerInfo
from printing.documents.appointment_slip import AppointmentSlipData, render
from tests.app.appointments.support import TOMORROW, at, booking, car
from tests.conftest import make_actor
from tests.printing.pdftools import (
    CupsQueues,
    correlation,
    page_size_pt,
    pdfinfo,
    pdftotext,
    render_gray,
    squash,
    wait_for_output,
)

MM = 72 / 25.4
DPI = 203  # the counter's thermal label printers


def _booked(services: Services, advisor: Actor) -> int:
    admin = make_actor(services, Role.ADMIN)
    services.settings.update_dealer(
        admin, DealerInfo("华南汽车销售服务有限公司", "GD0123", "广州市天河区1号", "020-88886666")
    )
    vehicle = car(services, advisor)
    made = services.appointments.book(
        advisor, booking(at(TOMORROW, 9, 30), vehicle_id=vehicle.id, advisor_id=advisor.user_id)
    )
    return made.id


def test_the_slip_says_when_who_and_the_dealers_phone(services: Services, advisor: Actor) -> None:
    number = _booked(services, advisor)
    documents = services.printing.documents
    for reference in (str(number), f"#{number}", f"＃{number}"):
        preview = documents.preview(advisor, DocumentKind.APPOINTMENT_SLIP, reference)
        assert preview.reference == str(number) and preview.pages == 1
    assert preview.profile.paper == (60.0, 40.0)
    assert page_size_pt(preview.pdf) == pytest.approx((60 * MM, 40 * MM), abs=0.1)
    text = squash(pdftotext(preview.pdf))
    wanted_texts = ("华南汽车销售服务有限公司", "预约到店", "2026-11-28周六", "09:30–10:00", "粤B·12345",
                    "机修保养", f"服务顾问{advisor.display_name}", "服务电话020-88886666")  # fmt: skip
    for wanted in (*wanted_texts, f"预约号{number}"):
        assert wanted in text, wanted
    assert "张三" not in text and "13812345678" not in text  # no customer data
    assert "Type0" not in pdfinfo(preview.pdf).get("Fonts", "")
    with pytest.raises(NotFound):
        documents.preview(advisor, DocumentKind.APPOINTMENT_SLIP, "999")
    with pytest.raises(PermissionDenied):
        documents.preview(make_actor(services, Role.CLAIMS), DocumentKind.APPOINTMENT_SLIP, str(number))


@pytest.mark.parametrize("size", [(60.0, 40.0), (60.0, 80.0), (100.0, 70.0), (50.0, 30.0)])
def test_nothing_is_cut_or_off_the_label(size: tuple[float, float]) -> None:
    data = AppointmentSlipData(
        dealer_name="华南汽车销售服务有限公司广州天河分公司售后服务中心",  # long: shrunk, then cut with …
        day=dt.date(2026, 12, 2),
        time="09:30–10:00",
        plate="粤B·D12345",
        work_kind="钣喷",
        advisor="欧阳明月",
        service_phone="020-88886666",
        number="123456",
    )
    pdf = render(data, size)
    page = render_gray(pdf, DPI)
    left, top, right, bottom = page.dark_box()
    edge = int(1.5 / 25.4 * DPI) - 1  # the ink keeps 1.5 mm (less a dot of rounding) from the edges
    assert left >= edge and top >= edge and right < page.width - edge and bottom < page.height - edge, size
    text = squash(pdftotext(pdf))
    for wanted in (
        "2026-12-02周三",
        "09:30–10:00",
        "粤B·D12345",
        "钣喷",
        "欧阳明月",
        "020-88886666",
        "123456",
    ):
        assert wanted in text, (size, wanted)


@pytest.mark.cups
def test_printed_through_the_label_queue(services: Services, advisor: Actor, cups: CupsQueues) -> None:
    number = _booked(services, advisor)
    services.printing.job_name_prefix = f"qt-{uuid.uuid4().hex[:10]}"  # output names unique per run
    done = services.printing.documents.print(
        advisor, DocumentKind.APPOINTMENT_SLIP, str(number), printer=cups.label
    )
    assert done.job.status == PrintJobStatus.PRINTED and done.print_no == 1
    out = wait_for_output(cups.out_dir, f"{services.printing.job_name_prefix}-appointment-slip-{done.job.id}")
    assert pdfinfo(out)["Pages"] == "1"
    width, height = page_size_pt(out)
    assert (round(width / MM), round(height / MM)) == (60, 40)
    # The spooler prints pages as images: the printed label is compared with the slip's own.
    source = render_gray(services.printing.job_pdf(advisor, done.job.id), dpi=DPI)
    printed = render_gray(out, dpi=DPI, size=(source.width, source.height))
    assert correlation(printed.blocks(3), source.blocks(3)) > 0.9
    assert WORK_KIND_LABELS[WorkKind.MAINTENANCE] in squash(
        pdftotext(services.printing.job_pdf(advisor, done.job.id))
    )

"""Spooling through the real CUPS server with cups-pdf queues (started by scripts/test)."""

from __future__ import annotations

import subprocess
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from printing import spool
from printing.documents import printer_test_page as tp
from printing.documents.forms import A4Form, FormHeader
from printing.profiles import DocumentKind, default_profile
from tests.printing.pdftools import (
    CupsQueues,
    barcodes,
    correlation,
    page_size_pt,
    pdfinfo,
    render_gray,
    wait_for_output,
)

pytestmark = pytest.mark.cups


def _job() -> str:
    return f"qt-{uuid.uuid4().hex[:10]}"


def _label_pdf(code: str = "QT-LABEL-0001") -> bytes:
    profile = default_profile(DocumentKind.PART_TAG)
    return tp.render(tp.PrinterTestPageData("label", profile, "qiantai-label", "测试经销商", "T01", "", code))


def _a4_pdf(pages: int = 1) -> bytes:
    form = A4Form(FormHeader("华南汽车销售服务有限公司", "GD0123", "维修工单"))
    form.table(["序号", "项目"], [[str(i), f"更换机油滤清器 第{i}项"] for i in range(1, 40 * pages)])
    return form.render()


@contextmanager
def _queue_state(*commands: tuple[str, str]) -> Iterator[None]:
    """Runs e.g. ("cupsdisable", "cupsenable") for the test, undoing it afterwards."""
    try:
        for do, _ in commands:
            subprocess.run(do.split(), check=True)
        yield
    finally:
        for _, undo in commands:
            subprocess.run(undo.split(), check=True)


def test_available_printers_lists_the_queues(cups: CupsQueues) -> None:
    names = spool.available_printers()
    assert cups.a4 in names and cups.label in names


def test_a4_job_reaches_the_queue_with_pages_and_size(cups: CupsQueues) -> None:
    pdf = _a4_pdf(pages=3)
    pages = spool.page_count(pdf)
    assert pages >= 3
    seen: list[tuple[int, int]] = []
    job = _job()
    result = spool.submit(pdf, cups.a4, job_name=job, progress=lambda d, t: seen.append((d, t)))
    assert result.pages == pages
    assert seen == [(i, pages) for i in range(1, pages + 1)]
    out = wait_for_output(cups.out_dir, job)
    info = pdfinfo(out)
    assert int(info["Pages"]) == pages
    assert "A4" in info["Page size"]


def test_label_prints_at_label_size_and_its_barcodes_decode(cups: CupsQueues) -> None:
    job = _job()
    spool.submit(_label_pdf("RT-2026-000777"), cups.label, job_name=job)
    out = wait_for_output(cups.out_dir, job)
    w, h = page_size_pt(out)
    assert (round(w), round(h)) == (170, 113)
    assert {"QR-Code:RT-2026-000777", "CODE-128:RT-2026-000777"} <= barcodes(out)


SHUFFLED = "前台售后 单车接 工维修单 签标件旧 粤A·12345 ￥1,234.50 ABCabc 0123456789"


def test_chinese_survives_the_spooler(cups: CupsQueues, monkeypatch: pytest.MonkeyPatch) -> None:
    """The printed Chinese sample lines match the source better than the same characters shuffled.

    The spooler rasterises and Ghostscript re-encodes, so pixels move by a fraction: images are
    compared after averaging 3×3 blocks at 150 dpi (about 0.5 mm).
    """
    data = tp.PrinterTestPageData("a4", default_profile(DocumentKind.INTAKE_SHEET), cups.a4)
    source = tp.render(data)
    monkeypatch.setattr(tp, "SAMPLE", SHUFFLED)
    shuffled = tp.render(data)
    job = _job()
    spool.submit(source, cups.a4, job_name=job)
    printed = render_gray(wait_for_output(cups.out_dir, job), dpi=150).blocks(3)
    expected = render_gray(source, dpi=150).blocks(3)
    fonts_band = (0.05, 0.25, 0.95, 0.40)  # the "中文字体" sample lines
    same = correlation(printed, expected, fonts_band)
    different = correlation(render_gray(shuffled, dpi=150).blocks(3), expected, fonts_band)
    assert same > 0.93, (same, different)
    assert same > different + 0.03, (same, different)


def test_offsets_move_the_print(cups: CupsQueues) -> None:
    pdf = _label_pdf()
    plain, shifted = _job(), _job()
    spool.submit(pdf, cups.label, job_name=plain)
    spool.submit(pdf, cups.label, job_name=shifted, offset_x_mm=3.0, offset_y_mm=2.0)
    dpi = 254  # 10 pixels per mm
    a = render_gray(wait_for_output(cups.out_dir, plain), dpi).dark_box()
    b = render_gray(wait_for_output(cups.out_dir, shifted), dpi).dark_box()
    assert b[0] - a[0] == pytest.approx(30, abs=2)  # 3 mm to the right
    assert b[1] - a[1] == pytest.approx(20, abs=2)  # 2 mm down


def test_submit_from_a_worker_thread(cups: CupsQueues) -> None:
    job = _job()
    outcome: list[object] = []

    def work() -> None:
        try:
            outcome.append(spool.submit(_label_pdf(), cups.label, job_name=job))
        except Exception as e:
            outcome.append(e)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert isinstance(outcome[0], spool.SpoolResult), outcome
    wait_for_output(cups.out_dir, job)


def test_unknown_printer(cups: CupsQueues) -> None:
    with pytest.raises(spool.SpoolError) as info:
        spool.submit(_label_pdf(), "no-such-printer-here")
    assert info.value.reason == spool.REASON_NO_PRINTER
    assert "no-such-printer-here" in info.value.message


def test_paused_queue_is_refused_before_sending(cups: CupsQueues) -> None:
    paused = _queue_state((f"cupsdisable {cups.label}", f"cupsenable {cups.label}"))
    with paused, pytest.raises(spool.SpoolError) as info:
        spool.submit(_label_pdf(), cups.label)
    assert info.value.reason == spool.REASON_PAUSED
    assert "暂停" in info.value.message


def test_rejecting_queue_is_refused(cups: CupsQueues) -> None:
    rejecting = _queue_state((f"cupsreject {cups.a4}", f"cupsaccept {cups.a4}"))
    with rejecting, pytest.raises(spool.SpoolError) as info:
        spool.submit(_a4_pdf(), cups.a4)
    assert info.value.reason == spool.REASON_REJECTING


def test_not_a_pdf(cups: CupsQueues) -> None:
    with pytest.raises(spool.SpoolError) as info:
        spool.submit(b"%PDF-1.4 broken", cups.a4)
    assert info.value.reason == spool.REASON_BAD_PDF


def test_page_count_of_garbage_is_a_clear_error(cups: CupsQueues) -> None:
    with pytest.raises(spool.SpoolError):
        spool.page_count(b"not a pdf at all")

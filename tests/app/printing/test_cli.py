"""`qiantai print`, `qiantai printers` and `qiantai print-test`, run as the program is run: a
process with no Qt application and no display (spooling creates an offscreen QGuiApplication
itself). The wrong kind and the wrong reference are tried in-process, as tests/app/test_cli.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.context import Services, open_database
from app.paths import AppPaths
from app.roles import Role
from tests.app.factories import add_model, add_vehicle, open_order
from tests.conftest import TEST_HASHER, make_actor
from tests.printing.pdftools import (
    CupsQueues,
    barcodes,
    outputs,
    page_size_pt,
    pdfinfo,
    pdftotext,
    squash,
    wait_for_output,
)


def qiantai(data_dir: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra_env)
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture
def counter(tmp_path: Path) -> tuple[Path, str]:
    """A data directory whose database holds one open order; its RO number."""
    paths = AppPaths.resolve(tmp_path / "counter")
    paths.ensure()
    db, _ = open_database(f"sqlite:///{paths.database_file}")
    services = Services.build(db, paths, hasher=TEST_HASHER)
    try:
        admin = make_actor(services, Role.ADMIN)
        advisor = make_actor(services, Role.ADVISOR)
        vehicle = add_vehicle(services, advisor, add_model(services, admin), plate="粤B12345")
        order = open_order(services, advisor, vehicle, statement="仪表灯亮")
    finally:
        services.close()
    return paths.data_dir, order.ro_number


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_list(counter: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _ = counter
    code, out, err = run(capsys, "--data-dir", str(data_dir), "print", "--list")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "intake-sheet\t接车单\t工单号\t每次询问，A4，纵向，2 份，偏移 X +0.0 mm / Y +0.0 mm",
        "inspection-sheet\t环车检查单\t工单号\t每次询问，A4，纵向，2 份，偏移 X +0.0 mm / Y +0.0 mm",
        "part-tags\t旧件标签\t索赔单号、标签号或日期\t每次询问，60×40 mm，纵向，1 份，"
        "偏移 X +0.0 mm / Y +0.0 mm",
        "claim-form\t索赔申请单\t索赔单号\t每次询问，A4，纵向，1 份，偏移 X +0.0 mm / Y +0.0 mm",
        "box-label\t旧件箱标签\t回运箱号\t每次询问，60×40 mm，纵向，1 份，偏移 X +0.0 mm / Y +0.0 mm",
        "warranty-summary\t保修零配件月汇总\t月份（YYYY-MM）\t每次询问，A4，横向，1 份，"
        "偏移 X +0.0 mm / Y +0.0 mm",
        "reminder-sticker\t保养提醒贴\t车牌或车架号\t每次询问，60×40 mm，纵向，1 份，"
        "偏移 X +0.0 mm / Y +0.0 mm",
        "reminder-letter\t保养提醒函\t车牌或车架号\t每次询问，A4，纵向，1 份，偏移 X +0.0 mm / Y +0.0 mm",
        "lost-analysis\t到期未来厂分析\t月份（YYYY-MM）\t每次询问，A4，纵向，1 份，"
        "偏移 X +0.0 mm / Y +0.0 mm",
        "daily-report\t维修日报\t日期（YYYY-MM-DD）\t每次询问，A4，纵向，1 份，偏移 X +0.0 mm / Y +0.0 mm",
        "monthly-summary\t月度汇总\t月份（YYYY-MM）\t每次询问，A4，横向，1 份，偏移 X +0.0 mm / Y +0.0 mm",
        "appointment-slip\t预约单\t预约号\t每次询问，60×40 mm，纵向，1 份，偏移 X +0.0 mm / Y +0.0 mm",
    ]


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (
            ("print", "claim_form", "RO20261127-0001"),
            2,
            "没有“claim_form”这种单据（可打印的单据：intake-sheet、inspection-sheet、part-tags、claim-form、"
            "box-label、warranty-summary、reminder-sticker、reminder-letter、lost-analysis、daily-report、"
            "monthly-summary、appointment-slip）",
        ),
        (("print", "intake-sheet", "RO20261127-9999"), 1, "工单 RO20261127-9999 不存在"),
        (("print", "intake-sheet", "粤B12345"), 1, "工单号形如 RO20261127-0001"),
        (("print", "intake-sheet"), 2, "请给出单据类型和单号"),
        (("print", "--list", "intake-sheet"), 2, "--list 不能与"),
        (("print", "intake-sheet", "{ro}", "--reason", "x"), 2, "还没有打印过，请直接打印"),
    ],
)
def test_a_wrong_kind_or_reference_is_one_line(
    counter: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    code: int,
    words: str,
) -> None:
    data_dir, ro_number = counter
    got, out, err = run(capsys, "--data-dir", str(data_dir), *(a.format(ro=ro_number) for a in args))
    assert (got, out) == (code, "")
    assert err.startswith("qiantai: ") and err.count("\n") == 1 and words in err, err


def test_print_to_pdf_records_no_job(counter: tuple[Path, str], tmp_path: Path) -> None:
    data_dir, ro_number = counter
    target = tmp_path / "sheet.pdf"
    typed = ro_number.replace("-", "").lower()  # as a scanner or a hurried typist gives it
    done = qiantai(data_dir, "print", "intake-sheet", typed, "--pdf", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"已写出 接车单 {ro_number}：{target}（1 页，未打印）"
    text = squash(pdftotext(target))
    assert ro_number in text and "仪表灯亮" in text and "138****5678" in text
    assert qiantai(data_dir, "printers").stdout.count("待打印任务") == 0
    full = qiantai(data_dir, "print", "intake-sheet", ro_number, "--pdf", str(target), "--full-phone")
    assert full.returncode == 0 and "13812345678" in squash(pdftotext(target))


@pytest.mark.cups
def test_print_and_reprint_an_intake_sheet(counter: tuple[Path, str], cups: CupsQueues) -> None:
    data_dir, ro_number = counter
    for stale in outputs(cups.out_dir, "qiantai-intake-sheet-1") + outputs(
        cups.out_dir, "qiantai-intake-sheet-2"
    ):
        stale.unlink()  # from earlier runs of this test
    done = qiantai(data_dir, "print", "intake-sheet", ro_number, "--printer", cups.a4)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"已发送到打印机 {cups.a4}：接车单 {ro_number}，打印任务 1，1 页 × 2 份"
    out = wait_for_output(cups.out_dir, "qiantai-intake-sheet-1")
    assert pdfinfo(out)["Pages"] == "2"  # 一式两联: both copies, in the one file cups-pdf writes
    assert all(f"CODE-128:{ro_number}" in barcodes(out, page=p) for p in (1, 2))

    again = qiantai(data_dir, "print", "intake-sheet", ro_number, "--printer", cups.a4)
    assert again.returncode == 2 and again.stdout == ""
    assert (
        again.stderr == f"qiantai: 接车单 {ro_number} 已打印 1 次：再次打印请说明重印原因（--reason 原因）\n"
    )
    reprint = qiantai(
        data_dir, "print", "intake-sheet", ro_number, "--printer", cups.a4, "--reason", "客户遗失"
    )
    assert reprint.returncode == 0, reprint.stderr
    assert reprint.stdout.strip().endswith("打印任务 2，1 页 × 2 份，第 2 次打印")
    assert pdfinfo(wait_for_output(cups.out_dir, "qiantai-intake-sheet-2"))["Pages"] == "2"


@pytest.mark.cups
def test_printers_lists_queues_and_profiles(tmp_path: Path, cups: CupsQueues) -> None:
    run = qiantai(tmp_path, "printers")
    assert run.returncode == 0, run.stderr
    assert cups.a4 in run.stdout and cups.label in run.stdout
    assert "旧件标签（part-tags）：每次询问，60×40 mm" in run.stdout
    assert "接车单（intake-sheet）：每次询问，A4，纵向，2 份" in run.stdout


@pytest.mark.cups
def test_print_test_label_then_a_missing_printer(tmp_path: Path, cups: CupsQueues) -> None:
    for stale in outputs(cups.out_dir, "qiantai-test-page-1"):  # from earlier runs of this test
        stale.unlink()
    run = qiantai(tmp_path, "print-test", "--kind", "label", "--printer", cups.label)
    assert run.returncode == 0, run.stderr
    assert f"已发送到打印机 {cups.label}：打印任务 1" in run.stdout
    out = wait_for_output(cups.out_dir, "qiantai-test-page-1")
    assert tuple(round(v) for v in page_size_pt(out)) == (170, 113)
    assert any(c.startswith("CODE-128:QT-TEST-") for c in barcodes(out))

    run = qiantai(tmp_path, "print-test", "--kind", "a4", "--printer", "missing-printer")
    assert run.returncode == 1
    assert "missing-printer" in run.stderr and "打印任务 2 已保留" in run.stderr
    run = qiantai(tmp_path, "printers")
    assert "待打印任务：1 个" in run.stdout
    run = qiantai(tmp_path, "print-retry")
    assert run.returncode == 1 and "仍待打印：任务 2" in run.stdout and "missing-printer" in run.stdout


@pytest.mark.cups
def test_spooler_down_keeps_the_job_and_print_retry_prints_it(tmp_path: Path, cups: CupsQueues) -> None:
    """CUPS_SERVER pointing nowhere is what a stopped cupsd looks like to the program."""
    for stale in outputs(cups.out_dir, "qiantai-test-page-1"):
        stale.unlink()
    down = qiantai(
        tmp_path, "print-test", "--kind", "a4", "--printer", cups.a4, CUPS_SERVER=str(tmp_path / "no.sock")
    )
    assert down.returncode == 1
    assert "打印服务（CUPS）没有运行" in down.stderr and "打印任务 1 已保留" in down.stderr
    again = qiantai(tmp_path, "print-retry")
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"已打印：任务 1（打印测试页 a4:intake-sheet）→ {cups.a4}" in again.stdout
    assert "A4" in pdfinfo(wait_for_output(cups.out_dir, "qiantai-test-page-1"))["Page size"]

"""`qiantai printers` and `qiantai print-test`, run as the program is run: a process with no Qt
application and no display (spooling creates an offscreen QGuiApplication itself)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.printing.pdftools import CupsQueues, barcodes, outputs, page_size_pt, pdfinfo, wait_for_output

pytestmark = pytest.mark.cups


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


def test_printers_lists_queues_and_profiles(tmp_path: Path, cups: CupsQueues) -> None:
    run = qiantai(tmp_path, "printers")
    assert run.returncode == 0, run.stderr
    assert cups.a4 in run.stdout and cups.label in run.stdout
    assert "旧件标签（part_tag）：每次询问，60×40 mm" in run.stdout


def test_print_test_label_then_a_missing_printer(tmp_path: Path, cups: CupsQueues) -> None:
    for stale in outputs(cups.out_dir, "qiantai-test_page-1"):  # from earlier runs of this test
        stale.unlink()
    run = qiantai(tmp_path, "print-test", "--kind", "label", "--printer", cups.label)
    assert run.returncode == 0, run.stderr
    assert f"已发送到打印机 {cups.label}：打印任务 1" in run.stdout
    out = wait_for_output(cups.out_dir, "qiantai-test_page-1")
    assert tuple(round(v) for v in page_size_pt(out)) == (170, 113)
    assert any(c.startswith("CODE-128:QIANTAI-TEST-") for c in barcodes(out))

    run = qiantai(tmp_path, "print-test", "--kind", "a4", "--printer", "missing-printer")
    assert run.returncode == 1
    assert "missing-printer" in run.stderr and "打印任务 2 已保留" in run.stderr
    run = qiantai(tmp_path, "printers")
    assert "待打印任务：1 个" in run.stdout
    run = qiantai(tmp_path, "print-retry")
    assert run.returncode == 1 and "仍待打印：任务 2" in run.stdout and "missing-printer" in run.stdout


def test_spooler_down_keeps_the_job_and_print_retry_prints_it(tmp_path: Path, cups: CupsQueues) -> None:
    """CUPS_SERVER pointing nowhere is what a stopped cupsd looks like to the program."""
    for stale in outputs(cups.out_dir, "qiantai-test_page-1"):
        stale.unlink()
    down = qiantai(
        tmp_path, "print-test", "--kind", "a4", "--printer", cups.a4, CUPS_SERVER=str(tmp_path / "no.sock")
    )
    assert down.returncode == 1
    assert "打印服务（CUPS）没有运行" in down.stderr and "打印任务 1 已保留" in down.stderr
    again = qiantai(tmp_path, "print-retry")
    assert again.returncode == 0, again.stdout + again.stderr
    assert f"已打印：任务 1（打印测试页 a4:intake_sheet）→ {cups.a4}" in again.stdout
    assert "A4" in pdfinfo(wait_for_output(cups.out_dir, "qiantai-test_page-1"))["Page size"]

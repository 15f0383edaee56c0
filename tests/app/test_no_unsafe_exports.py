"""Spreadsheet formula injection: a cell that starts with = + - @ (or a tab or carriage return)
is run as a formula when a CSV or .xlsx file is opened in Excel or WPS. The program writes no
CSV or spreadsheet file except those listed in REVIEWED; this test fails the day another is added,
so that the export is written with such cells neutralised (app.spreadsheets) and tested."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What writing a CSV or spreadsheet looks like in this code base's libraries.
# Modules whose exports neutralise such cells (app.spreadsheets.safe_row), each with its test.
REVIEWED: frozenset[str] = frozenset(
    {
        "app/claims/summary.py",  # tests/app/claims/test_summary.py: a fault name starting with =
        "app/spreadsheets.py",  # write_workbook: tests/app/reminders/test_analysis.py
    }
)
WRITERS = re.compile(r"csv\.(writer|DictWriter)\(|\bWorkbook\(|xlsxwriter|\.to_csv\(|\.to_excel\(")


def test_no_module_writes_csv_or_spreadsheets_unreviewed() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for package in ("app", "ui", "printing", "db")
        for path in sorted((ROOT / package).rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if WRITERS.search(line) and str(path.relative_to(ROOT)) not in REVIEWED
    ]
    assert found == [], (
        "an export was added: neutralise cells starting with = + - @ tab or CR, test it, "
        f"then add the module to REVIEWED: {found}"
    )

"""Cells of the spreadsheets the program writes, made safe to open.

A text cell that starts with = + - @ (or a tab or carriage return) is run as a formula when the
file is opened in Excel or WPS; a customer's or a supplier's text must never be. Such a text is
written with a leading apostrophe, which both show as plain text. Numbers and dates stay as
they are, so that sums and sorting still work.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from app.errors import StorageError
from app.wording import say

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values: Sequence[object]) -> list[object]:
    return [safe_cell(v) for v in values]


def write_workbook(path: Path, title: str, rows: Sequence[Sequence[object]]) -> None:
    """One sheet of rows, every text cell made safe; a file that cannot be written is said."""
    from openpyxl import Workbook  # only exports need it

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = str(title)[:31] or "Sheet1"
    for row in rows:
        sheet.append(safe_row([v for v in row]))
    try:
        book.save(path)
    except OSError as e:
        raise StorageError(
            say("无法写入 {path}：{reason}", path=str(path), reason=e.strerror or str(e))
        ) from e


Sheet = tuple[str, Sequence[Sequence[object]]]  # (title, rows: the first is the heading)


def workbook_bytes(sheets: Sequence[Sheet]) -> bytes:
    """Several sheets as .xlsx bytes, every text cell made safe; each sheet's first row is its
    heading (bold, frozen) and the columns are as wide as their longest cell (CJK counted double)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    assert book.active is not None
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(str(title)[:31] or "Sheet")
        widths: dict[int, float] = {}
        for row in rows:
            sheet.append(safe_row(list(row)))
            for i, value in enumerate(row, start=1):
                text = "" if value is None else str(value)
                widths[i] = max(widths.get(i, 0), sum(2 if ord(c) > 0x2E7F else 1 for c in text))
        if rows:
            for cell in sheet[1]:
                cell.font = Font(bold=True)
            sheet.freeze_panes = "A2"
        for i, width in widths.items():
            sheet.column_dimensions[get_column_letter(i)].width = min(max(width + 2, 8), 80)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()

"""Cells of the spreadsheets the program writes, made safe to open.

A text cell that starts with = + - @ (or a tab or carriage return) is run as a formula when the
file is opened in Excel or WPS; a customer's or a supplier's text must never be. Such a text is
written with a leading apostrophe, which both show as plain text. Numbers and dates stay as
they are, so that sums and sorting still work.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(values: list[object]) -> list[object]:
    return [safe_cell(v) for v in values]

"""The inspection sheet's page breaks: a heading is never left alone at the foot of a page. The
multi-point check's heading goes to the next page with its table's first rows, and a check
group's row with its first items, wherever the page before it happens to end (read back from
the PDF page by page)."""

from __future__ import annotations

import dataclasses
import re

import pytest

from printing.documents.inspection_sheet import KEEP_ROWS, CheckRow, InspectionSheetData, render
from tests.printing.pdftools import pdfinfo, pdftotext
from tests.printing.test_inspection_sheet import sample, write_outlines

GROUPS, ITEMS = 8, 4
CHECKS = tuple(
    CheckRow(f"第{g}组", f"项目{g}-{i}", "green", note="正常")
    for g in range(1, GROUPS + 1)
    for i in range(1, ITEMS + 1)
)
# From a first page with room to spare under the car's state to one that pushes the check's
# heading over: one more line of the customer's words each time.
LINES = range(1, 25)


@pytest.fixture(scope="module", autouse=True)
def _application(qapp: object) -> object:
    """pytest-qt's QApplication, before the drawings would create a bare QGuiApplication."""
    return qapp


def sheet(outlines: dict[str, str], lines: int) -> InspectionSheetData:
    words = "\n".join(f"客户原话第{n}行" for n in range(1, lines + 1))
    return dataclasses.replace(sample(outlines), customer_words=words, interview=(), marks=(), checks=CHECKS)


def pages_of(pdf: bytes, texts: list[str]) -> dict[str, int]:
    """The page each text is first printed on."""
    found: dict[str, int] = {}
    for page in range(1, int(pdfinfo(pdf)["Pages"]) + 1):
        flat = re.sub(r"\s+", "", pdftotext(pdf, page=page))
        for text in texts:
            if text in flat:
                found.setdefault(text, page)
    assert set(found) == set(texts), set(texts) - set(found)
    return found


@pytest.fixture(scope="module")
def layouts(tmp_path_factory: pytest.TempPathFactory) -> dict[int, dict[str, int]]:
    """For each length of the customer's words: the page of the car's state, of the check's
    heading, and of every group's row and items."""
    outlines = write_outlines(tmp_path_factory.mktemp("outlines"))
    texts = ["车内物品", "多项检查", *(c.group for c in CHECKS), *(c.name for c in CHECKS)]
    return {n: pages_of(render(sheet(outlines, n)), list(dict.fromkeys(texts))) for n in LINES}


def test_the_checks_heading_goes_over_with_the_first_rows_of_its_table(
    layouts: dict[int, dict[str, int]],
) -> None:
    first = ["第1组", *(f"项目1-{i}" for i in range(1, KEEP_ROWS + 1))]
    for lines, page in layouts.items():
        assert {page[text] for text in first} == {page["多项检查"]}, (lines, page)
    # The lengths tried include a first page filled to just before the heading: the car's state
    # ends page 1 and the heading, with its rows, starts page 2.
    pushed = [n for n, page in layouts.items() if page["车内物品"] == 1 and page["多项检查"] == 2]
    assert pushed, layouts
    assert any(page["多项检查"] == 1 for page in layouts.values())


def test_a_group_row_stays_with_its_first_items(layouts: dict[int, dict[str, int]]) -> None:
    started_a_page = 0
    for lines, page in layouts.items():
        for g in range(1, GROUPS + 1):
            kept = [f"项目{g}-{i}" for i in range(1, KEEP_ROWS + 1)]
            assert {page[name] for name in kept} == {page[f"第{g}组"]}, (lines, g, page)
            if g > 1 and page[f"第{g}组"] > page[f"项目{g - 1}-{ITEMS}"]:
                started_a_page += 1
    assert started_a_page, "no group row fell at the foot of a page in the lengths tried"

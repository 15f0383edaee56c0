"""The order lines model and the readers of typed values, without widgets."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.errors import ValidationError
from app.orders import LineInfo, LineKind, Payer
from ui.intake.inputs import parse_date, parse_km, parse_local_datetime
from ui.intake.lines_model import (
    COL_AMOUNT,
    COL_CODE,
    COL_DESCRIPTION,
    COL_KIND,
    COL_PAYER,
    COL_PRICE,
    COL_QTY,
    EditLine,
    LinesModel,
    parse_yuan,
    yuan_text,
)


def test_live_amounts_totals_and_the_cell_at_fault(qapp: object) -> None:
    model = LinesModel()
    changes: list[int] = []
    model.totals_changed.connect(lambda: changes.append(1))
    model.add_line(EditLine.new(LineKind.LABOUR))
    assert model.check(0).error_column == COL_DESCRIPTION  # a new labour line still needs its name
    assert model.data(model.index(0, COL_DESCRIPTION), Qt.ItemDataRole.BackgroundRole) is not None
    model.setData(model.index(0, COL_DESCRIPTION), "更换刹车片")
    assert model.check(0).error_column == COL_PRICE  # then its hourly rate
    assert "工时单价" in model.data(model.index(0, COL_PRICE), Qt.ItemDataRole.ToolTipRole)
    model.setData(model.index(0, COL_QTY), "1.5")
    model.setData(model.index(0, COL_PRICE), "￥1,200.5")
    assert model.check(0).error is None
    assert model.data(model.index(0, COL_AMOUNT)) == "1,800.75"
    model.add_line(EditLine.new(LineKind.PART))
    model.setData(model.index(1, COL_DESCRIPTION), "刹车片")
    model.setData(model.index(1, COL_QTY), "2")
    model.setData(model.index(1, COL_PRICE), "abc")
    assert (
        model.check(1).error_column == COL_PRICE
        and "数字" in (model.check(1).error or ValidationError("", "")).message
    )
    model.setData(model.index(1, COL_PRICE), "350")
    model.setData(model.index(1, COL_PAYER), Payer.WARRANTY.value)
    totals = model.totals()
    assert (totals.labour_fen, totals.parts_fen, totals.total_fen) == (180075, 70000, 250075)
    assert totals.for_payer(Payer.WARRANTY) == 70000
    assert changes  # the totals under the table follow every change
    model.remove_line(0)
    assert model.totals().total_fen == 70000 and model.inputs()[0].unit_price_fen == 35000


def test_other_costs_pick_a_category_and_take_an_amount(qapp: object) -> None:
    model = LinesModel()
    model.add_line(EditLine.new(LineKind.OTHER))
    assert model.data(model.index(0, COL_CODE)) == "拖车费"
    assert not model.flags(model.index(0, COL_QTY)) & Qt.ItemFlag.ItemIsEditable
    model.setData(model.index(0, COL_CODE), "travel")
    assert model.lines()[0].description == "交通费用补偿"  # the default name follows the category
    model.setData(model.index(0, COL_PRICE), "150")
    assert model.inputs()[0].amount_fen == 15000 and model.check(0).error is None


def test_changing_the_kind_keeps_the_name(qapp: object) -> None:
    model = LinesModel()
    model.add_line(EditLine.new(LineKind.LABOUR))
    model.setData(model.index(0, COL_DESCRIPTION), "空调滤芯")
    model.setData(model.index(0, COL_KIND), LineKind.PART.value)
    assert model.lines()[0] == EditLine(kind="part", description="空调滤芯", qty="1")
    assert not model.setData(model.index(0, COL_KIND), "nonsense")


def test_read_only_refuses_edits(qapp: object) -> None:
    model = LinesModel()
    model.add_line(EditLine.new(LineKind.LABOUR))
    model.read_only = True
    assert not model.flags(model.index(0, COL_DESCRIPTION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, COL_DESCRIPTION), "x")


def test_saved_lines_come_back_as_typed() -> None:
    info = LineInfo(
        7, 0, LineKind.PART, "15400-RTA-003", "机油滤清器",
        None, None, Decimal("2.00"), 4550, 9100, Payer.CUSTOMER,
    )  # fmt: skip
    line = EditLine.from_info(info)
    assert (line.qty, line.price) == ("2", "45.50")
    again = line.to_input(0)
    assert (again.quantity, again.unit_price_fen, again.code) == ("2", 4550, "15400-RTA-003")


@pytest.mark.parametrize(
    ("text", "fen"), [("450", 45000), ("1,234.5", 123450), ("￥88", 8800), ("0.05", 5), ("", None)]
)
def test_parse_yuan(text: str, fen: int | None) -> None:
    assert parse_yuan("f", text, "金额") == fen


def test_parse_yuan_refuses_fractions_of_a_fen() -> None:
    with pytest.raises(ValidationError) as e:
        parse_yuan("price", "1.005", "单价")
    assert e.value.field == "price"


def test_yuan_text() -> None:
    assert (yuan_text(123456), yuan_text(None), yuan_text(-5)) == ("1,234.56", "", "-0.05")


@pytest.mark.parametrize(
    "text", ["2024-03-01", "2024/3/1", "2024.3.1", "20240301", "2024年3月1日", "２０２４－０３－０１"]
)
def test_parse_date_as_people_type_it(text: str) -> None:
    assert parse_date("d", text, "日期") == dt.date(2024, 3, 1)


@pytest.mark.parametrize(("text", "message"), [("2024-02-30", "不是有效日期"), ("三月一日", "格式")])
def test_parse_date_errors_name_the_field(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as e:
        parse_date("invoice_date", text, "开票日期")
    assert e.value.field == "invoice_date" and message in e.value.message


def test_parse_km() -> None:
    assert parse_km("m", "23,456 km") == 23456
    assert parse_km("m", " ") is None
    with pytest.raises(ValidationError):
        parse_km("m", "12.5")


def test_parse_local_datetime_today_or_a_given_day() -> None:
    today = dt.date(2026, 11, 27)  # the tests run in Asia/Shanghai (UTC+8)
    assert parse_local_datetime("p", "17:30", "时间", today) == dt.datetime(
        2026, 11, 27, 9, 30, tzinfo=dt.UTC
    )
    assert parse_local_datetime("p", "2026-11-28 09:00", "时间", today) == dt.datetime(
        2026, 11, 28, 1, 0, tzinfo=dt.UTC
    )
    with pytest.raises(ValidationError, match="请写上时间，例如 2026-11-28 17:30"):
        parse_local_datetime("p", "2026-11-28", "时间", today)
    assert parse_local_datetime("p", "", "时间", today) is None
    with pytest.raises(ValidationError):
        parse_local_datetime("p", "17点", "时间", today)

"""Reading a vehicle list for import: CSV (UTF-8 with or without BOM, or GBK/GB18030 as Excel
in China saves it) or .xlsx; columns recognised by their header, in Chinese or English.

Line numbers are those of the file (the header is usually line 1; for a spreadsheet, the row).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.errors import ValidationError
from app.validation import to_halfwidth
from app.wording import labels, say

Cell = str | int | float | dt.date | dt.datetime | None

# Canonical field -> header names (compared after tidying: half-width, lower case, no spaces,
# underscores or brackets). Matched exactly first, then as a part of the header in FIELD_ORDER.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "vin": (
        "车架号",
        "车架号码",
        "vin",
        "vin码",
        "车辆识别代号",
        "车辆识别代码",
        "车辆识别号",
        "底盘号",
        "vinno",
    ),
    "plate": (
        "车牌",
        "车牌号",
        "车牌号码",
        "号牌",
        "号牌号码",
        "plate",
        "plateno",
        "platenumber",
        "licenseplate",
        "licence",
        "license",
    ),
    "brand": ("品牌", "厂牌", "brand", "make"),
    "model": ("车型", "车系", "车型名称", "model", "modelname"),
    "colour": ("颜色", "车身颜色", "外观颜色", "colour", "color"),
    "purchase_date": ("购车日期", "购买日期", "销售日期", "purchasedate", "purchase", "saledate"),
    "invoice_date": ("开票日期", "发票日期", "购车发票日期", "invoicedate", "invoice"),
    "delivery_date": ("交车日期", "交付日期", "提车日期", "deliverydate", "delivery"),
    "owner": (
        "车主",
        "车主姓名",
        "客户姓名",
        "客户",
        "客户名称",
        "姓名",
        "owner",
        "ownername",
        "customer",
        "customername",
        "name",
    ),
    "phone": (
        "电话",
        "手机",
        "手机号",
        "手机号码",
        "联系电话",
        "电话号码",
        "联系方式",
        "phone",
        "mobile",
        "tel",
        "telephone",
        "phonenumber",
    ),
    "mileage": ("里程", "行驶里程", "公里数", "表显里程", "mileage", "odometer", "km"),
    # The 行驶证's 检验有效期至 (a month) and the insurance policy's end (a date).
    "inspection_due": (
        "检验有效期至",
        "检验有效期",
        "年检有效期至",
        "年检有效期",
        "年检到期",
        "年检到期日",
        "年审到期",
        "年检日期",
        "inspectiondue",
        "inspection",
    ),
    "insurance_expires": (
        "保险到期日",
        "保险到期",
        "保险到期日期",
        "保险止期",
        "交强险到期",
        "交强险到期日",
        "保险截止日期",
        "insuranceexpires",
        "insuranceexpiry",
        "insurance",
    ),
}
# Substring matching order: phone words before owner words (车主电话 is a phone column).
FIELD_ORDER = (
    "phone",
    "vin",
    "plate",
    "inspection_due",
    "insurance_expires",
    "invoice_date",
    "purchase_date",
    "delivery_date",
    "mileage",
    "colour",
    "brand",
    "model",
    "owner",
)
REQUIRED = ("vin", "brand", "model", "owner")
FIELD_LABELS = {
    "vin": "车架号",
    "plate": "车牌",
    "brand": "品牌",
    "model": "车型",
    "colour": "颜色",
    "purchase_date": "购车日期",
    "invoice_date": "开票日期",
    "delivery_date": "交付日期",
    "owner": "车主",
    "phone": "电话",
    "mileage": "里程",
    "inspection_due": "年检有效期至",
    "insurance_expires": "保险到期日",
}
HEADER_SEARCH_ROWS = 10
CSV_SUFFIXES = (".csv", ".txt")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
_TIDY = re.compile(r"[\s_\-()（）\[\]【】:：*]")


@dataclass(frozen=True)
class SourceRow:
    line: int
    values: dict[str, Cell]  # canonical field -> cell


@dataclass(frozen=True)
class SourceTable:
    columns: dict[str, str]  # canonical field -> the header as written
    rows: tuple[SourceRow, ...]
    encoding: str | None  # for CSV files


def _tidy(header: object) -> str:
    return _TIDY.sub("", to_halfwidth(str(header or "")).strip().lower())


def match_header(header: object) -> str | None:
    text = _tidy(header)
    if not text:
        return None
    for field, aliases in HEADER_ALIASES.items():
        if text in aliases:
            return field
    for field in FIELD_ORDER:
        # Chinese aliases as parts of a longer header; English ones only whole (name ⊂ filename...).
        if any(alias in text for alias in HEADER_ALIASES[field] if not alias.isascii()):
            return field
    return None


def map_headers(cells: list[Cell]) -> dict[int, str]:
    """Column index -> canonical field, first column winning when two mean the same."""
    found: dict[int, str] = {}
    for i, cell in enumerate(cells):
        field = match_header(cell)
        if field is not None and field not in found.values():
            found[i] = field
    return found


def decode_csv(data: bytes) -> tuple[str, str]:
    """UTF-8 (a BOM is dropped) or, failing that, GB18030 (a superset of GBK)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gbk"
    except UnicodeDecodeError:
        raise ValidationError("file", say("无法识别文件编码：请保存为 UTF-8 或 GBK 编码的 CSV")) from None


def _csv_rows(text: str) -> Iterator[tuple[int, list[Cell]]]:
    first = text.split("\n", 1)[0]
    delimiter = (
        "\t" if "\t" in first and "," not in first else ";" if ";" in first and "," not in first else ","
    )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    try:
        for row in reader:
            yield start, list(row)
            start = reader.line_num + 1
    except csv.Error:
        # The one error the reader raises on such files: a cell longer than its limit, most often
        # a quote never closed, which swallows the rest of the file.
        raise ValidationError(
            "file",
            say(
                "第 {line} 行起无法读取：单元格超过 {limit} 个字符，多半是引号没有配对；请检查该行后再导入",
                line=start,
                limit=csv.field_size_limit(),
            ),
        ) from None


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Cell]]]:
    from openpyxl import load_workbook  # imported here: only imports need it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as e:  # openpyxl raises many kinds for a damaged file
        raise ValidationError("file", say("无法读取 Excel 文件：{e}", e=e)) from e
    number = 0
    try:
        sheet = book.worksheets[0]
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(row)
    except Exception as e:  # the sheet's XML is read row by row: damage shows while reading
        raise ValidationError(
            "file",
            say(
                "Excel 文件在第 {row} 行之后已损坏，无法读取：请在 Excel 中打开并另存为 .xlsx 后再导入",
                row=number,
            ),
        ) from e
    finally:
        book.close()


def _blank(cells: list[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _check_regular_file(path: Path) -> None:
    """Only an ordinary file: reading a pipe or a device named .csv would wait forever."""
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError as e:
        raise ValidationError(
            "file", say("无法读取文件 {path}：{strerror}", path=path, strerror=e.strerror)
        ) from e
    if not regular:
        raise ValidationError("file", say("{path} 不是普通文件，不能导入", path=path))


def read_table(path: Path) -> SourceTable:
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES + CSV_SUFFIXES:
        _check_regular_file(path)
    encoding = None
    if suffix in XLSX_SUFFIXES:
        rows = _xlsx_rows(path)
    elif suffix in CSV_SUFFIXES:
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ValidationError(
                "file", say("无法读取文件 {path}：{strerror}", path=path, strerror=e.strerror)
            ) from e
        text, encoding = decode_csv(data)
        rows = _csv_rows(text)
    elif suffix == ".xls":
        raise ValidationError("file", say("不支持旧版 .xls 文件：请在 Excel 中另存为 .xlsx 或 CSV"))
    else:
        raise ValidationError("file", say("只能导入 CSV 或 Excel（.xlsx）文件"))
    headers: dict[int, str] = {}
    header_cells: list[Cell] = []
    out: list[SourceRow] = []
    for line, cells in rows:
        if not headers:
            if line > HEADER_SEARCH_ROWS:
                break
            mapped = map_headers(cells)
            if "vin" in mapped.values() and len(mapped) >= 2:
                headers, header_cells = mapped, cells
            continue
        if _blank(cells):
            continue
        out.append(SourceRow(line, {f: cells[i] if i < len(cells) else None for i, f in headers.items()}))
    if not headers:
        raise ValidationError("file", say("找不到表头：前 10 行中没有“车架号/VIN”等列名"))
    missing = [FIELD_LABELS[f] for f in REQUIRED if f not in headers.values()]
    if missing:
        raise ValidationError("file", say("缺少必需的列：{columns}", columns=labels(missing)))
    columns = {f: str(header_cells[i]) for i, f in headers.items()}
    return SourceTable(columns, tuple(out), encoding)


# ---------------------------------------------------------------- cell values
EXCEL_EPOCH = dt.date(1899, 12, 30)
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SERIAL = re.compile(r"^\d{4,5}(?:\.0+)?$")
_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_COMPACT_MONTH = re.compile(r"^(\d{4})(\d{2})$")
_KM = re.compile(r"^(\d+(?:\.\d+)?)\s*(万)?\s*(?:km|公里|千米)?$", re.IGNORECASE)


def text_of(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat()
    return str(cell).strip()


def parse_date(cell: Cell) -> dt.date | None:
    """2024-03-01, 2024/3/1, 2024.3.1, 2024年3月1日, 20240301, an Excel date or date serial."""
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return _serial(float(cell))
    text = to_halfwidth(str(cell)).strip()
    if not text:
        return None
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            raise ValueError(say("日期“{text}”不存在", text=text)) from None
    if _SERIAL.match(text):
        return _serial(float(text))
    raise ValueError(say("无法识别的日期“{text}”，请写成 2024-03-01 或 2024年3月1日", text=text))


def parse_month(cell: Cell) -> dt.date | None:
    """A month as the papers give it: 2027-03, 2027/3, 2027.3, 2027年3月, 202703, as its first
    day (the vehicle keeps the month's last); a whole date or an Excel date as that date."""
    if isinstance(cell, int | float) and not isinstance(cell, bool) and 100_000 <= cell <= 999_999:
        cell = f"{cell:.0f}"  # 202703 typed into a number cell: a month, not a date serial
    if isinstance(cell, str):
        text = to_halfwidth(cell).strip()
        match = _MONTH.match(text) or _COMPACT_MONTH.match(text)
        if match:
            try:
                return dt.date(int(match.group(1)), int(match.group(2)), 1)
            except ValueError:
                raise ValueError(say("月份“{text}”不存在", text=text)) from None
    try:
        return parse_date(cell)
    except ValueError:
        raise ValueError(
            say("无法识别的月份“{text}”，请写成 2027-03 或 2027年3月", text=str(cell).strip())
        ) from None


def _serial(days: float) -> dt.date:
    if not 1 <= days < 2_958_466 or not days.is_integer():
        raise ValueError(say("无法识别的日期“{days:g}”", days=days))
    return EXCEL_EPOCH + dt.timedelta(days=int(days))


def parse_km(cell: Cell) -> int | None:
    """12345, 12,345, 12345 km, 1.2万 (12,000)."""
    if cell is None:
        return None
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        if not math.isfinite(cell):
            raise ValueError(say("里程“{cell}”不是有效的数字", cell=cell))
        if float(cell) != int(cell):
            raise ValueError(say("里程应为整数公里，输入的是“{cell}”", cell=cell))
        return int(cell)
    text = to_halfwidth(str(cell)).strip().replace(",", "").replace(" ", "")
    if not text:
        return None
    match = _KM.match(text)
    if match is None:
        raise ValueError(say("无法识别的里程“{cell}”", cell=cell))
    value = float(match.group(1)) * (10_000 if match.group(2) else 1)
    if not value.is_integer():
        raise ValueError(say("里程应为整数公里，输入的是“{cell}”", cell=cell))
    return int(value)

"""Code 128 and QR codes drawn straight onto a reportlab canvas, sized exactly.

Code 128 comes from reportlab.graphics.barcode; the QR symbol is encoded here (_qr_encode for
its codewords, _qr_mask for their placement and its data mask: the symbol segno makes, about
twenty times faster) and its dark modules are drawn as one filled path (going through
reportlab's QrCodeWidget/Drawing builds a shape object per module, and getBounds() draws it
twice).

Text that is not plain ASCII goes into the QR code as UTF-8 bytes (byte mode) behind an ECI 26
("this is UTF-8") header. Without it a reader has to guess the character set, and zbar guesses
Shift-JIS for short Chinese texts (危险件 came back as 蜊ｱ髯ｩ莉ｶ); an encoder left to itself may
also pick the Kanji mode (Shift-JIS) for a text whose every character Shift-JIS happens to have.
"""

from __future__ import annotations

import functools

from reportlab.graphics.barcode import code128
from reportlab.pdfgen.canvas import Canvas

from printing.documents import _qr_mask

CODE128_QUIET_MODULES = 10  # the quiet zone the standard asks for on each side
QR_QUIET_MODULES = 2  # smaller than the standard's 4: labels are small and their edge is white
QR_LEVELS = ("L", "M", "Q", "H")  # error correction: about 7, 15, 25 and 30 % of the symbol


def code128_modules(value: str) -> int:
    """Width of the symbol in modules (narrow bars), quiet zones excluded."""
    return int(code128.Code128(value, barWidth=1, quiet=0, humanReadable=0).width)


def draw_code128(
    canvas: Canvas,
    x: float,
    y: float,
    value: str,
    width: float,
    height: float,
    *,
    max_module: float = 0.33 * 72 / 25.4,
    module: float | None = None,
) -> float:
    """Draws `value` inside the box (x, y, width, height) in points, quiet zones included.

    The module width is the largest that fits, capped at `max_module` (0.33 mm); the symbol is
    centred in the box. Returns the module width used, so callers can check it is printable
    (below about 0.19 mm a 203 dpi label printer cannot resolve it).

    With `module` (points) the symbol is drawn at exactly that width per narrow bar, never
    scaled to the box; ValueError when it does not fit the box with its quiet zones.
    """
    symbol = code128.Code128(value, barWidth=1, barHeight=height, quiet=0, humanReadable=0)
    modules = float(symbol.width)
    if module is None:
        module = min(max_module, width / (modules + 2 * CODE128_QUIET_MODULES))
    elif (modules + 2 * CODE128_QUIET_MODULES) * module > width * (1 + 1e-9):
        raise ValueError(
            f"Code 128 {value!r} needs {(modules + 2 * CODE128_QUIET_MODULES) * module:.1f} pt, "
            f"the box is {width:.1f} pt wide"
        )
    symbol.barWidth = module
    symbol.computeSize()
    symbol.drawOn(canvas, x + (width - modules * module) / 2, y)
    return module


@functools.lru_cache(maxsize=128)
def qr_lines(value: str, level: str = "M") -> tuple[str, ...]:
    """The QR symbol's rows from the top as strings of "1" (dark) and "0".

    Its data mask chosen of the eight by their penalty as ISO/IEC 18004 asks (_qr_mask: the
    same symbol segno makes, module for module, in a tenth of a millisecond or so for a tag's
    code rather than a few milliseconds). Text beyond ASCII is
    UTF-8 behind an ECI header (assignment 26), so that scanners do not guess another character
    set (zbar reads short Chinese as Shift-JIS without it). Kept for the last values asked: a
    label asks once to size its code and once to draw it.
    """
    if level not in QR_LEVELS:
        raise ValueError(f"QR error correction level {level!r} is not one of {QR_LEVELS}")
    n, rows = _qr_mask.qr_rows(value, level)
    return tuple(format(r, f"0{n}b") for r in rows)


def qr_matrix(value: str, level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """The QR symbol's modules, row by row from the top (True is dark)."""
    return tuple(tuple(c == "1" for c in line) for line in qr_lines(value, level))


def qr_modules(value: str, level: str = "M") -> int:
    """How many modules the symbol has across (its quiet zone not counted)."""
    return len(qr_lines(value, level))


def draw_qr(canvas: Canvas, x: float, y: float, value: str, size: float, *, level: str = "M") -> float:
    """Draws a QR code filling the square (x, y, size, size) in points, quiet zone included.

    Returns the module size used. The dark modules are one filled path of rectangles in
    whole modules, scaled to the module size by the graphics state's matrix: short integers in
    the page's content rather than four decimals per rectangle, written as one string.
    """
    lines = qr_lines(value, level)
    count = len(lines)
    module = size / (count + 2 * QR_QUIET_MODULES)
    canvas.saveState()
    canvas.transform(module, 0, 0, module, x + QR_QUIET_MODULES * module, y + QR_QUIET_MODULES * module)
    # One rectangle per horizontal run of dark modules, rows counted from the bottom; the runs
    # are the row's pieces between light modules (a split: a third cheaper than a regex's matches).
    runs = []
    for r, line in enumerate(lines):
        y, column = count - 1 - r, 0
        for run in line.split("0"):
            if run:
                runs.append(f"{column} {y} {len(run)} 1 re")
            column += len(run) + 1
    canvas.addLiteral(" ".join(runs) + " f")
    canvas.restoreState()
    return module

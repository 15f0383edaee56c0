"""Code 128 and QR codes drawn straight onto a reportlab canvas, sized exactly.

Both come from reportlab.graphics.barcode. The QR symbol is encoded with qrencoder and its
dark modules are drawn as one filled path: going through QrCodeWidget/Drawing builds a shape
object per module (and getBounds() draws it twice), which dominated the time of a label.

Text that is not plain ASCII goes into the QR code as UTF-8 bytes behind an ECI 26 ("this is
UTF-8") header. Without it a reader has to guess the character set, and zbar guesses Shift-JIS
for short Chinese texts (危险件 came back as 蜊ｱ髯ｩ莉ｶ); qrencoder would also pick its Kanji mode
(Shift-JIS) for a text whose every character Shift-JIS happens to have.
"""

from __future__ import annotations

from reportlab.graphics.barcode import code128, qrencoder
from reportlab.pdfgen.canvas import Canvas

CODE128_QUIET_MODULES = 10  # the quiet zone the standard asks for on each side
QR_QUIET_MODULES = 2  # smaller than the standard's 4: labels are small and their edge is white
QR_LEVELS = {
    "L": qrencoder.QRErrorCorrectLevel.L,
    "M": qrencoder.QRErrorCorrectLevel.M,
    "Q": qrencoder.QRErrorCorrectLevel.Q,
    "H": qrencoder.QRErrorCorrectLevel.H,
}


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


class _Utf8Eci(qrencoder.QRECI):  # type: ignore[misc]
    """The ECI header announcing UTF-8 (assignment number 26)."""

    def __init__(self) -> None:
        super().__init__(26)

    @property
    def bitlength(self) -> int:
        return 8  # qrencoder counts 0 for it when choosing the version: one byte too few


def qr_matrix(value: str, level: str = "M") -> list[list[bool]]:
    """The QR symbol's modules, row by row from the top (True is dark)."""
    code = qrencoder.QRCode(None, QR_LEVELS[level])
    if value.isascii():
        code.addData(value)
    else:
        code.addData(_Utf8Eci())
        code.addData(qrencoder.QR8bitByte(value))
    code.make()
    count = code.getModuleCount()
    return [[bool(code.modules[r][c]) for c in range(count)] for r in range(count)]


def draw_qr(canvas: Canvas, x: float, y: float, value: str, size: float, *, level: str = "M") -> float:
    """Draws a QR code filling the square (x, y, size, size) in points, quiet zone included.

    Returns the module size used.
    """
    matrix = qr_matrix(value, level)
    count = len(matrix)
    module = size / (count + 2 * QR_QUIET_MODULES)
    left = x + QR_QUIET_MODULES * module
    top = y + size - QR_QUIET_MODULES * module
    path = canvas.beginPath()
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            # One rectangle per horizontal run of dark modules keeps the path short.
            path.rect(left + start * module, top - (r + 1) * module, (c - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    return module

"""Reading PDFs back with poppler and zbar, and finding what a cups-pdf queue printed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

OUT_ENV = "QIANTAI_TEST_CUPS_OUT"
A4_ENV = "QIANTAI_TEST_A4_QUEUE"
LABEL_ENV = "QIANTAI_TEST_LABEL_QUEUE"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: scripts/test installs poppler-utils and zbar-tools")
    return path


def _as_file(pdf: bytes | Path, directory: Path) -> Path:
    if isinstance(pdf, Path):
        return pdf
    path = directory / "doc.pdf"
    path.write_bytes(pdf)
    return path


def pdfinfo(pdf: bytes | Path) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [_tool("pdfinfo"), str(_as_file(pdf, Path(tmp)))], capture_output=True, text=True, check=True
        ).stdout
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


def page_size_pt(pdf: bytes | Path) -> tuple[float, float]:
    m = re.match(r"([\d.]+) x ([\d.]+) pts", pdfinfo(pdf)["Page size"])
    assert m is not None
    return float(m.group(1)), float(m.group(2))


def pdftotext(pdf: bytes | Path, page: int | None = None, layout: bool = False) -> str:
    args = [_tool("pdftotext")]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    if layout:
        args.append("-layout")
    with tempfile.TemporaryDirectory() as tmp:
        args += [str(_as_file(pdf, Path(tmp))), "-"]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout


@dataclass(frozen=True)
class Word:
    text: str
    x: float
    y: float  # top of the word, from the top of the page, in points


def words(pdf: bytes | Path, page: int = 1) -> list[Word]:
    """Every word with its position (pdftotext -bbox)."""
    with tempfile.TemporaryDirectory() as tmp:
        args = [
            _tool("pdftotext"),
            "-bbox",
            "-f",
            str(page),
            "-l",
            str(page),
            str(_as_file(pdf, Path(tmp))),
            "-",
        ]
        html = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    found = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html
    )
    return [Word(t, float(x), float(y)) for x, y, t in found]


@dataclass(frozen=True)
class Gray:
    width: int
    height: int
    pixels: bytes  # 0 black .. 255 white, row by row

    def at(self, x: int, y: int) -> int:
        return self.pixels[y * self.width + x]

    def blocks(self, n: int) -> Gray:
        """The image shrunk n times by averaging n×n blocks: blurs away sub-pixel shifts."""
        w, h = self.width // n, self.height // n
        px = self.pixels
        out = bytearray(w * h)
        for y in range(h):
            rows = [px[(y * n + j) * self.width : (y * n + j) * self.width + w * n] for j in range(n)]
            for x in range(w):
                out[y * w + x] = sum(sum(row[x * n : x * n + n]) for row in rows) // (n * n)
        return Gray(w, h, bytes(out))

    def dark_box(self, threshold: int = 128) -> tuple[int, int, int, int]:
        """(left, top, right, bottom) of the pixels darker than threshold."""
        xs, ys = [], []
        for y in range(self.height):
            row = self.pixels[y * self.width : (y + 1) * self.width]
            dark = [x for x, v in enumerate(row) if v < threshold]
            if dark:
                xs += [dark[0], dark[-1]]
                ys.append(y)
        assert xs, "the page is blank"
        return min(xs), min(ys), max(xs), max(ys)


def render_gray(pdf: bytes | Path, dpi: int, page: int = 1, size: tuple[int, int] | None = None) -> Gray:
    """The page rendered by poppler as an 8-bit grey image (PGM), optionally scaled to `size`."""
    scale = [] if size is None else ["-scale-to-x", str(size[0]), "-scale-to-y", str(size[1])]
    with tempfile.TemporaryDirectory() as tmp:
        src = _as_file(pdf, Path(tmp))
        subprocess.run(
            [
                _tool("pdftoppm"),
                *scale,
                "-gray",
                "-r",
                str(dpi),
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(src),
                str(Path(tmp) / "page"),
            ],
            check=True,
        )
        data = (Path(tmp) / "page.pgm").read_bytes()
    m = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert m is not None
    width, height = int(m.group(1)), int(m.group(2))
    return Gray(width, height, data[m.end() : m.end() + width * height])


def correlation(a: Gray, b: Gray, box: tuple[float, float, float, float] = (0, 0, 1, 1)) -> float:
    """Pearson correlation of the grey values of two pages over a box given in fractions of the
    page (x0, y0, x1, y1): 1.0 is the same picture, whatever the contrast. Sizes may differ by
    a pixel (595 vs 595.28 pt pages): the box is taken from the first."""
    assert abs(a.width - b.width) <= 1 and abs(a.height - b.height) <= 1
    x0, y0 = int(box[0] * a.width), int(box[1] * a.height)
    x1, y1 = int(box[2] * a.width), int(box[3] * a.height)
    pa = [a.pixels[y * a.width + x] for y in range(y0, y1) for x in range(x0, x1)]
    pb = [b.pixels[y * b.width + x] for y in range(y0, y1) for x in range(x0, x1)]
    ma, mb = sum(pa) / len(pa), sum(pb) / len(pb)
    cov = sum((p - ma) * (q - mb) for p, q in zip(pa, pb, strict=True))
    va = sum((p - ma) ** 2 for p in pa)
    vb = sum((q - mb) ** 2 for q in pb)
    return cov / ((va * vb) ** 0.5 or 1.0)


def barcodes(pdf: bytes | Path, dpi: int = 300, page: int = 1) -> set[str]:
    """Every barcode zbarimg reads on one page (the first), as "TYPE:value" (e.g. "QR-Code:ABC")."""
    with tempfile.TemporaryDirectory() as tmp:
        src = _as_file(pdf, Path(tmp))
        png = Path(tmp) / "p"
        pages = ["-f", str(page), "-l", str(page)]
        subprocess.run(
            [_tool("pdftoppm"), "-r", str(dpi), *pages, "-png", "-singlefile", str(src), str(png)],
            check=True,
        )
        # zbarimg exits 4 when it finds nothing: that is an answer, not a failure.
        zbar = [_tool("zbarimg"), "-q", f"{png}.png"]
        run = subprocess.run(zbar, check=False, capture_output=True, text=True)
    return {line.strip() for line in run.stdout.splitlines() if line.strip()}


@dataclass(frozen=True)
class CupsQueues:
    out_dir: Path
    a4: str
    label: str


def cups_queues() -> CupsQueues | None:
    """The queues this test process prints to. scripts/test gives every pytest-xdist worker its
    own pair ("qiantai-a4-gw0" ...) writing into its own folder (OUT/gw0 ...)."""
    out, a4, label = os.environ.get(OUT_ENV), os.environ.get(A4_ENV), os.environ.get(LABEL_ENV)
    if not (out and a4 and label):
        return None
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        return CupsQueues(Path(out) / worker, f"{a4}-{worker}", f"{label}-{worker}")
    return CupsQueues(Path(out), a4, label)


def outputs(out_dir: Path, job_name: str) -> list[Path]:
    """The files cups-pdf wrote for jobs titled exactly `job_name` ("NAME__…" or "NAME-job_…")."""
    return sorted(
        p
        for p in out_dir.glob(f"{job_name}*.pdf")
        if p.name[len(job_name) : len(job_name) + 1] == "_" or p.name[len(job_name) :].startswith("-job_")
    )


def _readable(path: Path) -> bool:
    run = subprocess.run([_tool("pdfinfo"), str(path)], check=False, capture_output=True)
    return run.returncode == 0


def wait_for_output(out_dir: Path, job_name: str, timeout: float = 60.0) -> Path:
    """The PDF cups-pdf wrote for the job titled `job_name`, once it is complete.

    Complete means: its size has not changed for a second and poppler can read it.
    """
    deadline = time.monotonic() + timeout
    sizes: list[int] = []
    while time.monotonic() < deadline:
        found = outputs(out_dir, job_name)
        if found:
            sizes.append(found[0].stat().st_size)
            if len(sizes) >= 5 and sizes[-1] > 0 and len(set(sizes[-5:])) == 1 and _readable(found[0]):
                return found[0]
        time.sleep(0.25)
    raise AssertionError(f"no complete output for job {job_name} in {out_dir} within {timeout:.0f} s")


def squash(text: str) -> str:
    """Text without any whitespace: pdftotext drops or adds spaces around CJK at will."""
    return "".join(text.split())

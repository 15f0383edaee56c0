"""Finds a TrueType CJK font, embeds it in reportlab once, and says clearly when there is none.

Order of search: a configured path (settings, or the QIANTAI_CJK_FONT environment variable),
then a font bundled with the program under resources/fonts/, then the system's fonts.

Only TrueType outlines are usable: reportlab refuses CFF fonts (Noto CJK .otf/.ttc), and the
built-in CID fonts (STSong-Light) are not embedded, which CUPS/Ghostscript garbles on paper.
"""

from __future__ import annotations

import functools
import os
import sys
import threading
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFName, PDFZCompress
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

FONT_ENV = "QIANTAI_CJK_FONT"
_PROBE = "售后前台第页共"  # every document needs these glyphs

# (path, subfont index in a .ttc). Only TrueType files: never .otf.
LINUX_FONTS = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),  # Fedora
    ("/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc", 0),
    ("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", 0),
)
WINDOWS_FONTS = (
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttf", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
)
MACOS_FONTS = (
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/STHeiti Medium.ttc", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
)


class FontNotFound(Exception):
    """No usable TrueType CJK font: the message names what to install."""


@dataclass(frozen=True)
class ResolvedFont:
    name: str  # the name registered with reportlab, for canvas.setFont
    path: Path
    subfont_index: int
    source: str  # "configured", "bundled" or "system"


def install_hint() -> str:
    if sys.platform.startswith("win"):
        return "请确认 C:\\Windows\\Fonts 中有宋体（simsun.ttc）或微软雅黑（msyh.ttc）"
    if sys.platform == "darwin":
        return "请安装 TrueType 中文字体（如 Arial Unicode.ttf），或在设置中指定字体文件"
    return "请安装文泉驿微米黑：apt install fonts-wqy-microhei（或在设置中指定 .ttf/.ttc 字体文件）"


def _bundled_dirs() -> list[Path]:
    dirs = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        dirs.append(Path(bundle) / "resources" / "fonts")
    dirs.append(Path(__file__).resolve().parent.parent / "resources" / "fonts")
    return dirs


def _system_candidates() -> tuple[tuple[str, int], ...]:
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", "C:/Windows").replace("\\", "/")
        return tuple((p.replace("C:/Windows", windir), i) for p, i in WINDOWS_FONTS)
    if sys.platform == "darwin":
        return MACOS_FONTS
    return LINUX_FONTS


def candidates(configured: str | os.PathLike[str] | None = None) -> list[tuple[Path, int, str]]:
    """Every place looked at, in order: (path, subfont index, source)."""
    found: list[tuple[Path, int, str]] = []
    for value in (configured, os.environ.get(FONT_ENV)):
        if value:
            found.append((Path(value), 0, "configured"))
    for folder in _bundled_dirs():
        if folder.is_dir():
            found.extend(
                (p, 0, "bundled") for p in sorted(folder.iterdir()) if p.suffix.lower() in (".ttf", ".ttc")
            )
    found.extend((Path(p), i, "system") for p, i in _system_candidates())
    return found


def _load(path: Path, index: int) -> TTFont | str:
    """The font, or why it cannot be used."""
    if not path.is_file():
        return "文件不存在"
    if path.suffix.lower() == ".otf":
        return "OpenType/CFF 字体不能嵌入，请用 TrueType（.ttf/.ttc）"
    name = f"QiantaiCJK-{path.stem}-{index}".replace(" ", "")
    try:
        # asciiReadable=0: a document's subset holds the characters it uses, not every ASCII
        # one besides (reportlab's default puts all 95 in, readable in the raw content): a
        # part tag embeds 73 glyphs instead of 140, and subsets and compresses them in about
        # half the time. Text is still extracted through each subset's ToUnicode map.
        font = TTFont(name, str(path), subfontIndex=index, asciiReadable=0)
    except (TTFError, OSError, ValueError) as e:
        return f"不是可嵌入的 TrueType 字体（{e}）"
    face = font.face
    missing = [ch for ch in _PROBE if ord(ch) not in face.charToGlyph]
    if missing:
        return f"缺少中文字形（{''.join(missing)}）"
    _remember_subsets(face)
    return font


SUBSETS_KEPT = 64


def _remember_subsets(face: Any) -> None:
    """Keeps the font subsets last embedded, by their characters in order, made and deflated.

    A subset is the same bytes whenever the same characters are asked in the same order (the
    glyphs they need taken out of the font file into a new one). Making it and compressing it
    are most of the time a small document takes to save: the tags of one part, printed one by
    one, ask for the same subset every time (see `seed_subset`)."""
    make = face.makeSubset
    add_objects = face.addSubsetObjects

    @functools.lru_cache(maxsize=SUBSETS_KEPT)
    def made(chars: tuple[int, ...]) -> bytes:
        return bytes(make(list(chars)))

    @functools.lru_cache(maxsize=SUBSETS_KEPT)
    def deflated(chars: tuple[int, ...]) -> bytes:
        return zlib.compress(made(chars))

    def add_subset_objects(doc: Any, fontname: str, subset: list[int]) -> Any:
        descriptor = add_objects(doc, fontname, subset)
        # The font file goes in already deflated: a stream whose dictionary names its filter is
        # written as it is. (Found by the name reportlab registers it under; a reportlab that
        # names it otherwise compresses it itself, as before.)
        stream = doc.idToObject.get(f"fontFile:{face.filename}({fontname})") if doc.compression else None
        if stream is not None and "Filter" not in stream.dictionary.dict:
            stream.content = deflated(tuple(subset))
            stream.dictionary["Filter"] = PDFArray([PDFName(PDFZCompress.pdfname)])
        return descriptor

    face.makeSubset = lambda subset: made(tuple(subset))
    face.addSubsetObjects = add_subset_objects


# The characters of codes, numbers and dates, in a fixed order: given their places in a
# document's subset before anything is drawn, two labels that differ only in such characters
# (the pieces of one part: 1/3, 2/3 …) ask for the same subset.
SUBSET_SEED = " 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-/:.,"


def seed_subset(canvas: Canvas, font: str, chars: str = SUBSET_SEED) -> None:
    """Gives `chars` the first places in the canvas's subset of `font` (a TrueType font)."""
    pdfmetrics.getFont(font).splitString(chars, canvas._doc)


_lock = threading.Lock()
_registered: dict[tuple[str, int], ResolvedFont] = {}
_current: dict[str | None, ResolvedFont] = {}


def resolve(configured: str | os.PathLike[str] | None = None) -> ResolvedFont:
    """The first usable font, registered with reportlab once per process (thread-safe)."""
    key = None if configured is None else str(configured)
    with _lock:
        if key in _current:
            return _current[key]
        problems: list[str] = []
        for path, index, source in candidates(configured):
            cached = _registered.get((str(path), index))
            if cached is not None:
                _current[key] = cached
                return cached
            loaded = _load(path, index)
            if isinstance(loaded, str):
                if source != "system" or path.exists():
                    problems.append(f"{path}：{loaded}")
                continue
            pdfmetrics.registerFont(loaded)
            resolved = ResolvedFont(loaded.fontName, path, index, source)
            _registered[(str(path), index)] = resolved
            _current[key] = resolved
            return resolved
    detail = f"（已检查：{'；'.join(problems)}）" if problems else ""
    raise FontNotFound(f"找不到可用于打印的中文 TrueType 字体。{install_hint()}。{detail}")


def cjk_font(configured: str | os.PathLike[str] | None = None) -> str:
    """The reportlab font name to pass to setFont / ParagraphStyle(fontName=...)."""
    return resolve(configured).name


_configured: dict[str, str] = {}


def configure(path: str | os.PathLike[str] | None) -> None:
    """Sets the font file chosen in the dealer settings; documents use it from then on."""
    if path is None or str(path) == "":
        _configured.pop("path", None)
    else:
        _configured["path"] = str(path)


def current() -> ResolvedFont:
    """The font documents use: the configured one, else bundled, else system."""
    return resolve(_configured.get("path"))


def default_font() -> str:
    """current()'s reportlab name."""
    return current().name

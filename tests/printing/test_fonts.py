from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

from printing import fonts
from printing.documents.forms import A4Form, FormHeader
from printing.documents.labels import render_labels
from tests.printing.pdftools import pdftotext

WQY = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def test_system_font_is_found_and_registered_once() -> None:
    first = fonts.resolve()
    assert first.path.suffix in (".ttc", ".ttf")
    assert first.source in ("bundled", "system")
    assert fonts.resolve() is first


def test_documents_embed_the_truetype_font_not_a_cid_font() -> None:
    pdf = A4Form(FormHeader("测试经销商", "T01", "字体检查")).render()
    assert b"/FontFile2" in pdf  # an embedded TrueType subset
    assert b"STSong" not in pdf and b"UniGB-UCS2" not in pdf
    assert "字体检查" in pdftotext(pdf)


def test_a_configured_otf_is_refused_with_a_reason(tmp_path: Path) -> None:
    otf = tmp_path / "NotoSansCJK-Regular.otf"
    otf.write_bytes(b"OTTO" + b"\0" * 100)
    resolved = fonts.resolve(otf)
    assert resolved.source != "configured"  # fell back to a usable font


def test_a_configured_truetype_font_wins(tmp_path: Path) -> None:
    if not WQY.exists():
        pytest.skip("fonts-wqy-microhei is not installed")
    copy = tmp_path / "my-font.ttc"
    copy.write_bytes(WQY.read_bytes())
    resolved = fonts.resolve(copy)
    assert resolved.source == "configured" and resolved.path == copy


def test_no_font_anywhere_names_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "LINUX_FONTS", ((str(tmp_path / "missing.ttc"), 0),))
    monkeypatch.setattr(fonts, "_bundled_dirs", lambda: [tmp_path / "none"])
    monkeypatch.delenv(fonts.FONT_ENV, raising=False)
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    with pytest.raises(fonts.FontNotFound) as info:
        fonts.resolve(broken)
    assert "fonts-wqy-microhei" in str(info.value)
    assert "broken.ttf" in str(info.value)


def test_a_subset_kept_for_its_characters_is_never_given_to_others() -> None:
    """The font subsets are kept by their characters in order: the same title embeds the same
    bytes again, and another title of as many characters gets its own glyphs, read back."""

    def titled(title: str) -> bytes:
        return A4Form(FormHeader("测试经销商", "T01", title)).render()

    first = titled("甲乙丙丁检查")
    other = titled("戊己庚辛检查")
    assert titled("甲乙丙丁检查") == first
    assert "甲乙丙丁检查" in pdftotext(first)
    assert "戊己庚辛检查" in pdftotext(other) and "甲乙丙丁" not in pdftotext(other)


def _font_file(pdf: bytes) -> bytes:
    """The embedded TrueType subset's stream (as stored: deflated)."""
    stream = rb"/Filter \[ /FlateDecode \] /Length \d+ /Length1 \d+\n>>\nstream\n(.*?)endstream"
    found = re.search(stream, pdf, re.S)
    assert found is not None, "no font file stream"
    return found.group(1)


def test_labels_that_differ_in_codes_and_numbers_share_one_subset() -> None:
    """Digits and capitals take their places first (fonts.seed_subset), so the tags of one part
    embed the same subset, kept deflated; each still reads back as it was drawn."""

    def tag(piece: str) -> bytes:
        return render_labels((60, 40), [piece], lambda label, text: label.text(2, 30, f"旧件标签 {text}"))

    first, second = tag("CL2026110001 3/3"), tag("CL2026110001 1/3")
    assert _font_file(first) == _font_file(second)
    assert zlib.decompress(_font_file(first))[:4] in (b"\0\1\0\0", b"true")  # a TrueType file
    assert "旧件标签 CL2026110001 3/3" in pdftotext(first)
    assert "旧件标签 CL2026110001 1/3" in pdftotext(second)
    other = tag("零件 7/9")
    assert _font_file(other) != _font_file(first) and "零件 7/9" in pdftotext(other)

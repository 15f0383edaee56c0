from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.validation import clean_scanned, pinyin_initials, remove_invisible, to_halfwidth

COMMON_NAME_CHARS = (
    "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余"
    "于杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"
    "刚桂英华玉兰"
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ＬＨＧ１２３", "LHG123"),
        ("京Ａ·１２３４５", "京A·12345"),
        ("１３８\u3000１２３４", "138 1234"),
        ("＋８６－（０７５５）", "+86-(0755)"),
        ("ａｂｃ～！", "abc~!"),
        ("plain ASCII 123", "plain ASCII 123"),
        ("张三", "张三"),
    ],
)
def test_to_halfwidth(raw: str, expected: str) -> None:
    assert to_halfwidth(raw) == expected


@given(st.text())
def test_to_halfwidth_leaves_no_fullwidth_ascii(text: str) -> None:
    out = to_halfwidth(text)
    assert len(out) == len(text)
    assert not any(0xFF01 <= ord(c) <= 0xFF5E or c == "\u3000" for c in out)
    assert to_halfwidth(out) == out


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("LHGRC3838F8043791\r\n", "LHGRC3838F8043791"),
        ("LHGRC3838F8043791\t", "LHGRC3838F8043791"),
        ("\ufeff粤B12345\n", "粤B12345"),
        ("  13812345678\u200b ", "13812345678"),
        ("\u3000张三\u3000", "张三"),
        ("a b", "a b"),
    ],
)
def test_clean_scanned(raw: str, expected: str) -> None:
    assert clean_scanned(raw) == expected


@pytest.mark.parametrize(
    ("name", "initials"),
    [
        ("张三", "zs"),
        ("李四", "ls"),
        ("王小明", "wxm"),
        ("欧阳修", "oyx"),
        # Polyphone surnames take their surname reading.
        ("单田芳", "stf"),
        ("曾国藩", "zgf"),
        ("解缙", "xj"),
        ("仇英", "qy"),
        ("查良镛", "zly"),
        ("区志强", "ozq"),
        ("翟志刚", "zzg"),
        ("尉迟恭", "ycg"),
        ("单子轩", "szx"),  # 单子 is a word, but this is a person
        # ...while a company whose name starts with an ordinary word keeps the word's reading.
        ("解放汽车修理厂", "jfqcxlc"),
        ("乐山市顺达物流有限公司", "lsssdwlyxgs"),
        ("曾氏汽车服务有限公司", "zsqcfwyxgs"),
        ("Tom李", "toml"),
        ("王2明", "wm"),
        ("ＡＢ张", "abz"),
        ("阿依古丽·买买提", "ayglmmt"),
        (" 张三\t", "zs"),
        ("", ""),
    ],
)
def test_pinyin_initials(name: str, initials: str) -> None:
    assert pinyin_initials(name) == initials


@given(st.text(alphabet=COMMON_NAME_CHARS, min_size=1, max_size=4))
def test_pinyin_initials_one_lowercase_letter_per_character(name: str) -> None:
    initials = pinyin_initials(name)
    assert len(initials) == len(name)
    assert initials.isascii() and initials.isalpha() and initials.islower()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("LHG\u200bRC38\u200c38F8\u200d04\u206037\ufeff91", "LHGRC3838F8043791"),
        ("张\u200b三", "张三"),
        ("a b", "a b"),
    ],
)
def test_remove_invisible_anywhere(raw: str, expected: str) -> None:
    assert remove_invisible(raw) == expected

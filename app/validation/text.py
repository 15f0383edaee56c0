"""Text clean-up shared by the validators: full-width input, scanner noise, pinyin initials."""

from __future__ import annotations

import unicodedata

from app.errors import ValidationError
from app.wording import say

# Chinese input methods type letters, digits and punctuation full-width (U+FF01..U+FF5E).
_FULLWIDTH_FIRST, _FULLWIDTH_LAST = 0xFF01, 0xFF5E
_FULLWIDTH_OFFSET = 0xFEE0
_HALFWIDTH_TABLE = {cp: cp - _FULLWIDTH_OFFSET for cp in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1)}
_HALFWIDTH_TABLE[0x3000] = ord(" ")  # ideographic space

# Separators people put inside plates, VINs and phone numbers; callers remove those they need to.
MIDDLE_DOTS = "·・•‧∙⋅･"
DASHES = "-‐‑‒–—―−"

# Zero-width characters that copy-paste or scanners leave at the edges, and chat apps insert
# anywhere in a pasted text: zero-width space, non-joiner, joiner, word joiner, byte order mark.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_DROP_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))


def to_halfwidth(s: str) -> str:
    """Full-width ASCII (ＬＨＧ１２３) becomes ASCII, the ideographic space a plain space."""
    return s.translate(_HALFWIDTH_TABLE)


def clean_scanned(s: str) -> str:
    """Strips whitespace (a scanner's trailing Enter or Tab included) and invisible marks."""
    return s.strip().strip(_INVISIBLE).strip()


def remove_invisible(s: str) -> str:
    """Removes the zero-width characters wherever they are (LHG\u200bRC38... -> LHGRC38...)."""
    return s.translate(_DROP_INVISIBLE)


# Surnames whose reading differs from the character's most common one (单 is shàn, not dān).
# Longer entries first so compound surnames win over their first character.
_SURNAME_INITIALS = {
    "尉迟": "yc",
    "单于": "cy",
    "万俟": "mq",
    "长孙": "zs",
    "澹台": "tt",
    "单": "s",
    "曾": "z",
    "解": "x",
    "仇": "q",
    "查": "z",
    "区": "o",
    "乐": "y",
    "覃": "q",
    "翟": "z",
    "盖": "g",
    "秘": "b",
    "种": "c",
    "折": "s",
    "召": "s",
    "尉": "w",
    "繁": "p",
    "员": "y",
    "隗": "w",
    "缪": "m",
    "朴": "p",
}
_SURNAME_KEYS = sorted(_SURNAME_INITIALS, key=len, reverse=True)
_LONGEST_PERSON_NAME = 4  # characters: a two-character surname and a two-character given name


def _chunk_initials(chunks: list[str]) -> str:
    """Pinyin initials stay; other chunks keep their ASCII letters, lowercased (digits dropped)."""
    return "".join(c for chunk in chunks for c in chunk.lower() if "a" <= c <= "z")


def pinyin_initials(name: str) -> str:
    """Lowercase pinyin initials of a name for search: 张三 -> zs, 单田芳 -> stf, Tom李 -> toml."""
    # Imported here: pypinyin's dictionaries take a quarter of a second to load, which the
    # window's start-up should not pay for a function used when a customer is saved.
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT

    text = to_halfwidth(clean_scanned(name))
    prefix = ""
    person = len(text) <= _LONGEST_PERSON_NAME
    for surname in _SURNAME_KEYS:
        # In a longer name (a company) a leading word such as 解放 or 乐山 keeps its own reading;
        # a person's name always takes the surname's (单子轩 is shàn, though 单子 is a word).
        if text.startswith(surname) and (person or text[: len(surname) + 1] not in PHRASES_DICT):
            prefix = _SURNAME_INITIALS[surname]
            text = text[len(surname) :]
            break
    return prefix + _chunk_initials(lazy_pinyin(text, style=Style.FIRST_LETTER))


def unsafe_characters(text: str, multiline: bool = False) -> list[str]:
    """Characters no name or note should hold: control characters (a NUL, a bell, an escape that
    came along with a copy from another program; line breaks and tabs only where allowed) and lone
    surrogates (half a character, which no database can store)."""
    allowed = "\n\t" if multiline else ""
    return [c for c in text if c not in allowed and unicodedata.category(c) in ("Cc", "Cs")]


def without_unsafe_characters(text: str) -> str:
    """The text with them left out (for a search, where a stray character should not stop it)."""
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cs"))


def refuse_unsafe_characters(field: str, text: str, multiline: bool = False) -> str:
    """The text as it is, or a ValidationError naming the first character that cannot be kept."""
    bad = unsafe_characters(text, multiline)
    if bad:
        raise ValidationError(
            field,
            say(
                "第 {position} 个字符（U+{code}）是看不见的控制字符或残缺字符，"
                "多半是从其他程序复制时带入的：请删除后重新输入",
                position=text.index(bad[0]) + 1,
                code=f"{ord(bad[0]):04X}",
            ),
        )
    return text

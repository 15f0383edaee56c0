"""Chinese names, companies and mobile numbers for demo customers."""

from __future__ import annotations

import random
from functools import cache
from itertools import accumulate

from app.validation import pinyin_initials

# Common surnames, roughly by frequency (weights per mille), a few two-character ones and polyphones.
SURNAMES = (
    ("王", 72), ("李", 72), ("张", 68), ("刘", 54), ("陈", 46), ("杨", 31), ("黄", 23), ("赵", 22),
    ("吴", 21), ("周", 21), ("徐", 17), ("孙", 15), ("马", 15), ("朱", 14), ("胡", 13), ("郭", 12),
    ("何", 12), ("林", 12), ("罗", 11), ("高", 11), ("郑", 10), ("梁", 10), ("谢", 8), ("宋", 8),
    ("唐", 8), ("许", 7), ("韩", 7), ("邓", 7), ("冯", 7), ("曹", 6), ("彭", 6), ("曾", 6), ("肖", 6),
    ("田", 5), ("董", 5), ("潘", 5), ("袁", 5), ("蔡", 5), ("蒋", 5), ("余", 5), ("叶", 5), ("杜", 4),
    ("程", 4), ("苏", 4), ("魏", 4), ("吕", 4), ("丁", 4), ("任", 4), ("卢", 4), ("姚", 4), ("沈", 4),
    ("钟", 4), ("姜", 4), ("崔", 3), ("谭", 3), ("陆", 3), ("范", 3), ("汪", 3), ("廖", 3), ("石", 3),
    ("金", 3), ("韦", 3), ("贾", 3), ("夏", 3), ("方", 3), ("邹", 3), ("熊", 2), ("白", 2), ("孟", 2),
    ("秦", 2), ("邱", 2), ("侯", 2), ("江", 2), ("尹", 2), ("薛", 2), ("黎", 2), ("单", 1), ("解", 1),
    ("覃", 1), ("翟", 1), ("欧阳", 1), ("司马", 1), ("诸葛", 1), ("上官", 1),
)  # fmt: skip

MALE_GIVEN = (
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "建国", "建华", "志强", "志明", "海涛", "海峰", "俊杰", "文博", "浩然", "子轩", "宇航", "明轩",
    "晓东", "国栋", "永刚", "家豪", "嘉俊", "锦涛", "振华", "德明", "学军", "春生", "立新", "少华",
)  # fmt: skip
FEMALE_GIVEN = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "颖", "琳", "萍",
    "秀英", "桂英", "丽娟", "晓燕", "海燕", "雅琴", "欣怡", "梓涵", "诗涵", "雨桐", "思彤", "佳怡",
    "美玲", "春梅", "淑珍", "晓红", "丽华", "紫琪", "嘉欣", "慧敏", "艳红", "玉兰", "文静", "婉婷",
)  # fmt: skip

COMPANY_PLACES = ("深圳市", "深圳市南山区", "深圳市宝安区", "深圳市龙岗区", "东莞市")
COMPANY_WORDS = (
    "顺达",
    "华信",
    "鹏城",
    "海岸",
    "前海",
    "鑫源",
    "创维",
    "恒通",
    "联合",
    "新港",
    "宏图",
    "达美",
)
COMPANY_KINDS = ("物流有限公司", "科技有限公司", "贸易有限公司", "建设工程有限公司", "汽车租赁有限公司")

# Mainland mobile prefixes in use (three digits: 13x-19x).
MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182",
    "183", "184", "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip

_SURNAME_NAMES = tuple(s for s, _ in SURNAMES)
_SURNAME_CUM = tuple(accumulate(w for _, w in SURNAMES))


@cache
def initials(text: str) -> str:
    """pinyin_initials, cached: names repeat a lot and pypinyin takes ~70 µs a call."""
    return pinyin_initials(text)[:32]


def name_initials(surname: str, given: str) -> str:
    """pinyin_initials of the full name, from its cached parts."""
    return initials(surname) + initials(given)


def person(rng: random.Random) -> tuple[str, str]:
    """A name and its pinyin initials."""
    surname = rng.choices(_SURNAME_NAMES, cum_weights=_SURNAME_CUM)[0]
    given = rng.choice(MALE_GIVEN if rng.random() < 0.62 else FEMALE_GIVEN)
    return surname + given, name_initials(surname, given)


def company(rng: random.Random) -> tuple[str, str]:
    name = rng.choice(COMPANY_PLACES) + rng.choice(COMPANY_WORDS) + rng.choice(COMPANY_KINDS)
    return name, initials(name)


def courtesy_name(rng: random.Random) -> str:
    """How the counter writes down whoever brought the car: 李先生, 王女士."""
    surname = rng.choices(_SURNAME_NAMES, cum_weights=_SURNAME_CUM)[0]
    return surname + ("先生" if rng.random() < 0.6 else "女士")


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"


def landline(rng: random.Random) -> str:
    return "0755" + str(rng.randrange(2, 9)) + f"{rng.randrange(10_000_000):07d}"

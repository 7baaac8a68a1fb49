"""Chinese text of the 通报 as a 公文 writes it: full-width ，；：（）, no space beside a number,
dates as 2024年7月10日.

The 通报 writes its own Chinese full-width at the source. ``fullwidth`` converts only the words
it takes from the other outputs (``check``'s goal, schedule, status and running-total words,
``rank``'s and ``reporting``'s notes, ``score``'s lines): those outputs print them half-width, in
tables fitted to a terminal and in goldens of their own, so they are converted where the 通报
takes them, never at their source; their dates become 2024年1月10日 and a period's code its
months (2023Q2: 2023年1-6月). They carry no text of the data but the names given in ``keep``
(units of measure, units' and groups' names), which are left exactly as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache

from plan415x.periods import Period

_FULL = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})
_KEPT = "\ue000", "\ue001"  # private-use stand-ins for a digit group's comma and a time's colon


_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CODE = re.compile(r"\b\d{4}(?:Q[1-4]|H[12]|-(?:0[1-9]|1[0-2]))\b(?!-)")


_TOUCHED = re.compile(r"[-QH·,;:() ]")
"""A character some step of ``_convert`` changes or reads (a date's and a code's -, Q, H): text
without one is left as it is (most of the 检查表's 10,000 goals and figures)."""


@lru_cache(maxsize=4096)  # the same words in every row: 序时进度's 100%, a status, a unit's note
def _convert(text: str) -> str:
    if not _TOUCHED.search(text):
        return text
    # A date as 2024年1月10日, a period's code (2023Q2) as its months (2023年1-6月): no codes.
    text = _DATE.sub(lambda m: zh_date(dt.date(int(m[1]), int(m[2]), int(m[3]))), text)
    text = _CODE.sub(lambda m: Period.parse(m[0]).label_zh(), text)
    text = re.sub(r"\s*·\s*", "，", text)
    text = re.sub(r"(?<=\d),(?=\d{3})", _KEPT[0], text)  # 1,800 stays a number
    text = re.sub(r"(?<=\d):(?=\d)", _KEPT[1], text)
    text = text.translate(_FULL).replace(_KEPT[0], ",").replace(_KEPT[1], ":")
    # No space beside a Chinese character, a full-width mark or a number's sign: 红灯 1 项 -> 红灯1项.
    return re.sub(r" +(?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) +", "", text)


def fullwidth(text: str, keep: Iterable[str] = ()) -> str:
    """``text`` (words of another output, half-width) with full-width ，；：（）, · as ，, and no
    space beside Chinese; every occurrence of a text of ``keep`` (names from the data) as it is."""
    kept = sorted({k for k in keep if k}, key=len, reverse=True)
    if not kept:
        return _convert(text)
    parts = re.split("(" + "|".join(map(re.escape, kept)) + ")", text)
    out = []
    for i, part in enumerate(parts):
        if i % 2 == 0:  # between names: a space beside a Chinese name goes too (乙局 20.5: 乙局20.5)
            if i > 0 and not parts[i - 1][-1:].isascii():
                part = part.lstrip(" ")
            if i + 1 < len(parts) and not parts[i + 1][:1].isascii():
                part = part.rstrip(" ")
            part = _convert(part)
        out.append(part)
    return "".join(out)


def zh_date(day: dt.date) -> str:
    """2024年7月10日, as a 公文 writes its dates."""
    return f"{day.year}年{day.month}月{day.day}日"

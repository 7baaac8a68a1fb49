"""Quantities in a clause: the figure, its unit and its comparator, as plans write them.

``1800亩以上`` is (1800, 亩, >=); ``突破500亿元`` (500, 亿元, >); ``5%左右`` (5, %, approx);
``不高于3%``, ``控制在3%以内`` (<=); ``5%—5.5%`` a range (between, its floor the value and
its ceiling ``upper``). Chinese numerals
(``一千八百亩以上``) are read with cn2an, and only beside a comparator: 四项百亿行动 is a name,
not four items.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plan415x.draft.model import Guess
from plan415x.problems import Said, said
from plan415x.values import MAX_MAGNITUDE

# Longest first, so 万平方米 is never read as 平方米 and 个百分点 never as 个.
UNITS = (
    "个百分点",
    "万平方米",
    "平方公里",
    "平方米",
    "万吨标煤",
    "万亿斤",
    "亿斤",
    "万斤",
    "吨标煤",
    "万亿元",
    "亿美元",
    "万美元",
    "亿元",
    "万元",
    "美元",
    "万千瓦",
    "千瓦",
    "万吨",
    "万人",
    "万辆",
    "公顷",
    "公里",
    "元",
    "吨",
    "亩",
    "%",
    "％",
    "倍",
    "个",
    "家",
    "项",
    "台",
    "件",
    "场",
    "次",
    "座",
    "条",
    "人",
    "所",
    "名",
    "户",
    "套",
    "辆",
    "起",
)

# Comparators written before the figure (达到500亿元) and after it (500亿元以上).
BEFORE = {
    "不低于": ">=",
    "不少于": ">=",
    "不小于": ">=",
    "达到": ">=",
    "达": ">=",
    "超过": ">",
    "超": ">",
    "突破": ">",
    "高于": ">",
    "大于": ">",
    "不高于": "<=",
    "不超过": "<=",
    "不大于": "<=",
    "控制在": "<=",
    "低于": "<",
    "少于": "<",
    "小于": "<",
}
AFTER = {"及以上": ">=", "以上": ">=", "以下": "<=", "以内": "<=", "之内": "<=", "左右": "approx"}

# The measure word a plan left out (建成绿色低碳工厂15以上), from the noun counted: the
# language's classifiers, not any plan's.
MEASURE_WORDS = (
    ("容积率", "倍"),
    ("企业", "家"),
    ("工厂", "家"),
    ("机构", "家"),
    ("中心", "家"),
    ("活动", "场"),
    ("会议", "场"),
    ("培训", "场"),
    ("项目", "个"),
    ("平台", "个"),
    ("基地", "个"),
    ("园区", "个"),
    ("标准", "项"),
    ("专利", "项"),
    ("成果", "项"),
    ("机器人", "台"),
    ("设备", "台"),
)

_DIGITS = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_CN = r"[零〇一二两三四五六七八九十百千万]+(?:点[零一二三四五六七八九]+)?"
_UNIT = "|".join(re.escape(u) for u in UNITS)
_AFTER = "|".join(AFTER)
_BEFORE = "|".join(sorted(BEFORE, key=len, reverse=True))
_RANGE = r"(?:[—–\-~～]|至|到)"
QUANTITY = re.compile(
    rf"(?P<before>{_BEFORE})?"
    rf"(?P<low>{_DIGITS}|{_CN})(?:(?P<lowunit>{_UNIT})?{_RANGE}(?P<high>{_DIGITS}|{_CN}))?"
    rf"(?P<unit>{_UNIT})?(?:[(（][^()（）]{{1,3}}[)）])?(?P<after>{_AFTER})?"
)
_FULL = str.maketrans("０１２３４５６７８９．", "0123456789.")
YEAR = re.compile(r"(?:19|20)\d\d年")


# Written before a figure, these make it a target's own (达到500亿元), never a threshold of
# what is counted (超10亿元企业, 10亿元以上项目).
OWN = frozenset(w for w in BEFORE if w not in ("超", "超过", "突破", "高于", "大于"))


class Quantity(NamedTuple):
    start: int
    end: int
    value: float | None
    unit: str | None
    comparator: str
    why: dict[str, Guess]
    own: bool
    """Its comparator, written before it, makes it a target's figure (达到500亿元)."""
    upper: float | None = None
    """A range's ceiling (5%—5.5%: 5.5), its floor the value."""


def number(text: str) -> float | None:
    """The number written, Arabic or Chinese (cn2an), or None."""
    text = text.translate(_FULL)
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    import cn2an  # a third of a second to import: only for a text that writes 一千八百亩以上

    try:
        return float(cn2an.cn2an(text, "smart"))
    except ValueError:
        return None


# A comparator and a unit whose number the text lost (突破亿大关): a target with no figure, for
# the analyst to complete.
MISSING = re.compile(r"(?P<before>突破|超过|达到)(?P<unit>亿元|万元|亿|万)(?:大关)?(?![元美0-9])")


def quantities(piece: str) -> list[Quantity]:
    """Every figure of ``piece`` that could be a target's, in order. A figure is read when it
    has a unit, or a comparator beside it (一般不低于2.0, 15以上); years and bare numbers (321产业,
    415X, a phone number) are not figures."""
    found: list[Quantity] = []
    for m in QUANTITY.finditer(piece):
        low, unit, before, after = m["low"], m["unit"] or m["lowunit"], m["before"], m["after"]
        chinese = not re.match(r"[0-9０-９]", low)
        following = piece[m.end("low") : m.end("low") + 1]
        if (
            unit is None
            and after is None
            and (YEAR.match(piece, m.start("low")) or (following and following in "年月日号"))
        ):
            continue
        if chinese and before is None and after is None:
            continue  # 四项百亿行动, 三倍增: names, not figures
        if unit is None and before is None and after is None:
            continue
        if unit == "倍" and piece.startswith("增", m.end()):
            continue  # 倍增 is a verb
        value = number(low)
        if value is None or value > MAX_MAGNITUDE:
            continue  # no number, or none a plan's figure can be (digits run together)
        why: dict[str, Guess] = {}
        upper = number(m["high"]) if m["high"] is not None else None
        upper = None if upper is not None and upper > MAX_MAGNITUDE else upper
        if upper is not None and value is not None and upper <= value:
            upper = None  # 5—3: no range a plan writes; the floor alone
        if m["high"] is not None:
            why["value"] = Guess(0.8 if upper is not None else 0.6, said("draft-why-range", words=m.group(0)))
        else:
            why["value"] = Guess(0.95 if not chinese else 0.85, said("draft-why-figure", figure=low))
        if unit == "％":
            unit = "%"
        if unit is not None:
            why["unit"] = Guess(0.95, said("draft-why-after-figure", word=unit))
        else:
            unit, reason = measure_word(piece, m.start(), m.end())
            why["unit"] = Guess(0.5 if unit else 0.0, reason)
        if unit in ("万元", "元") and "亩均" in piece[: m.start()]:
            why["unit"] = Guess(0.8, said("draft-why-per-mu", unit=unit))
            unit = f"{unit}/亩"
        if after is not None:
            comparator = AFTER[after]
            why["comparator"] = Guess(0.95, said("draft-why-after-figure", word=after))
        elif before is not None:
            comparator = BEFORE[before]
            why["comparator"] = Guess(0.9, said("draft-why-before-figure", word=before))
        elif upper is not None:
            comparator = "between"
            why["comparator"] = Guess(0.8, said("draft-why-between", low=low, high=m["high"]))
        else:
            comparator = ">="
            why["comparator"] = Guess(0.7, said("draft-why-no-comparator"))
        found.append(Quantity(m.start(), m.end(), value, unit, comparator, why, before in OWN, upper))
    for m in MISSING.finditer(piece):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        unit = m["unit"] if m["unit"].endswith("元") else m["unit"] + "元"
        why = {
            "value": Guess(0.0, said("draft-why-lost-number", words=m.group(0))),
            "unit": Guess(0.5, said("draft-why-lost-unit", word=m["unit"], before=m["before"], unit=unit)),
            "comparator": Guess(0.9, said("draft-why-lost-comparator", word=m["before"])),
        }
        found.append(Quantity(m.start(), m.end(), None, unit, BEFORE[m["before"]], why, True))
    return sorted(found)


def measure_word(piece: str, start: int, end: int) -> tuple[str | None, Said]:
    """The measure word the text left out, from the noun counted next to the figure."""
    after, before = piece[end:], piece[:start]
    best: tuple[int, str, str] | None = None
    for noun, word in MEASURE_WORDS:
        for where, distance in ((after, after.find(noun)), (before, before[::-1].find(noun[::-1]))):
            if where and distance >= 0 and (best is None or distance < best[0]):
                best = (distance, noun, word)
    if best is None:
        return None, said("draft-why-no-measure")
    return best[2], said("draft-why-measure", word=best[2], noun=best[1])

"""A main-indicator table (主要指标表) read as a table: 指标 | 单位 | 基期 (2025年) | 目标 (2030年)
| 年均/累计 | 属性, as outlines and work reports print it.

Rows come as cells: from a .docx's table, or from a text whose rows are laid out with tabs or
runs of spaces. The header row names the columns (a year stands for 基期 or 目标: the earlier
one is the base); a row shorter than the header lost its leading cells to a merge (类别), and is
read from the right. A cell's figure may carry its comparator (>7, <5.5, 5左右, 5—5.5); 〔N〕
is a five-year cumulative figure (〔累计〕); * after a base figure (60.6*) marks an estimate.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from plan415x.draft.kinds import LEVEL_RATES
from plan415x.draft.model import Guess, Proposal
from plan415x.draft.quantity import UNITS
from plan415x.problems import said
from plan415x.values import MAX_MAGNITUDE

CELL_SEP = re.compile(r"\t+|[ \u3000]{2,}")
_YEAR = re.compile(r"((?:19|20)\d\d)年?")
NAME, UNIT, BASE, GOAL, RATE, ATTRIBUTE, OTHER = "name", "unit", "base", "goal", "rate", "attribute", "other"
_CMP = {
    ">": ">", "＞": ">", "≥": ">=", "＞=": ">=", ">=": ">=", "<": "<", "＜": "<", "≤": "<=", "<=": "<=",
    "大于": ">", "高于": ">", "超过": ">", "不低于": ">=", "不少于": ">=", "小于": "<", "低于": "<",
    "不高于": "<=", "不超过": "<=",
}  # fmt: skip
_AFTER = {"左右": "approx", "以上": ">=", "及以上": ">=", "以内": "<=", "以下": "<="}
FIGURE = re.compile(
    r"^(?P<cmp>不低于|不少于|不高于|不超过|大于|高于|超过|小于|低于|[><]=?|[＞＜≥≤])?\s*"
    r"(?P<cum>[〔\[［【])?\s*(?P<v>\d+(?:\.\d+)?)\s*(?:[—–\-~～至]\s*(?P<hi>\d+(?:\.\d+)?))?\s*"
    r"(?P<unit>%|％)?\s*[〕\]］】]?\s*(?P<after>左右|及以上|以上|以内|以下)?\s*[*＊]?$"
)
CHANGE = re.compile(
    r"(?P<verb>提高|增加|提升|上升|降低|下降|减少)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<how>个百分点|%|％)|(?P<double>翻一番|翻两番)"
)
CEILING_WORDS = re.compile(r"失业率|价格|物价|涨幅|CPI|赤字|负债率|杠杆率|排放量|能耗(?!降低|下降)")
_NUMBERED = re.compile(r"^(?:\d+[.．、]|[(（]\d+[)）]|[①-⑳])\s*")
_UNIT_IN_NAME = re.compile(r"\s*[(（](?P<unit>[^()（）]{1,6})[)）]\s*$")


class Cell(NamedTuple):
    value: float | None
    upper: float | None
    comparator: str
    cumulative: bool
    words: str


class Header(NamedTuple):
    roles: tuple[str, ...]
    base_year: int | None
    goal_year: int | None


def cells(line: str) -> list[str]:
    """A text line's cells (tabs or runs of spaces between them)."""
    return [c.strip() for c in CELL_SEP.split(line.strip()) if c.strip()]


def header(row: list[str]) -> Header | None:
    """The roles of a header row's columns, or None when the row is no indicator table's."""
    if len(row) < 3 or not any("指标" in c for c in row):
        return None
    if not any(re.search(r"属性|年均|累计|目标|基期|(?:19|20)\d\d", c) for c in row):
        return None
    years = [int(m[1]) for c in row if (m := _YEAR.search(c)) and not re.search(r"年均|累计", c)]
    roles: list[str] = []
    for c in row:
        m = _YEAR.search(c)
        if "指标" in c and NAME not in roles:
            roles.append(NAME)
        elif "单位" in c:
            roles.append(UNIT)
        elif "属性" in c:
            roles.append(ATTRIBUTE)
        elif re.search(r"年均|累计", c):
            roles.append(RATE)
        elif "基期" in c or (m and years and int(m[1]) == min(years) and len(years) > 1):
            roles.append(BASE)
        elif "目标" in c or m:
            roles.append(GOAL)
        else:
            roles.append(OTHER)
    if NAME not in roles or not ({GOAL, RATE} & set(roles)):
        return None
    return Header(tuple(roles), min(years) if len(years) > 1 else None, max(years) if years else None)


def figure(words: str) -> Cell | None:
    """A cell's figure with its comparator, or None (—, 保持在合理区间, 与经济增长同步)."""
    text = words.strip()
    m = FIGURE.match(text)
    if m is None:
        return None
    value = float(m["v"])
    upper = float(m["hi"]) if m["hi"] and float(m["hi"]) > value else None
    if max(value, upper or 0) > MAX_MAGNITUDE:
        return None  # no figure a plan holds (a run of digits that lost its separators)
    if upper is not None:
        comparator = "between"
    elif m["after"]:
        comparator = _AFTER[m["after"]]
    elif m["cmp"]:
        comparator = _CMP[m["cmp"]]
    else:
        comparator = ">="
    return Cell(value, upper, comparator, m["cum"] is not None, text)


def row_cells(row: list[str], head: Header) -> dict[str, str] | None:
    """A data row's cells by role; a row shorter than the header lost its first cells to a merge."""
    if len(row) > len(head.roles) or len(row) < 2:
        return None
    roles = head.roles[len(head.roles) - len(row) :]
    by_role: dict[str, str] = {}
    for role, cell in zip(roles, row, strict=True):
        by_role.setdefault(role, cell)
    return by_role if by_role.get(NAME) else None


def _unit(name: str, unit_cell: str | None) -> tuple[str, str | None]:
    """The name without its unit and the unit: its own column, or (%) after the name."""
    name = _NUMBERED.sub("", name.strip())
    m = _UNIT_IN_NAME.search(name)
    if m is not None:
        name = name[: m.start()]
    unit = (unit_cell or "").strip() or (m["unit"] if m else None)
    if unit in ("％", "%"):
        unit = "%"
    if unit is not None and unit not in UNITS and unit in ("-", "—", "/"):
        unit = None
    return name.strip(), unit


def propose(
    *,
    line: str,
    row: dict[str, str],
    head: Header,
    clause: str,
    action: str,
    first: int,
    last: int,
) -> Proposal | None:
    """The target of one indicator row, or None when its cells give no figure to judge."""
    name, unit = _unit(row[NAME], row.get(UNIT))
    goal = figure(row.get(GOAL, ""))
    rate = figure(row.get(RATE, ""))
    base = figure(row.get(BASE, ""))
    change = CHANGE.search(row.get(GOAL, "") + row.get(RATE, ""))
    goal_year = head.goal_year or last
    base_year = head.base_year or first - 1
    first_year = min(base_year + 1, goal_year)
    why: dict[str, Guess] = {}
    attribute = None
    words = row.get(ATTRIBUTE, "")
    if "约束" in words:
        attribute, why["attribute"] = "binding", Guess(0.95, said("draft-why-attribute", words=words))
    elif "预期" in words:
        attribute, why["attribute"] = "expected", Guess(0.95, said("draft-why-attribute", words=words))
    if unit is None:
        why["unit"] = Guess(0.0, said("draft-why-table-no-unit"))
    else:
        why["unit"] = Guess(0.9, said("draft-why-row-unit", unit=unit))
    why["hedge"] = Guess(
        0.8,
        said("draft-why-table-hedge-binding") if attribute == "binding" else said("draft-why-table-hedge"),
    )
    percent = unit == "%"
    grows = re.search(r"增长|增速|增幅", name) is not None
    falls = re.search(r"降低|下降|减少|压减", name) is not None
    baseline = (base.value, base_year) if base is not None and base.value is not None else None
    from_base: tuple[str, float] | None = None
    kind: str
    upper: float | None = None
    if rate is not None and (
        rate.cumulative or ("累计" in row.get(RATE, "") and "年均" not in row.get(RATE, ""))
    ):
        cell = rate
        if percent:
            kind, why["kind"] = (
                "growth",
                Guess(0.3, said("draft-why-table-cumulative-pct", value=f"{cell.value:g}")),
            )
        else:
            kind, why["kind"] = (
                "cumulative",
                Guess(
                    0.4,
                    said(
                        "draft-why-table-cumulative",
                        value=f"{cell.value:g}",
                        first=str(first_year),
                        last=str(goal_year),
                    ),
                ),
            )
        baseline = None
    elif rate is not None:
        cell = rate
        if not percent and baseline is not None and baseline[0] > 0:
            kind, why["kind"] = (
                "average_growth",
                Guess(
                    0.7,
                    said(
                        "draft-why-table-average", cell=cell.words, base=f"{baseline[0]:g}", unit=unit or ""
                    ),
                ),
            )
        elif grows or falls or not percent:
            kind, why["kind"] = "growth", Guess(0.7, said("draft-why-table-growth", cell=cell.words))
            baseline = None
        else:  # 城镇调查失业率 <5.5 in the 年均 column: a rate to hold each year
            level = LEVEL_RATES.search(name)
            kind = "level" if level else "share"
            why["kind"] = Guess(0.5, said("draft-why-table-rate", cell=cell.words, kind=kind))
            baseline = None
    elif goal is not None:
        cell = goal
        if grows and percent:
            kind, why["kind"] = "growth", Guess(0.7, said("draft-why-table-growth-rate", name=name))
            baseline = None
        elif percent and not falls:
            kind, why["kind"] = "share", Guess(0.7, said("draft-why-table-share"))
        else:
            kind, why["kind"] = "level", Guess(0.7, said("draft-why-table-level", year=str(goal_year)))
    elif change is not None and baseline is not None:
        # 提高3个百分点, 降低13.5%, 翻一番: the level from the base (issue 24's from_base).
        if change["double"]:
            from_base = ("times", 2.0 if change["double"] == "翻一番" else 4.0)
        else:
            up = change["verb"] in ("提高", "增加", "提升", "上升")
            points = change["how"] == "个百分点"
            from_base = (("points_" if points else "pct_") + ("up" if up else "down"), float(change["n"]))
        kind = "share" if percent else "level"
        why["kind"] = Guess(0.6, said("draft-why-table-from-base", change=change[0], base=f"{baseline[0]:g}"))
        cell = Cell(None, None, ">=" if from_base[0].endswith(("up", "times")) else "<=", False, change[0])
    else:
        return None
    if unit is None and not percent and kind != "growth":
        return None  # no unit to judge it in: not proposed (a draft validates as written)
    if kind in ("growth", "level", "share") and cell.upper is not None:
        upper = cell.upper
    comparator = cell.comparator if (cell.comparator != "between" or upper is not None) else ">="
    why["comparator"] = Guess(
        0.9 if cell.comparator != ">=" or cell.words.startswith(">") else 0.6,
        said("draft-why-cell", cell=cell.words),
    )
    good = None
    if comparator in ("approx", "between"):
        ceiling = CEILING_WORDS.search(name)
        good = "down" if ceiling else "up"
        why["good"] = Guess(
            0.7 if ceiling else 0.6,
            said("draft-why-ceiling", word=ceiling[0]) if ceiling else said("draft-why-more-fine"),
        )
    value = None if from_base is not None else cell.value
    if value is not None:
        why["value"] = Guess(0.9, said("draft-why-cell", cell=cell.words))
    why["period"] = Guess(0.8, said("draft-why-table-years", first=str(first_year), last=str(goal_year)))
    if baseline is not None:
        why["baseline"] = Guess(
            0.8, said("draft-why-baseline", base=f"{baseline[0]:g}", year=str(baseline[1]))
        )
    # The figure's cell, for the review workbook to mark it red (the last cell with its words:
    # 5 may stand in the name too).
    at = line.strip().rfind(cell.words) if cell.words else -1
    return Proposal(
        clause=clause,
        action=action,
        text_zh=line.strip(),
        name_zh=name or line.strip(),
        kind=kind,
        value=value,
        unit="%" if kind == "average_growth" else (unit or "%" if percent or kind == "growth" else unit),
        comparator=comparator,
        hedge="plain",
        first_year=first_year,
        last_year=goal_year,
        responsible=(),
        why=why,
        upper=upper,
        good=good,
        attribute=attribute,
        baseline=baseline if kind in ("level", "share", "average_growth") else None,
        from_base=from_base,
        figure_unit=unit if kind == "average_growth" else None,
        figure=(at, at + len(cell.words)) if at >= 0 else None,
    )

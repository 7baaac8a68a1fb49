"""Synthetic data folders for the benchmarks: a plan of N targets and M monthly actuals files.

    python benchmarks/generate.py OUT_DIR --targets N --months M [--seed S]

writes OUT_DIR/targets.yaml (a valid plan: actions, responsible units, measures and N targets
spread over every kind, with Chinese names and units) and OUT_DIR/actuals/<YYYY-MM>.yaml for the
first M months of the plan's first year: a record for every target in every month, year-to-date
figures that never fall, a source on each file and ``illustrative: true``. The output is the
same for the same arguments. ``plan415x validate --data OUT_DIR`` accepts it.

``complete_year(folder)`` adds the missing months of the first year to an existing data folder
(the benchmarks use it on a copy of the repository's data), consistent with the figures there.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from plan415x import values
from plan415x.checks import actuals
from plan415x.values import Kind

FIRST_YEAR, LAST_YEAR = 2023, 2027
# The kinds and their families come from plan415x itself, so the data follows the schema.
# Monitoring-only indicators are left out: they are never judged, and keeping the cycle of
# judged kinds as it was keeps the benchmark figures comparable across versions.
# average_growth (issue 24) left out: a five-year table's kind, and the generated data (each kind
# in turn) stays what the recorded benchmark figures were measured on.
KINDS = tuple(kind.value for kind in Kind if kind not in (Kind.monitor, Kind.average_growth))
FLOW_KINDS = frozenset(kind.value for kind in values.FLOW_KINDS)
YEAR_BOUND = frozenset(kind.value for kind in actuals.YEAR_BOUND)

ACTIONS = (
    ("main-goals", "一", "主要目标", "Main goals"),
    ("space", "二(一)", "实施空间腾换行动", "Freeing and renewing industrial space"),
    ("investment", "二(二)", "实施招大做强行动", "Attracting major projects and scaling up"),
    ("enterprise", "二(三)", "实施企业优强行动", "Building strong enterprises"),
    ("quality", "二(四)", "实施品质提升行动", "Raising quality, brands and standards"),
    ("digital", "二(五)", "实施数字赋能行动", "Digital empowerment"),
    ("innovation", "二(六)", "实施创新强工行动", "Strengthening industry through innovation"),
    ("policy", "三", "政策措施", "Policy measures"),
)

UNITS = (
    ("jxj", "市经信局", "Economy and Information Technology Bureau"),
    ("zrzyj", "市自然资源和规划局", "Natural Resources and Planning Bureau"),
    ("fgj", "市发改局", "Development and Reform Bureau"),
    ("kjj", "市科技局", "Science and Technology Bureau"),
    ("tcz", "市投资促进服务中心", "Investment Promotion Service Centre"),
    ("sthj", "市生态环境分局", "Ecology and Environment Branch"),
    ("scjg", "市市场监管局", "Market Supervision Administration"),
    ("tjj", "市统计局", "Statistics Bureau"),
    ("swj", "市税务局", "Taxation Bureau"),
    ("jrfw", "市金融服务中心", "Financial Services Centre"),
    ("swuj", "市商务局", "Commerce Bureau"),
    ("rsj", "市人力社保局", "Human Resources and Social Security Bureau"),
)

# (id, name_en, dimension, factor, min, max)
MEASURES = (
    ("亩", "mu", "area-mu", 1, 0, None),
    ("公顷", "hectare", "area-mu", 15, 0, None),
    ("万元", "10000 yuan", "cny", 10000, 0, None),
    ("亿元", "100 million yuan", "cny", 100000000, 0, None),
    ("吨标煤", "tonne of standard coal equivalent", "energy", 1, 0, None),
    ("万吨标煤", "10000 tonnes of standard coal equivalent", "energy", 10000, 0, None),
    ("%", "percent", "percent", 1, 0, 100),
    ("个", "count (ge)", "count-ge", 1, 0, None),
    ("台", "count (tai, machines)", "count-tai", 1, 0, None),
    ("家", "count (jia, firms)", "count-jia", 1, 0, None),
    ("项", "count (xiang, items)", "count-xiang", 1, 0, None),
)
_FACTOR = {m[0]: m[3] for m in MEASURES}
# A target in the first unit is reported in the second now and then (converted by plan415x).
ALTERNATE_UNIT = {"亩": "公顷", "亿元": "万元", "万吨标煤": "吨标煤"}
COUNTS = frozenset({"个", "台", "家", "项"})

# The towns and streets (镇街) of Rui'an: the targets of a province-wide roll-up repeat per place.
TOWNS = (
    ("安阳街道", "anyang"),
    ("玉海街道", "yuhai"),
    ("锦湖街道", "jinhu"),
    ("东山街道", "dongshan"),
    ("上望街道", "shangwang"),
    ("莘塍街道", "shencheng"),
    ("汀田街道", "tingtian"),
    ("飞云街道", "feiyun"),
    ("仙降街道", "xianjiang"),
    ("南滨街道", "nanbin"),
    ("塘下镇", "tangxia"),
    ("马屿镇", "mayu"),
    ("陶山镇", "taoshan"),
    ("湖岭镇", "huling"),
    ("高楼镇", "gaolou"),
    ("曹村镇", "caocun"),
    ("平阳坑镇", "pingyangkeng"),
    ("芳庄乡", "fangzhuang"),
    ("北麂乡", "beiji"),
    ("经济开发区", "kaifaqu"),
)

# Per kind: (slug, name_zh, name_en, unit, base value, action, text template).
# fmt: off
TEMPLATES: dict[str, tuple[tuple[str, str, str, str, float, str, str], ...]] = {
    "annual": (
        ("land-renovation", "低效工业用地改造开发", "Low-efficiency industrial land renovated", "亩", 180, "space", "每年完成{name}{value}{unit}以上"),
        ("tech-upgrade", "技术改造项目", "Technology-upgrade projects", "个", 24, "enterprise", "每年实施{name}{value}{unit}以上"),
        ("robots", "新增应用工业机器人", "Industrial robots deployed", "台", 38, "digital", "每年{name}{value}{unit}以上"),
        ("industrial-investment", "工业投资", "Industrial investment", "亿元", 12.5, "investment", "每年完成{name}{value}{unit}以上"),
        ("green-factories", "绿色低碳工厂", "Green low-carbon factories", "家", 3, "quality", "每年建成{name}{value}{unit}以上"),
        ("tech-investment", "技改投资", "Technology-upgrade investment", "万元", 52000, "enterprise", "每年完成{name}{value}{unit}"),
    ),
    "one_year": (
        ("energy-saving", "节能降碳技术改造项目", "Energy-saving upgrade projects", "项", 6, "space", "2023年实施{name}{value}{unit}以上"),
        ("land-freed", "腾退低效用地", "Inefficient land freed", "亩", 85, "space", "2023年{name}{value}{unit}"),
        ("energy-freed", "腾出用能空间", "Energy-use headroom freed", "万吨标煤", 0.8, "space", "2023年{name}{value}{unit}"),
        ("digital-workshops", "数字化车间和智能工厂", "Digital workshops and smart factories", "家", 2, "digital", "2023年新增{name}{value}{unit}"),
    ),
    "cumulative": (
        ("major-projects", "10亿元以上重大产业项目", "Projects over 1 bn yuan", "个", 6, "investment", "到2027年累计招引{name}{value}{unit}"),
        ("listed-firms", "上市公司", "Listed companies", "家", 4, "enterprise", "到2027年累计新增{name}{value}{unit}"),
        ("hightech-firms", "高新技术企业", "High-tech enterprises", "家", 60, "innovation", "2023-2027年累计新增{name}{value}{unit}"),
        ("micro-parks", "小微企业园", "Micro-enterprise parks", "个", 3, "space", "累计建成{name}{value}{unit}"),
    ),
    "level": (
        ("smart-equipment-output", "智能装备产业产值", "Smart equipment output", "亿元", 120, "main-goals", "{name}达到{value}{unit}"),
        ("auto-parts-output", "汽车关键零部件产业产值", "Auto parts output", "亿元", 160, "main-goals", "{name}达到{value}{unit}"),
        ("output-per-mu", "规上工业亩均税收", "Industrial tax per mu", "万元", 42, "space", "{name}达到{value}{unit}"),
    ),
    "share": (
        ("rd-share", "研发经费占营业收入比重", "R&D spending as a share of revenue", "%", 3.75, "innovation", "{name}达到{value}{unit}"),
        ("high-tech-share", "高新技术产业增加值占规上工业比重", "High-tech industry share", "%", 72, "main-goals", "{name}达到{value}{unit}"),
        ("digital-coverage", "规上工业企业数字化改造覆盖率", "Digital transformation coverage", "%", 90, "digital", "{name}达到{value}{unit}"),
    ),
    "growth": (
        ("digital-core-growth", "数字经济核心产业增加值增速", "Digital economy core industries growth", "%", 12, "digital", "{name}{value}{unit}以上"),
        ("mfg-investment-growth", "制造业投资增速", "Manufacturing investment growth", "%", 10, "investment", "{name}保持在{value}{unit}以上"),
        ("industrial-value-growth", "规上工业增加值增速", "Industrial value-added growth", "%", 8, "main-goals", "{name}达到{value}{unit}"),
    ),
    "relative": (
        ("productivity-vs-province", "新招引项目全员劳动生产率", "New projects' labour productivity vs province", "%", 10, "investment", "{name}高于上年度全省同行业平均{value}{unit}以上"),
        ("tax-per-mu-vs-average", "新供工业用地亩均税收", "Tax per mu of new industrial land vs average", "%", 15, "space", "{name}高于全市平均{value}{unit}以上"),
    ),
    "milestone": (
        ("demo-zone", "创成省级数字经济发展示范区", "Provincial digital economy demo zone", "", 0, "digital", "{name}"),
        ("industry-brain", "建成产业大脑", "Industry brain built", "", 0, "digital", "{name}"),
        ("collab-zone", "创建省级产业协同区", "Provincial industry collaboration zone", "", 0, "space", "{name}"),
    ),
    "composite": (
        ("big-projects", "重大制造业项目", "Major manufacturing projects", "个", 2, "investment", "招引落地超10亿元单体制造业项目或1亿美元以上外资项目{value}{unit}以上"),
        ("brands", "品字标和出口品牌企业", "Pinzibiao and export brand firms", "家", 4, "quality", "新增品字标企业和出口品牌企业{value}{unit}"),
    ),
    "directional": (
        ("mfg-loans", "制造业中长期贷款余额", "Long-term manufacturing loans", "亿元", 0, "policy", "保持{name}平稳增长势头"),
        ("credit-loans", "制造业信用贷款余额", "Manufacturing credit loans", "亿元", 0, "policy", "{name}持续增长"),
        ("energy-use", "规上工业综合能耗", "Industrial energy consumption", "万吨标煤", 0, "space", "{name}持续下降"),
    ),
}
# fmt: on
COMPONENTS = {
    "big-projects": (
        ("mfg-over-1e9-cny", "超10亿元单体制造业项目", "Manufacturing over 1 bn yuan"),
        ("foreign-over-1e8-usd", "1亿美元以上制造业外资项目", "Foreign manufacturing over 100 m USD"),
    ),
    "brands": (
        ("pinzibiao", "品字标企业", "Pinzibiao firms"),
        ("export-brand", "出口品牌企业", "Export brand firms"),
        ("zhejiang-boutique", "浙江精品", "Zhejiang boutique products"),
    ),
}


# ---------------------------------------------------------------- the plan


def make_targets(n: int, seed: int) -> list[dict[str, Any]]:
    """N target mappings, as in targets.yaml, cycling over every kind."""
    rng = random.Random(f"{seed}:plan")
    targets: list[dict[str, Any]] = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        turn = i // len(KINDS)
        slug, name_zh, name_en, unit, base, action, text = TEMPLATES[kind][turn % len(TEMPLATES[kind])]
        town_zh, town_py = TOWNS[(turn // len(TEMPLATES[kind])) % len(TOWNS)]
        value: float | None = None
        if base:
            value = base * (rng.uniform(0.9, 1.1) if kind == "share" else rng.uniform(0.6, 1.6))
            value = (
                float(max(1, round(value)))
                if unit in COUNTS
                else round(min(value, 99.0) if unit == "%" else value, 2)
            )
        shown = _number(value) if value is not None else ""
        target: dict[str, Any] = {
            "id": f"{slug}-{town_py}-{i:05d}",
            "action": action,
            "clause": f"附件 任务{turn % 40 + 1}",
            "text_zh": town_zh + text.format(name=name_zh, value=shown, unit=unit),
            "name_zh": f"{town_zh}{name_zh}",
            "name_en": f"{name_en}, {town_py.capitalize()}",
            "kind": kind,
            "value": value,
        }
        if unit:
            target["unit"] = unit
        first, last = FIRST_YEAR, LAST_YEAR
        if kind in ("one_year", "milestone"):
            last = FIRST_YEAR + (turn % 2 if kind == "milestone" else 0)
        elif kind in ("level", "share"):
            last = 2025 if turn % 2 else LAST_YEAR
        target["first_year"], target["last_year"] = first, last
        target["hedge"] = ("ensure", "strive", "plain")[rng.randrange(3)]
        lead = rng.randrange(len(UNITS))
        target["responsible"] = [UNITS[lead][0]] + (
            [UNITS[(lead + 1) % len(UNITS)][0]] if rng.random() < 0.4 else []
        )
        if kind == "annual" and turn % 7 == 3:
            target["pace"] = "profile"
            target["profile"] = [4, 10, 20, 28, 37, 50, 58, 66, 75, 84, 92, 100]
        if kind == "cumulative" and unit in COUNTS and value is not None and value <= 3:
            target["pace"] = "deadline"
        if kind in ("level", "share") and turn % 3 == 0:
            assert value is not None
            target["baseline"] = {"value": round(value * 0.7, 2), "year": FIRST_YEAR - 1}
        if kind == "milestone":
            target["note"] = "里程碑任务,无数值 / a milestone, judged by its state"
        if kind == "composite":
            target["basis"] = ("one_year", "annual", "cumulative")[turn % 3]
            if target["basis"] == "one_year":
                target["last_year"] = FIRST_YEAR
            target["components"] = [
                {"id": cid, "name_zh": zh, "name_en": en} for cid, zh, en in COMPONENTS[slug]
            ]
        if kind == "directional":
            target["direction"] = "decrease" if slug == "energy-use" else "increase"
            target["note"] = "方向性目标,无数值 / a direction, no figure"
        if kind == "growth":
            target["range"] = [-100, 1000]
        if i >= 10 and i % 97 == 0:
            target["links"] = [targets[i - 10]["id"]]
        targets.append(target)
    return targets


def plan_text(targets: list[dict[str, Any]], seed: int) -> str:
    out = [
        "# Synthetic benchmark plan written by benchmarks/generate.py: not a real plan.",
        "schema_version: 1",
        "plan:",
        "  id: bench-415x",
        "  title_zh: 示例市“415X”先进制造业集群建设行动方案(2023-2027年)(基准测试合成数据)",
        '  title_en: "Synthetic action plan for advanced-manufacturing clusters (2023-2027), benchmark data"',
        "  doc_number: 示政办〔2023〕99号",
        "  issuer_zh: 示例市人民政府办公室",
        "  issuer_en: Example City Government Office",
        f"  first_year: {FIRST_YEAR}",
        f"  last_year: {LAST_YEAR}",
        f"  source: {_q(f'benchmarks/generate.py --targets {len(targets)} --seed {seed}')}",
        "actions:",
    ]
    for ident, clause, zh, en in ACTIONS:
        out.append(f"  - {{id: {ident}, clause: {_q(clause)}, name_zh: {_q(zh)}, name_en: {_q(en)}}}")
    out.append("responsible_units:")
    for ident, zh, en in UNITS:
        out.append(f"  - {{id: {ident}, name_zh: {_q(zh)}, name_en: {_q(en)}}}")
    out.append("measures:")
    for ident, en, dim, factor, low, high in MEASURES:
        bounds = (f", min: {low}" if low is not None else "") + (f", max: {high}" if high is not None else "")
        out.append(f"  - {{id: {_q(ident)}, name_en: {_q(en)}, dimension: {dim}, factor: {factor}{bounds}}}")
    out += [
        "assessment:",
        "  default: {ahead: 10, watch: 10, behind: 30}",
        "  rules:",
        "    - kind: growth",
        "      thresholds: {ahead: 2, watch: 2, behind: 5}",
        "targets:",
    ]
    for target in targets:
        out += _block(target)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- the figures


class Figures:
    """The figures of one target, month by month: year-to-date flows that never fall."""

    def __init__(self, target: dict[str, Any], seed: int, measures: dict[str, tuple[float | None, ...]]):
        self.t = target
        self.rng = random.Random(f"{seed}:{target['id']}")
        self.perf = self.rng.uniform(0.55, 1.3)  # how well the target fares this year
        self.unit = target.get("unit")
        self.record_unit = None
        if self.unit in ALTERNATE_UNIT and ALTERNATE_UNIT[self.unit] in measures and self.rng.random() < 0.25:
            self.record_unit = ALTERNATE_UNIT[self.unit]
        low, high = measures.get(self.unit or "", (None, None))
        if target.get("range"):
            low, high = target["range"]
        self.low, self.high = low, high
        self.done_month = self.rng.randint(3, 16)  # a milestone is done from this month (if ≤ 12)

    def _yearly(self) -> float:
        value = self.t.get("value") or 100.0
        if self.t["kind"] == "cumulative" or self.t.get("basis") == "cumulative":
            span = self.t["last_year"] - self.t["first_year"] + 1
            return value / span
        return float(value)

    def _clip(self, value: float) -> float:
        if self.low is not None:
            value = max(self.low, value)
        if self.high is not None:
            value = min(self.high, value)
        return value

    def record(self, month: int) -> dict[str, Any]:
        t, kind, rng = self.t, self.t["kind"], self.rng
        rec: dict[str, Any] = {"target": t["id"]}
        if kind in ("annual", "one_year", "cumulative"):
            ytd = self._yearly() * self.perf * month / 12
            if self.record_unit:
                rec["value"] = _floor(ytd * _FACTOR[self.unit] / _FACTOR[self.record_unit], 2)
                rec["unit"] = self.record_unit
            else:
                rec["value"] = math.floor(ytd) if self.unit in COUNTS else _floor(ytd, 2)
        elif kind == "composite":
            count = len(t["components"])
            rec["components"] = {
                c["id"]: math.floor(self._yearly() * self.perf * month / 12 * (j + 1) / (count * 1.5))
                for j, c in enumerate(t["components"])
            }
        elif kind in ("level", "share"):
            goal = t.get("value") or 100.0
            start = t.get("baseline", {}).get("value", goal * 0.75)
            years = t["last_year"] - FIRST_YEAR + 1
            path = start + (goal - start) * (month / 12) / years * self.perf * 1.6
            rec["value"] = round(self._clip(path * rng.uniform(0.97, 1.03)), 2)
        elif kind == "growth":
            rec["value"] = round(self._clip((t.get("value") or 8.0) * self.perf + rng.gauss(0, 1.5)), 1)
        elif kind == "relative":
            reference = round(rng.uniform(25, 60), 1)
            rec["value"] = round(reference * (1 + (t.get("value") or 10.0) * self.perf / 100), 1)
            rec["reference"] = reference
        elif kind == "directional":
            reference = round(rng.uniform(80, 300), 1)
            change = rng.uniform(-0.05, 0.15) * (-1 if t.get("direction") == "decrease" else 1)
            rec["value"] = round(self._clip(reference * (1 + change)), 1)
            rec["reference"] = reference
            if month == 1:
                rec["note"] = "reference 为上年同期余额 / reference: the same month of the previous year"
        elif kind == "milestone":
            done = month >= self.done_month
            rec["state"] = "done" if done else "pending"
            rec["evidence"] = "示例:已通过验收(虚构)" if done else "示例:推进中,已提交申报材料(虚构)"
        return rec


def actuals_text(period: str, records: Iterable[dict[str, Any]], note: str | None = None) -> str:
    year, month = (int(p) for p in period.split("-"))
    after = (year + month // 12, month % 12 + 1)
    out = [
        "# Synthetic benchmark figures written by benchmarks/generate.py: invented, not statistics.",
        "schema_version: 1",
        f"period: {period}",
        "illustrative: true",
        f"note: {_q(note or f'示例数据:{year}年1-{month}月累计,虚构样本,不得引用 / invented sample figures, year to date')}",
        "source:",
        f"  document: {_q(f'示例市统计局 {year}年1-{month}月 工业经济主要指标月报(示例)')}",
        "  reported_by: tjj",
        f"  date: {after[0]}-{after[1]:02d}-15",
        "records:",
    ]
    for rec in records:
        out += _block(rec)
    return "\n".join(out) + "\n"


def generate(out: Path, targets: int, months: int, seed: int = 415) -> None:
    if not 1 <= months <= 12:
        raise ValueError("--months is 1 to 12 (the months of the plan's first year)")
    plan = make_targets(targets, seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "targets.yaml").write_text(plan_text(plan, seed), encoding="utf-8")
    folder = out / "actuals"
    folder.mkdir(exist_ok=True)
    measures = {m[0]: (m[4], m[5]) for m in MEASURES}
    figures = [Figures(t, seed, measures) for t in plan]
    for month in range(1, months + 1):
        period = f"{FIRST_YEAR}-{month:02d}"
        text = actuals_text(period, (f.record(month) for f in figures))
        (folder / f"{period}.yaml").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- an existing folder


def complete_year(folder: Path, seed: int = 415) -> list[Path]:
    """Add a monthly file for every month of the plan's first year that no file covers yet.

    Each added file holds a record for every target reportable that year. Where the folder
    already has figures for a target that year, the added months repeat the latest earlier
    figure, or scale the next one down (flows), so year-to-date figures never fall; otherwise
    they are synthetic. Returns the files written.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    plan = yaml.load((folder / "targets.yaml").read_text(encoding="utf-8"), Loader=loader)
    year = plan["plan"]["first_year"]
    measures = {m["id"]: (m.get("min"), m.get("max")) for m in plan["measures"]}
    known: dict[str, dict[int, dict[str, Any]]] = {}
    covered: set[int] = set()
    for path in sorted((folder / "actuals").glob("*.y*ml")):
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        month = _end_month(str(doc["period"]), year)
        if month is None:
            continue
        covered.add(month)
        for rec in doc.get("records") or ():
            known.setdefault(rec["target"], {})[month] = rec
    targets = [
        t for t in plan["targets"] if t["kind"] not in YEAR_BOUND or t["first_year"] <= year <= t["last_year"]
    ]
    written = []
    for month in range(1, 13):
        if month in covered:
            continue
        records = []
        for target in targets:
            have = known.get(target["id"], {})
            before = [m for m in have if m < month]
            after = [m for m in have if m > month]
            if before:
                rec = dict(have[max(before)])
            elif after:
                nxt = min(after)
                rec = dict(have[nxt])
                rec.pop("as_of", None)
                if target["kind"] in FLOW_KINDS:
                    _scale(rec, month / nxt)
            else:
                rec = Figures(target, seed, measures).record(month)
            records.append(rec)
        period = f"{year}-{month:02d}"
        path = folder / "actuals" / f"{period}.yaml"
        path.write_text(
            actuals_text(
                period,
                records,
                note=f"基准测试补齐的月度数据(虚构) / benchmark filler for {period}: invented figures",
            ),
            encoding="utf-8",
        )
        written.append(path)
    return written


def _end_month(period: str, year: int) -> int | None:
    """The last month of ``period`` when it lies in ``year``."""
    if not period.startswith(str(year)):
        return None
    rest = period[4:]
    if not rest:
        return 12
    if rest[0] == "-":
        return int(rest[1:])
    return {"H": 6, "Q": 3}[rest[0]] * int(rest[1:])


def _scale(rec: dict[str, Any], share: float) -> None:
    if isinstance(rec.get("value"), int | float):
        value = rec["value"] * share
        rec["value"] = math.floor(value) if isinstance(rec["value"], int) else _floor(value, 2)
    if rec.get("components"):
        rec["components"] = {k: math.floor(v * share) for k, v in rec["components"].items()}


# ---------------------------------------------------------------- writing YAML


_PLAIN = re.compile(r"[a-z][a-z0-9_.-]*")
_RESERVED = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf"})


def _floor(value: float, digits: int) -> float:
    scale = 10**digits
    return math.floor(value * scale) / scale


def _number(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def _q(text: str) -> str:
    """A double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _number(value)
    if isinstance(value, str):
        return value if _PLAIN.fullmatch(value) and value not in _RESERVED else _q(value)
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)}: {_scalar(v)}" for k, v in value.items()) + "}"
    return _q(str(value))  # dates read back from a data folder


def _key(key: str) -> str:
    return key if key.replace("-", "").replace("_", "").isalnum() and key.isascii() else _q(key)


def _block(mapping: dict[str, Any]) -> list[str]:
    """One list item in block style; lists of mappings (components) nested as flow mappings."""
    lines = []
    for index, (key, value) in enumerate(mapping.items()):
        lead = "  - " if index == 0 else "    "
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{lead}{key}:")
            lines += [f"      - {_scalar(v)}" for v in value]
        else:
            lines.append(f"{lead}{key}: {_scalar(value)}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the data folder to write (created if missing)")
    parser.add_argument("--targets", type=int, required=True, help="number of targets, N")
    parser.add_argument("--months", type=int, default=12, help="monthly periods of the first year, M (1-12)")
    parser.add_argument("--seed", type=int, default=415, help="the same seed gives the same files")
    args = parser.parse_args(argv)
    if args.targets < 1:
        parser.error("--targets must be at least 1")
    try:
        generate(args.out, args.targets, args.months, args.seed)
    except ValueError as error:
        parser.error(str(error))
    records = args.targets * args.months
    print(f"wrote {args.out}: {args.targets} targets, {args.months} monthly files, {records} records")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Issue 25: ``plan415x draft``'s rules, clause by clause.

The plan's own text (../shared/plan/ruian-415x-2023-2027.txt) gives a dozen hand-picked clauses,
each quoted beside what the draft must propose for it; small texts written here show each rule
on its own (the hedge's reach, the period, the comparators); tests/data/draft/example-plan.txt
(a made-up 示例县 plan, every figure illustrative) is a second plan, written in another hand.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.draft.model import Draft, Proposal
from plan415x.draft.propose import draft
from plan415x.draft.quantity import quantities
from plan415x.draft.responsible import known_names, units_of

PLAN_TEXT = Path(__file__).parents[2] / "shared" / "plan" / "ruian-415x-2023-2027.txt"
EXAMPLE = Path(__file__).parent / "data" / "draft" / "example-plan.txt"

# A plan's frame around the clauses under test: a notice with the years, one part, one item.
FRAME = "示例县人民政府办公室关于印发示例县行动方案(2024-2026年)的通知\n\n一、主要任务\n\n(一)实施示例行动\n\n1.示例工作。{}\n"


def one(text: str) -> list[tuple[object, ...]]:
    """What the draft of one work item proposes: (value, unit, comparator, hedge, years, kind)."""
    return [
        (t.value, t.unit, t.comparator, t.hedge, (t.first_year, t.last_year), t.kind)
        for t in draft(FRAME.format(text)).targets
    ]


@pytest.fixture(scope="module")
def ruian() -> Draft:
    if not PLAN_TEXT.is_file():
        pytest.skip(f"the plan's text is not at {PLAN_TEXT} (the shared/ folder beside the repository)")
    return draft(PLAN_TEXT.read_text(encoding="utf-8"))


def pick(d: Draft, clause: str, text: str, value: float | None = None, name: str | None = None) -> Proposal:
    found = [
        t
        for t in d.targets
        if t.clause == clause
        and text in t.text_zh
        and (value is None or t.value == value)
        and (name is None or t.name_zh == name)
    ]
    assert len(found) == 1, found
    return found[0]


def fields(t: Proposal) -> tuple[object, ...]:
    return (t.kind, t.value, t.unit, t.comparator, t.hedge, t.first_year, t.last_year)


# (clause, words of its text, the name to tell two apart, expected (kind, value, unit, comparator,
# hedge, first_year, last_year)), each with the source beside it.
RUIAN = [
    # 一: "到2025年,…基本形成…。其中,规上工业亩均增加值达到220万元" — 其中 keeps 到2025年; 亩均: per 亩
    ("一", "规上工业亩均增加值达到220万元", None, ("level", 220, "万元/亩", ">=", "plain", 2023, 2025)),
    # 一: "新能源智能网联汽车产业总值突破亿大关" — the number is lost: no figure, 亿元, >
    ("一", "突破亿大关", "新能源智能网联汽车产业总值", ("level", None, "亿元", ">", "plain", 2023, 2027)),
    # 一: "…突破亿大关智能装备产业产值达到500亿元先进…" — separators lost; 达到 makes 500 a target's
    (
        "一",
        "智能装备产业产值达到500亿元",
        "智能装备产业产值",
        ("level", 500, "亿元", ">=", "plain", 2023, 2027),
    ),
    # 二(一)1: "每年完成低效工业用地改造开发1800亩以上" — 每年: annual; 完成: binding
    (
        "二(一)1",
        "每年完成低效工业用地改造开发1800亩以上",
        None,
        ("annual", 1800, "亩", ">=", "ensure", 2023, 2027),
    ),
    # 二(一)1: "容积率宜高则高,一般不低于2.0" — no unit: 倍 for 容积率, from the clause before
    ("二(一)1", "一般不低于2.0", None, ("level", 2, "倍", ">=", "plain", 2023, 2027)),
    # 二(一)2: "2027年争取累计培育新增4星级以上小微企业园2个" — 4星级以上 is a threshold; 累计
    ("二(一)2", "小微企业园2个", None, ("cumulative", 2, "个", ">=", "strive", 2023, 2027)),
    # 二(二)4: "到2027年,实现招引10亿元以上重大产业项目累计数量达到30个"
    ("二(二)4", "累计数量达到30个", None, ("cumulative", 30, "个", ">=", "ensure", 2023, 2027)),
    # 二(二)5: "力争每年开工增资扩产项目80个、竣工35个以上" — 力争 and 每年 reach past the 、
    ("二(二)5", "竣工35个以上", "竣工", ("annual", 35, "个", ">=", "strive", 2023, 2027)),
    # 二(二)6: "每年实施产线节能降碳技术改造项目60个以上,建成绿色低碳工厂15以上" — 每年 reaches; 家 for 工厂
    ("二(二)6", "建成绿色低碳工厂15以上", None, ("annual", 15, "家", ">=", "plain", 2023, 2027)),
    # 二(三)9: "…力争培育营业收入超10亿元企业20家以上深入实施凤凰行动,…制造业上市挂牌企业达到15家以上。"
    # — a lost sentence break after 20家以上: 力争 stops there
    ("二(三)9", "制造业上市挂牌企业达到15家以上", None, ("level", 15, "家", ">=", "plain", 2023, 2027)),
    # 二(五)19: "实现规上工业数字化改造覆盖率60%" — a share; 实现 binds
    ("二(五)19", "数字化改造覆盖率60%", None, ("share", 60, "%", ">=", "ensure", 2023, 2027)),
    # 三(三): "…积极争取跨省挂钩指标,…,全市出让土地总量中工业用地比例不低于30%" — 积极争取 is a verb
    ("三(三)", "工业用地比例不低于30%", None, ("share", 30, "%", ">=", "plain", 2023, 2027)),
    # 附件 任务6: "确保全年新开工亿元以上制造业项目23个,推进75个亿元以上续建项目建设;推进…,力争开工…23个以上"
    # — 确保 reaches past the , and the ; until 力争 replaces it; the annex is 2023's list
    ("附件 任务6", "推进75个亿元以上续建项目建设", None, ("one_year", 75, "个", ">=", "ensure", 2023, 2023)),
    (
        "附件 任务6",
        "力争开工亿元以上产业项目23个以上",
        None,
        ("one_year", 23, "个", ">=", "strive", 2023, 2023),
    ),
    # 附件 任务4: "招引落地超10亿元单体制造业项目或1亿美元以上制造业外资项目2个以上" — two thresholds
    ("附件 任务4", "外资项目2个以上", None, ("one_year", 2, "个", ">=", "plain", 2023, 2023)),
    # 附件 任务14: "力争实施…,其中制造业项目占比达到80%以上;" — the ; does not end 力争
    ("附件 任务14", "其中制造业项目占比达到80%以上", None, ("share", 80, "%", ">=", "strive", 2023, 2023)),
]


@pytest.mark.parametrize(
    ("clause", "text", "name", "expected"), RUIAN, ids=[f"{c} {t}" for c, t, _, _ in RUIAN]
)
def test_ruian_clauses(
    ruian: Draft, clause: str, text: str, name: str | None, expected: tuple[object, ...]
) -> None:
    assert fields(pick(ruian, clause, text, name=name)) == expected


def test_ruian_units_from_the_annex_lead_first(ruian: Draft) -> None:
    # 附件 任务3's cell: "市经信局、市发改局、市自然资源和规划局温州市生态环境局瑞安分局、市市场监管局、
    # 市应急管理局、市税务局": the run-together pair split by 市自然资源和规划局, met alone in task 1's cell.
    t = pick(ruian, "附件 任务3", "腾出用地空间1350亩")
    assert t.responsible == (
        "市经信局",
        "市发改局",
        "市自然资源和规划局",
        "温州市生态环境局瑞安分局",
        "市市场监管局",
        "市应急管理局",
        "市税务局",
    )
    # 附件 任务14: "市科技局、经信局": 经信局 is 市经信局, as every other cell writes it.
    assert pick(ruian, "附件 任务14", "首批次新材料1项", 1).responsible == ("市科技局", "市经信局")


def test_ruian_restatement(ruian: Draft) -> None:
    # 附件 任务5 "全年开工增资扩产项目93个、竣工42个以上" writes 二(二)5's 80 and 35 again for 2023,
    # and gives them their units.
    main = pick(ruian, "二(二)5", "开工增资扩产项目80个", 80)
    annex = pick(ruian, "附件 任务5", "开工增资扩产项目93个", 93)
    assert annex.restates is not None
    assert ruian.targets[annex.restates] == main
    assert main.responsible == ("市经信局", "市发改局", "市自然资源和规划局")


def test_ruian_thresholds_are_not_targets(ruian: Draft) -> None:
    # 10亿元以上, 超10亿元, 4星级以上, 1亿美元以上, 5星级 count what is counted: never a target's figure.
    assert not [t for t in ruian.targets if t.unit in ("亿美元",) or (t.unit == "亿元" and t.value == 10)]


# --- the rules on their own --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("完成改造1800亩以上", [(1800, "亩", ">=")]),
        ("比重不低于30%", [(30, "%", ">=")]),
        ("营业收入超50亿元", [(50, "亿元", ">")]),
        ("产值突破500亿元", [(500, "亿元", ">")]),
        ("增长5%左右", [(5, "%", "approx")]),
        ("事故控制在3起以内", [(3, "起", "<=")]),
        ("涨幅不高于3%", [(3, "%", "<=")]),
        ("增速控制在6%", [(6, "%", "<=")]),
        ("增长5%—5.5%", [(5, "%", "between")]),  # a range: its floor the value, 5.5 its upper
        ("完成改造一千八百亩以上", [(1800, "亩", ">=")]),  # cn2an
        ("实施四项百亿行动", []),  # a name, not four items
        ("数字经济五年三倍增计划", []),
        ("到2027年", []),
        ("17687助企服务热线", []),
        ("新增工厂15以上", [(15, "家", ">=")]),  # 家 for 工厂
        ("腾出用能空间1.35万吨标煤", [(1.35, "万吨标煤", ">=")]),
    ],
)
def test_quantities(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [(q.value, q.unit, q.comparator) for q in quantities(text)] == expected


def test_a_hedge_reaches_to_the_end_of_its_sentence_and_no_further() -> None:
    # 力争 covers 12家 and, past the 、, 3个; the 。 ends it: 5个 is plain.
    assert [(v, h) for v, _, _, h, _, _ in one("力争新增企业12家、平台3个。新增基地5个。")] == [
        (12, "strive"),
        (3, "strive"),
        (5, "plain"),
    ]


def test_another_hedge_replaces_it() -> None:
    assert [(v, h) for v, _, _, h, _, _ in one("确保新增企业12家,力争新增平台3个,新增基地5个。")] == [
        (12, "ensure"),
        (3, "strive"),
        (5, "strive"),
    ]


def test_a_lost_sentence_break_ends_a_hedge() -> None:
    # "…20家以上深入实施…": the verb that opens a sentence, straight after a figure.
    assert [
        (v, h) for v, _, _, h, _, _ in one("力争培育企业20家以上深入实施凤凰行动,上市企业达到15家以上。")
    ] == [
        (20, "strive"),
        (15, "plain"),
    ]


def test_zhengqu_as_a_verb_is_no_hedge() -> None:
    assert [h for _, _, _, h, _, _ in one("积极争取上级资金支持,工业用地比例不低于30%。")] == ["plain"]
    assert [h for _, _, _, h, _, _ in one("全力争取上级资金支持,工业用地比例不低于30%。")] == ["plain"]
    assert [h for _, _, _, h, _, _ in one("努力争取工业用地比例不低于30%。")] == ["strive"]


def test_wancheng_binds_its_own_clause_only() -> None:
    assert [(v, h) for v, _, _, h, _, _ in one("完成投资45亿元,新增企业5家。")] == [
        (45, "ensure"),
        (5, "plain"),
    ]


def test_periods() -> None:
    # 每年: every year of the plan (2024-2026); it reaches across the sentence.
    assert one("每年新增企业12家,新建平台2个。") == [
        (12, "家", ">=", "plain", (2024, 2026), "annual"),
        (2, "个", ">=", "plain", (2024, 2026), "annual"),
    ]
    # 到2025年: by 2025; 其中 keeps it in the next sentence.
    assert one("到2025年,产值达到50亿元。其中,出口占比达到20%。") == [
        (50, "亿元", ">=", "plain", (2024, 2025), "level"),
        (20, "%", ">=", "plain", (2024, 2025), "share"),
    ]
    # 2024年 (not the plan's last year): that year only; 2026年 (its last): by then.
    assert one("2024年新增企业12家。2026年新增企业累计达到40家。") == [
        (12, "家", ">=", "plain", (2024, 2024), "one_year"),
        (40, "家", ">=", "plain", (2024, 2026), "cumulative"),
    ]
    # A text of one year (a work report): 全年 is that year.
    report = "示例县人民政府关于印发2025年重点工作的通知\n\n一、主要预期目标\n\n全年新增城镇就业1.2万人,粮食产量稳定在50万吨以上。\n"
    assert [(t.value, t.unit, (t.first_year, t.last_year), t.kind) for t in draft(report).targets] == [
        (1.2, "万人", (2025, 2025), "one_year"),
        (50, "万吨", (2025, 2025), "one_year"),  # 全年 reaches it: the year's output
    ]
    # No year: the plan's years; something added (新增) with no 每年 is a total over the plan.
    assert one("新增企业5家。") == [(5, "家", ">=", "plain", (2024, 2026), "cumulative")]


def test_kinds() -> None:
    assert [k for *_, k in one("软件业务收入增长15%以上。")] == ["growth"]
    assert [k for *_, k in one("研发经费占营业收入比重达到3%。")] == ["share"]
    assert [k for *_, k in one("项目劳动生产率高于全省同行业平均10%以上。")] == ["relative"]
    assert [k for *_, k in one("实现重点园区5G网络全覆盖。")] == ["milestone"]
    assert [k for *_, k in one("制定年度工作要点。")] == ["milestone"]
    assert [k for *_, k in one("提高制造业直接融资比重。")] == ["directional"]


def test_responsible_units() -> None:
    known = known_names(["县经信局、县发改局", "县大数据中心"])
    names, why = units_of("县经信局县大数据中心。列第一位的为牵头单位", known)
    assert names == ("县经信局", "县大数据中心")
    assert why.confidence == 0.9


def test_the_example_plan() -> None:
    # A second plan in another hand: every proposal, by hand from the text.
    d = draft(EXAMPLE.read_text(encoding="utf-8"))
    assert d.header.title_zh == "示例县数字经济发展行动计划(2024-2026年)"
    assert (d.header.issuer_zh, d.header.doc_number) == ("示例县人民政府办公室", "示政办〔2024〕7号")
    assert [a.name_zh for a in d.actions] == [
        "总体目标",
        "实施数字产业提升行动",
        "实施数字治理行动",
        "保障措施",
    ]
    assert [(t.clause, *fields(t)) for t in d.targets] == [
        ("一", "level", 80, "亿元", ">", "plain", 2024, 2026),
        ("一", "growth", 10, "%", "approx", "plain", 2024, 2026),
        ("一", "share", 90, "%", ">=", "plain", 2024, 2026),
        ("二(一)1", "annual", 12, "家", ">=", "strive", 2024, 2026),
        ("二(一)1", "annual", 3, "家", ">=", "strive", 2024, 2026),
        ("二(一)1", "cumulative", 300, "家", ">=", "plain", 2024, 2026),
        ("二(一)2", "cumulative", 2, "个", ">=", "ensure", 2024, 2026),
        ("二(一)2", "cumulative", 200, "家", ">=", "strive", 2024, 2026),  # 二百家: cn2an
        ("二(一)2", "milestone", None, None, None, "ensure", 2024, 2026),
        ("二(二)3", "annual", 5, "场", ">=", "plain", 2024, 2026),
        ("二(二)3", "share", 95, "%", ">=", "plain", 2024, 2026),
        ("二(二)3", "annual", 3, "起", "<=", "plain", 2024, 2026),
        ("三(一)", "annual", 2000, "万元", ">=", "plain", 2024, 2026),
        ("附件 任务1", "one_year", 15, "家", ">=", "plain", 2024, 2024),
        ("附件 任务1", "growth", 15, "%", ">=", "ensure", 2024, 2024),
        ("附件 任务2", "one_year", 2, "个", ">=", "plain", 2024, 2024),
    ]
    # The 2024 list restates the main text's 12家 a year (15 in 2024) and its 2 platforms.
    assert [(t.clause, t.restates) for t in d.targets if t.restates is not None] == [
        ("附件 任务1", 3),
        ("附件 任务2", 6),
    ]
    assert d.targets[3].responsible == ("县经信局", "县发改局", "县统计局")


# Any text at all: a draft never raises, and every text_zh is the text's own words.
_ALPHABET = "一二三十、()（）1234567890.。,;、:%亿元个家以上不低于力争确保每年到2025年累计附件序号主要目标责任单位\n 全覆盖实现"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=200))
@example("十十、x\n(十十)y\n1.z")  # a numeral that is none: the next part
@example("附件\n序号\n主要目标\n责任单位\n1\n新增5家\n")  # a table cut short
def test_any_text(text: str) -> None:
    d = draft("示例县行动方案(2024-2026年)\n" + text)
    for t in d.targets:
        assert t.text_zh in text
        assert 2024 <= t.first_year <= t.last_year or t.first_year == t.last_year


_LINES = [
    "",
    "附件",
    "2024年重点工作清单",
    "重点任务",
    "序号",
    "具体内容",
    "主要目标",
    "责任单位",
    "1",
    "2",
    "二、主要任务",
    "、主要目标",
    "(一)实施行动",
    ")强化保障。每年安排资金不少于2000万元。",
    "1.培育企业。力争每年新增企业12家、平台3个。",
    "到2026年,产值突破80亿元。其中,占比达到20%。",
    "县经信局、县发改局。列第一位的为牵头单位",
    "新增企业15家,确保收入增长15%以上",
    "实现全覆盖",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINES), max_size=30))
def test_any_arrangement_of_plan_lines(lines: list[str]) -> None:
    text = "\n".join(lines)
    d = draft("示例县行动方案(2024-2026年)\n" + text)
    assert all(t.text_zh in text for t in d.targets)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=30))
def test_any_draft_validates(lines: list[str]) -> None:
    # Whatever the text, the folder written validates, or the text is refused (exit 2) for
    # holding no target (the frame here always gives the years).
    text = "示例县行动方案(2024-2026年)\n" + "\n".join(lines)
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "plan.txt"
        plan.write_text(text, encoding="utf-8")
        runner = CliRunner()
        drafted = runner.invoke(app, ["draft", str(plan), "-o", f"{tmp}/out"])
        if drafted.exit_code == 2:
            assert "no target found in the text" in drafted.output
            return
        assert drafted.exit_code == 0, drafted.output
        result = runner.invoke(app, ["validate", "--data", f"{tmp}/out"])
        assert result.exit_code == 0, result.output

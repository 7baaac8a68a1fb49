"""data/targets.yaml is complete against the plan's own text.

The plan (../shared/plan/ruian-415x-2023-2027.txt from the repository root) is the source of truth:
every numbered work item, every task of the 2023 list and every figure of a task's 主要目标 cell must
have a target, every qualitative commitment (形成, 制定, 构建, 建成, 达到…预期…) must have one too, and every
target's text_zh must be found in the plan as printed.

PLAN415X_TEST_TARGETS=FILE runs these tests on another targets.yaml (an older version, to show a
test fails on it: ``git show HEAD~3:data/targets.yaml > /tmp/t.yaml``).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parents[1]
PLAN_TEXT = Path(__file__).parents[2] / "shared" / "plan" / "ruian-415x-2023-2027.txt"
TARGETS = Path(os.environ.get("PLAN415X_TEST_TARGETS") or ROOT / "data" / "targets.yaml")

NUMBER = re.compile(r"\d+(?:\.\d+)?")

# Figures in a task's 主要目标 cell that are not the figure of a target: (task, figure, reason).
# Each entry excuses one occurrence of the figure in that task's cell.
NOT_TARGETS = [
    (2, "5", "5星级 is the kind of park counted (the target is 1个)"),
    (4, "10", "超10亿元 is the yuan component's threshold (the composite counts 2个)"),
    (4, "1", "1亿美元以上 is the foreign component's threshold"),
    (8, "10", "超10亿元 is the revenue threshold of the firms counted (the target is 2家)"),
]

# 一、主要目标: the figures due by 2025 and by 2027.
MAIN_GOALS = {2025: [220, 3.75, 10.2, 75.6], 2027: [500, 400, 20]}
# Numbers in the 主要目标 paragraph that are not target figures.
MAIN_GOALS_NOT_TARGETS = {"2025": "a year", "2027": "a year", "321": "the name of the cluster system"}


def _squash(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) carries no meaning in the Chinese text."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def plan_text() -> str:
    if not PLAN_TEXT.is_file():
        pytest.skip(f"the plan's text is not at {PLAN_TEXT} (the shared/ folder beside the repository)")
    return PLAN_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def data() -> dict:
    return yaml.safe_load(TARGETS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def targets(data: dict) -> list[dict]:
    return data["targets"]


def _between(text: str, start: str, end: str) -> str:
    begin = text.index(start) + len(start)
    return text[begin : text.index(end, begin)]


def work_items(plan_text: str) -> dict[int, str]:
    """二、工作任务: item number -> the (一)…(六) section it stands in."""
    part = _between(plan_text, "二、工作任务", "三、政策措施")
    items: dict[int, str] = {}
    section = None
    for line in part.splitlines():
        line = line.strip()
        heading = re.match(r"^\(([一二三四五六七八九十]+)\)", line)
        if heading:
            section = heading.group(1)
        item = re.match(r"^(\d+)\.", line)
        if item:
            assert section, f"item {item.group(1)} stands before any (一)…(六) heading"
            items[int(item.group(1))] = section
    return items


def annex_tasks(plan_text: str) -> dict[int, dict[str, str]]:
    """附件: task number -> its cells (具体内容, 主要目标, 责任单位), read from the table's text.

    The table comes out as one cell per paragraph: optional action-name lines, the task number,
    then 具体内容, 主要目标 and 责任单位.
    """
    annex = plan_text[plan_text.rindex("2023年重点工作任务清单") :]
    annex = _between(annex, "责任单位", "【返回顶部】")
    cells = [line.strip() for line in annex.splitlines() if line.strip()]
    tasks: dict[int, dict[str, str]] = {}
    i = 0
    while i < len(cells):
        if re.fullmatch(r"\d+", cells[i]) and i + 3 < len(cells):
            content, goals, units = cells[i + 1 : i + 4]
            tasks[int(cells[i])] = {"content": content, "goals": goals, "units": units}
            i += 4
        else:
            i += 1  # an action-name line such as 实施空间 / 腾换行动
    return tasks


def _of_clause(targets: list[dict], clause: str) -> list[dict]:
    return [t for t in targets if t["clause"] == clause]


def test_work_items_are_1_to_24(plan_text: str) -> None:
    assert sorted(work_items(plan_text)) == list(range(1, 25))


def test_every_work_item_has_a_target(plan_text: str, targets: list[dict]) -> None:
    missing = [
        f"二({section}){n}"
        for n, section in sorted(work_items(plan_text).items())
        if not _of_clause(targets, f"二({section}){n}")
    ]
    assert not missing, f"work items without any target: {missing}"


def test_annex_tasks_are_1_to_15(plan_text: str) -> None:
    assert sorted(annex_tasks(plan_text)) == list(range(1, 16))


def test_every_annex_task_has_a_target(plan_text: str, targets: list[dict]) -> None:
    missing = [n for n in annex_tasks(plan_text) if not _of_clause(targets, f"附件 任务{n}")]
    assert not missing, f"2023 tasks without any target: {missing}"


def _figures_of(targets: list[dict]) -> Counter[float]:
    return Counter(float(t["value"]) for t in targets if t.get("value") is not None)


@pytest.mark.parametrize("task", range(1, 16))
def test_every_figure_of_a_task_is_a_target(plan_text: str, targets: list[dict], task: int) -> None:
    goals = annex_tasks(plan_text)[task]["goals"]
    figures = Counter(NUMBER.findall(goals))
    for number_task, figure, _reason in NOT_TARGETS:
        if number_task == task:
            assert figures[figure] > 0, f"allow-list entry {figure!r} no longer occurs in task {task}"
            figures[figure] -= 1
    have = _figures_of(_of_clause(targets, f"附件 任务{task}"))
    missing = {
        figure: count - have[float(figure)]
        for figure, count in figures.items()
        if count > have[float(figure)]
    }
    assert not missing, (
        f"task {task}: figures of {goals!r} without a target (figure: times missing): {missing}"
    )


def test_annex_targets_name_the_task_units_lead_first(
    plan_text: str, data: dict, targets: list[dict]
) -> None:
    """The 责任单位 cell runs unit names together; split it with the registry's names and aliases."""
    names = {}
    for unit in data["responsible_units"]:
        for name in (unit["name_zh"], *unit.get("aliases", ())):
            names[name] = unit["id"]
    longest_first = sorted(names, key=len, reverse=True)
    for task, cells in annex_tasks(plan_text).items():
        cell = cells["units"].split("。")[0]  # task 1 adds a note after the units
        expected, rest = [], cell
        while rest:
            rest = rest.lstrip("、")
            name = next((n for n in longest_first if rest.startswith(n)), None)
            assert name, f"task {task}: no responsible unit matches the start of {rest!r}"
            expected.append(names[name])
            rest = rest[len(name) :]
        for target in _of_clause(targets, f"附件 任务{task}"):
            got = list(target.get("responsible", []))
            assert got == expected, f"{target['id']}: responsible {got}, the task's cell says {expected}"


def test_text_zh_is_verbatim(plan_text: str, targets: list[dict]) -> None:
    text = _squash(plan_text)
    wrong = [t["id"] for t in targets if _squash(t["text_zh"]) not in text]
    assert not wrong, f"text_zh not found in the plan as printed: {wrong}"


def test_main_goals_figures(plan_text: str, targets: list[dict]) -> None:
    main = _of_clause(targets, "一")
    for year, figures in MAIN_GOALS.items():
        due = _figures_of([t for t in main if t["last_year"] == year])
        for figure in figures:
            assert due[float(figure)] >= 1, f"main goal {figure} due {year} has no target"
    # and nothing else in the paragraph was overlooked
    paragraph = _between(plan_text, "主要目标", "二、工作任务")
    found = [n for n in NUMBER.findall(paragraph) if n not in MAIN_GOALS_NOT_TARGETS]
    expected = sorted(float(f) for figures in MAIN_GOALS.values() for f in figures)
    assert sorted(map(float, found)) == expected


def test_main_goal_with_a_lost_number_is_kept(targets: list[dict]) -> None:
    """新能源智能网联汽车产业总值突破亿大关: the figure is missing; the target stays, value null, with a note."""
    lost = [t for t in _of_clause(targets, "一") if "突破亿大关" in t["text_zh"]]
    assert len(lost) == 1
    assert lost[0]["value"] is None
    assert lost[0].get("note")


# ---------------------------------------------------------------------------------------------
# Qualitative commitments: a clause with one of these verbs promises something checkable (done or
# not), so it needs a target (a milestone) of its own clause whose text_zh covers the verb as it
# stands in the plan, or an entry below saying why it is not a target.
# 达到…预期 (meets … expectations, 一's 各项指标均达到十四五预期) promises a state, not a figure.
COMMITMENT = re.compile(r"形成|制定|构建|建成|创成|编制|成立|实现[^,。;,;]*?全覆盖|达到[^,。;,;]*?预期")

# (clause, words of the plan around the verb, reason): each entry excuses the one verb it covers.
NOT_COMMITMENTS = [
    ("二(二)4", "努力形成新增长点", "an aim of the investment drive (努力), with nothing to check"),
    (
        "二(三)9",
        "形成头部企业引领发展",
        "a state the heading aims at (run into it without a break), no deliverable",
    ),
    (
        "二(五)20",
        "构建以龙头企业为核心的工业互联网平台体系",
        "the system is what the item's figures measure (2 platforms a year, every cluster covered)",
    ),
    (
        "二(六)23",
        "构建基础研究+技术攻关+成果产业化+科技金融全过程集群创新生态链",
        "an ecosystem described, with no output to check",
    ),
    ("三(二)", "集群服务体系构建", "a noun in the list of what the funds support, not a commitment"),
    ("三(四)", "切实形成比学赶超浓厚氛围", "an atmosphere, not checkable"),
    (
        "附件 任务12",
        "加速构建行业-区域-企业三级工业互联网平台体系",
        "as for 二(五)20: the platforms are counted in 任务13",
    ),
    ("附件 任务13", "构建工业互联网平台体系", "as for 二(五)20: the platforms are counted in the cell"),
    (
        "附件 任务15",
        "构建基础研究+技术攻关+成果产业化+科技金融全过程集群创新生态链",
        "as for 二(六)23",
    ),
]


def plan_sections(plan_text: str) -> list[tuple[str, str]]:
    """(clause, text) for every part that can hold a commitment, as target clauses name them:
    一, each item of 二, the four paragraphs of 三 (the text lost the numbers of (三) and (四)),
    and the 具体内容 and 主要目标 cells of each 附件 task (the 责任单位 cell holds none)."""
    sections = [("一", _between(plan_text, "主要目标", "二、工作任务"))]
    part = _between(plan_text, "二、工作任务", "三、政策措施")
    section = None
    for line in part.splitlines():
        line = line.strip()
        if heading := re.match(r"^\(([一二三四五六七八九十]+)\)", line):
            section = heading.group(1)
        if item := re.match(r"^(\d+)\.", line):
            sections.append((f"二({section}){item.group(1)}", line))
    policy = _between(plan_text, "三、政策措施", "附件:2023年重点工作任务清单")
    paragraphs = [line.strip() for line in policy.splitlines() if line.strip()]
    assert len(paragraphs) == 4, f"三 has {len(paragraphs)} paragraphs, not (一)-(四)"
    sections += [(f"三({n})", text) for n, text in zip("一二三四", paragraphs, strict=True)]
    for task, cells in annex_tasks(plan_text).items():
        sections += [(f"附件 任务{task}", cells["content"]), (f"附件 任务{task}", cells["goals"])]
    return sections


def _spans(phrase: str, text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(_squash(phrase)), text)]


def _covered(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _clause_around(text: str, start: int, end: int) -> str:
    begin = max(text.rfind(mark, 0, start) for mark in ",。;,;") + 1
    ends = [i for i in (text.find(mark, end) for mark in ",。;,;") if i >= 0]
    return text[begin : min(ends, default=len(text))]


def test_qualitative_commitments_have_targets(plan_text: str, targets: list[dict]) -> None:
    missing, excused = [], Counter()
    for clause, raw in plan_sections(plan_text):
        text = _squash(raw)
        spans = [span for t in _of_clause(targets, clause) for span in _spans(t["text_zh"], text)]
        for verb in COMMITMENT.finditer(text):
            at = (verb.start(), verb.end())
            if _covered(at, spans):
                continue
            reasons = [
                i
                for i, (where, words, _reason) in enumerate(NOT_COMMITMENTS)
                if where == clause and _covered(at, _spans(words, text))
            ]
            if reasons:
                excused[reasons[0]] += 1
            else:
                missing.append(f"{clause}: {_clause_around(text, *at)} ({verb.group()})")
    assert not missing, (
        f"commitments without a target (add a milestone or a NOT_COMMITMENTS entry): {missing}"
    )
    unused = [NOT_COMMITMENTS[i][:2] for i in range(len(NOT_COMMITMENTS)) if excused[i] != 1]
    assert not unused, f"NOT_COMMITMENTS entries that excuse no verb, or more than one: {unused}"


def test_restates_and_links(targets: list[dict]) -> None:
    """A restatement names a main-text target from the 2023 list (t2023-*), never another
    restatement, and the target it restates takes its task's units (the 2023 list names them);
    links are symmetric and never join a target to the one it restates."""
    by_id = {t["id"]: t for t in targets}
    for t in targets:
        if (restated := t.get("restates")) is not None:
            assert restated in by_id, f"{t['id']} restates unknown {restated!r}"
            assert t["id"].startswith("t2023-"), f"{t['id']} restates, but is not of the 2023 list"
            assert not restated.startswith("t2023-"), f"{t['id']} restates another 2023 target"
            assert t["id"] not in by_id[restated].get("links", ()), f"{restated} links {t['id']}"
            units = by_id[restated].get("responsible", [])
            assert units == t["responsible"], (
                f"{restated}: responsible {units}, {t['id']} says {t['responsible']}"
            )
        for link in t.get("links", ()):
            assert t["id"] in by_id[link].get("links", ()), f"{t['id']} links {link}, not back"


def test_count_words_are_whole(data: dict) -> None:
    whole = {m["id"] for m in data["measures"] if m.get("whole")}
    assert whole == {"个", "台", "家", "项", "场"}

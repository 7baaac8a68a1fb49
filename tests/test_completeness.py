"""data/targets.yaml is complete against the plan's own text.

The plan (../shared/plan/ruian-415x-2023-2027.txt from the repository root) is the source of truth:
every numbered work item, every task of the 2023 list and every figure of a task's 主要目标 cell must
have a target, and every target's text_zh must be found in the plan as printed.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).parents[1]
PLAN_TEXT = Path(__file__).parents[2] / "shared" / "plan" / "ruian-415x-2023-2027.txt"
TARGETS = ROOT / "data" / "targets.yaml"

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

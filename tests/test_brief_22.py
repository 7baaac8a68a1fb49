"""Issue 22, items 1 and 2: the 通报 says first what needs attention (every red and yellow named
with its owner, gap, streak and items owed; only the completions new this period listed) and
what changed since the previous period with a file (新增红灯, 红灯转好, 新完成, 新增未报; at
1-6月 the 双过半 line). Exact lines, the arithmetic by hand from tests/data/mini's targets and
tests/data/streak's figures:

- land (★低效工业用地改造, 甲局): ≥1,800亩 a year; 900 at 1-6月, 1,000 at 1-9月, 1,800 at 1-12月;
- robots (新增机器人, 乙局): ≥380台 a year; 100 at 1-6月 and 1-9月, 200 at 1-12月;
- rd-share (研发占比, 丙局): 3.8% of ≥3.75%, 已完成 from 1-6月 on.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_brief import _written
from tests.test_cli import run
from tests.test_leader_view import streak_data


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = streak_data(tmp_path / "data")
    monkeypatch.chdir(folder)
    return folder


def _sections(text: str) -> dict[str, str]:
    """The draft's sections by title, in either language (``## 一、总体情况``, ``## 1. Overall``)."""
    parts = re.split(r"^## (?:.、|\d+\. )(.+)$", text, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _lines(text: str, title: str) -> list[str]:
    """A section's paragraphs and list items, without its tables."""
    return [line for line in _sections(text)[title].splitlines() if line and not line.startswith("|")]


def test_a_new_red_is_said_and_every_yellow_named(data: Path, tmp_path: Path) -> None:
    """2023Q3 against 2023Q2: robots, yellow at 1-6月 (100 of 190 due), is red at 1-9月: due
    380 × 9/12 = 285, done 100/380 = 26.3%, gap 75 − 26.3 = 48.7 points, its first red. land's
    1,000 of 1,350 due (1,800 × 9/12) is 55.6%, 19.4 points behind: yellow, named with 甲局."""
    text = _written(run, "2023Q3", tmp_path / "b.md")
    assert "与上期（2023年1-6月）相比：新增红灯1项（新增机器人）。" in _lines(text, "总体情况")
    assert "双过半" not in text  # 1-9月 is not the half year
    problems = _lines(text, "存在问题")
    assert problems[:4] == [
        "红灯1项（其中期限已到未完成0项，严重滞后1项）。黄灯5项（关注3项、滞后2项）。",
        "**红灯指标：**",
        "1. 新增机器人（乙局）：1-9月累计100台，应完成285台，完成率26.3%，序时进度75%，"
        "低于序时进度48.7个百分点，首次红灯。<br>（未说明原因）",  # no words on its record
        "**黄灯指标：**",
    ]
    assert (
        "1. ★低效工业用地改造（甲局）：1-9月累计1,000亩，应完成1,350亩，完成率55.6%，序时进度75%，"
        "低于序时进度19.4个百分点。"
    ) in problems
    assert len([line for line in problems if re.match(r"\d+\. ", line)]) == 1 + 5  # every red and yellow
    assert "详见检查表" not in text


def test_completions_already_made_are_counted_not_listed(data: Path, tmp_path: Path) -> None:
    """2023Q4 against 2023Q3: land reaches 1,800 of 1,800 (100%, 已完成 now, 滞后 before);
    rd-share was 已完成 at 1-9月 already: 2 counted, 1 new, only land listed. Four figures owed
    at 1-9月 and given are missing now (新增未报); 绿色低碳工厂, missing at both, is not new."""
    text = _written(run, "2023Q4", tmp_path / "b.md")
    assert (
        "与上期（2023年1-9月）相比：新完成1项（★低效工业用地改造）；"
        "新增未报4项（能耗上限、★数字经济增长、★省数字经济示范区、重大制造业项目）。"
    ) in _lines(text, "总体情况")
    assert _lines(text, "主要进展") == [
        "已完成2项（其中本期新完成1项），超进度0项。",
        "**本期新完成：**",
        "1. ★低效工业用地改造（甲局）：1-12月累计1,800亩，目标≥1,800亩，完成率100%，序时进度100%。",
    ]


def test_a_red_turned_good_is_said(data: Path, tmp_path: Path) -> None:
    """robots at 400 in 2023Q4: 400/380 = 105.3%, 已完成; red at 1-9月, so 红灯转好 and 新完成."""
    path = data / "actuals" / "2023Q4.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("value: 200", "value: 400"), encoding="utf-8")
    text = _written(run, "2023Q4", tmp_path / "b.md")
    assert (
        "与上期（2023年1-9月）相比：红灯转好1项（新增机器人）；新完成2项（★低效工业用地改造、新增机器人）；"
        "新增未报4项（能耗上限、★数字经济增长、★省数字经济示范区、重大制造业项目）。"
    ) in _lines(text, "总体情况")
    assert _lines(text, "存在问题")[0] == "本期无红灯指标。黄灯2项（关注1项、滞后1项）。"
    # 105.3 − 100 = 5.3 points ahead of the schedule
    assert (
        "2. 新增机器人（乙局）：1-12月累计400台，目标≥380台，完成率105.3%，序时进度100%，高于序时进度5.3个百分点。"
    ) in _lines(text, "主要进展")


def test_the_half_year_says_both_halves(data: Path, tmp_path: Path) -> None:
    """2023Q2: the targets to reach against this year's goal are land (900/1,800 = 50%: half),
    robots (100/380 = 26.3%: short), big-projects (1 of 2 = 50%: half) and factories (no
    figure); the energy cap (a ≤ goal) and the 2023-2027 targets are not in it. rd-share 已完成
    at 1-6月, not at 1-3月: 新完成."""
    text = _written(run, "2023Q2", tmp_path / "b.md")
    overall = _lines(text, "总体情况")
    assert overall[0] == "2023年1-6月序时进度为50%，数据截至2023年6月30日。"  # the period opens it
    assert overall[2:4] == [
        "与上期（2023年1-3月）相比：新完成1项（研发占比）。",
        "双过半：时间过半（序时进度50%），按年度目标计的指标3项中任务过半（完成率达到或超过50%）2项，"
        "未过半1项；另有1项本期无完成率。",
    ]
    en = _written(run, "2023Q2", tmp_path / "b-en.md", "--lang", "en")
    assert _lines(en, "Overall")[1:3] == [
        "Since Jan-Mar 2023: newly achieved 1 (R&amp;D share).",
        "Half year: half the time gone (schedule 50%); of 3 targets judged against the annual goal,"
        " at or past half (done ≥ 50%): 2, short of half: 1; no completion rate this period: 1 more.",
    ]


def test_the_first_period_says_no_change(data: Path, tmp_path: Path) -> None:
    """2023Q1 has no previous period with a file: nothing is said to have changed, and no
    completion is called new."""
    text = _written(run, "2023Q1", tmp_path / "b.md")
    assert "与上期" not in text
    assert "新完成" not in text


def test_english_names_the_same(data: Path, tmp_path: Path) -> None:
    text = _written(run, "2023Q3", tmp_path / "b.md", "--lang", "en")
    assert "Since Jan-Jun 2023: newly red 1 (Robots)." in _lines(text, "Overall")
    problems = _lines(text, "Problems")
    assert problems[:3] == [
        "1 red (0 missed at the deadline, 1 off track). 5 yellow (watch 3, behind 2).",
        "**Red:**",
        "1. Robots (Bureau B): YTD actual 100 units, 285 units due by now, 26.3% done, schedule 75%,"
        " 48.7 points behind the schedule, red: first time.<br>(no reason given)",
    ]
    assert problems[3] == "**Yellow:**"
    assert len([line for line in problems if re.match(r"\d+\. ", line)]) == 6

"""Issue 21, item 4: ``brief PERIOD --as-published``, the 通报 built from the publication record
(tests/data/rank21; places of 2024Q1 and 2024-04 worked out by hand in tests/test_publish.py),
never from the data as corrected since."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from plan415x.cli import app

DATA = Path(__file__).parent / "data" / "rank21"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def invoke(data: Path, *args: str, date: str = "2024-04-15") -> tuple[int, str, str]:
    env = {"COLUMNS": "200", "PLAN415X_TODAY": date, "PLAN415X_NO_CACHE": "1"}
    result = CliRunner().invoke(app, [*args, "--data", str(data)], env=env)
    return result.exit_code, result.stdout, result.stderr


def correct(data: Path, name: str, old: str, new: str) -> None:
    path = data / "actuals" / f"{name}.yaml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new), "utf-8")


BR = "  "  # markdown's line break, at the end of each line under the title and of the footer
BANNER = "注意: 本报告含示意数据(非官方统计),仅供演示"
ROW = "| 位次 | 单位 | 指标数 | 计入指标 | 超/达/欠进度 | 红/黄灯 | 平均欠进度 | 报送率 | 位次变化 |"

# 2024Q1 as published (tests/test_publish.py's docstring: 乙局, 丙局, 己局 1; 甲局 4; 丁局, 戊局 5;
# 庚局 不参与排名; 17 green, a-red, d3, e3 yellow 滞后), printed after 丁局's d3 was corrected
# 0 -> 25, which ranks 丁局 first in the data now. 总体情况, 主要进展, 存在问题 and the ranking's
# rows are those of `brief 2024Q1` of the data as published, line for line.
AS_PUBLISHED_Q1 = f"""\
# 关于排名测试计划(2024-2025年)2024年1-3月目标进展情况的通报(已发布版本)

> **{BANNER}**

检查期 2024年1-3月 (2024Q1) · 本通报为 2024-04-15 发布的版本,按发布记录(published/2024Q1.json)重印,不按现有数据重算{BR}
发布记录未记载报送情况、连续N期红灯、各指标的目标值与应完成量、数据陈旧标记,本版不含(不以现有数据补入){BR}

## 一、总体情况

纳入评价的指标共20项。其中绿灯17项，占85%，黄灯3项，占15%，红灯0项，占0%，灰灯0项，占0%。

| 行动 | 指标数 | 绿灯 | 黄灯 | 红灯 | 灰灯 |
|---|---|---|---|---|---|
| 工作 | 20 | 17 | 3 | 0 | 0 |

## 二、主要进展

已完成 0 项, 超进度 0 项。

## 三、存在问题

本期无红灯指标。黄灯3项（滞后3项），详见发布记录的检查表。

## 四、单位排名

参与排名单位 6 个, 按平均欠进度(各指标落后于序时进度的百分点, 不落后的计0)由小到大排名。

**前三位:**

{ROW}
|---|---|---|---|---|---|---|---|---|
| 1 | 乙局 | 3 | 3 | 0/3/0 | 0/0 | 0.0 | 100.0% | 新年度 |
| 1 | 丙局 | 3 | 3 | 0/3/0 | 0/0 | 0.0 | 100.0% | 新年度 |
| 1 | 己局 | 3 | 3 | 0/3/0 | 0/0 | 0.0 | 100.0% | 新年度 |

**后三位:**

{ROW}
|---|---|---|---|---|---|---|---|---|
| 4 | 甲局 | 3 | 3 | 0/2/1 | 0/1 | 6.7 | 100.0% | 新年度 |
| 5 | 丁局 | 3 | 3 | 0/2/1 | 0/1 | 8.3 | 100.0% | 新年度 |
| 5 | 戊局 | 3 | 3 | 0/2/1 | 0/1 | 8.3 | 100.0% | 新年度 |

不参与排名: 庚局(计入排名的指标仅2个,少于3个)

> 说明: 按发布时的规则排名(计入指标少于3个的单位不参与排名; 规则全文见 plan415x rank 的说明);位次变化: 新年度首次晾晒,不与上年比较

## 五、下步要求

> 下步要求及落款由分析人员撰写,不在发布记录中,见印发的通报原件。

说明: 由 plan415x 据 published/2024Q1.json (2024-04-15 发布) 生成, 数字与 plan415x check 2024Q1 --as-published 及 plan415x rank 2024Q1 --as-published 一致; 差值=序时进度−完成率(百分点, 正数为落后)。{BR}

> **{BANNER}**
"""


def test_brief_as_published_prints_the_published_draft(data: Path, tmp_path: Path) -> None:
    assert invoke(data, "publish", "2024Q1")[0] == 0
    correct(data, "2024Q1", "{target: d3, value: 0}", "{target: d3, value: 25}")
    draft = tmp_path / "q1.md"
    code, out, err = invoke(data, "brief", "2024Q1", "--as-published", "-o", str(draft), date="2024-05-01")
    assert (code, out) == (0, f"wrote {draft}: 20 targets as published on 2024-04-15, 5 sections\n")
    assert err == BANNER + "\n"
    assert draft.read_text("utf-8") == AS_PUBLISHED_Q1
    # The data now ranks 丁局 first: the draft of today says so, the published one does not.
    now = tmp_path / "now.md"
    assert invoke(data, "brief", "2024Q1", "-o", str(now), date="2024-05-01")[0] == 0
    assert "| 1 | 丁局 | 3 | 3 | 0/3/0 | 0/0 | 0.0 | 100.0% | 新年度 |" in now.read_text("utf-8").splitlines()


def test_brief_as_published_names_reds_with_the_published_figures(data: Path, tmp_path: Path) -> None:
    """2024-04 (1-4月, 33.3%) published, then 丙局's c1-c3 corrected 50 -> 25. As published: 丙局's
    three 50 of 100 are ahead (16.7 points), 丁局's d3 and 戊局's e3 red on the 0 of 2024Q1 (neither
    sent April), 丙局 1st and 甲局 2nd, the other five 未报."""
    assert invoke(data, "publish", "2024-04", date="2024-05-10")[0] == 0
    for target in ("c1", "c2", "c3"):
        correct(data, "2024-04", f"{{target: {target}, value: 50}}", f"{{target: {target}, value: 25}}")
    draft = tmp_path / "april.md"
    code, _, _ = invoke(data, "brief", "2024-04", "--as-published", "-o", str(draft), "--lang", "en")
    assert code == 0
    lines = draft.read_text("utf-8").splitlines()
    assert lines[0] == "# Progress of Ranking test plan (2024-2025), Jan-Apr 2024 (as published)"
    assert lines[4] == (
        "Period Jan-Apr 2024 (2024-04) · the version published on 2024-05-10, printed again from its"
        " record (published/2024-04.json), not judged again from the data now  "
    )
    assert lines[5] == (
        "Not in the record, so left out (never filled in from the data now): the reporting (报送情况),"
        " red streaks, the targets' goals and amounts due, stale marks  "
    )
    for line in (
        "20 targets are judged: green 5 (25%), yellow 13 (65%), red 2 (10%), grey 0 (0%).",
        "2. Target c1 (Bureau C): actual 50, 50% done, schedule 33.3%, 16.7 points ahead of the schedule.",
        "2 red (0 missed at the deadline, 2 off track). 13 yellow (watch 12, behind 1): see check --as-published.",
        "1. Target d3 (Bureau D): actual 0 (Jan-Mar), 0% done, schedule 33.3%, 33.3 points behind the schedule.",
        "| 1 | Bureau C | 3 | 3 | 3/0/0 | 0/0 | 0.0 | 100.0% | — |",
        "| 2 | Bureau A | 3 | 3 | 1/1/1 | 0/1 | 7.8 | 100.0% | ↑2 |",
        "No report: Bureau B, Bureau D, Bureau E, Bureau F, Bureau G (nothing due was reported; listed"
        " after every unit that reported).",
    ):
        assert line in lines, line
    assert "25" not in "".join(x for x in lines if "Target c" in x)
    # The .docx says the same: read back, its paragraphs and its ranking's cells.
    import docx

    book = tmp_path / "april.docx"
    assert invoke(data, "brief", "2024-04", "--as-published", "-o", str(book))[0] == 0
    document = docx.Document(str(book))
    paragraphs = [p.text for p in document.paragraphs]
    assert "关于排名测试计划(2024-2025年)2024年1-4月目标进展情况的通报(已发布版本)" in paragraphs
    assert (
        "检查期 2024年1-4月 (2024-04) · 本通报为 2024-05-10 发布的版本,按发布记录(published/2024-04.json)"
        "重印,不按现有数据重算" in paragraphs
    )
    assert (
        "发布记录未记载报送情况、连续N期红灯、各指标的目标值与应完成量、数据陈旧标记,本版不含(不以现有数据补入)"
        in paragraphs
    )
    rows = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert ["1", "丙局", "3", "3", "3/0/0", "0/0", "0.0", "100.0%", "—"] in rows
    assert ["2", "甲局", "3", "3", "1/1/1", "0/1", "7.8", "100.0%", "↑2"] in rows


def test_brief_as_published_of_a_period_never_published_or_spoilt(data: Path, tmp_path: Path) -> None:
    draft = tmp_path / "q2.md"
    code, out, err = invoke(data, "brief", "2024Q2", "--as-published", "-o", str(draft))
    assert (code, out) == (2, "")
    assert "2024Q2 was never published (no published/2024Q2.json): plan415x publish 2024Q2" in err
    assert not draft.exists()
    assert invoke(data, "publish", "2024Q1")[0] == 0
    # Not JSON at all, and JSON that reads back but lacks what the draft needs: exit 1, said.
    record = data / "published" / "2024Q1.json"
    good = record.read_text("utf-8")
    for spoilt in ("{", good.replace('"min_targets"', '"min_target"')):
        record.write_text(spoilt, "utf-8")
        code, out, err = invoke(data, "brief", "2024Q1", "--as-published", "-o", str(draft))
        assert (code, out) == (1, "")
        assert err.startswith("plan415x: published/2024Q1.json: not a publication record (")
        assert err.endswith("; restore it from version control\n")
        assert "Traceback" not in err
        assert not draft.exists()


def test_brief_as_published_of_a_scored_year_says_the_score_is_not_in_the_record(tmp_path: Path) -> None:
    """data/ has a scoring.yaml: the draft of 2023 had 年度考评, which no record holds; it is said
    under the title and no section of it is written (the year is never scored again)."""
    data = tmp_path / "data"
    shutil.copytree(Path(__file__).parent.parent / "data", data)
    assert invoke(data, "publish", "2023", date="2024-02-15")[0] == 0
    draft = tmp_path / "2023.md"
    assert invoke(data, "brief", "2023", "--as-published", "-o", str(draft), date="2024-03-01")[0] == 0
    lines = draft.read_text("utf-8").splitlines()
    assert lines[5] == (
        "发布记录未记载报送情况、连续N期红灯、各指标的目标值与应完成量、数据陈旧标记、年度考评,"
        "本版不含(不以现有数据补入)  "
    )
    assert [x for x in lines if x.startswith("## ")] == [
        "## 一、总体情况",
        "## 二、主要进展",
        "## 三、存在问题",
        "## 四、单位排名",
        "## 五、下步要求",
    ]

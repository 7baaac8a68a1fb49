"""Issue 22, item 3: the units' own words. The template asks for 滞后原因 and 下步措施 on the rows
that were yellow or red in the last period published (else the last judged), import keeps them
verbatim on the record (``reason``, ``next_steps``), the 通报 quotes them under each red and
yellow target with the unit named, and a red without a reason says （未说明原因） and is owed an
explanation in the chase list.

The lights, by hand, from tests/data/mini (序时进度 = months / 12):

- 2023Q1 (25%): land 300/1,800 = 16.7%, 8.3 behind: yellow (关注); robots 80/380 = 21.1%, 3.9
  behind: yellow; digital-growth 13% against 12%: green; big-projects 0 of 2, none owed yet:
  green; the rest grey (no figure, not due, no target).
- 2023Q2 (50%): robots 100/380 = 26.3%, 23.7 behind: yellow (滞后); energy-cap 60 of ≤100 =
  60%, 10 behind: yellow; digital-growth 9.5% against 12%, 2.5 below (more than 2): yellow;
  output 5% done (from its baseline) against 时间进度 6/60 = 10%: yellow; productivity 31
  against 30 × 1.1 = 33: 93.9%, yellow; land 900 = 50%: green; the rest green or grey (as
  ``check 2023Q2`` shows).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from typer.testing import CliRunner, Result

from plan415x.cli import app
from plan415x.loading import load_actuals

RUNNER_ENV = {"COLUMNS": "200", "PLAN415X_NO_CACHE": "1"}
REASON_COL, STEPS_COL = 15, 16  # O 滞后原因, P 下步措施
GREY = "FFBFBFBF"


def run(*args: str, today: str | None = None) -> Result:
    env = dict(RUNNER_ENV, **({"PLAN415X_TODAY": today} if today else {}))
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def template(data: Path, period: str = "2023Q3") -> tuple[Path, str]:
    out = data.parent / f"template-{period}.xlsx"
    result = run("template", period, "-o", str(out), "--data", str(data), "--force")
    assert result.exit_code == 0, result.output
    return out, result.output


def asking(path: Path) -> dict[str, list[str]]:
    """Per unit sheet, the target ids whose words cells are open (unlocked, white, text)."""
    wb = openpyxl.load_workbook(path)
    out: dict[str, list[str]] = {}
    for ws in wb.worksheets[1:]:
        if ws.sheet_state != "visible":
            continue
        assert [ws.cell(3, REASON_COL).value, ws.cell(3, STEPS_COL).value] == ["滞后原因", "下步措施"]
        out[ws.title] = []
        for r in range(4, ws.max_row + 1):
            if ws.cell(r, 1).value is None:  # the lines to sign under the rows
                continue
            cells = [ws.cell(r, c) for c in (REASON_COL, STEPS_COL)]
            opened = [not c.protection.locked for c in cells]
            assert opened[0] == opened[1]  # both asked, or neither
            if opened[0]:
                assert all(c.number_format == "@" and c.fill.fgColor.rgb != GREY for c in cells)
                out[ws.title].append(str(ws.cell(r, 1).value))
            else:
                assert all(c.fill.fgColor.rgb == GREY for c in cells)  # locked and grey
    return out


def test_template_asks_on_the_rows_lagging_in_the_last_judged_period(mini: Path) -> None:
    # Nothing published: 2023Q2 is the last period judged before 2023Q3; its five yellows ask.
    path, said = template(mini)
    assert asking(path) == {
        "甲局": ["energy-cap", "digital-growth"],
        "乙局": ["robots"],
        "丙局": [],
        "未指定牵头单位": ["output", "productivity"],
    }
    assert said.splitlines()[1] == (
        "滞后原因 and 下步措施 asked on 5 row(s): yellow or red in 2023Q2, the last period judged"
    )
    notes = openpyxl.load_workbook(path)["说明"]
    texts = [str(notes.cell(r, 2).value) for r in range(3, notes.max_row + 1)]
    assert (
        "滞后原因、下步措施：2023年1-6月检查中为黄灯、红灯的指标，其第一行可填写（白色），其他行为灰色；"
        "请用本单位的话填写，通报原文引用，不改写；红灯指标未说明原因的，通报注明（未说明原因），并列入催报清单。"
    ) in texts


def test_template_asks_on_the_rows_lagging_in_the_last_published_period(mini: Path) -> None:
    # 2023Q1 published: its yellows (land, robots) ask, not 2023Q2's, judged since but unpublished.
    assert run("publish", "2023Q1", "--data", str(mini), today="2023-04-20").exit_code == 0
    path, said = template(mini)
    assert asking(path) == {"甲局": ["land"], "乙局": ["robots"], "丙局": [], "未指定牵头单位": []}
    assert said.splitlines()[1].endswith("on 2 row(s): yellow or red in 2023Q1, the last period published")


def test_template_asks_on_every_row_when_the_data_says_so(mini: Path) -> None:
    plan = mini / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace("targets:\n", "reporting: {explanations: all}\ntargets:\n", 1), encoding="utf-8"
    )
    path, said = template(mini)
    # Every target's first row; big-projects' second component row (foreign) does not ask.
    assert asking(path) == {
        "甲局": ["land", "energy-cap", "digital-growth", "demo-zone"],
        "乙局": ["robots", "factories"],
        "丙局": ["projects", "rd-share", "big-projects"],
        "未指定牵头单位": ["output", "productivity", "loans", "ev-output"],
    }
    assert "asked on 13 row(s): every row (reporting.explanations: all)" in said


def test_template_asks_nowhere_before_any_period_was_judged(mini: Path) -> None:
    path, said = template(mini, "2023-01")
    assert all(rows == [] for rows in asking(path).values())
    assert "asked on 0 row(s): no period judged before this one" in said


REASON = "  受“双控”影响，2个项目延期投产；\n已约谈重点企业（见附件）。  "
STEPS = "=1+1"


def _filled(path: Path, **extra: Any) -> Path:
    wb = openpyxl.load_workbook(path)
    ws = wb["甲局"]
    ws["I5"] = 70  # energy-cap, which asks
    ws["O5"] = REASON
    ws["P5"] = STEPS
    ws["P5"].data_type = "s"  # typed into a cell formatted as text: Excel keeps it as text
    for ref, value in extra.items():
        ws[ref] = value
    out = path.parent / "filled.xlsx"
    wb.save(out)
    return out


def test_import_keeps_the_words_verbatim(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(mini.parent)
    filled = _filled(template(mini)[0])
    dry = run("import", filled.name, "--data", str(mini), "--dry-run")
    assert dry.exit_code == 0, dry.output
    # The diff shows the words as they will be written (a line break as a blank line, quoted)
    # the diff line by line (issue 23 item 7): the quoted words' line break is a line of its own
    assert (
        "+    reason: '受“双控”影响，2个项目延期投产；\n+\n+      已约谈重点企业（见附件）。'\n" in dry.output
    )
    assert "+    next_steps: =1+1" in dry.output
    done = run("import", filled.name, "--data", str(mini))
    assert done.exit_code == 0, done.output
    written = mini / "actuals" / "2023Q3.yaml"
    record = yaml.safe_load(written.read_text(encoding="utf-8"))["records"][0]
    assert record == {
        "target": "energy-cap",
        "value": 70,
        "source": {"document": "filled.xlsx (甲局)", "reported_by": "ua"},
        # trimmed of the spaces around it only: the punctuation and the line break as typed
        "reason": "受“双控”影响，2个项目延期投产；\n已约谈重点企业（见附件）。",
        "next_steps": "=1+1",  # text, never a formula
    }
    entry, problems = load_actuals(written)
    assert not problems
    assert entry is not None
    assert (entry.file.records[0].reason, entry.file.records[0].next_steps) == (REASON.strip(), STEPS)
    assert run("validate", "--data", str(mini)).exit_code == 0


def test_a_formula_in_a_words_cell_is_refused(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(mini.parent)
    filled = _filled(template(mini)[0], O5="=A1")  # a real formula, never evaluated
    result = run("import", filled.name, "--data", str(mini), "--lang", "en")
    assert result.exit_code == 1
    assert result.output.startswith("filled.xlsx:甲局!O5: a formula (=A1); ")


def test_the_same_figure_with_new_words_replaces_the_words(
    mini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(mini.parent)
    path = template(mini)[0]
    wb = openpyxl.load_workbook(path)
    wb["甲局"]["I5"] = 70
    wb.save(mini.parent / "figure.xlsx")
    assert run("import", "figure.xlsx", "--data", str(mini)).exit_code == 0
    # The words sent later with the same figure: taken without --force (no figure changes)
    words = run("import", _filled(path).name, "--data", str(mini))
    assert words.exit_code == 0, words.output
    assert "0 added, 0 unchanged, 1 replaced" in words.output
    record = yaml.safe_load((mini / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8"))["records"][0]
    assert record["reason"] == REASON.strip()
    # The figure again without words: the words on file stay
    again = run("import", "figure.xlsx", "--data", str(mini))
    assert "0 added, 1 unchanged, 0 replaced" in again.output


def test_a_template_made_before_the_words_still_imports(mini: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(mini.parent)
    wb = openpyxl.load_workbook(template(mini)[0])
    for ws in wb.worksheets[1:5]:
        ws.delete_cols(REASON_COL, 2)  # the 14 columns of a template of last month
    wb["甲局"]["I5"] = 70
    wb.save(mini.parent / "old.xlsx")
    result = run("import", "old.xlsx", "--data", str(mini))
    assert result.exit_code == 0, result.output
    record = yaml.safe_load((mini / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8"))["records"][0]
    assert record == {
        "target": "energy-cap",
        "value": 70,
        "source": {"document": "old.xlsx (甲局)", "reported_by": "ua"},
    }


# 2023Q3 (75%): robots 100/380 = 26.3%, 75 − 26.3 = 48.7 behind: red, silent; digital-growth 5%
# against 12%, 7 points below (more than 5): red, explained by 甲局; land 1,000/1,800 = 55.6%,
# 19.4 behind: yellow, with 下步措施 only (its record names no reporter: its lead unit, 甲局).
Q3 = """\
schema_version: 1
period: 2023Q3
illustrative: true
source: {document: 测试数据, reported_by: ua, date: 2023-10-15}
records:
  - target: digital-growth
    value: 5
    source: {document: 甲局 1-9月报表, reported_by: ua}
    reason: "受“双控”影响，2个项目延期投产；\\n已约谈重点企业。"
    next_steps: 四季度推动2个项目投产。
  - {target: robots, value: 100}
  - {target: land, value: 1000, next_steps: 加快征迁}
"""


@pytest.fixture
def q3(mini: Path) -> Path:
    (mini / "actuals" / "2023Q3.yaml").write_text(Q3, encoding="utf-8")
    return mini


def _problems(data: Path, *extra: str) -> list[str]:
    out = data.parent / "brief.md"
    result = run("brief", "2023Q3", "--data", str(data), "-o", str(out), "--force", *extra)
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    section = text.split("## 三、存在问题" if not extra else "## 3. Problems")[1].split("\n## ")[0]
    return [line for line in section.splitlines() if line]


def test_brief_quotes_the_words_and_marks_a_silent_red(q3: Path) -> None:
    lines = _problems(q3)
    assert lines[2:4] == [
        "1. 新增机器人（乙局）：1-9月累计100台，应完成285台，完成率26.3%，序时进度75%，"
        "低于序时进度48.7个百分点，首次红灯。<br>（未说明原因）",
        "2. ★数字经济增长（甲局）：累计增长5%，目标≥12%，低于目标7个百分点，首次红灯。"
        "<br>甲局说明：受“双控”影响，2个项目延期投产；<br>已约谈重点企业。"
        "<br>甲局下步措施：四季度推动2个项目投产。",
    ]
    assert lines[5] == (
        "1. ★低效工业用地改造（甲局）：1-9月累计1,000亩，应完成1,350亩，完成率55.6%，序时进度75%，"
        "低于序时进度19.4个百分点。<br>甲局下步措施：加快征迁"
    )
    # A yellow without words says nothing of them (only a red is owed an explanation)
    assert all("未说明原因" not in line for line in lines[5:])


def test_brief_in_english_quotes_the_same_words(q3: Path) -> None:
    lines = _problems(q3, "--lang", "en")
    assert lines[2].endswith("red: first time.<br>(no reason given)")
    assert lines[3].endswith(
        "<br>Bureau A explains: 受“双控”影响，2个项目延期投产；<br>已约谈重点企业。"
        "<br>Bureau A's next steps: 四季度推动2个项目投产。"
    )


def test_docx_quotes_the_words_on_lines_of_their_own(q3: Path) -> None:
    from docx import Document

    out = q3.parent / "brief.docx"
    assert run("brief", "2023Q3", "--data", str(q3), "-o", str(out)).exit_code == 0
    texts = [p.text for p in Document(str(out)).paragraphs]
    assert (
        "2.★数字经济增长（甲局）：累计增长5%，目标≥12%，低于目标7个百分点，首次红灯。"
        "\n甲局说明：受“双控”影响，2个项目延期投产；\n已约谈重点企业。\n甲局下步措施：四季度推动2个项目投产。"
    ) in texts


def test_a_silent_red_is_owed_an_explanation_in_the_chase_list(q3: Path) -> None:
    result = run("reporting", "2023Q3", "--missing", "--data", str(q3))
    assert result.exit_code == 0
    # Figures missing first (due the 10th of October); then the red owed an explanation, apart:
    # robots (乙局, no reason); digital-growth, explained, is not owed.
    assert result.output == (
        "催报清单 · 2023年1-9月\n"
        "\n"
        "甲局:\n"
        "    贵单位 2023年1-9月 以下 2 项指标数据尚未报送,请按期报送:\n"
        "    1. 省数字经济示范区 (demo-zone) · 截止 2023-10-10\n"
        "    2. 能耗上限 (energy-cap, 万吨标煤) · 截止 2023-10-10\n"
        "\n"
        "乙局:\n"
        "    贵单位 2023年1-9月 以下 1 项指标数据尚未报送,请按期报送:\n"
        "    1. 绿色低碳工厂 (factories, 家) · 截止 2023-10-10\n"
        "\n"
        "丙局:\n"
        "    贵单位 2023年1-9月 以下 3 项指标数据尚未报送,请按期报送:\n"
        "    1. 10亿元以上项目 (projects, 个) · 截止 2023-10-10\n"
        "    2. 研发占比 (rd-share, %) · 截止 2023-10-10\n"
        "    3. 重大制造业项目 (big-projects, 个) · 截止 2023-10-10\n"
        "\n"
        "须说明原因（红灯）\n"
        "\n"
        "乙局：\n"
        "    贵单位以下1项指标2023年1-9月为红灯，尚未说明滞后原因，请说明原因和下步措施：\n"
        "    1. 新增机器人 (robots)\n"
    )
    # One unit's list: 甲局 owes no explanation (its red is explained)
    own = run("reporting", "2023Q3", "--missing", "--unit", "乙局", "--data", str(q3)).output
    assert own.endswith(
        "须说明原因（红灯）\n\n乙局：\n    贵单位以下1项指标2023年1-9月为红灯，尚未说明滞后原因，请说明原因和下步措施：\n    1. 新增机器人 (robots)\n"
    )
    mine = run("reporting", "2023Q3", "--missing", "--unit", "甲局", "--data", str(q3)).output
    assert "须说明原因" not in mine

"""Issue 23's done-when: a month replayed end to end on the mini data, 1-9月 (2023Q3), figures
due 2023-10-10 (a Tuesday, no holiday): templates per supplying unit → filled → one folder import
with a late unit, a silent one and a bad cell → reporting, 及时率 worked out by hand → the 催报
and 回执 files, read back.

- 甲局 sends land 900, energy-cap 70, digital-growth 9 on 9 October (on time), demo-zone blank;
- 乙局 sends robots 120 and factories "约60" on 16 October (late; the bad cell left out with
  --accept-valid);
- 丙局 sends nothing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI

TODAY = {"PLAN415X_TODAY": "2023-10-17", "COLUMNS": "200"}


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env=TODAY)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_a_month_replayed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    with (data / "targets.yaml").open("a", encoding="utf-8") as plan:
        plan.write("\nreporting:\n  contact: {name: 王明, phone: 0577-12345678}\n")  # a test's contact
    inbox, out = tmp_path / "十月报送", tmp_path / "发出"
    inbox.mkdir()
    out.mkdir()
    # templates, one per supplying unit
    for unit in ("ua", "ub", "uc"):
        assert (
            _run(
                "template",
                "2023Q3",
                "--data",
                str(data),
                "--unit",
                unit,
                "-o",
                str(tmp_path / f"{unit}.xlsx"),
            )[0]
            == 0
        )
    filled = {"ua": ("甲局", {"I4": 900, "I5": 70, "I6": 9}), "ub": ("乙局", {"I4": 120, "I5": "约60"})}
    for unit, (sheet, cells) in filled.items():
        wb = openpyxl.load_workbook(tmp_path / f"{unit}.xlsx")
        for ref, value in cells.items():
            wb[sheet][ref] = value
        wb.save(inbox / f"{sheet}.xlsx")
    # one folder import: 甲局's received on the 9th, 乙局's on the 16th
    code, printed = _run(
        "import", str(inbox), "--data", str(data), "--received", "甲局.xlsx=2023-10-09",
        "--received", "乙局.xlsx=2023-10-16", "--accept-valid", "--receipts", str(out / "回执"),
    )  # fmt: skip
    assert code == 1, printed  # 乙局's 约60 is still owed
    # 报送情况, by hand: 甲局 3 of 4 received (75.0%), all 3 dated on or before the 10th (及时率
    # 100.0%); 乙局 1 of 2 (50.0%), on the 16th, late (0.0%); 丙局 0 of 3 (0.0%, 及时率 —: nothing dated)
    code, printed = _run("reporting", "2023Q3", "--data", str(data), "--format", "json")
    units = {u["name_zh"]: u for u in json.loads(printed)["units"]}
    assert {n: (u["due"], u["received"], u["on_time"], u["late"]) for n, u in units.items()} == {
        "甲局": (4, 3, 3, 0),
        "乙局": (2, 1, 0, 1),
        "丙局": (3, 0, 0, 0),
    }
    assert {n: (u["rate_pct"], u["timeliness_pct"]) for n, u in units.items()} == {
        "甲局": (75.0, 100.0),
        "乙局": (50.0, 0.0),
        "丙局": (0.0, None),
    }
    # the 催报 notices, after the deadline: 补报 by the 20th
    assert (
        _run(
            "reporting",
            "2023Q3",
            "--data",
            str(data),
            "--missing",
            "-o",
            str(out / "催报"),
            "--by",
            "2023-10-20",
        )[0]
        == 0
    )
    notices = {p.name: p.read_text(encoding="utf-8") for p in (out / "催报").glob("*.md")}
    assert sorted(notices) == ["催报-2023Q3-ua-甲局.md", "催报-2023Q3-ub-乙局.md", "催报-2023Q3-uc-丙局.md"]
    silent = notices["催报-2023Q3-uc-丙局.md"]
    assert (
        "贵单位以下3项指标数据尚未收到，报送截止日期2023年10月10日已过，请于2023年10月20日前补报。" in silent
    )
    assert "| 1 | 10亿元以上项目 | 个 | 10月10日 |" in silent
    assert "如有疑问，请联系王明，电话：0577-12345678。" in silent
    assert "| 1 | 省数字经济示范区 | — | 10月10日 |" in notices["催报-2023Q3-ua-甲局.md"]
    assert "| 1 | 绿色低碳工厂 | 家 | 10月10日 |" in notices["催报-2023Q3-ub-乙局.md"]
    # the 回执: 甲局's all taken; 乙局's robots taken, its I5 to correct
    receipts = {p.name: p.read_text(encoding="utf-8") for p in (out / "回执").glob("*.md")}
    assert sorted(receipts) == ["回执-2023Q3-ua-甲局.md", "回执-2023Q3-ub-乙局.md"]
    assert "贵单位报送的2023年1-9月数据（2023年10月9日收到）已处理" in receipts["回执-2023Q3-ua-甲局.md"]
    assert "已导入：新增3项，替换0项，未变0项。\n" in receipts["回执-2023Q3-ua-甲局.md"]
    late = receipts["回执-2023Q3-ub-乙局.md"]
    assert "（2023年10月16日收到）" in late
    assert "已导入：新增1项，替换0项，未变0项。以下1个单元格未通过校验，未导入，请更正后重新报送。" in late
    assert "| 1 | I5 | 应为数字，实际为文字'约60'；是约数：请填入确数（60?） |" in late
    # every file is sent as it is: a .docx beside each .md
    assert len(list((out / "催报").glob("*.docx"))) == 3
    assert len(list((out / "回执").glob("*.docx"))) == 2

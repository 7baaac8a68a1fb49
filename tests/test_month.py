"""A whole month (issue 10's "done when"): templates per unit, two units' sheets filled and one
left blank, the folder imported in one run, then reporting, rank and the chase list."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from plan415x.cli import app

MINI = Path(__file__).parent / "data" / "mini"
FILLED = {
    # 甲局 (land 1,350 亩 = 90 公顷, energy 80, growth 11.5%, the zone done), source date 2023-10-08
    "甲局": {"I4": 1350, "I5": 80, "I6": 11.5, "K7": "done"},
    # 丙局, its own targets and those it owns as the default owner (output, productivity, loans,
    # ev-output): the composite's two component rows (8, 9) included
    "丙局": {"I4": 9, "I5": 3.9, "I6": 350, "I7": 33, "J7": 30, "I8": 2, "I9": 1, "I10": 130, "I11": 7},
}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.output


@pytest.fixture
def month(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    shutil.copytree(MINI, data)
    with (data / "targets.yaml").open("a", encoding="utf-8") as f:
        f.write("default_owner: uc\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_a_whole_month(month: Path) -> None:
    (month / "in").mkdir()
    for unit in ("甲局", "乙局", "丙局"):  # --unit by name
        code, out = run("template", "2023Q3", "--unit", unit, "-o", f"in/{unit}.xlsx")
        assert code == 0, out
    # the default owner's rows are on its own sheet: no 未指定牵头单位 sheet anywhere
    assert openpyxl.load_workbook("in/丙局.xlsx").sheetnames == ["说明", "丙局", "_plan415x"]
    for unit, cells in FILLED.items():
        wb = openpyxl.load_workbook(f"in/{unit}.xlsx")
        ws = wb[unit]
        for ref, value in cells.items():
            ws[ref] = value
        for row in range(4, 4 + len(cells) + 2):
            if ws[f"A{row}"].value and ws[f"B{row}"].value != "foreign":  # a component: first row only
                ws[f"M{row}"] = f"{unit} 1-9月报表"
        wb.save(f"in/{unit}.xlsx")

    code, out = run("import", "in")
    assert code == 0, out
    receipts = [line for line in out.splitlines() if line.startswith("回执")]
    # a folder is taken in name order (丙 U+4E19, 乙 U+4E59, 甲 U+7532); the composite is one
    # figure of two rows: 丙局 gives 7
    assert receipts == [
        "回执 · 丙局 (in/丙局.xlsx): 新增 7 项 · 未变 0 项 · 替换 0 项 · 退回 0 格 · 已导入",
        "回执 · 甲局 (in/甲局.xlsx): 新增 4 项 · 未变 0 项 · 替换 0 项 · 退回 0 格 · 已导入",
    ]
    assert "nothing to import: no figures are filled in on in/乙局.xlsx" in out

    code, out = run("reporting", "2023Q3", "--format", "csv")
    assert code == 0
    # 甲局 owes 4 and sent 4: 4 / 4 = 100%; 乙局 owes robots and factories and sent none:
    # 0 / 2 = 0%; 丙局 owes its 3 and the 4 it owns by default, 7, and sent 7 (the composite is
    # one figure). Imported figures carry no date: received, timeliness unknown (—).
    assert out.splitlines()[1:] == [
        "ua,甲局,4,4,0,0,4,0,100.0%,—",
        "ub,乙局,2,0,0,0,0,2,0.0%,—",
        "uc,丙局,7,7,0,0,7,0,100.0%,—",
    ]
    code, _ = run("reporting", "2023Q3", "--fail-on-missing")
    assert code == 3

    code, out = run("rank", "2023Q3", "--format", "csv")
    assert code == 0
    # 乙局 is silent at 1-9月 (0 of its 2 due figures: 报送率 0%): 未报, after every unit that
    # reported, without a place (issue 21), though its average is still shown: factories, never
    # reported, counts as completion 0 against 9/12 = 75%; robots keeps its 1-6月 figure, stale,
    # judged at 1-9月: 100/380 = 26.3158% against 75% = 48.6842 behind: (48.6842 + 75) / 2 = 61.8.
    # 丙局's paced targets are all ahead, each counting 0 (issue 21: early never offsets): projects
    # 30% done against 时间进度 9/60 = 15%, output 25% against 15%, big-projects 3 of 2 against
    # 75%: 0.0, first. 甲局's two paced targets: 2.5 as before (none of them ahead). The columns:
    # 位次, 单位, 指标数, 计入指标, 超/达/欠进度, 红灯, 黄灯, 平均欠进度, 报送率, 位次变化 against 2023Q2
    # (the last quarter), where the places were the same.
    assert out.splitlines()[1:] == [
        "1,丙局,7,3,5,0,0,0,0,0.0,100.0%,—,2023Q2,true",
        "2,甲局,4,2,1,1,2,0,2,2.5,100.0%,—,2023Q2,true",
        "未报,乙局,2,2,0,0,1,1,0,61.8,0.0%,—,2023Q2,true",
    ]

    code, out = run("reporting", "2023Q3", "--missing")
    assert code == 0
    # monthly figures are due on the 10th of the next month by default: 2023-10-10
    assert out == (
        "催报清单 · 2023年1-9月\n"
        "\n"
        "乙局:\n"
        "    贵单位 2023年1-9月 以下 2 项指标数据尚未报送,请按期报送:\n"
        "    1. 新增机器人 (robots, 台) · 截止 2023-10-10\n"
        "    2. 绿色低碳工厂 (factories, 家) · 截止 2023-10-10\n"
        # robots is red (its stale 1-6月 figure, 48.7 points behind) and no words say why:
        # owed an explanation too, apart from the figures (factories is grey, 未填报: not red)
        "\n"
        "须说明原因（红灯）\n"
        "\n"
        "乙局：\n"
        "    贵单位以下1项指标2023年1-9月为红灯，尚未说明滞后原因，请说明原因和下步措施：\n"
        "    1. 新增机器人 (robots)\n"
    )

"""A level that is a full-year total (issue 19, item 6): 年产值 is judged on December's figures
only; a part-year figure is a located warning, and the template asks for it only in December.
Mini's ``output`` (智能装备产业产值, 500 亿元 by 2027 from 300 at the end of 2022, linear) is
made a full-year total; every figure is worked out by hand in a comment."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import MINI
from tests.test_plausibility import run

HEAD = "schema_version: 1\nperiod: {period}\nsource: {{document: 测试, reported_by: ua}}\nrecords:\n"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(MINI, folder)
    plan = folder / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(
        text.replace(
            "    baseline: {value: 300, year: 2022}\n",
            "    baseline: {value: 300, year: 2022}\n    full_year: true\n",
        ),
        encoding="utf-8",
    )
    for old in (folder / "actuals").iterdir():
        old.unlink()
    # 340 亿元 for 2023, then 150 for 1-6月 of 2024 (half a year's output, no fall)
    (folder / "actuals" / "2023Q4.yaml").write_text(
        HEAD.format(period="2023Q4") + "  - {target: output, value: 340}\n", encoding="utf-8"
    )
    (folder / "actuals" / "2024Q2.yaml").write_text(
        HEAD.format(period="2024Q2") + "  - {target: output, value: 150}\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return folder


def test_a_part_year_figure_is_a_located_warning(data: Path) -> None:
    code, out, err = run("validate", "--data", "data", "--format", "parsable")
    # "  - {target: output, value: " is 4 + 1 + 16 + 7 = 28 characters: the figure at 5:29
    assert (code, out) == (0, "")
    assert err.splitlines() == [
        "data/actuals/2024Q2.yaml:5:29: [warning] output is a full-year total, judged on figures to"
        " December only: 150 亿元 of 2024Q2 covers part of the year and is not judged; report the"
        " year's figure at its end; if it is right, import it with --accept part-year, or add checked:"
        " [part-year] to the record (part-year)"
    ]


def test_judged_on_the_year_s_figure(data: Path) -> None:
    code, out, _ = run("check", "2024Q2", "--data", "data", "--format", "json")
    assert code == 0
    row = next(r for r in json.loads(out)["results"] if r["id"] == "output")
    # on 1-6月's 150 it would be (150 − 300)/(500 − 300) = −75%; on 2023's 340: (340 − 300)/200 =
    # 20%, against 12 of 60 months since end-2022 = 20% (2023's figure is the one owed at 2024Q2)
    assert (row["status"], row["completion_pct"], row["schedule_pct"], row["data_period"]) == (
        "on_track",
        20.0,
        20.0,
        "2023Q4",
    )
    code, out, _ = run("explain", "output", "2024Q2", "--data", "data")
    assert (
        "a full-year total: the figure of Jan-Jun 2024 (150 亿元) covers part of the year and is not judged"
        in out
    )


def test_the_template_asks_for_it_in_december_only(data: Path) -> None:
    def ids(period: str) -> list[str]:
        code, _, err = run("template", period, "--data", "data", "-o", f"{period}.xlsx")
        assert code == 0, err
        wb = openpyxl.load_workbook(f"{period}.xlsx")
        return [str(c.value) for ws in wb.worksheets[1:-1] for c in ws["A"][3:] if c.value]

    assert "output" not in ids("2024Q2")
    assert "output" in ids("2024Q4")
    ws = openpyxl.load_workbook("2024Q4.xlsx")["未指定牵头单位"]
    row = next(r for r in range(4, ws.max_row + 1) if ws.cell(row=r, column=1).value == "output")
    # 填报内容: the year's figure, not 最新值; 上期数: 2023's 340, the latest year's (not 1-6月's 150)
    assert [ws.cell(row=row, column=c).value for c in (4, 6, 7)] == ["2024年全年数", 340, "2023年1-12月"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "    kind: annual\n",
            "full_year is for level and share targets (a flow's figures are year-to-date)",
        ),
        (
            "    frequency: quarterly\n",
            "a full_year target is reported once a year: frequency annual, or none",
        ),
    ],
)
def test_full_year_is_checked(data: Path, line: str, message: str) -> None:
    plan = data / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    if "kind" in line:
        text = text.replace("    full_year: true\n", "    full_year: true\n    kind: annual\n").replace(
            "    kind: level\n    value: 500", "    value: 500"
        )
    else:
        text = text.replace("    full_year: true\n", "    full_year: true\n" + line)
    plan.write_text(text, encoding="utf-8")
    code, out, _ = run("validate", "--data", "data", "--format", "parsable")
    assert code == 1
    assert message in out

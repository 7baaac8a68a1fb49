"""Issue 24, item 8: the yearly 量化指标任务落实情况, ``brief YEAR --form implementation``.

tests/data/implementation (illustrative figures), worked by hand, 2024 (1-12月):

- land, annual ≥1800亩, 约束性: 130公顷 × 15 = 1950亩 ≥ 1800 → 完成; its note 按公顷报送
  (5 characters, at most 30: in the cell);
- gdp, growth 6%左右 (good: up), 预期性: 6.0 within 6 ± 0.3 → 完成; no note, its own source
  测试县统计公报 in the cell; the figure as typed, 6.0%, not 6%;
- robots, one_year ≥380台: 352 < 380 at the year's end → 未完成; its note of 44 characters goes
  under the table as 注3;
- firms, one_year ≥50家: no figure → 未填报;
- green-factories, one_year ≥10家: 11 at 1-9月, none at the year's end; a year-to-date total
  never falls, 11 ≥ 10 already → 完成, shown with its months;
- rd-share, share ≥3% due 2024: 3.2 at 1-9月, none at the year's end; a share can fall → 未填报;
- output, level due 2025: not due → left out (1 later);
- park, milestone: no 量化指标 → left out (1).

Counted: 6 rows, 完成 3 (land, gdp, green-factories), 未完成 1 (robots), 未填报 2 (firms,
rd-share).

examples/cn-gwr-2024 (real figures, tests/test_gwr_2024.py has each judgement): 7 targets in
targets.yaml; 6 have a 2024 record and each is met (5.0 ≥ 5 − 0.25; 1256 ≥ 1200; 5.1 ≤ 5.5;
0.2 ≤ 3; 5.1 within 5.0 ± 0.25; 14130亿斤 = 1.413万亿斤 ≥ 1.3); the energy cut has none → 未填报.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import REPO, TESTS
from tests.test_cli import run
from tests.test_pdf import needs_font, needs_poppler

DATA = TESTS / "data" / "implementation"
GWR = REPO / "examples" / "cn-gwr-2024"

BANNER = "注意：本报告含示意数据（非官方统计），仅供演示"

FIXTURE_ZH = f"""\
《测试县2024-2025年主要目标》2024年量化指标任务落实情况
{BANNER}
（数据截至2024年12月31日）

一、总体情况
6项量化指标中，完成3项，未完成1项：新增应用工业机器人；未填报2项：培育规上企业、研发经费占比。

二、分项落实情况
序号  指标                         目标        完成情况                           是否完成
1     ★低效工业用地改造（约束性）  1800亩以上  130公顷（合1950亩）（按公顷报送）  完成
2     地区生产总值增长（预期性）   6%左右      6.0%（测试县统计公报）             完成
3     新增应用工业机器人           380台       352台                              未完成
4     培育规上企业                 50家以上    —                                  未填报
5     新增绿色工厂                 10家以上    11家（2024年1-9月，年末数据未报）  完成
6     研发经费占比                 3%          3.2%（2024年1-9月，年末数据未报）  未填报
注明期间的数据为年末前最近一期数据（年末数据未报送）：累计数已达到目标的计为完成，其余按未填报计。
注3：两家龙头企业技改项目推迟至2025年一季度投产，原计划新增的60台机器人顺延，全年新增352台。
另有1项指标期限在2024年以后，尚未到期，不列入本表（进展见目标进展情况通报）。
另有1项节点任务、仅监测指标不属量化指标，不列入本表。

{BANNER}
"""

GWR_ROWS = [
    ["序号", "指标", "目标", "完成情况", "是否完成"],
    ["1", "国内生产总值增长", "5%左右", "5.0%", "完成"],
    ["2", "城镇新增就业", "1200万人以上", "1256万人", "完成"],
    ["3", "城镇调查失业率", "5.5%左右", "5.1%", "完成"],
    ["4", "居民消费价格涨幅", "3%左右", "0.2%", "完成"],
    ["5", "居民收入增长和经济增长同步", "居民收入增长和经济增长同步", "5.1%（对照5.0%）", "完成"],
    ["6", "粮食产量", "1.3万亿斤以上", "14130亿斤（合1.413万亿斤）", "完成"],
    ["7", "单位国内生产总值能耗降低率", "2.5%左右", "—", "未填报"],
]
GWR_SUMMARY = "7项量化指标中，完成6项，未填报1项：单位国内生产总值能耗降低率。"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    monkeypatch.chdir(folder)
    return folder


def test_the_table_worked_by_hand(data: Path) -> None:
    result = run("brief", "2024", "--form", "implementation")
    assert result.exit_code == 0, result.output
    assert result.output == FIXTURE_ZH


def test_the_table_in_english(data: Path) -> None:
    result = run("brief", "2024", "--form", "implementation", "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Quantified targets of Test county's main targets 2024-2025: implementation in 2024"
    assert "Of 6 quantified targets: 3 met; 1 missed: Robots; 2 not reported: Firms, R&D share." in lines
    assert any(
        re.fullmatch(
            r"1 +★Land renovated \(binding\) +≥1,800 mu +130 ha \(= 1950 mu\) \(按公顷报送\) +met", x
        )
        for x in lines
    )
    assert any(
        re.fullmatch(
            r"5 +Green factories +≥10 firms +11 firms \(Jan-Sep 2024; none for the year's end\) +met", x
        )
        for x in lines
    )


def test_every_outcome_of_2024_met_but_the_one_not_recorded() -> None:
    result = run("brief", "2024", "--form", "implementation", "--data", str(GWR))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "《2024年国务院政府工作报告主要预期目标》量化指标任务落实情况"  # its year once
    assert BANNER not in result.output  # real figures: no banner
    assert lines[4] == GWR_SUMMARY
    table = lines[7:15]
    assert [re.split(r" {2,}", x) for x in table] == GWR_ROWS
    # the long notes quoted whole under the table, by 序号: the GDP record's, the jobs' source
    assert lines[15] == '注1：按不变价格计算;国家统计局2025-01-17发布为"比上年增长5.0%"。At constant prices.'
    assert (
        lines[16]
        == '注2：政府工作报告(2025年3月5日),一、2024年工作回顾:"城镇新增就业1256万人"(《祖国》杂志摘要)'
    )
    assert lines[-1] == "注6：2024年全国粮食总产量14130亿斤(70650万吨),即1.413万亿斤。"


def test_all_met_is_said_in_one_line(tmp_path: Path) -> None:
    """Without the energy cut (the one target with no figure) the six left are all met."""
    folder = tmp_path / "gwr"
    shutil.copytree(GWR, folder)
    plan = folder / "targets.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text[: text.index("  - id: energy-intensity-cut")], encoding="utf-8")
    result = run("brief", "2024", "--form", "implementation", "--data", str(folder))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[4] == "6项量化指标全部完成。"


def test_rui_an_2023_counts_a_restatement_once() -> None:
    """Rui'an's 2023: 83 targets due in 2023 (the 142 of the year less 30 due later and 29
    milestones), as check judges them: 72 achieved, 10 missed, 1 no figure. Counted with each
    restatement (◇) once, by the worse of the pair (results.counted): 63, of which 53 met, 9
    missed (新增应用工业机器人 and its ◇ restatement for 2023 are one), 1 not reported."""
    result = run("brief", "2023", "--form", "implementation", "--data", str(REPO / "data"))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[5].startswith(
        "63项量化指标中，完成53项，未完成9项：★万亩千亿平台固定资产投资、腾出用地空间、"
    )
    assert lines[5].endswith("；未填报1项：新增示范孵化基地。")
    assert sum(1 for x in lines if re.match(r"\d+ ", x)) == 83
    assert sum(1 for x in lines if re.match(r"\d+ .* 未完成$", x)) == 10
    assert "◇为复述另一指标，两者只计一项，按较差的判定计。" in lines
    # 每年培育品字标浙江制造认证企业2家、浙江出口名牌2个、浙江制造精品3个: each its own figure
    rows = {x.split()[1]: x.split()[2] for x in lines if re.match(r"1[456] ", x)}
    assert rows == {"品字标浙江制造认证企业": "2家", "浙江出口名牌": "2个", "浙江制造精品": "3个"}
    assert "另有30项指标期限在2023年以后，尚未到期，不列入本表（进展见目标进展情况通报）。" in lines
    assert "另有29项节点任务、仅监测指标不属量化指标，不列入本表。" in lines
    assert lines[1] == BANNER
    assert lines[-1] == BANNER


@pytest.mark.parametrize("period", ["2024Q2", "2024H1", "2024-06", "2024Q4"])
def test_a_period_within_the_year_is_refused(data: Path, period: str) -> None:
    """是否完成 is known at the year's end; 2024Q4 is 1-12月 too, but the table is of the year:
    it asks for 2024, as written."""
    result = run("brief", period, "--form", "implementation", "--lang", "en")
    assert result.exit_code == 2
    assert result.output == (
        f"plan415x: error: {period}: the implementation table is of a whole year (met or missed is"
        f" known at the year's end): give 2024; within the year, the progress brief judges against"
        f" the schedule: plan415x brief {period} -o FILE\n"
    )


def test_the_brief_still_needs_a_file(data: Path) -> None:
    result = run("brief", "2024", "--lang", "en")
    assert result.exit_code == 2
    assert result.output == (
        "plan415x: error: brief --form progress writes a file: give -o FILE.md, FILE.docx or FILE.pdf\n"
    )


def test_as_published_is_the_briefs(data: Path) -> None:
    result = run("brief", "2024", "--form", "implementation", "--as-published", "--lang", "en")
    assert result.exit_code == 2
    assert "--as-published is of the progress brief" in result.output


def test_markdown(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.md"
    result = run("brief", "2024", "--form", "implementation", "-o", str(out), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert (
        result.output
        == f"wrote {out}: 6 quantified targets\nNOTE: this report uses ILLUSTRATIVE sample figures, not official statistics\n"
    )
    run("brief", "2024", "--form", "implementation", "-o", str(out), "--force")
    md = out.read_text(encoding="utf-8").splitlines()
    assert md[:3] == ["# 《测试县2024-2025年主要目标》2024年量化指标任务落实情况", "", f"> **{BANNER}**"]
    assert (
        "6项量化指标中，完成3项，未完成1项：新增应用工业机器人；未填报2项：培育规上企业、研发经费占比。" in md
    )
    head = md.index("| 序号 | 指标 | 目标 | 完成情况 | 是否完成 |")
    assert (
        md[head + 2]
        == "| 1 | ★低效工业用地改造（约束性） | 1800亩以上 | 130公顷（合1950亩）（按公顷报送） | 完成 |"
    )
    assert md[head + 4] == "| 3 | 新增应用工业机器人 | 380台 | 352台 | 未完成 |"
    assert md[-1] == f"> **{BANNER}**"


def test_nothing_is_overwritten_without_force(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "t.md"
    out.write_text("mine", encoding="utf-8")
    result = run("brief", "2024", "--form", "implementation", "-o", str(out), "--lang", "en")
    assert result.exit_code == 2
    assert result.output == f"plan415x: error: {out} already exists; give --force to replace it\n"
    assert out.read_text(encoding="utf-8") == "mine"


def test_docx_read_back() -> None:
    import io

    from docx import Document

    from plan415x.engine import Engine
    from plan415x.loading import load_dataset
    from plan415x.periods import Period
    from plan415x.reports.brief_docx import to_docx
    from plan415x.reports.implementation import build
    from plan415x.views.implementation import implementation_view

    dataset, problems = load_dataset(GWR)
    assert dataset is not None
    assert not problems
    engine = Engine(dataset)
    view = implementation_view(engine, engine.report(Period.parse("2024"), changes=False))
    doc = Document(io.BytesIO(to_docx(build(view, "zh"), "zh")))
    (table,) = doc.tables
    assert [[c.text for c in row.cells] for row in table.rows] == GWR_ROWS
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "《2024年国务院政府工作报告主要预期目标》量化指标任务落实情况"
    assert GWR_SUMMARY in texts
    assert "注6：2024年全国粮食总产量14130亿斤(70650万吨),即1.413万亿斤。" in texts
    assert doc.core_properties.comments == ""  # no banner: real figures


@needs_poppler
@needs_font
def test_pdf_read_back(tmp_path: Path) -> None:
    out = tmp_path / "gwr.pdf"
    result = run("brief", "2024", "--form", "implementation", "--data", str(GWR), "-o", str(out))
    assert result.exit_code == 0, result.output
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True
    ).stdout
    flat = re.sub(r"\s+", "", text.decode("utf-8"))
    assert "《2024年国务院政府工作报告主要预期目标》量化指标任务落实情况" in flat
    assert GWR_SUMMARY in flat
    # A row whose cells fit their width reads as one run of text; a cell wrapped onto a second
    # line interleaves with its neighbours' (pdftotext reads line by line): the row's run, from
    # where it starts, holds the same characters in another order.
    for row in GWR_ROWS[:5]:
        assert "".join(row) in flat
    for row in GWR_ROWS[5:]:
        whole = "".join(row)
        at = flat.index(row[0] + row[1][:3])
        assert sorted(flat[at : at + len(whole)]) == sorted(whole)


def _only(data: Path, *ids: str) -> None:
    """The plan with only the targets ``ids``, the figures of 2024 with only theirs."""
    text = (data / "targets.yaml").read_text(encoding="utf-8")
    head, body = text.split("targets:\n")
    kept = [t for t in body.split("  - id: ")[1:] if t.split("\n")[0] in ids]
    (data / "targets.yaml").write_text(
        head + "targets:\n" + "".join("  - id: " + t for t in kept), encoding="utf-8"
    )
    (data / "actuals" / "2024Q3.yaml").unlink()
    path = data / "actuals" / "2024.yaml"
    text = path.read_text(encoding="utf-8")
    record = "  - {target: output, value: 460}\n" if "output" in ids else "  []\n"
    path.write_text(text[: text.index("records:")] + "records:\n" + record, encoding="utf-8")


def test_a_year_with_one_target_due(data: Path) -> None:
    """2025: of output (≥500亿元 by 2025; 460 at the end of 2024, none of 2025) and park (a
    milestone of 2024) only output is due; a level's figure of 2024 says nothing of 2025: 未填报,
    the figure shown with its period."""
    _only(data, "output", "park")
    result = run("brief", "2025", "--form", "implementation", "--lang", "en")
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "Of 1 quantified targets: 0 met; 1 not reported: Industrial output." in lines
    assert any(
        re.fullmatch(
            r"1 +Industrial output +≥500 100m yuan \(2025\) +460 100m yuan"
            r" \(Jan-Dec 2024; none for the year's end\) +not reported",
            x,
        )
        for x in lines
    )


def test_a_year_with_nothing_due(data: Path) -> None:
    """2025 with park alone (a milestone of 2024): nothing is due, said once, no empty table or section."""
    _only(data, "park")
    result = run("brief", "2025", "--form", "implementation")
    assert result.exit_code == 0, result.output
    assert result.output == (
        "《测试县2024-2025年主要目标》2025年量化指标任务落实情况\n\n一、总体情况\n本年度无到期的量化指标。\n"
    )

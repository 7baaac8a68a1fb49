"""plan415x brief: the 通报 draft, from the Report check prints (never recomputed), the
reporting module's 报送情况 and, for a year with a scoring.yaml, the score: the .md exact
(golden), the .docx read back with python-docx (headings, the red list, 报送情况, 年度考评,
fonts, A4, page numbers). Data: tests/data/mini with tests/data/streak (robots red two periods
running); tests/data/score for the scoring section."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.test_cli import golden, run
from tests.test_leader_view import streak_data

SCORE = Path(__file__).parent / "data" / "score"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = streak_data(tmp_path / "data")
    monkeypatch.chdir(folder)
    return folder


def test_markdown_is_golden(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.md"
    result = run("brief", "2023Q4", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    golden("brief-2023Q4.md", text)
    golden("brief-2023Q4-en.md", _written(run, "2023Q4", tmp_path / "en.md", "--lang", "en"))
    # The order of a 通报
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads == [
        "## 一、总体情况",
        "## 二、主要进展",
        "## 三、存在问题",
        "## 四、单位排名",
        "## 五、报送情况",
        "## 六、下步要求",
        "## 附件1",
    ]
    # The illustrative banner opens and closes it
    assert text.count("注意：本报告含示意数据（非官方统计），仅供演示") == 2
    # 13 counted: 4 green (4/13 = 30.8%), 2 yellow (15.4%), 1 red (7.7%), 6 grey (46.2%)
    assert (
        "纳入评价的指标共13项。其中绿灯4项，占30.8%，黄灯2项，占15.4%，红灯1项，占7.7%，灰灯6项，占46.2%"
        in text
    )
    # robots: 200 of 380, 52.6%, 100 − 52.6 = 47.4 points behind, red at 1-9月 and 1-12月
    assert (
        "1. 新增机器人（乙局）：1-12月累计200台，目标≥380台，完成率52.6%，序时进度100%，"
        "低于序时进度47.4个百分点，连续2期红灯。<br>（未说明原因）"
    ) in text
    # What the tool cannot know is marked, never made up; 报送情况 is wired (no 【待接入】)
    assert "【待填写】下步工作要求由分析人员撰写" in text
    assert "【待接入】" not in text
    # 报送情况 at 1-12月, as plan415x reporting 2023Q4 counts it (due the 10th of January):
    # 甲局 owes land, digital-growth, demo-zone, energy-cap: land came 2024-01-15 (late), 3
    # missing: 1/4 = 25.0%, on time 0/1 = 0.0%; 乙局 robots (2024-01-20, late) and factories
    # (missing): 1/2 = 50.0%; 丙局 projects (late), rd-share and big-projects missing: 1/3 =
    # 33.3%. Together 4 + 2 + 3 = 9 due, 3 received (all late), 6 missing, from 3 units.
    section = text[text.index("## 五、报送情况") : text.index("## 六、下步要求")]
    assert (
        "本期应报指标数据9项，已报3项（按时0项、逾期3项、未注明日期0项），未报6项，涉及3个单位。" in section
    )
    assert "| 甲局 | 4 | 1 | 0 | 1 | 0 | 3 | 25.0% | 0.0% |" in section
    assert "| 乙局 | 2 | 1 | 0 | 1 | 0 | 1 | 50.0% | 0.0% |" in section
    assert "| 丙局 | 3 | 1 | 0 | 1 | 0 | 2 | 33.3% | 0.0% |" in section
    assert "1. 甲局未报3项（截止2024年1月10日）：★数字经济增长、★省数字经济示范区、能耗上限。" in section
    assert "2. 乙局未报1项（截止2024年1月10日）：绿色低碳工厂。" in section
    # rd-share: its stale 1-6月 figure keeps it achieved in check, but 1-12月's is missing
    assert "3. 丙局未报2项（截止2024年1月10日）：研发占比、重大制造业项目。" in section
    # output, productivity, loans, ev-output name no unit and the plan has no default owner
    assert "另有4项指标方案未指定牵头单位，不在应报之列。" in section
    # The same table as plan415x reporting prints (its figures, its words)
    table = run("reporting", "2023Q4").output
    assert "甲局     4     1     0     1           0     3   25.0%    0.0%" in table
    # No year, no scoring section (2023Q4 is 1-12月 too, but the score is for `brief 2023`)
    assert "年度考评" not in text


def _written(runner, period: str, path: Path, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = runner("brief", period, "-o", str(path), *args)
    assert result.exit_code == 0, result.output
    return path.read_text(encoding="utf-8")


def _sections(text: str) -> dict[str, str]:
    """The draft's sections by title (``## 五、报送情况`` → ``报送情况``)."""
    parts = re.split(r"^## (?:.、(.+)|(附件\d+))$", text, flags=re.M)
    return dict(
        zip([a or b for a, b in zip(parts[1::3], parts[2::3], strict=True)], parts[3::3], strict=True)
    )


def _percents(text: str) -> list[str]:
    return re.findall(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)%", text)


def test_every_number_is_the_reports(data: Path, tmp_path: Path) -> None:
    """Each % in the draft is one of its source's: check's JSON (figures, shares of the
    counted), reporting's JSON in 报送情况 (rate and timeliness): nothing computed apart."""
    import json

    text = _written(run, "2023Q4", tmp_path / "b.md")
    sections = _sections(text)
    doc = json.loads(run("check", "2023Q4", "--format", "json").output)
    figures = set()
    for r in doc["results"]:
        for key in ("actual", "target", "expected", "completion_pct", "schedule_pct", "gap_points"):
            if r[key] is not None:
                figures |= {round(abs(r[key]), 1), round(abs(r[key]), 2)}
    shares = {round(n / 13 * 100, 1) for n in range(14)}  # shares of the 13 counted
    # The plan's own goals, as the yellows named in 存在问题 write them (劳动生产率 目标+10%).
    import yaml

    plan = yaml.safe_load((data / "targets.yaml").read_text(encoding="utf-8"))
    figures |= {float(t["value"]) for t in plan["targets"] if isinstance(t.get("value"), (int, float))}
    rep = json.loads(run("reporting", "2023Q4", "--format", "json").output)
    rates = {round(u[k], 1) for u in rep["units"] for k in ("rate_pct", "timeliness_pct") if u[k] is not None}
    checked = 0
    for title, body in sections.items():
        if title == "报送情况":
            continue
        # 单位排名 shows each unit's 报送率 beside its place (issue 21): reporting's
        allowed = figures | shares | (rates if title == "单位排名" else set())
        for number in _percents(body):
            assert float(number.replace(",", "")) in allowed, (title, number)
            checked += 1
    assert checked >= 10
    assert rates == {25.0, 50.0, 33.3, 0.0}
    found = _percents(sections["报送情况"])
    assert sorted(float(n) for n in found) == sorted([25.0, 0.0, 50.0, 0.0, 33.3, 0.0])
    assert {float(n) for n in found} <= rates


def test_year_brief_has_the_score(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """brief 2023 on tests/data/score (a scoring.yaml): 六、年度考评 from plan415x score 2023,
    every % of it one of the score's (tests/test_score.py computes them by hand)."""
    import json

    folder = shutil.copytree(SCORE, tmp_path / "data")
    monkeypatch.chdir(folder)
    text = _written(run, "2023", tmp_path / "b.md")
    golden("brief-2023-score.md", text)
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## 一、总体情况",
        "## 二、主要进展",
        "## 三、存在问题",
        "## 四、单位排名",
        "## 五、报送情况",
        "## 六、年度考评",
        "## 七、下步要求",
        "## 附件1",
    ]
    section = _sections(text)["年度考评"]
    # 乙局 20.50 of 23.00 = 89.1%, first; 甲局 0.00 of 5.00 = 0%, last (丙局 12.50/19.00 = 65.8%);
    # land's 9.50 went to 乙局 with land-2023, the year's restatement of it (tests/test_score.py)
    assert "参评单位3个；第一：乙局20.50/23.00（89.1%）；末位：甲局0.00/5.00（0.0%）。" in section
    assert "| 2 | 丙局 | 12.50 | 19.00 | 65.8% | 3 |" in section
    # The deductions by rule, summed over the units as the score adds them: shortfall 甲局 −2.00
    # and 丙局 −5.00 = −7.00 (乙局's 0.00 waived); late −1.00 −1.00 −0.50 −0.50 = −3.00, …
    assert "扣分：未完成扣分−7.00，迟报−3.00，红灯−3.00，漏报−2.00，黄灯−2.00，封顶−0.50。" in section
    score = json.loads(run("score", "2023", "--format", "json").output)
    rates = {u["rate_pct"] for u in score["units"]}
    assert {float(n) for n in _percents(section)} == rates == {89.1, 65.8, 0.0}
    # 1-12月 of 2023Q4 is the same months, but only the year is scored
    assert "年度考评" not in _written(run, "2023Q4", tmp_path / "q4.md")


def test_year_brief_without_scoring_or_with_a_bad_one(data: Path, tmp_path: Path) -> None:
    text = _written(run, "2023", tmp_path / "b.md")  # the streak data has no scoring.yaml
    assert "年度考评" not in text
    (data / "scoring.yaml").write_text("schema_version: 1\nrules: oops\n", encoding="utf-8")
    result = run("brief", "2023", "-o", str(tmp_path / "c.md"))
    assert result.exit_code == 1
    assert result.output.startswith("scoring.yaml\n")
    assert "rules: input should be a list (got 'oops')  (wrong-type)" in result.output
    assert not (tmp_path / "c.md").exists()


def test_default_owner_is_marked(data: Path, tmp_path: Path) -> None:
    """With default_owner: ua and robots stripped of its unit, the five targets that name no
    unit are 甲局's, marked (默认) wherever an owner is named, and a line says what it means."""
    targets = data / "targets.yaml"
    text = targets.read_text(encoding="utf-8").replace("targets:\n", "default_owner: ua\ntargets:\n", 1)
    text = text.replace("    hedge: strive\n    responsible: [ub]\n", "    hedge: strive\n", 1)
    targets.write_text(text, encoding="utf-8")
    text = _written(run, "2023Q4", tmp_path / "b.md")
    assert "1. 新增机器人（甲局）：1-12月累计200台" in text  # red, by default 甲局's
    assert "★低效工业用地改造（甲局）：" in text
    # (默认) stays out of the 通报 that goes out: the 附件 says which are (robots is 序号2, the
    # four that name no unit 7, 9, 12 and 13, in the plan's order as 附件1 lists them)
    assert "默认）" not in text
    assert "序号2、7、9、12、13的指标方案未指定责任单位，由默认牵头单位甲局负责。" in _sections(text)["附件1"]
    section = _sections(text)["报送情况"]
    # 甲局 owes its 4 and by default output, productivity, loans, ev-output and robots (monthly,
    # due 10 January): 9; received land and robots (both late): 2/9 = 22.2%, on time 0/2 = 0.0%.
    # 乙局 owes factories alone, missing: 0/1 = 0.0%, timeliness — (nothing dated came in).
    assert "| 甲局 | 9 | 2 | 0 | 2 | 0 | 7 | 22.2% | 0.0% |" in section
    assert "| 乙局 | 1 | 0 | 0 | 0 | 0 | 1 | 0.0% | — |" in section
    assert "1. 甲局未报3项（截止2024年1月10日）：★数字经济增长、★省数字经济示范区、能耗上限。" in section
    assert (
        "2. 甲局作为默认牵头单位未报4项（截止2024年1月10日）："
        "智能装备产值、劳动生产率、制造业中长期贷款、新能源汽车产值。"
    ) in section
    assert "未指定牵头单位" not in section  # every target has an owner now
    en = _written(run, "2023Q4", tmp_path / "en.md", "--lang", "en")
    assert "1. Robots (Bureau A (default)): " in en
    assert "(default) = no unit named by the plan, the plan's default owner leads" in en


def test_names_from_the_data_are_escaped(data: Path, tmp_path: Path) -> None:
    targets = data / "targets.yaml"
    targets.write_text(
        targets.read_text(encoding="utf-8").replace("name_zh: 新增机器人", "name_zh: '新增<b>机器人</b>|x'"),
        encoding="utf-8",
    )
    text = _written(run, "2023Q4", tmp_path / "b.md")
    assert "新增&lt;b&gt;机器人&lt;/b&gt;\\|x" in text
    assert "<b>" not in text


def test_refusals(data: Path, tmp_path: Path) -> None:
    assert run("brief", "2023Q4", "-o", str(tmp_path / "b.txt")).exit_code == 2
    assert run("brief", "2023Q4", "-o", str(data / "b.md")).exit_code == 2
    assert run("brief", "2023Q4", "-o", str(tmp_path / "no" / "b.md")).exit_code == 2
    out = tmp_path / "b.md"
    assert run("brief", "2023Q4", "-o", str(out)).exit_code == 0
    assert run("brief", "2023Q4", "-o", str(out)).exit_code == 2
    assert run("brief", "2023Q4", "-o", str(out), "--force").exit_code == 0
    assert run("brief", "2031", "-o", str(tmp_path / "c.md")).exit_code == 2


def _docx(path: Path):  # type: ignore[no-untyped-def]
    import docx

    return docx.Document(str(path))


def test_docx_reads_back_with_the_gongwen_look(data: Path, tmp_path: Path) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    out = tmp_path / "brief.docx"
    result = run("brief", "2023Q4", "-o", str(out))
    assert result.exit_code == 0, result.output
    doc = _docx(out)
    section = doc.sections[0]
    # A4, 37 mm top and 28 mm left margins (Word stores twips: 210 mm is 11906, within 0.1 mm)
    for got, want in (
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, 37),
        (section.left_margin, 28),
    ):
        assert got is not None
        assert abs(got - Mm(want)) < Mm(0.1)
    paragraphs = doc.paragraphs
    # The banner first, then the title (2号 = 22 pt, 方正小标宋简体 for East Asian text too)
    assert paragraphs[0].text == "注意：本报告含示意数据（非官方统计），仅供演示"
    title = paragraphs[1]
    assert title.style.name == "Title"
    assert title.text == "关于《测试计划(2023-2027年)》2023年1-12月目标进展情况的通报"
    run0 = title.runs[0]
    assert run0.font.size == Pt(22)
    assert run0._r.rPr.rFonts.get(qn("w:eastAsia")) == "方正小标宋简体"
    # Headings: 黑体 for the first level, 楷体 for the second
    heads = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert heads == [
        "一、总体情况",
        "二、主要进展",
        "三、存在问题",
        "四、单位排名",
        "五、报送情况",
        "六、下步要求",
    ]
    h1 = next(p for p in paragraphs if p.style.name == "Heading 1")
    assert h1.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "黑体"
    subs = [p.text for p in paragraphs if p.style.name == "Heading 2"]
    assert subs == ["本期新完成：", "红灯指标：", "黄灯指标：", "前三位：", "未报送的单位及指标："]
    h2 = next(p for p in paragraphs if p.style.name == "Heading 2")
    assert h2.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "楷体_GB2312"
    # Body: 3号 = 16 pt 仿宋_GB2312 (East Asian and Latin), on a fixed 28.95 pt line
    red = next(p for p in paragraphs if "新增机器人" in p.text)
    assert red.text == (
        "1.新增机器人（乙局）：1-12月累计200台，目标≥380台，完成率52.6%，序时进度100%，"
        "低于序时进度47.4个百分点，连续2期红灯。\n（未说明原因）"  # a line break (w:br)
    )
    body = red.runs[0]
    assert body.font.size == Pt(16)
    fonts = body._r.rPr.rFonts
    assert (fonts.get(qn("w:eastAsia")), fonts.get(qn("w:ascii"))) == ("仿宋_GB2312", "仿宋_GB2312")
    assert red.paragraph_format.line_spacing == Pt(28.95)
    normal = doc.styles["Normal"].element.rPr.rFonts
    assert normal.get(qn("w:eastAsia")) == "仿宋_GB2312"
    # The placeholders are there, marked (highlighted)
    nexts = [p for p in paragraphs if "【待填写】下步工作要求" in p.text]
    assert len(nexts) == 1
    mark = next(r for r in nexts[0].runs if r.text == "【待填写】")
    assert mark.font.highlight_color is not None
    # The ranking table: head and the two units ranked, as rank ranks them (甲局 has one counted
    # target of the 2 needed: 不参与排名)
    table = doc.tables[1]
    assert [c.text for c in table.rows[0].cells] == [
        "位次",
        "单位",
        "指标数",
        "计入指标",
        "超/达/欠进度",
        "红/黄灯",
        "平均欠进度",
        "报送率",
        "位次变化",
    ]
    assert [table.rows[i].cells[1].text for i in (1, 2)] == ["丙局", "乙局"]
    # Page numbers: a PAGE field in the footer
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer_xml
    assert 'w:fldCharType="begin"' in footer_xml
    # The font table says what each 公文 font falls back to
    import zipfile

    fonts_xml = zipfile.ZipFile(out).read("word/fontTable.xml").decode("utf-8")
    assert '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in fonts_xml
    assert '<w:font w:name="方正小标宋简体"><w:altName w:val="黑体"/>' in fonts_xml


def test_docx_english(data: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.docx"
    assert run("brief", "2023Q4", "-o", str(out), "--lang", "en").exit_code == 0
    doc = _docx(out)
    heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert heads == [
        "1. Overall",
        "2. Progress",
        "3. Problems",
        "4. Units ranked",
        "5. Reporting",
        "6. Next steps",
    ]
    assert any(p.text.startswith("[TO BE WRITTEN]") for p in doc.paragraphs)


def test_check_never_imports_docx_or_openpyxl() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from plan415x.cli import app; "
        "import plan415x.cli.brief, plan415x.cli.report; "
        "print(sorted(m for m in ('docx', 'openpyxl', 'lxml') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_docx_reporting_and_score_sections(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """brief 2023 -o .docx on tests/data/score: 五、报送情况 and 六、年度考评 read back, the
    nine-column table in 五号 (10.5 pt) with widths that sum to the 156 mm text block."""
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    folder = shutil.copytree(SCORE, tmp_path / "data")
    monkeypatch.chdir(folder)
    out = tmp_path / "brief.docx"
    result = run("brief", "2023", "-o", str(out))
    assert result.exit_code == 0, result.output
    doc = _docx(out)
    heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert heads[4:] == ["五、报送情况", "六、年度考评", "七、下步要求"]
    texts = [p.text for p in doc.paragraphs]
    # 甲局 owes 3 and sent 2 on time (output missing): 2/3 = 66.7%; 乙局 and 丙局 3 of 3
    assert "本期应报指标数据9项，已报8项（按时8项、逾期0项、未注明日期0项），未报1项，涉及1个单位。" in texts
    assert "1.甲局未报1项（截止2024年1月10日）：工业产值。" in texts
    assert "参评单位3个；第一：乙局20.50/23.00（89.1%）；末位：甲局0.00/5.00（0.0%）。" in texts
    reporting = next(t for t in doc.tables if t.rows[0].cells[0].text == "单位")
    assert [c.text for c in reporting.rows[1].cells] == [
        "甲局",
        "3",
        "2",
        "2",
        "0",
        "0",
        "1",
        "66.7%",
        "100.0%",
    ]
    cell_run = reporting.rows[1].cells[7].paragraphs[0].runs[0]
    assert cell_run.font.size == Pt(10.5)
    assert cell_run._r.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312"
    widths = [c.width for c in reporting.columns]
    assert all(w is not None for w in widths)
    assert abs(sum(w for w in widths if w is not None) - Mm(156)) < Mm(0.1)
    # 100.0% never breaks: a column of figures is at least as wide as its widest, at 0.6 em a
    # character (10.5 pt: an em is 3.70 mm) and 1 mm to spare, 6 × 0.6 × 3.70 + 1 = 14.3 mm,
    # with the cell's 3.8 mm of margins 18.1 mm; the room left goes by the widest text, so
    # 未注明日期 (5 characters) is wider than 应报 (2)
    assert all(w is not None and w >= Mm(18.1) for w in widths[7:])
    assert widths[5] is not None
    assert widths[1] is not None
    assert widths[5] > widths[1]
    score = next(t for t in doc.tables if t.rows[0].cells[0].text == "位次" and len(t.columns) == 6)
    assert [[c.text for c in row.cells] for row in score.rows] == [
        ["位次", "单位", "得分", "满分", "得分率", "指标数"],
        ["1", "乙局", "20.50", "23.00", "89.1%", "3"],
        ["2", "丙局", "12.50", "19.00", "65.8%", "3"],
        ["3", "甲局", "0.00", "5.00", "0.0%", "1"],
    ]
    assert score.rows[1].cells[2].paragraphs[0].runs[0].font.size == Pt(12)  # six columns: 小四


def test_the_brief_of_an_unfinished_year_has_a_provisional_score(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # brief 2023 on 20 July: the 通报 is written, its 年度考评 section titled 暂定 and saying why
    # (the provisional score of tests/test_score.py: 丙局 12.50/19.00 = 65.8% first, 甲局 0.50/5.00
    # = 10% last, its land counted as 乙局's land-2023), never a finished-looking score.
    folder = shutil.copytree(SCORE, tmp_path / "data")
    monkeypatch.chdir(folder)
    out = tmp_path / "b.md"
    result = run("brief", "2023", "-o", str(out), env={"PLAN415X_TODAY": "2023-07-20"})
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "## 六、年度考评（暂定）" in text
    section = _sections(text)["年度考评（暂定）"]
    assert "> 暂定得分（非最终）：2023年度未结束（今天2023年7月20日），数据截至6月（2023年1-6月）" in section
    assert "参评单位3个；第一：丙局12.50/19.00（65.8%）；末位：甲局0.50/5.00（10.0%）。" in section
    assert "plan415x" not in section  # the 通报 goes out: no command in it
    docx = tmp_path / "b.docx"
    assert run("brief", "2023", "-o", str(docx), env={"PLAN415X_TODAY": "2023-07-20"}).exit_code == 0
    from docx import Document

    paragraphs = [p.text for p in Document(str(docx)).paragraphs]
    assert any(p.endswith("年度考评（暂定）") for p in paragraphs)
    assert any(p.startswith("暂定得分（非最终）：2023年度未结束") for p in paragraphs)


def test_the_brief_of_a_year_with_nothing_to_score_yet_has_no_score(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1 February: nothing of 2023 has ended, no score at all: the draft is written without 年度考评
    # (the same sections as for 2023Q4) and stderr says why.
    folder = shutil.copytree(SCORE, tmp_path / "data")
    monkeypatch.chdir(folder)
    out = tmp_path / "b.md"
    result = run("brief", "2023", "-o", str(out), env={"PLAN415X_TODAY": "2023-02-01"})
    assert result.exit_code == 0, result.output
    assert result.output.startswith("plan415x: no 年度考评: 2023 is not over (today is 2023-02-01)")
    assert "年度考评" not in out.read_text(encoding="utf-8")

"""plan415x brief: the 通报 draft, from the Report check prints (never recomputed): the .md
exact (golden), the .docx read back with python-docx (headings, the red list, fonts, A4, page
numbers). Data: tests/data/mini with tests/data/streak (robots red two periods running)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_cli import golden, run
from tests.test_leader_view import streak_data


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
    ]
    # The illustrative banner opens and closes it
    assert text.count("注意: 本报告含示意数据(非官方统计),仅供演示") == 2
    # 13 counted: 4 green (4/13 = 30.8%), 2 yellow (15.4%), 1 red (7.7%), 6 grey (46.2%)
    assert (
        "纳入评价的指标共 13 项。其中绿灯 4 项, 占 30.8%, 黄灯 2 项, 占 15.4%, 红灯 1 项, 占 7.7%, 灰灯 6 项, 占 46.2%"
        in text
    )
    # robots: 200 of 380, 52.6%, 100 − 52.6 = 47.4 points behind, red at 1-9月 and 1-12月
    assert (
        "1. 新增机器人(乙局): 1-12月累计200台, 目标≥380台, 完成率52.6%, 序时进度100%,"
        " 低于序时进度47.4个百分点, 连续2期红灯。"
    ) in text
    # What the tool cannot know is marked, never made up
    assert "【待填写】下步工作要求由分析人员撰写" in text
    assert "【待接入】" in text
    # 未填报 at 1-12月 by lead unit: 甲局 energy-cap, digital-growth, demo-zone; 乙局 factories;
    # 丙局 big-projects (stale 1-6月 figures owed again at the year end)
    assert "1. 甲局(3 项): 能耗上限、★数字经济增长、★省数字经济示范区" in text
    assert "2. 乙局(1 项): 绿色低碳工厂" in text


def _written(runner, period: str, path: Path, *args: str) -> str:  # type: ignore[no-untyped-def]
    result = runner("brief", period, "-o", str(path), *args)
    assert result.exit_code == 0, result.output
    return path.read_text(encoding="utf-8")


def test_every_number_is_the_reports(data: Path, tmp_path: Path) -> None:
    """Each number in the draft appears in check's JSON (figures, shares, gaps) or is a count,
    a year, a period or a rank: nothing computed apart."""
    import json

    text = _written(run, "2023Q4", tmp_path / "b.md")
    doc = json.loads(run("check", "2023Q4", "--format", "json").output)
    figures = set()
    for r in doc["results"]:
        for key in ("actual", "target", "expected", "completion_pct", "schedule_pct", "gap_points"):
            if r[key] is not None:
                figures |= {round(abs(r[key]), 1), round(abs(r[key]), 2)}
    for number in re.findall(r"(?<![\d.])(\d[\d,]*(?:\.\d+)?)%", text):
        value = float(number.replace(",", ""))
        shares = {round(n / 13 * 100, 1) for n in range(14)}  # shares of the 13 counted
        assert value in figures or value in shares, number


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
    assert paragraphs[0].text == "注意: 本报告含示意数据(非官方统计),仅供演示"
    title = paragraphs[1]
    assert title.style.name == "Title"
    assert title.text == "关于测试计划(2023-2027年)2023年1-12月目标进展情况的通报(草稿)"
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
    assert subs == ["已完成:", "前三位:"]
    h2 = next(p for p in paragraphs if p.style.name == "Heading 2")
    assert h2.runs[0]._r.rPr.rFonts.get(qn("w:eastAsia")) == "楷体_GB2312"
    # Body: 3号 = 16 pt 仿宋_GB2312 (East Asian and Latin), on a fixed 28.95 pt line
    red = next(p for p in paragraphs if "新增机器人" in p.text)
    assert red.text == (
        "1.新增机器人(乙局): 1-12月累计200台, 目标≥380台, 完成率52.6%, 序时进度100%,"
        " 低于序时进度47.4个百分点, 连续2期红灯。"
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
    # The ranking table: head and three units, as rank ranks them
    table = doc.tables[1]
    assert [c.text for c in table.rows[0].cells] == ["位次", "单位", "平均差值", "较上期"]
    assert [table.rows[i].cells[1].text for i in (1, 2, 3)] == ["甲局", "丙局", "乙局"]
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

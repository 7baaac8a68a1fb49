"""Issue 22, item 4: the 通报 in the 公文 form. From the plan's ``publishing:`` block: 版头
(发文机关, 文号), the title, 主送, the 依据 sentence (the plan in 《》 with its 文号), the sections,
附件 (the full 检查表, a table in the .docx), 落款 and 成文日期 on lines of their own, 版记
(抄送, 印发); Chinese full-width (，；：（）, no space beside a number), no codes in the body, (默认)
only as a note in the 附件; the .docx in zh-CN with no theme font left in its styles.

Data: tests/data/mini with tests/data/streak's figures (tests/test_brief_22.py's), 2023Q2 (1-6月:
the 通报 of the half year) and 2023Q4 (1-12月: issued in the next year, so its 文号 is 〔2024〕).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.test_brief import _written
from tests.test_cli import run
from tests.test_leader_view import streak_data

PUBLISHING = """\
publishing:
  issuer: 测试市经济和信息化局
  doc_number: 测经信〔{year}〕{number}号
  to: 各有关单位
  cc: [测试市人民政府办公室, 测试市统计局]
  printed_by: 测试市经济和信息化局办公室
"""

TITLE = "关于《测试计划(2023-2027年)》2023年1-6月目标进展情况的通报"

CJK = "\u4e00-\u9fff"
HALF_BESIDE_CJK = re.compile(rf"[{CJK}][,;:()]|[,;:()][{CJK}]")
"""An ASCII , ; : ( ) beside a Chinese character: half-width punctuation in Chinese text."""
SPACE_BESIDE_NUMBER = re.compile(rf"\d [{CJK}]|[{CJK}] \d")
CODE = re.compile(r"\b\d{4}(?:Q[1-4]|H[12])\b|\b\d{4}-\d{2}(?:-\d{2})?\b")
"""A period's code (2023Q2, 2023H1, 2023-06) or an ISO date: not in the body of a 通报."""


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = streak_data(tmp_path / "data")
    monkeypatch.chdir(folder)
    return folder


@pytest.fixture
def published(data: Path) -> Path:
    """The streak data with a ``publishing:`` block."""
    targets = data / "targets.yaml"
    targets.write_text(
        targets.read_text(encoding="utf-8").replace("targets:\n", PUBLISHING + "targets:\n", 1),
        encoding="utf-8",
    )
    return data


def _data_texts(folder: Path) -> list[str]:
    """Every text of the data a 通报 quotes as written (names, titles, 文号): the house's rules on
    punctuation are for the 通报's own words, never for these."""
    plan = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))
    texts = [plan["plan"]["title_zh"], plan["plan"]["doc_number"]]
    texts += [a["name_zh"] for a in plan["actions"]] + [u["name_zh"] for u in plan["responsible_units"]]
    texts += [t["name_zh"] for t in plan["targets"]]
    return sorted(texts, key=len, reverse=True)


def _own_words(text: str, folder: Path) -> str:
    for quoted in _data_texts(folder):
        text = text.replace(quoted, "〇")
    return text


def _docx_texts(path: Path) -> list[str]:
    """Every paragraph of the .docx, the tables' cells too, in order."""
    import docx

    document = docx.Document(str(path))
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        out += [cell.text for row in table.rows for cell in row.cells]
    return out


def test_the_sections_come_in_the_order_of_a_gongwen(published: Path, tmp_path: Path) -> None:
    """版头, title, 主送, 依据, 一…六, 附件 (listed), 落款, 成文日期, 附件1, 抄送, 印发: in the
    markdown, and the same paragraphs in the same order in the .docx."""
    text = _written(run, "2023Q2", tmp_path / "b.md")
    order = [
        "**测试市经济和信息化局**",
        "测经信〔2023〕【待填写】号",
        f"# {TITLE}",
        "各有关单位：",
        "按照《测试计划(2023-2027年)》（测〔2023〕1号）要求，现将2023年1-6月目标进展情况通报如下：",
        "## 一、总体情况",
        "## 二、主要进展",
        "## 三、存在问题",
        "## 四、单位排名",
        "## 五、报送情况",
        "## 六、下步要求",
        "附件：2023年1-6月目标进展检查表",
        "测试市经济和信息化局",
        "【待填写】成文日期",
        "## 附件1",
        "**2023年1-6月目标进展检查表**",
        "抄送：测试市人民政府办公室，测试市统计局。",
        "测试市经济和信息化局办公室　　【待填写】印发日期",
    ]
    lines = [line.rstrip() for line in text.splitlines()]
    assert _in_order(lines, order)
    assert "（草稿：" not in text  # 发文机关 and 文号 given: not a draft
    docx = tmp_path / "b.docx"
    assert run("brief", "2023Q2", "-o", str(docx)).exit_code == 0
    paragraphs = _docx_texts(docx)
    assert _in_order(paragraphs, [line.strip("*# ").replace("　　", "\t") for line in order])


def _in_order(seen: list[str], wanted: list[str]) -> list[int]:
    """Where each of ``wanted`` is in ``seen``, each after the one before (the 版头's 发文机关
    is the 落款 too); fails on the first not found after its predecessor."""
    at: list[int] = []
    for item in wanted:
        start = at[-1] + 1 if at else 0
        assert item in seen[start:], (item, seen[start : start + 5])
        at.append(seen.index(item, start))
    return at


def test_the_title_and_the_opening_name_the_plan_once(published: Path, tmp_path: Path) -> None:
    text = _written(run, "2023Q2", tmp_path / "b.md")
    titles = [line for line in text.splitlines() if line.startswith("# ")]
    assert titles == [f"# {TITLE}"]
    assert TITLE.count("关于") == 1
    inside = TITLE[TITLE.index("《") + 1 : TITLE.index("》")]
    assert "《" not in inside
    assert "〈" not in inside  # no bracket of its kind nested: the plan's own (…) are its words


def test_a_december_brief_is_numbered_in_the_next_year(published: Path, tmp_path: Path) -> None:
    """1-12月's figures come in January: its 通报 is issued, and numbered, in the next year."""
    text = _written(run, "2023Q4", tmp_path / "b.md")
    assert "测经信〔2024〕【待填写】号  " in text.splitlines()


def test_without_publishing_the_brief_says_it_is_a_draft(data: Path, tmp_path: Path) -> None:
    text = _written(run, "2023Q2", tmp_path / "b.md")
    assert "（草稿：数据未设发文机关、文号，见targets.yaml的publishing，不作正式文件印发）  " in text
    assert "【待填写】主送机关：" in text
    assert "【待填写】发文机关署名" in text
    assert "〔" not in text.split("# ", 1)[0]  # no 版头, no 文号 made up
    assert "抄送" not in text


def test_every_chinese_paragraph_is_full_width(published: Path, tmp_path: Path) -> None:
    """No ASCII , ; : ( ) beside a Chinese character and no space between a figure and a
    Chinese character in the 通报's own words, in the markdown and every paragraph and cell of
    the .docx; the data's names (the plan's title with its (2023-2027年)) are quoted as written."""
    for period in ("2023Q2", "2023Q4"):
        md = _written(run, period, tmp_path / f"{period}.md")
        docx = tmp_path / f"{period}.docx"
        assert run("brief", period, "-o", str(docx)).exit_code == 0
        paragraphs = [line for line in md.splitlines() if re.search(f"[{CJK}]", line)]
        paragraphs += [p for p in _docx_texts(docx) if re.search(f"[{CJK}]", p)]
        assert len(paragraphs) > 100
        for paragraph in paragraphs:
            own = _own_words(paragraph, published)
            assert not HALF_BESIDE_CJK.search(own), paragraph
            assert not SPACE_BESIDE_NUMBER.search(own), paragraph
    # The data's own (…) stays as written
    assert "《测试计划(2023-2027年)》" in md


def test_the_body_holds_no_code(published: Path, tmp_path: Path) -> None:
    """No target id, no period code, no ISO date, no ·, no command in the 通报 (the 附件's table
    included); the unit that reported nothing is named, not its id."""
    ids = [
        t["id"] for t in yaml.safe_load((published / "targets.yaml").read_text(encoding="utf-8"))["targets"]
    ]
    for period in ("2023Q2", "2023Q4"):
        docx = tmp_path / f"{period}.docx"
        assert run("brief", period, "-o", str(docx)).exit_code == 0
        body = "\n".join(_docx_texts(docx))
        assert not CODE.search(body), CODE.search(body)
        assert "·" not in body
        assert "plan415x" not in body
        words = set(re.findall(r"[a-z][a-z0-9_-]+", body))
        assert not words & set(ids), words & set(ids)
        assert not words, words


def test_default_owners_are_named_in_the_annex_only(published: Path, tmp_path: Path) -> None:
    """default_owner: ua: the four targets naming no unit (附件1's 序号7, 9, 12, 13 at 1-12月:
    智能装备产值, 劳动生产率, 制造业中长期贷款, 新能源汽车产值) are 甲局's; the 通报 says so once,
    under the 检查表, and never writes (默认)."""
    targets = published / "targets.yaml"
    targets.write_text(
        targets.read_text(encoding="utf-8").replace("targets:\n", "default_owner: ua\ntargets:\n", 1),
        encoding="utf-8",
    )
    text = _written(run, "2023Q4", tmp_path / "b.md")
    assert "默认）" not in text
    assert "(默认)" not in text
    annex = text[text.index("## 附件1") :]
    assert "序号7、9、12、13的指标方案未指定责任单位，由默认牵头单位甲局负责。" in annex
    assert "| 7 | 智能装备产值 | 甲局 | ≥500亿元（2027年） |" in annex
    assert text.count("由默认牵头单位") == 1


def test_the_annex_is_the_whole_check_table(published: Path, tmp_path: Path) -> None:
    """附件1 lists every target of check 2023Q4 in check's order, with check's figures: robots
    200 of 380 = 52.6%, 100 − 52.6 = 47.4 points behind, red (未完成 at the year end)."""
    import json

    text = _written(run, "2023Q4", tmp_path / "b.md")
    annex = text[text.index("## 附件1") :]
    rows = [line for line in annex.splitlines() if re.match(r"\| \d+ \|", line)]
    check = json.loads(run("check", "2023Q4", "--format", "json").output)["results"]
    assert len(rows) == len(check) == 13
    assert "| 2 | 新增机器人 | 乙局 | ≥380台 | 200台 | 52.6% | 100% | 47.4 | 红灯 | 未完成 |" in rows
    docx = tmp_path / "b.docx"
    assert run("brief", "2023Q4", "-o", str(docx)).exit_code == 0
    import docx as python_docx

    document = python_docx.Document(str(docx))
    table = document.tables[-1]
    assert len(table.rows) == 1 + 13
    assert [c.text for c in table.rows[0].cells] == [
        "序号",
        "指标",
        "牵头单位",
        "目标",
        "1-12月累计",
        "完成率",
        "序时进度",
        "差值（百分点）",
        "亮灯",
        "状态",
    ]
    # The 附件 stands on a landscape page of its own (its ten columns across the turned block)
    annex = document.sections[1]
    assert annex.page_width is not None
    assert annex.page_height is not None
    assert annex.page_width > annex.page_height


def test_the_docx_is_chinese_with_named_fonts(published: Path, tmp_path: Path) -> None:
    """zh-CN as the document's (East Asian) language, Latin text en-US (zh-CN there lets
    LibreOffice break a figure between its digits); no theme font in any style or run, the
    defaults named 仿宋_GB2312 with its fallback in the font table; figures' cells never wrap."""
    from docx.oxml.ns import qn

    out = tmp_path / "b.docx"
    assert run("brief", "2023Q2", "-o", str(out)).exit_code == 0
    import docx

    document = docx.Document(str(out))
    assert document.core_properties.language == "zh-CN"
    defaults = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = defaults.find(qn("w:lang"))
    assert (lang.get(qn("w:eastAsia")), lang.get(qn("w:val"))) == ("zh-CN", "en-US")
    fonts = defaults.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia", "cs")} == {"仿宋_GB2312"}
    normal = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal.get(qn("w:eastAsia")) == "zh-CN"
    parts = zipfile.ZipFile(out)
    for name in ("word/styles.xml", "word/document.xml"):
        xml = parts.read(name).decode("utf-8")
        assert not re.search(r'w:(?:ascii|hAnsi|eastAsia|cs)Theme="', xml), name
        assert not re.search(r'w:cstheme="', xml), name
    # Heading 1 kept its font named (黑体), not a theme's
    heading = document.styles["Heading 1"].element.rPr.rFonts
    assert heading.get(qn("w:eastAsia")) == "黑体"
    assert heading.get(qn("w:ascii")) == "黑体"
    assert (
        '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in parts.read("word/fontTable.xml").decode()
    )
    # 100.0% never breaks: every cell of figures is told not to wrap (报送情况's 报送率 among them)
    reporting = next(t for t in document.tables if t.rows[0].cells[0].text == "单位")
    rates = [row.cells[7] for row in reporting.rows[1:]]
    assert any(c.text == "100.0%" for c in rates)
    assert all(c._tc.tcPr.find(qn("w:noWrap")) is not None for c in rates)
    # The 版头: 发文机关 in red 小标宋, the red rule under the 文号
    issuer = next(p for p in document.paragraphs if p.text == "测试市经济和信息化局")
    assert str(issuer.runs[0].font.color.rgb) == "C00000"
    number = next(p for p in document.paragraphs if p.text.startswith("测经信〔"))
    assert 'w:color="C00000"' in number._p.xml


def test_english_keeps_its_own_form(published: Path, tmp_path: Path) -> None:
    """--lang en: no 版头, no 主送, no 附件 (the golden brief-2023Q4-en.md holds the rest)."""
    text = _written(run, "2023Q2", tmp_path / "b.md", "--lang", "en")
    assert text.startswith("# Progress of Test plan (2023-2027), Jan-Jun 2023 (draft)\n")
    assert "测经信" not in text
    assert "附件" not in text


def test_fullwidth_keeps_the_data_as_written() -> None:
    from plan415x.reports.brief_form import book, title_zh
    from plan415x.reports.zhtext import fullwidth

    # check's words converted, a name given in keep untouched, 1,800 still a number
    assert (
        fullwidth("乙局 1,800亩 (2023-2027年); 差1家,整项计", ["乙局"])
        == "乙局1,800亩（2023-2027年）；差1家，整项计"
    )
    assert (
        fullwidth("甲局(东区) 20 项", ["甲局(东区)"]) == "甲局(东区) 20项"
    )  # a space beside ) is no space beside 区
    assert fullwidth("丙局 指标c1 50→25", ["丙局", "指标c1"]) == "丙局指标c1 50→25"
    assert (
        fullwidth("数据截至6月(2023Q2), 今天 2023-07-20") == "数据截至6月（2023年1-6月），今天2023年7月20日"
    )
    # GB/T 15834: a 书名号 inside a 书名号 is 〈〉; the title's own 《》 are not doubled
    assert book("《关于〈x〉的方案》") == "关于〈x〉的方案"
    assert book("落实《纲要》行动方案") == "落实〈纲要〉行动方案"
    from plan415x.periods import Period
    from plan415x.values import PlanInfo

    plan = PlanInfo(
        id="p", title_zh="关于推进《纲要》的实施方案", title_en="", doc_number="", issuer_zh="x", issuer_en="",
        written=None, published=None, first_year=2023, last_year=2027,
    )  # fmt: skip
    assert (
        title_zh(plan, Period.parse("2024Q2"))
        == "关于《推进〈纲要〉的实施方案》2024年1-6月目标进展情况的通报"
    )

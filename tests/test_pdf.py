"""Issue 22, item 5: the 通报 (``brief -o x.pdf``) and the page of ``export`` (``export -o x.pdf``)
as PDFs, read back with poppler (pdftotext, pdffonts, pdfinfo, pdftoppm) as a reader would.

The figures are tests/data/streak's at 1-9月 (tests/test_brief_22.py has the arithmetic):
robots (新增机器人, 乙局) ≥380台 a year, 100 at 1-9月: due 380 × 9/12 = 285, done 100/380 =
26.3%, schedule 9/12 = 75%, gap 75 − 26.3 = 48.7 points, its first red.

Text is compared with its whitespace removed: a PDF holds lines, and a line break (where a
space was, or between two characters of Chinese) is no part of what is said.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from plan415x.options import BriefFormat, PageFormat, of_suffix
from plan415x.reports import pdf_fonts
from plan415x.reports.brief import Brief
from plan415x.reports.brief_sections import Block, Section
from plan415x.reports.pdf import GONGWEN, PHONE, render
from tests.conftest import REPO
from tests.test_cli import run
from tests.test_leader_view import streak_data

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="needs poppler-utils (apt-get install poppler-utils)")


def _has_font() -> bool:
    try:
        pdf_fonts.find_fonts()
    except pdf_fonts.FontError:
        return False
    return True


needs_font = pytest.mark.skipif(
    not _has_font(), reason="needs a Chinese font (apt-get install fonts-noto-cjk), see reports/pdf_fonts.py"
)


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = streak_data(tmp_path / "data")
    monkeypatch.chdir(folder)
    return folder


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _fonts(pdf: Path) -> list[list[str]]:
    """pdffonts's rows, split at runs of spaces: name, type…, emb, sub, uni, object, id."""
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def _pages_inked(pdf: Path, folder: Path) -> list[float]:
    """Each page rendered at 40 dpi: the share of its pixels that are not white."""
    from PIL import Image  # comes with fpdf2

    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(folder / "page")], check=True)
    shares = []
    for png in sorted(folder.glob("page-*.png")):
        with Image.open(png) as image:
            grey = image.convert("L")
            dark = sum(grey.histogram()[:200])
            shares.append(dark / (grey.width * grey.height))
    return shares


@needs_poppler
@needs_font
def test_the_brief_pdf_says_what_the_draft_says(data: Path, tmp_path: Path) -> None:
    assert run("brief", "2023Q3", "-o", str(tmp_path / "b.md")).exit_code == 0
    result = run("brief", "2023Q3", "-o", str(tmp_path / "b.pdf"))
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {tmp_path / 'b.pdf'}: ")
    md = (tmp_path / "b.md").read_text(encoding="utf-8").splitlines()
    text = _flat(_text(tmp_path / "b.pdf"))
    title = next(line for line in md if line.startswith("# ")).removeprefix("# ")
    assert _flat(title) in text
    # The red target's line, as the .md has it (its number there is "1. ", here "1."):
    red = next(line for line in md if "新增机器人" in line and line.startswith("1. "))
    assert "完成率26.3%" in red
    assert "低于序时进度48.7个百分点" in red
    # the unit's words under it on a line of their own: <br> in the .md, a new line here
    assert red.endswith("<br>（未说明原因）")
    assert _flat(red.replace("<br>", "")) in text
    assert "灯。\n（未说明原因）\n" in _text(tmp_path / "b.pdf")  # it starts a line, it is not ⏎
    # 公文 paper: A4, 210 × 297 mm = 595.28 × 841.89 pt.
    info = subprocess.run(["pdfinfo", str(tmp_path / "b.pdf")], capture_output=True, text=True).stdout
    assert "595.28 x 841.89 pts (A4)" in info


@needs_poppler
@needs_font
def test_the_fonts_are_embedded_as_subsets(data: Path, tmp_path: Path) -> None:
    assert run("brief", "2023Q3", "-o", str(tmp_path / "b.pdf")).exit_code == 0
    rows = _fonts(tmp_path / "b.pdf")
    assert rows
    for row in rows:
        emb, sub, uni = row[-5:-2]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert re.match(r"[A-Z]{6}\+", row[0]), row  # a subset's tag before its name


@needs_poppler
@needs_font
def test_every_page_has_ink(data: Path, tmp_path: Path) -> None:
    assert run("brief", "2023Q3", "-o", str(tmp_path / "b.pdf")).exit_code == 0
    assert run("export", "2023Q3", "-o", str(tmp_path / "p.pdf")).exit_code == 0
    for name in ("b", "p"):
        folder = tmp_path / f"{name}-pages"
        folder.mkdir()
        shares = _pages_inked(tmp_path / f"{name}.pdf", folder)
        assert shares, name
        assert all(share > 0.002 for share in shares), (name, shares)


@needs_poppler
@needs_font
def test_the_page_pdf_is_phone_wide_and_says_what_the_page_says(data: Path, tmp_path: Path) -> None:
    result = run("export", "2023Q3", "-o", str(tmp_path / "p.pdf"))
    assert result.exit_code == 0, result.output
    info = subprocess.run(["pdfinfo", str(tmp_path / "p.pdf")], capture_output=True, text=True).stdout
    assert "283.46 x 612.28 pts" in info  # 100 × 216 mm: x 72/25.4
    text = _flat(_text(tmp_path / "p.pdf"))
    # The red card, first, as on the page: its name, 序时进度 and the gap in 个百分点.
    red = text.index("红灯指标(1)")
    assert text.index("新增机器人", red) < text.index("较上期变化")
    assert "序时进度：75%差值：低于序时进度48.7个百分点" in text
    for title in ("较上期变化", "总体情况", "单位排名", "各行动", "报送情况", "全部指标"):
        assert title in text, title
    assert text.index("单位排名") < text.index("各行动") < text.index("全部指标")


@needs_font
def test_nothing_is_overwritten_without_force(data: Path, tmp_path: Path) -> None:
    for command, name in (("brief", "b.pdf"), ("export", "p.pdf")):
        out = tmp_path / name
        out.write_bytes(b"mine")
        result = run(command, "2023Q3", "-o", str(out))
        assert result.exit_code == 2
        assert "already exists; give --force to replace it" in result.output
        assert out.read_bytes() == b"mine"
        assert run(command, "2023Q3", "-o", str(out), "--force").exit_code == 0
        assert out.read_bytes().startswith(b"%PDF-")


def test_no_font_is_said_with_what_was_searched(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.delenv(pdf_fonts.FONT_ENV, raising=False)
    monkeypatch.setattr(pdf_fonts, "folders", lambda: [empty])
    for command in ("brief", "export"):
        result = run(command, "2023Q3", "-o", str(tmp_path / "x.pdf"))
        assert result.exit_code == 4, result.output
        assert result.output.startswith(
            "plan415x: error: no Chinese font found to set the PDF in (looked for"
        )
        assert "simfang.ttf" in result.output
        assert "NotoSerifCJK-Regular.ttc" in result.output
        assert str(empty) in result.output
        assert pdf_fonts.FONT_ENV in result.output
        assert "Traceback" not in result.output
        assert not (tmp_path / "x.pdf").exists()


def test_no_font_is_said_in_chinese_with_lang_zh(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The font search's refusal is said in the run's language (issue 20): --lang zh, wholly
    Chinese but for the file names, the folder and the variable, which are never translated."""
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.delenv(pdf_fonts.FONT_ENV, raising=False)
    monkeypatch.setattr(pdf_fonts, "folders", lambda: [empty])
    result = run("brief", "2023Q3", "-o", str(tmp_path / "x.pdf"), "--lang", "zh")
    assert result.exit_code == 4, result.output
    names = ", ".join(dict.fromkeys(name for name, _ in (*pdf_fonts.BODY, *pdf_fonts.HEADING)))
    assert names.startswith("仿宋_GB2312.ttf, simfang.ttf, CESI_FS_GB2312.TTF, ")  # each file once
    assert result.output == (
        f"plan415x: 错误: 未找到可用于排版 PDF 的中文字体(在 {empty} 中查找了 {names});请安装一种"
        f"(如 Noto Serif CJK 或 文泉驿),或在 PLAN415X_PDF_FONT 中指定 .ttf/.otf/.ttc 字体文件\n"
    )
    assert not (tmp_path / "x.pdf").exists()


def test_a_font_named_that_is_no_font_is_said_in_chinese(data: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.ttf"
    env = {pdf_fonts.FONT_ENV: str(missing)}
    result = run("brief", "2023Q3", "-o", str(tmp_path / "x.pdf"), "--lang", "zh", env=env)
    assert result.exit_code == 2
    assert result.output == f"plan415x: 错误: PLAN415X_PDF_FONT={missing}: 文件不存在\n"
    text = tmp_path / "font.ttf"
    text.write_text("not a font", encoding="utf-8")
    env = {pdf_fonts.FONT_ENV: str(text)}
    result = run("brief", "2023Q3", "-o", str(tmp_path / "x.pdf"), "--lang", "zh", env=env)
    assert result.exit_code == 2
    assert result.output == (
        f"plan415x: 错误: PLAN415X_PDF_FONT={text}: 不是 TrueType 或 OpenType 字体(.ttf、.otf、.ttc)\n"
    )


def test_a_font_named_that_is_no_font_is_a_usage_error(data: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.ttf"
    result = run("brief", "2023Q3", "-o", str(tmp_path / "x.pdf"), env={pdf_fonts.FONT_ENV: str(missing)})
    assert result.exit_code == 2
    assert result.output == f"plan415x: error: {pdf_fonts.FONT_ENV}={missing}: no such file\n"
    text = tmp_path / "font.ttf"
    text.write_text("not a font", encoding="utf-8")
    result = run("brief", "2023Q3", "-o", str(tmp_path / "x.pdf"), env={pdf_fonts.FONT_ENV: str(text)})
    assert result.exit_code == 2
    assert result.output == (
        f"plan415x: error: {pdf_fonts.FONT_ENV}={text}: not a TrueType or OpenType font (.ttf, .otf, .ttc)\n"
    )


def _fake_font(path: Path, magic: bytes = b"\x00\x01\x00\x00") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(magic + b"\x00" * 12)


def test_the_search_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """仿宋 before 宋体 before Noto for the text, 黑体 before Noto Sans for the headings; a file
    named like a font that is none is passed over; names are compared without case."""
    monkeypatch.delenv(pdf_fonts.FONT_ENV, raising=False)
    windows, linux = tmp_path / "Windows" / "Fonts", tmp_path / "usr" / "share" / "fonts"
    _fake_font(linux / "opentype" / "noto" / "NotoSerifCJK-Regular.ttc", b"ttcf")
    _fake_font(linux / "opentype" / "noto" / "NotoSansCJK-Regular.ttc", b"ttcf")
    found = pdf_fonts.find_fonts([windows, linux])
    assert (found.body.name, found.heading.name) == ("Noto Serif CJK", "Noto Sans CJK")
    _fake_font(windows / "SIMSUN.TTC", b"ttcf")
    _fake_font(windows / "simhei.ttf")
    found = pdf_fonts.find_fonts([windows, linux])
    assert (found.body.name, found.heading.name) == ("宋体", "黑体")
    (windows / "simfang.ttf").write_text("a web page saved under a font's name", encoding="utf-8")
    assert pdf_fonts.find_fonts([windows, linux]).body.name == "宋体"
    _fake_font(windows / "simfang.ttf")
    assert pdf_fonts.find_fonts([windows, linux]).body.name == "仿宋"


@needs_font
def test_the_variable_overrides_the_search(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every text in the font named, whatever is installed (a copy of this machine's, read
    through: it must be a real font with Chinese in it)."""
    monkeypatch.delenv(pdf_fonts.FONT_ENV, raising=False)
    installed = pdf_fonts.find_fonts().body.path
    chosen = tmp_path / f"mine{installed.suffix}"
    shutil.copyfile(installed, chosen)
    monkeypatch.setenv(pdf_fonts.FONT_ENV, str(chosen))
    windows = tmp_path / "Windows" / "Fonts"
    _fake_font(windows / "simfang.ttf")
    found = pdf_fonts.find_fonts([windows])
    assert found.body.path == found.heading.path == chosen


@needs_poppler
@needs_font
def test_text_from_the_data_is_text(tmp_path: Path) -> None:
    """Markup is shown as typed, a control character as a visible escape."""
    said = "**粗** <b>x</b> [链接](http://a.b) \x1b[31m红"
    doc = Brief(
        title="标题",
        lines=(),
        banner=None,
        sections=(
            Section(
                "一、节", (Block("para", text=said), Block("table", head=("名", "值"), rows=((said, "1"),)))
            ),
        ),
    )
    for paper in (GONGWEN, PHONE):
        path = tmp_path / "t.pdf"
        path.write_bytes(render(doc, "zh", pdf_fonts.find_fonts(), paper))
        text = _flat(_text(path))
        assert text.count(_flat("**粗** <b>x</b> [链接](http://a.b) \\x1b[31m红")) == 2, text


def test_formats_are_chosen_by_suffix_and_no_other() -> None:
    assert [of_suffix(s, BriefFormat) for s in (".md", ".DOCX", ".pdf", ".html", ".txt")] == [
        BriefFormat.markdown,
        BriefFormat.docx,
        BriefFormat.pdf,
        None,
        None,
    ]
    assert [of_suffix(s, PageFormat) for s in (".html", ".htm", ".PDF", ".xlsx")] == [
        PageFormat.html,
        PageFormat.html,
        PageFormat.pdf,
        None,
    ]


def test_a_draft_of_another_suffix_is_refused(data: Path, tmp_path: Path) -> None:
    result = run("brief", "2023Q3", "-o", str(tmp_path / "b.txt"))
    assert result.exit_code == 2
    assert (
        result.output
        == f"plan415x: error: {tmp_path / 'b.txt'}: the draft's name must end in .md, .docx or .pdf\n"
    )


def test_fpdf2_is_imported_only_for_a_pdf(tmp_path: Path) -> None:
    """A .md draft pays for no PDF library (nor python-docx): fpdf2 and fontTools are imported
    in the function that writes a PDF."""
    probe = (
        "import sys\nfrom plan415x.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('fpdf', 'fontTools', 'docx') if m in sys.modules))\n"
    )
    out = tmp_path / "b.md"
    result = subprocess.run(
        [sys.executable, "-c", probe, "brief", "2023Q2", "-o", str(out), "--data", str(REPO / "data")],
        capture_output=True,
        text=True,
        env={**os.environ, "PLAN415X_NO_CACHE": "1"},
        check=False,
    )
    assert out.exists(), result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_character_the_fonts_lack_is_set_in_its_close_form() -> None:
    """仿宋 and 黑体 hold GB2312's characters only: − (U+2212) is set as -, ² as 2; a character
    with no close form stays as it is (fpdf2 names it), never a silent ?."""
    from plan415x.reports.pdf import _text

    covered = frozenset(map(ord, "差值-2m"))
    assert _text("差值−2m²", covered) == "差值-2m2"
    assert _text("差值−2m²") == "差值−2m²"  # every character covered: unchanged
    assert _text("堃", covered) == "堃"


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not DEJAVU.is_file(), reason="needs a font with no Chinese (fonts-dejavu-core)")
def test_a_font_named_without_chinese_is_refused(data: Path, tmp_path: Path) -> None:
    result = run("brief", "2023Q3", "-o", str(tmp_path / "x.pdf"), env={pdf_fonts.FONT_ENV: str(DEJAVU)})
    assert result.exit_code == 2
    assert result.output == (
        f"plan415x: error: {pdf_fonts.FONT_ENV}={DEJAVU}: the font has no Chinese characters (no 中);"
        " name a Chinese font\n"
    )
    result = run(
        "brief",
        "2023Q3",
        "-o",
        str(tmp_path / "x.pdf"),
        "--lang",
        "zh",
        env={pdf_fonts.FONT_ENV: str(DEJAVU)},
    )
    assert result.exit_code == 2
    assert (
        result.output
        == f"plan415x: 错误: PLAN415X_PDF_FONT={DEJAVU}: 该字体不含汉字(没有“中”字);请指定中文字体\n"
    )


@needs_poppler
@needs_font
def test_the_brief_as_published_is_a_pdf_too(data: Path, tmp_path: Path) -> None:
    published = run("publish", "2023Q3", env={"PLAN415X_TODAY": "2023-10-20"})
    assert published.exit_code == 0, published.output
    result = run("brief", "2023Q3", "--as-published", "-o", str(tmp_path / "p.pdf"))
    assert result.exit_code == 0, result.output
    text = _flat(_text(tmp_path / "p.pdf"))
    assert "通报(已发布版本)" in text
    assert "本通报为2023-10-20发布的版本" in text


@needs_poppler
@needs_font
def test_a_table_of_long_and_short_columns_is_set_whole(tmp_path: Path) -> None:
    """A column of one digit beside a name of 200 characters still has room for its digit (fpdf2
    cannot set a cell narrower than a character), and a table of 20 columns, too many for A4,
    is set as cards rather than refused."""
    long_name = "很长的单位名称" * 30
    narrow = Block("table", head=("单位", "数"), rows=((long_name, "7"),))
    wide = Block("table", head=tuple(f"列{i}" for i in range(20)), rows=(tuple(str(i) for i in range(20)),))
    doc = Brief(title="表", lines=(), banner=None, sections=(Section("一、表", (narrow, wide)),))
    for paper in (GONGWEN, PHONE):
        path = tmp_path / "t.pdf"
        path.write_bytes(render(doc, "zh", pdf_fonts.find_fonts(), paper))
        text = _flat(_text(path))
        assert _flat(long_name) in text
        assert "列19：19" in text

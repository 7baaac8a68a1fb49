"""Issue 23, item 6: what import makes of the files units actually send. A workbook resaved by
WPS imports; an .et, .xls, .xlsm, .xlsb, .ods or .csv file is refused by name with what to do
(save as .xlsx), also inside an imported folder, where it used to be skipped unseen; a folder
inside that folder is named, not skipped in silence."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from plan415x.cli import app
from tests.conftest import MINI, snapshot
from tests.xlsx_cases import filled

# docProps/core.xml as WPS writes it: Dublin Core elements openpyxl's own files never hold.
WPS_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:creator>张三</dc:creator><cp:lastModifiedBy>WPS_1690000000</cp:lastModifiedBy>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-08T01:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-09T02:00:00Z</dcterms:modified>'
    "<dc:language>zh-CN</dc:language><dc:publisher>乙局</dc:publisher><dc:source>WPS Office</dc:source>"
    "<dc:rights/><dc:coverage>2024</dc:coverage><dc:relation/><dc:type/><dc:format/>"
    "<dc:contributor>李四</dc:contributor><dc:date>2024-07-09</dc:date></cp:coreProperties>"
)
# docProps/custom.xml: WPS records its build (KSOProductBuildVer) in every file it saves.
WPS_CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"'
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
    "<vt:lpwstr>2052-12.1.0.16929</vt:lpwstr></property></Properties>"
)
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504  # .xls and .et alike are OLE compound files


def resaved_by_wps(book: bytes) -> bytes:
    """``book`` as WPS saves it: every sheet's ``<dimension>`` says A1 whatever the sheet holds,
    core properties with extra Dublin Core elements, and a custom-properties part."""
    out = io.BytesIO()
    rewritten = 0
    with zipfile.ZipFile(io.BytesIO(book)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.startswith("xl/worksheets/"):
                data, n = re.subn(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1"/>', data)
                rewritten += n
            elif info.filename == "docProps/core.xml":
                data = WPS_CORE.encode()
            elif info.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
                    b'2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
                )
            elif info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            new.writestr(info, data)
        new.writestr("docProps/custom.xml", WPS_CUSTOM)
    assert rewritten >= 4  # the unit sheets and the hidden one
    return out.getvalue()


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(MINI, target)
    return target


def _import(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["import", *args], env={"COLUMNS": "200"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _figures(data: Path) -> dict[str, object]:
    records = yaml.safe_load((data / "actuals" / "2023Q3.yaml").read_text(encoding="utf-8"))["records"]
    return {r["target"]: r["value"] for r in records}


def test_a_workbook_resaved_by_wps_imports(data: Path, tmp_path: Path) -> None:
    # Its hidden sheet's <dimension> says A1, so reading to that row saw only `format`, and
    # the file was refused as "layout version None" (template-version).
    book = tmp_path / "乙局-WPS.xlsx"
    book.write_bytes(resaved_by_wps(filled({("甲局", "I4"): 900, ("乙局", "I4"): 120, ("乙局", "I5"): 4})))
    code, out, err = _import(str(book), "--data", str(data))
    assert (code, err) == (0, "")
    # then the date received, or that none is recorded (issue 23 item 2)
    assert out.splitlines()[1:4] == ["  + land: 900 亩", "  + robots: 120 台", "  + factories: 4 家"]
    assert _figures(data) == {"land": 900, "robots": 120, "factories": 4}


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("乙局.et", OLE, "a WPS Spreadsheets file (.et), which plan415x does not read: in WPS, save it as"),
        ("乙局.xls", OLE, "an Excel 97-2003 workbook (.xls), which plan415x does not read: save it as"),
        ("乙局.XLSM", None, "a macro-enabled workbook (.xlsm), which plan415x does not read: save it as"),
        ("乙局.csv", b"target,value\nland,900\n", "a CSV file, which plan415x does not read: fill in the"),
    ],
)
def test_other_spreadsheets_are_refused_by_name(
    data: Path, tmp_path: Path, name: str, content: bytes | None, said: str
) -> None:
    book = tmp_path / name
    book.write_bytes(content if content is not None else filled({("甲局", "I4"): 900}))
    before = snapshot(data)
    code, _, err = _import(str(book), "--data", str(data))
    assert code == 1
    assert err.splitlines()[0].startswith(f"{book}: {said}")
    assert err.splitlines()[0].endswith("(not-xlsx)")
    assert snapshot(data) == before


def test_in_chinese_an_et_file_is_told_to_be_saved_as_xlsx(data: Path, tmp_path: Path) -> None:
    book = tmp_path / "乙局.et"
    book.write_bytes(OLE)
    code, _, err = _import(str(book), "--data", str(data), "--lang", "zh")
    assert code == 1
    assert err.splitlines()[0] == (
        f"{book}: 这是 WPS 表格文件(.et),plan415x 不读取:请在 WPS 中另存为 .xlsx(Excel 工作簿)后再导入 (not-xlsx)"
    )


def test_a_folder_names_what_it_does_not_import(data: Path, tmp_path: Path) -> None:
    # A unit's folder as it arrives: one good workbook, one .et file that used to be skipped
    # unseen, a sub-folder, a lock file and a note. The good one is imported; the .et file is
    # refused by name; the sub-folder is named; the lock file and the note are not workbooks.
    inbox = tmp_path / "七月报送"
    inbox.mkdir()
    (inbox / "甲局.xlsx").write_bytes(filled({("甲局", "I4"): 900}))
    (inbox / "乙局.et").write_bytes(OLE)
    (inbox / "~$甲局.xlsx").write_bytes(b"lock")
    (inbox / "说明.docx").write_bytes(b"not a workbook")
    (inbox / "补报").mkdir()
    code, out, err = _import(str(inbox), "--data", str(data))
    assert code == 1
    assert err.splitlines()[0] == (
        f"{inbox / '补报'}: a folder inside the folder imported, not read (name it to import the workbooks in it)"
    )
    assert f"{inbox / '乙局.et'}: a WPS Spreadsheets file (.et)" in err
    assert "甲局.xlsx into" in out
    assert "~$" not in out + err
    assert "说明.docx" not in out + err
    assert _figures(data) == {"land": 900}

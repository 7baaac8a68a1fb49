"""Issue 25, item 2: the review workbook beside a draft (``review.xlsx``) and ``draft --apply``.

The example plan (tests/data/draft/example-plan.txt) drafts 16 targets; the hand-picked row is
its 二(二)3 clause 数据安全事件控制在3起以内, target 12 (t012), on sheet row 14 (the header is
row 2, target n on row n + 2). Columns: A 序号, B 条款, C 原文, D-M the proposed fields, N the
confidences, O the review (保留/修改/删除), P-Y the editable cells (P 编号 … S 目标值 … U 比较 …
W 起始年 … Y 责任单位).
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from typer.testing import CliRunner

from plan415x.cli import app
from plan415x.draft.model import Action, Draft, Guess, PlanHeader, Proposal
from plan415x.draft.review import workbook
from plan415x.problems import said

EXAMPLE = Path(__file__).parent / "data" / "draft" / "example-plan.txt"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    out = tmp_path / "draft"
    code, said = run("draft", str(EXAMPLE), "-o", str(out))
    assert code == 0, said
    assert (
        f"  review them in {out}/review.xlsx, then: plan415x draft --apply {out}/review.xlsx -o DIR\n" in said
    )
    return out


def edit(path: Path, cells: dict[str, object]) -> None:
    """What an analyst does in Excel: type into cells of the sheet 审核 and save."""
    wb = load_workbook(path)
    for ref, value in cells.items():
        wb["审核"][ref] = value
    wb.save(path)


def targets(folder: Path) -> dict[str, dict[str, object]]:
    data = yaml.safe_load((folder / "targets.yaml").read_text(encoding="utf-8"))
    return {t["id"]: t for t in data["targets"]}


def test_the_workbook_row_of_a_clause(drafted: Path) -> None:
    wb = load_workbook(drafted / "review.xlsx", rich_text=True)
    assert wb.sheetnames == ["审核", "_plan415x_draft"]
    assert wb["_plan415x_draft"].sheet_state == "veryHidden"
    ws = wb["审核"]
    assert ws["A1"].value == "示例县数字经济发展行动计划(2024-2026年) 指标草稿审核表(16 项)"
    assert [c.value for c in ws[2]] == [
        "序号", "条款", "原文(目标值标红)",
        "编号", "指标名称", "类型", "目标值", "单位", "比较", "力争/确保", "起始年", "截止年", "责任单位",
        "把握与理由(0-1,低者先查)", "审核(保留/修改/删除)",
        "改:编号", "改:指标名称", "改:类型", "改:目标值", "改:单位", "改:比较", "改:力争/确保",
        "改:起始年", "改:截止年", "改:责任单位",
    ]  # fmt: skip
    row = [c.value for c in ws[14]]
    assert row[:2] == [12, "二(二)3"]
    assert row[3:13] == ["t012", "数据安全事件", "年度", 3, "起", "不高于", "一般", 2024, 2026, None]
    # The confidences, least sure first: the draft's own Guess values, not its YAML comments.
    assert row[13] == (
        "力争/确保 0.80 句中没有力争/争取/确保\n"
        "类型 0.90 句中有“每年”\n"
        "年份 0.90 “每年”:规划期每一年\n"
        "比较 0.95 数字后有“以内”\n"
        "单位 0.95 数字后有“起”\n"
        "目标值 0.95 数字3"
    )
    assert row[14:] == [None] * 11  # nothing reviewed yet: all blank
    # The sentence is the plan's words exactly, the figure with its comparator in bold red.
    sentence = ws["C14"].value
    assert isinstance(sentence, CellRichText)
    assert str(sentence) == "数据安全事件控制在3起以内"
    runs = [
        (b.text, bool(b.font.b), b.font.color.rgb if b.font.color else None)
        for b in sentence
        if isinstance(b, TextBlock)
    ]
    assert runs == [("数据安全事件", False, None), ("控制在3起以内", True, "FFC00000")]
    # A field guessed with less than 0.8 is shaded: 比较 of target 5 (0.70, no comparator written).
    assert ws["I7"].fill.fgColor.rgb == "FFFFF2CC"
    assert ws["I14"].fill.fgColor.rgb == "FFF2F2F2"
    # The house's sheet: frozen below the header and right of the sentence, the header on every
    # printed page, A4 landscape one page wide; the review column a list.
    assert ws.freeze_panes == "D3"
    assert ws.print_title_rows == "$2:$2"
    assert (ws.page_setup.orientation, ws.page_setup.fitToWidth) == ("landscape", 1)
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["O3:O18"] == '"保留,修改,删除"'
    assert lists["U3:U18"] == '"不低于,超过,不高于,低于,等于,左右"'
    assert ws.column_dimensions["C"].width == 40


def test_a_workbook_applied_unreviewed_is_the_draft(drafted: Path, tmp_path: Path) -> None:
    out = tmp_path / "reviewed"
    assert run("draft", "--apply", str(drafted / "review.xlsx"), "-o", str(out)) == (
        0,
        f"wrote the reviewed draft of 16 targets (0 confirmed) from review.xlsx in {out}/targets.yaml\n"
        "next:\n"
        f"  plan415x validate --data {out}\n",
    )
    assert (out / "targets.yaml").read_bytes() == (drafted / "targets.yaml").read_bytes()


def test_an_edit_applied(drafted: Path, tmp_path: Path) -> None:
    review = drafted / "review.xlsx"
    # t012: 修改 with a new id, value 2 (typed as text, as a pasted figure is), 低于 and two
    # units, one of them new; t001 confirmed as it is (保留).
    edit(review, {"O14": "修改", "P14": "safety-incidents", "S14": "2", "U14": "低于"})
    edit(review, {"Y14": "县公安局、县经信局", "O3": "保留"})
    out = tmp_path / "reviewed"
    code, said = run("draft", "--apply", str(review), "-o", str(out))
    assert (code, said.splitlines()[0]) == (
        0,
        f"wrote the reviewed draft of 16 targets (2 confirmed) from review.xlsx in {out}/targets.yaml",
    )
    assert run("validate", "--data", str(out)) == (0, "有效:16 项指标,0 个实绩文件,0 条记录\n")
    data = yaml.safe_load((out / "targets.yaml").read_text(encoding="utf-8"))
    units = {u["id"]: u["name_zh"] for u in data["responsible_units"]}
    got = targets(out)
    t = got["safety-incidents"]
    assert (t["value"], t["comparator"], t["unit"], t["kind"]) == (2, "<", "起", "annual")
    assert [units[u] for u in t["responsible"]] == ["县公安局", "县经信局"]
    assert "t012" not in got
    # A confirmed target is the analyst's: its confidence comments are gone; the others keep theirs.
    text = (out / "targets.yaml").read_text(encoding="utf-8")
    assert "\n\n  - id: t001\n" in text
    assert "\n\n  - id: safety-incidents\n" in text
    assert "  # kind: 0.70 增加值: a level\n  - id: t001" not in text
    assert "  # period: 0.90 每年: every year of the plan\n  - id: t010\n" in text


def test_a_deletion(drafted: Path, tmp_path: Path) -> None:
    review = drafted / "review.xlsx"
    # Target 4 (t004, row 6) is the one t014 restates: deleted, t014 restates nothing.
    edit(review, {"O7": "删除", "O6": "删除"})
    out = tmp_path / "reviewed"
    code, said = run("draft", "--apply", str(review), "-o", str(out))
    assert (code, said.splitlines()[0]) == (
        0,
        f"wrote the reviewed draft of 14 targets (0 confirmed) from review.xlsx in {out}/targets.yaml",
    )  # 16 - 2 deleted
    got = targets(out)
    assert list(got)[:5] == ["t001", "t002", "t003", "t006", "t007"]  # ids stay those reviewed
    assert "restates" not in got["t014"]
    assert got["t016"]["restates"] == "t007"
    assert run("validate", "--data", str(out)) == (0, "有效:14 项指标,0 个实绩文件,0 条记录\n")


@pytest.mark.parametrize(
    ("cells", "where", "what"),
    [
        ({"O14": "修改", "S14": "三起"}, "审核!S14", "'三起' is not a number"),
        ({"O14": "修改", "W14": 2030}, "审核!W14", "'2030' is not a year of the plan (2024-2026)"),
        ({"O14": "修改", "W14": 2026, "X14": 2025}, "审核!W14", "the first year 2026 comes after the last year 2025"),
        ({"O14": "修改", "U14": "≥"}, "审核!U14", "'≥' is not one of 不低于、超过、不高于、低于、等于、左右"),
        ({"O14": "修改", "P14": "t 12"}, "审核!P14", "'t 12' is not an id (letters, digits, _ . -, starting with a letter or digit)"),
        ({"O14": "修改", "P14": "t001"}, "审核!P14", "id 't001' is also the id of row 3: give each target its own"),
        ({"O9": "改"}, "审核!O9", "'改' is not a review: write 保留, 修改 or 删除 (blank: as proposed)"),
        ({"O14": "修改", "G14": 2}, "审核!G14", "a proposal was changed here, and would be lost: write the change in column S (改:目标值) of the row, and mark it 修改"),
        ({"C19": "新增指标"}, "审核!C19", "a row below the draft's targets: a target is added in targets.yaml, not here"),
        ({"A9": 99}, "审核!A9", "row 9 should be the draft's target number 7: rows were moved, added or sorted; undo that (rows are deleted with 删除, not removed)"),
    ],
)  # fmt: skip
def test_a_bad_cell_is_refused_with_its_location(
    drafted: Path, tmp_path: Path, cells: dict[str, object], where: str, what: str
) -> None:
    review = drafted / "review.xlsx"
    edit(review, cells)
    out = tmp_path / "reviewed"
    assert run("draft", "--apply", str(review), "-o", str(out)) == (
        1,
        f"review.xlsx:{where}: {what}\nreview.xlsx was not applied; nothing was written\n",
    )
    assert not out.exists()


def test_an_edited_hidden_sheet_is_refused(drafted: Path, tmp_path: Path) -> None:
    review = drafted / "review.xlsx"
    wb = load_workbook(review)
    stored = str(wb["_plan415x_draft"]["A5"].value)  # row 5: the first target (t001), as drafted
    assert '"value": 80.0' in stored
    wb["_plan415x_draft"]["A5"] = stored.replace('"value": 80.0', '"value": 800.0')
    wb.save(review)
    assert run("draft", "--apply", str(review), "-o", str(tmp_path / "r"))[1].startswith(
        "review.xlsx:_plan415x_draft!A2: the hidden sheet was edited"
    )
    (tmp_path / "plain.xlsx").write_bytes(b"PK\x03\x04 not a zip")
    assert run("draft", "--apply", str(tmp_path / "plain.xlsx"), "-o", str(tmp_path / "r")) == (
        1,
        "plain.xlsx: not an .xlsx workbook: give the review.xlsx a draft wrote\n"
        "plain.xlsx was not applied; nothing was written\n",
    )


def test_apply_usage(drafted: Path, tmp_path: Path) -> None:
    review = str(drafted / "review.xlsx")
    assert run("draft", str(EXAMPLE), "--apply", review, "-o", str(tmp_path / "r")) == (
        2,
        "plan415x: error: --apply reads only the review workbook: give no plan's text and no --compare\n",
    )
    assert run("draft", "--apply", review) == (
        2,
        "plan415x: error: say where to write the reviewed targets.yaml: -o DIR\n",
    )
    # Into the draft's own folder: only with --force, which replaces its targets.yaml.
    assert run("draft", "--apply", review, "-o", str(drafted))[0] == 2
    edit(drafted / "review.xlsx", {"O3": "删除"})
    assert run("draft", "--apply", review, "-o", str(drafted), "--force")[0] == 0
    assert next(iter(targets(drafted))) == "t002"


def test_text_from_the_plan_never_becomes_a_formula() -> None:
    why = {"value": Guess(0.95, said("draft-why-figure", figure="5"))}
    p = Proposal(
        "一", "一", "=HYPERLINK(\"x\")达到5个", "+SUM(A1)", "level", 5.0, "个", ">=", "plain",
        2024, 2026, ("@单位",), why, figure=(16, 20),
    )  # fmt: skip
    draft = Draft(PlanHeader("=t", "", None, 2024, 2026), (Action("一", "目标"),), (p,))
    ws = load_workbook(io.BytesIO(workbook(draft, "plan.txt")))["审核"]
    for ref in ("A1", "C3", "E3", "M3"):
        assert ws[ref].data_type == "s", ref
    assert (ws["C3"].value, ws["E3"].value, ws["M3"].value) == ('=HYPERLINK("x")达到5个', "+SUM(A1)", "@单位")
    assert ws["C3"].quotePrefix
    assert ws["E3"].quotePrefix

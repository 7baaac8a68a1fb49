"""The review workbook beside a draft (``review.xlsx``), and the reviewed draft read back from it.

One row per proposed target on the sheet 审核: the clause, the source sentence with the figure
marked, the proposed fields, how sure the rule is of each (``Proposal.why``, never the YAML's
comments), a 审核 column (保留 / 修改 / 删除) and, to its right, one editable cell per field.
Analysts review in Excel; ``draft --apply`` reads the workbook back (``read``) and the body
writes the reviewed targets.yaml with ``yamltext``.

The figure is marked as rich text (bold, red), not with brackets: the sentence must stay the
plan's words exactly (``text_zh`` is a substring of the plan, and an analyst copies it into a
search of the plan's text), and runs in a shared string are plain OOXML that Excel, WPS and
LibreOffice all show; a reader that ignores runs still gets the sentence whole.

What apply needs besides the visible cells (the plan's header, its actions, each proposal as
drafted) is kept in a very hidden sheet, ``_plan415x_draft``, one JSON text per row, with a
digest of them all: the workbook alone makes the reviewed file, and an edited hidden sheet is
refused rather than trusted.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Sequence
from typing import Any, NamedTuple

from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, PatternFill
from openpyxl.styles.colors import Color
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from plan415x.draft.model import Action, Draft, Guess, PlanHeader, Proposal
from plan415x.excel import cells as xc
from plan415x.excel.fastrows import FastRows, splice
from plan415x.i18n import say
from plan415x.problems import Said, said

SHEET = "审核"
META = "_plan415x_draft"
FORMAT = "plan415x-draft-review"
VERSION = 1
TITLE_ROW, HEAD_ROW, FIRST_ROW = 1, 2, 3

KEEP, FIX, DROP = "保留", "修改", "删除"

KIND_ZH = {
    "annual": "年度",
    "one_year": "单年",
    "cumulative": "累计",
    "level": "水平",
    "share": "比重",
    "growth": "增速",
    "relative": "相对",
    "milestone": "节点",
    "directional": "方向",
    "monitor": "监测",
}
"""The words of ``values.KIND_ZH`` (the kinds a draft can propose), here to keep the model's
module off this path."""
COMPARATOR_ZH = {
    ">=": "不低于",
    ">": "超过",
    "<=": "不高于",
    "<": "低于",
    "==": "等于",
    "approx": "左右",
}
"""The plans' own words for the comparators (not ≥ or =: a cell typed ``=`` is a formula)."""
HEDGE_ZH = {"ensure": "确保", "strive": "力争", "plain": "一般"}

# The fields a reviewer may change, in column order: (key, header, its confidence's key).
FIELDS: tuple[tuple[str, str, str | None], ...] = (
    ("id", "编号", None),
    ("name_zh", "指标名称", None),
    ("kind", "类型", "kind"),
    ("value", "目标值", "value"),
    ("unit", "单位", "unit"),
    ("comparator", "比较", "comparator"),
    ("hedge", "力争/确保", "hedge"),
    ("first_year", "起始年", "period"),
    ("last_year", "截止年", "period"),
    ("responsible", "责任单位", "responsible"),
)
LEAD = ("序号", "条款", "原文(目标值标红)")
REVIEW_HEAD = "审核(保留/修改/删除)"
WHY_HEAD = "把握与理由(0-1,低者先查)"
EDIT_PREFIX = "改:"

PROPOSED_COL = len(LEAD) + 1  # D: the first proposed field
WHY_COL = PROPOSED_COL + len(FIELDS)
REVIEW_COL = WHY_COL + 1
EDIT_COL = REVIEW_COL + 1  # the first editable cell
LAST_COL = EDIT_COL + len(FIELDS) - 1

LOW, DOUBT = 0.5, 0.8
LOW_FILL = PatternFill("solid", fgColor="FFF8CBAD")
DOUBT_FILL = PatternFill("solid", fgColor="FFFFF2CC")
EDIT_FILL = PatternFill("solid", fgColor="FFFFFFFF")
PROPOSED_FILL = PatternFill("solid", fgColor="FFF2F2F2")
TOP = Alignment(vertical="top", wrap_text=True)
ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
UNIT_SPLIT = re.compile(r"[、,,;;\s]+")


def _shown(p: Proposal, key: str, target_id: str) -> str | float | int | None:
    """A proposed field as the sheet shows it (and as an edit of it is written)."""
    if key == "id":
        return target_id
    if key == "kind":
        return KIND_ZH.get(p.kind, p.kind)
    if key == "comparator":
        return None if p.comparator is None else COMPARATOR_ZH.get(p.comparator, p.comparator)
    if key == "hedge":
        return HEDGE_ZH.get(p.hedge, p.hedge)
    if key == "responsible":
        return "、".join(p.responsible) or None
    if key == "value":
        return None if p.value is None else xc.tidy_number(p.value)
    value: str | int | None = getattr(p, key)
    return value


def confidence_text(why: dict[str, Guess], lang: str = "zh") -> str:
    """Each guessed field's confidence and reason, the least sure first: ``比较 0.70 未写比较词:
    至少达到该数``. The reasons are said in the plan's language (a draft's plan is Chinese);
    targets.yaml's comments say them in English."""
    names = {"kind": "类型", "value": "目标值", "unit": "单位", "comparator": "比较", "hedge": "力争/确保"}
    names |= {"period": "年份", "responsible": "责任单位", "restates": "重述", "reference": "参照指标"}
    names |= {"good": "好的方向", "attribute": "属性", "baseline": "基期"}
    lines = sorted(why.items(), key=lambda item: (item[1].confidence, item[0]))
    return "\n".join(f"{names.get(k, k)} {g.confidence:.2f} {say(g.reason, lang)}" for k, g in lines)


FIGURE_FONT = InlineFont(rFont=xc.FONT_NAME, b=True, color=Color("FFC00000"), sz=11)
SENTENCE_FONT = InlineFont(rFont=xc.FONT_NAME, sz=11)


def marked(sentence: str, figure: tuple[int, int] | None) -> CellRichText | str:
    """The sentence with its figure in bold red (rich text), or plain when there is none."""
    text = xc.clean(sentence)
    if figure is None or xc.clean(sentence) != sentence or not 0 <= figure[0] < figure[1] <= len(text):
        return text
    start, end = figure
    red, plain = FIGURE_FONT, SENTENCE_FONT
    parts: list[str | TextBlock] = []
    if start:
        parts.append(TextBlock(plain, text[:start]))
    parts.append(TextBlock(red, text[start:end]))
    if end < len(text):
        parts.append(TextBlock(plain, text[end:]))
    return CellRichText(parts)


def ids_of(draft: Draft) -> list[str]:
    """The ids the draft's targets.yaml gives (``yamltext``): t001, t002…"""
    return [f"t{n:03d}" for n in range(1, len(draft.targets) + 1)]


def _meta_rows(draft: Draft, source: str) -> list[str]:
    rows = [json.dumps({"source": source, "header": draft.header._asdict()}, ensure_ascii=False)]
    rows.append(json.dumps([a._asdict() for a in draft.actions], ensure_ascii=False))
    for p in draft.targets:
        fields = p._asdict()
        # A reason as its id and arguments (text or figures): said again in any language.
        fields["why"] = {k: [g.confidence, g.reason.id, dict(g.reason.args)] for k, g in p.why.items()}
        rows.append(json.dumps(fields, ensure_ascii=False))
    return rows


def _digest(rows: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()


def workbook(draft: Draft, source: str) -> bytes:
    """The review workbook of a draft, as the bytes of an .xlsx."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = SHEET
    title = f"{draft.header.title_zh or source} 指标草稿审核表({len(draft.targets)} 项)"
    xc.put(ws, TITLE_ROW, 1, title).font = xc.font(bold=True, size=14)
    head = [*LEAD, *(h for _, h, _ in FIELDS), WHY_HEAD, REVIEW_HEAD]
    head += [EDIT_PREFIX + h for _, h, _ in FIELDS]
    xc.head_row(ws, HEAD_ROW, head)
    ws.row_dimensions[HEAD_ROW].height = 30
    # The rows as values first: the widths follow from them, the heights from the widths.
    pairs = zip(draft.targets, ids_of(draft), strict=True)
    rows = [_values(n, p, target_id) for n, (p, target_id) in enumerate(pairs, start=1)]
    maximum = {3: 40, WHY_COL: 36, PROPOSED_COL + 1: 18, PROPOSED_COL + len(FIELDS) - 1: 16}
    widths = xc.fit_columns(ws, [head, *rows], maximum=maximum, default_max=12)
    for k in range(len(FIELDS)):  # the edit cells as wide as the proposals
        ws.column_dimensions[get_column_letter(EDIT_COL + k)].width = widths[PROPOSED_COL + k]
    ws.column_dimensions[get_column_letter(REVIEW_COL)].width = 10
    xc.fit_heads(ws)
    # The rows written as XML (``fastrows``): openpyxl's cells cost about 1 s for the 800
    # targets of a 100 KB text, beyond the draft's whole budget.
    fast = FastRows(ws, FIRST_ROW)
    note = fast.style(font=xc.NOTE_FONT, border=xc.BOX, alignment=TOP)
    plain = fast.style(border=xc.BOX, alignment=TOP)
    fills = {f: fast.style(fill=fill, border=xc.BOX, alignment=TOP) for f, fill in FILLS.items()}
    edit = fast.style(fill=EDIT_FILL, border=xc.BOX, alignment=TOP)
    blank: list[tuple[object, str | None]] = [(None, None)] * (LAST_COL - WHY_COL)
    for p, values in zip(draft.targets, rows, strict=True):
        styles = [plain] * (PROPOSED_COL - 1)
        for _, _, guessed in FIELDS:
            guess = p.why.get(guessed) if guessed else None
            doubt = None if guess is None or guess.confidence >= DOUBT else guess.confidence
            styles.append(fills[None if doubt is None else "low" if doubt < LOW else "doubt"])
        styles.append(note)
        cells: list[tuple[object, str | None]] = [(v, None) for v in values]
        cells[2] = (marked(p.text_zh, p.figure), None)
        for column in YEAR_COLS:
            cells[column - 1] = (values[column - 1], "0")
        cells[VALUE_COL - 1] = (values[VALUE_COL - 1], xc.number_format_for(p.value))
        # The sentence and the name at 11 pt, the reasons at 9 pt: each its own line height (a
        # Chinese reason line takes 14 pt in LibreOffice and Excel: 12.5 clipped the last line).
        lines = max(xc.lines_needed(values[k - 1], widths[k]) for k in (3, PROPOSED_COL + 1))
        notes = xc.lines_needed(values[WHY_COL - 1], widths[WHY_COL])
        fast.add(cells + blank, styles + [edit] * len(blank), max(15.5 * lines, 14 * notes) + 2)
    last = FIRST_ROW + len(draft.targets) - 1
    _validations(ws, last)
    ws.freeze_panes = f"D{FIRST_ROW}"  # the number, clause and sentence stay in view
    ws.auto_filter.ref = f"A{HEAD_ROW}:{get_column_letter(LAST_COL)}{max(last, HEAD_ROW)}"
    xc.print_setup(ws, title_row=HEAD_ROW, header={"center": title}, footer={"right": "第 &P 页,共 &N 页"})
    _meta(wb, draft, source)
    buffer = io.BytesIO()
    wb.save(buffer)
    return splice(buffer.getvalue(), [fast])


def _values(n: int, p: Proposal, target_id: str) -> list[object]:
    """A row's values as written (the sentence plain: ``marked`` makes its runs)."""
    values: list[object] = [n, p.clause, p.text_zh]
    values += [_shown(p, key, target_id) for key, _, _ in FIELDS]
    values.append(confidence_text(p.why))
    return values


YEAR_COLS = frozenset(PROPOSED_COL + k for k, (key, _, _) in enumerate(FIELDS) if key.endswith("_year"))
VALUE_COL = PROPOSED_COL + [key for key, _, _ in FIELDS].index("value")
FILLS = {None: PROPOSED_FILL, "low": LOW_FILL, "doubt": DOUBT_FILL}


def _validations(ws: Any, last: int) -> None:
    if last < FIRST_ROW:
        return

    def listed(column: int, words: Sequence[str], prompt: str) -> None:
        dv = DataValidation(type="list", formula1='"' + ",".join(words) + '"', allow_blank=True)
        dv.error, dv.errorTitle, dv.prompt = f"请从列表中选择:{'、'.join(words)}", "审核表", prompt
        dv.showErrorMessage = dv.showInputMessage = True
        letter = get_column_letter(column)
        dv.add(f"{letter}{FIRST_ROW}:{letter}{last}")
        ws.add_data_validation(dv)

    listed(REVIEW_COL, (KEEP, FIX, DROP), "保留:照建议;修改:取右侧填写的格;删除:不要此项")
    edit = {key: EDIT_COL + k for k, (key, _, _) in enumerate(FIELDS)}
    listed(edit["kind"], tuple(KIND_ZH.values()), "留空即照建议")
    listed(edit["comparator"], tuple(COMPARATOR_ZH.values()), "留空即照建议")
    listed(edit["hedge"], tuple(HEDGE_ZH.values()), "留空即照建议")


def _meta(wb: Workbook, draft: Draft, source: str) -> None:
    meta = wb.create_sheet(META)
    meta.sheet_state = "veryHidden"
    rows = _meta_rows(draft, source)
    xc.put(meta, 1, 1, FORMAT)
    xc.put(meta, 1, 2, VERSION)
    xc.put(meta, 2, 1, _digest(rows))
    for n, text in enumerate(rows, start=3):
        xc.put(meta, n, 1, text)


class Refused(Exception):
    """A located problem of the workbook: where (Sheet!cell) and what, said."""

    def __init__(self, where: str, what: Said) -> None:
        super().__init__(where)
        self.where = where
        self.what = what


class Reviewed(NamedTuple):
    """The draft as reviewed: its targets, their ids, and which were confirmed (保留/修改: the
    confidence comments are dropped for those, the target is now the analyst's)."""

    draft: Draft
    source: str
    ids: tuple[str, ...]
    confirmed: tuple[bool, ...]


def _stored(wb: Any) -> tuple[str, Draft]:
    if META not in wb.sheetnames:
        raise Refused(SHEET, said("review-not-a-review"))
    meta = wb[META]
    if meta["A1"].value != FORMAT or meta["B1"].value != VERSION:
        raise Refused(f"{META}!A1", said("review-not-a-review"))
    rows: list[str] = []
    for (value,) in meta.iter_rows(min_row=3, max_col=1, values_only=True):
        if value is None:
            break
        rows.append(str(value))
    if len(rows) < 2 or meta["A2"].value != _digest(rows):
        raise Refused(f"{META}!A2", said("review-meta-edited"))
    head = json.loads(rows[0])
    header = PlanHeader(**head["header"])
    actions = tuple(Action(**a) for a in json.loads(rows[1]))
    targets = []
    for text in rows[2:]:
        fields = json.loads(text)
        fields["why"] = {k: _guess(g) for k, g in fields["why"].items()}
        for pair in ("baseline", "from_base"):
            if fields.get(pair) is not None:
                fields[pair] = tuple(fields[pair])
        fields["responsible"] = tuple(fields["responsible"])
        fields["figure"] = None if fields["figure"] is None else tuple(fields["figure"])
        targets.append(Proposal(**fields))
    return str(head["source"]), Draft(header, actions, tuple(targets))


def _guess(stored: list[Any]) -> Guess:
    """A stored guess: [confidence, id, arguments], or [confidence, reason] as workbooks written
    before reasons were ids kept it (English)."""
    if len(stored) == 2:
        return Guess(float(stored[0]), said("draft-why-text", text=str(stored[1])))
    return Guess(float(stored[0]), Said(str(stored[1]), dict(stored[2])))


def read(data: bytes) -> Reviewed:
    """The reviewed draft: rows marked 删除 dropped, 修改 rows with their edited cells, the rest
    as proposed. Raises ``Refused`` at the first bad cell, with its Sheet!cell."""
    try:
        wb = load_workbook(io.BytesIO(data), data_only=True)
    except Exception:  # any reason the file is no workbook (zip, XML, openpyxl): one answer
        raise Refused("", said("review-not-a-workbook")) from None
    if SHEET not in wb.sheetnames:
        raise Refused("", said("review-not-a-review"))
    source, draft = _stored(wb)
    ws = wb[SHEET]
    ids = ids_of(draft)
    kept: list[tuple[int, Proposal, str, bool]] = []
    for n, (p, target_id) in enumerate(zip(draft.targets, ids, strict=True)):
        row = FIRST_ROW + n
        if ws.cell(row=row, column=1).value != n + 1:
            raise Refused(f"{SHEET}!A{row}", said("review-row-moved", row=str(row), number=str(n + 1)))
        verdict = _words(ws.cell(row=row, column=REVIEW_COL).value)
        where = f"{SHEET}!{get_column_letter(REVIEW_COL)}{row}"
        if verdict not in ("", KEEP, FIX, DROP):
            raise Refused(where, said("review-bad-verdict", given=verdict))
        if verdict == DROP:
            continue
        for k, (key, header, _) in enumerate(FIELDS):  # an edit typed over the proposal is lost
            if not _same(ws.cell(row=row, column=PROPOSED_COL + k).value, _shown(p, key, target_id)):
                where = f"{SHEET}!{get_column_letter(PROPOSED_COL + k)}{row}"
                column = f"{get_column_letter(EDIT_COL + k)} ({EDIT_PREFIX}{header})"
                raise Refused(where, said("review-proposal-edited", column=column))
        if verdict == FIX:
            p, target_id = _edited(ws, row, p, target_id, draft.header)
        kept.append((n, p, target_id, verdict != ""))
    for below in ws.iter_rows(min_row=FIRST_ROW + len(draft.targets), max_col=LAST_COL):
        filled = next((c for c in below if c.value is not None and str(c.value).strip()), None)
        if filled is not None:
            raise Refused(f"{SHEET}!{filled.coordinate}", said("review-row-added"))
    seen: dict[str, int] = {}
    for n, _, target_id, _ in kept:
        if target_id in seen:
            where = f"{SHEET}!{get_column_letter(EDIT_COL)}{FIRST_ROW + n}"
            raise Refused(
                where, said("review-duplicate-id", given=target_id, row=str(FIRST_ROW + seen[target_id]))
            )
        seen[target_id] = n
    # A restatement of a target deleted restates nothing: the index moves with the rows kept.
    moved = {n: k for k, (n, _, _, _) in enumerate(kept)}
    targets = []
    for _, p, _, _ in kept:
        restates = None if p.restates is None else moved.get(p.restates)
        # and a target read against a target deleted has no reference read from the data
        reference = None if p.reference is None else moved.get(p.reference)
        why = {
            k: g
            for k, g in p.why.items()
            if (k != "restates" or restates is not None) and (k != "reference" or reference is not None)
        }
        targets.append(p._replace(restates=restates, reference=reference, why=why))
    return Reviewed(
        draft._replace(targets=tuple(targets)),
        source,
        tuple(t for _, _, t, _ in kept),
        tuple(c for _, _, _, c in kept),
    )


def _same(cell: object, shown: object) -> bool:
    """A proposal's cell as written (a number read back as int or float alike)."""
    if isinstance(cell, int | float) and isinstance(shown, int | float):
        return float(cell) == float(shown)
    return _words(cell) == xc.clean(_words(shown))  # as written: without what XML cannot hold


def _words(value: object) -> str:
    return "" if value is None else str(value).strip()


def _edited(ws: Any, row: int, p: Proposal, target_id: str, header: PlanHeader) -> tuple[Proposal, str]:
    """The proposal with the row's edited cells (a blank cell keeps the proposal's field)."""
    changes: dict[str, Any] = {}
    for k, (key, _, _) in enumerate(FIELDS):
        column = EDIT_COL + k
        value = ws.cell(row=row, column=column).value
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        where = f"{SHEET}!{get_column_letter(column)}{row}"
        changes[key] = _field(key, value, where, header)
    target_id = changes.pop("id", target_id)
    if "responsible" in changes:
        changes["why"] = {k: g for k, g in p.why.items() if k != "responsible"}
    p = p._replace(**changes)
    if p.first_year > p.last_year:
        where = f"{SHEET}!{get_column_letter(EDIT_COL + 7)}{row}"
        raise Refused(where, said("review-years-reversed", first=str(p.first_year), last=str(p.last_year)))
    if p.kind not in ("milestone", "directional") and p.value is None:
        where = f"{SHEET}!{get_column_letter(EDIT_COL + 3)}{row}"
        raise Refused(where, said("review-value-missing"))
    return p, target_id


def _field(key: str, value: object, where: str, header: PlanHeader) -> object:
    """One edited cell read as its field, or refused with where it is."""
    text = _words(value)
    words = {"kind": KIND_ZH, "comparator": COMPARATOR_ZH, "hedge": HEDGE_ZH}.get(key)
    if words is not None:
        back = {v: k for k, v in words.items()} | {k: k for k in words}
        if text not in back:
            raise Refused(where, said("review-bad-choice", given=text, choices="、".join(words.values())))
        return back[text]
    if key == "value":
        if isinstance(value, bool) or not isinstance(value, int | float):
            try:
                value = float(text.replace(",", ""))
            except ValueError:
                raise Refused(where, said("review-not-a-number", given=text)) from None
        return float(value)
    if key in ("first_year", "last_year"):
        year = value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, float) and value.is_integer():
            year = int(value)
        if year is None and text.isdigit():
            year = int(text)
        if year is None or not header.first_year <= year <= header.last_year:
            raise Refused(
                where,
                said("review-bad-year", given=text, first=str(header.first_year), last=str(header.last_year)),
            )
        return year
    if key == "id":
        if not ID.fullmatch(text):
            raise Refused(where, said("review-bad-id", given=text))
        return text
    if key == "responsible":
        return tuple(u for u in UNIT_SPLIT.split(text) if u)
    return text  # name_zh, unit: the analyst's words

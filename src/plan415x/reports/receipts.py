"""回执: one receipt per unit sheet of an imported workbook, to send back to the unit as it is.

Every unit the workbook carried gets one, also when another unit's cell refused the workbook
(whole or nothing: its own figures were not taken either, and it is told why). In Chinese, with
no ids, codes or paths: what was received and when, what was taken (新增, 替换, 未变), the cells
refused with what each needs (to correct and send again), the figures to check. A ``Brief`` the
通报's renderers set, like the 催报 notices (``reports.notices``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from plan415x.excel.outcome import Outcome, place
from plan415x.reports.brief import Brief
from plan415x.reports.brief_sections import Block, Section
from plan415x.reports.notices import sent_by, with_contact
from plan415x.reports.zhtext import fullwidth, zh_date
from plan415x.values import Contact, Publishing

WHAT = {"added": "新增", "replaced": "替换", "unchanged": "未变（与已报数据相同）"}


def receipts(
    outcome: Outcome,
    *,
    units: Mapping[str, str],
    targets: Mapping[str, str],
    publishing: Publishing | None,
    today: dt.date,
    dry_run: bool = False,
    illustrative: bool = False,
    contact: Contact | None = None,
) -> list[tuple[str, str, Brief]]:
    """(unit id, unit name, 回执) for each unit sheet of the workbook ``outcome`` is of; none
    when its hidden sheet was not read (not a template: no unit to address). ``units`` and
    ``targets``: names in Chinese by id. ``outcome``'s problems and warnings are said in Chinese
    (``cli.bodies.import_.in_chinese``)."""
    if outcome.period is None or not outcome.units:
        return []
    label = outcome.period.label_zh()
    signer, banner = sent_by(publishing, illustrative=illustrative)
    whole = "；".join(fullwidth(p.message) for p in outcome.problems if place(p) == ("", ""))
    out: list[tuple[str, str, Brief]] = []
    for title, unit in outcome.units:
        name = units.get(unit, title)
        taken = [(t, what) for sheet, t, what in outcome.taken if sheet == title]
        bad = [
            (cell, fullwidth(p.message))
            for p in [*outcome.problems, *outcome.left]
            for sheet, cell in [place(p)]
            if sheet == title
        ]
        doubt = [
            (cell, fullwidth(w.message))
            for w in outcome.warnings
            for sheet, cell in [place(w)]
            if sheet == title
        ]
        if dry_run:
            state = "本次为预览，尚未导入。"
        elif not outcome.problems:
            counts = "，".join(f"{WHAT[w][:2]}{sum(x == w for _, x in taken)}项" for w in WHAT)
            state = f"已导入：{counts}。"
            if bad:  # --accept-valid: the rest was taken, these cells were not
                state += f"以下{len(bad)}个单元格未通过校验，未导入，请更正后重新报送。"
        elif whole:
            state = f"报送表本身未通过校验（{whole}），整表未导入，请用新下载的报送表重新填报。"
        elif bad:
            state = f"未导入：以下{len(bad)}个单元格未通过校验，整表未导入，请更正后重新报送。"
        else:
            state = "贵单位工作表未发现问题，但同一报送表的其他工作表有单元格未通过校验，整表未导入；待更正后随整表重新报送。"
        result: list[Block] = [Block("para", text=state)]
        if taken and not outcome.problems:
            rows = tuple(
                (str(i), targets.get(t, t), WHAT[what]) for i, (t, what) in enumerate(taken, start=1)
            )
            result.append(Block("table", head=("序号", "指标", "结果"), rows=rows))
        sections = [Section("一、处理结果", tuple(result))]
        if bad:
            rows = tuple((str(i), cell, message) for i, (cell, message) in enumerate(bad, start=1))
            sections.append(
                Section("二、须更正的单元格", (Block("table", head=("序号", "单元格", "问题"), rows=rows),))
            )
        if doubt:
            rows = tuple((str(i), cell, message) for i, (cell, message) in enumerate(doubt, start=1))
            number = "三" if bad else "二"
            sections.append(
                Section(
                    f"{number}、请核实的数据",
                    (
                        Block(
                            "para",
                            text="以下数据已接收，但与往期或目标相比异常，请核实；确认无误的无须重报。",
                        ),
                        Block("table", head=("序号", "单元格", "提示"), rows=rows),
                    ),
                )
            )
        got = f"（{zh_date(outcome.received)}收到）" if outcome.received is not None else ""
        out.append(
            (
                unit,
                name,
                Brief(
                    title=f"{label}监测数据报送回执",
                    lines=(),
                    banner=banner,
                    sections=tuple(with_contact(sections, contact)),
                    to=f"{name}：",
                    opening=f"贵单位报送的{label}数据{got}已处理，结果如下。",
                    signer=signer,
                    date=zh_date(today),
                ),
            )
        )
    return out

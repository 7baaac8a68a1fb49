"""催报: one notice per unit that owes figures (or a red target's explanation) for a period, to
send as it is: a 公文-shaped ``Brief`` that the 通报's renderers set (markdown, .docx, PDF).

It is in Chinese whatever the plan's language (it goes to the units), with no ids, codes or
paths: the unit (主送), what it owes with each figure's 报送截止, and by when. Before every
deadline has passed it asks for the figures by their deadline (按期报送); once one has passed, it
asks for them again (补报): by the date the analyst gives (``--by``), else 尽快. Red targets
whose unit has not said why (``views.words.owed``) are listed apart: their figure is in, their
滞后原因 and 下步措施 are not. 落款 is the plan's ``publishing:`` signer (else its issuer, else
left to fill), 成文日期 the day it is made. Nothing is made up: no cause, no contact, no date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from plan415x.reports.brief import Brief
from plan415x.reports.brief_form import book
from plan415x.reports.brief_sections import PLACEHOLDERS, Block, Section
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.reports.zhtext import fullwidth, zh_date
from plan415x.values import Contact, PlanInfo, Publishing
from plan415x.views.reporting import Figure, Reporting, UnitReporting
from plan415x.views.words import Owed

TO_FILL = PLACEHOLDERS["zh"]
HEAD = ("序号", "指标", "计量单位", "报送截止")


def notices(
    rep: Reporting,
    owed: Sequence[Owed],
    plan: PlanInfo,
    publishing: Publishing | None,
    *,
    today: dt.date,
    by: dt.date | None = None,
    illustrative: bool = False,
    contact: Contact | None = None,
) -> list[tuple[UnitReporting | Owed, Brief]]:
    """A notice for each unit with a figure missing or a red target unexplained, in the order of
    ``rep``'s units (a unit owing only explanations after them, in ``owed``'s order); each with
    the unit it is addressed to."""
    owed_by: dict[str, list[Owed]] = {}
    for o in owed:
        owed_by.setdefault(o.unit, []).append(o)
    out: list[tuple[UnitReporting | Owed, Brief]] = []
    for u in rep.units:
        reds = owed_by.pop(u.unit, [])
        if u.missing or reds:
            out.append(
                (
                    u,
                    notice(
                        rep, u.name_zh, u.missing, reds, plan, publishing, today, by, illustrative, contact
                    ),
                )
            )
    for reds in owed_by.values():
        out.append(
            (
                reds[0],
                notice(rep, reds[0].name_zh, (), reds, plan, publishing, today, by, illustrative, contact),
            )
        )
    return out


def sent_by(publishing: Publishing | None, *, illustrative: bool) -> tuple[str, str | None]:
    """A notice's or a 回执's 落款 (the plan's ``publishing:`` signer, else its issuer, else left
    to fill) and its banner: the sample-data one when the data, or the 版头, is illustrative."""
    pub = publishing or Publishing()
    banner = fullwidth(ILLUSTRATIVE["zh"]) if illustrative or pub.illustrative else None
    return pub.signer or pub.issuer or TO_FILL, banner


def with_contact(sections: list[Section], contact: Contact | None) -> list[Section]:
    """``sections`` with whom to call (the plan's ``reporting.contact``, the office that
    collects) as the last paragraph of the last; as they are without one (none is made up)."""
    if contact is None or not sections:
        return sections
    last = sections[-1]
    line = Block("para", text=f"如有疑问，请联系{contact.name}，电话：{contact.phone}。")
    return [*sections[:-1], Section(last.title, (*last.blocks, line))]


def notice(
    rep: Reporting,
    unit: str,
    missing: Sequence[Figure],
    reds: Sequence[Owed],
    plan: PlanInfo,
    publishing: Publishing | None,
    today: dt.date,
    by: dt.date | None,
    illustrative: bool,
    contact: Contact | None = None,
) -> Brief:
    """The notice to ``unit``: its missing figures, its red targets owing an explanation."""
    p = rep.period
    late = any(f.due < today for f in missing)
    # short enough for one line of 二号 type (20 characters across the text block)
    title = f"关于{'补报' if late or not missing else '报送'}{p.label_zh()}监测数据的通知"
    opening = f"根据《{book(plan.title_zh)}》" + (f"（{plan.doc_number}）" if plan.doc_number else "")
    opening += f"的监测安排，现将贵单位{p.label_zh()}数据报送情况通知如下。"
    sections: list[Section] = []
    if missing:
        dues = sorted({f.due for f in missing})
        if not late:
            ask = f"请于{zh_date(dues[0])}前按期报送。"
        else:
            passed = f"报送截止日期{zh_date(dues[0])}已过" if len(dues) == 1 else "报送截止日期已过"
            ask = f"{passed}，请于{zh_date(by)}前补报。" if by is not None else f"{passed}，请尽快补报。"
        rows = tuple(
            # names as written; 7月10日, narrow enough for its column (the year is the text's)
            (str(i), f.target.name_zh, f.target.unit or "—", f"{f.due.month}月{f.due.day}日")
            for i, f in enumerate(missing, start=1)
        )
        sections.append(
            Section(
                "一、尚未报送的指标数据",
                (
                    Block("para", text=f"贵单位以下{len(missing)}项指标数据尚未收到，{ask}"),
                    Block("table", head=HEAD, rows=rows),
                ),
            )
        )
    if reds:
        number = "二" if missing else "一"
        names = tuple(o.target.name_zh for o in reds)
        sections.append(
            Section(
                f"{number}、须说明滞后原因的红灯指标",
                (
                    Block(
                        "para",
                        text=f"以下{len(reds)}项指标{p.label_zh()}为红灯（低于序时进度），尚未说明滞后原因。"
                        "请在报送表的“滞后原因”“下步措施”栏中说明，随数据一并报送。",
                    ),
                    Block("items", items=names),
                ),
            )
        )
    sections = with_contact(sections, contact)
    signer, banner = sent_by(publishing, illustrative=illustrative)
    return Brief(
        title=title,
        lines=(),
        banner=banner,
        sections=tuple(sections),
        to=f"{unit}：",
        opening=opening,
        signer=signer,
        date=zh_date(today),
    )

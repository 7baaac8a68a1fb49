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

from plan415x.i18n import say
from plan415x.problems import Arg, Said, said
from plan415x.reports.brief import Brief, Numeral
from plan415x.reports.brief_form import book
from plan415x.reports.brief_said import Borrowed, day
from plan415x.reports.brief_sections import PLACEHOLDERS, Block, Section
from plan415x.reports.gap import ILLUSTRATIVE
from plan415x.values import Contact, PlanInfo, Publishing
from plan415x.views.reporting import Figure, Reporting, UnitReporting
from plan415x.views.words import Owed

LANG = "zh"
"""The language of the notices and the 回执 (``reports.receipts``): they go to the units."""

TO_FILL = PLACEHOLDERS[LANG]
HEAD = (said("notice-col-no"), said("notice-col-target"), said("notice-col-measure"), said("notice-col-due"))


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
    banner = Borrowed(ILLUSTRATIVE[LANG]).said_in(LANG) if illustrative or pub.illustrative else None
    return pub.signer or pub.issuer or TO_FILL, banner


def with_contact(sections: list[Section], contact: Contact | None) -> list[Section]:
    """``sections`` with whom to call (the plan's ``reporting.contact``, the office that
    collects) as the last paragraph of the last; as they are without one (none is made up)."""
    if contact is None or not sections:
        return sections
    last = sections[-1]
    line = Block("para", text=say(said("notice-contact", name=contact.name, phone=contact.phone), LANG))
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
    title = said("notice-title-again", period=p) if late or not missing else said("notice-title", period=p)
    number: Arg = said("notice-doc-number", number=plan.doc_number) if plan.doc_number else ""
    opening = said("notice-opening", plan=book(plan.title_zh), number=number, period=p)
    sections: list[Section] = []
    if missing:
        dues = sorted({f.due for f in missing})
        ask: Said
        if not late:
            ask = said("notice-ask", due=day(dues[0].isoformat()))
        else:
            passed = (
                said("notice-passed-on", due=day(dues[0].isoformat()))
                if len(dues) == 1
                else said("notice-passed")
            )
            ask = (
                said("notice-ask-again-by", passed=passed, by=day(by.isoformat()))
                if by is not None
                else said("notice-ask-again", passed=passed)
            )
        rows = tuple(
            # names as written; 7月10日, narrow enough for its column (the year is the text's)
            (str(i), f.target.name_zh, f.target.unit or "—", _due(f.due))
            for i, f in enumerate(missing, start=1)
        )
        text = say(said("notice-missing", n=str(len(missing)), ask=ask), LANG)
        head = tuple(say(h, LANG) for h in HEAD)
        sections.append(
            Section(
                numbered(0, said("notice-section-missing")),
                (Block("para", text=text), Block("table", head=head, rows=rows)),
            )
        )
    if reds:
        names = tuple(o.target.name_zh for o in reds)
        text = say(said("notice-reds", n=str(len(reds)), period=p), LANG)
        sections.append(
            Section(
                numbered(1 if missing else 0, said("notice-section-reds")),
                (Block("para", text=text), Block("items", items=names)),
            )
        )
    sections = with_contact(sections, contact)
    signer, banner = sent_by(publishing, illustrative=illustrative)
    return Brief(
        title=say(title, LANG),
        lines=(),
        banner=banner,
        sections=tuple(sections),
        to=say(said("notice-to", unit=unit), LANG),
        opening=say(opening, LANG),
        signer=signer,
        date=say(day(today.isoformat()), LANG),
    )


def numbered(at: int, title: Said) -> str:
    """A section's title with its number, 一、…, as the 通报 numbers its own."""
    return say(said("brief-section", n=Numeral(at), title=title), LANG)


def _due(due: dt.date) -> str:
    """A due date in a notice's table, without the year (the text's): 7月10日."""
    return say(said("notice-due", month=str(due.month), day=str(due.day)), LANG)

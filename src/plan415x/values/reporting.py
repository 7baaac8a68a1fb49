"""When figures are owed and how the 通报 goes out: the ``reporting:`` and ``publishing:``
blocks of targets.yaml."""

# No `from __future__ import annotations`: the fields' types are objects the codec reads as they
# are (typing.get_type_hints would evaluate every one at each start).

import datetime as dt
from typing import TYPE_CHECKING, Annotated, NamedTuple

from plan415x.fields import (
    Doc,
    Line,
    MinLength,
    Range,
)
from plan415x.values.vocab import (
    Explanations,
    Frequency,
)

if TYPE_CHECKING:
    from plan415x.values.plan import Target

# What the edge checks of fields of several classes (plan415x.fields; plan415x.model builds the
# models from these declarations).
DAY = Range(ge=1, le=31)
"""A day of the month, as a due day is given."""


class DueDays(NamedTuple):
    """The reporting calendar: the day of the month after a period's end by which its figure is
    due, per reporting frequency (a day past the month's end is its last day: 31 in February is
    the 28th or 29th)."""

    monthly: Annotated[int, DAY, Doc("Monthly figures: due on this day of the next month.")] = 10
    quarterly: Annotated[int, DAY, Doc("Quarterly figures (1-3月, 1-6月, 1-9月).")] = 15
    half_yearly: Annotated[int, DAY, Doc("Half-yearly figures (1-6月, 1-12月).")] = 20
    annual: Annotated[int, DAY, Doc("Annual figures: due on this day of January.")] = 31

    def day(self, frequency: Frequency) -> int:
        return int(getattr(self, frequency.value))


class CalendarYear(NamedTuple):
    """One year's official arrangement of days off and days worked (国务院办公厅关于YYYY年部分节假日
    安排的通知), for a year the built-in calendar does not know yet, or to correct it."""

    year: Annotated[int, Range(ge=1900, le=2100), Doc("The year, e.g. 2027.")]
    holidays: Annotated[
        tuple[dt.date, ...],
        Doc("Every day off of the year's public holidays (放假), weekends among them or not."),
    ] = ()
    workdays: Annotated[
        tuple[dt.date, ...], Doc("Weekend days worked in exchange (调休上班), e.g. a Saturday before 春节.")
    ] = ()


class Contact(NamedTuple):
    """Whom a unit calls about its template: the office that collects the figures (联系人, 电话)."""

    name: Annotated[Line, MinLength(1), Doc("The person, as the template's 联系人 gives it.")]
    phone: Annotated[Line, MinLength(1), Doc("The telephone, as the template's 电话 gives it.")]


class Reporting(NamedTuple):
    """When figures are owed; a target can override the frequency and the due day. A due date on
    a weekend or a public holiday moves to the next working day by China's official calendar."""

    frequency: Annotated[Frequency, Doc("monthly, quarterly, half_yearly or annual.")] = Frequency.monthly
    contact: Annotated[
        Contact | None,
        Doc("Whom units call about the template (its 联系人/电话); none: the template names no one."),
    ] = None
    due: Annotated[
        DueDays, Doc("Day of the month after the period by which figures are due, per frequency.")
    ] = DueDays()
    merge_january: Annotated[
        bool,
        Doc(
            "True when January's figures are not reported alone (statistics merge 1-2月): no figure is"
            " owed for January, the first of the year is 1-2月's."
        ),
    ] = False
    calendar: Annotated[
        tuple[CalendarYear, ...],
        Doc(
            "Days off and days worked of years the built-in calendar (the chinesecalendar package)"
            " does not know, or corrections to it: a due date falls on the next working day."
        ),
    ] = ()
    explanations: Annotated[
        Explanations,
        Doc(
            "Which rows of the template ask for 滞后原因 and 下步措施: lagging (those yellow or red"
            " in the last period published, else the last judged, before the template's) or all."
        ),
    ] = Explanations.lagging

    def due_day_of(self, target: "Target") -> int:
        """The day of the month after a period by which the target's figure is due: its own
        ``due_day``, else the calendar's for its frequency."""
        if target.due_day is not None:
            return target.due_day
        return self.due.day(target.frequency or self.frequency)


def due_date(period_year: int, end_month: int, day: int) -> dt.date:
    """The date a figure for the months to ``end_month`` of ``period_year`` is due: ``day`` of
    the next month, or that month's last day when it is shorter."""
    import calendar

    year, month = (period_year + 1, 1) if end_month == 12 else (period_year, end_month + 1)
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


class Publishing(NamedTuple):
    """How the 通报 goes out as a 公文 (GB/T 9704-2012): its 版头, 主送, 落款 and 版记. Every
    field may be left out; a 通报 without 发文机关 or 文号 is a draft and says so, and what is
    left out is never made up."""

    issuer: Annotated[Line | None, Doc("发文机关, as the 版头 prints it, e.g. 瑞安市经济和信息化局.")] = None
    doc_number: Annotated[
        Line | None,
        Doc(
            "文号 of the 通报: 发文机关代字〔年份〕序号号, e.g. 瑞经信〔{year}〕{number}号. {year} is"
            " the year the 通报 is issued (the period's, or the next for a period ending in"
            " December), {number} the 序号 the office assigns at issue: the draft leaves it to"
            " fill (【待填写】). Other text is printed as written."
        ),
    ] = None
    to: Annotated[Line | None, Doc("主送机关, e.g. 各有关单位 (the colon is added).")] = None
    signer: Annotated[Line | None, Doc("落款 (发文机关署名); default: the issuer.")] = None
    cc: Annotated[tuple[Line, ...], Doc("抄送机关, in order.")] = ()
    printed_by: Annotated[
        Line | None, Doc("印发机关 of the 版记, e.g. 瑞安市经济和信息化局办公室; the date is the analyst's.")
    ] = None
    illustrative: Annotated[
        bool, Doc("True when these are examples, not the office's real 版头: every 通报 says so.")
    ] = False

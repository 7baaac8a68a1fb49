"""Working days by China's official calendar: a due date on a weekend or a public holiday moves
to the next working day (春节 2024: January's figures, due on Saturday 2024-02-10, 正月初一, in
the days off of 2月10日至17日, are due on Sunday 2024-02-18, a weekend day worked in exchange).

The calendar is the ``chinesecalendar`` package's (``chinese_calendar``: every year's
arrangement as the State Council's notice gives it, days off and the weekend days worked in
exchange, maintained and released within days of each notice), with the plan's own years laid
over it (``reporting.calendar`` in targets.yaml: a year the package does not know yet, or a
correction), as the plan's own units of measure override the built-in ones. Why both and not a
list in the data alone: the list for 2004 to 2026 is a public fact no analyst should type again
(a slip moves a deadline), and the package is pure Python, one small wheel, installed offline
like the others; why not the package alone: its data ends with the last year announced (2026
for 1.11.0) while the plan's due dates run to January 2028, and a new year's notice comes out in
November, before a release may reach an office without internet.

A year known to neither is never passed over in silence: its weekends still move a due date,
and the year is returned among those not known, for the report to say so (``reporting``'s note).
The package is imported only here, and only when a due date is computed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

from plan415x.values import CalendarYear


@lru_cache(maxsize=64)
def _plan_days(
    calendar: tuple[CalendarYear, ...],
) -> tuple[frozenset[int], frozenset[dt.date], frozenset[dt.date]]:
    years = frozenset(c.year for c in calendar)
    off = frozenset(d for c in calendar for d in c.holidays)
    worked = frozenset(d for c in calendar for d in c.workdays)
    return years, off, worked


def _package_workday(date: dt.date) -> bool | None:
    """The package's answer, None for a year it does not know (it raises NotImplementedError)."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(date))
    except NotImplementedError:
        return None


def is_working_day(date: dt.date, calendar: tuple[CalendarYear, ...] = ()) -> bool | None:
    """Whether ``date`` is worked; None when neither the plan's calendar nor the package knows
    its year (then only its weekday is known)."""
    years, off, worked = _plan_days(calendar)
    if date.year in years:
        return date in worked or (date.weekday() < 5 and date not in off)
    return _package_workday(date)


@lru_cache(maxsize=4096)
def next_working_day(
    date: dt.date, calendar: tuple[CalendarYear, ...] = ()
) -> tuple[dt.date, frozenset[int]]:
    """``date`` if it is worked, else the first working day after it; and the years met that
    the calendar does not know (their weekends were skipped, their holidays could not be)."""
    unknown: set[int] = set()
    day = date
    while True:
        worked = is_working_day(day, calendar)
        if worked is None:
            unknown.add(day.year)
            worked = day.weekday() < 5
        if worked:
            return day, frozenset(unknown)
        day += dt.timedelta(days=1)


def unknown_years(dates: Iterable[tuple[dt.date, frozenset[int]]]) -> list[int]:
    """The years not known of several ``next_working_day`` answers, in order."""
    return sorted({y for _, years in dates for y in years})

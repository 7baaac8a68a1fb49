"""Reporting periods: ``2023`` (year), ``2023H1``, ``2023Q2``, ``2023-05`` (month).

Chinese statistics are year-to-date: a period stands for the months from January to its last
month, so ``2023Q2`` is 1-6月 and its schedule share (序时进度) is 6/12.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field

_PATTERN = re.compile(r"^(\d{4})(?:(H)([12])|(Q)([1-4])|-(\d{2}))?$")


@dataclass(frozen=True, order=True)
class Period:
    """A period, ordered by its end; ``text`` keeps the spelling (2023Q4 and 2023 both end in December)."""

    year: int
    end_month: int
    text: str
    key: tuple[int, int] = field(init=False, compare=False, repr=False)
    """Periods with the same key cover the same months (2023Q4 and 2023)."""

    def __post_init__(self) -> None:
        # Compared for every figure of every target: made once, not at each comparison.
        object.__setattr__(self, "key", (self.year, self.end_month))

    @classmethod
    def parse(cls, text: str) -> Period:
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(
                f"{text!r} is not a period; write 2023 (year), 2023H1 (half), 2023Q2 (quarter)"
                " or 2023-05 (month)"
            )
        year = int(match.group(1))
        if match.group(2):
            end = 6 * int(match.group(3))
        elif match.group(4):
            end = 3 * int(match.group(5))
        elif match.group(6):
            end = int(match.group(6))
            if not 1 <= end <= 12:
                raise ValueError(f"{text!r}: the month must be 01 to 12")
        else:
            end = 12
        return cls(year, end, text.strip())

    def __str__(self) -> str:
        return self.text

    @property
    def end_date(self) -> dt.date:
        return dt.date(self.year, self.end_month, calendar.monthrange(self.year, self.end_month)[1])

    def schedule_pct(self) -> float:
        """序时进度: share of the year elapsed at the period's end, in %."""
        return self.end_month / 12 * 100

    def months_since(self, first_year: int) -> int:
        """Months from January of ``first_year`` to the end of this period."""
        return (self.year - first_year) * 12 + self.end_month

    def label_zh(self) -> str:
        if self.end_month == 1:
            return f"{self.year}年1月"
        if self.end_month == 12:
            return f"{self.year}年1-12月"
        return f"{self.year}年1-{self.end_month}月"

    def label_en(self) -> str:
        first = calendar.month_abbr[1]
        last = calendar.month_abbr[self.end_month]
        return f"{first} {self.year}" if self.end_month == 1 else f"{first}-{last} {self.year}"

"""Reporting periods: ``2023`` (year), ``2023H1``, ``2023Q2``, ``2023-05`` (month).

Chinese statistics are year-to-date: a period stands for the months from January to its last
month, so ``2023Q2`` is 1-6月 and its schedule share (序时进度) is 6/12.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from plan415x.problems import SaidError, said

# 2024q1, 2024h1 and 2024-3 are taken too, and written the one way (2024Q1, 2024H1, 2024-03).
# [0-9], never \d: Unicode's \d takes ２０２３ and ٢٠٢٣ as 2023 silently (see _other_digit).
_PATTERN = re.compile(r"^([0-9]{4})(?:([Hh])([12])|([Qq])([1-4])|-([0-9]{1,2}))?$")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_NEAR = (
    (re.compile(r"^([0-9]{4})\s*年?\s*(?:第\s*)?([一二三四1-4])\s*季度?$"), "{y}Q{n}"),
    (re.compile(r"^[Qq]([1-4])[\s/-]*([0-9]{4})$"), "{y2}Q{n1}"),
    (re.compile(r"^([0-9]{4})\s*年?\s*上半年$"), "{y}H1"),
    (re.compile(r"^([0-9]{4})\s*年?\s*下半年$"), "{y}H2"),
    (re.compile(r"^([0-9]{4})\s*(?:年|[./_M]|-)\s*([0-9]{1,2})\s*月?$"), "{y}-{m}"),
    (re.compile(r"^([0-9]{4})\s*年?\s*1\s*-\s*([0-9]{1,2})\s*月$"), "{y}-{m}"),
    (re.compile(r"^([0-9]{4})\s*年(?:度)?$"), "{y}"),
)
_FULL_WIDTH = {0xFF10 + n: 0x30 + n for n in range(10)}
"""Full-width ０-９ (typed with a Chinese input method) to 0-9: read as the exact spelling asks."""


def _other_digit(text: str) -> str | None:
    """The first digit in ``text`` of another script than 0-9 and ０-９ (Arabic-Indic ٢,
    Devanagari २, …): such a period is refused rather than guessed."""
    return next(
        (ch for ch in text if ch.isdecimal() and not ch.isascii() and ord(ch) not in _FULL_WIDTH), None
    )


def spelling(text: str) -> str | None:
    """The period ``text`` seems to mean, written the way plan415x reads it, or None:
    2024年3月 and 2024.03 -> 2024-03, 2024年一季度 -> 2024Q1, 2024年上半年 -> 2024H1."""
    text = text.strip().translate(_FULL_WIDTH)
    if _PATTERN.match(text):  # ２０２３Q3: the exact spelling is the same in 0-9
        try:
            return str(Period.parse(text))
        except ValueError:  # ２０２３-13: no period to suggest
            return None
    for pattern, form in _NEAR:
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groups()
        if form == "{y}Q{n}":
            return f"{groups[0]}Q{_CN_DIGITS[groups[1]]}"
        if form == "{y2}Q{n1}":
            return f"{groups[1]}Q{groups[0]}"
        if form == "{y}-{m}":
            month = int(groups[1])
            return f"{groups[0]}-{month:02d}" if 1 <= month <= 12 else None
        return form.format(y=groups[0])
    return None


_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
"""English month names whatever the locale (calendar.month_abbr follows it: 6月 in a Chinese one)."""


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
            other = _other_digit(text)
            if other is not None:
                raise SaidError(
                    said("field-period-other-digit", text=text, digit=other, code=f"{ord(other):04X}")
                )
            meant = spelling(text)
            if meant:
                raise SaidError(said("field-period-spelling", text=text, meant=meant))
            raise SaidError(said("field-period-not", text=text))
        year = int(match.group(1))
        if match.group(2):
            end = 6 * int(match.group(3))
            canonical = f"{year}H{match.group(3)}"
        elif match.group(4):
            end = 3 * int(match.group(5))
            canonical = f"{year}Q{match.group(5)}"
        elif match.group(6):
            end = int(match.group(6))
            if not 1 <= end <= 12:
                raise SaidError(said("field-period-month", text=text))
            canonical = f"{year}-{end:02d}"
        else:
            end = 12
            canonical = str(year)
        return cls(year, end, canonical)

    def __str__(self) -> str:
        return self.text

    @property
    def end_date(self) -> dt.date:
        # The day before the next month's first (no calendar module: a cached run imports this).
        after = (
            dt.date(self.year + 1, 1, 1)
            if self.end_month == 12
            else dt.date(self.year, self.end_month + 1, 1)
        )
        return after - dt.timedelta(days=1)

    def schedule_pct(self) -> float:
        """序时进度: share of the year elapsed at the period's end, in %."""
        return self.end_month / 12 * 100

    def months_since(self, first_year: int) -> int:
        """Months from January of ``first_year`` to the end of this period."""
        return (self.year - first_year) * 12 + self.end_month

    def label_zh(self) -> str:
        return f"{self.year}年{self.months_zh()}"

    def months_zh(self) -> str:
        """The months a year-to-date figure covers, without the year: 1月, 1-6月."""
        return "1月" if self.end_month == 1 else f"1-{self.end_month}月"

    def label_en(self) -> str:
        first = _MONTH_ABBR[1]
        last = _MONTH_ABBR[self.end_month]
        return f"{first} {self.year}" if self.end_month == 1 else f"{first}-{last} {self.year}"

    def said_in(self, lang: str) -> str:
        """A Phrase: the months a figure covers, 2023年1-6月 in Chinese, Jan-Jun 2023 otherwise."""
        return self.label_zh() if lang == "zh" else self.label_en()

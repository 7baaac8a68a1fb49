"""Sentences, clauses and what reaches across them: the hedge and the period.

A hedge adverb (力争, 争取, 确保) reaches across the clauses of its sentence up to the 。, and
no further; another hedge replaces it. 完成/实现 as the clause's verb binds that clause only
(确保 is implied: 每年完成…1800亩以上). 争取 after 积极/全力 is a main verb (积极争取…支持政策),
not a hedge. A period (每年, 到2027年, 2023年) reaches the same way. A sentence that opens with
其中 details the one before it and keeps its period and hedge.

Texts copied from web pages lose sentence breaks: a figure followed straight by the verb that
opens a new sentence (…20家以上深入实施…) is read as a break.
"""

from __future__ import annotations

import re
from typing import NamedTuple

SENTENCE_END = re.compile(r"[。！？!?]")
CLAUSE_SEP = re.compile(r"[,，;；:：]")
PIECE_SEP = re.compile(r"、")
# The verbs that open a sentence of a plan (实施, 推动, 加快…): after a figure with no break,
# a break was lost.
_OPENERS = (
    "加快|深入|实施|推动|推进|加强|积极|大力|持续|探索|支持|建立|健全|强化|完善|开展|鼓励|"
    "引导|打造|构建|提升|深化|优化|实现|力争|确保"
)
LOST_BREAK = re.compile(rf"(?:(?<=以上)|(?<=[个家项台件场次座条%）)]))(?={_OPENERS})")

# 全力争取 is 全力 + 争取 (a verb after 全力, below), never 力争.
HEDGE = re.compile(r"(?P<word>确保|(?<!全)力争|争取)")
NOT_HEDGE_BEFORE = ("积极", "全力")
HEDGES = {"确保": "ensure", "力争": "strive", "争取": "strive"}
BINDING_VERB = re.compile(r"完成|实现")
EVERY_YEAR = re.compile(r"每年|年年")
BY_YEAR = re.compile(r"到((?:19|20)\d\d)年(?:底|末)?")
IN_YEAR = re.compile(r"(?<![-—–~～\d到])((?:19|20)\d\d)年(?![-—–~～度\d])")
THIS_YEAR = re.compile(r"全年|今年|当年")
DETAILS = "其中"
# 十五五时期, “十五五”末: by the five-year plan's last year.
FIVE_YEAR_PERIOD = re.compile(r"[“\"]?十([一二三四五六七八九])五[”\"]?(?:时期|期间|末)")


class Span(NamedTuple):
    start: int
    end: int


def sentences(text: str) -> list[Span]:
    """The sentences of a paragraph (ending at 。 or a lost break), without their end mark."""
    cuts = sorted(
        {m.end() for m in SENTENCE_END.finditer(text)} | {m.start() for m in LOST_BREAK.finditer(text)}
    )
    spans, start = [], 0
    for cut in [*cuts, len(text)]:
        end = cut - 1 if cut > 0 and SENTENCE_END.match(text, cut - 1) else cut
        if text[start:end].strip():
            spans.append(Span(start, end))
        start = cut
    return spans


def parts(text: str, span: Span, separator: re.Pattern[str]) -> list[Span]:
    """``span`` of ``text`` cut at ``separator`` (clauses at ,;: and pieces at 、)."""
    found, start = [], span.start
    for m in separator.finditer(text, span.start, span.end):
        found.append(Span(start, m.start()))
        start = m.end()
    found.append(Span(start, span.end))
    return [s for s in found if text[s.start : s.end].strip()]


class Hedge(NamedTuple):
    hedge: str
    word: str
    at: int


def hedges(text: str, span: Span) -> list[Hedge]:
    """The hedge adverbs of a span, in order (争取 after 积极/全力 is a verb, not a hedge)."""
    found = []
    for m in HEDGE.finditer(text, span.start, span.end):
        if m["word"] == "争取" and text[max(0, m.start() - 2) : m.start()] in NOT_HEDGE_BEFORE:
            continue
        found.append(Hedge(HEDGES[m["word"]], m["word"], m.start()))
    return found


class Period(NamedTuple):
    how: str
    """every (每年), by (到2027年) or year (2023年: that year only)."""
    year: int | None
    word: str
    at: int


def periods(text: str, span: Span, last_year: int, first_year: int | None = None) -> list[Period]:
    """The period words of a span, in order. A bare 2027年 that is the plan's last year is read
    as 到2027年 (the goal of the plan's end); another bare year is that year only. In a text of
    one year (a work report: ``first_year`` == ``last_year``), 全年/今年 is that year."""
    found = [Period("every", None, m[0], m.start()) for m in EVERY_YEAR.finditer(text, span.start, span.end)]
    if first_year == last_year:
        found += [
            Period("year", last_year, m[0], m.start()) for m in THIS_YEAR.finditer(text, span.start, span.end)
        ]
    found += [Period("by", int(m[1]), m[0], m.start()) for m in BY_YEAR.finditer(text, span.start, span.end)]
    for m in FIVE_YEAR_PERIOD.finditer(text, span.start, span.end):
        n = 11 + "一二三四五六七八九".index(m[1])  # 十五五: the fifteenth, 2026-2030
        found.append(Period("by", 1966 + 5 * (n - 3) + 4, m[0], m.start()))
    for m in IN_YEAR.finditer(text, span.start, span.end):
        year = int(m[1])
        found.append(Period("by" if year == last_year else "year", year, m[0], m.start()))
    return sorted(found, key=lambda p: p.at)

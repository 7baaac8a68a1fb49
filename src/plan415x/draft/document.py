"""What kind of document a text is, and which of its parts hold targets.

An action plan (行动方案, 实施意见) is all commitments. A 政府工作报告 and a five-year outline
(规划纲要) are not: last year's review (过去一年, 2024年工作回顾) and the five-year review (十四五
时期, 过去五年, 发展成就) state actuals in the very words of targets (国内生产总值增长5.0%), and
only the target parts (今年发展的主要预期目标, 今年工作安排/重点工作, 十五五时期主要目标, 附件 such
as 十件民生实事) are drafted. Read from the headings and words, deterministically: the same text
is always the same kind.
"""

from __future__ import annotations

import re

PLAN, REPORT, OUTLINE = "plan", "report", "outline"

_REPORT = re.compile(r"政府工作报告|工作回顾|主要预期目标|今年(?:经济社会)?发展的?主要预期目标|今年工作安排")
_OUTLINE = re.compile(
    r"五年规划(?:和二〇[三四]五年远景目标)?纲要|规划纲要|[“\"]?十[一二三四五六七八九]五[”\"]?规划纲要"
)
# Headings of a review: what was done, not what is due.
REVIEW_HEADING = re.compile(
    r"回顾|过去一年|过去五年|过去的一年|发展成就|主要成就|工作总结|取得的成绩|发展基础|发展环境|"
    r"^(?:(?:19|20)\d\d年|[“\"]?十[一二三四五六七八九]五[”\"]?时期)(?:的)?(?:主要)?(?:工作|发展)?$"
)
# A paragraph of a target part that looks back (过去一年，…): actuals, never drafted.
REVIEW_OPENER = re.compile(
    r"^(?:过去一年|过去五年|过去的一年|一年来|五年来|去年|上一年|[“\"]?十[一二三四五六七八九]五[”\"]?(?:时期|期间|以来)"
    r"(?:[,，]|我们|全[市县区省国]|我[市县区省]))"
)
YEAR_OPENER = re.compile(r"^((?:19|20)\d\d)年(?:[,，]|以来|我们|全[市县区省国])")
# 十五五 is the fifteenth five-year plan: 1966-1970 was the third, one every five years since.
FIVE_YEAR = re.compile(r"[“\"]?(?:第)?十([一二三四五六七八九])(?:五|个五年)[”\"]?")
_NTH = "一二三四五六七八九"


def kind(lines: list[str]) -> str:
    """plan, report or outline, from the title and the headings (the first 40 lines and every
    numbered heading): a 政府工作报告 says so or reviews its year; an outline is a 规划纲要."""
    head = "\n".join(lines[:40])
    headings = "\n".join(
        ln
        for ln in lines
        if re.match(r"\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章篇])", ln)
    )
    if _OUTLINE.search(head):
        return OUTLINE
    if _REPORT.search(head) or re.search(r"工作回顾|过去一年", headings):
        return REPORT
    return PLAN


def is_review(heading: str) -> bool:
    """A heading of a review part (一、2024年工作回顾, 一、“十四五”时期发展成就)."""
    words = heading.strip().strip("。:：")
    if not words:
        return False
    if re.search(r"目标|任务|安排|要求|重点|实事|举措|思路", words) and not re.search(
        r"回顾|成就|过去", words
    ):
        return False
    return REVIEW_HEADING.search(words) is not None


def looks_back(paragraph: str, year: int) -> bool:
    """A paragraph that opens on the past (过去一年，…; 2024年，全市… in a report of ``year``
    2025): a review's. 2025年，全市… in that report is its year's."""
    words = paragraph.strip()
    if REVIEW_OPENER.match(words):
        return True
    m = YEAR_OPENER.match(words)
    return m is not None and int(m[1]) < year


def five_year_span(text: str) -> tuple[int, int] | None:
    """The years of the five-year plan a text names (十五五: 2026-2030), or None."""
    m = FIVE_YEAR.search(text)
    if m is None:
        return None
    n = 10 + _NTH.index(m[1]) + 1
    first = 1966 + 5 * (n - 3)
    return first, first + 4

"""The 通报's sentences and the refusals of an output, said as ids (issue 20, item 1): a new
language is one catalogue for them too. In a pseudo-language every part of a sentence is said by
the catalogue, down to the separators of a list, so no word of the 通报 is left to a branch on
the language; and the same sentence in Chinese and English is exactly what the 通报 printed
before (its goldens, tests/golden/brief-*.md, are unchanged)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from plan415x import i18n
from plan415x.fsutil import SpecialFileError
from plan415x.i18n import say
from plan415x.i18n.en import BRIEF_SAID, OUTPUT_SAID
from plan415x.periods import Period
from plan415x.problems import said
from plan415x.reports import pdf_fonts
from plan415x.reports.brief_said import Borrowed, code, day, listed
from plan415x.reports.brief_sections import counts_text, problems_text
from plan415x.results import Light, Status
from tests.test_said import SAID


@pytest.fixture
def pseudo(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pseudo-language ``xx`` of tests/test_said.py: each id's template brackets its arguments."""
    catalogue = {
        ident: "⟦" + ident + ":" + ",".join(f"{{{n}}}" for n in sorted(set().union(*SAID[ident]))) + "⟧"
        for ident in i18n.LANGUAGES["en"]
    }
    monkeypatch.setitem(i18n.LANGUAGES, "xx", catalogue)


def test_the_new_ids_are_said_by_the_source() -> None:
    assert set(BRIEF_SAID) | set(OUTPUT_SAID) <= set(SAID)


LIGHTS = {Light.green: 6, Light.yellow: 5, Light.red: 0, Light.grey: 2}
GREY = {Status.no_data: 2}


def test_counts_in_chinese_and_english() -> None:
    """13 targets: green 6 (6/13 = 46.2%), yellow 5 (38.5%), red 0 (0%), grey 2 (15.4%)."""
    zh = counts_text(13, LIGHTS, GREY, "zh", restatements=1, monitoring=2, stale=1)
    assert zh == (
        "纳入评价的指标共13项。其中绿灯6项，占46.2%，黄灯5项，占38.5%，红灯0项，占0%，灰灯2项，占15.4%"
        "（灰灯中未填报2项）。另有复述指标1项不重复计数；监测指标2项只监测不评价；"
        "1项所用数据非本期应报（陈旧※），按应报月份判定，陈旧的状态不判绿灯。"
    )
    en = counts_text(13, LIGHTS, GREY, "en", restatements=1, monitoring=0)
    assert en == (
        "13 targets are judged: green 6 (46.2%), yellow 5 (38.5%), red 0 (0%), grey 2 (15.4%)"
        " (grey: no data 2). 1 restatements are counted once."
    )


def test_the_counts_in_a_pseudo_language_are_the_catalogue_s_to_the_last_comma(pseudo: None) -> None:
    text = counts_text(13, {Light.green: 6, Light.red: 1}, GREY, "xx", restatements=0, monitoring=2)
    sep = "⟦brief-sep-clause:⟧"
    assert text == (
        "⟦brief-counts:"
        "⟦brief-apart:⟦brief-apart-monitoring:2⟧⟧,"  # apart, grey, lights, total: sorted by name
        "⟦brief-grey:⟦brief-status-count:2,no data⟧⟧,"  # a status's label: English's in xx
        f"⟦brief-light-count:green,6,46.2%⟧{sep}⟦brief-light-count:red,1,7.7%⟧,"  # 1/13 = 7.7%
        "13⟧"
    )


def test_problems_in_a_pseudo_language(pseudo: None) -> None:
    """3 reds, 1 missed: 2 off track; yellows 2 watch and 1 behind, by rank (watch first)."""
    yellow = Counter({Status.watch: 2, Status.behind: 1})
    assert problems_text(3, 1, yellow, "xx", published=True) == (
        "⟦brief-reds:1,2,3⟧"
        "⟦brief-yellows:3,⟦brief-yellows-see:⟧,"
        "⟦brief-status-count:2,watch⟧⟦brief-sep-list:⟧⟦brief-status-count:1,behind⟧⟧"
    )
    assert problems_text(0, 0, Counter(), "xx") == "⟦brief-no-reds:⟧"


def test_the_phrases_in_each_language(pseudo: None) -> None:
    p = Period.parse("2023Q2")
    assert [say(code(p), lang) for lang in ("zh", "en", "xx")] == [
        "2023年1-6月",
        "2023Q2",
        "⟦brief-period-code:2023Q2,Jan-Jun 2023⟧",
    ]
    assert [say(day("2024-07-10"), lang) for lang in ("zh", "en")] == ["2024年7月10日", "2024-07-10"]
    assert [listed(("甲", "乙")).said_in(lang) for lang in ("zh", "en")] == ["甲、乙", "甲, 乙"]
    # check's words, half-width on its terminal: full-width in the Chinese 通报, a name kept.
    words = Borrowed("时间进度(2023-2027年), 万元(现价)", ("万元(现价)",))
    assert words.said_in("zh") == "时间进度（2023-2027年），万元(现价)"
    assert words.said_in("en") == words.said_in("xx") == "时间进度(2023-2027年), 万元(现价)"


def test_an_output_refused_in_each_language(pseudo: None) -> None:
    refused = SpecialFileError(Path("out.md"), "a block device")
    assert str(refused) == (
        "out.md is a block device, not a regular file; plan415x writes a file, a FIFO or a character device"
        " such as /dev/null"
    )
    assert (
        say(refused.said, "zh")
        == "out.md 是块设备,不是普通文件;plan415x 只写入文件、FIFO 或字符设备(如 /dev/null)"
    )
    assert say(refused.said, "xx") == "⟦file-special-refused:⟦file-kind-block-device:⟧,out.md⟧"
    font = pdf_fonts.FontError(said("pdf-font-no-file", env=pdf_fonts.FONT_ENV, named="a.ttf"))
    assert str(font) == "PLAN415X_PDF_FONT=a.ttf: no such file"
    assert say(font.said, "zh") == "PLAN415X_PDF_FONT=a.ttf: 文件不存在"
    assert say(font.said, "xx") == "⟦pdf-font-no-file:PLAN415X_PDF_FONT,a.ttf⟧"

"""safetext: text from the data made safe for terminals, CI logs, markdown, CSV, JSON, consoles."""

from __future__ import annotations

import json
import math

import pytest

from plan415x.safetext import (
    char_name,
    csv_text,
    encodable,
    json_finite,
    json_number,
    markdown_text,
    one_line,
    terminal_text,
)


def test_terminal_text_shows_invisible_characters() -> None:
    # 2023\u200bQ1.yaml looks like 2023Q1.yaml unless the zero-width space is shown
    assert terminal_text("2023\u200bQ1.yaml") == "2023\\u200bQ1.yaml"
    assert terminal_text("\ufeffname\u200e") == "\\ufeffname\\u200e"


def test_terminal_text_shows_controls_visibly() -> None:
    assert terminal_text("低效工业用地 ≥1,800") == "低效工业用地 ≥1,800"
    assert terminal_text("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert terminal_text("bell\x07\x00") == "bell\\x07\\x00"
    assert terminal_text("x\n::error file=a::b") == "x⏎::error file=a::b"
    assert terminal_text("x\r\ny\rz\tw") == "x⏎y\\x0dz w"
    assert terminal_text("\u202egnp.exe \x85 \u2028 \x7f") == "\\u202egnp.exe \\x85 \\u2028 \\x7f"
    assert terminal_text("\u200d\u00ad") == "\u200d\u00ad"  # not controls: kept


def test_one_line() -> None:
    assert one_line("a\nb\r\nc\rd\x85e\u2028f\u2029g\th") == "a b c d e f g h"
    assert one_line("无换行") == "无换行"


def test_markdown_text() -> None:
    assert markdown_text("a|b <script>&") == "a\\|b &lt;script&gt;&amp;"
    # no image, link, emphasis or code from a name; a bare URL is no autolink (found in review)
    assert (
        markdown_text("![t](https://evil.example/p.png) **B** `c` [x](y)")
        == "\\!\\[t\\](https:\\/\\/evil.example/p.png) \\*\\*B\\*\\* \\`c\\` \\[x\\](y)"
    )
    assert markdown_text("x\n::error file=a::b\x1b") == "x<br>::error file=a::b\\x1b"
    # GFM's extended autolinks (www., an e-mail address) are no link either (issue 26, 8): the
    # dot after www and the @ escaped, shown as typed once rendered
    assert (
        markdown_text("甲局 www.example.com Www.b.cn x@example.com mailto:y@z.org")
        == "甲局 www\\.example.com Www\\.b.cn x\\@example.com mailto:y\\@z.org"
    )


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("-3.5", "-3.5"),
        ("+2", "+2"),
        ("-1e3", "-1e3"),
        # numbers as the reports print them are numbers, never quoted (issue 19: '-3.8%)
        ("-3.8%", "-3.8%"),
        ("+10%", "+10%"),
        ("\u22123.8", "\u22123.8"),
        ("\u22123.8%", "\u22123.8%"),
        ("-1,800.5", "-1,800.5"),
        ("-.5%", "-.5%"),
        # ...but text that starts like one and goes on is still quoted
        ("-3.8%+cmd|' /C calc'!A0", "'-3.8%+cmd|' /C calc'!A0"),
        ("-3.8%%", "'-3.8%%"),
        ("-1,80", "'-1,80"),
        ("-%", "'-%"),
        ("-", "'-"),
        ("+1,800,00", "'+1,800,00"),
        ("-3.8 %", "'-3.8 %"),
        ("低效工业用地", "低效工业用地"),
        (">=30", ">=30"),
        (None, ""),
        (-3.5, "-3.5"),
        (" =1+1", "' =1+1"),  # LibreOffice may trim the space on import (found in review)
        ("\u3000=1+1", "'\u3000=1+1"),
        ("\u200b=1+1", "'\u200b=1+1"),
        ("＝1+2", "'＝1+2"),
        (float("-inf"), ""),
        (float("nan"), ""),
    ],
)
def test_csv_text(value: str | float | None, cell: str) -> None:
    assert csv_text(value) == cell


def test_json_numbers_are_finite() -> None:
    assert json_number(1.5) == 1.5
    assert json_number(None) is None
    assert json_number(math.inf) is None
    assert json_number(-math.inf) is None
    assert json_number(math.nan) is None
    doc = json_finite({"a": [1.7e308 * 10, 2.0, {"b": math.nan}], "c": "x", "d": (1, -math.inf)})
    assert json.dumps(doc, allow_nan=False) == '{"a": [null, 2.0, {"b": null}], "c": "x", "d": [1, null]}'


def test_encodable_keeps_what_the_encoding_can_write() -> None:
    text = "序时进度 −5.0 · ≥1,800 m² … █│★"
    assert encodable(text, "utf-8") == text
    assert encodable(text, None) == text
    gbk = encodable(text, "gbk")
    gbk.encode("gbk")
    assert gbk == "序时进度 -5.0 · ≥1,800 m2 … █│★"
    assert encodable(text, "ascii") == "???? -5.0 . >=1,800 m2 ... #|*"


def test_char_names() -> None:
    assert char_name("\x1b") == "U+001B (ESC)"
    assert char_name("\x85") == "U+0085 (NEL, next line)"
    assert char_name("\x9b") == "U+009B (a C1 control)"
    assert char_name("\u202e") == "U+202E (right-to-left override)"
    assert char_name("\x7f") == "U+007F (DEL)"


def test_shown_cuts_long_values() -> None:
    from plan415x.safetext import shown

    assert shown("abc") == "'abc'"
    assert shown("x" * 78) == "'" + "x" * 78 + "'"  # 80 characters with its quotes: whole
    # 79 x: repr is 81 characters, cut to its first 80 (' and 79 x), then the text's length
    assert shown("x" * 79) == "'" + "x" * 79 + "…(79 characters)"
    assert shown(list(range(100))).endswith("…(390 characters)")  # a list: its repr's length

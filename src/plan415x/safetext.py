"""Text from the data, made safe for where it is written: terminals, CI logs, markdown,
spreadsheets (CSV), JSON and consoles that cannot show every character.

Names, notes and sources are typed by people and arrive from files; none of them may rewrite
a terminal (ESC sequences), start a GitHub Actions workflow command (a newline, then
``::error``), turn into a formula in a spreadsheet (``=HYPERLINK(...)``) or crash the output on
a GBK console. Pure functions of their arguments; nothing here imports the rest of plan415x.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import Any

# What never belongs in text shown to people: C0 controls (TAB and LF are handled apart), DEL,
# C1 controls (NEL among them), the line and paragraph separators and the bidirectional
# embeddings, overrides and isolates that can make text read differently from what it holds.
CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
# What XML 1.0 cannot hold beyond the C0 controls (so neither can a .docx, a workbook or the
# template): lone surrogates (only an escape such as "\ud800" makes one) and Unicode's
# noncharacters, U+FDD0-U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF,
# U+1FFFE ... U+10FFFF). FDD0-FDEF are legal XML but "discouraged", and never text: refused too.
NOT_XML = "\ud800-\udfff\ufdd0-\ufdef" + "".join(
    chr(plane | 0xFFFE) + chr(plane | 0xFFFF) for plane in range(0, 0x110000, 0x10000)
)
_NOT_XML = re.compile(f"[{NOT_XML}]")


def not_xml(char: str) -> bool:
    """Whether ``char`` is one XML cannot hold (a lone surrogate or a noncharacter)."""
    return _NOT_XML.match(char) is not None


# Characters that show nothing (zero-width space and joiners, the direction marks, the byte
# order mark): 2023\u200bQ1.yaml would look like 2023Q1.yaml. Shown escaped.
INVISIBLE = "\u061c\u180e\u200b\u200c\u200e\u200f\u2060-\u2064\ufeff"  # not ZWJ: emoji need it
_UNSAFE = re.compile(f"\r\n|[\t\n{CONTROLS}{INVISIBLE}]")
_LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_C0_NAMES = [
    "NUL",
    "SOH",
    "STX",
    "ETX",
    "EOT",
    "ENQ",
    "ACK",
    "BEL",
    "BS",
    "TAB",
    "LF",
    "VT",
    "FF",
    "CR",
    "SO",
    "SI",
    "DLE",
    "DC1",
    "DC2",
    "DC3",
    "DC4",
    "NAK",
    "SYN",
    "ETB",
    "CAN",
    "EM",
    "SUB",
    "ESC",
    "FS",
    "GS",
    "RS",
    "US",
]
NEWLINE_MARK = "⏎"


def char_name(char: str) -> str:
    """``U+001B (ESC)``: a character named for a message, controls by their abbreviation."""
    code = ord(char)
    if code < 0x20:
        name = _C0_NAMES[code]
    elif code == 0x7F:
        name = "DEL"
    elif code == 0x85:
        name = "NEL, next line"
    elif 0x80 <= code <= 0x9F:
        name = "a C1 control"
    elif 0xD800 <= code <= 0xDFFF:
        name = "a lone surrogate"
    elif not_xml(char):
        name = "a noncharacter"
    else:
        name = unicodedata.name(char, "").lower() or "unnamed"
    return f"U+{code:04X} ({name})"


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in ("\n", "\r\n"):
        return NEWLINE_MARK
    if char == "\t":
        return " "
    return _escape(char)


def terminal_text(text: str) -> str:
    """``text`` as one line a terminal shows as it is: a newline becomes ⏎, a tab a space,
    every other control character a visible escape (ESC as ``\\x1b``, U+202E as ``\\u202e``)."""
    if text.isprintable():  # the common case, decided in C
        return text
    return _UNSAFE.sub(_visible, text)


def one_line(text: str) -> str:
    """``text`` with every line break (LF, CRLF, CR, NEL, U+2028, U+2029…) and tab as one space."""
    if text.isprintable():
        return text
    return _LINE_BREAKS.sub(" ", text).replace("\t", " ")


_MARKDOWN = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "\\|"}
    # What makes a link, an image, emphasis or code out of a name: escaped, shown as typed.
    | {char: "\\" + char for char in "\\`*_[]!~"}
    # GFM's extended autolinks make x@example.com (and mailto:/xmpp: forms) a live link: an
    # escaped @ splits the address in two pieces of text, neither of which is one.
    | {"@": "\\@"}
)
# GFM's extended www autolink starts at "www." (any case, in practice): its dot escaped, the
# parser no longer sees the four characters it looks for, and the text still reads www.
_WWW = re.compile(r"(www)\.", re.IGNORECASE)


def markdown_text(text: str) -> str:
    """``text`` for one cell or line of markdown (GitHub's flavour): ``&<>`` as HTML entities,
    ``|`` escaped (it would end a table cell), a newline as ``<br>``, other control characters
    as visible escapes (as in ``terminal_text``); no autolink (``://``, ``www.``, ``@``)."""
    # A bare URL is a link on GitHub (autolinks): its "://" escaped, it stays text; so are the
    # extended autolinks' "www." and "@" (issue 26).
    out = _WWW.sub(r"\1\\.", text.translate(_MARKDOWN).replace("://", ":\\/\\/"))
    if out.isprintable():
        return out
    return terminal_text(out).replace(NEWLINE_MARK, "<br>")


# What a spreadsheet reads as the start of a formula when typed; full-width ＝＋－＠ too, which
# Excel and WPS take as their ASCII forms when a Chinese input method typed them.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
# Spaces a spreadsheet may trim on import (an option of LibreOffice's), and invisible
# characters, before what would start a formula.
_LEADING = " \u00a0\u3000\u200b\ufeff"
# A number as the reports print one: a sign (ASCII, or the minus sign U+2212), digits with or
# without thousands separators, decimals, an exponent, a percent sign (-3.8%, +10%, -1,800.5).
# A spreadsheet reads such a cell as a number, never a formula; a ' before it would turn a
# completion of -25% into text that no longer sorts or sums.
_NUMBER = re.compile(r"[-+\u2212]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?%?")


def csv_text(value: str | float | None) -> str:
    """A CSV cell that no spreadsheet reads as a formula (OWASP's "CSV injection"): text that
    starts with ``= + - @`` (or their full-width forms), a tab or a carriage return, after any
    spaces or invisible characters, gets a leading ``'``, as the Excel export marks such text.
    A number (``-3.5``, ``+2``, ``-3.8%``, ``−3.8``, ``-1,800``) stays a number; None is empty; a number that is not
    finite is empty too (``-inf`` reads as a formula)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return repr(value) if math.isfinite(value) else ""
    start = value.lstrip(_LEADING)
    if start.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


SHOWN_LIMIT = 80
"""How many characters of a value a message quotes; the rest is counted, not shown."""


def shown(value: object, limit: int = SHOWN_LIMIT) -> str:
    """``value`` as a message quotes it (``repr``), cut to its first ``limit`` characters with
    an ellipsis and the full length when longer: ``'aaaa…'…(1,500,000 characters)``. A 1.5 MB
    value in a wrong place is named, never printed whole (issue 26). The length is the text's
    for a string, else that of its ``repr``."""
    quoted = repr(value)
    if len(quoted) <= limit:
        return quoted
    size = len(value) if isinstance(value, str) else len(quoted)
    return f"{quoted[:limit]}…({size:,} characters)"


def json_number(value: float | None) -> float | None:
    """``value``, or None for NaN and ±infinity, which JSON cannot hold."""
    if value is None or math.isfinite(value):
        return value
    return None


def json_finite(data: Any) -> Any:
    """``data`` (dicts, lists, scalars) with every non-finite float as None, so that
    ``json.dumps(..., allow_nan=False)`` never fails and never writes ``Infinity``."""
    if isinstance(data, float):
        return json_number(data)
    if isinstance(data, dict):
        return {key: json_finite(value) for key, value in data.items()}
    if isinstance(data, list | tuple):
        return [json_finite(value) for value in data]
    return data


# Close equivalents for consoles whose encoding lacks a character (GBK has no U+2212 and no ²).
_CLOSE = {
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "--",
    "\u2026": "...",
    "\u00b2": "2",
    "\u00b3": "3",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2248": "~",
    "\u00d7": "x",
    "\u00b7": ".",
    "\u2022": "*",
    "\u2605": "*",
    "\u2588": "#",
    "\u2502": "|",
    "\u2503": "|",
    "\u2191": "^",
    "\u2193": "v",
    "\u23ce": " ",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
    "\ufffd": "?",
}


def close_char(char: str, encoding: str) -> str:
    """A stand-in for ``char`` that ``encoding`` can write: a close ASCII form where one is
    known (− as -, ² as 2, … as ...), else the character's compatibility form, else ``?``."""
    for candidate in (_CLOSE.get(char), unicodedata.normalize("NFKC", char)):
        if candidate and candidate != char:
            try:
                candidate.encode(encoding)
            except (UnicodeEncodeError, LookupError):
                continue
            return candidate
    return "?"


def encodable(text: str, encoding: str | None) -> str:
    """``text`` unchanged when ``encoding`` can write all of it (always for UTF-8), else with
    every character it cannot write replaced by ``close_char``."""
    if not encoding:
        return text
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        pass
    except LookupError:
        return text
    else:
        return text
    out = []
    for char in text:
        try:
            char.encode(encoding)
        except UnicodeEncodeError:
            char = close_char(char, encoding)
        out.append(char)
    return "".join(out)

"""Formats for the problems found in the data (``plan415x validate --format``).

File names and messages hold text from the data (a file's name, a value quoted in a message):
every format but JSON shows them through ``safetext.terminal_text``, so a newline or an ESC
in them can neither rewrite a terminal nor start a line that CI reads as a command.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from pathlib import PurePosixPath
from typing import Any, assert_never
from urllib.parse import quote

from plan415x import __version__
from plan415x.options import ProblemFormat
from plan415x.problems import Problem
from plan415x.safetext import terminal_text

GITHUB_ANNOTATIONS = 10
"""GitHub shows at most this many annotations of each level per step; the rest only in the log."""
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def format_problems(
    problems: Sequence[Problem], fmt: ProblemFormat, *, color: bool = False, lang: str = "en"
) -> str:
    """The problems in ``fmt``; ``lang``: the language of the text format's summary line (the
    messages come translated, cli.shared.in_language; the other formats have no words of their
    own but the level, which scripts read)."""
    # One case per member and assert_never: mypy --strict proves every format has its renderer.
    match fmt:
        case ProblemFormat.parsable:
            return "".join(
                f"{terminal_text(p.file)}:{p.line}:{p.column}: [{p.level}] {terminal_text(p.message)} ({p.code})\n"
                for p in problems
            )
        case ProblemFormat.github:
            return "".join(_github(p) for p in problems) + _github_overflow(problems)
        case ProblemFormat.json:
            rows = [
                {
                    "file": p.file,
                    "line": p.line,
                    "column": p.column,
                    "level": p.level,
                    "code": p.code,
                    "message": p.message,
                    "path": p.path,
                }
                for p in problems
            ]
            return json.dumps(rows, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        case ProblemFormat.sarif:
            return json.dumps(sarif(problems), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
        case ProblemFormat.text:
            return _text(problems, color, lang)
        case _:
            assert_never(fmt)


def _github(p: Problem) -> str:
    # Workflow commands end at a newline, and % , : have meanings there: escape them.
    def esc(text: str, prop: bool = False) -> str:
        text = terminal_text(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    where = f"file={esc(p.file, True)}"
    if p.line:
        where += f",line={p.line},col={p.column}"
    # GitHub's own word for a note is notice (::note is no command and would print as text).
    level = "notice" if p.level == "note" else p.level
    return f"::{level} {where},title={esc(p.code, True)}::{esc(p.message)}\n"


def _github_overflow(problems: Sequence[Problem]) -> str:
    """One notice per level past GitHub's limit, so nobody takes the annotations for all."""
    out = []
    for level, count in sorted(Counter(p.level for p in problems).items()):
        if count > GITHUB_ANNOTATIONS:
            more = count - GITHUB_ANNOTATIONS
            out.append(
                f"::notice title=plan415x::{count} {level}s in all; GitHub annotates only the first"
                f" {GITHUB_ANNOTATIONS}, the other {more} are in this step's log above\n"
            )
    return "".join(out)


def _uri(file: str) -> str:
    """A SARIF artifact URI: a relative path as is (from the repository's root, where CI runs),
    an absolute one as a file:// URI. A name the system gave in bytes that are not UTF-8 (a GBK
    name from a Windows zip, held as surrogate escapes) is quoted byte for byte: the URI names
    that very file."""
    path = PurePosixPath(file.replace("\\", "/"))
    raw = str(path).encode("utf-8", "surrogateescape")
    if path.is_absolute():
        return "file://" + quote(raw)
    return quote(raw)


def fingerprint(p: Problem) -> str:
    """The same for the same problem from run to run, wherever its line moves: its code, file,
    place in the document (or message, for problems without one)."""
    # hashlib here: it loads OpenSSL (a few ms), and a cached check imports this module to
    # have its problems' formats at hand (cli/bodies/common.py), never to fingerprint.
    import hashlib

    key = "\0".join((p.code, p.file, p.path or p.message))
    # surrogatepass: a file name's undecodable bytes (surrogate escapes) are hashed, not refused.
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def sarif(problems: Sequence[Problem]) -> dict[str, Any]:
    """SARIF 2.1.0 for code scanning (GitHub's upload-sarif): one rule per problem code."""
    codes = sorted({p.code for p in problems})
    index = {code: i for i, code in enumerate(codes)}
    levels = {p.code: p.level if p.level in ("error", "warning", "note") else "note" for p in problems}
    results = []
    for p in problems:
        # A problem of a whole file (line 0) is shown at its first line: code scanning wants a region.
        region = {"startLine": p.line, "startColumn": p.column} if p.line else {"startLine": 1}
        result: dict[str, Any] = {
            "ruleId": p.code,
            "ruleIndex": index[p.code],
            "level": p.level if p.level in ("error", "warning", "note") else "note",
            "message": {"text": p.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(p.file)},
                        "region": region,
                    }
                }
            ],
            "partialFingerprints": {"plan415x/v1": fingerprint(p)},
        }
        if p.path:
            result["locations"][0]["logicalLocations"] = [{"fullyQualifiedName": p.path}]
        results.append(result)
    rules = [
        {
            "id": code,
            "name": code,
            "shortDescription": {"text": f"plan415x: {code}"},
            "defaultConfiguration": {"level": levels[code]},
        }
        for code in codes
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "plan415x",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _text(problems: Sequence[Problem], color: bool, lang: str = "en") -> str:
    bold, red, dim, reset = ("\x1b[1m", "\x1b[31m", "\x1b[2m", "\x1b[0m") if color else ("",) * 4
    yellow = "\x1b[33m" if color else ""
    out: list[str] = []
    for file, group in groupby(problems, key=lambda p: p.file):
        out.append(f"{bold}{terminal_text(file)}{reset}")
        for p in group:
            where = f"{p.line}:{p.column}" if p.line else "-"
            hue = yellow if p.level == "warning" else red
            out.append(
                f"  {where:<8} {hue}{p.level}{reset}  {terminal_text(p.message)}  {dim}({p.code}){reset}"
            )
        out.append("")
    files = len({p.file for p in problems})
    # Warnings alone (validate on valid data) are counted as what they are, not as problems.
    warned = all(p.level == "warning" for p in problems) and problems
    what, hue = ("warning", yellow) if warned else ("problem", red)
    if lang == "zh":
        counted = f"{len(problems)} 条警示" if warned else f"{len(problems)} 个问题"
        out.append(f"{hue}{bold}共 {counted},涉及 {files} 个文件{reset}")
    else:
        out.append(
            f"{hue}{bold}{len(problems)} {what}{'s' * (len(problems) != 1)} in {files} file{'s' * (files != 1)}{reset}"
        )
    return "\n".join(out) + "\n"

"""Formats for the problems found in the data (``plan415x validate --format``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby

from plan415x.options import ProblemFormat
from plan415x.problems import Problem


def format_problems(problems: Sequence[Problem], fmt: ProblemFormat, *, color: bool = False) -> str:
    if fmt is ProblemFormat.parsable:
        return "".join(
            f"{p.file}:{p.line}:{p.column}: [{p.level}] {p.message} ({p.code})\n" for p in problems
        )
    if fmt is ProblemFormat.github:
        return "".join(_github(p) for p in problems)
    if fmt is ProblemFormat.json:
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
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    return _text(problems, color)


def _github(p: Problem) -> str:
    # Workflow commands end at a newline, and % , : have meanings there: escape them.
    def esc(text: str, prop: bool = False) -> str:
        text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return text.replace(":", "%3A").replace(",", "%2C") if prop else text

    where = f"file={esc(p.file, True)}"
    if p.line:
        where += f",line={p.line},col={p.column}"
    return f"::{p.level} {where},title={esc(p.code, True)}::{esc(p.message)}\n"


def _text(problems: Sequence[Problem], color: bool) -> str:
    bold, red, dim, reset = ("\x1b[1m", "\x1b[31m", "\x1b[2m", "\x1b[0m") if color else ("",) * 4
    out: list[str] = []
    for file, group in groupby(problems, key=lambda p: p.file):
        out.append(f"{bold}{file}{reset}")
        for p in group:
            where = f"{p.line}:{p.column}" if p.line else "-"
            out.append(f"  {where:<8} {red}{p.level}{reset}  {p.message}  {dim}({p.code}){reset}")
        out.append("")
    files = len({p.file for p in problems})
    out.append(
        f"{red}{bold}{len(problems)} problem{'s' * (len(problems) != 1)} in {files} file{'s' * (files != 1)}{reset}"
    )
    return "\n".join(out) + "\n"

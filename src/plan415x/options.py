"""The command line's choices, as ``str`` Enums in a module that imports nothing heavy:
``plan415x --help`` must not pay for pydantic, rich or openpyxl."""

from __future__ import annotations

from enum import Enum
from typing import TypeVar


class CheckFormat(str, Enum):
    """Output of ``check`` and ``rank``."""

    table = "table"
    json = "json"
    markdown = "markdown"
    csv = "csv"


class TrendFormat(str, Enum):
    """Output of ``trend`` (its ``--json`` flag chooses json; the table otherwise)."""

    table = "table"
    json = "json"


class ListFormat(str, Enum):
    """Output of ``targets``."""

    table = "table"
    json = "json"
    csv = "csv"


class ProblemFormat(str, Enum):
    """Output of ``validate`` (and of the problems of every command)."""

    text = "text"
    parsable = "parsable"
    json = "json"
    github = "github"
    sarif = "sarif"


class Lang(str, Enum):
    zh = "zh"
    en = "en"


class FailOn(str, Enum):
    never = "never"
    yellow = "yellow"
    red = "red"


class SchemaName(str, Enum):
    targets = "targets"
    actuals = "actuals"
    scoring = "scoring"


class BriefFormat(str, Enum):
    """Output of ``brief``, chosen by the output's suffix (``of_suffix``)."""

    markdown = ".md"
    docx = ".docx"
    pdf = ".pdf"


class BriefForm(str, Enum):
    """What ``brief`` writes: the 通报 of a period's progress (the default), or a year's
    量化指标任务落实情况 (指标, 目标, 完成情况, 是否完成)."""

    progress = "progress"
    implementation = "implementation"


class PageFormat(str, Enum):
    """The page of ``export`` (``-o FILE.html`` or ``FILE.pdf``; a workbook otherwise)."""

    html = ".html"
    pdf = ".pdf"


F = TypeVar("F", BriefFormat, PageFormat)


def of_suffix(suffix: str, formats: type[F]) -> F | None:
    """The format a file name's suffix chooses (``.htm`` is ``.html``), None for any other: the
    caller refuses it, never falls back to a format not asked for."""
    suffix = suffix.lower()
    suffix = ".html" if suffix == ".htm" else suffix
    for member in formats:
        if member.value == suffix:
            return member
    return None


class StarterKind(str, Enum):
    """What ``init`` starts from: an action plan (one target of every kind) or a government
    work report's 主要预期目标 (左右 with its good side, a range, an upper bound, 属性)."""

    plan = "plan"
    work_report = "work-report"

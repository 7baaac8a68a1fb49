"""The command line's choices, as ``str`` Enums in a module that imports nothing heavy:
``plan415x --help`` must not pay for pydantic, rich or openpyxl."""

from __future__ import annotations

from enum import Enum


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


class StarterKind(str, Enum):
    """What ``init`` starts from: an action plan (one target of every kind) or a government
    work report's 主要预期目标 (左右 with its good side, a range, an upper bound, 属性)."""

    plan = "plan"
    work_report = "work-report"

"""The text of an ``actuals/<PERIOD>.yaml`` the import writes: a record as YAML data, dumped as
the hand-written files are (any text a reader could take for another type quoted), a new file,
or the existing one edited in place (records replaced and appended, comments kept, else written
in full, said so). What the merge does (``Plan``) is decided in ``merging``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from plan415x import yamlfile
from plan415x.excel import cells as xc
from plan415x.excel.sheetrows import Read
from plan415x.periods import Period
from plan415x.values import Record

# Text some YAML reader takes for another type. SafeDumper already quotes what PyYAML (YAML 1.1)
# would read otherwise; these are the rest: YAML 1.2's numbers that 1.1 reads as text (2E5, 1e3,
# 0o17, -.5: the loader refuses a plain 2E5 as a mistaken number, so the tool would refuse its
# own output), and 1.1's y/n booleans PyYAML skips. Listed whole (1.1 and 1.2) so the rule
# holds whatever PyYAML decides; a match is single-quoted, which every reader takes as text.
_LOOKS_TYPED = re.compile(
    r"[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?0(?:o[0-7_]+|x[0-9a-fA-F_]+|b[01_]+)"
    r"|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
    r"|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
    r"|~|null|Null|NULL|"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+).*)?"
)


class _Dumper(yaml.SafeDumper):
    """SafeDumper that indents a list under its key, as the hand-written files do, and quotes
    any text a YAML reader could take for a number, a boolean, null or a date."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: Any) -> bool:
        # Every figure of a workbook shares one received date: written as &id001 and *id001
        # it would be an anchor an analyst editing the file by hand cannot read. Each is
        # written out.
        return True


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    if _LOOKS_TYPED.fullmatch(text):
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="'")
    return dumper.represent_str(text)


_Dumper.add_representer(str, _represent_text)


def record_data(record: Record) -> dict[str, Any]:
    """A record as YAML data: fields in a fixed, readable order, none left empty."""
    out: dict[str, Any] = {"target": record.target}
    if record.value is not None:
        out["value"] = xc.tidy_number(record.value)
    if record.unit is not None:
        out["unit"] = record.unit
    if record.state is not None:
        out["state"] = record.state.value
    if record.components is not None:
        out["components"] = {k: xc.tidy_number(v) for k, v in record.components.items()}
    if record.reference is not None:
        out["reference"] = xc.tidy_number(record.reference)
    if record.as_of is not None:
        out["as_of"] = record.as_of
    if record.source is not None:
        source = record.source
        fields = (("document", source.document), ("reported_by", source.reported_by), ("date", source.date))
        out["source"] = {k: v for k, v in (*fields, ("url", source.url)) if v is not None}
    if record.note is not None:
        out["note"] = record.note
    if record.evidence is not None:
        out["evidence"] = record.evidence
    if record.checked:
        out["checked"] = [code.value for code in record.checked]
    if record.reason is not None:
        out["reason"] = record.reason
    if record.next_steps is not None:
        out["next_steps"] = record.next_steps
    return out


def dump(data: Any, *, flow: bool = False) -> str:
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=flow,
        width=100 if not flow else 10_000,
    )


@dataclass
class Plan:
    added: list[int] = field(default_factory=list)  # indexes into the read entries
    unchanged: list[int] = field(default_factory=list)
    replaced: list[tuple[int, int]] = field(default_factory=list)  # (entry, existing record index)
    checked: list[tuple[int, int]] = field(default_factory=list)
    """(entry, existing record index) of unchanged figures whose record takes a warning
    acknowledged with ``--accept``: rewritten in place with its ``checked``."""


def _new_file(period: Period, records: list[Record], note: str, illustrative: bool = False) -> str:
    data: dict[str, Any] = {
        "schema_version": 1,
        "period": str(period),
        "illustrative": illustrative,
        **({"note": ILLUSTRATIVE_NOTE} if illustrative else {}),
        "records": [record_data(r) for r in records],
    }
    return f"# {note}\n" + dump(data)


def _edited_file(text: str, raw: dict[str, Any], read: Read, plan: Plan, note: str) -> tuple[str, bool]:
    """The existing file with records replaced in place and new ones appended, comments kept.

    The edit is checked by parsing it again: if the result is not exactly the expected data
    (an unusual layout), the file is written in full instead (comments lost, said so)."""
    records = list(raw.get("records") or [])
    for i, j in [*plan.replaced, *plan.checked]:
        records[j] = record_data(read.records[i])
    records += [record_data(read.records[i]) for i in plan.added]
    expected = {**raw, "records": records}
    newline = _newline(text)
    edited = _edit_text(text, read, plan, note, newline)
    if edited is not None:
        parsed = yamlfile.parse(edited, Path("edited.yaml"), "edited.yaml")
        if isinstance(parsed, yamlfile.Document) and parsed.data == expected:
            return edited, True
    full = f"# {note} Rewritten in full: earlier comments were not kept.\n" + dump(expected)
    return full.replace("\n", newline), False


def _newline(text: str) -> str:
    """The file's line ending (that of its first line): lines added keep to it (CRLF stays CRLF)."""
    end = text.find("\n")
    return "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"


def _edit_text(text: str, read: Read, plan: Plan, note: str, eol: str = "\n") -> str | None:
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    try:
        root = yaml.compose(text, Loader=yamlfile._BaseLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, MappingNode):
        return None
    seq = next(
        (v for k, v in root.value if isinstance(k, ScalarNode) and k.value == "records"),
        None,
    )
    if not isinstance(seq, SequenceNode) or seq.flow_style or not seq.value:
        return None
    edits: list[tuple[int, int, str]] = []
    for i, j in [*plan.replaced, *plan.checked]:
        item = seq.value[j]
        start = item.start_mark.index
        end = _content_end(item)
        flow = dump(record_data(read.records[i]), flow=True).strip()
        line_end = text.find("\n", end)
        if not text[end : len(text) if line_end < 0 else line_end].strip():
            flow += f"  # replaced: {note}" if (i, j) in plan.replaced else f"  # checked: {note}"
        edits.append((start, end, flow))
    if plan.added:
        last_end = _content_end(seq.value[-1])
        newline = text.find("\n", last_end)
        at = len(text) if newline < 0 else newline + 1
        indent = " " * seq.start_mark.column
        block = dump([record_data(read.records[i]) for i in plan.added])
        lines = [f"{indent}# {note}"] + [indent + line for line in block.rstrip("\n").split("\n")]
        insert = (eol if newline < 0 else "") + eol.join(lines) + eol
        edits.append((at, at, insert))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _content_end(node: Any) -> int:
    """Where a node's own text ends (a block mapping's end mark runs on to the next item)."""
    from yaml.nodes import MappingNode, SequenceNode

    if isinstance(node, MappingNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1][1])
    if isinstance(node, SequenceNode) and not node.flow_style and node.value:
        return _content_end(node.value[-1])
    return int(node.end_mark.index)


ILLUSTRATIVE_NOTE = "示例数据:本文件数字为演示用的样本,并非官方统计数据,不得引用。"
"""The note ``import --illustrative`` gives a new file, as the repository's sample files say it."""

_ILLUSTRATIVE_LINE = re.compile(r"^illustrative:[^\n#]*", re.MULTILINE)
_PERIOD_LINE = re.compile(r"^period:[^\n]*\n", re.MULTILINE)


def marked_illustrative(text: str, raw: dict[str, Any]) -> str:
    """The existing file marked ``illustrative: true`` (``import --illustrative``): its
    ``illustrative:`` line set, else one added after ``period:``, comments kept; checked by
    parsing it again, else the file written in full, said in its first line."""
    expected = {**raw, "illustrative": True}
    if _ILLUSTRATIVE_LINE.search(text):
        edited = _ILLUSTRATIVE_LINE.sub("illustrative: true", text, count=1)
    else:
        edited = _PERIOD_LINE.sub(lambda m: m.group(0) + "illustrative: true" + _newline(text), text, count=1)
    parsed = yamlfile.parse(edited, Path("edited.yaml"), "edited.yaml")
    if isinstance(parsed, yamlfile.Document) and parsed.data == expected:
        return edited
    return "# Marked illustrative; rewritten in full: earlier comments were not kept.\n" + dump(expected)

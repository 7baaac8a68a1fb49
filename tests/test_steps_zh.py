"""Every step a rule can emit has its Chinese form: found in the rules' source with ast."""

from __future__ import annotations

import ast
import itertools
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from plan415x.rules import steps_zh
from plan415x.rules.steps_zh import EXPRESSIONS, PATTERNS, RULES, STEPS, translate
from plan415x.values import Kind

RULES_DIR = Path(steps_zh.__file__).parent
# A list of steps (or caveats) a rule fills, and the calls that take a step.
_LISTS = {"steps", "caveats"}


def _literal(node: ast.expr, scope: ast.AST) -> list[str] | None:
    """Every text ``node`` can be, f-string placeholders as ``{expr}``; None for what is not
    text built here (a call, a parameter)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        pieces: list[list[str]] = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                pieces.append([str(value.value)])
                continue
            assert isinstance(value, ast.FormattedValue)
            inner = _literal(value.value, scope) if isinstance(value.value, ast.Name) else None
            pieces.append(inner if inner is not None else ["{" + ast.unparse(value.value) + "}"])
        return ["".join(p) for p in itertools.product(*pieces)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left, scope), _literal(node.right, scope)
        if left is None or right is None:
            return None
        return [a + b for a, b in itertools.product(left, right)]
    if isinstance(node, ast.IfExp):
        body, orelse = _literal(node.body, scope), _literal(node.orelse, scope)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.Name):
        found: list[str] = []
        for sub in ast.walk(scope):
            if isinstance(sub, ast.Assign | ast.AnnAssign) and sub.value is not None:
                targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
                if any(isinstance(t, ast.Name) and t.id == node.id for t in targets):
                    found += _literal(sub.value, scope) or []
        return found or None
    return None


def _emitted(tree: ast.Module) -> Iterator[tuple[str, str, int]]:
    """(kind, text, line): kind "template" for step()'s first argument, "plain" for a text put
    where a step (or caveat) goes."""
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    for fn in functions:
        places: list[ast.expr] = []
        for node in ast.walk(fn):
            if isinstance(node, ast.Call):
                f = node.func
                if isinstance(f, ast.Name) and f.id == "step" and node.args:
                    for text in _literal(node.args[0], fn) or []:
                        yield "template", text, node.lineno
                elif isinstance(f, ast.Name) and f.id == "no_figure" and len(node.args) > 1:
                    places.append(node.args[1])
                elif (
                    isinstance(f, ast.Attribute)
                    and isinstance(f.value, ast.Name)
                    and f.value.id in _LISTS
                    and f.attr in ("append", "insert")
                ):
                    places.append(node.args[-1])
                for kw in node.keywords:
                    if kw.arg in _LISTS:
                        value = kw.value
                        places += list(value.elts) if isinstance(value, ast.Tuple | ast.List) else [value]
            elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
                node.value, ast.List | ast.Tuple
            ):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id in _LISTS for t in targets):
                    places += node.value.elts
            elif (
                isinstance(node, ast.Return)
                and node.value is not None
                and isinstance(fn.returns, ast.Name)
                and fn.returns.id == "Step"
            ):
                places.append(node.value)
        for place in places:
            for text in _literal(place, fn) or []:
                yield "plain", text, place.lineno


def _all_emitted() -> list[tuple[str, str, str]]:
    out = []
    for path in sorted(RULES_DIR.glob("*.py")):
        if path.name == "steps_zh.py":
            continue
        for kind, text, line in _emitted(ast.parse(path.read_text(encoding="utf-8"))):
            out.append((kind, text, f"{path.name}:{line}"))
    return out


EMITTED = _all_emitted()


def test_the_scan_finds_the_steps_it_is_about() -> None:
    """The scan itself can fail: it must meet steps of every shape the rules use."""
    texts = {text for _, text, _ in EMITTED}
    assert "completion = actual / target = {} / {} {} = {}%" in texts  # step() in common.py
    assert "monitoring only: shown and explained, never judged" in texts  # a plain constant
    assert (
        "{what} ({ctx.frequency.value} reporting: none owed yet): {status.value}" in texts
    )  # IfExp in a name
    assert "due by the end of {target.last_year} (the last chance)" in texts  # f-string + IfExp
    assert (
        "the light by whole items (整项计), before the deadline: {} owed by now, {} reached, {} short: {}"
        in texts
    )  # IfExp in an assignment
    assert "{year} is counted to {last.period.label_en()} only" in texts  # a caveat
    assert any("rounded up:" in t for t in texts)  # a template chosen by if/else
    assert len(EMITTED) > 60


@pytest.mark.parametrize(("kind", "text", "where"), EMITTED, ids=[f"{w}" for _, _, w in EMITTED])
def test_every_step_has_its_chinese(kind: str, text: str, where: str) -> None:
    placeholders = re.findall(r"\{([^{}]*)\}", text)
    if kind == "template" or not any(placeholders):
        assert text in STEPS, f"{where}: no Chinese form for {text!r} in rules/steps_zh.py STEPS"
        zh = STEPS[text]
        # the same placeholders, all positional ({}), so the arguments land where they should
        assert [f for _, f, _, _ in string.Formatter().parse(zh) if f is not None] == [
            f for _, f, _, _ in string.Formatter().parse(text) if f is not None
        ]
    else:
        assert text in PATTERNS, f"{where}: no Chinese form for the f-string {text!r} in PATTERNS"
        for name in placeholders:
            assert name in EXPRESSIONS, f"{where}: say in EXPRESSIONS what {{{name}}} holds"
        assert sorted(re.findall(r"\{([^{}]*)\}", PATTERNS[text])) == sorted(placeholders)


def test_no_entry_is_left_over() -> None:
    """An entry no rule emits any more is dead weight, and hides a renamed template."""
    texts = {text for _, text, _ in EMITTED}
    assert set(STEPS) - texts == set()
    assert set(PATTERNS) - texts == set()


def test_chinese_has_no_english_words_left() -> None:
    for zh in [*STEPS.values(), *PATTERNS.values()]:
        bare = re.sub(r"\{[^{}]*\}", "", zh)
        assert not re.search(r"[A-Za-z]{3,}", bare), zh


def test_every_character_is_in_gbk() -> None:
    """A GBK console gets a replacement for what GBK lacks; the catalogue needs none."""
    for zh in [*STEPS.values(), *PATTERNS.values(), *RULES.values()]:
        zh.encode("gbk")


def test_every_kind_has_its_chinese_formula() -> None:
    assert set(RULES) == set(Kind)
    assert all(text.strip() for text in RULES.values())


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        (
            "no figure for 2024 yet (quarterly reporting: none owed yet): not_due",
            "2024年尚无数据(按季报送,尚无应报数据): 未到期",
        ),
        ("no figure reported yet: no_data", "尚未报送数据: 未填报"),
        ("no growth rate for 2023 yet: no_data", "2023年尚无增速数据: 未填报"),
        (
            "reported pending (Jan-Sep 2023) — 已提交: 申报材料: on_track",
            "报送为推进中(2023年1-9月) — 已提交: 申报材料: 达进度",
        ),
        ("reported done (Jan 2024): achieved", "报送为已完成(2024年1月): 已完成"),
        ("due by the end of 2025", "2025年底前完成"),
        ("2023 is counted to Jan-Sep 2023 only", "2023年仅计至2023年1-9月"),
        ("something a rule never says", "something a rule never says"),
    ],
)
def test_plain_steps_are_matched_back(english: str, chinese: str) -> None:
    assert translate(english) == chinese

"""Loading scoring.yaml: strict YAML, the model, then the names it uses checked against the
plan; every problem located at its file:line:col, as for the other data files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from plan415x import yamlfile
from plan415x.loading import display_path, read_file
from plan415x.problems import Problem
from plan415x.scoring.model import RULE_TYPES, ScoringFile
from plan415x.validation import problem_of_error
from plan415x.values import PlanFile

_TAGS = frozenset(RULE_TYPES)  # named so, the message's text is messages_zh's key
RESERVED = frozenset({"base", "floor", "cap"})


def load_scoring(
    path: Path, plan: PlanFile, *, raw: bytes | Problem | None = None
) -> tuple[ScoringFile | None, list[Problem]]:
    """``raw``: the file's bytes (or the problem reading them), when already read."""
    shown = display_path(path)
    if raw is None:
        raw = read_file(path, shown)
    if isinstance(raw, Problem):
        return None, [raw]
    text = yamlfile.decode(raw, shown)
    if isinstance(text, Problem):
        return None, [text]
    doc = yamlfile.parse(text, path, shown)
    if isinstance(doc, Problem):
        return None, [doc]
    if not isinstance(doc.data, dict):
        got = "an empty file" if doc.data is None else f"a {type(doc.data).__name__}"
        return None, [
            Problem(shown, 1, 1, "wrong-type", f"expected a mapping of fields at the top, got {got}")
        ]
    try:
        scoring = ScoringFile.model_validate(doc.data)
    except ValidationError as error:
        return None, sorted(_located(doc, err) for err in error.errors(include_url=False))
    problems = check_scoring(scoring, plan, doc)
    return (None, problems) if problems else (scoring, [])


def _located(doc: yamlfile.Document, err: Any) -> Problem:
    """A pydantic error at its place in the file. A rule's errors carry its type as a step of
    the path (rules.0.lights.points): dropped, the path is the file's (rules[0].points)."""
    loc = list(err["loc"])
    model: Any = None
    if len(loc) >= 3 and loc[0] == "rules" and loc[2] in RULE_TYPES:
        model = RULE_TYPES[str(loc.pop(2))]
    err = {**err, "loc": tuple(loc)}
    problem = problem_of_error(doc, ScoringFile, err)
    if model is not None and err["type"] == "extra_forbidden" and len(loc) == 3:
        import difflib

        name = str(loc[-1])
        known = list(model.model_fields)
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]!r}?" if close else f"; expected one of: {', '.join(known)}"
        problem = Problem(
            problem.file,
            problem.line,
            problem.column,
            problem.code,
            f"unknown field {name!r}{hint}",
            problem.path,
        )
    elif err["type"] == "union_tag_invalid":
        problem = Problem(
            problem.file,
            problem.line,
            problem.column,
            "invalid-choice",
            f"type: {err.get('ctx', {}).get('tag', '?')!r} is not a rule type; choose from: {', '.join(sorted(_TAGS))}",
            problem.path,
        )
    return problem


def check_scoring(scoring: ScoringFile, plan: PlanFile, doc: yamlfile.Document) -> list[Problem]:
    """Names that must exist: targets, units, actions, rule ids (each once, none reserved)."""
    targets = {t.id for t in plan.targets}
    units = {u.id for u in plan.responsible_units}
    actions = {a.id for a in plan.actions}
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, rule in enumerate(scoring.rules):
        if rule.id in seen:
            problems.append(
                doc.problem(("rules", i, "id"), "duplicate-rule", f"the rule id {rule.id!r} is given twice")
            )
        elif rule.id in RESERVED:
            problems.append(
                doc.problem(
                    ("rules", i, "id"),
                    "invalid-value",
                    f"id: {rule.id!r} is reserved for the breakdown's own lines; choose another",
                )
            )
        seen.add(rule.id)
    for i, weight in enumerate(scoring.weights.rules):
        if weight.target is not None and weight.target not in targets:
            problems.append(
                _unknown(doc, ("weights", "rules", i, "target"), "target", weight.target, targets)
            )
        if weight.action is not None and weight.action not in actions:
            problems.append(
                _unknown(doc, ("weights", "rules", i, "action"), "action", weight.action, actions)
            )
    for i, ex in enumerate(scoring.exemptions):
        if ex.target is not None and ex.target not in targets:
            problems.append(_unknown(doc, ("exemptions", i, "target"), "target", ex.target, targets))
        if ex.unit is not None and ex.unit not in units:
            problems.append(_unknown(doc, ("exemptions", i, "unit"), "unit", ex.unit, units))
        for j, rule_id in enumerate(ex.rules):
            if rule_id not in seen:
                problems.append(_unknown(doc, ("exemptions", i, "rules", j), "rule", rule_id, seen))
    return sorted(problems)


def _unknown(
    doc: yamlfile.Document, loc: tuple[str | int, ...], what: str, name: str, known: set[str]
) -> Problem:
    import difflib

    close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return doc.problem(loc, f"unknown-{what}", f"unknown {what} {name!r}{hint}")

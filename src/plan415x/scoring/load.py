"""Loading scoring.yaml: strict YAML, the model, then the names it uses checked against the
plan; every problem located at its file:line:col, as for the other data files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError

from plan415x import yamlfile
from plan415x.checks import WORDS, suggest
from plan415x.loading import display_path, read_file
from plan415x.messages import located, problem
from plan415x.problems import Arg, Problem, Said, said
from plan415x.scoring.model import RULE_TYPES, ScoringFile
from plan415x.validation import problem_of_error
from plan415x.values import PlanFile

RESERVED = frozenset({"base", "floor", "cap"})

# What a file holds at the top instead of a mapping, by its Python type's name; another type
# is shown by its name.
_TYPES: dict[str, Said] = {
    "list": said("scoring-type-list"),
    "str": said("scoring-type-str"),
    "int": said("scoring-type-int"),
    "float": said("scoring-type-float"),
    "bool": said("scoring-type-bool", values="true/false"),
}


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
        if doc.data is None:
            top = said("scoring-top-empty")
        else:
            name = type(doc.data).__name__
            word = _TYPES.get(name)
            top = said("scoring-top-not-mapping", got=name if word is None else word)
        return None, [problem(shown, 1, 1, "wrong-type", top)]
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
    found = problem_of_error(doc, ScoringFile, err)
    if model is not None and err["type"] == "extra_forbidden" and len(loc) == 3:
        name = str(loc[-1])
        known = list(model.model_fields)
        hint: Arg = suggest(name, known) or said("scoring-expected-one-of", known=", ".join(known))
        unknown = said("scoring-unknown-field", name=name, hint=hint)
        found = problem(found.file, found.line, found.column, found.code, unknown, found.path)
    elif err["type"] == "union_tag_invalid":
        not_a_type = said(
            "scoring-not-a-rule-type",
            field="type",
            tag=repr(err.get("ctx", {}).get("tag", "?")),
            types=", ".join(sorted(RULE_TYPES)),
        )
        found = problem(found.file, found.line, found.column, "invalid-choice", not_a_type, found.path)
    return found


def check_scoring(scoring: ScoringFile, plan: PlanFile, doc: yamlfile.Document) -> list[Problem]:
    """Names that must exist: targets, units, actions, rule ids (each once, none reserved)."""
    targets = {t.id for t in plan.targets}
    units = {u.id for u in plan.responsible_units}
    actions = {a.id for a in plan.actions}
    problems: list[Problem] = []
    seen: set[str] = set()
    for i, rule in enumerate(scoring.rules):
        if rule.id in seen:
            twice = said("scoring-duplicate-rule", rule=rule.id)
            problems.append(located(doc, ("rules", i, "id"), "duplicate-rule", twice))
        elif rule.id in RESERVED:
            reserved = said("scoring-reserved-id", rule=rule.id)
            problems.append(located(doc, ("rules", i, "id"), "invalid-value", reserved))
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
    unknown = said("scoring-unknown", what=WORDS[what], name=name, hint=suggest(name, known))
    return located(doc, loc, f"unknown-{what}", unknown)

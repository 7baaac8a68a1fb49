"""The draft as a data folder's targets.yaml, written as text: every value quoted as JSON (a
YAML subset), so a text from the plan can never become YAML syntax; each target preceded by
comments that say, field by field, what the rule guessed, how sure it is and why.

Why comments and not a field: the house's Target has no place for a confidence, and a draft
is read by a person before anything else reads it. Comments cost the loader nothing (it
validates the file as written), stay beside the field they explain in an editor, and vanish
from a reviewed file as the analyst confirms each target (the review workbook, later, reads
the draft itself, not these comments).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import PurePath

from plan415x.draft.model import Draft, Guess
from plan415x.i18n import say
from plan415x.safetext import terminal_text

HEADER = """# yaml-language-server: $schema=schemas/targets.schema.json
#
# DRAFT written by `plan415x draft` from {source}: every target below is a proposal, to be
# confirmed against the plan's text (text_zh quotes the clause it came from, as printed).
# The comments above each target say, for each field guessed, the confidence (0-1) and why.
# A field with a low confidence is the first to check. English names are the Chinese ones:
# translate them. Units of measure not built in are declared under measures: check them.
schema_version: 1
"""

GUESSED = (
    "kind",
    "value",
    "unit",
    "comparator",
    "good",
    "attribute",
    "baseline",
    "hedge",
    "period",
    "responsible",
    "restates",
    "reference",
)


def q(text: str) -> str:
    """A YAML scalar that reads back as ``text`` exactly, whatever it holds."""
    return json.dumps(text, ensure_ascii=False)


def number(value: float) -> str:
    return str(int(value)) if value == int(value) and abs(value) < 1e15 else repr(value)


def comment(text: str) -> str:
    """One comment line: no line break or control character of the text survives into it."""
    return terminal_text(text).replace("\n", " ")


def plan_id(source: str) -> str:
    """The plan's id: its file's name when that is one (ruian-415x-2023-2027.txt), else draft."""
    stem = PurePath(source).stem.lower()
    return stem if re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", stem) else "draft"


def targets_yaml(
    draft: Draft,
    source: str,
    builtin_units: Iterable[str],
    ids: Sequence[str] | None = None,
    confirmed: Sequence[bool] | None = None,
) -> str:
    """The targets.yaml of a draft; ``ids`` and ``confirmed`` those of a review (a target
    confirmed in the review workbook loses its confidence comments: it is now the analyst's)."""
    plan = draft.header
    out = [HEADER.format(source=comment(source))]
    out += [
        "plan:",
        f"  id: {plan_id(source)}",
        f"  title_zh: {q(plan.title_zh or source)}",
        f"  issuer_zh: {q(plan.issuer_zh or '(issuer not found in the text)')}",
    ]
    if plan.doc_number:
        out.append(f"  doc_number: {q(plan.doc_number)}")
    out += [f"  first_year: {plan.first_year}", f"  last_year: {plan.last_year}", "  language: zh", ""]
    action_ids = {a.clause: f"a{n}" for n, a in enumerate(draft.actions, 1)}
    out.append("actions:")
    for a in draft.actions:
        out.append(
            f"  - {{id: {action_ids[a.clause]}, clause: {q(a.clause)}, name_zh: {q(a.name_zh)}, name_en: {q(a.name_zh)}}}"
        )
    names = list(dict.fromkeys(n for t in draft.targets for n in t.responsible))
    unit_ids = {name: f"u{n}" for n, name in enumerate(names, 1)}
    out += ["", "responsible_units:" if names else "responsible_units: []  # the text names none: add them"]
    out += [f"  - {{id: {unit_ids[n]}, name_zh: {q(n)}, name_en: {q(n)}}}" for n in names]
    known = set(builtin_units)
    used = [u for t in draft.targets for u in (t.unit, t.figure_unit) if u]
    own = list(dict.fromkeys(u for u in used if u not in known))
    if own:
        out += ["", "# Units the built-in catalogue lacks: check the dimension and the factor.", "measures:"]
        out += [f"  - {{id: {q(u)}, name_en: {q(u)}, dimension: {q(u)}, factor: 1, min: 0}}" for u in own]
    out += ["", "targets:"]
    ids = list(ids or [f"t{n:03d}" for n in range(1, len(draft.targets) + 1)])
    for n, t in enumerate(draft.targets):
        out.append("")
        for field in () if confirmed and confirmed[n] else GUESSED:
            guess: Guess | None = t.why.get(field)
            if guess is not None:
                out.append(f"  # {field}: {guess.confidence:.2f} {comment(say(guess.reason, 'en'))}")
        out += [
            f"  - id: {ids[n]}",
            f"    action: {action_ids[t.action]}",
            f"    clause: {q(t.clause)}",
            f"    text_zh: {q(t.text_zh)}",
            f"    name_zh: {q(t.name_zh)}",
            f"    name_en: {q(t.name_zh)}",
            f"    kind: {t.kind}",
        ]
        if t.kind != "milestone" and t.kind != "directional" and t.from_base is None:
            out.append(f"    value: {'null' if t.value is None else number(t.value)}")
            if t.value is None:
                out.append(f"    note: {q('DRAFT: ' + say(t.why['value'].reason, 'en'))}")
        if t.unit is not None:
            out.append(f"    unit: {q(t.unit)}")
        if t.comparator is not None and t.kind not in ("milestone", "directional"):
            out.append(f"    comparator: {q(t.comparator)}")
        if t.upper is not None:
            out.append(f"    upper: {number(t.upper)}")
        if t.good is not None:
            out.append(f"    good: {t.good}")
        if t.attribute is not None:
            out.append(f"    attribute: {t.attribute}")
        if t.baseline is not None:
            out.append(f"    baseline: {{value: {number(t.baseline[0])}, year: {int(t.baseline[1])}}}")
        if t.from_base is not None:
            out.append(f"    from_base: {{change: {t.from_base[0]}, by: {number(t.from_base[1])}}}")
        if t.figure_unit is not None:
            out.append(f"    figure_unit: {q(t.figure_unit)}")
        out += [f"    first_year: {t.first_year}", f"    last_year: {t.last_year}", f"    hedge: {t.hedge}"]
        if t.direction is not None:
            out.append(f"    direction: {t.direction}")
        if t.responsible:
            out.append(f"    responsible: [{', '.join(unit_ids[r] for r in t.responsible)}]")
        if t.restates is not None:
            out.append(f"    restates: {ids[t.restates]}")
        if t.reference is not None:
            out.append(f"    reference_target: {ids[t.reference]}")
    return "\n".join(out) + "\n"

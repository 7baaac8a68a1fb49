"""Write the files generated from the code: schemas/*.schema.json, docs/rules.md and docs/scoring.md.

Run after changing the model or a rule's formula: python scripts/generate.py
(tests/test_generated.py fails while they are out of date).
"""

from __future__ import annotations

import sys
from pathlib import Path

from plan415x.i18n import say
from plan415x.rules import COMPARATORS, FORMULAS, FROM_BASE, GEOMETRIC, REFERENCE_TARGET
from plan415x.schemas import schema_json
from plan415x.scoring.rules import FORMULAS as SCORING_FORMULAS
from plan415x.values import Kind
from plan415x.views.verdict import DEFINITIONS as VERDICT_RULE

ROOT = Path(__file__).resolve().parents[1]


def rules_markdown() -> str:
    out = [
        "# How each kind of target is judged",
        "",
        "Generated from the rules' formulas (`rule-*` in `src/plan415x/i18n/en.py`) by",
        "`scripts/generate.py`; `plan415x explain` shows the same with the numbers of one target.",
        "",
    ]
    seen: set[str] = set()
    for kind in Kind:
        doc = say(FORMULAS[kind]).strip()
        if doc in seen:
            continue
        seen.add(doc)
        kinds = ", ".join(k.value for k in Kind if say(FORMULAS[k]).strip() == doc)
        out += [f"## {kinds}", "", doc, ""]
    out += ["## Comparators, 左右 and 属性 (every kind)", "", say(COMPARATORS).strip(), ""]
    out += ["## A target against its base year (level, share)", "", say(FROM_BASE).strip(), ""]
    out += [
        "## 〔累计〕: a change compounding from the base year, a five-year total",
        "",
        say(GEOMETRIC).strip(),
        "",
    ]
    out += [
        "## Against another target's figure (relative: 同步, 高于)",
        "",
        say(REFERENCE_TARGET).strip(),
        "",
    ]
    out += ["## A multi-year plan's verdict (check)", "", say(VERDICT_RULE).strip(), ""]
    return "\n".join(out)


def scoring_markdown() -> str:
    out = [
        "# How the annual score (年考评) is computed",
        "",
        "Generated from the scoring rules' formulas (`scoring-rule-*` in `src/plan415x/i18n/en.py`) by",
        "`scripts/generate.py`; `plan415x explain --score UNIT YEAR` shows the same with the figures",
        "of one unit.",
        "",
        "The rules are data: the data folder's `scoring.yaml` (schema: `schemas/scoring.schema.json`).",
        "The repository ships a **default** rule set, `data/scoring.yaml` (`default: true`, so every",
        "score built from it says so): built from common practice, not from any published rule; copy",
        "it into a data folder and adjust the points, parameters and exemptions. Without a",
        "`scoring.yaml`, `plan415x score` says so and exits 2.",
        "",
        "What is scored: the year-end judgement (the period YEAR, 1-12月) of every target that counts",
        "(a target and its restatement once, by the worse judgement of the two, and of two equal",
        "ones the restatement for a single year: the year's commitment is the one a 年考评 uses, so",
        "16 of 18 green factories loses points in 2023 and 16 of 15 a year earns no 超额加分;",
        "monitoring indicators never), for its lead unit (`scored: lead`) or every responsible unit",
        "(`scored: all`). Targets not judged at the year end (not_due, undefined, not_assessable) are",
        "listed as not scored. The year's status history is the engine's judgement at each period of",
        "the year that has an actuals file; the half of a pair scored is scored on its own history",
        "(its lights, its figures reported late or missing).",
        "",
        "A unit's score = Σ its lines: each target's base points (`weights`: the first rule whose",
        "target, kind, hedge and action match, else `default`), then each rule's lines in the file's",
        "order, then caps and floors. Every line is rounded to 0.01 (half up) where it is made, and",
        "totals are sums of the rounded lines (exact decimals): the breakdown adds up as printed, the",
        "same on every machine. Units are ranked by `rank_by`: `rate` (score / full points, exact) or",
        "`total`; ties share a rank (1, 2, 2, 4), then by unit id.",
        "",
        "Exemptions (`exemptions`): each names a target, a unit or both, the periods it covers (a",
        "year, half, quarter or month; default the whole year), the rules whose deductions it removes,",
        "a note and who approved it. A covered deduction is shown with 0.00 and what was waived;",
        "year-end rules (shortfall) are covered only by a whole year. A bonus is never waived.",
        "",
        "## Only a finished year is scored as final",
        "",
        "A score is final only when the year is over (today is after 31 December; `PLAN415X_TODAY`,",
        "YYYY-MM-DD, sets the date taken as today) and its year-end figures are in: every unit scored",
        "on a target that owes a figure at the year end has at least one of its year-end (1-12月:",
        "`2023`, `2023Q4` or `2023-12`) figures in. A unit that sent its year-end report without some",
        "figure has 漏报 for it, as any missing figure; a unit that sent none has not reported its year",
        "end yet, and scoring it would read every one of its targets as missed and missing (in the",
        "repository's data, 2024 and 2025 hold a few published figures only, and are refused). Such a",
        "year is refused (exit 2, the message says why: the year not over, or which units have sent",
        "nothing and how many year-end figures are missing) unless `--provisional` is given.",
        "",
        "A provisional score (`score --provisional`, `explain --score --provisional`) is made where",
        "the data ends: at the last period of the year that has ended and has a file (截至N月); files",
        "of periods not yet ended (a published year figure filed early, 2024.yaml in July) are left",
        "out. That period stands for the year end in every rule: each target is judged there against",
        "its schedule (序时进度: at 1-6月 an annual target's shortfall is measured against 50%), the",
        "lights rule does not count it (shortfall scores it), and bonuses are paid on the year's",
        "target met already. Its figures are still being collected, so figures not yet owed are not",
        "punished: a target with no figure for that period is not scored at all (listed as not",
        "scored, 尚无数据, rather than judged on an older figure or as missed; its earlier missing",
        "figures count once it is scored) and no figure of that period is 漏报. Missing figures of",
        "earlier periods are 漏报 as in a final score. Every output says so: the table and markdown",
        "(two lines under the title: 暂定得分(非最终), 年度未结束 or 年末数据未齐, 数据截至N月, and the",
        "periods whose files were used and left out), JSON (`final`, `provisional` with the why, the",
        "date, `data_to_month` and the periods), CSV (a `provisional` column), explain --score.",
        "",
        "`export YEAR` and `brief YEAR` with a `scoring.yaml` show the provisional score for such a",
        "year, never a final-looking one: the workbook's 年度考评 sheet with the two lines in red, the",
        "通报's section titled 年度考评(暂定) with the lines as notes. They are still written (the",
        "year's workbook and 通报 are wanted before the 年考评 is settled); the score's standing is",
        "said where it is shown. When nothing of the year can be scored yet (no period of it with a",
        "file has ended), they are written without 年度考评 and a line on stderr says why.",
        "",
        "Due dates (rule `late`): the plan's reporting calendar (`reporting.due` in targets.yaml for",
        "the target's frequency, or the target's own `due_day`), unless the rule sets a `due_day`.",
        "",
        "Problems of scoring.yaml are located like the data's (`plan415x validate` checks it) with the",
        "data's codes (`unknown-field`, `invalid-value`, ...) and these: `unknown-target`,",
        "`unknown-unit`, `unknown-action` (a weight or an exemption names what the plan does not have),",
        "`unknown-rule` (an exemption names a rule the file does not define), `duplicate-rule` (two",
        "rules with one id).",
        "",
    ]
    for name, formula in SCORING_FORMULAS.items():
        title = "floors and caps" if name == "limits" else f"type: {name}"
        out += [f"## {title}", "", say(formula).strip(), ""]
    return "\n".join(out)


def outputs() -> dict[Path, str]:
    return {
        ROOT / "schemas" / "targets.schema.json": schema_json("targets"),
        ROOT / "schemas" / "actuals.schema.json": schema_json("actuals"),
        ROOT / "docs" / "rules.md": rules_markdown(),
        ROOT / "schemas" / "scoring.schema.json": schema_json("scoring"),
        ROOT / "docs" / "scoring.md": scoring_markdown(),
    }


def main() -> int:
    for path, text in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

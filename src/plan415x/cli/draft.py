"""``plan415x draft PLAN.txt|PLAN.docx -o DIR``: a plan's targets proposed from its text."""

from pathlib import Path
from typing import Annotated

import typer

from plan415x.cli.shared import app


@app.command()
def draft(
    plan: Annotated[
        Path | None,
        typer.Argument(
            help="The plan's text (.txt, UTF-8 or GB18030) or Word document (.docx: its paragraphs"
            " and tables in order; a .doc, .wps or .pdf is refused, exit 2); not with --apply.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write the draft as a new data folder (targets.yaml, its schemas and review.xlsx,"
            " the review workbook); with --apply, the reviewed targets.yaml.",
            show_default=False,
        ),
    ] = None,
    compare: Annotated[
        Path | None,
        typer.Option(
            "--compare",
            help="Measure the draft against a targets.yaml encoded by hand: recall, precision"
            " and each field's share right, as a table.",
            show_default=False,
        ),
    ] = None,
    apply: Annotated[
        Path | None,
        typer.Option(
            "--apply",
            help="Write the reviewed targets.yaml from a review workbook (review.xlsx, filled in):"
            " rows marked 删除 dropped, 修改 rows with their edited cells, the rest as proposed.",
            show_default=False,
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Write into a folder that is not empty (its targets.yaml is replaced)."),
    ] = False,
) -> None:
    """Propose a plan's targets from its text, each tied to the clause it came from.

    An action plan is drafted whole; a 政府工作报告 or a 规划纲要 only in its target parts
    (主要预期目标, 工作安排, 十五五时期主要目标), never its review of past years, and a main-indicator
    table (指标 | 单位 | 基期 | 目标 | 年均/累计 | 属性) row by row.

    Every figure with its unit and comparator (以上, 不低于, 突破, 左右, 以内…), the hedge
    (力争, 确保) and the period (每年, 到2027年, the annex's year) with their reach, the kind,
    the action from the headings and the responsible units from the annex's table. Each guessed
    field carries a confidence and a reason (comments in targets.yaml): a draft for an analyst to
    confirm, never a plan's data as it is. Rules only: no network, no model.

    Beside it, review.xlsx: one row per target, its sentence with the figure in red, each field
    proposed with its confidence, a 保留/修改/删除 column and a cell per field to correct;
    `draft --apply review.xlsx -o DIR` writes the reviewed targets.yaml."""
    if apply is not None:  # its own body: the workbook read back, no plan's text
        from plan415x.cli.bodies.draft_apply import run as apply_review

        apply_review(plan=plan, out=out, compare=compare, review=apply, force=force)
        return
    from plan415x.cli.bodies.draft import run

    run(plan=plan, out=out, compare=compare, force=force)

"""The 通报 draft of a period: brief. python-docx is imported only when a .docx is written.

Exit codes as everywhere: 0 written · 1 invalid data · 2 usage (a bad period, an output that is
not .md or .docx, exists without --force, or lies inside the data folder) · 4 not written.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from plan415x.cli.files import ForceOpt, check_output, write_or_exit
from plan415x.cli.shared import (
    DEFAULT_DATA,
    DataOpt,
    LangOpt,
    PeriodArg,
    app,
    echo,
    load_or_exit,
    parse_period,
    usage_error,
)
from plan415x.options import Lang

if TYPE_CHECKING:
    from plan415x.engine import Engine
    from plan415x.scoring.engine import Score

BriefOutputOpt = Annotated[
    Path, typer.Option("--output", "-o", help="The draft to write: FILE.md or FILE.docx.", show_default=False)
]


def _scored(data: Path, period: str) -> tuple["Engine | None", "Score | None"]:
    """For a year (``2023``, not ``2023Q4``) whose data folder has a scoring.yaml: the engine
    and the year's score as ``plan415x score`` computes them (a bad scoring.yaml: its located
    problems, exit 1). Else nothing: the draft has no scoring section. A year not over or whose
    year-end figures are not in gets the provisional score, its section titled 年度考评(暂定) and
    saying why: the 通报 of the year is still wanted, and never with a finished-looking score
    (nothing of the year to score yet: no section, and stderr says why)."""
    from plan415x.cli.score import score_of_year
    from plan415x.scoring import scoring_path

    text = period.strip()
    if not (len(text) == 4 and text.isdigit()):
        return None, None
    path = scoring_path(data)
    if not path.exists() and not path.is_symlink():
        return None, None
    return score_of_year(data, text)


@app.command()
def brief(
    period: PeriodArg,
    output: BriefOutputOpt,
    data: DataOpt = DEFAULT_DATA,
    lang: LangOpt = Lang.zh,
    force: ForceOpt = False,
) -> None:
    """The 通报 draft for PERIOD (.md or .docx): 总体情况, 主要进展, 存在问题 (reds with owners and
    red streaks), 单位排名, 报送情况 (as plan415x reporting), for a year with a scoring.yaml 年度考评
    (as plan415x score), 下步要求 (left for you to write). Every number is one of theirs."""
    suffix = output.suffix.lower()
    if suffix not in (".md", ".docx"):
        usage_error(f"{output}: the draft's name must end in .md or .docx")
    engine, score = _scored(data, period)
    dataset = load_or_exit(data) if engine is None else engine.dataset
    when = parse_period(period, dataset)
    check_output(output, data, force=force, suffixes=None, what="draft")  # its name checked above
    from plan415x.engine import Engine
    from plan415x.reports import brief as rb
    from plan415x.views.period import period_view

    if engine is None:
        engine = Engine(dataset)
    if score is not None and score.report.period.key == when.key:
        # The year end as the score judged it: the same results as check's, judged once for
        # both; only the statuses before it are left out, which the draft never shows.
        report = score.report
    else:
        report = engine.report(when)
    draft = rb.build(period_view(engine, report), lang.value, score=score)
    if suffix == ".md":
        body = rb.to_markdown(draft).encode("utf-8")
    else:
        from plan415x.reports.brief_docx import to_docx

        body = to_docx(draft, lang.value)
    write_or_exit(output, body, force=force)
    echo(f"wrote {output}: {len(report.results)} targets, {len(draft.sections)} sections")
    if draft.banner:
        echo(draft.banner, err=True)

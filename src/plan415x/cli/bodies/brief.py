"""The body of ``brief``: the 通报 draft of a period, as .md, .docx or .pdf (python-docx is
imported by ``reports.brief_docx`` only when a .docx is made, fpdf2 by ``reports.pdf`` only
when a PDF is)."""

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from plan415x.cli.bodies.brief_implementation import run as implementation
from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records, tell, usage_error
from plan415x.cli.bodies.output import check_output, write_or_exit
from plan415x.cli.bodies.pdf import fonts_or_exit
from plan415x.cli.shared import EXIT_INVALID, echo
from plan415x.engine import Engine
from plan415x.options import BriefForm, BriefFormat, Lang, of_suffix
from plan415x.problems import said
from plan415x.reports import brief as rb
from plan415x.reports.brief_formats import render
from plan415x.reports.brief_published import build_published
from plan415x.reports.pdf_fonts import Fonts
from plan415x.scoring import scoring_path
from plan415x.views.period import period_view
from plan415x.views.published import read

if TYPE_CHECKING:
    from plan415x.scoring.engine import Score  # brings pydantic: a quarter's draft does not need it


def _scored(data: Path, period: str) -> tuple[Engine | None, "Score | None"]:
    """For a year (``2023``, not ``2023Q4``) whose data folder has a scoring.yaml: the engine
    and the year's score as ``plan415x score`` computes them (a bad scoring.yaml: its located
    problems, exit 1). Else nothing: the draft has no scoring section. A year not over or whose
    year-end figures are not in gets the provisional score, its section titled 年度考评(暂定) and
    saying why: the 通报 of the year is still wanted, and never with a finished-looking score
    (nothing of the year to score yet: no section, and stderr says why)."""
    text = period.strip()
    if not (len(text) == 4 and text.isdigit()):
        return None, None
    path = scoring_path(data)
    if not path.exists() and not path.is_symlink():
        return None, None
    from plan415x.cli.bodies.scored import score_of_year  # scoring's model is pydantic

    return score_of_year(data, text)


def _as_published(
    *, period: str, output: Path, data: Path, lang: Lang, force: bool, fmt: BriefFormat, fonts: Fonts | None
) -> None:
    """``brief --as-published``: the 通报 of ``published/PERIOD.json``, never judged again (nor
    scored: the engine is not built)."""
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    with published_records():
        published = read(data, when)
    if published is None:
        usage_error(said("cli-never-published", period=str(when)))
    check_output(output, data, force=force, suffixes=None, what="draft")
    # A year with scoring rules: its draft of the day had 年度考评, which no record holds (said).
    scored = str(when).isdigit() and scoring_path(data).exists()
    try:
        draft = build_published(published.record, dataset.plan, when, lang.value, scored=scored)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        # A record that read back (its shape checked by views.published) but lacks a field the
        # draft needs: spoilt by hand, said as every reader of published/ says it.
        tell(said("cli-brief-not-a-record", period=str(when), error=str(error)), err=True)
        raise typer.Exit(EXIT_INVALID) from None
    body = render(draft, fmt, lang.value, fonts)
    write_or_exit(output, body, force=force)
    judged = len(published.record["judgements"])
    tell(
        said(
            "cli-wrote-published-brief",
            path=str(output),
            targets=str(judged),
            date=str(published.date),
            sections=str(len(draft.sections)),
        )
    )
    if draft.banner:
        echo(draft.banner, err=True)


def run(
    *,
    period: str,
    output: Path | None,
    data: Path,
    lang: Lang,
    force: bool,
    as_published: bool = False,
    form: BriefForm = BriefForm.progress,
) -> None:
    if form is BriefForm.implementation:
        implementation(
            period=period, output=output, data=data, lang=lang, force=force, as_published=as_published
        )
        return
    if output is None:  # the 通报 is a document to send, never a screenful
        usage_error(said("cli-brief-output", form=form.value))
    fmt = of_suffix(output.suffix, BriefFormat)
    if fmt is None:
        usage_error(said("cli-brief-suffix", path=str(output)))
    fonts = fonts_or_exit() if fmt is BriefFormat.pdf else None  # no font: said before any work
    if as_published:
        _as_published(period=period, output=output, data=data, lang=lang, force=force, fmt=fmt, fonts=fonts)
        return
    engine, score = _scored(data, period)
    dataset = load_or_exit(data) if engine is None else engine.dataset
    when = parse_period(period, dataset)
    check_output(output, data, force=force, suffixes=None, what="draft")  # its name checked above
    if engine is None:
        engine = Engine(dataset)
    if score is not None and score.report.period.key == when.key:
        # The year end as the score judged it: the same results as check's, judged once for
        # both; only the statuses before it are left out, which the draft never shows.
        report = score.report
    else:
        report = engine.report(when)
    with published_records():
        view = period_view(engine, report)
    draft = rb.build(view, lang.value, score=score)
    body = render(draft, fmt, lang.value, fonts)
    write_or_exit(output, body, force=force)
    tell(
        said(
            "cli-wrote-brief",
            path=str(output),
            targets=str(len(report.results)),
            sections=str(len(draft.sections)),
        )
    )
    if draft.banner:
        echo(draft.banner, err=True)

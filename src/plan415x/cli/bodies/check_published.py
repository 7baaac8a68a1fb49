"""The body of ``check --as-published``: the judgements of ``published/PERIOD.json``, as
published, never judged again. Apart from ``check``'s body because it prints with rank's
columns (``reports.published``), which a cached check need not import (tests/test_startup.py)."""

from pathlib import Path

from plan415x.cli.bodies.common import load_or_exit, parse_period, published_records, usage_error
from plan415x.cli.shared import emit, terminal_width
from plan415x.options import CheckFormat, Lang
from plan415x.problems import said
from plan415x.reports.published import format_judgements
from plan415x.views.published import read


def run(*, period: str, data: Path, fmt: CheckFormat, lang: Lang) -> None:
    dataset = load_or_exit(data)
    when = parse_period(period, dataset)
    with published_records():
        published = read(dataset.root, when)
    if published is None:
        usage_error(said("cli-never-published", period=str(when)))
    names = {t.id: (t.name_zh, t.name_en) for t in dataset.plan.targets}
    units = {u.id: (u.name_zh, u.name_en) for u in dataset.plan.responsible_units}
    emit(format_judgements(published.record, fmt, lang.value, names, units, fit=terminal_width()))

"""The body of ``explain TARGET PERIOD``: one target's judgement, every input and step (that of
``explain --score`` is ``explain_score``: the score brings a YAML parser, which this needs not)."""

import difflib
from pathlib import Path

from plan415x.cli.bodies.common import language, load_or_exit, parse_period, usage_error
from plan415x.cli.shared import emit
from plan415x.engine import Engine
from plan415x.options import Lang
from plan415x.problems import said
from plan415x.reports.explain import format_explain
from plan415x.views.explain import explanation


def run(*, target_id: str, period: str, data: Path, lang: Lang | None, provisional: bool = False) -> None:
    if provisional:  # before the data is read
        usage_error(said("cli-provisional-alone"))
    dataset = load_or_exit(data, lang)
    when = parse_period(period, dataset)
    target = dataset.targets.get(target_id)
    if target is None:
        close = difflib.get_close_matches(target_id, list(dataset.targets), n=3)
        if close:
            usage_error(said("cli-unknown-target-near-q", target=repr(target_id), near=", ".join(close)))
        usage_error(said("cli-unknown-target", target=repr(target_id)))
    view = explanation(Engine(dataset), target, when)
    emit(format_explain(view, language(lang, data, dataset).value))

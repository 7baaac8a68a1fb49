"""The messages of problems and warnings in the analyst's language (``--lang zh|en``).

A message is a template per code (and variant) with named parameters, in both languages; the
code itself never changes with the language, so scripts match on it. Numbers are printed the
same way in both (``2,250``, ``125.0%``).
"""

from __future__ import annotations

from collections.abc import Mapping

Args = Mapping[str, str | float]

ACK_EN = "if it is right, add checked: [{code}] to the record"
ACK_ZH = "如确属实,在该记录加 checked: [{code}]"

CATALOGUE: dict[str, tuple[str, str]] = {
    # plausibility warnings (plan415x.plausibility)
    "unit-scale": (
        "{typed} {typed_unit} is {value} {unit}, {pct} of the year's target {target} {unit} by"
        " {period}, while {typed} {unit} would be {typed_pct}: was {typed_unit} chosen by mistake?",
        "{typed} {typed_unit} 折合 {value} {unit},{period} 已达年度目标 {target} {unit} 的 {pct};"
        "若按 {unit} 计,{typed} 仅为 {typed_pct}:计量单位是否选错?",
    ),
    "early-exceeded": (
        "{value} {unit} is {pct} of the year's target {target} {unit} by {period}: the whole"
        " year's target beaten in its first months; check that it is year-to-date and in {unit}",
        "{period} 已达 {value} {unit},为年度目标 {target} {unit} 的 {pct}:年初即超全年目标,"
        "请核实是否为累计数、单位是否为 {unit}",
    ),
    "ytd-doubled": (
        "{value} {unit} is exactly twice the {previous} of {previous_period}: was the earlier"
        " figure added again? A year-to-date figure holds it once",
        "{value} {unit} 恰为上期({previous_period}){previous} 的两倍:是否把上期数重复累加?"
        "累计数只含上期数一次",
    ),
    "ytd-jump": (
        "{value} {unit} after {previous} in {previous_period}: {new_pace} a month since, {factor}"
        " times the {pace} a month before (the limit is {limit} times)",
        "{value} {unit},上期({previous_period}){previous}:此后每月增 {new_pace},"
        "为此前每月 {pace} 的 {factor} 倍(上限 {limit} 倍)",
    ),
    "yoy-jump": (
        "{value} {unit} is {factor} times the {last_year} of {last_period}, the same months last"
        " year (the limit is {limit} times)",
        "{value} {unit} 为上年同期({last_period}){last_year} 的 {factor} 倍(上限 {limit} 倍)",
    ),
}

_ACKNOWLEDGED = frozenset({"unit-scale", "early-exceeded", "ytd-doubled", "ytd-jump", "yoy-jump"})
_PERCENT = frozenset({"pct", "typed_pct"})


def number(value: float) -> str:
    """2250 -> 2,250; 1.5 -> 1.5; 0.3333 -> 0.33: figures as an analyst writes them."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _shown(name: str, value: str | float) -> str:
    if isinstance(value, str):
        return value
    if name in _PERCENT:
        return f"{value:.1f}%"
    if name == "factor":
        return f"{value:.1f}"
    return number(value)


def text(code: str, args: Args, lang: str = "en") -> str:
    """The message of ``code`` in ``lang`` with ``args`` filled in."""
    en, zh = CATALOGUE[code]
    template = zh if lang == "zh" else en
    if code in _ACKNOWLEDGED:
        # After a question, a sentence of its own; else a clause of the same one.
        asked = template.endswith(("?", "?"))
        if lang == "zh":
            template += ("" if asked else ";") + ACK_ZH
        else:
            template += (" I" + ACK_EN[1:]) if asked else "; " + ACK_EN
    values = {name: _shown(name, value) for name, value in args.items()} | {"code": code}
    return template.format_map(values)

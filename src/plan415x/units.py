"""Units of measure: the built-in catalogue, the plan's own, lookup and conversion within a
dimension.

The common units of Chinese plans (亩, 万元, 吨标煤, %, 个, …) are known without being declared:
a unit of measure is not a county's, it is the language's. A plan's ``measures:`` adds units and
overrides built-in ones (the same id: the plan's wins, and ``plan415x units`` says so).
"""

from __future__ import annotations

import difflib
from functools import cache

from plan415x.problems import Said, said
from plan415x.values import Measure

# (id, name_en, symbol_en, dimension, factor, whole). Every built-in unit has min 0, % has max
# 100 (a growth rate is not bounded by its unit). Land (亩) and floor area (平方米) are kept
# apart on purpose: a plan's 亩 of land are never a building's 平方米. Each count word is its
# own dimension, as in the plans themselves: a 台 is never turned into a 个.
_CATALOGUE: tuple[tuple[str, str, str, str, float, bool], ...] = (
    ("亩", "mu", "mu", "land-area", 1, False),
    ("公顷", "hectare", "ha", "land-area", 15, False),
    ("平方公里", "square kilometre", "km²", "land-area", 1500, False),
    ("平方米", "square metre", "m²", "floor-area", 1, False),
    ("万平方米", "10000 square metres", "10k m²", "floor-area", 10000, False),
    ("元", "yuan", "yuan", "cny", 1, False),
    ("万元", "10000 yuan", "10k yuan", "cny", 10**4, False),
    ("亿元", "100 million yuan", "100m yuan", "cny", 10**8, False),
    ("万亿元", "trillion yuan", "tn yuan", "cny", 10**12, False),
    ("美元", "US dollar", "USD", "usd", 1, False),
    ("万美元", "10000 US dollars", "10k USD", "usd", 10**4, False),
    ("亿美元", "100 million US dollars", "100m USD", "usd", 10**8, False),
    ("吨标煤", "tonne of standard coal equivalent", "tce", "energy", 1, False),
    ("万吨标煤", "10000 tonnes of standard coal equivalent", "10k tce", "energy", 10**4, False),
    ("吨", "tonne", "t", "mass", 1, False),
    ("万吨", "10000 tonnes", "10k t", "mass", 10**4, False),
    ("千瓦", "kilowatt", "kW", "power", 1, False),
    ("万千瓦", "10000 kilowatts", "10k kW", "power", 10**4, False),
    ("%", "percent", "%", "percent", 1, False),
    ("倍", "times", "×", "multiple", 1, False),
    ("个", "count (ge)", "items", "count-ge", 1, True),
    ("家", "count (jia, firms and institutions)", "firms", "count-jia", 1, True),
    ("项", "count (xiang, items and projects)", "items", "count-xiang", 1, True),
    ("台", "count (tai, machines)", "units", "count-tai", 1, True),
    ("件", "count (jian, pieces and cases)", "pieces", "count-jian", 1, True),
    ("场", "count (chang, events)", "events", "count-chang", 1, True),
    ("次", "count (ci, times)", "times", "count-ci", 1, True),
    ("座", "count (zuo, buildings and sites)", "sites", "count-zuo", 1, True),
    ("条", "count (tiao, lines and roads)", "lines", "count-tiao", 1, True),
    ("人", "persons", "persons", "people", 1, True),
    ("万人", "10000 persons", "10k persons", "people", 10**4, False),
)


@cache
def builtin() -> tuple[Measure, ...]:
    """The built-in units (made when first needed: nothing at start-up)."""
    return tuple(
        Measure(
            id=unit,
            name_en=name,
            symbol_en=symbol,
            dimension=dimension,
            factor=factor,
            min=0,
            max=100 if unit == "%" else None,
            whole=whole,
        )
        for unit, name, symbol, dimension, factor, whole in _CATALOGUE
    )


def nearest(unit: str, known: list[str], n: int = 3) -> list[str]:
    """The known units closest to ``unit``: those sharing a character first (万亩: 亩, 万元),
    by similarity; a one-character Chinese unit has no other way to be close."""
    shared = [k for k in known if set(k) & set(unit)]
    ratio = {k: difflib.SequenceMatcher(None, unit, k).ratio() for k in shared}
    ranked = sorted(shared, key=lambda k: (-ratio[k], len(k), known.index(k)))
    return ranked[:n] or difflib.get_close_matches(unit, known, n=n, cutoff=0.5)


def unknown_unit(unit: str, known: list[str]) -> Said:
    """A unit nobody knows: the nearest known ones, and how to declare it in targets.yaml."""
    close = nearest(unit, known)
    if close:
        # Joined here as the English joins it: a list of the data's names, the same in every
        # language (the ids are the data's own words, never translated).
        return said("unknown-measure-nearest", unit=unit, nearest=", ".join(close))
    return said("unknown-measure", unit=unit)


class Measures:
    """The units a plan can use: the built-in ones and its own (its own win)."""

    def __init__(self, measures: tuple[Measure, ...], *, builtins: bool = True) -> None:
        base = {m.id: m for m in builtin()} if builtins else {}
        own = {m.id: m for m in measures}
        self.overridden = frozenset(own) & frozenset(base)
        """Built-in ids the plan declares again: its own definition is the one used."""
        self.declared = frozenset(own)
        self._by_id = base | own

    def get(self, unit: str) -> Measure | None:
        return self._by_id.get(unit)

    def __contains__(self, unit: object) -> bool:
        return unit in self._by_id

    def ids(self) -> list[str]:
        return list(self._by_id)

    def all(self) -> list[Measure]:
        return list(self._by_id.values())

    def compatible(self, a: str, b: str) -> bool:
        ma, mb = self._by_id.get(a), self._by_id.get(b)
        return ma is not None and mb is not None and ma.dimension == mb.dimension

    def convert(self, value: float, from_unit: str, to_unit: str) -> float:
        """``value`` in ``from_unit`` expressed in ``to_unit`` (same dimension, checked before)."""
        if from_unit == to_unit:
            return value
        source, target = self._by_id[from_unit], self._by_id[to_unit]
        # Round away binary noise so 1.35 万吨标煤 is 13500 吨标煤, not 13500.000000000002.
        return round(value * source.factor / target.factor, 10)

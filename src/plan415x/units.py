"""Units of measure, as declared in the plan's data: lookup and conversion within a dimension."""

from __future__ import annotations

from plan415x.model import Measure


class Measures:
    def __init__(self, measures: tuple[Measure, ...]) -> None:
        self._by_id = {m.id: m for m in measures}

    def get(self, unit: str) -> Measure | None:
        return self._by_id.get(unit)

    def __contains__(self, unit: object) -> bool:
        return unit in self._by_id

    def ids(self) -> list[str]:
        return list(self._by_id)

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

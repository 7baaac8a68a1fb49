"""A figure as the analyst writes it, the same in every language: 1,800; 37.5; 0.33."""

from __future__ import annotations


def fmt(value: float | None, digits: int = 2) -> str:
    """A figure for people: thousands separated, at most ``digits`` decimals, no trailing zeros
    (2250 -> 2,250; 1.5 -> 1.5; 0.3333 -> 0.33); None is —."""
    if value is None:
        return "—"
    text = f"{value:,.{digits}f}"
    if "." in text:  # only decimals lose their zeros: 1,800 stays 1,800
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text

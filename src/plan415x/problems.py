"""One value for every problem found in the input, whatever found it."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    """A problem at a 1-based line and column of a file (0 where no position applies)."""

    file: str
    line: int
    column: int
    code: str = field(compare=False)
    """Stable id, e.g. ``duplicate-key``; other tools may depend on it."""
    message: str = field(compare=False)
    path: str = field(default="", compare=False)
    """Where in the document, e.g. ``targets[3].value``."""
    level: str = field(default="error", compare=False)

    def location(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


def format_path(parts: tuple[str | int, ...]) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out

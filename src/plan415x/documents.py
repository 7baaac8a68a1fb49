"""A data file as the loader saw it: where it is, how it is shown, and where each value stands.

Kept apart from the YAML parser (yamlfile) so that a dataset from the cache — which holds
documents with a path and a name only — imports no YAML library: the node tree is composed,
by the parser that read the text, only when a problem has to be located.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan415x.problems import Problem, format_path

if TYPE_CHECKING:
    from yaml.nodes import MappingNode, Node

_MERGE_TAG = "tag:yaml.org,2002:merge"
MAX_BYTES = 64 * 1024 * 1024
"""The largest data file read (a bigger one is a located problem, never read whole)."""


@dataclass
class Document:
    """A parsed YAML file, with the path shown to the user. ``compose`` gives the node tree of
    ``text`` (None: a document known by its name only, located at 1:1)."""

    path: Path
    display: str
    text: str
    data: Any
    compose: Callable[[str], Node | None] | None = field(default=None, repr=False, compare=False)
    _root: Node | None = field(default=None, repr=False, compare=False)

    def _node(self) -> Node | None:
        if self._root is None and self.compose is not None:
            self._root = self.compose(self.text)
        return self._root

    def locate(self, loc: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the node at ``loc`` (of its key with ``key=True``).

        Walks as far as the path exists: a missing field is reported at its parent mapping.
        """
        node = self._node()
        if node is None:
            return (1, 1)
        # Only reached with a tree, which the YAML parser made: yaml is imported already.
        from yaml.nodes import MappingNode, SequenceNode

        mark = node.start_mark
        for index, part in enumerate(loc):
            last = index == len(loc) - 1
            child: Node | None = None
            if isinstance(node, MappingNode):
                found = _find_key(node, part)
                if found is not None:
                    key_node, child = found
                    if last and key:
                        mark = key_node.start_mark
                        break
            elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
                child = node.value[part]
            if child is None:
                break
            node = child
            mark = node.start_mark
        return (mark.line + 1, mark.column + 1)

    def problem(self, loc: tuple[str | int, ...], code: str, message: str, *, key: bool = False) -> Problem:
        line, column = self.locate(loc, key=key)
        return Problem(self.display, line, column, code, message, format_path(loc))


def bare(path: Path, display: str) -> Document:
    """A document known by its path and name only (a file whose values came from the cache)."""
    return Document(path, display, "", None)


def _find_key(node: MappingNode, part: str | int) -> tuple[Node, Node] | None:
    from yaml.nodes import MappingNode, ScalarNode, SequenceNode

    wanted = str(part)
    merged: list[Node] = []
    for key_node, value_node in node.value:
        if key_node.tag == _MERGE_TAG:
            merged.append(value_node)
        elif isinstance(key_node, ScalarNode) and key_node.value == wanted:
            return key_node, value_node
    for source in merged:
        for candidate in source.value if isinstance(source, SequenceNode) else [source]:
            if isinstance(candidate, MappingNode):
                found = _find_key(candidate, part)
                if found is not None:
                    return found
    return None

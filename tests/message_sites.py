"""Every message template the source can give a problem (or an import's report), read with ast.

A template is the message as the source builds it, each part that is not text written there
(a value from the data, a number, a path) as ``{expr}`` with the expression as written, literal
braces doubled, as in an f-string. What a name or a call holds is followed as far as it is text
built in the scanned modules: ``message = f"..."`` then ``message += f"..."`` in an ``if`` gives
one template per way through; ``{_suggest(name, known)}`` gives one per text ``_suggest`` can
return; ``what`` chosen among words in an ``if`` gives one per word. The rest is a placeholder.

Used by tests/test_messages_zh.py, which fails on a template without its Chinese in
``plan415x.messages_zh``. A message made at the source as an id and its arguments (a ``Said``,
given with ``messages.located``) is no English text to scan: its words are in the catalogues of
``plan415x.messages`` by id, and tests/test_said.py holds those to the source. Run as a script, it prints what it finds (to write the Chinese).
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).parent.parent / "src" / "plan415x"

PROBLEM_MODULES = (
    "excel/container.py",
    "excel/reading.py",
    "excel/merging.py",
)
"""Modules that build problems as English text (loading, validation, yamlfile, checks,
plausibility and scoring/load make theirs as ids: tests/test_said.py holds them)."""

NOTICE_MODULES = ("excel/importer.py", "excel/outcome.py", "excel/merging.py", "excel/reading.py")
"""Modules that build the lines an import prints about what it did (not problems)."""

DETAIL_MODULES: tuple[str, ...] = ()
"""Modules whose validators refuse a value with a ValueError of English text: none now (model,
scoring/model, periods and fsutil raise ``problems.SaidError`` or carry a Said). DETAILS stays
in messages_zh only while the import (excel/reading) still matches their English back."""

# Calls that make a problem, by the name called, and which argument is the message. Helpers
# that pass a parameter on as the message are found on their own (bad, problem, _cannot_write);
# ``report`` is a callback (a lambda passed in), which no scan follows.
_MAKERS = {"Problem": 4, "report": 1}
_METHOD_MAKERS = {"problem": 2}  # Document.problem(loc, code, message)
# yaml's MarkedYAMLError(context, context_mark, problem, problem_mark): yamlfile's raises of it
# and its subclasses are what yamlfile._marked joins into a message.
_YAML_ERRORS = {"DuplicateKeyError", "NumberFormError", "ControlCharacterError", "ConstructorError"}

MAX_VARIANTS = 64

State = list[str] | object | None
"""What a name holds: its texts, None for what is not text built here, _UNSET before any
assignment."""


@dataclass(frozen=True)
class Site:
    kind: str  # "problem", "notice", "yaml" (a phrase of a YAML error), "detail" (a validator's)
    text: str
    where: str  # module:line

    def __str__(self) -> str:
        return f"{self.where}: [{self.kind}] {self.text}"


def escape(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


def placeholder(node: ast.expr, conversion: int = -1, spec: ast.expr | None = None) -> str:
    inner = ast.unparse(node)
    if conversion in (ord("r"), ord("s"), ord("a")):
        inner += "!" + chr(conversion)
    if isinstance(spec, ast.JoinedStr):
        inner += ":" + "".join(str(v.value) for v in spec.values if isinstance(v, ast.Constant))
    return "{" + inner + "}"


class Module:
    def __init__(self, name: str, tree: ast.Module) -> None:
        self.name = name
        self.tree = tree
        self.functions: dict[str, ast.FunctionDef] = {}
        self.every: list[ast.FunctionDef] = []
        self.imported: dict[str, tuple[str, str]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                self.functions.setdefault(node.name, node)
                self.every.append(node)
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("plan415x."):
                path = node.module.removeprefix("plan415x.").replace(".", "/") + ".py"
                for alias in node.names:
                    self.imported[alias.asname or alias.name] = (path, alias.name)


class Scanner:
    def __init__(self, names: tuple[str, ...], *, inner: bool = True) -> None:
        """``inner``: follow what the parts of an f-string hold (else each is a placeholder,
        which a catalogue then translates on its own, as the score's lines do)."""
        self.inner = inner
        self.modules: dict[str, Module] = {}
        for name in names:
            self._module(name)
        self._active: set[tuple[str, str]] = set()

    def _module(self, name: str) -> Module | None:
        if name not in self.modules:
            path = SRC / name
            if not path.is_file():
                return None
            self.modules[name] = Module(name, ast.parse(path.read_text(encoding="utf-8")))
        return self.modules[name]

    # -- what an expression can be, as text --------------------------------------------------

    def texts(self, node: ast.expr, mod: Module, fn: ast.AST, at: ast.AST | None = None) -> list[str]:
        """Every text ``node`` can be (at ``at``, for names: the statement where it is used)."""
        found = self._texts(node, mod, fn, at)
        return found if found is not None else [placeholder(node)]

    def _texts(self, node: ast.expr, mod: Module, fn: ast.AST, at: ast.AST | None) -> list[str] | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [escape(node.value)]
        if isinstance(node, ast.JoinedStr):
            # A name used twice in one f-string holds the same text both times.
            pieces: list[list[str] | str] = []
            names: dict[str, list[str]] = {}
            for value in node.values:
                if isinstance(value, ast.Constant):
                    pieces.append([escape(str(value.value))])
                    continue
                assert isinstance(value, ast.FormattedValue)
                inner = None
                if self.inner and value.conversion == -1 and value.format_spec is None:
                    inner = self._texts(value.value, mod, fn, at)
                if inner is not None and isinstance(value.value, ast.Name):
                    names[value.value.id] = inner
                    pieces.append(value.value.id)
                else:
                    pieces.append(inner or [placeholder(value.value, value.conversion, value.format_spec)])
            out: list[str] = []
            for choice in itertools.product(*names.values()):
                bound = dict(zip(names, choice, strict=True))
                out += self._product([[bound[p]] if isinstance(p, str) else p for p in pieces])
            return list(dict.fromkeys(out))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self._texts(node.left, mod, fn, at), self._texts(node.right, mod, fn, at)
            if left is None and right is None:
                return None
            return self._product([left or [placeholder(node.left)], right or [placeholder(node.right)]])
        if isinstance(node, ast.IfExp):
            sides = []
            for side in (node.body, node.orelse):
                if _is_none(side):
                    continue  # "x if ... else None": None is no text, said where it is used
                sides.append(self._texts(side, mod, fn, at))
            if all(side is None for side in sides):
                return None
            known = [
                text
                for side, node_ in zip(sides, (node.body, node.orelse), strict=False)
                for text in side or [placeholder(node_)]
            ]
            return list(dict.fromkeys(known))
        if isinstance(node, ast.Name):
            return self._name(node.id, mod, fn, at)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            return self._returns(node.func.id, mod)
        return None

    def _product(self, pieces: list[list[str]]) -> list[str]:
        out = list(dict.fromkeys("".join(p) for p in itertools.product(*pieces)))
        assert len(out) <= MAX_VARIANTS, out[:3]
        return out

    def _returns(self, name: str, mod: Module) -> list[str] | None:
        """What a function of the scanned source returns, as text (None for one that is not
        ours or returns something other than text built in it)."""
        target_mod: Module | None = mod
        fn = mod.functions.get(name)
        if fn is None and name in mod.imported:
            path, real = mod.imported[name]
            target_mod = self._module(path)
            fn = target_mod.functions.get(real) if target_mod else None
        if fn is None or target_mod is None:
            return None
        key = (target_mod.name, fn.name)
        if key in self._active:
            return None
        self._active.add(key)
        try:
            out: list[str] = []
            for node in _own_nodes(fn):
                if isinstance(node, ast.Return) and node.value is not None and not _is_none(node.value):
                    found = self._texts(node.value, target_mod, fn, node)
                    if found is None:
                        return None
                    out += found
            return list(dict.fromkeys(out)) or None
        finally:
            self._active.discard(key)

    def _name(self, name: str, mod: Module, fn: ast.AST, at: ast.AST | None) -> list[str] | None:
        """The texts a local name holds where it is used: its assignments followed through the
        function's statements (each way through an ``if`` is a way it can be)."""
        body = getattr(fn, "body", None)
        if not isinstance(body, list) or at is None:
            return None
        state = self._run(body, name, _UNSET, mod, fn, at)
        if state is _UNSET and name not in [a.arg for a in getattr(fn, "args", ast.arguments()).args]:
            state = self._constant(name, mod)
        if state is None or state is _UNSET:
            return None
        assert isinstance(state, list)
        return state

    def _constant(self, name: str, mod: Module) -> list[str] | None:
        """A module's constant text (``_REFUSED = ("..." "...")``)."""
        for stmt in mod.tree.body:
            if isinstance(stmt, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in stmt.targets
            ):
                found = self._texts(stmt.value, mod, mod.tree, None)
                return found if found and all("{" not in t.replace("{{", "") for t in found) else None
        return None

    def _run(
        self,
        stmts: list[ast.stmt],
        name: str,
        state: State,
        mod: Module,
        fn: ast.AST,
        at: ast.AST,
    ) -> State:
        """The values of ``name`` after ``stmts`` (up to ``at`` if it is in them). ``state``:
        None for a value that is not text built here, _UNSET before any assignment."""
        for stmt in stmts:
            holds = any(n is at for n in ast.walk(stmt))
            if holds:
                if isinstance(stmt, ast.If):
                    branch = (
                        stmt.body
                        if any(any(n is at for n in ast.walk(s)) for s in stmt.body)
                        else stmt.orelse
                    )
                    return self._run(branch, name, state, mod, fn, at)
                if isinstance(stmt, ast.Try):
                    for block in [stmt.body, *(h.body for h in stmt.handlers), stmt.orelse, stmt.finalbody]:
                        if any(any(n is at for n in ast.walk(s)) for s in block):
                            return self._run(block, name, state, mod, fn, at)
                if isinstance(stmt, ast.For | ast.While | ast.With):
                    return self._run(stmt.body, name, state, mod, fn, at)
                return state
            state = self._step(stmt, name, state, mod, fn, at)
        return state

    def _step(self, stmt: ast.stmt, name: str, state: State, mod: Module, fn: ast.AST, at: ast.AST) -> State:
        if isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.value is not None:
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for t in targets:
                if isinstance(t, ast.Name) and t.id == name:
                    return self._texts(stmt.value, mod, fn, stmt)
                if isinstance(t, ast.Tuple) and isinstance(stmt.value, ast.Tuple):
                    # where, found = f"A{number}", "the template's header row"
                    for part, value in zip(t.elts, stmt.value.elts, strict=False):
                        if isinstance(part, ast.Name) and part.id == name:
                            return self._texts(value, mod, fn, stmt)
                elif isinstance(t, ast.Tuple) and any(
                    isinstance(e, ast.Name) and e.id == name for e in t.elts
                ):
                    return None
            return state
        if isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == name:
            if not isinstance(state, list):
                return None
            added = self._texts(stmt.value, mod, fn, stmt)
            if added is None:
                added = [placeholder(stmt.value)]
            return self._product([state, added])
        if isinstance(stmt, ast.If):
            body = self._run(stmt.body, name, state, mod, fn, at)
            orelse = self._run(stmt.orelse, name, state, mod, fn, at)
            return _union(body, orelse)
        if isinstance(stmt, ast.For | ast.While):
            return _union(state, self._run(stmt.body, name, state, mod, fn, at))
        if isinstance(stmt, ast.Try):  # the body ran, or an exception left it for a handler
            out = self._run(stmt.body, name, state, mod, fn, at)
            for handler in stmt.handlers:
                out = _union(out, self._run(handler.body, name, state, mod, fn, at))
            return out
        if isinstance(stmt, ast.With):
            return self._run(stmt.body, name, state, mod, fn, at)
        return state

    # -- where messages are made ------------------------------------------------------------

    def sites(self, name: str, kind: str) -> Iterator[Site]:
        mod = self._module(name)
        assert mod is not None, name
        makers = dict(_MAKERS)
        # A helper whose parameter becomes the message is a maker too: its calls are sites.
        for fn in mod.every:
            params = [a.arg for a in fn.args.args]
            for node in _own_nodes(fn):
                arg = self._message_arg(node, makers) if isinstance(node, ast.Call) else None
                if isinstance(arg, ast.Name) and arg.id in params and fn.name not in makers:
                    makers[fn.name] = params.index(arg.id)
        for fn in [*mod.every, mod.tree]:
            params = [a.arg for a in fn.args.args] if isinstance(fn, ast.FunctionDef) else []
            lambdas = {a.arg for n in _own_nodes(fn) if isinstance(n, ast.Lambda) for a in n.args.args}
            for node in _own_nodes(fn):
                if not isinstance(node, ast.Call):
                    continue
                where = f"{name}:{node.lineno}"
                if kind == "problem":
                    arg = self._message_arg(node, makers)
                    passed = isinstance(arg, ast.Name) and (arg.id in params or arg.id in lambdas)
                    if arg is not None and not passed:
                        for text in self.texts(arg, mod, fn, _statement(fn, node)):
                            yield Site("problem", text, where)
                    # else a helper passing its parameter on: its callers are the sites
                    if _called(node) in _YAML_ERRORS:
                        for index in (0, 2):
                            if len(node.args) > index and not _is_none(node.args[index]):
                                for text in self.texts(node.args[index], mod, fn, _statement(fn, node)):
                                    yield Site("yaml", text, where)
                elif kind == "notice":
                    for arg in self._notice_args(node):
                        for text in self.texts(arg, mod, fn, _statement(fn, node)):
                            yield Site("notice", text, where)
                elif kind == "detail":
                    for arg in self._detail_args(node):
                        for text in self.texts(arg, mod, fn, _statement(fn, node)):
                            yield Site("detail", text, where)
            if kind == "notice":
                for node in _own_nodes(fn):
                    if isinstance(node, ast.Assign) and any(
                        isinstance(t, ast.Attribute) and t.attr in ("refusal",) for t in node.targets
                    ):
                        for text in self.texts(node.value, mod, fn, node):
                            yield Site("notice", text, f"{name}:{node.lineno}")
                    if (
                        isinstance(node, ast.AugAssign)
                        and isinstance(node.target, ast.Attribute)
                        and node.target.attr == "refusal"
                    ):
                        for text in self.texts(node.value, mod, fn, node):
                            yield Site("notice-tail", text, f"{name}:{node.lineno}")

    def arguments(
        self, name: str, makers: dict[str, int]
    ) -> Iterator[tuple[str, str, ast.FunctionDef | None]]:
        """(text, module:line, function) of the argument at ``makers[called]`` of each call."""
        mod = self._module(name)
        assert mod is not None, name
        for fn in [*mod.every, mod.tree]:
            for node in _own_nodes(fn):
                if isinstance(node, ast.Call) and _called(node) in makers:
                    index = makers[_called(node)]
                    if len(node.args) > index:
                        for text in self.texts(node.args[index], mod, fn, node):
                            yield (
                                text,
                                f"{name}:{node.lineno}",
                                fn if isinstance(fn, ast.FunctionDef) else None,
                            )

    def values(self, name: str, variable: str) -> list[str]:
        """Every text the local ``variable`` of any function of the module is assigned (where
        an f-string's part is worked out before it: ``why = ...``)."""
        mod = self._module(name)
        assert mod is not None, name
        out: list[str] = []
        for fn in mod.every:
            for node in _own_nodes(fn):
                if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == variable for t in node.targets
                ):
                    out += self.texts(node.value, mod, fn, node)
        return list(dict.fromkeys(out))

    def _message_arg(self, node: ast.Call, makers: dict[str, int]) -> ast.expr | None:
        called = _called(node)
        index: int | None = None
        if isinstance(node.func, ast.Name) and called in makers:
            index = makers[called]
        elif isinstance(node.func, ast.Attribute) and called in _METHOD_MAKERS:
            index = _METHOD_MAKERS[called]
        elif called == "replace":
            return next((kw.value for kw in node.keywords if kw.arg == "message"), None)
        elif called in _YAML_ERRORS:
            return None
        if index is None:
            return None
        for kw in node.keywords:
            if kw.arg == "message":
                return kw.value
        return node.args[index] if len(node.args) > index else None

    def _notice_args(self, node: ast.Call) -> list[ast.expr]:
        called = _called(node)
        out: list[ast.expr] = []
        if called == "Outcome":
            for kw in node.keywords:
                if kw.arg == "messages" and isinstance(kw.value, ast.List):
                    out += kw.value.elts
                if kw.arg == "refusal":
                    out.append(kw.value)
        elif called == "append" and isinstance(node.func, ast.Attribute):
            owner = node.func.value  # messages.append(...), out.notes.append(...)
            if (isinstance(owner, ast.Name) and owner.id in ("messages", "notes")) or (
                isinstance(owner, ast.Attribute) and owner.attr == "notes"
            ):
                out += node.args
        return out

    def _detail_args(self, node: ast.Call) -> list[ast.expr]:
        called = _called(node)
        if called in ("ValueError", "LockTimeoutError") and node.args:
            arg = node.args[0]
            # "; ".join(problems): the texts appended to problems are the details
            if isinstance(arg, ast.Call) and _called(arg) == "join":
                return []
            return [arg]
        if called == "PydanticCustomError" and len(node.args) > 1:
            return [node.args[1]]
        if (
            called == "append"
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "problems"
        ):
            return list(node.args)
        return []


_UNSET = object()


def _union(a: State, b: State) -> State:
    if a is None or b is None:
        return None
    if a is _UNSET:
        return b
    if b is _UNSET:
        return a
    assert isinstance(a, list)
    assert isinstance(b, list)
    return list(dict.fromkeys(a + b))


def _called(node: ast.Call) -> str:
    f = node.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _own_nodes(fn: ast.AST) -> Iterator[ast.AST]:
    """The nodes of ``fn`` outside the functions defined inside it."""
    stack = list(ast.iter_child_nodes(fn))
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def _statement(fn: ast.AST, node: ast.AST) -> ast.AST:
    """The node itself: names are followed up to the statement that holds it."""
    return node


def all_sites() -> list[Site]:
    scanner = Scanner(PROBLEM_MODULES + NOTICE_MODULES + DETAIL_MODULES)
    out: list[Site] = []
    for name in PROBLEM_MODULES:
        out += scanner.sites(name, "problem")
    for name in NOTICE_MODULES:
        out += scanner.sites(name, "notice")
    for name in DETAIL_MODULES:
        out += scanner.sites(name, "detail")
    return out


if __name__ == "__main__":
    for site in all_sites():
        print(site)

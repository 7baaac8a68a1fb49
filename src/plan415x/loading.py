"""Loading a data folder: files -> (validation: documents -> models -> values) -> a Dataset.

This room reads the files (safely: no FIFO, no device, nothing past the size limit), asks the
cache for what it already holds, has the rest validated (plan415x.validation, the pydantic
edge, imported only then: a cached check does without it, tests/test_startup.py) and checks
the files against each other (plan415x.checks).

Every file is read and validated even when another has failed, so one run reports every
problem of every file. A Dataset is only built when there are no problems at all: nothing is
ever judged on bad data.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from plan415x import cache, documents, values
from plan415x.checks import check_actuals, check_plan
from plan415x.dataset import Actuals as Actuals
from plan415x.dataset import Dataset as Dataset
from plan415x.dataset import dataset_of as dataset_of
from plan415x.dataset import with_default_owner as with_default_owner
from plan415x.documents import Document, bare
from plan415x.messages import problem
from plan415x.periods import Period
from plan415x.problems import Arg, Problem, Said, said
from plan415x.units import Measures

PLAN_FILE = "targets.yaml"
ACTUALS_DIR = "actuals"
PUBLISHED_DIR = "published"
"""What ``publish`` recorded (``views.published``); never read as data."""

# Sections of targets.yaml that checking the figures does not depend on: a problem in one
# hides nothing else.
_PLAN_OPTIONAL = frozenset({"assessment", "reporting", "default_owner"})
_PLAN_CASCADES = frozenset({"duplicate-target", "duplicate-measure", "unknown-measure"})


def display_path(path: Path) -> str:
    """The path as the user would type it: relative to the working directory when inside it,
    else absolute (../../../tmp/x is no help)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(Path(path).absolute()) if relative.startswith("..") else relative


def load_plan(
    path: Path, *, keep_data: bool = True, raw: bytes | Problem | None = None
) -> tuple[Document | None, values.PlanFile | None, list[Problem]]:
    """``raw``: the file's bytes (or the problem reading them), when already read."""
    from plan415x import validation

    shown = display_path(path)
    doc = validation.document(path, shown, read_file(path, shown) if raw is None else raw)
    if isinstance(doc, Problem):
        return None, None, [doc]
    plan, problems = validation.plan_file(doc, keep_data=keep_data)
    return doc, plan, problems


def load_actuals(
    path: Path, *, keep_data: bool = True, raw: bytes | Problem | None = None, partial: bool = False
) -> tuple[Actuals | None, list[Problem]]:
    """``raw``: the file's bytes (or the problem reading them), when already read. ``partial``:
    see ``validation.actuals_file``."""
    from plan415x import validation

    shown = display_path(path)
    doc = validation.document(path, shown, read_file(path, shown) if raw is None else raw)
    if isinstance(doc, Problem):
        return None, [doc]
    return validation.actuals_file(path, doc, keep_data=keep_data, partial=partial)


def problems_of_files(problems: list[Problem], paths: list[Path]) -> list[Problem]:
    """The problems that belong to ``paths``; all of them when the plan is among the paths,
    since a change to the plan can break every file."""
    if any(p.name == PLAN_FILE for p in paths):
        return problems
    named = {p.resolve() for p in paths}
    return [p for p in problems if Path(p.file).resolve() in named]


# Names in actuals/ that are nobody's data: hidden files (.DS_Store, editors' swap and lock
# files, the temporary files of an import) and editor backups (2023Q2.yaml~). Any other name
# is either read or reported: a file of figures silently left out is a wrong report.
def _ignored(name: str) -> bool:
    return name.startswith(".") or name.endswith("~")


_DATA_SUFFIXES = (".yaml", ".yml")


def actuals_paths(root: Path) -> list[Path]:
    """Every entry named *.yaml or *.yml in actuals/, files or not: one that cannot be read
    (a folder, a broken link) is reported when loaded, never skipped. Raises OSError when the
    folder itself cannot be listed."""
    folder = root / ACTUALS_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if not _ignored(p.name) and p.suffix in _DATA_SUFFIXES)


def actuals_entries(root: Path) -> tuple[list[Path], list[Problem]]:
    """The files of actuals/ to read, and a problem for each entry that will not be read
    (hidden files and editor backups excepted) or for an actuals/ that is no folder."""
    folder = root / ACTUALS_DIR
    shown = display_path(folder)
    try:
        info = os.stat(folder)
        if not stat.S_ISDIR(info.st_mode):
            return [], [_problem(shown, 0, 0, "io-error", said("file-actuals-a-file"))]
        names = sorted(os.listdir(folder))
    except FileNotFoundError:
        if not os.path.islink(folder):
            return [], []  # no figures yet
        return [], [_problem(shown, 0, 0, "io-error", said("file-list-broken-link"))]
    except OSError as error:
        return [], [_problem(shown, 0, 0, "io-error", said("file-list-failed", reason=_os_reason(error)))]
    paths: list[Path] = []
    problems: list[Problem] = []
    for name in names:
        path = folder / name
        suffix = path.suffix
        if _ignored(name):
            continue
        if suffix in _DATA_SUFFIXES:
            paths.append(path)
            continue
        if path.is_dir():
            why = said("file-not-read-folder")
        elif suffix.lower() in _DATA_SUFFIXES:
            why = said("file-not-read-case", suffix=suffix.lower())
        else:
            why = said("file-not-read-other")
        problems.append(_problem(display_path(path), 0, 0, "unexpected-file", why))
    return paths, problems


def _problem(file: str, line: int, column: int, code: str, found: Said, *, level: str = "error") -> Problem:
    """A problem made as ``found`` (its English is the message)."""
    return problem(file, line, column, code, found, level=level)


def _os_reason(error: OSError) -> Arg:
    """Why an OS call failed, in the system's words (Chinese where i18n.theirs_zh knows them)."""
    # Inside: i18n.phrases brings the catalogue of other people's words (i18n.theirs_zh), 3% of
    # a cached check's instructions, for an OS error a cached check does not meet.
    from plan415x.i18n.phrases import os_reason

    return os_reason(error)


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _unreadable(info: os.stat_result, shown: str, limit: int) -> Problem | None:
    mode = info.st_mode
    if stat.S_ISREG(mode):
        if info.st_size > limit:
            return _problem(
                shown, 0, 0, "too-large", said("file-too-large", size=str(info.st_size), limit=str(limit))
            )
        return None
    if stat.S_ISDIR(mode):
        what = said("file-read-folder")
    elif stat.S_ISFIFO(mode):
        what = said("file-read-fifo")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        what = said("file-read-device")
    elif stat.S_ISSOCK(mode):
        what = said("file-read-socket")
    else:
        what = said("file-read-special")
    return _problem(shown, 0, 0, "io-error", what)


def read_file(path: Path, shown: str) -> bytes | Problem:
    """The bytes of a regular file (a link to one is fine), never more than the size limit
    plus one: a FIFO, a device or a huge file is a problem, never a hang or gigabytes read."""
    limit = documents.MAX_BYTES
    try:
        # Looked at before it is opened: opening a FIFO waits for a writer (O_NONBLOCK, which
        # prevents that, does not exist everywhere).
        problem = _unreadable(os.stat(path), shown, limit)
        if problem is not None:
            return problem
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)  # what was opened, which may not be what was looked at
            problem = _unreadable(info, shown, limit)
            if problem is not None:
                return problem
            chunks: list[bytes] = []
            total = 0
            while total <= limit:
                # The whole file and one byte more in one read (a file may grow meanwhile).
                chunk = os.read(fd, min(limit + 1 - total, max(info.st_size + 1 - total, 1 << 16)))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        finally:
            os.close(fd)
    except OSError as error:
        return _problem(shown, 0, 0, "io-error", said("file-read-failed", reason=_os_reason(error)))
    if total > limit:
        return _problem(shown, 0, 0, "too-large", said("file-grew-too-large", limit=str(limit)))
    return b"".join(chunks)


Progress = Callable[[Path], None]
"""Called after each file is read (to show progress on long loads)."""


def load_dataset(
    root: Path,
    actual_paths: list[Path] | None = None,
    *,
    lean: bool = False,
    progress: Progress | None = None,
) -> tuple[Dataset | None, list[Problem]]:
    """Load the plan and actual figures of a data folder; ``actual_paths`` narrows the files.

    ``lean``: the caller needs the values only. The parsed documents are dropped once valid
    (their text and raw data double the memory), and the files' values may come from, and go
    to, the cache.
    """
    listed: list[Problem] = []
    if actual_paths is None:
        actual_paths, listed = actuals_entries(root)
    if not lean:
        return _load(root, actual_paths, listed)

    # Every file is read once, here: the bytes of the cache key are the bytes parsed, so a
    # file replaced meanwhile can never be cached under its old content's key.
    raws = {path: read_file(path, display_path(path)) for path in [root / PLAN_FILE, *actual_paths]}
    if not listed and cache.folder() is not None and all(isinstance(raw, bytes) for raw in raws.values()):
        read = {path: raw for path, raw in raws.items() if isinstance(raw, bytes)}
        found = _through_cache(root, read, progress)
        if found is not None:
            return found, []
    # Without the cache, or with problems to report: every file parsed, every problem located.
    dataset, problems = _load(root, actual_paths, listed, raws=raws, keep_data=False, progress=progress)
    if dataset is None:
        return None, problems
    return _without_documents(dataset), []


def _through_cache(root: Path, raws: dict[Path, bytes], progress: Progress | None) -> Dataset | None:
    """The dataset of these files with the cache's help: each file the cache holds is taken
    from it, the others are validated (and kept for next time), and the checks across files
    run unless this very set of files passed them before. None when any file or check has a
    problem, or the cache was refused meanwhile: the caller then loads every file the long way,
    which locates every problem."""

    plan_path = root / PLAN_FILE
    keys = {
        path: cache.file_key("plan" if path == plan_path else "actuals", path.name, raw)
        for path, raw in raws.items()
    }
    new: list[cache.Entry] = []
    digests: dict[Path, str] = {}  # of each file's entry: what the marks of checks passed name
    valid = True  # every file on its own; the files valid on their own are kept even if not
    plan: values.PlanFile | None = None
    kept = cache.get_file(keys[plan_path], values.PlanFile)
    if kept is not None:
        plan, digests[plan_path] = kept
    else:
        if cache.refused():  # an entry or the folder was refused: this run works without it
            return None
        plan = _validated_plan(plan_path, raws[plan_path])
        if plan is None:
            valid = False
        else:
            entry = cache.file_entry(keys[plan_path], plan_path.name, plan)
            if entry is None:  # values JSON cannot hold: this run goes without the cache
                return None
            new.append(entry)
            digests[plan_path] = entry.digest
    if progress is not None:
        progress(plan_path)
    loaded: list[Actuals] = []
    for path, raw in raws.items():
        if path == plan_path:
            continue
        found = cache.get_file(keys[path], values.ActualsFile)
        if found is not None:
            file, digests[path] = found
        else:
            if cache.refused():
                return None
            validated = _validated_actuals(path, raw)
            if validated is None:
                valid = False
                continue
            file = validated
            entry = cache.file_entry(keys[path], path.name, file)
            if entry is None:
                return None
            new.append(entry)
            digests[path] = entry.digest
        try:
            period = Period.parse(file.period)
        except ValueError:  # only an entry changed by hand: the files are read the long way
            return None
        loaded.append(Actuals(period, file, bare(path, display_path(path))))
        if progress is not None:
            progress(path)
    if plan is None or not valid:
        cache.put(new)
        return None
    loaded.sort(key=lambda a: (a.period, a.doc.display))
    checked = cache.checked_key(
        [
            (display_path(plan_path), digests[plan_path]),
            *((a.doc.display, digests[a.doc.path]) for a in loaded),
        ]
    )
    if not cache.is_checked(checked):
        passed = _checked_across(plan, plan_path, loaded, digests, plan_validated=kept is None)
        if passed is None:
            cache.put(new)  # each file is valid on its own; together they are not
            return None
        new += passed
        new.append(cache.checked_entry(checked))
    cache.put(new)
    return dataset_of(root, plan, bare(plan_path, display_path(plan_path)), loaded, plan_key=keys[plan_path])


def _checked_across(
    plan: values.PlanFile,
    plan_path: Path,
    loaded: list[Actuals],
    digests: dict[Path, str],
    *,
    plan_validated: bool,
) -> list[cache.Entry] | None:
    """The marks to keep if the files pass the checks across files, or None. A file whose
    records passed against this very plan before (the same entries) is not checked record by
    record again: with one month's file changed, only its records are. A plan from the cache
    whose entry is not the one these marks name is checked on its own again too."""

    against = {a.doc.path: cache.against_key(digests[plan_path], digests[a.doc.path]) for a in loaded}
    clean = frozenset(path for path, key in against.items() if cache.is_checked(key))
    try:
        if not (clean or plan_validated) and check_plan(plan, bare(plan_path, display_path(plan_path))):
            return None
        measures = Measures(plan.measures)
        targets = {t.id: t for t in plan.targets}
        if check_actuals(plan, measures, targets, loaded, unchecked={}, clean=clean):
            return None
    except Exception:  # values no file could give (an entry changed by hand): the long way says
        return None
    return [cache.checked_entry(key) for path, key in against.items() if path not in clean]


def _validated_plan(path: Path, raw: bytes) -> values.PlanFile | None:
    """The plan's values if it is valid on its own (its schema and its own checks), else None."""
    doc, plan, problems = load_plan(path, keep_data=False, raw=raw)
    if doc is None or plan is None or problems or check_plan(plan, doc):
        return None
    return plan


def _validated_actuals(path: Path, raw: bytes) -> values.ActualsFile | None:
    """An actuals file's values if it is valid on its own, else None."""
    entry, problems = load_actuals(path, keep_data=False, raw=raw)
    return None if entry is None or problems else entry.file


def _without_documents(dataset: Dataset) -> Dataset:
    return replace(
        dataset,
        plan_doc=bare(dataset.plan_doc.path, dataset.plan_doc.display),
        actuals=tuple(replace(a, doc=bare(a.doc.path, a.doc.display)) for a in dataset.actuals),
    )


def _load(
    root: Path,
    actual_paths: list[Path],
    listed: list[Problem],
    *,
    raws: dict[Path, bytes | Problem] | None = None,
    keep_data: bool = True,
    progress: Progress | None = None,
) -> tuple[Dataset | None, list[Problem]]:
    """``listed``: the problems of listing actuals/; ``raws``: files already read (each is
    parsed from those bytes and let go)."""
    from plan415x import validation

    raws = {} if raws is None else raws
    problems: list[Problem] = list(listed)
    plan_doc, plan, plan_found = load_plan(
        root / PLAN_FILE, keep_data=keep_data, raw=raws.pop(root / PLAN_FILE, None)
    )
    problems += plan_found
    if progress is not None:
        progress(root / PLAN_FILE)
    loaded: list[Actuals] = []
    for path in actual_paths:
        entry, found = load_actuals(path, keep_data=keep_data, raw=raws.pop(path, None), partial=True)
        problems += found
        if progress is not None:
            progress(path)
        if entry is not None:
            loaded.append(entry)
    # Every problem in one pass: a target with a problem of its own is left out and the rest of
    # the plan is checked, and the figures against it; only records of the targets left out
    # (and a plan whose header is broken) cannot be checked, and a note says so.
    positions: tuple[int, ...] | None = None
    broken: dict[int, object] = {}
    if plan is None and plan_doc is not None and plan_found:
        recovered = validation.recover_plan(plan_doc, plan_found, _PLAN_OPTIONAL)
        if recovered is not None:
            plan, positions, broken = recovered
    if plan is None or plan_doc is None:
        if loaded and plan_doc is not None:
            problems.append(
                _problem(
                    plan_doc.display,
                    0,
                    0,
                    validation.NOT_CHECKED,
                    said("file-actuals-not-checked"),
                    level="note",
                )
            )
        return None, sorted(problems)
    unchecked = {str(ident): i for i, ident in broken.items() if isinstance(ident, str)}
    plan_problems = check_plan(plan, plan_doc, positions=positions, unchecked=frozenset(unchecked))
    problems += plan_problems
    measures = Measures(plan.measures)
    targets = {t.id: t for t in plan.targets}
    loaded.sort(key=lambda a: (a.period, a.doc.display))
    # Figures checked against targets or units the plan got wrong would only echo its errors:
    # their records are left out, with a note; the rest are checked.
    suspect = _suspect_targets(plan, measures, plan_problems)
    reasons = {ident: said("file-reason-definition", i=str(i)) for ident, i in unchecked.items()} | suspect
    problems += check_actuals(plan, measures, targets, loaded, unchecked=reasons)
    if problems:
        return None, sorted(problems)
    return dataset_of(root, plan, plan_doc, loaded), []


def _suspect_targets(
    plan: values.PlanFile, measures: Measures, plan_problems: list[Problem]
) -> dict[str, Said]:
    """Targets whose figures cannot be checked because of the plan's problems: a target id
    given twice, a unit unknown or declared twice. By id, with the reason."""
    codes = {p.code for p in plan_problems}
    if not codes & _PLAN_CASCADES:
        return {}
    ids = [t.id for t in plan.targets]
    twice = {i for i in ids if ids.count(i) > 1}
    units = [m.id for m in plan.measures]
    doubled = {u for u in units if units.count(u) > 1}
    out: dict[str, Said] = {}
    for t in plan.targets:
        if t.id in twice:
            out[t.id] = said("file-reason-id-twice")
        elif t.unit is not None and (t.unit not in measures or t.unit in doubled):
            out[t.id] = said("file-reason-unit", unit=t.unit)
    return out

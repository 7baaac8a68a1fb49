"""The cache: a file's values reused only for identical bytes, never for a file with problems,
never a failure; only the files that changed are validated again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plan415x import cache
from plan415x.loading import load_dataset
from tests.conftest import snapshot


def test_a_second_load_comes_from_the_cache(mini: Path, private_cache: Path) -> None:
    first, problems = load_dataset(mini, lean=True)
    assert problems == []
    assert first is not None
    # Three files, each actuals file's records checked against the plan, and the whole set
    # checked across files: 3 + 2 + 1.
    assert len(list(private_cache.glob("*.json"))) == 6
    second, _ = load_dataset(mini, lean=True)
    assert second is not None
    assert second is not first
    assert second.plan == first.plan
    assert [a.file for a in second.actuals] == [a.file for a in first.actuals]
    assert second.actuals[0].doc.text == ""  # lean: the documents were dropped


def test_a_changed_byte_is_a_miss(mini: Path, private_cache: Path) -> None:
    load_dataset(mini, lean=True)
    q2 = mini / "actuals" / "2023Q2.yaml"
    q2.write_text(q2.read_text(encoding="utf-8").replace("value: 100}", "value: 101}"), encoding="utf-8")
    dataset, _ = load_dataset(mini, lean=True)
    assert dataset is not None
    robots = next(
        r
        for a in dataset.actuals
        if str(a.period) == "2023Q2"
        for r in a.file.records
        if r.target == "robots"
    )
    assert robots.value == 101
    # The new 2023Q2, its records against the plan and the new set of files: 6 + 3.
    assert len(list(private_cache.glob("*.json"))) == 9


def test_invalid_data_is_never_cached(mini: Path, private_cache: Path) -> None:
    (mini / "actuals" / "2023Q3.yaml").write_text(
        "period: 2023Q3\nrecords: [{target: nope}]\n", encoding="utf-8"
    )
    (mini / "actuals" / "2023Q4.yaml").write_text("period: 2023Q4\nrecords: [{value: 1}]\n", encoding="utf-8")
    for _ in range(2):
        dataset, problems = load_dataset(mini, lean=True)
        assert dataset is None
        assert [(Path(p.file).name, p.code) for p in problems] == [
            ("2023Q3.yaml", "unknown-target"),
            ("2023Q4.yaml", "missing-field"),
        ]
    # 2023Q4 has a problem of its own: never kept. 2023Q3 is valid on its own (an unknown
    # target is a problem across files), so it is, as the plan and the others are; but no
    # entry says that the files agree, so the next run checks them again.
    names = sorted(json.loads(p.read_bytes()).get("name", "") for p in private_cache.glob("*.json"))
    assert names == ["2023Q1.yaml", "2023Q2.yaml", "2023Q3.yaml", "targets.yaml"]


def test_a_corrupt_entry_is_a_miss(mini: Path, private_cache: Path) -> None:
    fresh, _ = load_dataset(mini, lean=True)
    for i, entry in enumerate(sorted(private_cache.glob("*.json"))):
        # Not JSON; JSON of another shape; the right shape with a wrong type in a field.
        data = json.loads(entry.read_bytes())
        if "value" in data and i % 2:
            data["value"][0] = "one"  # schema_version is a number
            entry.write_text(json.dumps(data), encoding="utf-8")
        else:
            entry.write_bytes(b"not an entry" if i % 3 else b"[1, 2]")
    dataset, problems = load_dataset(mini, lean=True)
    assert problems == []
    assert dataset is not None
    assert fresh is not None
    assert (dataset.plan, dataset.actuals) == (fresh.plan, fresh.actuals)


def test_no_cache_and_an_unwritable_folder(
    mini: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLAN415X_NO_CACHE", "1")
    assert cache.folder() is None
    assert load_dataset(mini, lean=True)[0] is not None
    monkeypatch.delenv("PLAN415X_NO_CACHE")
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("PLAN415X_CACHE_DIR", str(blocker / "cache"))
    assert load_dataset(mini, lean=True)[0] is not None


def test_nothing_is_written_in_the_data_folder(mini: Path) -> None:
    before = snapshot(mini)
    load_dataset(mini, lean=True)
    load_dataset(mini, lean=True)
    assert snapshot(mini) == before


def test_the_same_bytes_elsewhere_share_their_files_entries(
    mini: Path, tmp_path: Path, private_cache: Path
) -> None:
    import shutil

    other = tmp_path / "other"
    shutil.copytree(mini, other)
    a, _ = load_dataset(mini, lean=True)
    b, _ = load_dataset(other, lean=True)
    assert a is not None
    assert b is not None
    assert (b.root, b.plan_doc.path, b.actuals[0].doc.path) == (
        other,
        other / "targets.yaml",
        other / "actuals" / "2023Q1.yaml",
    )
    # A file's values (and its records against the same plan) do not depend on its folder; the
    # check across files names the files: 6 + 1.
    assert len(list(private_cache.glob("*.json"))) == 6 + 1


def test_only_the_changed_file_is_validated_again(mini: Path, private_cache: Path, parsed: list[str]) -> None:
    load_dataset(mini, lean=True)
    parsed.clear()
    q1 = mini / "actuals" / "2023Q1.yaml"
    q1.write_text(q1.read_text(encoding="utf-8") + "# checked again\n", encoding="utf-8")
    dataset, problems = load_dataset(mini, lean=True)
    assert (problems, parsed) == ([], ["2023Q1.yaml"])
    assert dataset is not None
    parsed.clear()
    load_dataset(mini, lean=True)
    assert parsed == []


def test_a_change_that_breaks_the_files_agreement_is_located(mini: Path, private_cache: Path) -> None:
    load_dataset(mini, lean=True)
    q2 = mini / "actuals" / "2023Q2.yaml"
    text = q2.read_text(encoding="utf-8")
    q2.write_text(text.replace("{target: robots,", "{target: robot,"), encoding="utf-8")
    dataset, problems = load_dataset(mini, lean=True)
    assert dataset is None
    # Each file was valid on its own and came from the cache or was validated alone; the
    # unknown target is found across files, and located by parsing the files again.
    assert [(Path(p.file).name, p.code, p.line > 1) for p in problems] == [
        ("2023Q2.yaml", "unknown-target", True)
    ]


def test_a_changed_file_alone_is_checked_record_by_record(
    mini: Path, private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from plan415x import loading  # the checks are looked up where the loader imported them

    load_dataset(mini, lean=True)
    seen: list[tuple[str, ...]] = []
    real = loading.check_actuals

    def check_actuals(*args: object, clean: frozenset[Path] = frozenset(), **kwargs: object) -> object:
        seen.append(tuple(sorted(p.name for p in clean)))
        return real(*args, clean=clean, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "check_actuals", check_actuals)
    q2 = mini / "actuals" / "2023Q2.yaml"
    q2.write_text(q2.read_text(encoding="utf-8") + "# again\n", encoding="utf-8")
    assert load_dataset(mini, lean=True)[1] == []
    assert seen == [("2023Q1.yaml",)]  # 2023Q1's records passed against this plan before
    # A record that now falls below an earlier figure of the year is still found: the check
    # across periods takes the figures of the files it does not check again.
    q2.write_text(q2.read_text(encoding="utf-8").replace("value: 100}", "value: 1}"), encoding="utf-8")
    dataset, problems = load_dataset(mini, lean=True)
    assert dataset is None
    assert [(Path(p.file).name, p.line, p.code) for p in problems] == [("2023Q2.yaml", 7, "ytd-decrease")]
    # Found with 2023Q1 taken as clean (robots: 80 there, 1 now), then located the long way.
    assert seen == [("2023Q1.yaml",), ("2023Q1.yaml",), ()]

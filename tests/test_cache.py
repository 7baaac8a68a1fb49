"""The dataset cache: reused only for identical bytes, never for bad data, never a failure."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan415x import cache
from plan415x.loading import load_dataset
from tests.conftest import snapshot


def test_a_second_load_comes_from_the_cache(mini: Path, private_cache: Path) -> None:
    first, problems = load_dataset(mini, lean=True)
    assert problems == []
    assert first is not None
    assert len(list(private_cache.glob("*.json"))) == 1
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
    assert len(list(private_cache.glob("*.json"))) == 2


def test_invalid_data_is_never_cached(mini: Path, private_cache: Path) -> None:
    (mini / "actuals" / "2023Q3.yaml").write_text(
        "period: 2023Q3\nrecords: [{target: nope}]\n", encoding="utf-8"
    )
    for _ in range(2):
        dataset, problems = load_dataset(mini, lean=True)
        assert dataset is None
        assert [p.code for p in problems] == ["unknown-target"]
    assert list(private_cache.glob("*")) == []


def test_a_corrupt_entry_is_a_miss(mini: Path, private_cache: Path) -> None:
    load_dataset(mini, lean=True)
    [entry] = private_cache.glob("*.json")
    entry.write_bytes(b"not an entry")
    dataset, problems = load_dataset(mini, lean=True)
    assert dataset is not None
    assert problems == []


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


def test_the_same_bytes_elsewhere_are_another_entry(mini: Path, tmp_path: Path, private_cache: Path) -> None:
    import shutil

    other = tmp_path / "other"
    shutil.copytree(mini, other)
    a, _ = load_dataset(mini, lean=True)
    b, _ = load_dataset(other, lean=True)
    assert a is not None
    assert b is not None
    assert b.root == other
    assert len(list(private_cache.glob("*.json"))) == 2

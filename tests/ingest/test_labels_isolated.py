"""Label, pair and ranking tables are read like uploads (issue 29): in a worker with a hard time limit, except small
plain tables; a file built to stall or exhaust its reader is named in words and the process reading it keeps going."""
from __future__ import annotations

import pytest

from matchlens.ingest import labels
from matchlens.ingest.errors import IngestError
from tests.ingest.hostile import xlsx


def _forbid_here(monkeypatch):
    """Reading a table in this process fails the test: only a worker may read it."""
    import matchlens.ingest.table as table

    def here(*args, **kwargs):
        raise AssertionError("read in the calling process")

    monkeypatch.setattr(table, "read_table", here)


def test_an_xlsx_label_file_is_read_in_a_worker(tmp_path, monkeypatch):
    path = tmp_path / "labels.xlsx"
    path.write_bytes(xlsx([["resume", "gig", "label"], ["r1", "g1", "fit"], ["r2", "g1", "no"]]))
    _forbid_here(monkeypatch)
    rows, problems = labels.read_label_table(path, {"resume": "resume", "gig": "gig", "label": "label"})
    assert list(rows["value"]) == [1.0, 0.0] and not problems


def test_a_small_csv_is_read_here(tmp_path):
    path = tmp_path / "labels.csv"
    path.write_text("resume,gig,label\nr1,g1,fit\n", encoding="utf-8")
    rows, _ = labels.read_label_table(path, {"resume": "resume", "gig": "gig", "label": "label"})
    assert list(rows["value"]) == [1.0]


def test_a_table_that_stalls_its_reader_is_named_and_stopped(tmp_path, monkeypatch):
    path = tmp_path / "pairs.xlsx"
    path.write_bytes(xlsx([["a", "b", "label"], ["x", "y", "fit"]]))
    monkeypatch.setattr(labels, "_read", _sleepy)
    monkeypatch.setattr(type(labels.LABEL_LIMITS), "hard_seconds", property(lambda self: 2.0))
    with pytest.raises(IngestError) as err:
        labels.read_file_table(path)
    assert "took longer than 2 s" in str(err.value) and "pairs.xlsx" in str(err.value)


def _sleepy(data: bytes, name: str):
    import time

    time.sleep(60)

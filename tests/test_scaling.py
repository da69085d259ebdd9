"""The scaling helper itself: it must pass a linear cost on a busy machine and fail a quadratic one every time."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scaling import assert_linear

TESTS = Path(__file__).resolve().parent


def _linear(items: list[int]) -> int:
    return sum(items)


def _quadratic(items: list[int]) -> int:
    return sum(1 for i in range(0, len(items), 4) if -1 in items)  # a scan of the list per quarter item


def test_a_linear_cost_passes_and_a_quadratic_one_fails():
    """(The quadratic is timed from 50 ms up: at 8 ms, with four processes on two cores, one of three runs read x2.5.)"""
    assert_linear(_linear, lambda n: list(range(n)), 1_000, 4_000_000)
    with pytest.raises(AssertionError, match="not linear"):
        assert_linear(_quadratic, lambda n: list(range(n)), 200, 64_000, what="a scan per item", measurable=0.05)


def test_every_scaling_test_times_through_the_helper():
    """CPU time is read in tests/scaling.py only: a ratio of two bare timings of a few ms failed CI on noise."""
    readers = [p.relative_to(TESTS).as_posix() for p in TESTS.rglob("*.py")
               if p.name != "scaling.py" and "process_time" in p.read_text(encoding="utf-8")
               and p.name != Path(__file__).name]
    assert not readers, readers

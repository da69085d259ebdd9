"""One way to test that a cost grows linearly: CPU time at n and 2n, with what makes a small timing lie taken away.

A ratio of two timings is only as good as the smaller one: 7 ms against 25 ms failed CI once (x3.6 on a function that
is linear) because a run that short is mostly noise — a collector pass, a cold cache, another thread's work. So every
scaling test goes through here: the garbage collector is paused while timing, each size takes the least CPU time of
three runs, the fixed cost of a call is taken off, n doubles until the part that depends on n is measurable, and a
ratio over the limit is measured again before it counts (a quadratic cost stays over it every time, noise does not).
"""
from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

MEASURABLE = 0.008  # seconds that depend on n before a ratio is trusted (n doubles until then)
LIMIT = 2.5         # doubling the input may at most about double the time (quadratic: x4)


def least_cpu(fn: Callable[[Any], Any], data: Any, runs: int = 3) -> float:
    """The least CPU time of this process over ``runs`` calls, the collector paused (other processes do not count,
    as they would in wall time; a collection that falls in one run does not)."""
    best = float("inf")
    enabled = gc.isenabled()
    gc.disable()  # no gc.collect() first: a full pass over a loaded masker's heap, per call, took minutes
    try:
        for _ in range(runs):
            start = time.process_time()
            fn(data)
            best = min(best, time.process_time() - start)
    finally:
        if enabled:
            gc.enable()
    return best


def doubling_ratio(fn: Callable[[Any], Any], make: Callable[[int], Any], n: int, most: int,
                   measurable: float = MEASURABLE) -> tuple[float, int]:
    """(time at 2n / time at n, n), the time of a one-unit input taken off both; n grows until measurable (a ratio
    of 1 when even ``most`` units take too little time to measure: 2x``most`` that fast is not quadratic)."""
    base = least_cpu(fn, make(1))
    small = least_cpu(fn, make(n))
    while small - base < measurable and n < most:
        n *= 2
        small = least_cpu(fn, make(n))
    big = least_cpu(fn, make(2 * n))
    if big - base < measurable:
        return 1.0, n
    return (big - base) / max(small - base, 1e-4), n


def worst_ratio(fn: Callable[[Any], Any], make: Callable[[Any], Any], n: int, most: int,
                limit: float = LIMIT, tries: int = 3, measurable: float = MEASURABLE) -> tuple[float, int]:
    """The least of up to ``tries`` doubling ratios, stopping at the first within ``limit`` (a busy machine does
    not fail a linear cost; a quadratic one stays over the limit every time, unless the machine is so loaded that its
    small run took 60% longer than it should: measure with a larger ``measurable`` then)."""
    ratios = []
    grown = n
    for _ in range(tries):
        ratio, grown = doubling_ratio(fn, make, n, most, measurable)
        ratios.append(ratio)
        if ratio <= limit:
            break
    return min(ratios), grown


def assert_linear(fn: Callable[[Any], Any], make: Callable[[int], Any], n: int, most: int,
                  limit: float = LIMIT, what: str = "", measurable: float = MEASURABLE) -> None:
    """Fail with the measured ratio when doubling the input more than ``limit``-folds the time."""
    ratio, grown = worst_ratio(fn, make, n, most, limit, measurable=measurable)
    assert ratio <= limit, f"{what or fn!r} not linear: {grown:,} -> {2 * grown:,} units, time x{ratio:.1f}"

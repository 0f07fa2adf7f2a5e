"""Timing deskapp against its baseline: interleaved pairs, medians, and the spread of the per-pair ratios.

The machine is shared and noisy, so each deskapp sample is taken right next to a baseline sample (A B A B
...) and the figure is their ratio: a burst of load slows both sides of a pair alike.
"""

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

# Runs the operation (once, or a calibrated batch) and returns the seconds one operation took.
Sample = Callable[[], float]


def per_call(operation: Callable[[], object], min_seconds: float) -> Sample:
    """A sample that repeats `operation` for about `min_seconds` and returns the time of one call.

    Sub-millisecond operations are too short to time one by one on a busy machine; the batch size is
    set by the first call (which also serves as the warm-up) and kept for every later sample.
    """
    reps = 0

    def sample() -> float:
        nonlocal reps
        if reps == 0:
            started = time.perf_counter()
            operation()
            once = time.perf_counter() - started
            reps = max(1, min(5_000, math.ceil(min_seconds / max(once, 1e-7))))
        started = time.perf_counter()
        for _ in range(reps):
            operation()
        return (time.perf_counter() - started) / reps

    return sample


@dataclass(frozen=True)
class Target:
    """What the issue asks: deskapp/baseline at most `ratio`, deskapp's time at 100k/10k at most `growth`."""

    ratio: float | None
    growth: float | None
    text: str
    growth_text: str = ""


@dataclass
class Case:
    """One row of the table: an operation on one dataset, deskapp's way and the baseline's."""

    group: str
    name: str
    deskapp: Sample | None
    baseline: Sample | None
    target: Target
    note: str = ""  # shown under the table; for a case not measured, why
    rows_changed: int | None = None  # growth judged per changed row (SLA sweep) or per ticket (export, import)
    in_growth: bool = True  # False for a second baseline of the same deskapp sample (one growth line is enough)
    max_pairs: int | None = None  # for operations of a minute or more: fewer pairs, said in the notes
    warmup: int = 1


@dataclass
class Result:
    case: Case
    size: int
    deskapp: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    error: str = ""

    @property
    def measured(self) -> bool:
        return bool(self.deskapp) and bool(self.baseline)

    @property
    def ratios(self) -> list[float]:
        return [a / b for a, b in zip(self.deskapp, self.baseline, strict=True) if b > 0]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def deskapp_median(self) -> float:
        return statistics.median(self.deskapp)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline)

    @property
    def met(self) -> bool | None:
        limit = self.case.target.ratio
        return None if limit is None or not self.measured else self.ratio <= limit


def run_case(case: Case, size: int, pairs: int) -> Result:
    """Warm up, then take `pairs` samples of deskapp and of the baseline, interleaved."""
    result = Result(case, size)
    if case.deskapp is None or case.baseline is None:
        return result
    pairs = min(pairs, case.max_pairs or pairs)
    try:
        for _ in range(case.warmup):
            case.deskapp()
            case.baseline()
        for _ in range(pairs):
            result.deskapp.append(case.deskapp())
            result.baseline.append(case.baseline())
    except Exception as error:  # a broken operation is reported in its row, not a crash of the whole run
        result.deskapp.clear()
        result.baseline.clear()
        result.error = f"{type(error).__name__}: {error}"
    return result


def format_seconds(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 0.01:
        return f"{seconds * 1000:.0f} ms"
    if seconds >= 0.001:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds * 1000:.3f} ms"


def format_ratio(ratio: float) -> str:
    return f"{ratio:.2f}" if ratio < 100 else f"{ratio:.0f}"

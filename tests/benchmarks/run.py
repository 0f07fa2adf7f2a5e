"""deskapp against raw SQLite (and grep, and a bare PySide6 app), side by side, at 10k to 1M tickets.

    python tests/benchmarks/run.py            # 10k and 100k tickets, 7 pairs per operation
    python tests/benchmarks/run.py --quick    # 10k only, 5 pairs: a quick look in under a minute
    python tests/benchmarks/run.py --full     # 10k, 100k and 1M
    python tests/benchmarks/run.py --sizes 10000,30000 --pairs 9 --markdown table.md

Datasets are made once with `deskapp demo` in tests/benchmarks/data/ (git-ignored) and reused. Every
operation is timed interleaved with its baseline (A B A B ..., after a warm-up), in this process where it
can be; the figure is the median of the per-pair ratios deskapp/baseline. See RESULTS.md.
"""

import argparse
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import cases
from datasets import dataset
from measure import Case, Result, format_ratio, format_seconds, run_case

from deskapp.services.workspace import open_workspace

DEFAULT_SIZES = (10_000, 100_000)
FULL_SIZES = (10_000, 100_000, 1_000_000)
MIN_PAIRS = 7


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10k tickets only, 5 pairs (under a minute)")
    parser.add_argument("--full", action="store_true", help="also 1M tickets (the dataset takes ~10 minutes to make)")
    parser.add_argument("--sizes", help="comma-separated ticket counts, e.g. 10000,100000")
    parser.add_argument("--pairs", type=int, help=f"deskapp/baseline pairs per operation (default {MIN_PAIRS})")
    parser.add_argument("--only", help="comma-separated operation groups: start-up,scroll,sort/filter,search,...")
    parser.add_argument("--markdown", type=Path, help="also write the tables to this file")
    args = parser.parse_args(argv)
    if args.sizes:
        args.sizes = tuple(int(s.replace("_", "")) for s in args.sizes.split(","))
    else:
        args.sizes = (10_000,) if args.quick else FULL_SIZES if args.full else DEFAULT_SIZES
    args.pairs = args.pairs or (5 if args.quick else MIN_PAIRS)
    args.only = set(args.only.split(",")) if args.only else None
    return args


# --- the machine -----------------------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _sqlite_cli() -> str:
    if not shutil.which("sqlite3"):
        return "not installed"
    return subprocess.run(["sqlite3", "--version"], capture_output=True, text=True).stdout.split(" ")[0]


def machine() -> str:
    return (
        f"{os.cpu_count()} CPUs ({_cpu_model()}), {_ram()} RAM, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version} (sqlite3 CLI {_sqlite_cli()}), "
        f"PySide6 {version('PySide6')}, SQLAlchemy {version('SQLAlchemy')}"
    )


# --- running ---------------------------------------------------------------------------------------------

Builder = Callable[["cases.Bench"], list[Case]]


def builders(settings_dir: Path) -> list[tuple[str, Builder]]:
    return [
        ("start-up", lambda bench: cases.startup_cases(bench, settings_dir)),
        ("scroll", cases.scroll_cases),
        ("sort/filter", cases.sort_filter_cases),
        ("search", cases.search_cases),
        ("ticket", cases.open_ticket_cases),
        ("sla", cases.sla_cases),
        ("csv", cases.csv_export_cases),
        ("csv", cases.csv_import_cases),
        ("report", cases.report_cases),
    ]


def run_size(size: int, args: argparse.Namespace, settings_dir: Path) -> list[Result]:
    path = dataset(size)
    workspace = open_workspace(path)
    raw = cases.raw_connection(path)
    bench = cases.Bench(size, path, workspace, raw, min_seconds=0.02 if args.quick else 0.05, quick=args.quick)
    results: list[Result] = []
    try:
        for group, build in builders(settings_dir):
            if args.only and group not in args.only:
                continue
            started = time.monotonic()
            try:
                built = build(bench)
            except Exception as error:
                failed = Case(group, f"{group} (setup failed)", None, None, cases.QUEUE, note=f"{error}")
                results.append(Result(failed, size, error=f"{type(error).__name__}: {error}"))
                continue
            for case in built:
                result = run_case(case, size, args.pairs)
                results.append(result)
                print(f"  {size:>9,}  {_row_status(result)}  {case.name}", file=sys.stderr, flush=True)
            print(f"  ({group}: {time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
    finally:
        raw.close()
        workspace.close()
        cases.cleanup(bench)
    return results


def _row_status(result: Result) -> str:
    if result.error:
        return "error"
    if not result.measured:
        return "-----"
    return f"{format_ratio(result.ratio):>5}"


# --- the tables ------------------------------------------------------------------------------------------


def _met(flag: bool | None) -> str:
    return "—" if flag is None else "yes" if flag else "**no**"


def results_table(results: list[Result]) -> str:
    lines = [
        "| operation | tickets | pairs | deskapp (median) | baseline (median) | deskapp/baseline (median) "
        "| ratio min–max | target | met |",
        "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    order = {(r.case.group, r.case.name): i for i, r in enumerate(results)}
    for result in sorted(results, key=lambda r: (order[(r.case.group, r.case.name)], r.size)):
        case = result.case
        if not result.measured:
            why = result.error or case.note
            lines.append(f"| {case.name} | {result.size:,} | | {why} | | | | {case.target.text} | — |")
            continue
        ratios = result.ratios
        lines.append(
            f"| {case.name} | {result.size:,} | {len(ratios)} | {format_seconds(result.deskapp_median)} "
            f"| {format_seconds(result.baseline_median)} | {format_ratio(result.ratio)} "
            f"| {format_ratio(min(ratios))}–{format_ratio(max(ratios))} | {case.target.text} | {_met(result.met)} |"
        )
    return "\n".join(lines)


def notes(results: list[Result]) -> str:
    seen: dict[str, list[str]] = {}
    for result in results:
        if result.case.note and result.measured:
            seen.setdefault(result.case.name, []).append(f"{result.size:,}: {result.case.note}")
    return "\n".join(f"- {name} — " + "; ".join(items) for name, items in seen.items())


def growth_table(results: list[Result]) -> str:
    """deskapp's own time at each size over its time at the smallest: how it grows with the ticket count."""
    sizes = sorted({r.size for r in results})
    if len(sizes) < 2:
        return "(growth needs at least two sizes)"
    base = sizes[0]
    by_case: dict[str, dict[int, Result]] = {}
    for result in results:
        if result.measured and result.case.in_growth:
            by_case.setdefault(result.case.name, {})[result.size] = result
    head = " | ".join(f"{s:,}" for s in sizes)
    ratios_head = " | ".join(f"{s // 1000:,}k / {base // 1000:,}k" for s in sizes[1:])
    lines = [
        f"| operation | deskapp at {head} | {ratios_head} | target (10k → 100k) | met |",
        "|---|" + "---:|" * len(sizes) + "---:|" * (len(sizes) - 1) + "---|---|",
    ]
    for name, per_size in by_case.items():
        if base not in per_size:
            continue
        first = per_size[base]
        target = first.case.target

        def cost(result: Result) -> float:
            changed = result.case.rows_changed
            return result.deskapp_median / changed if changed else result.deskapp_median

        times = " | ".join(format_seconds(per_size[s].deskapp_median) if s in per_size else "—" for s in sizes)
        growths = [cost(per_size[s]) / cost(first) if s in per_size else None for s in sizes[1:]]
        shown = " | ".join(f"{g:.2f}" if g is not None else "—" for g in growths)
        met: bool | None = None
        if target.growth is not None and growths[0] is not None:
            met = growths[0] <= target.growth
        unit = " (per ticket)" if first.case.rows_changed == first.size else " (per changed row)"
        label = name + (unit if first.case.rows_changed else "")
        lines.append(f"| {label} | {times} | {shown} | {target.growth_text or '—'} | {_met(met)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.monotonic()
    settings_dir = cases.scratch_dir()
    results: list[Result] = []
    try:
        for size in args.sizes:
            results += run_size(size, args, settings_dir)
    finally:
        shutil.rmtree(settings_dir, ignore_errors=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = "\n\n".join(
        [
            f"Run {stamp}: {args.pairs} pairs per operation after a warm-up, sizes "
            f"{', '.join(f'{s:,}' for s in args.sizes)}, {time.monotonic() - started:.0f} s in all.",
            f"Machine: {machine()}",
            results_table(results),
            "Notes:\n" + notes(results),
            "Growth of deskapp's own time with the ticket count:",
            growth_table(results),
        ]
    )
    print(report)
    if args.markdown:
        args.markdown.write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

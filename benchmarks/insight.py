"""The owner's figures at scale, beside the direct way measured in the same run:

* the trends dashboard for 12 months (Makegood: ``trends.dashboard`` + the alerts, worked out in the
  dashboard's worker thread and drawn) against the raw aggregates through sqlite3 (the weekly GROUP BY, the
  durations fetched for medians, revenue per month, complaints per service), no charts;
* the export of every complaint to CSV against sqlite3 + csv.writer over the same SELECT.

python -m benchmarks.insight [--scale S] [--db FILE] [--repeat N]; also part of python -m benchmarks.
"""

from __future__ import annotations

import argparse
import csv
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def raw_dashboard(con: sqlite3.Connection, start: str, end: str, first_week: str, last_week: str) -> None:
    """The same figures the most direct way: a handful of aggregates straight through sqlite3."""
    con.execute("SELECT received_week, category, COUNT(*) FROM complaint WHERE received_week BETWEEN ? AND ? "
                "GROUP BY 1, 2", (first_week, last_week)).fetchall()
    durations = con.execute(
        "SELECT (julianday(first_contact_at) - julianday(received_at)) * 24, "
        "(julianday(resolved_at) - julianday(received_at)) FROM complaint WHERE received_at >= ? AND received_at < ?",
        (start, end)).fetchall()
    contact = sorted(d[0] for d in durations if d[0] is not None)
    resolution = sorted(d[1] for d in durations if d[1] is not None)
    for values in (contact, resolution):
        if values:
            statistics.median(values)
    con.execute("SELECT satisfaction, COUNT(*) FROM complaint WHERE received_at >= ? AND received_at < ? "
                "GROUP BY 1", (start, end)).fetchall()
    con.execute("SELECT substr(date, 1, 7), SUM(amount_cents) FROM visit WHERE date >= ? AND date < ? GROUP BY 1",
                (start[:10], end[:10])).fetchall()
    con.execute("SELECT v.service, COUNT(*) FROM complaint c JOIN visit v ON v.id = c.visit_id "
                "WHERE c.received_at >= ? AND c.received_at < ? GROUP BY 1", (start, end)).fetchall()


def raw_export(con: sqlite3.Connection, out: Path) -> int:
    from models.services.exports import _specs

    spec = _specs("GBP")["complaints"]
    count = 0
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(spec.header)
        cursor = con.execute(spec.select)
        while batch := cursor.fetchmany(5000):
            writer.writerows(batch)
            count += len(batch)
    return count


def measure(path: Path, repeat: int = 5) -> list[tuple[str, float, float, str, bool]]:
    """(work, Makegood ms, baseline ms, goal, met) rows."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from models.db import open_database
    from models.services import alerts, exports, trends
    from ui.bus import DeskBus
    from ui.operations import Operations
    from ui.panes.trends_dashboard import TrendsDashboard

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    open_database(path)
    period = trends.Period.last_months(12)
    start, end = trends._stamp(period.start_at), trends._stamp(period.end_at)
    weeks = period.weeks()
    con = sqlite3.connect(path)
    bus = DeskBus()
    board = TrendsDashboard(bus, Operations(bus), lambda: None)
    board.resize(1200, 1500)
    board.show()

    def on_screen() -> float:
        loop = QEventLoop()
        board.sig_refreshed.connect(loop.quit)
        started = time.perf_counter()
        board.refresh()
        loop.exec()
        board.repaint()
        board.sig_refreshed.disconnect(loop.quit)
        return time.perf_counter() - started

    def timed(fn: object) -> float:
        started = time.perf_counter()
        fn()  # type: ignore[operator]
        return time.perf_counter() - started

    on_screen()
    raw_dashboard(con, start, end, weeks[0], weeks[-1])  # warm both
    service, screen, alert, raw = [], [], [], []
    for _ in range(repeat):  # interleaved, so machine noise hits both sides alike
        service.append(timed(lambda: trends.dashboard(period)))
        alert.append(timed(alerts.recurring_problems))
        screen.append(on_screen())
        raw.append(timed(lambda: raw_dashboard(con, start, end, weeks[0], weeks[-1])))
    board.close()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "complaints.csv"
        app_export = timed(lambda: exports.export("complaints", out))
        raw_export_s = timed(lambda: raw_export(con, Path(folder) / "raw.csv"))
    con.close()
    return [
        ("trends for 12 months (trends.dashboard)", _median_ms(service), _median_ms(raw), "< 500 ms",
         _median_ms(service) < 500),
        ("… with the alerts, off the GUI thread, drawn", _median_ms(screen), _median_ms(raw), "< 1 s",
         _median_ms(screen) < 1000),
        ("recurring-problem alerts alone", _median_ms(alert), _median_ms(raw), "", True),
        ("export of every complaint to CSV", app_export * 1000, raw_export_s * 1000, "< 10 s for 200,000",
         app_export < 10),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.insight", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--db", type=Path, help="an existing Makegood database instead of the benchmark data")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if args.db is not None:
        path = args.db
    else:
        from benchmarks.dataset import ensure_dataset

        path = ensure_dataset(args.scale, log=lambda text: print(text, file=sys.stderr))
    con = sqlite3.connect(path)
    counts = [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("customer", "visit", "complaint")]
    con.close()
    print(f"Makegood insight benchmark — {counts[0]:,} customers, {counts[1]:,} visits, {counts[2]:,} complaints")
    print()
    print("| work | Makegood | direct baseline | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    for work, app_ms, base_ms, goal, met in measure(path, args.repeat):
        print(f"| {work} | {app_ms:.0f} ms | {base_ms:.0f} ms | {app_ms / base_ms if base_ms else 0:.2f}× | {goal} "
              f"| {'yes' if met else 'NO'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""python -m benchmarks.resolution [--scale S]: opening a complaint with its resolution pane, and the Today queue
with 10,000 open promises — Makegood's figures beside raw sqlite3 into a bare Qt view, measured in the same run.

Never a pass/fail test: the machine is noisy, so each row reports its baseline and the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.__main__ import _ms, _row
from benchmarks.dataset import ensure_dataset

OPEN_PROMISES = 10_000


def _copy_with_promises(source: Path, count: int) -> Path:
    """A copy of the benchmark database with ``count`` more open promises: overdue, due today and this week."""
    target = Path(tempfile.mkdtemp(prefix="makegood-queue-")) / "queue.db"
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    rng = random.Random(5)
    complaints = dst.execute("SELECT id, customer_id, owner_id FROM complaint ORDER BY random() LIMIT ?",
                             (count,)).fetchall()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    rows = []
    for index in range(count):
        cid, customer, owner = complaints[index % len(complaints)]
        due = now + dt.timedelta(hours=rng.uniform(-72, 7 * 24))
        rows.append((cid, customer, "Call back with the workshop's findings", "call_back",
                     due.isoformat(sep=" ", timespec="microseconds"), owner, None, "",
                     (due - dt.timedelta(days=1)).isoformat(sep=" ", timespec="microseconds")))
    dst.executemany("INSERT INTO promise (complaint_id, customer_id, what, kind, due_at, owner_id, done_at, outcome, "
                    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    dst.commit()
    dst.close()
    return target


class _Rows:
    """The baseline's view: raw tuples behind a bare table model, text made only for the rows painted."""

    def __init__(self) -> None:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        class Model(QAbstractTableModel):
            rows: list[tuple[Any, ...]] = []

            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
                return len(self.rows)

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
                return 4

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role == Qt.ItemDataRole.DisplayRole:
                    return str(self.rows[index.row()][index.column()])
                return None

        self.model = Model()
        self.view = QTableView()
        self.view.verticalHeader().hide()
        self.view.setModel(self.model)
        self.view.resize(800, 500)
        self.view.show()

    def show(self, rows: list[tuple[Any, ...]]) -> None:
        self.model.beginResetModel()
        self.model.rows = rows
        self.model.endResetModel()
        self.view.viewport().repaint()


def _raw_open_complaint(con: sqlite3.Connection, view: _Rows, complaint_id: int) -> float:
    started = time.perf_counter()
    row = con.execute("SELECT c.id, c.customer_id, cu.name, c.summary, c.severity, c.business_at_fault, c.status, "
                      "c.version, v.amount_cents FROM complaint c JOIN customer cu ON cu.id = c.customer_id "
                      "LEFT JOIN visit v ON v.id = c.visit_id WHERE c.id = ?", (complaint_id,)).fetchone()
    customer = row[1]
    steps = con.execute("SELECT s.step, s.done_at, st.name, s.note FROM resolution_step s LEFT JOIN staff st "
                        "ON st.id = s.staff_id WHERE s.complaint_id = ? ORDER BY s.done_at", (complaint_id,)).fetchall()
    remedies = con.execute("SELECT kind, value_cents, percent, status FROM remedy WHERE complaint_id = ?",
                           (complaint_id,)).fetchall()
    promises = con.execute("SELECT what, due_at, done_at, outcome FROM promise WHERE complaint_id = ?",
                           (complaint_id,)).fetchall()
    since24 = (dt.date.today() - dt.timedelta(days=730)).isoformat()
    since12 = (dt.date.today() - dt.timedelta(days=365)).isoformat()
    con.execute("SELECT COUNT(*), SUM(amount_cents) FROM visit WHERE customer_id = ? AND date >= ?",
                (customer, since24)).fetchone()
    con.execute("SELECT COUNT(*), SUM(r.value_cents) FROM remedy r JOIN complaint c ON c.id = r.complaint_id "
                "WHERE c.customer_id = ? AND r.status IN ('accepted', 'given') AND r.created_at >= ?",
                (customer, since12)).fetchone()
    con.execute("SELECT SUM(amount_cents) FROM visit WHERE customer_id = ? AND date >= ?",
                (customer, since12)).fetchone()
    view.show([*steps, *[(*r,) for r in remedies], *promises])
    return time.perf_counter() - started


def _raw_queue(con: sqlite3.Connection, view: _Rows, horizon: str) -> float:
    started = time.perf_counter()
    rows = con.execute("SELECT p.due_at, cu.name, p.what, st.name FROM promise p JOIN customer cu "
                       "ON cu.id = p.customer_id LEFT JOIN staff st ON st.id = p.owner_id "
                       "WHERE p.done_at IS NULL AND p.due_at < ? ORDER BY p.due_at, p.id", (horizon,)).fetchall()
    con.execute("SELECT c.id, c.customer_id, cu.name, c.summary, c.received_at, c.first_contact_at FROM complaint c "
                "JOIN customer cu ON cu.id = c.customer_id "
                "WHERE c.status IN ('new', 'in_progress', 'awaiting_customer') AND c.received_at <= ?",
                (horizon,)).fetchall()
    view.show(rows)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.resolution", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 100k customers, 1M visits, 200k complaints")
    parser.add_argument("--samples", type=int, default=60)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = ensure_dataset(args.scale, log=lambda text: print(text, file=sys.stderr))

    from PySide6.QtWidgets import QApplication

    from models.db import close_database, open_database
    from ui.bus import DeskBus
    from ui.operations import Operations
    from ui.panes.resolution_pane import ResolutionPane
    from ui.panes.today_queue import TodayQueue

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    open_database(path)
    bus = DeskBus()
    operations = Operations(bus)
    pane = ResolutionPane(bus, operations, lambda: None)
    pane.resize(450, 690)
    pane.show()
    con = sqlite3.connect(path)
    baseline = _Rows()
    ids = [r[0] for r in con.execute("SELECT id FROM complaint ORDER BY random() LIMIT ?", (args.samples,))]
    counts = [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("customer", "complaint", "resolution_step", "remedy", "promise")]

    def open_in_pane(complaint_id: int) -> float:
        started = time.perf_counter()
        pane.open_complaint(complaint_id)
        pane.repaint()
        return time.perf_counter() - started

    for cid in ids[:5]:  # warm both paths
        open_in_pane(cid)
        _raw_open_complaint(con, baseline, cid)
    app_open, raw_open = [], []
    for cid in ids:  # interleaved, so machine noise hits both alike
        app_open.append(open_in_pane(cid))
        raw_open.append(_raw_open_complaint(con, baseline, cid))
    con.close()
    close_database()

    queue_path = _copy_with_promises(path, OPEN_PROMISES)
    open_database(queue_path)
    queue = TodayQueue(bus, operations, lambda: None)
    queue.resize(800, 500)
    queue.show()
    con = sqlite3.connect(queue_path)
    horizon = (dt.datetime.now(dt.UTC) + dt.timedelta(days=8)).replace(tzinfo=None).isoformat(sep=" ")
    app_queue, raw_queue = [], []
    for _ in range(12):
        started = time.perf_counter()
        queue.refresh()
        queue.repaint()
        app_queue.append(time.perf_counter() - started)
        raw_queue.append(_raw_queue(con, baseline, horizon))
    shown = queue.model.rowCount()
    con.close()
    close_database()
    for leftover in queue_path.parent.iterdir():
        leftover.unlink()
    queue_path.parent.rmdir()

    o_med, o_p95 = _ms(app_open)
    ob_med, ob_p95 = _ms(raw_open)
    q_med, q_p95 = _ms(app_queue[2:])
    qb_med, qb_p95 = _ms(raw_queue[2:])
    print(f"Resolution benchmark — {counts[0]:,} customers, {counts[1]:,} complaints, {counts[2]:,} steps, "
          f"{counts[3]:,} remedies, {counts[4]:,} promises ({path})")
    print()
    print("| work | Makegood | direct baseline | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    print(_row("opening a complaint: resolution pane filled (median)", o_med, ob_med, "ms", "< 100 ms",
               o_med < 100))
    print(_row(f"Today queue with {OPEN_PROMISES:,} more open promises ({shown:,} shown, median)", q_med, qb_med,
               "ms", "< 200 ms", q_med < 200))
    print()
    print(f"p95: opening a complaint {o_p95:.1f} ms (baseline {ob_p95:.1f} ms); Today queue {q_p95:.1f} ms "
          f"(baseline {qb_p95:.1f} ms)")
    print("baselines: every row the screen shows, read whole by raw sqlite3 into a bare QTableView over a tuple model; "
          "Makegood reads ids and due times for all rows, the rest a page at a time for the rows painted, and adds "
          "peewee, the frozen dataclasses, the settings read and the pane's widgets")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A long-standing customer's history: the first screen of a customer with 500 entries in their timeline.

Makegood: ``HistoryPane.show_customer`` (visits, complaints, each resolution step, remedy, promise, voucher and
letter, the tier and concession header) and the repaint; the direct way: the same rows through sqlite3 into a bare
QTreeWidget. python -m benchmarks.history [--repeat N]; also part of python -m benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ENTRIES = 500


def build(folder: Path) -> tuple[Path, int]:
    """A database with one customer of 200 visits and 60 complaints, each walked through 4 steps (500 lines)."""
    from models.db import close_database, open_database
    from models.services import complaints, customers, resolution, staff
    from models.services.customers import CustomerInput

    path = folder / "history.db"
    open_database(path)
    owner = staff.create_owner("Olga Owner", "1234")
    anna = customers.create_customer(CustomerInput(name="Anna Smith", phone="07700 900123"), owner.id).id
    start = dt.date.today() - dt.timedelta(days=3 * 365)
    for n in range(200):
        customers.add_visit(anna, start + dt.timedelta(days=5 * n), "Annual service", 18_900, owner.id)
    for n in range(60):
        made = complaints.create_complaint(complaints.ComplaintInput(
            customer_id=anna, category="late", summary=f"Car not ready #{n}", channel="letter",
            received_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=900 - 15 * n)), owner.id)
        version = made.version
        for step in ("listen", "thank", "apologize", "solution"):
            version = resolution.complete_step(made.id, version, step, "", owner.id).version
    close_database()
    return path, anna


def raw_history(path: Path, customer_id: int) -> float:
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    started = time.perf_counter()
    con = sqlite3.connect(path)
    rows = con.execute("SELECT date, service, amount_cents FROM visit WHERE customer_id = ?", (customer_id,)).fetchall()
    rows += con.execute("SELECT received_at, summary, status FROM complaint WHERE customer_id = ?",
                        (customer_id,)).fetchall()
    rows += con.execute("SELECT s.done_at, s.step, '' FROM resolution_step s JOIN complaint c ON c.id = s.complaint_id "
                        "WHERE c.customer_id = ?", (customer_id,)).fetchall()
    rows.sort(key=lambda row: str(row[0]), reverse=True)
    tree = QTreeWidget()
    tree.setColumnCount(3)
    tree.addTopLevelItems([QTreeWidgetItem([str(cell) for cell in row]) for row in rows])
    tree.resize(420, 600)
    tree.show()
    tree.repaint()
    elapsed = time.perf_counter() - started
    tree.close()
    con.close()
    return elapsed


def app_history(pane: object, customer_id: int) -> float:
    started = time.perf_counter()
    pane.show_customer(customer_id)  # type: ignore[attr-defined]
    pane.repaint()  # type: ignore[attr-defined]
    return time.perf_counter() - started


def measure(repeat: int = 20) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from models.db import open_database
    from ui.bus import DeskBus
    from ui.panes.history_pane import HistoryPane

    QApplication.instance() or QApplication([])
    path, anna = build(Path(tempfile.mkdtemp()))
    open_database(path)
    pane = HistoryPane(DeskBus())
    pane.resize(420, 600)
    pane.show()
    app_history(pane, anna)  # warm up: first imports and fonts
    raw_history(path, anna)
    lines = pane.timeline.topLevelItemCount()
    app = [app_history(pane, anna) for _ in range(repeat)]
    raw = [raw_history(path, anna) for _ in range(repeat)]
    app_ms, raw_ms = statistics.median(app) * 1000, statistics.median(raw) * 1000
    met = "yes" if app_ms < 100 else "NO"
    return ["| the customer's history | Makegood | direct baseline | ratio | goal | met |",
            "|---|---|---|---|---|---|",
            f"| a customer with {lines} history lines: first screen (median of {repeat}) | {app_ms:.1f} ms | "
            f"{raw_ms:.1f} ms (sqlite3 into a bare QTreeWidget) | {app_ms / raw_ms:.2f}× | < 100 ms | {met} |"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.history", description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    print("\n".join(measure(args.repeat)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

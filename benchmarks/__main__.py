"""python -m benchmarks [--scale S] [--repeat N]: Makegood's figures beside the direct baseline, same run.

Never a pass/fail test: the machine is noisy (up to 2x between runs), so every row measures its baseline
in the same run and reports the ratio.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

from benchmarks.dataset import ensure_dataset

ROOT = Path(__file__).resolve().parent.parent


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def _typed_prefixes(path: Path, count: int) -> list[str]:
    """What receptionists type: the first 1–4 letters of real names, phone starts and postcodes."""
    con = sqlite3.connect(path)
    rng = random.Random(11)
    names = [r[0] for r in con.execute("SELECT name, phone, postcode FROM customer ORDER BY random() LIMIT ?",
                                       (count,))]
    con.close()
    prefixes = []
    for name in names:
        word = rng.choice(name.split())
        prefixes.append(word[: rng.randint(1, 4)])
    return prefixes + ["smi", "lucja", "muller", "07", "bs1", "ольга"]


class Desk:
    """Makegood's own panes on the benchmark database, driven as the keyboard would."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtCore import QSettings

        from models.db import open_database
        from ui.main_window import MainWindow
        from ui.settings import WindowSettings

        open_database(path)
        self.window = MainWindow(str(path), WindowSettings(QSettings("/dev/null", QSettings.Format.IniFormat)))
        self.window.resize(1200, 720)
        self.window.show()

    def search(self, text: str) -> float:
        from PySide6.QtCore import QEventLoop

        pane = self.window.customer_pane
        loop = QEventLoop()
        pane.sig_search_finished.connect(loop.quit)
        started = time.perf_counter()
        pane.search.setText(text)
        loop.exec()
        pane.list.viewport().repaint()
        elapsed = time.perf_counter() - started
        pane.sig_search_finished.disconnect(loop.quit)
        return elapsed

    def open_customer(self, customer_id: int) -> float:
        started = time.perf_counter()
        self.window.history_pane.show_customer(customer_id)
        self.window.history_pane.repaint()
        return time.perf_counter() - started


class Baseline:
    """The most direct way: raw sqlite3 on the same file, rows into a bare QTableView / QTreeWidget."""

    def __init__(self, path: Path) -> None:
        from PySide6.QtGui import QStandardItemModel
        from PySide6.QtWidgets import QTableView, QTreeWidget

        self.con = sqlite3.connect(path)
        self.model = QStandardItemModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.resize(330, 600)
        self.view.show()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.resize(420, 600)
        self.tree.show()

    def search(self, text: str, limit: int, ordered: bool = True) -> float:
        from PySide6.QtGui import QStandardItem

        from models.services.customers import fts_search_sql
        from models.textfold import words

        started = time.perf_counter()
        expression = " ".join(f'"{w}"*' for w in words(text))
        if ordered:  # the very SQL the app runs, straight through sqlite3
            rows = self.con.execute(*fts_search_sql([words(text)], None, limit)).fetchall()
        else:
            rows = self.con.execute(
                "SELECT c.id, c.name, c.phone, c.email, c.postcode FROM customer_fts f "
                "JOIN customer c ON c.id = f.rowid WHERE customer_fts MATCH ? LIMIT ?", (expression, limit)).fetchall()
        self.model.clear()
        for row in rows:
            self.model.appendRow([QStandardItem(str(row[1])), QStandardItem(str(row[2])),
                                  QStandardItem(str(row[4]))])
        self.view.viewport().repaint()
        return time.perf_counter() - started

    def open_customer(self, customer_id: int) -> float:
        from PySide6.QtWidgets import QTreeWidgetItem

        started = time.perf_counter()
        self.con.execute("SELECT * FROM customer WHERE id = ?", (customer_id,)).fetchone()
        visits = self.con.execute("SELECT date, service, amount_cents FROM visit WHERE customer_id = ? "
                                  "ORDER BY date DESC", (customer_id,)).fetchall()
        complaints = self.con.execute("SELECT received_at, summary, status FROM complaint WHERE customer_id = ? "
                                      "ORDER BY received_at DESC", (customer_id,)).fetchall()
        self.tree.clear()
        self.tree.addTopLevelItems([QTreeWidgetItem([str(v) for v in row]) for row in visits + complaints])
        self.tree.repaint()
        return time.perf_counter() - started


def _row(work: str, app: float, base: float, unit: str, goal: str, met: bool) -> str:
    ratio = app / base if base else float("inf")
    return f"| {work} | {app:.1f} {unit} | {base:.1f} {unit} | {ratio:.2f}× | {goal} | {'yes' if met else 'NO'} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 100k customers, 1M visits, 200k complaints")
    parser.add_argument("--repeat", type=int, default=5, help="cold starts per side")
    parser.add_argument("--letters", type=int, default=1000, help="follow-up letters in the batch-printing row")
    parser.add_argument("--postgres", default=os.environ.get("MAKEGOOD_TEST_POSTGRES_URL", ""), metavar="URL",
                        help="also time the search on this PostgreSQL database, which the benchmark wipes "
                        "(default: $MAKEGOOD_TEST_POSTGRES_URL)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = ensure_dataset(args.scale, log=lambda text: print(text, file=sys.stderr))

    from PySide6.QtWidgets import QApplication

    from models.services.customers import PAGE_SIZE

    app = QApplication.instance() or QApplication([])  # noqa: F841 - kept alive for the run
    desk, base = Desk(path), Baseline(path)
    prefixes = _typed_prefixes(path, 60)
    for text in prefixes[:5]:  # warm the page cache and both code paths
        desk.search(text)
        base.search(text, PAGE_SIZE)
    app_search, base_search, raw_unordered = [], [], []
    for text in prefixes:  # interleaved, so machine noise hits both sides alike
        app_search.append(desk.search(text))
        base_search.append(base.search(text, PAGE_SIZE))
        raw_unordered.append(base.search(text, 50, ordered=False))
        desk.search("")  # each keystroke sequence starts from the full list, as after Esc
    con = sqlite3.connect(path)
    ids = [r[0] for r in con.execute("SELECT id FROM customer ORDER BY random() LIMIT 60")]
    con.close()
    app_open = [desk.open_customer(i) for i in ids]
    base_open = [base.open_customer(i) for i in ids]

    from benchmarks.startup import source_command, start_bare, start_desk

    starts_app, starts_bare = [], []
    start_bare()  # one start a side not counted: the bytecode cache written, the files in the page cache
    start_desk(source_command(), path)
    for _ in range(args.repeat):  # interleaved, so machine noise hits both sides alike
        starts_bare.append(start_bare())
        starts_app.append(start_desk(source_command(), path))
    bare_start = statistics.median(s.phases["painted"] for s in starts_bare)
    app_paint = statistics.median(s.phases["painted"] for s in starts_app)
    app_start = statistics.median(s.phases["list filled"] for s in starts_app)
    app_rss = statistics.median(s.rss_mib for s in starts_app)
    bare_rss = statistics.median(s.rss_mib for s in starts_bare)

    a_med, a_p95 = _ms(app_search)
    b_med, b_p95 = _ms(base_search)
    u_med, u_p95 = _ms(raw_unordered)
    o_med, o_p95 = _ms(app_open)
    ob_med, ob_p95 = _ms(base_open)
    con = sqlite3.connect(path)
    counts = [con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("customer", "visit", "complaint")]
    con.close()
    print(f"Makegood benchmark — {counts[0]:,} customers, {counts[1]:,} visits, {counts[2]:,} complaints "
          f"({path})")
    print(f"{len(prefixes)} typed searches, {len(ids)} customers opened, {args.repeat} cold starts a side; "
          "medians (p95 in the notes below)")
    print()
    print("| work | Makegood | direct baseline | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    print(_row("search keystroke → list updated (median)", a_med, b_med, "ms", "< 50 ms and ≤ 2× baseline",
               a_med < 50 and a_med <= 2 * b_med))
    print(_row("opening a customer, history pane filled (median)", o_med, ob_med, "ms", "< 100 ms",
               o_med < 100))
    print(_row("cold start to the first paint (main.py)", app_paint * 1000, bare_start * 1000, "ms",
               "≤ 1.2× a bare window", app_paint <= 1.2 * bare_start))
    print(_row("cold start to the list filled (main.py)", app_start * 1000, bare_start * 1000, "ms",
               "≤ 1.5× a bare window", app_start <= 1.5 * bare_start))
    print(_row("memory with the whole desk up (RSS)", app_rss, bare_rss, "MiB", "< 250 MB", app_rss * 1.048576 < 250))
    print()
    print(f"p95: search {a_p95:.1f} ms (baseline {b_p95:.1f} ms); opening a customer {o_p95:.1f} ms "
          f"(baseline {ob_p95:.1f} ms)")
    print(f"reference: raw FTS5, unordered top 50 into a QTableView: median {u_med:.2f} ms, p95 {u_p95:.2f} ms")
    print(f"the search baseline is the app's own SQL (ordered by name, {PAGE_SIZE} rows) through sqlite3 into a "
          "QStandardItemModel; Makegood's figure adds the search thread, peewee's connection and the lazy model")
    desk.window.close()

    from benchmarks.documents import document_rows

    print()
    print("| documents | Makegood | direct baseline (raw ReportLab) | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    for row in document_rows(args.letters):
        print(row)
    from benchmarks.safety import run as safety_figures

    print()
    print("Data safety (import, backup" + (", search on PostgreSQL)" if args.postgres else ")"))
    print()
    print("\n".join(safety_figures(args.scale, path, args.postgres)))
    print()
    from benchmarks.insight import measure

    print("| the owner's figures (12 months) | Makegood | direct baseline | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    for work, app_ms, base_ms, goal, met in measure(path, args.repeat):
        print(_row(work, app_ms, base_ms, "ms", goal, met))
    from benchmarks.history import measure as history_figures

    print()
    print("\n".join(history_figures()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Data safety figures beside their raw baselines, same run: importing 100,000 customers from CSV (against raw
sqlite3 executemany of the same rows), backing up the benchmark database (against a bare sqlite3 backup), and
the customer search on a PostgreSQL server at 100,000 customers (against the same SQL without its index).

python -m benchmarks.safety [--scale S] [--postgres URL]   (also printed at the end of python -m benchmarks)
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CUSTOMERS = 100_000
_FIRST = ["Anna", "Łucja", "Ольга", "Jürgen", "Zoé", "Amelia", "Oliver", "Begoña", "Γιώργος", "Mehmet", "Grace",
          "Tomasz", "Sofía", "Inês", "Øystein"]
_LAST = ["Smith", "Żółć", "Петрова", "Müller", "Lefèvre", "Jones", "Núñez", "Παπαδόπουλος", "Yılmaz", "Brown",
         "Nowak", "García", "Sørensen", "Taylor", "Walker"]


def write_customers_csv(path: Path, count: int) -> None:
    rng = random.Random(2026)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Name", "Phone", "Email", "Address", "Postcode", "City", "Notes"])
        for n in range(count):
            writer.writerow([f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", f"07{n:09d}", f"customer{n}@example.com",
                             f"{rng.randint(1, 200)} High Street", f"BS{rng.randint(1, 9)} {rng.randint(1, 9)}AB",
                             "Bristol", "pays by card" if n % 10 == 0 else ""])


def _fresh(path: Path) -> None:
    from models.db import close_database, open_database

    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)
    open_database(path)
    close_database()


def import_figures(folder: Path, count: int) -> list[tuple[str, float, float, str]]:
    from models.db import close_database, open_database
    from models.services import importing
    from models.services.staff import command_line_actor
    from models.textfold import search_fields

    source = folder / "customers.csv"
    write_customers_csv(source, count)
    app_db, raw_db = folder / "import-app.db", folder / "import-raw.db"
    _fresh(app_db)
    _fresh(raw_db)

    open_database(app_db)
    actor = command_line_actor()
    started = time.perf_counter()
    plan = importing.inspect_file(source, "customers")
    first = importing.run_import(plan, staff_id=actor)
    app_first = time.perf_counter() - started
    started = time.perf_counter()
    again = importing.run_import(plan, staff_id=actor)
    app_again = time.perf_counter() - started
    close_database()
    assert first.added == count and again.added == 0, (first, again)

    # the direct way: the same rows, folded text computed beforehand, csv.reader into executemany
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        folded = [search_fields(r[0], r[1], r[2], r[4], r[5]) for r in reader]
    con = sqlite3.connect(raw_db)
    started = time.perf_counter()
    with source.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = [(r[0], r[1], r[2], r[3], "", r[4], r[5], "phone", r[6], "2026-01-01 00:00:00.000000", *f, 1)
                for r, f in zip(reader, folded, strict=True)]
    with con:
        con.executemany("INSERT INTO customer (name, phone, email, address_line1, address_line2, postcode, city, "
                        "preferred_contact, notes, created_at, search_text, sort_key, version) VALUES "
                        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    raw = time.perf_counter() - started
    con.close()
    return [(f"import {count:,} customers from CSV (parse, check, match, insert)", app_first, raw, "< 10 s"),
            (f"import the same {count:,} again (all duplicates, nothing added)", app_again, raw, "")]


def backup_figures(dataset: Path, folder: Path) -> list[tuple[str, float, float, str]]:
    from models.services import backup

    raw_target = folder / "raw-backup.db"
    app_target = folder / "app-backup.db"
    samples_app, samples_raw = [], []
    for _ in range(3):
        for target in (raw_target, app_target):
            target.unlink(missing_ok=True)
        started = time.perf_counter()
        src, dest = sqlite3.connect(dataset), sqlite3.connect(raw_target)
        src.backup(dest)
        src.close()
        dest.close()
        samples_raw.append(time.perf_counter() - started)
        started = time.perf_counter()
        backup.take_backup(app_target, db_file=dataset)
        samples_app.append(time.perf_counter() - started)
    size = dataset.stat().st_size / 1_000_000
    return [(f"backup of the benchmark database ({size:.0f} MB), checked before it is kept",
             statistics.median(samples_app), statistics.median(samples_raw), "")]


def postgres_search_figures(url: str, count: int) -> list[tuple[str, float, float, str]]:
    """Search on a server (a database the benchmark may wipe): the service against the same SQL with the
    trigram index switched off (what a sequential LIKE costs)."""
    import logging

    import psycopg2

    from models import db as dbmod
    from models.db import close_database, open_database
    from models.services import customers, demo
    from models.services.staff import command_line_actor

    close_database()
    con = psycopg2.connect(url)
    con.autocommit = True
    con.cursor().execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    con.close()
    database = open_database(url)
    demo.generate(count, staff_id=command_line_actor(), seed=2026, visits_per_customer=1,
                  complaints_per_customer=0.05)
    database.execute_sql("ANALYZE")
    rng = random.Random(11)
    names = [row[0] for row in database.execute_sql("SELECT name FROM customer ORDER BY random() LIMIT 60")]
    prefixes = [rng.choice(name.split())[: rng.randint(2, 4)] for name in names] + ["smi", "lucja", "muller", "07"]

    captured: list[tuple[str, tuple[object, ...]]] = []

    class Capture(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if isinstance(record.msg, tuple) and "search_text" in str(record.msg[0]):
                captured.append(record.msg)

    logger = logging.getLogger("peewee")
    handler = Capture()
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    app: list[float] = []
    for text in prefixes:
        started = time.perf_counter()
        customers.search_customers(text)
        app.append(time.perf_counter() - started)
    logger.removeHandler(handler)
    raw = psycopg2.connect(url)
    cur = raw.cursor()
    cur.execute("SET enable_bitmapscan = off")  # the same SQL, as a sequential scan would run it
    seq: list[float] = []
    for sql, params in captured:
        started = time.perf_counter()
        cur.execute(sql, params)
        cur.fetchall()
        seq.append(time.perf_counter() - started)
    raw.close()
    indexed = sum(dbmod.PG_SEARCH_INDEX in "\n".join(r[0] for r in database.execute_sql("EXPLAIN " + sql, params))
                  for sql, params in captured)
    close_database()
    p95 = sorted(app)[round(0.95 * (len(app) - 1))] * 1000
    return [(f"PostgreSQL search keystroke at {count:,} customers (trigram index in {indexed} of {len(captured)} "
             f"plans, the others walk the name index; p95 {p95:.0f} ms; baseline: the same SQL without the "
             "trigram index)",
             statistics.median(app), statistics.median(seq), "< 50 ms")]


def table(rows: list[tuple[str, float, float, str]], unit: Callable[[float], str]) -> list[str]:
    lines = ["| work | Makegood | direct baseline | ratio | goal |", "|---|---|---|---|---|"]
    for work, app, base, goal in rows:
        lines.append(f"| {work} | {unit(app)} | {unit(base)} | {app / base:.2f}× | {goal} |")
    return lines


def seconds(value: float) -> str:
    return f"{value:.2f} s" if value >= 1 else f"{value * 1000:.1f} ms"


def run(scale: float, dataset: Path | None, postgres: str) -> list[str]:
    count = max(1000, round(CUSTOMERS * scale))
    with tempfile.TemporaryDirectory(prefix="makegood-safety-") as tmp:
        folder = Path(tmp)
        rows = import_figures(folder, count)
        if dataset is not None:
            rows += backup_figures(dataset, folder)
    if postgres:
        rows += postgres_search_figures(postgres, count)
    return table(rows, seconds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.safety", description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 100,000 customers")
    parser.add_argument("--postgres", default=os.environ.get("MAKEGOOD_TEST_POSTGRES_URL", ""), metavar="URL",
                        help="a PostgreSQL database the benchmark may wipe (default: $MAKEGOOD_TEST_POSTGRES_URL)")
    args = parser.parse_args(argv)
    from benchmarks.dataset import ensure_dataset

    dataset = ensure_dataset(args.scale, log=lambda text: print(text, file=sys.stderr))
    print("\n".join(run(args.scale, dataset, args.postgres)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A second desk in its own process, for the tests that run two desks at once (python -m tests.desk_writer)."""

from __future__ import annotations

import dataclasses
import json
import sys
import time

from models.db import open_database
from models.errors import DatabaseBusy, StaleEdit, as_desk_error
from models.services import complaints, customers
from models.services.customers import CustomerInput


def two_desks(db: str, complaint_id: int, staff_id: int, rounds: int, name: str) -> dict[str, object]:
    """Save the same complaint ``rounds`` times (reloading after a refusal) and add a customer each round."""
    open_database(db)
    counts = {"saves": 0, "stale": 0, "busy": 0, "raw": 0, "customers": 0}
    errors: list[str] = []
    longest_wait = 0.0
    for number in range(rounds):
        try:
            record = complaints.get_complaint(complaint_id)
            data = dataclasses.replace(complaints.complaint_input(record), summary=f"{name} {number}")
            started = time.perf_counter()
            complaints.update_complaint(complaint_id, record.version, data, staff_id)
            longest_wait = max(longest_wait, time.perf_counter() - started)
            counts["saves"] += 1
        except StaleEdit:
            counts["stale"] += 1
        except DatabaseBusy:
            counts["busy"] += 1
        except Exception as exc:  # a raw driver error is what the desk must never show
            counts["raw"] += 1
            errors.append(f"{type(exc).__name__}: {exc}")
        try:
            customers.create_customer(CustomerInput(name=f"{name} customer {number}"), staff_id)
            counts["customers"] += 1
        except Exception as exc:
            desk_error = as_desk_error(exc)
            counts["busy" if isinstance(desk_error, DatabaseBusy) else "raw"] += 1
            errors.append(f"{type(exc).__name__}: {exc}")
    return {**counts, "errors": errors[:5], "longest_save_s": round(longest_wait, 3)}


def hold_write_lock(db: str) -> None:
    """Take the write lock like another program would, say so, and keep it until stdin closes."""
    import sqlite3

    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("CREATE TABLE IF NOT EXISTS other_program (x)")
    print("locked", flush=True)
    sys.stdin.read()
    con.execute("ROLLBACK")


if __name__ == "__main__":
    if sys.argv[1] == "hold":
        hold_write_lock(sys.argv[2])
    else:
        db, complaint, staff_id, rounds, name = sys.argv[2:7]
        print(json.dumps(two_desks(db, int(complaint), int(staff_id), int(rounds), name)))

"""The benchmark database: 100,000 customers, 1,000,000 visits, 200,000 complaints at scale 1, built once
with the demo generator and kept in the temp folder."""

from __future__ import annotations

import hashlib
import tempfile
import time
from pathlib import Path

from models.db import close_database, open_database
from models.services import demo
from models.services.staff import command_line_actor

CUSTOMERS_AT_SCALE_1 = 100_000


def _generator_fingerprint() -> str:
    """Changes whenever the code that shapes the data changes, so a stale cached database is rebuilt."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for part in ("models/services/demo.py", "models/services/demo_resolution.py", "models/services/customers.py",
                 "models/textfold.py",
                 "models/entities.py", "models/db.py"):
        digest.update((root / part).read_bytes())
    return digest.hexdigest()[:12]


def dataset_path(scale: float) -> Path:
    folder = Path(tempfile.gettempdir()) / "makegood-bench"
    folder.mkdir(exist_ok=True)
    return folder / f"scale-{scale:g}-{_generator_fingerprint()}.db"


def ensure_dataset(scale: float, log: object = print) -> Path:
    path = dataset_path(scale)
    done = path.with_suffix(".complete")
    if path.exists() and done.exists():
        return path
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    customers = max(100, round(CUSTOMERS_AT_SCALE_1 * scale))
    log(f"building {path} ({customers:,} customers; once, then cached)…")  # type: ignore[operator]
    started = time.perf_counter()
    open_database(path)
    try:
        summary = demo.generate(customers, staff_id=command_line_actor(), seed=2026, visits_per_customer=10,
                                complaints_per_customer=2)
    finally:
        close_database()
    done.write_text(f"{summary}\n")
    log(f"built in {time.perf_counter() - started:.1f} s: {summary}")  # type: ignore[operator]
    return path

"""Backups, restore and the health check: a shop never loses its records."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from models import db as dbmod
from models.db import close_database, open_database
from models.errors import DatabaseUnavailable
from models.services import backup, customers, staff
from models.services.backup import BackupError
from models.services.customers import CustomerInput

ROOT = Path(__file__).resolve().parents[3]


def _dump(path: Path) -> list[tuple[object, ...]]:
    con = sqlite3.connect(path)
    try:
        return [("customer", *row) for row in con.execute("SELECT * FROM customer ORDER BY id")] + [
            ("staff", *row) for row in con.execute("SELECT * FROM staff ORDER BY id")] + [
            ("audit", *row) for row in con.execute("SELECT * FROM audit_entry ORDER BY id")]
    finally:
        con.close()


def _add(name: str, owner_id: int) -> int:
    return int(customers.create_customer(CustomerInput(name=name, phone="020 7946 0958"), owner_id).id)


def test_backup_is_a_checked_copy_in_the_backups_folder(db: Path, owner: staff.StaffMember) -> None:
    _add("Łucja Żółć", owner.id)
    made = backup.take_backup(now=dt.datetime(2026, 3, 1, 9, 30).astimezone())
    assert made.path == db.parent / "backups" / "makegood-2026-03-01-093000.db"
    assert backup.check_file(made.path).ok
    assert _dump(made.path) == _dump(db)
    assert not list(made.path.parent.glob("*.partial"))


def test_rotation_keeps_14_daily_and_12_monthly(db: Path, owner: staff.StaffMember) -> None:
    start = dt.datetime(2025, 1, 1, 8, 0).astimezone()
    for day in range(400):  # a backup every day for 400 days
        backup.take_backup(now=start + dt.timedelta(days=day))
    kept = backup.list_backups(db)
    days = sorted({b.taken_at.date() for b in kept})
    assert len(kept) == len(days)  # one per day at most
    last = (start + dt.timedelta(days=399)).date()
    daily = [last - dt.timedelta(days=n) for n in range(14)]
    assert set(daily) <= set(days)
    months = {(d.year, d.month) for d in days}
    assert len(months) == 12
    # the last day is 4 Feb 2026: the 14 daily copies reach back to 22 Jan, so the newest of February and of
    # January are daily copies too; ten more months add their 31st/30th/28th
    assert len(kept) == 14 + 10
    assert dt.date(2025, 3, 31) in days and dt.date(2025, 2, 28) not in days


def test_daily_backup_at_most_once_a_day(db: Path, owner: staff.StaffMember) -> None:
    morning = dt.datetime(2026, 3, 2, 8, 0).astimezone()
    assert backup.daily_backup_if_due(now=morning) is not None
    assert backup.daily_backup_if_due(now=morning + dt.timedelta(hours=6)) is None
    assert backup.daily_backup_if_due(now=morning + dt.timedelta(days=1)) is not None
    assert len(backup.list_backups(db)) == 2


def test_status_warns_when_the_last_backup_is_older_than_two_days(db: Path, owner: staff.StaffMember) -> None:
    taken = dt.datetime(2026, 3, 2, 8, 0).astimezone()
    assert backup.backup_status(now=taken).stale  # none yet
    backup.take_backup(now=taken)
    fresh = backup.backup_status(now=taken + dt.timedelta(days=1))
    assert not fresh.stale and fresh.last_good is not None
    old = backup.backup_status(now=taken + dt.timedelta(days=3))
    assert old.stale and "3 days old" in old.message


def test_disk_full_keeps_every_earlier_backup(db: Path, owner: staff.StaffMember,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first = backup.take_backup(now=dt.datetime(2025, 1, 1, 8, 0).astimezone())
    others = [backup.take_backup(now=dt.datetime(2025, 1, 1, 8, 0).astimezone() + dt.timedelta(days=30 * n))
              for n in range(1, 3)]

    def full(_source: sqlite3.Connection, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup, "_copy", full)
    with pytest.raises(DatabaseUnavailable, match="the disk is full. The earlier backups were kept"):
        backup.take_backup(now=dt.datetime(2026, 6, 1, 8, 0).astimezone())
    assert [b.path for b in backup.list_backups(db)] == [b.path for b in reversed([first, *others])]
    assert not list((db.parent / "backups").glob("*.partial"))


@pytest.mark.skipif(os.geteuid() != 0 or sys.platform != "linux", reason="mounting a tiny filesystem needs root")
def test_disk_full_on_a_tiny_filesystem(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    for n in range(300):
        _add(f"Customer {n} " + "x" * 150, owner.id)
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)]).returncode != 0:
        pytest.skip("this machine cannot mount a tmpfs")
    try:
        with pytest.raises(DatabaseUnavailable, match="the disk is full"):
            backup.take_backup(small / "copy.db")
        assert list(small.iterdir()) == []
    finally:
        subprocess.run(["umount", str(small)], check=True)


def test_a_damaged_database_is_not_kept_and_names_the_backup_to_restore(db: Path, owner: staff.StaffMember) -> None:
    _add("Anna Smith", owner.id)
    good = backup.take_backup(now=dt.datetime(2026, 3, 1, 8, 0).astimezone())
    close_database()
    con = sqlite3.connect(db)  # break the search index: the customer rows no longer match it
    con.execute("INSERT INTO customer_fts(customer_fts, rowid, search_text) VALUES ('delete', 1, ' anna smith')")
    con.commit()
    con.close()
    report = backup.check_file(db)
    assert not report.ok and "search index" in report.problems[0]
    with pytest.raises(BackupError, match=f"damaged .*untouched. Restore the last good backup, {good.path}"):
        backup.take_backup(db_file=db, now=dt.datetime(2026, 3, 2, 8, 0).astimezone())
    assert [b.path for b in backup.list_backups(db)] == [good.path]


def test_check_names_broken_links_and_counts(db: Path, owner: staff.StaffMember) -> None:
    _add("Anna Smith", owner.id)
    report = backup.check_database()
    assert report.ok and report.counts["customer"] == 1 and report.schema_version == dbmod.SCHEMA_VERSION
    close_database()
    con = sqlite3.connect(db)
    con.execute("INSERT INTO visit (customer_id, date, service, amount_cents) VALUES (99, '2026-01-01', 'x', 1)")
    con.commit()
    con.close()
    assert backup.check_file(db).problems == ("1 visit row(s) point to a missing customer",)


def test_restore_round_trip(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    _add("Łucja Żółć", owner.id)
    saved = backup.take_backup(tmp_path / "saved.db")
    expected = _dump(db)
    _add("Added Later", owner.id)
    close_database()
    result = backup.restore(saved.path, db, now=dt.datetime(2026, 3, 3, 8, 0).astimezone())
    assert _dump(db) == expected
    assert result.previous_copy is not None and len(_dump(result.previous_copy)) == len(expected) + 2
    open_database(db)
    assert [r.name for r in customers.search_customers("")] == ["Łucja Żółć"]


def test_restore_upgrades_an_older_backup(db: Path, tmp_path: Path) -> None:
    old = tmp_path / "v1.db"
    con = sqlite3.connect(old)
    con.executescript((ROOT / "tests" / "fixtures" / "schema_v1.sql").read_text())
    con.execute("INSERT INTO customer (name, phone, email, address_line1, address_line2, postcode, city, "
                "preferred_contact, notes, created_at) VALUES ('Jürgen Müller', '', '', '', '', '', '', 'phone', '', "
                "'2024-01-02 10:00:00.000000')")
    con.commit()
    con.close()
    close_database()
    result = backup.restore(old, db)
    assert result.upgraded_from == 1
    open_database(db)
    assert [r.name for r in customers.search_customers("muller")] == ["Jürgen Müller"]


@pytest.mark.parametrize(("make", "reason"), [
    (lambda p: p.write_text("name,phone\nAnna,123\n"), "it is not a SQLite database file"),
    (lambda p: sqlite3.connect(p).execute("CREATE TABLE photos (id INTEGER)").connection.commit(),
     "it is not a Makegood database"),
])
def test_restore_refuses_a_bad_file_and_changes_nothing(db: Path, owner: staff.StaffMember, tmp_path: Path,
                                                        make: Callable[[Path], object], reason: str) -> None:
    _add("Anna Smith", owner.id)
    close_database()
    before = _dump(db)
    bad = tmp_path / "bad.db"
    make(bad)
    with pytest.raises(BackupError, match=f"cannot be restored: {reason}.*Nothing was changed"):
        backup.restore(bad, db)
    assert _dump(db) == before
    assert not (db.parent / "backups").exists() or not list((db.parent / "backups").iterdir())


def test_restore_refuses_a_newer_schema(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    newer = backup.take_backup(tmp_path / "newer.db").path
    con = sqlite3.connect(newer)
    con.execute("UPDATE schema_version SET version = ?", (dbmod.SCHEMA_VERSION + 1,))
    con.commit()
    con.close()
    close_database()
    before = _dump(db)
    with pytest.raises(BackupError, match="saved by a newer Makegood"):
        backup.restore(newer, db)
    assert _dump(db) == before


def test_backups_of_a_server_database_point_to_pg_dump(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.test_cli import one_line_error, run

    line = one_line_error(run("--db", "postgresql://desk@127.0.0.1:9/shop", "backup"))
    assert "pg_dump" in line


_WRITER = textwrap.dedent("""
    import sys
    from models.db import open_database
    from models.services import customers, staff
    open_database(sys.argv[1])
    actor = staff.command_line_actor()
    n = 0
    while True:
        row = customers.create_customer(customers.CustomerInput(name=f"Writer {sys.argv[2]}-{n}"), actor)
        print(row.id, row.name, flush=True)
        n += 1
""")


def test_killed_writer_loses_nothing_it_reported(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    reported: dict[int, str] = {}
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for round_ in range(5):
        writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(db_path), str(round_)],
                                  stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        assert writer.stdout is not None
        for _ in range(20 + 15 * round_):  # kill it at a different point each time, mid-stream
            line = writer.stdout.readline()
            cid, name = line.split(" ", 1)
            reported[int(cid)] = name.strip()
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        assert backup.check_file(db_path).ok
    con = sqlite3.connect(db_path)
    stored = dict(con.execute("SELECT id, name FROM customer"))
    con.close()
    assert {cid: stored.get(cid) for cid in reported} == reported


def test_command_line_backup_check_restore(tmp_path: Path) -> None:
    from tests.test_cli import one_line_error, run

    shop = tmp_path / "shop.db"
    assert run("--db", str(shop), "demo", "--customers", "20").returncode == 0
    made = run("--db", str(shop), "backup", "--out", str(tmp_path / "copy.db"))
    assert made.returncode == 0 and f"Backed up to {tmp_path / 'copy.db'}" in made.stdout
    checked = run("--db", str(shop), "check")
    assert checked.returncode == 0 and "ok (schema" in checked.stdout and "20 customer" in checked.stdout
    assert run("--db", str(shop), "demo", "--customers", "5").returncode == 0
    restored = run("--db", str(shop), "restore", str(tmp_path / "copy.db"))
    assert restored.returncode == 0, restored.stderr
    assert "kept as" in restored.stdout
    assert _table_count(shop) == 20
    con = sqlite3.connect(shop)
    con.execute("INSERT INTO visit (customer_id, date, service, amount_cents) VALUES (999, '2026-01-01', 'x', 1)")
    con.commit()
    con.close()
    line = one_line_error(run("--db", str(shop), "check"))
    assert "1 visit row(s) point to a missing customer" in line
    line = one_line_error(run("--db", str(shop), "restore", str(tmp_path / "nothing.db")))
    assert "does not exist" in line


def _table_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT COUNT(*) FROM customer").fetchone()[0])
    finally:
        con.close()


def test_the_desk_restores_and_carries_on(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    _add("Kept Customer", owner.id)
    saved = backup.take_backup(tmp_path / "saved.db")
    _add("Added Later", owner.id)
    result = backup.restore_and_reopen(saved.path)
    assert result.previous_copy is not None
    assert [r.name for r in customers.search_customers("")] == ["Kept Customer"]
    _add("After The Restore", owner.id)  # the database is open again, at the latest schema
    with pytest.raises(BackupError, match="cannot be restored"):
        backup.restore_and_reopen(_write(tmp_path / "junk.db", b"junk"))
    assert len(customers.search_customers("")) == 2  # a refused restore leaves the desk's database open


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_status_words(db: Path, owner: staff.StaffMember) -> None:
    taken = dt.datetime(2026, 3, 2, 8, 0).astimezone()
    assert backup.backup_status(now=taken).message == "There is no backup of this database yet."
    made = backup.take_backup(now=taken)
    status = backup.backup_status(now=taken + dt.timedelta(days=2))
    assert (status.stale, status.age, status.last_good) == (False, dt.timedelta(days=2), made)
    assert status.message == f"Last backup 02 Mar 2026 08:00: {made.path}"
    assert backup.backup_status(now=taken + dt.timedelta(days=2, seconds=1)).stale


def test_rotation_keeps_the_newest_of_a_day(db: Path, owner: staff.StaffMember) -> None:
    morning = dt.datetime(2026, 3, 2, 8, 0).astimezone()
    first = backup.take_backup(db_file=db, now=morning, out=None)
    second = backup.take_backup(db_file=db, now=morning + dt.timedelta(hours=4))
    assert [b.path for b in backup.list_backups(db)] == [second.path]
    assert not first.path.exists()
    assert backup.rotate(db) == []


def test_daily_backup_of_a_named_file_and_with_nothing_open(db: Path, owner: staff.StaffMember) -> None:
    close_database()
    assert backup.daily_backup_if_due() is None  # no database open: nothing to back up
    made = backup.daily_backup_if_due(db, now=dt.datetime(2026, 3, 2, 8, 0).astimezone())
    assert made is not None and made.path.parent == db.parent / "backups"


def test_check_counts_every_broken_link_and_a_missing_search_index(db: Path, owner: staff.StaffMember,
                                                                  tmp_path: Path) -> None:
    close_database()
    con = sqlite3.connect(db)
    for _ in range(2):
        con.execute("INSERT INTO visit (customer_id, date, service, amount_cents) VALUES (99, '2026-01-01', 'x', 1)")
    con.execute("DROP TABLE customer_fts")
    con.execute("UPDATE schema_version SET version = 2")
    con.commit()
    con.close()
    assert backup.check_file(db).problems == ("2 visit row(s) point to a missing customer",
                                              "the customer search index is missing")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE photos (id INTEGER)").connection.commit()
    report = backup.check_file(other)
    assert (report.schema_version, report.problems) == (0, ("it is not a Makegood database (no schema version)",))


def test_restore_leaves_only_the_copy_of_what_it_replaced(db: Path, owner: staff.StaffMember,
                                                          tmp_path: Path) -> None:
    backup.take_backup(now=dt.datetime(2026, 3, 1, 8, 0).astimezone())  # the backups folder is already there
    saved = backup.take_backup(tmp_path / "saved.db")
    close_database()
    with pytest.raises(BackupError, match="That is the database itself"):
        backup.restore(db, db)
    result = backup.restore(saved.path, db, now=dt.datetime(2026, 3, 3, 8, 0).astimezone())
    assert result.restored_from == saved.path
    assert sorted(p.name for p in (db.parent / "backups").iterdir()) == [
        "makegood-2026-03-01-080000.db", "makegood-before-restore-2026-03-03-080000.db"]


@pytest.mark.parametrize(("failure", "error", "message"), [
    ("database or disk is full", DatabaseUnavailable, "The disk is full, so .* was not replaced"),
    ("disk I/O error", BackupError, "could not be replaced .disk I/O error.; it was left as it was"),
])
def test_a_failing_restore_leaves_the_database(db: Path, owner: staff.StaffMember, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, failure: str,
                                               error: type[Exception], message: str) -> None:
    saved = backup.take_backup(tmp_path / "saved.db")
    _add("Added Later", owner.id)
    close_database()
    before = _dump(db)

    def fail(_staged: Path, _db: Path) -> None:
        raise sqlite3.OperationalError(failure)

    monkeypatch.setattr(backup, "_replace", fail)
    with pytest.raises(error, match=message):
        backup.restore(saved.path, db)
    assert _dump(db) == before


def test_check_says_what_is_wrong_with_a_file(db: Path, owner: staff.StaffMember, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("shopping list")
    assert backup.check_file(text) == backup.CheckReport(str(text), 0, {}, ("it is not a SQLite database file",))
    for n in range(400):
        _add(f"Customer {n:03d} " + "x" * 100, owner.id)
    copy = backup.take_backup(tmp_path / "copy.db").path
    data = bytearray(copy.read_bytes())
    data[4096 * 3:4096 * 6] = b"\xff" * (4096 * 3)  # three pages of the customer table overwritten
    copy.write_bytes(bytes(data))
    report = backup.check_file(copy)
    assert report.location == str(copy)
    assert report.problems and report.problems[0].startswith("the file is damaged (")
    assert len(report.problems[0]) < 600  # the first few findings, not hundreds of lines


def test_check_of_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match=f"^{tmp_path / 'gone.db'} does not exist.$"):
        backup.check_file(tmp_path / "gone.db")
